/*
 * mqueue.c - POSIX message queues: mq_open, mq_unlink, mq_timedsend,
 * mq_timedreceive, mq_notify, mq_getsetattr, and the mqueue file system.
 *
 * A POSIX queue has a name ("/jobs") instead of a System V key, and a
 * queue descriptor that is a file descriptor. Linux makes each queue an
 * inode of its own small file system, "mqueue", which the kernel mounts
 * for itself at boot (init_mqueue_fs) and a user may mount as well, to
 * see the queues as files: `mount -t mqueue none /dev/mqueue`. mq_open
 * looks the name up in the root of that file system, mq_unlink unlinks
 * it, and an open queue lives on until its last descriptor is closed,
 * like any unlinked file. Reading a queue's file prints one line:
 *
 *   QSIZE:12         NOTIFY:0     SIGNO:10    NOTIFY_PID:42
 *
 * Each message has a priority 0..32767; a queue gives out the oldest
 * message of the highest priority. The messages sit in an array kept
 * sorted by priority, lowest first and, within one priority, newest
 * first, so taking from the end of the array gives the right one:
 *
 *   messages[]:  [prio 1 "c"] [prio 5 "b"] [prio 5 "a"]  <- mq_receive takes "a"
 *   mq_send(prio 5, "d") -> [1 "c"] [5 "d"] [5 "b"] [5 "a"]   (msg_insert)
 *
 * A sender finding the queue full (mq_maxmsg messages), or a receiver
 * finding it empty, sleeps in wq_sleep on one of two lists of struct
 * ext_wait_queue. The other side hands the work over directly: a sender
 * gives its message straight to a sleeping receiver (pipelined_send),
 * and a receiver that made room moves a sleeping sender's message into
 * the queue (pipelined_receive), so a woken task never has to compete
 * for what it was woken for. Sleeps end at an absolute CLOCK_REALTIME
 * deadline (-ETIMEDOUT) or at a signal (-ERESTARTSYS: -EINTR, or a
 * restart under SA_RESTART).
 *
 * mq_notify registers one process to be told, by a signal (SIGEV_SIGNAL)
 * or not at all (SIGEV_NONE), when a message arrives on an empty queue
 * that no receiver is waiting on; the registration is then removed.
 * Every user's queues are charged against RLIMIT_MSGQUEUE for their
 * whole possible size (mq_maxmsg pointers and mq_maxmsg * mq_msgsize
 * bytes), and /proc/sys/fs/mqueue holds the limits.
 *
 * As Linux 2.6.32's ipc/mqueue.c and ipc/mq_sysctl.c, except:
 * - one IPC namespace: one super block, shared by the kernel's mount and
 *   every user mount (2.6.32's get_sb_ns, one per namespace);
 * - SIGEV_THREAD needs an AF_NETLINK socket, which Linnet lacks: mq_notify
 *   answers as 2.6.32 does for a descriptor that is no netlink socket
 *   (-EBADF, -ENOTSOCK, -EINVAL), so glibc's mq_notify(SIGEV_THREAD),
 *   which cannot make its netlink socket, fails with ENOSYS;
 * - the registered process is kept as its pid number (Linnet has no
 *   struct pid), and a woken sleeper retakes the queue's lock instead of
 *   2.6.32's lockless STATE_PENDING handshake (also in ipc/msg.c);
 * - a sleep interrupted early by a spurious wake-up goes on with the time
 *   left, where 2.6.32 starts the whole timeout again;
 * - a message is one allocation (ipc/msgutil.c); no audit, no LSM hooks,
 *   no mnt_want_write (Linnet's mounts cannot be made read-only);
 * - if the file system cannot be set up at boot Linnet panics, where
 *   2.6.32 returns the error and leaves mq_open to oops on the missing
 *   mount later.
 * Read next: ipc/msgutil.c, fs/libfs.c, docs/ipc.md ("POSIX message queues").
 */
#include <linux/mqueue.h>
#include <linux/msg.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/mount.h>
#include <linux/namei.h>
#include <linux/dcache.h>
#include <linux/pagemap.h>
#include <linux/poll.h>
#include <linux/sysctl.h>
#include <linux/sched.h>
#include <linux/cred.h>
#include <linux/capability.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/init.h>
#include <linux/jiffies.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/stat.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/uaccess.h>
#include <linux/fs_struct.h>
#include <linux/resource.h>
#include "util.h"

#define MQUEUE_MAGIC 0x19800202
#define DIRENT_SIZE 20 /* what a name adds to the directory's i_size */
#define FILENT_SIZE 80 /* a queue file's i_size: its line's buffer */

#define SEND 0
#define RECV 1

#define STATE_NONE 0
#define STATE_READY 1

/* The limits of /proc/sys/fs/mqueue: 2.6.32's ranges (ipc/mq_sysctl.c) */
#define MIN_MSGMAX 1
#define MAX_MSGMAX HARD_MSGMAX
#define MIN_MSGSIZEMAX 128
#define MAX_MSGSIZEMAX (8192 * 128)

/**
 * struct sigevent - how mq_notify (and timer_create) say to notify, i386 layout
 * @sigev_value: the value the signal carries (si_value)
 * @sigev_signo: the signal; for SIGEV_THREAD, glibc's netlink socket
 * @sigev_notify: SIGEV_SIGNAL, SIGEV_NONE or SIGEV_THREAD
 * @_pad: the rest of the 64 bytes (the thread function and attributes)
 */
struct sigevent {
	int sigev_value;
	int sigev_signo;
	int sigev_notify;
	int _pad[13];
};

/* A task asleep in mq_timedsend (on e_wait_q[SEND]) or mq_timedreceive (RECV) */
struct ext_wait_queue {
	struct task_struct *task;
	struct list_head list;
	struct msg_msg *msg; /* the sender's message, or the one handed to a receiver */
	int state; /* STATE_READY once the other side did the work */
};

