/*
 * inotify_user.c - inotify: a descriptor that reads what happens to files.
 *
 * inotify_init1() makes an fsnotify group and a descriptor for it;
 * inotify_add_watch(fd, path, mask) puts a mark on the path's inode and
 * returns its watch descriptor (wd), a small number unique in the group;
 * inotify_rm_watch(fd, wd) removes it. A read returns the queued events
 * as struct inotify_event records with the wd they fired on:
 *
 *   unlink("d/f") -> vfs_unlink -> d_delete -> fsnotify_nameremove(dentry)
 *     -> __fsnotify_parent -> fsnotify(dir, IN_DELETE, "f")
 *       -> inotify_handle_event: queue event + wd, wake notification_waitq
 *   read(fd) -> inotify_read -> get_one_event -> copy_event_to_user
 *              { wd, IN_DELETE, cookie 0, len 16, "f\0\0..." }
 *
 * A watch goes when removed, when its inode goes (IN_DELETE_SELF, then
 * IN_IGNORED), after its first event with IN_ONESHOT, and with its
 * descriptor; each time the group's freeing_mark queues IN_IGNORED for it
 * (inotify_ignored_and_remove_idr). Three limits, per user and per
 * instance, are /proc/sys/fs/inotify/: max_user_instances (128, then
 * inotify_init gives -EMFILE), max_user_watches (8192, then -ENOSPC),
 * max_queued_events (16384, then one IN_Q_OVERFLOW).
 *
 * As Linux 2.6.32's fs/notify/inotify/inotify_user.c, except:
 * - 2.6.32 keeps the wds in an idr; Linnet has no idr, and keeps them in
 *   a small hash (inotify_data.wd_hash), given out as 2.6.32's idr does:
 *   the first free number above the last one given;
 * - the descriptor is an anonymous inode (anon_inode_getfd("inotify")),
 *   as since Linux 2.6.33; 2.6.32 mounts an inotifyfs of its own for it.
 * Read next: fs/notify/fsnotify.c, docs/notify.md.
 */
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/anon_inodes.h>
#include <linux/fsnotify_backend.h>
#include <linux/inotify.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/namei.h>
#include <linux/path.h>
#include <linux/poll.h>
#include <linux/sched.h>
#include <linux/cred.h>
#include <linux/slab.h>
#include <linux/sysctl.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <linux/wait.h>
#include <linux/err.h>
#include <asm/ioctls.h>
#include "inotify.h"

/* /proc/sys/fs/inotify/ */
static int inotify_max_user_instances = 128;
static int inotify_max_queued_events = 16384;
int inotify_max_user_watches = 8192;

static struct kmem_cache *inotify_inode_mark_cachep;
struct kmem_cache *event_priv_cachep;

/* each group's number, counting down from INOTIFY_GROUP_NUM as 2.6.32 */
#define INOTIFY_GROUP_NUM (0xffffffff)
static atomic_t inotify_grp_num;

static int zero;

static struct ctl_table inotify_table[] = { { .procname = "max_user_instances",
					      .data = &inotify_max_user_instances,
					      .maxlen = sizeof(int),
					      .mode = 0644,
					      .proc_handler = proc_dointvec_minmax,
					      .extra1 = &zero },
					    { .procname = "max_user_watches",
					      .data = &inotify_max_user_watches,
					      .maxlen = sizeof(int),
					      .mode = 0644,
					      .proc_handler = proc_dointvec_minmax,
					      .extra1 = &zero },
					    { .procname = "max_queued_events",
					      .data = &inotify_max_queued_events,
					      .maxlen = sizeof(int),
					      .mode = 0644,
					      .proc_handler = proc_dointvec_minmax,
					      .extra1 = &zero },
					    {} };

static struct ctl_table inotify_fs_table[] = {
	{ .procname = "inotify", .mode = 0555, .child = inotify_table },
	{}
};

static struct ctl_table inotify_root_table[] = {
	{ .procname = "fs", .mode = 0555, .child = inotify_fs_table },
	{}
};

