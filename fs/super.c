/*
 * super.c - super blocks: one per mounted file system.
 *
 * Mounting asks the file system type for a super block (get_sb). A
 * file system without a device (ramfs, procfs, pipefs) makes a new one
 * with get_sb_nodev() - or finds its only one with get_sb_single() - and
 * fills it in with its fill_super: the operations, the magic number and
 * the root directory's dentry (s_root). Each mount of it holds an active
 * reference (s_active); the last unmount calls the type's kill_sb, which
 * frees the dentries and inodes (generic_shutdown_super).
 *
 *   vfs_kern_mount -> type->get_sb -> get_sb_nodev -> sget + fill_super
 *   mntput (last) -> deactivate_super -> type->kill_sb -> generic_shutdown_super
 *
 * ustat() (system call 62) names a file system by its device number:
 * user_get_super() finds the mounted super block whose s_dev it is, and
 * its statfs answers. Linnet's file systems are all device-less, so the
 * numbers it knows are the anonymous 0:N that stat() reports.
 *
 * Linux 2.6.32's names and order. Anonymous devices (s_dev 0:N) come
 * from a bitmap of 256 here (2.6.32: an IDR of 2^20). user_get_super()
 * pins the super block with an active reference (s_active), where
 * 2.6.32 counts a passive one (s_count) that Linnet does not keep. Read next:
 * fs/namespace.c, docs/files.md.
 */
#include <linux/module.h>
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/mount.h>
#include <linux/statfs.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/bitops.h>
#include <linux/err.h>
#include <linux/uaccess.h>

/* super_blocks - every super block, as 2.6.32's list */
LIST_HEAD(super_blocks);
static DEFINE_SPINLOCK(sb_lock);

#define UNNAMED_DEVS 256
static unsigned long unnamed_dev_map[UNNAMED_DEVS / BITS_PER_LONG];

static struct super_block *alloc_super(struct file_system_type *type)
{
	struct super_block *s = kzalloc(sizeof(*s), GFP_KERNEL);

	if (!s)
		return NULL;
	INIT_LIST_HEAD(&s->s_list);
	INIT_LIST_HEAD(&s->s_inodes);
	INIT_LIST_HEAD(&s->s_files);
	INIT_LIST_HEAD(&s->s_instances);
	init_rwsem(&s->s_umount);
	mutex_init(&s->s_vfs_rename_mutex);
	down_write(&s->s_umount);
	s->s_count = 1;
	atomic_set(&s->s_active, 1);
	s->s_maxbytes = MAX_NON_LFS;
	s->s_type = type;
	strscpy(s->s_id, type->name, sizeof(s->s_id));
	return s;
}

/**
 * sget - find or make a super block of a type
 * @type: the file system type
 * @test: does an existing super block match? (NULL: never reuse)
 * @set: set a new super block up (an anonymous s_dev, say)
 * @data: for @test and @set
 *
 * Context: process context; may sleep.
 * Return: the super block, s_umount held for writing, or an ERR_PTR.
 */
struct super_block *sget(struct file_system_type *type, int (*test)(struct super_block *, void *),
			 int (*set)(struct super_block *, void *), void *data)
{
	struct super_block *s;
	int err;

	spin_lock(&sb_lock);
	if (test)
		list_for_each_entry(s, &type->fs_supers, s_instances)
			if (test(s, data)) {
				atomic_inc(&s->s_active);
				spin_unlock(&sb_lock);
				down_write(&s->s_umount);
				return s;
			}
	spin_unlock(&sb_lock);
	s = alloc_super(type);
	if (!s)
		return ERR_PTR(-ENOMEM);
	err = set(s, data);
	if (err) {
		up_write(&s->s_umount);
		kfree(s);
		return ERR_PTR(err);
	}
	spin_lock(&sb_lock);
	list_add_tail(&s->s_list, &super_blocks);
	list_add(&s->s_instances, &type->fs_supers);
	spin_unlock(&sb_lock);
	return s;
}
EXPORT_SYMBOL(sget);

/**
 * set_anon_super - give a super block an anonymous device number (0:N)
 * @s: the super block
 * @data: unused
 *
 * Context: any.
 * Return: 0, or -EMFILE when all are taken.
 */