/* A queue: its inode, and all the rest */
struct mqueue_inode_info {
	spinlock_t lock; /* everything below */
	struct inode vfs_inode;
	wait_queue_head_t wait_q; /* poll and select */
	struct msg_msg **messages; /* mq_maxmsg slots, sorted (see the top) */
	struct mq_attr attr; /* mq_maxmsg, mq_msgsize, mq_curmsgs */
	struct sigevent notify; /* what notify_owner asked for */
	pid_t notify_owner; /* the registered process, or 0 */
	struct user_struct *user; /* charged for the queue (RLIMIT_MSGQUEUE) */
	struct ext_wait_queue e_wait_q[2]; /* list heads: SEND, RECV */
	unsigned long qsize; /* the bytes of all queued messages */
};

static const struct inode_operations mqueue_dir_inode_operations;
static const struct file_operations mqueue_file_operations;
static const struct super_operations mqueue_super_ops;

static struct kmem_cache *mqueue_inode_cachep;
static struct vfsmount *mq_mnt; /* the kernel's mount: mq_open's names */

/* mq_lock guards the users' mq_bytes and the count of queues */
static DEFINE_SPINLOCK(mq_lock);
static int mq_queues_count;
static int mq_queues_max = DFLT_QUEUESMAX;
static int mq_msg_max = DFLT_MSGMAX;
static int mq_msgsize_max = DFLT_MSGSIZEMAX;

static inline struct mqueue_inode_info *MQUEUE_I(struct inode *inode)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
	return container_of(inode, struct mqueue_inode_info, vfs_inode);
}

/* The bytes a queue of @attr's shape is charged: its slot table and its messages */
static unsigned long mq_bytes_of(const struct mq_attr *attr)
{
	unsigned long maxmsg = attr->mq_maxmsg;

	return maxmsg * sizeof(struct msg_msg *) + maxmsg * attr->mq_msgsize;
}

/* Charge the caller's user for a new queue: 0, or -ENOMEM past RLIMIT_MSGQUEUE (as 2.6.32) */
static int mq_charge(struct mqueue_inode_info *info)
{
	unsigned long bytes = mq_bytes_of(&info->attr);
	struct user_struct *u = alloc_uid(current_uid(), GFP_KERNEL);
	unsigned long limit = current->signal->rlim[RLIMIT_MSGQUEUE].rlim_cur;

	if (!u)
		return -ENOMEM;
	spin_lock(&mq_lock);
	if (u->mq_bytes + bytes < u->mq_bytes || u->mq_bytes + bytes > limit) {
		spin_unlock(&mq_lock);
		free_uid(u);
		return -ENOMEM;
	}
	u->mq_bytes += bytes;
	spin_unlock(&mq_lock);
	info->user = u;
	return 0;
}

/* Give back what mq_charge took, and the queue's place in queues_max */
static void mq_uncharge(struct mqueue_inode_info *info)
{
	spin_lock(&mq_lock);
	info->user->mq_bytes -= mq_bytes_of(&info->attr);
	mq_queues_count--;
	spin_unlock(&mq_lock);
	free_uid(info->user);
	info->user = NULL;
}

/* Make @inode a queue: defaults or @attr, the slot table, the charge. 0 or -ENOMEM */
static int mqueue_init_queue(struct inode *inode, struct mq_attr *attr)
{
	struct mqueue_inode_info *info = MQUEUE_I(inode);

	inode->i_fop = &mqueue_file_operations;
	inode->i_size = FILENT_SIZE;
	spin_lock_init(&info->lock);
	init_waitqueue_head(&info->wait_q);
	INIT_LIST_HEAD(&info->e_wait_q[SEND].list);
	INIT_LIST_HEAD(&info->e_wait_q[RECV].list);
	info->messages = NULL;
	info->notify_owner = 0;
	info->qsize = 0;
	info->user = NULL;
	memset(&info->attr, 0, sizeof(info->attr));
	info->attr.mq_maxmsg = attr ? attr->mq_maxmsg : mq_msg_max;
	info->attr.mq_msgsize = attr ? attr->mq_msgsize : mq_msgsize_max;
	if (mq_charge(info))
		return -ENOMEM;
	info->messages = kmalloc(info->attr.mq_maxmsg * sizeof(struct msg_msg *), GFP_KERNEL);
	if (!info->messages) {
		spin_lock(&mq_lock);
		info->user->mq_bytes -= mq_bytes_of(&info->attr);
		spin_unlock(&mq_lock);
		free_uid(info->user);
		info->user = NULL;
		return -ENOMEM;
	}
	return 0;
}

/* A new inode of the mqueue file system: the root directory or a queue; NULL without memory */
static struct inode *mqueue_get_inode(struct super_block *sb, int mode, struct mq_attr *attr)
{
	struct inode *inode = new_inode(sb);

	if (!inode)
		return NULL;
	inode->i_mode = mode;
	inode->i_uid = current_fsuid();
	inode->i_gid = current_fsgid();
	inode->i_mtime = inode->i_ctime = inode->i_atime = current_kernel_time();
	if (S_ISREG(mode)) {
		if (mqueue_init_queue(inode, attr)) {
			iput(inode); /* still linked (i_nlink 1): freed without delete_inode */
			return NULL;
		}
	} else if (S_ISDIR(mode)) {
		inc_nlink(inode);
		/* some programs misbehave on a directory of size 0 */
		inode->i_size = 2 * DIRENT_SIZE;
		inode->i_op = &mqueue_dir_inode_operations;
		inode->i_fop = &simple_dir_operations;
	}
	return inode;
}