/* the mask of a mark from a user's mask: its events and IN_ONESHOT, and what every watch gets */
static inline __u32 inotify_arg_to_mask(u32 arg)
{
	return FS_IN_IGNORED | FS_EVENT_ON_CHILD | FS_UNMOUNT |
	       (arg & (IN_ALL_EVENTS | IN_ONESHOT));
}

/* the mask a reader sees */
static inline u32 inotify_mask_to_arg(__u32 mask)
{
	return mask & (IN_ALL_EVENTS | IN_ISDIR | IN_UNMOUNT | IN_IGNORED | IN_Q_OVERFLOW);
}

/* an event's size as read: the header, and the name padded to a multiple of it */
static size_t inotify_event_size(struct fsnotify_event *event)
{
	size_t size = sizeof(struct inotify_event);

	if (event->name_len)
		size += roundup(event->name_len + 1, sizeof(struct inotify_event));
	return size;
}

static unsigned int inotify_poll(struct file *file, poll_table *wait)
{
	struct fsnotify_group *group = file->private_data;
	unsigned int ret = 0;

	poll_wait(file, &group->notification_waitq, wait);
	mutex_lock(&group->notification_mutex);
	if (!fsnotify_notify_queue_is_empty(group))
		ret = POLLIN | POLLRDNORM;
	mutex_unlock(&group->notification_mutex);
	return ret;
}

/* the oldest event if it fits in @count (taken off the queue), NULL, or ERR_PTR(-EINVAL) */
static struct fsnotify_event *get_one_event(struct fsnotify_group *group, size_t count)
{
	struct fsnotify_event *event;

	if (fsnotify_notify_queue_is_empty(group))
		return NULL;
	event = fsnotify_peek_notify_event(group);
	if (inotify_event_size(event) > count)
		return ERR_PTR(-EINVAL);
	return fsnotify_remove_notify_event(group);
}

/* the wd the group hung on @event (freeing it), or -1 (IN_Q_OVERFLOW has none) */
static int inotify_event_wd(struct fsnotify_group *group, struct fsnotify_event *event)
{
	struct fsnotify_event_private_data *fsn_priv;
	int wd = -1;

	spin_lock(&event->lock);
	fsn_priv = fsnotify_remove_priv_from_event(group, event);
	spin_unlock(&event->lock);
	if (fsn_priv) {
		wd = inotify_priv(fsn_priv)->wd;
		inotify_free_event_priv(fsn_priv);
	}
	return wd;
}

/* one event out to @buf (checked to fit): its size, or -EFAULT */
static ssize_t copy_event_to_user(struct fsnotify_group *group, struct fsnotify_event *event,
				  char __user *buf)
{
	size_t event_size = inotify_event_size(event);
	struct inotify_event inotify_event = {
		.wd = inotify_event_wd(group, event),
		.mask = inotify_mask_to_arg(event->mask),
		.cookie = event->sync_cookie,
		.len = event_size - sizeof(struct inotify_event),
	};

	if (copy_to_user(buf, &inotify_event, sizeof(inotify_event)))
		return -EFAULT;
	buf += sizeof(inotify_event);
	if (inotify_event.len) {
		/* the name, then NULs to the padded length */
		if (copy_to_user(buf, event->file_name, event->name_len))
			return -EFAULT;
		if (clear_user(buf + event->name_len, inotify_event.len - event->name_len))
			return -EFAULT;
	}
	return event_size;
}

/*
 * As many whole events as fit in @count, waiting for the first unless
 * O_NONBLOCK: the bytes read, or -EINVAL (the first event does not fit),
 * -EAGAIN, -EINTR, -EFAULT.
 */