int set_anon_super(struct super_block *s, void *data)
{
	unsigned long dev;

	spin_lock(&sb_lock);
	dev = find_first_zero_bit(unnamed_dev_map, UNNAMED_DEVS);
	if (dev < UNNAMED_DEVS)
		__set_bit(dev, unnamed_dev_map);
	spin_unlock(&sb_lock);
	if (dev >= UNNAMED_DEVS)
		return -EMFILE;
	s->s_dev = MKDEV(0, dev);
	return 0;
}
EXPORT_SYMBOL(set_anon_super);

static void put_super(struct super_block *s)
{
	spin_lock(&sb_lock);
	list_del_init(&s->s_list);
	list_del_init(&s->s_instances);
	spin_unlock(&sb_lock);
	kfree(s);
}

/**
 * generic_shutdown_super - free a super block's dentries and inodes
 * @sb: the super block, no longer mounted
 *
 * Context: unmount, s_umount held; may sleep.
 */
void generic_shutdown_super(struct super_block *sb)
{
	if (sb->s_root) {
		shrink_dcache_for_umount(sb);
		sb->s_flags &= ~MS_ACTIVE;
		if (invalidate_inodes(sb))
			printk(KERN_ERR
			       "VFS: Busy inodes after unmount of %s. Self-destruct in 5 seconds.  Have a nice day...\n",
			       sb->s_id);
		if (sb->s_op && sb->s_op->put_super)
			sb->s_op->put_super(sb);
	}
}
EXPORT_SYMBOL(generic_shutdown_super);

/**
 * kill_anon_super - the kill_sb of a file system without a device
 * @sb: the super block
 *
 * Context: unmount; may sleep.
 */
void kill_anon_super(struct super_block *sb)
{
	unsigned int slot = MINOR(sb->s_dev);

	generic_shutdown_super(sb);
	spin_lock(&sb_lock);
	__clear_bit(slot, unnamed_dev_map);
	spin_unlock(&sb_lock);
}
EXPORT_SYMBOL(kill_anon_super);

/**
 * kill_litter_super - kill_anon_super for a file system whose dentries are pinned (ramfs)
 * @sb: the super block
 *
 * Context: unmount; may sleep.
 */
void kill_litter_super(struct super_block *sb)
{
	if (sb->s_root)
		d_genocide(sb->s_root);
	kill_anon_super(sb);
}
EXPORT_SYMBOL(kill_litter_super);

/**
 * deactivate_super - drop an active reference; the last one kills the super block
 * @s: the super block
 *
 * Context: process context; may sleep.
 */
void deactivate_super(struct super_block *s)
{
	if (!atomic_dec_and_test(&s->s_active))
		return;
	down_write(&s->s_umount);
	s->s_type->kill_sb(s);
	up_write(&s->s_umount);
	put_super(s);
}
EXPORT_SYMBOL(deactivate_super);

/* A super block whose fill_super failed: undo sget */
static void deactivate_locked_super(struct super_block *s)
{
	if (atomic_dec_and_test(&s->s_active)) {
		s->s_type->kill_sb(s);
		up_write(&s->s_umount);
		put_super(s);
	} else {
		up_write(&s->s_umount);
	}
}

/**
 * simple_set_mnt - point a new mount at a super block's root
 * @mnt: the mount
 * @sb: the super block
 *
 * Context: any.
 */
void simple_set_mnt(struct vfsmount *mnt, struct super_block *sb)
{
	mnt->mnt_sb = sb;
	mnt->mnt_root = dget(sb->s_root);
}
EXPORT_SYMBOL(simple_set_mnt);

/**
 * get_sb_nodev - get_sb for a file system without a device: a new super block each mount
 * @fs_type: the type
 * @flags: the mount flags
 * @data: the options, for @fill_super
 * @fill_super: sets the super block up (operations, root dentry)
 * @mnt: the mount to point at it
 *
 * Context: process context; may sleep.
 * Return: 0 or a negative errno.
 */
int get_sb_nodev(struct file_system_type *fs_type, int flags, void *data,
		 int (*fill_super)(struct super_block *, void *, int), struct vfsmount *mnt)
{
	struct super_block *s = sget(fs_type, NULL, set_anon_super, NULL);
	int error;

	if (IS_ERR(s))
		return PTR_ERR(s);
	s->s_flags = flags;
	error = fill_super(s, data, flags & MS_SILENT ? 1 : 0);
	if (error) {
		deactivate_locked_super(s);
		return error;
	}
	s->s_flags |= MS_ACTIVE;
	simple_set_mnt(mnt, s);
	return 0;
}
EXPORT_SYMBOL(get_sb_nodev);

static int compare_single(struct super_block *s, void *p)
{
	return 1;
}