static int mqueue_fill_super(struct super_block *sb, void *data, int silent)
{
	struct inode *inode;

	sb->s_blocksize = PAGE_CACHE_SIZE;
	sb->s_blocksize_bits = PAGE_CACHE_SHIFT;
	sb->s_magic = MQUEUE_MAGIC;
	sb->s_op = &mqueue_super_ops;
	inode = mqueue_get_inode(sb, S_IFDIR | S_ISVTX | S_IRWXUGO, NULL);
	if (!inode)
		return -ENOMEM;
	sb->s_root = d_alloc_root(inode);
	if (!sb->s_root) {
		iput(inode);
		return -ENOMEM;
	}
	return 0;
}

/* Every mount, the kernel's and the users', is of the one super block */
static int mqueue_get_sb(struct file_system_type *fs_type, int flags, const char *dev_name,
			 void *data, struct vfsmount *mnt)
{
	return get_sb_single(fs_type, flags, data, mqueue_fill_super, mnt);
}

/*
 * 2.6.32 runs inode_init_once as the cache's constructor, once per object,
 * and new_inode() resets i_state; Linnet's new_inode() does not, so an
 * inode is made fresh at every allocation, as Linnet's other caches do.
 */
static struct inode *mqueue_alloc_inode(struct super_block *sb)
{
	struct mqueue_inode_info *ei = kmem_cache_alloc(mqueue_inode_cachep, GFP_KERNEL);

	if (!ei)
		return NULL;
	inode_init_once(&ei->vfs_inode);
	return &ei->vfs_inode;
}

static void mqueue_destroy_inode(struct inode *inode)
{
	kmem_cache_free(mqueue_inode_cachep, MQUEUE_I(inode));
}

/* The last reference to an unlinked queue went: free its messages and its charge */
static void mqueue_delete_inode(struct inode *inode)
{
	struct mqueue_inode_info *info = MQUEUE_I(inode);
	long i;

	if (S_ISDIR(inode->i_mode)) {
		clear_inode(inode);
		return;
	}
	spin_lock(&info->lock);
	for (i = 0; i < info->attr.mq_curmsgs; i++)
		free_msg(info->messages[i]);
	kfree(info->messages);
	spin_unlock(&info->lock);
	clear_inode(inode);
	if (info->user)
		mq_uncharge(info);
}

/* ->create: a new queue, its attributes in dentry->d_fsdata (from do_create) */
static int mqueue_create(struct inode *dir, struct dentry *dentry, int mode, struct nameidata *nd)
{
	struct inode *inode;

	spin_lock(&mq_lock);
	if (mq_queues_count >= mq_queues_max && !capable(CAP_SYS_RESOURCE)) {
		spin_unlock(&mq_lock);
		return -ENOSPC;
	}
	mq_queues_count++;
	spin_unlock(&mq_lock);

	inode = mqueue_get_inode(dir->i_sb, mode, dentry->d_fsdata);
	if (!inode) {
		spin_lock(&mq_lock);
		mq_queues_count--;
		spin_unlock(&mq_lock);
		return -ENOMEM;
	}
	dir->i_size += DIRENT_SIZE;
	dir->i_ctime = dir->i_mtime = dir->i_atime = current_kernel_time();
	d_instantiate(dentry, inode);
	dget(dentry); /* the pin: the name lives until mq_unlink */
	return 0;
}

static int mqueue_unlink(struct inode *dir, struct dentry *dentry)
{
	struct inode *inode = dentry->d_inode;

	dir->i_ctime = dir->i_mtime = dir->i_atime = current_kernel_time();
	dir->i_size -= DIRENT_SIZE;
	drop_nlink(inode);
	dput(dentry); /* drop the pin */
	return 0;
}

/*
 * read() of a queue file: not its messages (that would be a receive with
 * another name) but what the calls cannot tell: the bytes queued and the
 * notification. NOTIFY is sigev_notify, so SIGEV_SIGNAL shows as 0.
 */
static ssize_t mqueue_read_file(struct file *filp, char __user *u_data, size_t count, loff_t *off)
{
	struct inode *inode = filp->f_path.dentry->d_inode;
	struct mqueue_inode_info *info = MQUEUE_I(inode);
	char buffer[FILENT_SIZE];
	ssize_t ret;

	spin_lock(&info->lock);
	snprintf(buffer, sizeof(buffer), "QSIZE:%-10lu NOTIFY:%-5d SIGNO:%-5d NOTIFY_PID:%-6d\n",
		 info->qsize, info->notify_owner ? info->notify.sigev_notify : 0,
		 (info->notify_owner && info->notify.sigev_notify == SIGEV_SIGNAL) ?
			 info->notify.sigev_signo :
			 0,
		 info->notify_owner);
	spin_unlock(&info->lock);

	ret = simple_read_from_buffer(u_data, count, off, buffer, strlen(buffer));
	if (ret > 0)
		inode->i_atime = inode->i_ctime = current_kernel_time();
	return ret;
}

/* The registered process closing any descriptor of the queue ends its registration */
static int mqueue_flush_file(struct file *filp, fl_owner_t id)
{
	struct mqueue_inode_info *info = MQUEUE_I(filp->f_path.dentry->d_inode);

	spin_lock(&info->lock);
	if (info->notify_owner == current->tgid)
		info->notify_owner = 0;
	spin_unlock(&info->lock);
	return 0;
}

static unsigned int mqueue_poll_file(struct file *filp, struct poll_table_struct *poll_tab)
{
	struct mqueue_inode_info *info = MQUEUE_I(filp->f_path.dentry->d_inode);
	unsigned int retval = 0;

	poll_wait(filp, &info->wait_q, poll_tab);
	spin_lock(&info->lock);
	if (info->attr.mq_curmsgs)
		retval = POLLIN | POLLRDNORM;
	if (info->attr.mq_curmsgs < info->attr.mq_maxmsg)
		retval |= POLLOUT | POLLWRNORM;
	spin_unlock(&info->lock);
	return retval;
}

/*
 * Put current on e_wait_q[sr], ordered so that the list's last entry is
 * the waiter to serve first: the best static priority (lowest
 * static_prio), and the longest waiting among equals.
 */