static ssize_t inotify_read(struct file *file, char __user *buf, size_t count, loff_t *pos)
{
	struct fsnotify_group *group = file->private_data;
	struct fsnotify_event *kevent;
	char __user *start = buf;
	ssize_t ret;
	DEFINE_WAIT(wait);

	for (;;) {
		prepare_to_wait(&group->notification_waitq, &wait, TASK_INTERRUPTIBLE);
		mutex_lock(&group->notification_mutex);
		kevent = get_one_event(group, count);
		mutex_unlock(&group->notification_mutex);
		if (kevent) {
			ret = PTR_ERR(kevent);
			if (IS_ERR(kevent))
				break;
			ret = copy_event_to_user(group, kevent, buf);
			fsnotify_put_event(kevent);
			if (ret < 0)
				break;
			buf += ret;
			count -= ret;
			continue;
		}
		ret = -EAGAIN;
		if (file->f_flags & O_NONBLOCK)
			break;
		ret = -EINTR;
		if (signal_pending(current))
			break;
		if (start != buf)
			break;
		schedule();
	}
	finish_wait(&group->notification_waitq, &wait);
	if (start != buf && ret != -EFAULT)
		ret = buf - start;
	return ret;
}

static int inotify_fasync(int fd, struct file *file, int on)
{
	struct fsnotify_group *group = file->private_data;

	return fasync_helper(fd, file, on, &group->inotify_data.fa) >= 0 ? 0 : -EIO;
}

static int inotify_release(struct inode *ignored, struct file *file)
{
	struct fsnotify_group *group = file->private_data;
	struct user_struct *user = group->inotify_data.user;

	fasync_helper(-1, file, 0, &group->inotify_data.fa);
	fsnotify_clear_marks_by_group(group);
	atomic_dec(&user->inotify_devs);
	fsnotify_put_group(group); /* the reference inotify_init took; may free @user */
	return 0;
}

/* FIONREAD: the bytes of every queued event */
static long inotify_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	struct fsnotify_group *group = file->private_data;
	struct fsnotify_event_holder *holder;
	size_t send_len = 0;

	if (cmd != FIONREAD)
		return -ENOTTY;
	mutex_lock(&group->notification_mutex);
	list_for_each_entry(holder, &group->notification_list, event_list)
		send_len += inotify_event_size(holder->event);
	mutex_unlock(&group->notification_mutex);
	return put_user(send_len, (int __user *)arg);
}

static const struct file_operations inotify_fops = {
	.poll = inotify_poll,
	.read = inotify_read,
	.fasync = inotify_fasync,
	.release = inotify_release,
	.unlocked_ioctl = inotify_ioctl,
};

/* the inode of a user's path, which the caller must be able to read */
static int inotify_find_inode(const char __user *dirname, struct path *path, unsigned int flags)
{
	int error = user_path_at(AT_FDCWD, dirname, flags, path);

	if (error)
		return error;
	error = inode_permission(path->dentry->d_inode, MAY_READ);
	if (error)
		path_put(path);
	return error;
}

/* the watch of descriptor @wd; idr_lock held */
static struct inotify_inode_mark_entry *inotify_wd_find(struct fsnotify_group *group, int wd)
{
	struct inotify_inode_mark_entry *ientry;

	hash_for_each_possible(group->inotify_data.wd_hash, ientry, wd_node, wd) {
		if (ientry->wd == wd)
			return ientry;
	}
	return NULL;
}

/* take a watch out of the wd table, dropping the table's reference */
static void inotify_remove_from_idr(struct fsnotify_group *group,
				    struct inotify_inode_mark_entry *ientry)
{
	bool removed = false;

	spin_lock(&group->inotify_data.idr_lock);
	if (ientry->wd != -1 && !WARN_ON(inotify_wd_find(group, ientry->wd) != ientry)) {
		/* one reference for the table, one the caller's */
		BUG_ON(atomic_read(&ientry->fsn_entry.refcnt) < 2);
		hash_del(&ientry->wd_node);
		removed = true;
	}
	ientry->wd = -1;
	spin_unlock(&group->inotify_data.idr_lock);
	if (removed)
		fsnotify_put_mark(&ientry->fsn_entry);
}

/**
 * inotify_ignored_and_remove_idr - a watch is going: queue IN_IGNORED, free its wd
 * @entry: the watch's mark
 * @group: its group
 *
 * Context: process context; may sleep.
 */