/**
 * get_sb_single - get_sb for a file system with one instance (procfs)
 * @fs_type: the type
 * @flags: the mount flags
 * @data: the options
 * @fill_super: sets the super block up, the first time
 * @mnt: the mount to point at it
 *
 * Context: process context; may sleep.
 * Return: 0 or a negative errno.
 */
int get_sb_single(struct file_system_type *fs_type, int flags, void *data,
		  int (*fill_super)(struct super_block *, void *, int), struct vfsmount *mnt)
{
	struct super_block *s = sget(fs_type, compare_single, set_anon_super, NULL);
	int error;

	if (IS_ERR(s))
		return PTR_ERR(s);
	if (!s->s_root) {
		s->s_flags = flags;
		error = fill_super(s, data, flags & MS_SILENT ? 1 : 0);
		if (error) {
			deactivate_locked_super(s);
			return error;
		}
		s->s_flags |= MS_ACTIVE;
	}
	simple_set_mnt(mnt, s);
	return 0;
}
EXPORT_SYMBOL(get_sb_single);

/**
 * vfs_statfs - what statfs() reports for the file system holding a dentry
 * @dentry: any dentry of it
 * @buf: filled in
 *
 * Context: process context; may sleep.
 * Return: 0, or -ENOSYS when the file system has no statfs.
 */
int vfs_statfs(struct dentry *dentry, struct kstatfs *buf)
{
	int retval;

	if (!dentry->d_sb->s_op->statfs)
		return -ENOSYS;
	memset(buf, 0, sizeof(*buf));
	retval = dentry->d_sb->s_op->statfs(dentry, buf);
	if (retval == 0 && buf->f_frsize == 0)
		buf->f_frsize = buf->f_bsize;
	return retval;
}
EXPORT_SYMBOL(vfs_statfs);

/**
 * user_get_super - the mounted super block of a device number
 * @dev: the device
 *
 * Release it with drop_super().
 *
 * Context: process context; may sleep.
 * Return: the super block, s_umount held for reading, or NULL when no
 * mounted file system has that device.
 */
struct super_block *user_get_super(dev_t dev)
{
	struct super_block *sb;

	spin_lock(&sb_lock);
	list_for_each_entry(sb, &super_blocks, s_list) {
		if (sb->s_dev != dev || !atomic_inc_not_zero(&sb->s_active))
			continue;
		spin_unlock(&sb_lock);
		down_read(&sb->s_umount);
		if (sb->s_root)
			return sb;
		up_read(&sb->s_umount);
		deactivate_super(sb); /* being set up or torn down: not mounted */
		return NULL;
	}
	spin_unlock(&sb_lock);
	return NULL;
}

/**
 * drop_super - release a super block user_get_super() gave
 * @sb: the super block
 *
 * Context: process context; may sleep (the last reference kills it).
 */
void drop_super(struct super_block *sb)
{
	up_read(&sb->s_umount);
	deactivate_super(sb);
}

/**
 * struct ustat - what ustat() reports (i386)
 * @f_tfree: free blocks (statfs's f_bfree)
 * @f_tinode: free inodes (statfs's f_ffree)
 * @f_fname: the file system's name: zeroes, as Linux
 * @f_fpack: its pack name: zeroes
 */
struct ustat {
	int f_tfree;
	unsigned long f_tinode;
	char f_fname[6];
	char f_fpack[6];
};

/**
 * sys_ustat - ustat(2): free blocks and inodes of the file system on a device (system call 62)
 * @dev: the device number, in the 32-bit new_encode_dev() form
 * @ubuf: where the struct ustat goes
 *
 * Context: process context (system call); may sleep.
 * Return: 0, -EINVAL (no file system mounted from @dev), -ENOSYS (no
 * statfs), -EFAULT.
 */
asmlinkage long sys_ustat(unsigned int dev, struct ustat __user *ubuf)
{
	struct super_block *sb = user_get_super(new_decode_dev(dev));
	struct kstatfs sbuf;
	struct ustat tmp;
	int err;

	if (!sb)
		return -EINVAL;
	err = vfs_statfs(sb->s_root, &sbuf);
	drop_super(sb);
	if (err)
		return err;
	memset(&tmp, 0, sizeof(tmp));
	tmp.f_tfree = sbuf.f_bfree;
	tmp.f_tinode = sbuf.f_ffree;
	return copy_to_user(ubuf, &tmp, sizeof(tmp)) ? -EFAULT : 0;
}