static void wq_add(struct mqueue_inode_info *info, int sr, struct ext_wait_queue *ewp)
{
	struct ext_wait_queue *walk;

	ewp->task = current;
	list_for_each_entry(walk, &info->e_wait_q[sr].list, list) {
		if (walk->task->static_prio <= current->static_prio) {
			list_add_tail(&ewp->list, &walk->list);
			return;
		}
	}
	list_add_tail(&ewp->list, &info->e_wait_q[sr].list);
}

/*
 * Sleep on e_wait_q[sr] until the other side sets STATE_READY, a signal
 * or the timeout (jiffies). Called with info->lock held; returns with it
 * released: 0, -ERESTARTSYS or -ETIMEDOUT. The state is read under the
 * lock, so a hand-over and a timeout at the same moment cannot both win.
 */
static int wq_sleep(struct mqueue_inode_info *info, int sr, long timeout,
		    struct ext_wait_queue *ewp)
{
	int retval;

	wq_add(info, sr, ewp);
	for (;;) {
		set_current_state(TASK_INTERRUPTIBLE);
		spin_unlock(&info->lock);
		timeout = schedule_timeout(timeout);
		spin_lock(&info->lock);
		if (ewp->state == STATE_READY) {
			retval = 0;
			goto out_unlock;
		}
		if (signal_pending(current)) {
			retval = -ERESTARTSYS;
			break;
		}
		if (timeout == 0) {
			retval = -ETIMEDOUT;
			break;
		}
	}
	list_del(&ewp->list);
out_unlock:
	spin_unlock(&info->lock);
	return retval;
}

/* The waiter to serve first on e_wait_q[sr], or NULL */
static struct ext_wait_queue *wq_get_first_waiter(struct mqueue_inode_info *info, int sr)
{
	struct list_head *ptr = info->e_wait_q[sr].list.prev;

	if (ptr == &info->e_wait_q[sr].list)
		return NULL;
	/* cppcheck-suppress nullPointer ; list_entry's offsetof, not a dereference */
	return list_entry(ptr, struct ext_wait_queue, list);
}

/*
 * Insert @ptr into the sorted array: behind (at a lower index than) every
 * message of the same or a higher priority, so the end stays the oldest
 * of the highest priority. There is a free slot.
 */
static void msg_insert(struct msg_msg *ptr, struct mqueue_inode_info *info)
{
	long k = info->attr.mq_curmsgs - 1;

	while (k >= 0 && info->messages[k]->m_type >= ptr->m_type) {
		info->messages[k + 1] = info->messages[k];
		k--;
	}
	info->attr.mq_curmsgs++;
	info->qsize += ptr->m_ts;
	info->messages[k + 1] = ptr;
}

/* Take the message to receive next: the array's last. There is one */
static struct msg_msg *msg_get(struct mqueue_inode_info *info)
{
	struct msg_msg *msg = info->messages[--info->attr.mq_curmsgs];

	info->qsize -= msg->m_ts;
	return msg;
}

/* Signal the registered process as 2.6.32's kill_pid_info: a group signal, si_code SI_MESGQ */
static void mq_notify_signal(struct mqueue_inode_info *info)
{
	struct ksignal_info si = {
		.code = SI_MESGQ,
		.value = info->notify.sigev_value,
		.pid = current->tgid,
		.uid = current_uid(),
	};
	int sig = info->notify.sigev_signo;
	struct task_struct *p;
	unsigned long flags;

	if (!sig)
		return; /* signal 0 is valid and sends nothing */
	spin_lock_irqsave(&tasklist_lock, flags);
	p = find_task_by_pid(info->notify_owner);
	if (p && p->mm && !p->exit_state)
		send_sig_info(sig, &si, p->group_leader, true);
	spin_unlock_irqrestore(&tasklist_lock, flags);
}

/*
 * A message was queued and no receiver was waiting: if it is the only one
 * (the queue was empty), notify the registered process and forget it.
 * Wake the pollers either way. Called with info->lock held.
 */
static void __do_notify(struct mqueue_inode_info *info)
{
	if (info->notify_owner && info->attr.mq_curmsgs == 1) {
		if (info->notify.sigev_notify == SIGEV_SIGNAL)
			mq_notify_signal(info);
		info->notify_owner = 0;
	}
	wake_up(&info->wait_q);
}

/*
 * The absolute CLOCK_REALTIME deadline *@p as jiffies from now: 0 if it
 * has passed, MAX_SCHEDULE_TIMEOUT for none (@p NULL), -EINVAL for a bad
 * timespec (reported only if the call would block, as 2.6.32).
 */
static long prepare_timeout(struct timespec *p)
{
	struct timespec nowts;

	if (!p)
		return MAX_SCHEDULE_TIMEOUT;
	if (p->tv_nsec < 0 || p->tv_sec < 0 || p->tv_nsec >= NSEC_PER_SEC)
		return -EINVAL;
	nowts = current_kernel_time();
	p->tv_sec -= nowts.tv_sec; /* subtract first: a jiffies count cannot be large */
	if (p->tv_nsec < nowts.tv_nsec) {
		p->tv_nsec += NSEC_PER_SEC;
		p->tv_sec--;
	}
	p->tv_nsec -= nowts.tv_nsec;
	if (p->tv_sec < 0)
		return 0;
	return timespec_to_jiffies(p) + 1;
}

/* May a queue be made with @attr? The limits without CAP_SYS_RESOURCE, HARD_MSGMAX with it */
static int mq_attr_ok(struct mq_attr *attr)
{
	unsigned long bytes;

	if (attr->mq_maxmsg <= 0 || attr->mq_msgsize <= 0)
		return 0;
	if (capable(CAP_SYS_RESOURCE)) {
		if (attr->mq_maxmsg > (long)HARD_MSGMAX)
			return 0;
	} else if (attr->mq_maxmsg > mq_msg_max || attr->mq_msgsize > mq_msgsize_max) {
		return 0;
	}
	/* the charge, mq_bytes_of(), must not overflow (unsigned: no UB on the way) */
	if ((unsigned long)attr->mq_msgsize > ULONG_MAX / attr->mq_maxmsg)
		return 0;
	bytes = (unsigned long)attr->mq_maxmsg * attr->mq_msgsize;
	return bytes + attr->mq_maxmsg * sizeof(struct msg_msg *) >= bytes;
}