void inotify_ignored_and_remove_idr(struct fsnotify_mark_entry *entry, struct fsnotify_group *group)
{
	struct inotify_inode_mark_entry *ientry;
	struct inotify_event_private_data *event_priv;
	struct fsnotify_event *ignored_event;

	ientry = inotify_mark(entry);
	ignored_event = fsnotify_create_event(NULL, FS_IN_IGNORED, NULL, FSNOTIFY_EVENT_NONE, NULL,
					      0, GFP_KERNEL);
	if (ignored_event) {
		event_priv = kmem_cache_alloc(event_priv_cachep, GFP_KERNEL);
		if (event_priv) {
			event_priv->fsnotify_event_priv_data.group = group;
			event_priv->wd = ientry->wd;
			if (fsnotify_add_notify_event(group, ignored_event,
						      &event_priv->fsnotify_event_priv_data))
				inotify_free_event_priv(&event_priv->fsnotify_event_priv_data);
		}
		fsnotify_put_event(ignored_event);
	}
	inotify_remove_from_idr(group, ientry);
	atomic_dec(&group->inotify_data.user->inotify_watches);
}

static void inotify_free_mark(struct fsnotify_mark_entry *entry)
{
	kmem_cache_free(inotify_inode_mark_cachep, inotify_mark(entry));
}

/* recompute the inode's and group's masks after a watch's mask went from @old to @new */
static void inotify_masks_changed(struct fsnotify_group *group, struct inode *inode, __u32 old,
				  __u32 new)
{
	bool dropped = old & ~new;

	if (old == new)
		return;
	if (dropped || (new & ~inode->i_fsnotify_mask))
		fsnotify_recalc_inode_mask(inode);
	if (dropped || (new & ~group->mask))
		fsnotify_recalc_group_mask(group);
}

/* a new mask for the group's watch on @inode: its wd, or -ENOENT if it has none */
static int inotify_update_existing_watch(struct fsnotify_group *group, struct inode *inode, u32 arg)
{
	__u32 mask = inotify_arg_to_mask(arg), old_mask, new_mask;
	struct fsnotify_mark_entry *entry;
	int ret;

	spin_lock(&inode->i_lock);
	entry = fsnotify_find_mark_entry(group, inode);
	spin_unlock(&inode->i_lock);
	if (!entry)
		return -ENOENT;
	spin_lock(&entry->lock);
	old_mask = entry->mask;
	entry->mask = (arg & IN_MASK_ADD) ? old_mask | mask : mask;
	new_mask = entry->mask;
	spin_unlock(&entry->lock);
	inotify_masks_changed(group, inode, old_mask, new_mask);
	ret = inotify_mark(entry)->wd;
	fsnotify_put_mark(entry);
	return ret;
}

/* give @ientry the first free wd above the last one given, in the table; idr_lock held */
static void inotify_wd_alloc(struct fsnotify_group *group, struct inotify_inode_mark_entry *ientry)
{
	int wd = group->inotify_data.last_wd;

	do {
		wd = (wd == INT_MAX) ? 1 : wd + 1;
	} while (inotify_wd_find(group, wd));
	ientry->wd = wd;
	hash_add(group->inotify_data.wd_hash, &ientry->wd_node, wd);
	group->inotify_data.last_wd = wd;
}

/* a new watch on @inode: its wd, or -ENOSPC (max_user_watches), -ENOMEM, -EEXIST (raced) */
static int inotify_new_watch(struct fsnotify_group *group, struct inode *inode, u32 arg)
{
	struct inotify_inode_mark_entry *tmp_ientry;
	__u32 mask = inotify_arg_to_mask(arg);
	int ret;

	if (atomic_read(&group->inotify_data.user->inotify_watches) >= inotify_max_user_watches)
		return -ENOSPC;
	tmp_ientry = kmem_cache_alloc(inotify_inode_mark_cachep, GFP_KERNEL);
	if (unlikely(!tmp_ientry))
		return -ENOMEM;
	fsnotify_init_mark(&tmp_ientry->fsn_entry, inotify_free_mark);
	tmp_ientry->fsn_entry.mask = mask;
	fsnotify_get_mark(&tmp_ientry->fsn_entry); /* the wd table's */
	spin_lock(&group->inotify_data.idr_lock);
	inotify_wd_alloc(group, tmp_ientry);
	spin_unlock(&group->inotify_data.idr_lock);
	ret = fsnotify_add_mark(&tmp_ientry->fsn_entry, group, inode);
	if (ret) {
		inotify_remove_from_idr(group, tmp_ientry);
		fsnotify_put_mark(&tmp_ientry->fsn_entry); /* frees it */
		return ret;
	}
	atomic_inc(&group->inotify_data.user->inotify_watches);
	ret = tmp_ientry->wd;
	fsnotify_put_mark(&tmp_ientry->fsn_entry); /* fsnotify_init_mark's */
	if (mask & ~group->mask)
		fsnotify_recalc_group_mask(group);
	return ret;
}