/* Create the queue @dentry names and open it. Consumes @dentry and a mount reference */
static struct file *do_create(struct dentry *dir, struct dentry *dentry, int oflag, mode_t mode,
			      struct mq_attr *attr)
{
	int ret;

	if (attr) {
		ret = -EINVAL;
		if (!mq_attr_ok(attr))
			goto out;
		dentry->d_fsdata = attr; /* for mqueue_create */
	}
	mode &= ~current_umask();
	ret = vfs_create(dir->d_inode, dentry, mode, NULL);
	dentry->d_fsdata = NULL;
	if (ret)
		goto out;
	return dentry_open(dentry, mq_mnt, oflag);
out:
	dput(dentry);
	mntput(mq_mnt);
	return ERR_PTR(ret);
}

/* Open an existing queue, if the caller may. Consumes @dentry and a mount reference */
static struct file *do_open(struct dentry *dentry, int oflag)
{
	static const int oflag2acc[O_ACCMODE] = { MAY_READ, MAY_WRITE, MAY_READ | MAY_WRITE };
	int ret = 0;

	if ((oflag & O_ACCMODE) == (O_RDWR | O_WRONLY))
		ret = -EINVAL;
	else if (inode_permission(dentry->d_inode, oflag2acc[oflag & O_ACCMODE]))
		ret = -EACCES;
	if (ret) {
		dput(dentry);
		mntput(mq_mnt);
		return ERR_PTR(ret);
	}
	return dentry_open(dentry, mq_mnt, oflag);
}

/* mq_open's choice between creating and opening; the root's i_mutex is held */
static struct file *mq_open_dentry(struct dentry *dentry, int oflag, mode_t mode,
				   struct mq_attr *attr)
{
	mntget(mq_mnt);
	if (oflag & O_CREAT) {
		if (!dentry->d_inode)
			return do_create(mq_mnt->mnt_root, dentry, oflag, mode, attr);
		if (!(oflag & O_EXCL))
			return do_open(dentry, oflag);
		dput(dentry);
		mntput(mq_mnt);
		return ERR_PTR(-EEXIST);
	}
	if (dentry->d_inode)
		return do_open(dentry, oflag);
	dput(dentry);
	mntput(mq_mnt);
	return ERR_PTR(-ENOENT);
}

/**
 * sys_mq_open - mq_open(3): open a queue by name, creating it if asked
 * @u_name: the name without glibc's leading '/' ("jobs"); no other '/'
 * @oflag: O_RDONLY, O_WRONLY or O_RDWR, and O_CREAT, O_EXCL, O_NONBLOCK
 * @mode: a new queue's permission bits (less the umask)
 * @u_attr: a new queue's mq_maxmsg and mq_msgsize, or NULL for the defaults
 *          (msg_max and msgsize_max)
 *
 * The descriptor is close-on-exec, as 2.6.32 makes it.
 *
 * Context: process context; may sleep.
 * Return: the descriptor, or -EFAULT, -ENOENT, -EEXIST, -EACCES (no
 * permission, or a '/' in the name), -EINVAL (bad @u_attr or access mode),
 * -ENAMETOOLONG, -EMFILE, -ENFILE, -ENOSPC (queues_max), -ENOMEM (no memory,
 * or past RLIMIT_MSGQUEUE).
 */
asmlinkage long sys_mq_open(const char __user *u_name, int oflag, mode_t mode,
			    struct mq_attr __user *u_attr)
{
	struct mutex *root_mutex = &mq_mnt->mnt_root->d_inode->i_mutex;
	struct dentry *dentry;
	struct mq_attr attr;
	struct file *filp;
	char *name;
	int fd;

	if (u_attr && copy_from_user(&attr, u_attr, sizeof(attr)))
		return -EFAULT;
	name = getname(u_name);
	if (IS_ERR(name))
		return PTR_ERR(name);
	fd = get_unused_fd_flags(O_CLOEXEC);
	if (fd < 0)
		goto out_putname;

	mutex_lock(root_mutex);
	dentry = lookup_one_len(name, mq_mnt->mnt_root, strlen(name));
	if (IS_ERR(dentry))
		filp = ERR_CAST(dentry);
	else
		filp = mq_open_dentry(dentry, oflag, mode, u_attr ? &attr : NULL);
	mutex_unlock(root_mutex);

	if (IS_ERR(filp)) {
		put_unused_fd(fd);
		fd = PTR_ERR(filp);
	} else {
		fd_install(fd, filp);
	}
out_putname:
	putname(name);
	return fd;
}

/**
 * sys_mq_unlink - mq_unlink(3): remove a queue's name
 * @u_name: the name without its leading '/'
 *
 * Descriptors already open keep the queue; it is freed at the last close.
 *
 * Context: process context; may sleep.
 * Return: 0, or -ENOENT, -EACCES (no write permission on the directory, or
 * a '/' in the name), -EPERM (the sticky directory: not the owner),
 * -ENAMETOOLONG, -EFAULT.
 */
asmlinkage long sys_mq_unlink(const char __user *u_name)
{
	struct mutex *root_mutex = &mq_mnt->mnt_root->d_inode->i_mutex;
	struct inode *inode = NULL;
	struct dentry *dentry;
	char *name;
	int err;

	name = getname(u_name);
	if (IS_ERR(name))
		return PTR_ERR(name);
	mutex_lock(root_mutex);
	dentry = lookup_one_len(name, mq_mnt->mnt_root, strlen(name));
	if (IS_ERR(dentry)) {
		err = PTR_ERR(dentry);
		goto out_unlock;
	}
	if (!dentry->d_inode) {
		err = -ENOENT;
		goto out_dput;
	}
	inode = dentry->d_inode;
	atomic_inc(&inode->i_count); /* freed, if last, after the lock is dropped */
	err = vfs_unlink(dentry->d_parent->d_inode, dentry);
out_dput:
	dput(dentry);
out_unlock:
	mutex_unlock(root_mutex);
	putname(name);
	iput(inode);
	return err;
}

/*
 * Hand @message to a sleeping receiver: it never enters the queue, so
 * neither a notification nor a poll wake-up is due.
 */
static void pipelined_send(struct mqueue_inode_info *info, struct msg_msg *message,
			   struct ext_wait_queue *receiver)
{
	receiver->msg = message;
	list_del(&receiver->list);
	receiver->state = STATE_READY;
	wake_up_process(receiver->task);
}

/* A message was taken: move a sleeping sender's message into the freed slot, or wake pollers */
static void pipelined_receive(struct mqueue_inode_info *info)
{
	struct ext_wait_queue *sender = wq_get_first_waiter(info, SEND);

	if (!sender) {
		wake_up_interruptible(&info->wait_q);
		return;
	}
	msg_insert(sender->msg, info);
	list_del(&sender->list);
	sender->state = STATE_READY;
	wake_up_process(sender->task);
}

/* The queue behind @filp, if it is one and open for @fmode; else NULL (-EBADF) */
static struct mqueue_inode_info *mq_of_file(struct file *filp, fmode_t fmode)
{
	if (!filp || filp->f_op != &mqueue_file_operations)
		return NULL;
	if (fmode && !(filp->f_mode & fmode))
		return NULL;
	return MQUEUE_I(filp->f_path.dentry->d_inode);
}

/* Copy an optional user timespec into *@ts; *@p is @ts or NULL. 0 or -EFAULT */
static int get_timeout(const struct timespec __user *u_ts, struct timespec *ts, struct timespec **p)
{
	*p = NULL;
	if (!u_ts)
		return 0;
	if (copy_from_user(ts, u_ts, sizeof(*ts)))
		return -EFAULT;
	*p = ts;
	return 0;
}

/* Queue @msg, hand it over, or sleep for room; frees @msg on failure */
static long mq_send_locked(struct file *filp, struct mqueue_inode_info *info, struct msg_msg *msg,
			   long timeout)
{
	struct inode *inode = &info->vfs_inode;
	struct ext_wait_queue wait, *receiver;
	long ret;

	spin_lock(&info->lock);
	if (info->attr.mq_curmsgs == info->attr.mq_maxmsg) {
		if (filp->f_flags & O_NONBLOCK) {
			spin_unlock(&info->lock);
			ret = -EAGAIN;
		} else if (timeout < 0) {
			spin_unlock(&info->lock);
			ret = timeout;
		} else {
			wait.msg = msg;
			wait.state = STATE_NONE;
			ret = wq_sleep(info, SEND, timeout, &wait);
		}
		if (ret < 0)
			free_msg(msg);
		return ret;
	}
	receiver = wq_get_first_waiter(info, RECV);
	if (receiver) {
		pipelined_send(info, msg, receiver);
	} else {
		msg_insert(msg, info);
		__do_notify(info);
	}
	inode->i_atime = inode->i_mtime = inode->i_ctime = current_kernel_time();
	spin_unlock(&info->lock);
	return 0;
}

/**
 * sys_mq_timedsend - mq_timedsend(3) and mq_send(3): queue a message
 * @mqdes: the queue, open for writing
 * @u_msg_ptr: the message
 * @msg_len: its length, at most the queue's mq_msgsize
 * @msg_prio: its priority, below MQ_PRIO_MAX
 * @u_abs_timeout: when to give up waiting for room (CLOCK_REALTIME), or NULL
 *
 * Context: process context; may sleep (unless O_NONBLOCK).
 * Return: 0, or -EBADF, -EINVAL (priority; a bad timeout when it would
 * wait), -EMSGSIZE, -EAGAIN (full, O_NONBLOCK), -ETIMEDOUT, -EFAULT,
 * -ENOMEM, -ERESTARTSYS (a signal: -EINTR, or restarted with SA_RESTART).
 */
asmlinkage long sys_mq_timedsend(mqd_t mqdes, const char __user *u_msg_ptr, size_t msg_len,
				 unsigned int msg_prio, const struct timespec __user *u_abs_timeout)
{
	struct mqueue_inode_info *info;
	struct timespec ts, *p;
	struct msg_msg *msg;
	struct file *filp;
	long timeout, ret;

	if (get_timeout(u_abs_timeout, &ts, &p))
		return -EFAULT;
	if (msg_prio >= (unsigned long)MQ_PRIO_MAX)
		return -EINVAL;
	timeout = prepare_timeout(p);

	filp = fget(mqdes);
	info = mq_of_file(filp, FMODE_WRITE);
	if (!info) {
		ret = -EBADF;
		goto out_fput;
	}
	if (msg_len > (size_t)info->attr.mq_msgsize) {
		ret = -EMSGSIZE;
		goto out_fput;
	}
	msg = load_msg(u_msg_ptr, msg_len); /* before the lock: the copy may fault */
	if (IS_ERR(msg)) {
		ret = PTR_ERR(msg);
		goto out_fput;
	}
	msg->m_type = msg_prio;
	ret = mq_send_locked(filp, info, msg, timeout);
out_fput:
	if (filp)
		fput(filp);
	return ret;
}