static int inotify_update_watch(struct fsnotify_group *group, struct inode *inode, u32 arg)
{
	int ret;

	do {
		ret = inotify_update_existing_watch(group, inode, arg);
		if (ret == -ENOENT)
			ret = inotify_new_watch(group, inode, arg);
	} while (ret == -EEXIST); /* another thread added one meanwhile: update that */
	return ret;
}

static struct fsnotify_group *inotify_new_group(struct user_struct *user, unsigned int max_events)
{
	unsigned int grp_num = INOTIFY_GROUP_NUM - atomic_inc_return(&inotify_grp_num);
	struct fsnotify_group *group = fsnotify_obtain_group(grp_num, 0, &inotify_fsnotify_ops);

	if (IS_ERR(group))
		return group;
	group->max_events = max_events;
	spin_lock_init(&group->inotify_data.idr_lock);
	hash_init(group->inotify_data.wd_hash);
	group->inotify_data.last_wd = 0;
	group->inotify_data.user = user;
	group->inotify_data.fa = NULL;
	return group;
}

/* a descriptor for @group, open for reading only, as 2.6.32's: write() is -EBADF */
static int inotify_getfd(struct fsnotify_group *group, int flags)
{
	int fd = get_unused_fd_flags(flags & O_CLOEXEC);
	struct file *filp;

	if (fd < 0)
		return fd;
	filp = anon_inode_getfile("inotify", &inotify_fops, group, flags & O_NONBLOCK);
	if (IS_ERR(filp)) {
		put_unused_fd(fd);
		return PTR_ERR(filp);
	}
	filp->f_mode = FMODE_READ;
	filp->f_flags = O_RDONLY | (flags & O_NONBLOCK);
	fd_install(fd, filp);
	return fd;
}

/**
 * sys_inotify_init1 - inotify_init1(2): a new inotify instance (system call 332)
 * @flags: IN_NONBLOCK, IN_CLOEXEC
 *
 * Context: process context (system call); may sleep.
 * Return: the descriptor, or -EINVAL (other flags), -EMFILE (the user's
 * max_user_instances, or the descriptor table), -ENFILE, -ENOMEM.
 */
asmlinkage long sys_inotify_init1(int flags)
{
	struct fsnotify_group *group;
	struct user_struct *user;
	int ret;

	BUILD_BUG_ON(IN_CLOEXEC != O_CLOEXEC);
	BUILD_BUG_ON(IN_NONBLOCK != O_NONBLOCK);
	if (flags & ~(IN_CLOEXEC | IN_NONBLOCK))
		return -EINVAL;
	user = alloc_uid(current_uid(), GFP_KERNEL);
	if (!user)
		return -ENOMEM;
	ret = -EMFILE;
	if (unlikely(atomic_read(&user->inotify_devs) >= inotify_max_user_instances))
		goto out_free_uid;
	group = inotify_new_group(user, inotify_max_queued_events);
	ret = PTR_ERR(group);
	if (IS_ERR(group))
		goto out_free_uid;
	atomic_inc(&user->inotify_devs);
	ret = inotify_getfd(group, flags);
	if (ret < 0) {
		atomic_dec(&user->inotify_devs);
		fsnotify_put_group(group); /* frees @user's reference with it */
	}
	return ret;
out_free_uid:
	free_uid(user);
	return ret;
}

/**
 * sys_inotify_init - inotify_init(2): inotify_init1() without flags (system call 291)
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_inotify_init1().
 */