/* Take the next message, or sleep for one: the message or an ERR_PTR */
static struct msg_msg *mq_receive_locked(struct file *filp, struct mqueue_inode_info *info,
					 long timeout)
{
	struct inode *inode = &info->vfs_inode;
	struct ext_wait_queue wait;
	struct msg_msg *msg;
	int ret;

	spin_lock(&info->lock);
	if (info->attr.mq_curmsgs == 0) {
		if (filp->f_flags & O_NONBLOCK) {
			spin_unlock(&info->lock);
			return ERR_PTR(-EAGAIN);
		}
		if (timeout < 0) {
			spin_unlock(&info->lock);
			return ERR_PTR(timeout);
		}
		wait.state = STATE_NONE;
		ret = wq_sleep(info, RECV, timeout, &wait);
		return ret ? ERR_PTR(ret) : wait.msg;
	}
	msg = msg_get(info);
	inode->i_atime = inode->i_mtime = inode->i_ctime = current_kernel_time();
	pipelined_receive(info); /* there is room now */
	spin_unlock(&info->lock);
	return msg;
}

/**
 * sys_mq_timedreceive - mq_timedreceive(3) and mq_receive(3): take the
 * oldest message of the highest priority
 * @mqdes: the queue, open for reading
 * @u_msg_ptr: the buffer
 * @msg_len: its size, at least the queue's mq_msgsize
 * @u_msg_prio: where the message's priority goes, or NULL
 * @u_abs_timeout: when to give up waiting for a message (CLOCK_REALTIME), or NULL
 *
 * Context: process context; may sleep (unless O_NONBLOCK).
 * Return: the message's length, or -EBADF, -EMSGSIZE, -EAGAIN (empty,
 * O_NONBLOCK), -EINVAL (a bad timeout when it would wait), -ETIMEDOUT,
 * -EFAULT (the message is then lost, as in 2.6.32), -ERESTARTSYS.
 */
asmlinkage long sys_mq_timedreceive(mqd_t mqdes, char __user *u_msg_ptr, size_t msg_len,
				    unsigned int __user *u_msg_prio,
				    const struct timespec __user *u_abs_timeout)
{
	struct mqueue_inode_info *info;
	struct timespec ts, *p;
	struct msg_msg *msg;
	struct file *filp;
	long timeout, ret;

	if (get_timeout(u_abs_timeout, &ts, &p))
		return -EFAULT;
	timeout = prepare_timeout(p);

	filp = fget(mqdes);
	info = mq_of_file(filp, FMODE_READ);
	if (!info) {
		ret = -EBADF;
		goto out_fput;
	}
	if (msg_len < (size_t)info->attr.mq_msgsize) {
		ret = -EMSGSIZE;
		goto out_fput;
	}
	msg = mq_receive_locked(filp, info, timeout);
	if (IS_ERR(msg)) {
		ret = PTR_ERR(msg);
		goto out_fput;
	}
	ret = msg->m_ts;
	if ((u_msg_prio && put_user(msg->m_type, u_msg_prio)) ||
	    store_msg(u_msg_ptr, msg, msg->m_ts))
		ret = -EFAULT;
	free_msg(msg);
out_fput:
	if (filp)
		fput(filp);
	return ret;
}

/*
 * SIGEV_THREAD: 2.6.32 copies the cookie, then attaches it to the netlink
 * socket sigev_signo names. No descriptor in Linnet is a netlink socket,
 * so this ends with 2.6.32's answer for one that is not: -EBADF (no such
 * descriptor), -ENOTSOCK (not a socket) or -EINVAL (another family).
 */
static long mq_notify_thread(const struct sigevent *n)
{
	char cookie[NOTIFY_COOKIE_LEN];
	struct file *filp;
	long ret;

	if (copy_from_user(cookie, (void __user *)(unsigned long)n->sigev_value, sizeof(cookie)))
		return -EFAULT;
	filp = fget(n->sigev_signo);
	if (!filp)
		return -EBADF;
	ret = S_ISSOCK(filp->f_path.dentry->d_inode->i_mode) ? -EINVAL : -ENOTSOCK;
	fput(filp);
	return ret;
}

/* Register current, remove its registration (@n NULL), or -EBUSY; info->lock held */
static long mq_notify_locked(struct mqueue_inode_info *info, const struct sigevent *n)
{
	struct inode *inode = &info->vfs_inode;

	if (!n) {
		/* not the owner: silently nothing, as 2.6.32 (POSIX leaves it open) */
		if (info->notify_owner == current->tgid) {
			info->notify_owner = 0;
			inode->i_atime = inode->i_ctime = current_kernel_time();
		}
		return 0;
	}
	if (info->notify_owner)
		return -EBUSY;
	info->notify.sigev_notify = n->sigev_notify;
	if (n->sigev_notify == SIGEV_SIGNAL) {
		info->notify.sigev_signo = n->sigev_signo;
		info->notify.sigev_value = n->sigev_value;
	}
	info->notify_owner = current->tgid;
	inode->i_atime = inode->i_ctime = current_kernel_time();
	return 0;
}

/**
 * sys_mq_notify - mq_notify(3): be told when a message arrives on the empty queue
 * @mqdes: the queue
 * @u_notification: SIGEV_SIGNAL (sigev_signo, with sigev_value as si_value)
 *                  or SIGEV_NONE; NULL to remove the caller's registration
 *
 * One process at a time may be registered; the notification fires when a
 * message is queued on an empty queue no receiver waits on, and ends the
 * registration. The signal's si_code is SI_MESGQ, si_pid and si_uid the
 * sender's.
 *
 * Context: process context.
 * Return: 0, or -EBADF, -EINVAL (sigev_notify or the signal), -EBUSY
 * (another registration), -EFAULT; SIGEV_THREAD: see mq_notify_thread.
 */