asmlinkage long sys_inotify_init(void)
{
	return sys_inotify_init1(0);
}

/* the group of inotify descriptor @file, or NULL if it is something else */
static struct fsnotify_group *inotify_group(struct file *file)
{
	return file->f_op == &inotify_fops ? file->private_data : NULL;
}

/**
 * sys_inotify_add_watch - inotify_add_watch(2): watch a path (system call 292)
 * @fd: the inotify descriptor
 * @pathname: the file or directory
 * @mask: the events (IN_*), and IN_ONLYDIR, IN_DONT_FOLLOW, IN_MASK_ADD, IN_ONESHOT
 *
 * A second watch on the same inode updates the first: its mask is
 * replaced, or ORed into with IN_MASK_ADD, and its wd returned. A mask of
 * no events makes a watch that fires only IN_IGNORED (Linux 2.6.32; later
 * Linux says -EINVAL).
 *
 * Context: process context (system call); may sleep.
 * Return: the watch descriptor, or -EBADF, -EINVAL (@fd no inotify),
 * the path's errors (-ENOENT, -ENOTDIR with IN_ONLYDIR, -ELOOP...),
 * -EACCES (not readable), -ENOSPC (max_user_watches), -ENOMEM.
 */
asmlinkage long sys_inotify_add_watch(int fd, const char __user *pathname, u32 mask)
{
	unsigned int flags = 0;
	struct fsnotify_group *group;
	struct path path;
	struct file *filp;
	int ret, fput_needed;

	filp = fget_light(fd, &fput_needed);
	if (unlikely(!filp))
		return -EBADF;
	group = inotify_group(filp);
	ret = -EINVAL;
	if (unlikely(!group))
		goto fput_and_out;
	if (!(mask & IN_DONT_FOLLOW))
		flags |= LOOKUP_FOLLOW;
	if (mask & IN_ONLYDIR)
		flags |= LOOKUP_DIRECTORY;
	ret = inotify_find_inode(pathname, &path, flags);
	if (ret)
		goto fput_and_out;
	ret = inotify_update_watch(group, path.dentry->d_inode, mask);
	path_put(&path);
fput_and_out:
	fput_light(filp, fput_needed);
	return ret;
}

/**
 * sys_inotify_rm_watch - inotify_rm_watch(2): remove a watch (system call 293)
 * @fd: the inotify descriptor
 * @wd: the watch descriptor
 *
 * The watch's IN_IGNORED is queued.
 *
 * Context: process context (system call); may sleep.
 * Return: 0, or -EBADF, -EINVAL (@fd no inotify, or no watch @wd).
 */
asmlinkage long sys_inotify_rm_watch(int fd, __s32 wd)
{
	struct inotify_inode_mark_entry *ientry;
	struct fsnotify_group *group;
	struct file *filp;
	int ret = -EINVAL, fput_needed;

	filp = fget_light(fd, &fput_needed);
	if (unlikely(!filp))
		return -EBADF;
	group = inotify_group(filp);
	if (unlikely(!group))
		goto out;
	spin_lock(&group->inotify_data.idr_lock);
	ientry = inotify_wd_find(group, wd);
	if (ientry)
		fsnotify_get_mark(&ientry->fsn_entry);
	spin_unlock(&group->inotify_data.idr_lock);
	if (!ientry)
		goto out;
	fsnotify_destroy_mark_by_entry(&ientry->fsn_entry);
	fsnotify_put_mark(&ientry->fsn_entry);
	ret = 0;
out:
	fput_light(filp, fput_needed);
	return ret;
}

static int __init inotify_user_setup(void)
{
	inotify_inode_mark_cachep =
		kmem_cache_create("inotify_inode_mark_entry",
				  sizeof(struct inotify_inode_mark_entry), 0, SLAB_PANIC, NULL);
	event_priv_cachep =
		kmem_cache_create("inotify_event_private_data",
				  sizeof(struct inotify_event_private_data), 0, SLAB_PANIC, NULL);
	register_sysctl_table(inotify_root_table);
	return 0;
}
fs_initcall(inotify_user_setup);