asmlinkage long sys_mq_notify(mqd_t mqdes, const struct sigevent __user *u_notification)
{
	struct mqueue_inode_info *info;
	struct sigevent n;
	struct file *filp;
	long ret;

	if (u_notification) {
		if (copy_from_user(&n, u_notification, sizeof(n)))
			return -EFAULT;
		if (n.sigev_notify != SIGEV_NONE && n.sigev_notify != SIGEV_SIGNAL &&
		    n.sigev_notify != SIGEV_THREAD)
			return -EINVAL;
		if (n.sigev_notify == SIGEV_SIGNAL && (unsigned int)n.sigev_signo > _NSIG)
			return -EINVAL;
		if (n.sigev_notify == SIGEV_THREAD)
			return mq_notify_thread(&n);
	}
	filp = fget(mqdes);
	info = mq_of_file(filp, 0);
	if (!info) {
		ret = -EBADF;
	} else {
		spin_lock(&info->lock);
		ret = mq_notify_locked(info, u_notification ? &n : NULL);
		spin_unlock(&info->lock);
	}
	if (filp)
		fput(filp);
	return ret;
}

/**
 * sys_mq_getsetattr - mq_getattr(3) and mq_setattr(3)
 * @mqdes: the queue
 * @u_mqstat: the new mq_flags (only O_NONBLOCK may be set), or NULL
 * @u_omqstat: where the attributes before the change go, or NULL
 *
 * mq_flags belongs to the open file (the descriptor's O_NONBLOCK); the
 * other attributes are the queue's, fixed when it was made but mq_curmsgs.
 *
 * Context: process context.
 * Return: 0, or -EBADF, -EINVAL (a flag other than O_NONBLOCK), -EFAULT.
 */
asmlinkage long sys_mq_getsetattr(mqd_t mqdes, const struct mq_attr __user *u_mqstat,
				  struct mq_attr __user *u_omqstat)
{
	struct mq_attr mqstat, omqstat;
	struct mqueue_inode_info *info;
	struct file *filp;
	long ret = 0;

	if (u_mqstat) {
		if (copy_from_user(&mqstat, u_mqstat, sizeof(mqstat)))
			return -EFAULT;
		if (mqstat.mq_flags & ~O_NONBLOCK)
			return -EINVAL;
	}
	filp = fget(mqdes);
	info = mq_of_file(filp, 0);
	if (!info) {
		ret = -EBADF;
		goto out_fput;
	}
	spin_lock(&info->lock);
	omqstat = info->attr;
	omqstat.mq_flags = filp->f_flags & O_NONBLOCK;
	if (u_mqstat) {
		if (mqstat.mq_flags & O_NONBLOCK)
			filp->f_flags |= O_NONBLOCK;
		else
			filp->f_flags &= ~O_NONBLOCK;
		info->vfs_inode.i_atime = info->vfs_inode.i_ctime = current_kernel_time();
	}
	spin_unlock(&info->lock);
	if (u_omqstat && copy_to_user(u_omqstat, &omqstat, sizeof(omqstat)))
		ret = -EFAULT;
out_fput:
	if (filp)
		fput(filp);
	return ret;
}

static const struct inode_operations mqueue_dir_inode_operations = {
	.lookup = simple_lookup,
	.create = mqueue_create,
	.unlink = mqueue_unlink,
};

static const struct file_operations mqueue_file_operations = {
	.flush = mqueue_flush_file,
	.poll = mqueue_poll_file,
	.read = mqueue_read_file,
};

static const struct super_operations mqueue_super_ops = {
	.alloc_inode = mqueue_alloc_inode,
	.destroy_inode = mqueue_destroy_inode,
	.statfs = simple_statfs,
	.delete_inode = mqueue_delete_inode,
	.drop_inode = generic_delete_inode,
};

static struct file_system_type mqueue_fs_type = {
	.name = "mqueue",
	.get_sb = mqueue_get_sb,
	.kill_sb = kill_litter_super,
};

static int msg_max_limit_min = MIN_MSGMAX;
static int msg_max_limit_max = MAX_MSGMAX;
static int msg_maxsize_limit_min = MIN_MSGSIZEMAX;
static int msg_maxsize_limit_max = MAX_MSGSIZEMAX;

/* /proc/sys/fs/mqueue: a write changes what the next mq_open checks */
static struct ctl_table mq_sysctls[] = { { .procname = "queues_max",
					   .data = &mq_queues_max,
					   .maxlen = sizeof(int),
					   .mode = 0644,
					   .proc_handler = proc_dointvec },
					 { .procname = "msg_max",
					   .data = &mq_msg_max,
					   .maxlen = sizeof(int),
					   .mode = 0644,
					   .proc_handler = proc_dointvec_minmax,
					   .extra1 = &msg_max_limit_min,
					   .extra2 = &msg_max_limit_max },
					 { .procname = "msgsize_max",
					   .data = &mq_msgsize_max,
					   .maxlen = sizeof(int),
					   .mode = 0644,
					   .proc_handler = proc_dointvec_minmax,
					   .extra1 = &msg_maxsize_limit_min,
					   .extra2 = &msg_maxsize_limit_max },
					 {} };

static struct ctl_table mq_sysctl_dir[] = {
	{ .procname = "mqueue", .mode = 0555, .child = mq_sysctls },
	{}
};

static struct ctl_table mq_sysctl_root[] = {
	{ .procname = "fs", .mode = 0555, .child = mq_sysctl_dir },
	{}
};

/* Boot: the inode cache, /proc/sys/fs/mqueue, the file system and the kernel's mount of it */
static int __init init_mqueue_fs(void)
{
	mqueue_inode_cachep =
		kmem_cache_create("mqueue_inode_cache", sizeof(struct mqueue_inode_info), 0,
				  SLAB_HWCACHE_ALIGN | SLAB_PANIC, NULL);
	register_sysctl_table(mq_sysctl_root); /* a failure is not fatal, as 2.6.32 */
	if (register_filesystem(&mqueue_fs_type))
		panic("mqueue: cannot register the mqueue file system");
	mq_mnt = kern_mount(&mqueue_fs_type);
	if (IS_ERR(mq_mnt))
		panic("mqueue: cannot mount the mqueue file system: %ld", PTR_ERR(mq_mnt));
	return 0;
}
__initcall(init_mqueue_fs);
