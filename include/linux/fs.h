/*
 * fs.h - the virtual file system's objects and the operations behind them.
 *
 * Every file system answers the same questions through four tables of
 * operations, and the VFS (fs/) asks them only through those tables:
 *
 *   struct super_block   one mounted file system     super_operations
 *   struct inode         one file (data + metadata)  inode_operations, file_operations
 *   struct dentry        one name in a directory     dentry_operations   (linux/dcache.h)
 *   struct file          one open of an inode        file_operations
 *
 * open("/tmp/a") walks the names through the dentry cache (fs/namei.c),
 * reaches a dentry whose d_inode is the file, and makes a struct file
 * whose f_op comes from the inode's i_fop; read() and write() then call
 * f_op->read and f_op->write. A regular file's data lives in its
 * address_space, the page cache (linux/pagemap.h, mm/filemap.c); a
 * device node's i_fop is def_chr_fops, whose open swaps in the driver's
 * operations found by i_rdev (fs/char_dev.c:chrdev_open).
 *
 * The structures, operations and their signatures are Linux 2.6.32's,
 * without the fields for what Linnet lacks (quotas, locks, block
 * devices, notification, security modules). struct file has f_inode as
 * Linux 3.9 added it. See docs/files.md.
 */
#ifndef _LINUX_FS_H
#define _LINUX_FS_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/errno.h>
#include <linux/atomic.h>
#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/rwsem.h>
#include <linux/semaphore.h> /* 2.6.32 drivers find struct semaphore here */
#include <linux/time.h>
#include <linux/stat.h>
#include <linux/fcntl.h>
#include <linux/wait.h>
#include <linux/err.h>
#include <linux/module.h>
#include <linux/radix-tree.h>
#include <linux/path.h>
#include <linux/uio.h>
#include <linux/pid.h>
#include <linux/rwlock.h>
#include <linux/ioctl.h>
#include <linux/capability.h>
#include <linux/init.h>
#include <linux/dcache.h>

#define CHRDEV_MAJOR_DYN_START 234 /* dynamic majors count down from here, as Linux's */

typedef void *fl_owner_t;

#define MINORBITS 20
#define MINORMASK ((1U << MINORBITS) - 1)
#define MKDEV(ma, mi) (((ma) << MINORBITS) | (mi))
#define MAJOR(dev) ((unsigned int)((dev) >> MINORBITS))
#define MINOR(dev) ((unsigned int)((dev)&MINORMASK))

/* The user-visible 32-bit encoding of a dev_t (stat, mknod), as Linux's */
static inline u32 new_encode_dev(dev_t dev)
{
	unsigned int major = MAJOR(dev), minor = MINOR(dev);

	return (minor & 0xff) | (major << 8) | ((minor & ~0xffU) << 12);
}

static inline dev_t new_decode_dev(u32 dev)
{
	unsigned int major = (dev & 0xfff00) >> 8, minor = (dev & 0xff) | ((dev >> 12) & 0xfff00);

	return MKDEV(major, minor);
}

#define NR_OPEN (1024 * 1024) /* the most fds a table may grow to (sysctl_nr_open) */
#define INR_OPEN 1024 /* RLIMIT_NOFILE's default */
#define NAME_MAX 255
#define PATH_MAX 4096
#define MAX_NON_LFS ((1UL << 31) - 1)
#if BITS_PER_LONG == 32
#define MAX_LFS_FILESIZE (((u64)PAGE_CACHE_SIZE << (BITS_PER_LONG - 1)) - 1)
#else /* as 2.6.32 for 64 bits: the host build (tests/fuzz/vfs_host.c) */
#define MAX_LFS_FILESIZE 0x7fffffffffffffffLL
#endif

/* READ, WRITE - the direction of a transfer (rw_verify_area, readv/writev) */
#define READ 0
#define WRITE 1

#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#define SEEK_MAX SEEK_END

/* f_mode bits */
#define FMODE_READ ((fmode_t)0x1)
#define FMODE_WRITE ((fmode_t)0x2)
#define FMODE_LSEEK ((fmode_t)0x4)
#define FMODE_PREAD ((fmode_t)0x8)
#define FMODE_PWRITE ((fmode_t)0x10)

/* inode_permission()'s mask */
#define MAY_EXEC 1
#define MAY_WRITE 2
#define MAY_READ 4
#define MAY_APPEND 8
#define MAY_ACCESS 16
#define MAY_OPEN 32

/* The file types readdir reports (d_type), Linux's */
#define DT_UNKNOWN 0
#define DT_FIFO 1
#define DT_CHR 2
#define DT_DIR 4
#define DT_BLK 6
#define DT_REG 8
#define DT_LNK 10
#define DT_SOCK 12

/* Mount flags (sb->s_flags and mount(2)'s flags), Linux's */
#define MS_RDONLY 1
#define MS_NOSUID 2
#define MS_NODEV 4
#define MS_NOEXEC 8
#define MS_REMOUNT 32
#define MS_BIND 4096
#define MS_MOVE 8192
#define MS_SILENT 32768
#define MS_NOUSER (1U << 31)
#define MS_ACTIVE (1 << 30)
#define MS_KERNMOUNT (1 << 22)
#define MNT_FORCE 0x1
#define MNT_DETACH 0x2

/* file_system_type->fs_flags */
#define FS_REQUIRES_DEV 1
#define FS_BINARY_MOUNTDATA 2

/* struct iattr's ia_valid */
#define ATTR_MODE (1 << 0)
#define ATTR_UID (1 << 1)
#define ATTR_GID (1 << 2)
#define ATTR_SIZE (1 << 3)
#define ATTR_ATIME (1 << 4)
#define ATTR_MTIME (1 << 5)
#define ATTR_CTIME (1 << 6)
#define ATTR_ATIME_SET (1 << 7)
#define ATTR_MTIME_SET (1 << 8)
#define ATTR_FORCE (1 << 9)
#define ATTR_TIMES_SET (1 << 16)

/* inode->i_state */
#define I_NEW 8
#define I_FREEING 16
#define I_CLEAR 32

#define AOP_FLAG_UNINTERRUPTIBLE 0x0001

struct page;
struct module;
struct poll_table_struct;
struct vm_area_struct;
struct seq_file;
struct cdev;
struct nameidata;
struct kstatfs;
struct kiocb;
struct pipe_inode_info;
struct writeback_control;
struct file;
struct files_struct;
struct fs_struct;
struct dentry;
struct vfsmount;
struct address_space;

/*
 * filldir_t - readdir's callback: one entry (name, its length, the
 * position after it, inode number, DT_* type); nonzero stops the walk.
 */
typedef int (*filldir_t)(void *, const char *, int, loff_t, u64, unsigned);

/**
 * struct iattr - a change to an inode's attributes (chmod, truncate...)
 * @ia_valid: which of the fields below to apply (ATTR_*)
 * @ia_mode: new mode
 * @ia_uid: new owner
 * @ia_gid: new group
 * @ia_size: new size
 * @ia_atime: new access time
 * @ia_mtime: new modification time
 * @ia_ctime: new change time
 */
struct iattr {
	unsigned int ia_valid;
	umode_t ia_mode;
	uid_t ia_uid;
	gid_t ia_gid;
	loff_t ia_size;
	struct timespec ia_atime;
	struct timespec ia_mtime;
	struct timespec ia_ctime;
};

/**
 * struct address_space_operations - how a file system moves pages of a file
 * @writepage: write a dirty page back (ramfs has none: its pages never leave memory)
 * @readpage: fill a locked, not-uptodate page from the backing store, unlock it
 * @set_page_dirty: mark a page dirty
 * @write_begin: get the locked page a write of @len bytes at @pos goes into
 * @write_end: finish such a write: @copied bytes arrived; unlock and release the page
 */
struct address_space_operations {
	int (*writepage)(struct page *page, struct writeback_control *wbc);
	int (*readpage)(struct file *file, struct page *page);
	int (*set_page_dirty)(struct page *page);
	int (*write_begin)(struct file *file, struct address_space *mapping, loff_t pos,
			   unsigned len, unsigned flags, struct page **pagep, void **fsdata);
	int (*write_end)(struct file *file, struct address_space *mapping, loff_t pos, unsigned len,
			 unsigned copied, struct page *page, void *fsdata);
};

/**
 * struct address_space - the page cache of one file
 * @host: the inode it caches
 * @page_tree: the cached pages, by index (offset / PAGE_CACHE_SIZE)
 * @tree_lock: protects @page_tree and @nrpages
 * @nrpages: how many pages are cached
 * @a_ops: the file system's page operations
 * @flags: the gfp mask its pages are allocated with
 * @i_mmap: the vmas that map this file (linked by vm_area_struct.shared)
 * @i_mmap_lock: protects @i_mmap
 */
struct address_space {
	struct inode *host;
	struct radix_tree_root page_tree;
	spinlock_t tree_lock;
	unsigned long nrpages;
	const struct address_space_operations *a_ops;
	unsigned long flags;
	struct list_head i_mmap;
	spinlock_t i_mmap_lock;
};

/**
 * struct inode - one file of a file system
 * @i_hash: in the inode hash (iget_locked's lookup), if hashed
 * @i_list: on the list of unused inodes while its count is 0
 * @i_sb_list: on its super block's list of inodes
 * @i_dentry: the dentries (names) that point at it
 * @i_ino: its number within the file system
 * @i_count: the references to it (iget/iput)
 * @i_nlink: its hard links; at 0 it goes away with the last reference
 * @i_uid: owner
 * @i_gid: group
 * @i_rdev: the device a device node stands for
 * @i_size: the size in bytes
 * @i_atime: last access
 * @i_mtime: last modification of the data
 * @i_ctime: last change of the inode
 * @i_blocks: 512-byte blocks used
 * @i_blkbits: log2 of the block size
 * @i_mode: type and permissions
 * @i_lock: protects @i_state and the like
 * @i_mutex: serialises changes to the inode (a directory's entries, a file's size)
 * @i_op: what can be done to the inode
 * @i_fop: what an open of it does (copied into struct file's f_op)
 * @i_sb: its file system
 * @i_mapping: the page cache its data lives in (normally &@i_data)
 * @i_data: its own address_space
 * @i_pipe: the pipe, if it is one
 * @i_cdev: the character device, once chrdev_open() found it
 * @i_state: I_NEW while being set up, I_FREEING on the way out
 * @i_flags: S_DEAD once a directory is removed
 * @i_generation: a version number for the inode number
 * @i_private: the file system's pointer
 * @i_writecount: opens for writing (> 0), or mappings that deny writing
 *                (< 0: a running program's text); see get_write_access()
 * @i_flock: the record and flock locks on the file (fs/locks.c): flock
 *           locks first, then POSIX locks grouped by owner, by start
 * @i_fsnotify_mask: the OR of the masks of @i_fsnotify_mark_entries: the
 *                   events someone watches for here (0: nobody, the VFS's
 *                   hooks stop at this test; include/linux/fsnotify.h)
 * @i_fsnotify_mark_entries: the fsnotify marks on the inode (inotify watches)
 */
struct inode {
	struct hlist_node i_hash;
	struct list_head i_list;
	struct list_head i_sb_list;
	struct list_head i_dentry;
	unsigned long i_ino;
	atomic_t i_count;
	unsigned int i_nlink;
	uid_t i_uid;
	gid_t i_gid;
	dev_t i_rdev;
	loff_t i_size;
	struct timespec i_atime;
	struct timespec i_mtime;
	struct timespec i_ctime;
	blkcnt_t i_blocks;
	unsigned int i_blkbits;
	umode_t i_mode;
	spinlock_t i_lock;
	struct mutex i_mutex;
	const struct inode_operations *i_op;
	const struct file_operations *i_fop;
	struct super_block *i_sb;
	struct address_space *i_mapping;
	struct address_space i_data;
	struct pipe_inode_info *i_pipe;
	struct cdev *i_cdev;
	unsigned long i_state;
	unsigned int i_flags;
	u32 i_generation;
	void *i_private;
	atomic_t i_writecount;
	struct file_lock *i_flock;
	__u32 i_fsnotify_mask;
	struct hlist_head i_fsnotify_mark_entries;
};

/**
 * struct fown_struct - who gets SIGIO for a file (fcntl F_SETOWN, F_SETSIG)
 * @lock: taken to read or change the owner (kill_fasync reads it from
 *        interrupt handlers, so writers hold it with interrupts off)
 * @pid: the owner's number (a thread, a process or a group), 0 for none
 * @pid_type: PIDTYPE_PID (a process), PIDTYPE_PGID (a process group) or
 *            PIDTYPE_MAX (one thread: F_OWNER_TID)
 * @uid: the real uid of whoever set the owner (fs/fcntl.c:sigio_perm)
 * @euid: its effective uid
 * @signum: the signal to send instead of SIGIO, 0 for plain SIGIO
 *
 * 2.6.32 holds a counted struct pid, which outlives its process, so a
 * reused number never gets another's SIGIO; Linnet has no struct pid
 * and keeps the number, which can only be reused after the pid map
 * wraps (fs/fcntl.c's opening comment says so).
 */
struct fown_struct {
	rwlock_t lock;
	pid_t pid;
	enum pid_type pid_type;
	uid_t uid, euid;
	int signum;
};

/**
 * struct fasync_struct - one file on a driver's list of SIGIO receivers
 * @magic: FASYNC_MAGIC, checked by __kill_fasync()
 * @fa_fd: the descriptor the owner set FASYNC through (si_fd)
 * @fa_next: the next entry
 * @fa_file: the file, whose f_owner gets the signal
 */
struct fasync_struct {
	int magic;
	int fa_fd;
	struct fasync_struct *fa_next;
	struct file *fa_file;
};

#define FASYNC_MAGIC 0x4601

int fasync_helper(int fd, struct file *filp, int on, struct fasync_struct **fapp);
void kill_fasync(struct fasync_struct **fp, int sig, int band);
void __kill_fasync(struct fasync_struct *fa, int sig, int band);
int __f_setown(struct file *filp, pid_t pid, enum pid_type type, int force);
int f_setown(struct file *filp, unsigned long arg, int force);
void f_delown(struct file *filp);
pid_t f_getown(struct file *filp);
void send_sigio(struct fown_struct *fown, int fd, int band);
int send_sigurg(struct fown_struct *fown);

/* struct file_lock's fl_flags */
#define FL_POSIX 1 /* a record lock: fcntl F_SETLK */
#define FL_FLOCK 2 /* a whole-file lock: flock(2) */
#define FL_ACCESS 8 /* only test for a conflict */
#define FL_EXISTS 16 /* F_UNLCK must find a lock */
#define FL_CLOSE 64 /* released by close() */
#define FL_SLEEP 128 /* a blocking request (F_SETLKW, flock without LOCK_NB) */

#define OFFSET_MAX ((loff_t)0x7fffffffffffffffLL)
#define OFFT_OFFSET_MAX ((loff_t)0x7fffffffL)

/**
 * struct file_lock - a lock on a range of a file, or a request waiting for one
 * @fl_next: the next lock on the inode's i_flock list; for a waiting
 *           request, the lock it waits on
 * @fl_link: link in the list of all locks, or of the blocked requests
 * @fl_block: the requests waiting on this lock (their @fl_block links)
 * @fl_owner: who owns it: the files_struct of the process (POSIX)
 * @fl_flags: FL_POSIX or FL_FLOCK, with FL_SLEEP...
 * @fl_type: F_RDLCK, F_WRLCK or F_UNLCK
 * @fl_pid: the owner's process id (F_GETLK's l_pid)
 * @fl_wait: where a blocked request sleeps
 * @fl_file: the file it was taken through
 * @fl_start: the first byte
 * @fl_end: the last byte (OFFSET_MAX: to the end, whatever the size)
 */
struct file_lock {
	struct file_lock *fl_next;
	struct list_head fl_link;
	struct list_head fl_block;
	fl_owner_t fl_owner;
	unsigned int fl_flags;
	unsigned char fl_type;
	pid_t fl_pid;
	wait_queue_head_t fl_wait;
	struct file *fl_file;
	loff_t fl_start;
	loff_t fl_end;
};

struct flock;
struct flock64;
int fcntl_getlk(struct file *filp, struct flock __user *l);
int fcntl_setlk(unsigned int fd, struct file *filp, unsigned int cmd, struct flock __user *l);
int fcntl_getlk64(struct file *filp, struct flock64 __user *l);
int fcntl_setlk64(unsigned int fd, struct file *filp, unsigned int cmd, struct flock64 __user *l);
void locks_remove_posix(struct file *filp, fl_owner_t owner);
void locks_remove_flock(struct file *filp);
int posix_lock_file(struct file *filp, struct file_lock *fl, struct file_lock *conflock);
void posix_test_lock(struct file *filp, struct file_lock *fl);

/**
 * struct file - one open of a file: its position and mode
 * @f_u: the list the file is on (its super block's open files)
 * @f_path: the name it was opened by (mount and dentry)
 * @f_inode: the inode, as Linux 3.9 added it (f_path.dentry->d_inode)
 * @f_op: the operations (the inode's i_fop, or what its open swapped in)
 * @f_count: references (one per fd, plus fget()s in progress)
 * @f_flags: the O_* flags it was opened with
 * @f_lock: guards @f_flags' FASYNC against F_SETFL and fasync_helper()
 * @f_mode: FMODE_READ / FMODE_WRITE / FMODE_LSEEK...
 * @f_pos: the file position
 * @f_owner: who gets SIGIO (F_SETOWN)
 * @f_version: changed when the position moves (directories cache by it)
 * @private_data: the driver's or file system's pointer
 * @f_mapping: the page cache of its data
 * @f_ep_links: the epoll items watching this file (fs/eventpoll.c)
 */
struct file {
	union {
		struct list_head fu_list;
	} f_u;
	struct path f_path;
#define f_dentry f_path.dentry
#define f_vfsmnt f_path.mnt
	struct inode *f_inode;
	const struct file_operations *f_op;
	atomic_t f_count;
	unsigned int f_flags;
	spinlock_t f_lock;
	fmode_t f_mode;
	loff_t f_pos;
	struct fown_struct f_owner;
	u64 f_version;
	void *private_data;
	struct address_space *f_mapping;
	struct list_head f_ep_links;
};

/**
 * struct file_operations - what an open file can do
 * @owner: the module that provides the operations (THIS_MODULE; unused)
 * @llseek: change f_pos; NULL means the default, no_llseek() refuses
 * @read: copy up to @count bytes to @buf; the count, 0 at end of file, or a
 *        negative errno (-EAGAIN with O_NONBLOCK, -ERESTARTSYS on a signal)
 * @write: take up to @count bytes from @buf; the count or a negative errno
 * @aio_read: the same for a vector of buffers (what do_sync_read() calls)
 * @aio_write: the same for writes
 * @readdir: call the filldir_t for each entry from f_pos on
 * @poll: the POLL* events ready now, registering on wait queues through poll_wait()
 * @ioctl: a device-specific command, with the inode, as 2.6.32 still had it
 * @unlocked_ioctl: the same without the big kernel lock; -ENOTTY if not understood
 * @mmap: map the file into an address space
 * @open: set up the file (private_data); 0 or a negative errno
 * @flush: called at each close of a descriptor
 * @release: the last close
 * @fasync: O_ASYNC (F_SETFL, FIOASYNC) turned on or off: put the file on
 *          or off the driver's fasync list (fasync_helper()); <0 an errno
 * @fsync: make the data durable
 * @splice_write: splice(2) from a pipe into the file (NULL: fs/splice.c copies
 *                through @write)
 * @splice_read: splice(2) from the file into a pipe (NULL: through @read)
 */
struct file_operations {
	struct module *owner;
	loff_t (*llseek)(struct file *file, loff_t offset, int origin);
	ssize_t (*read)(struct file *file, char __user *buf, size_t count, loff_t *ppos);
	ssize_t (*write)(struct file *file, const char __user *buf, size_t count, loff_t *ppos);
	ssize_t (*aio_read)(struct kiocb *iocb, const struct iovec *iov, unsigned long nr_segs,
			    loff_t pos);
	ssize_t (*aio_write)(struct kiocb *iocb, const struct iovec *iov, unsigned long nr_segs,
			     loff_t pos);
	int (*readdir)(struct file *file, void *dirent, filldir_t filldir);
	unsigned int (*poll)(struct file *file, struct poll_table_struct *wait);
	int (*ioctl)(struct inode *inode, struct file *file, unsigned int cmd, unsigned long arg);
	long (*unlocked_ioctl)(struct file *file, unsigned int cmd, unsigned long arg);
	int (*mmap)(struct file *file, struct vm_area_struct *vma);
	int (*open)(struct inode *inode, struct file *file);
	int (*flush)(struct file *file, fl_owner_t id);
	int (*release)(struct inode *inode, struct file *file);
	int (*fasync)(int fd, struct file *file, int on);
	int (*fsync)(struct file *file, struct dentry *dentry, int datasync);
	ssize_t (*splice_write)(struct pipe_inode_info *pipe, struct file *out, loff_t *ppos,
				size_t len, unsigned int flags);
	ssize_t (*splice_read)(struct file *in, loff_t *ppos, struct pipe_inode_info *pipe,
			       size_t len, unsigned int flags);
};

/**
 * struct inode_operations - what can be done to an inode
 * @create: make a regular file for the negative @dentry in directory @dir
 * @lookup: find @dentry's name in @dir; d_add() the inode or NULL (negative)
 * @link: a new name @dentry in @dir for @old_dentry's inode
 * @unlink: remove the name @dentry from @dir
 * @symlink: make @dentry a symbolic link to @symname
 * @mkdir: make @dentry a directory
 * @rmdir: remove the (empty) directory @dentry
 * @mknod: make @dentry a device node, FIFO or socket
 * @rename: move @old_dentry in @old_dir to @new_dentry in @new_dir
 * @readlink: copy a symlink's target to @buffer
 * @follow_link: set the target with nd_set_link(); return a cookie for @put_link
 * @put_link: release what @follow_link kept
 * @truncate: drop the blocks past i_size (after vmtruncate())
 * @permission: may the caller access the inode as @mask (MAY_*) asks?
 * @setattr: apply an iattr (chmod, chown, truncate)
 * @getattr: fill a kstat
 * @setxattr: set an extended attribute (fs/xattr.c; NULL: -EOPNOTSUPP)
 * @getxattr: read one: its size, or -ENODATA, -ERANGE
 * @listxattr: the names, each NUL-terminated: their size
 * @removexattr: remove one
 * @fallocate: reserve blocks for [@offset, @offset + @len) (fallocate(2);
 *             NULL: -EOPNOTSUPP, as every Linnet file system)
 */
struct inode_operations {
	int (*create)(struct inode *dir, struct dentry *dentry, int mode, struct nameidata *nd);
	struct dentry *(*lookup)(struct inode *dir, struct dentry *dentry, struct nameidata *nd);
	int (*link)(struct dentry *old_dentry, struct inode *dir, struct dentry *dentry);
	int (*unlink)(struct inode *dir, struct dentry *dentry);
	int (*symlink)(struct inode *dir, struct dentry *dentry, const char *symname);
	int (*mkdir)(struct inode *dir, struct dentry *dentry, int mode);
	int (*rmdir)(struct inode *dir, struct dentry *dentry);
	int (*mknod)(struct inode *dir, struct dentry *dentry, int mode, dev_t dev);
	int (*rename)(struct inode *old_dir, struct dentry *old_dentry, struct inode *new_dir,
		      struct dentry *new_dentry);
	int (*readlink)(struct dentry *dentry, char __user *buffer, int buflen);
	void *(*follow_link)(struct dentry *dentry, struct nameidata *nd);
	void (*put_link)(struct dentry *dentry, struct nameidata *nd, void *cookie);
	void (*truncate)(struct inode *inode);
	int (*permission)(struct inode *inode, int mask);
	int (*setattr)(struct dentry *dentry, struct iattr *attr);
	int (*getattr)(struct vfsmount *mnt, struct dentry *dentry, struct kstat *stat);
	int (*setxattr)(struct dentry *dentry, const char *name, const void *value, size_t size,
			int flags);
	ssize_t (*getxattr)(struct dentry *dentry, const char *name, void *value, size_t size);
	ssize_t (*listxattr)(struct dentry *dentry, char *list, size_t size);
	int (*removexattr)(struct dentry *dentry, const char *name);
	long (*fallocate)(struct inode *inode, int mode, loff_t offset, loff_t len);
};

/**
 * struct super_operations - what a mounted file system does with its inodes
 * @alloc_inode: allocate an inode (NULL: the VFS's own cache)
 * @destroy_inode: free what @alloc_inode gave
 * @dirty_inode: the inode changed
 * @write_inode: write the inode back
 * @drop_inode: the last reference went: keep the inode cached or delete it
 * @delete_inode: an inode with no links and no references: free its data
 * @put_super: the file system is being unmounted
 * @statfs: fill a kstatfs
 * @remount_fs: change the mount options
 * @clear_inode: the inode is being freed
 * @show_options: print the mount options for /proc/mounts
 */
struct super_operations {
	struct inode *(*alloc_inode)(struct super_block *sb);
	void (*destroy_inode)(struct inode *inode);
	void (*dirty_inode)(struct inode *inode);
	int (*write_inode)(struct inode *inode, int wait);
	void (*drop_inode)(struct inode *inode);
	void (*delete_inode)(struct inode *inode);
	void (*put_super)(struct super_block *sb);
	int (*statfs)(struct dentry *dentry, struct kstatfs *buf);
	int (*remount_fs)(struct super_block *sb, int *flags, char *data);
	void (*clear_inode)(struct inode *inode);
	int (*show_options)(struct seq_file *m, struct vfsmount *mnt);
};

/**
 * struct super_block - one mounted (or mountable) file system
 * @s_list: on the list of all super blocks
 * @s_dev: its device number (an anonymous one for ramfs, procfs...)
 * @s_blocksize: its block size
 * @s_blocksize_bits: log2 of it
 * @s_maxbytes: the largest file
 * @s_type: its file system type
 * @s_op: its operations
 * @s_flags: MS_* flags
 * @s_magic: the number statfs() reports
 * @s_root: the dentry of its root directory
 * @s_umount: held while mounting and unmounting it
 * @s_count: references to the structure
 * @s_active: active references (mounts)
 * @s_inodes: all its inodes
 * @s_files: its open files
 * @s_instances: on its type's list of super blocks
 * @s_fs_info: the file system's private data
 * @s_vfs_rename_mutex: held by a rename between two directories (lock_rename)
 * @s_id: a name, for messages
 */
struct super_block {
	struct list_head s_list;
	dev_t s_dev;
	unsigned long s_blocksize;
	unsigned char s_blocksize_bits;
	loff_t s_maxbytes;
	struct file_system_type *s_type;
	const struct super_operations *s_op;
	unsigned long s_flags;
	unsigned long s_magic;
	struct dentry *s_root;
	struct rw_semaphore s_umount;
	int s_count;
	atomic_t s_active;
	struct list_head s_inodes;
	struct list_head s_files;
	struct list_head s_instances;
	void *s_fs_info;
	struct mutex s_vfs_rename_mutex;
	char s_id[32];
};

/**
 * struct file_system_type - a kind of file system that can be mounted
 * @name: its name, as mount -t and /proc/filesystems give it
 * @fs_flags: FS_REQUIRES_DEV...
 * @get_sb: make (or find) a super block and set @mnt up on it
 * @kill_sb: tear a super block down at the last unmount
 * @owner: its module (unused)
 * @next: the next registered type
 * @fs_supers: its super blocks
 */
struct file_system_type {
	const char *name;
	int fs_flags;
	int (*get_sb)(struct file_system_type *fs_type, int flags, const char *dev_name, void *data,
		      struct vfsmount *mnt);
	void (*kill_sb)(struct super_block *sb);
	struct module *owner;
	struct file_system_type *next;
	struct list_head fs_supers;
};

/* fs/super.c */
int get_sb_nodev(struct file_system_type *fs_type, int flags, void *data,
		 int (*fill_super)(struct super_block *, void *, int), struct vfsmount *mnt);
int get_sb_single(struct file_system_type *fs_type, int flags, void *data,
		  int (*fill_super)(struct super_block *, void *, int), struct vfsmount *mnt);
struct super_block *sget(struct file_system_type *type, int (*test)(struct super_block *, void *),
			 int (*set)(struct super_block *, void *), void *data);
int set_anon_super(struct super_block *s, void *data);
void kill_anon_super(struct super_block *sb);
void kill_litter_super(struct super_block *sb);
void deactivate_super(struct super_block *sb);
struct super_block *user_get_super(dev_t dev);
void drop_super(struct super_block *sb);
void generic_shutdown_super(struct super_block *sb);
void simple_set_mnt(struct vfsmount *mnt, struct super_block *sb);
int vfs_statfs(struct dentry *dentry, struct kstatfs *buf);
extern struct list_head super_blocks;

/* fs/filesystems.c */
int register_filesystem(struct file_system_type *fs);
int unregister_filesystem(struct file_system_type *fs);
struct file_system_type *get_fs_type(const char *name);
int get_filesystem_list(char *buf, int size);

/* fs/inode.c */
void inode_init_once(struct inode *inode);
struct inode *new_inode(struct super_block *sb);
struct inode *iget_locked(struct super_block *sb, unsigned long ino);
void unlock_new_inode(struct inode *inode);
void __insert_inode_hash(struct inode *inode, unsigned long hashval);
void remove_inode_hash(struct inode *inode);
struct inode *igrab(struct inode *inode);
void iput(struct inode *inode);
void generic_delete_inode(struct inode *inode);
void generic_drop_inode(struct inode *inode);
void clear_inode(struct inode *inode);
int invalidate_inodes(struct super_block *sb);
void init_special_inode(struct inode *inode, umode_t mode, dev_t rdev);
void touch_atime(struct vfsmount *mnt, struct dentry *dentry);
void file_update_time(struct file *file);
struct timespec current_fs_time(struct super_block *sb);
unsigned long get_next_ino(void);
void inode_init(void);
extern atomic_t nr_inodes;

static inline void insert_inode_hash(struct inode *inode)
{
	__insert_inode_hash(inode, inode->i_ino);
}

/* i_size_read/i_size_write - the size; one CPU needs no seqcount around it */
static inline loff_t i_size_read(const struct inode *inode)
{
	return inode->i_size;
}

static inline void i_size_write(struct inode *inode, loff_t i_size)
{
	inode->i_size = i_size;
}

static inline void mark_inode_dirty(struct inode *inode)
{
	if (inode->i_sb->s_op->dirty_inode)
		inode->i_sb->s_op->dirty_inode(inode);
}

static inline void inc_nlink(struct inode *inode)
{
	inode->i_nlink++;
}

static inline void drop_nlink(struct inode *inode)
{
	inode->i_nlink--;
}

static inline void clear_nlink(struct inode *inode)
{
	inode->i_nlink = 0;
}

static inline void inode_inc_link_count(struct inode *inode)
{
	inc_nlink(inode);
	mark_inode_dirty(inode);
}

static inline void inode_dec_link_count(struct inode *inode)
{
	drop_nlink(inode);
	mark_inode_dirty(inode);
}

/* fs/attr.c */
int inode_change_ok(const struct inode *inode, struct iattr *attr);
int inode_setattr(struct inode *inode, const struct iattr *attr);
int notify_change(struct dentry *dentry, struct iattr *attr);

/* fs/namei.c */
int inode_permission(struct inode *inode, int mask);

/* The file's owner (by fsuid), or CAP_FOWNER: who may chmod it, set its times... */
#define is_owner_or_cap(inode) (current_fsuid() == (inode)->i_uid || capable(CAP_FOWNER))
int generic_permission(struct inode *inode, int mask, int (*check_acl)(struct inode *, int));
int vfs_create(struct inode *dir, struct dentry *dentry, int mode, struct nameidata *nd);
int vfs_mkdir(struct inode *dir, struct dentry *dentry, int mode);
int vfs_mknod(struct inode *dir, struct dentry *dentry, int mode, dev_t dev);
int vfs_symlink(struct inode *dir, struct dentry *dentry, const char *oldname);
int vfs_link(struct dentry *old_dentry, struct inode *dir, struct dentry *new_dentry);
int vfs_rmdir(struct inode *dir, struct dentry *dentry);
int vfs_unlink(struct inode *dir, struct dentry *dentry);
int vfs_rename(struct inode *old_dir, struct dentry *old_dentry, struct inode *new_dir,
	       struct dentry *new_dentry);
int vfs_readlink(struct dentry *dentry, char __user *buffer, int buflen, const char *link);
int vfs_follow_link(struct nameidata *nd, const char *link);
struct dentry *lock_rename(struct dentry *p1, struct dentry *p2);
void unlock_rename(struct dentry *p1, struct dentry *p2);
int page_readlink(struct dentry *dentry, char __user *buffer, int buflen);
void *page_follow_link_light(struct dentry *dentry, struct nameidata *nd);
void page_put_link(struct dentry *dentry, struct nameidata *nd, void *cookie);
int page_symlink(struct inode *inode, const char *symname, int len);
extern const struct inode_operations page_symlink_inode_operations;
char *getname(const char __user *filename);
void putname(const char *name);
long do_fallocate(struct file *file, int mode, loff_t offset, loff_t len);
struct file *do_filp_open(int dfd, const char *pathname, int open_flag, int mode, int acc_mode);

/* fs/open.c */
long do_sys_open(int dfd, const char __user *filename, int flags, int mode);
struct file *filp_open(const char *filename, int flags, int mode);
struct file *dentry_open(struct dentry *dentry, struct vfsmount *mnt, int flags);
struct file *__dentry_open(struct dentry *dentry, struct vfsmount *mnt, struct file *f);
int filp_close(struct file *filp, fl_owner_t id);
int do_truncate(struct dentry *dentry, loff_t length, unsigned int time_attrs, struct file *filp);
int generic_file_open(struct inode *inode, struct file *filp);
int nonseekable_open(struct inode *inode, struct file *filp);

/* fs/read_write.c */
ssize_t vfs_read(struct file *file, char __user *buf, size_t count, loff_t *pos);
ssize_t vfs_write(struct file *file, const char __user *buf, size_t count, loff_t *pos);
loff_t vfs_llseek(struct file *file, loff_t offset, int origin);
loff_t generic_file_llseek(struct file *file, loff_t offset, int origin);
loff_t default_llseek(struct file *file, loff_t offset, int origin);
loff_t no_llseek(struct file *file, loff_t offset, int origin);
ssize_t do_sync_read(struct file *filp, char __user *buf, size_t len, loff_t *ppos);
ssize_t do_sync_write(struct file *filp, const char __user *buf, size_t len, loff_t *ppos);
int rw_verify_area(int read_write, struct file *file, loff_t *ppos, size_t count);
int kernel_read(struct file *file, unsigned long offset, char *addr, unsigned long count);

/* fs/readdir.c */
int vfs_readdir(struct file *file, filldir_t filler, void *buf);

/* fs/stat.c */
void generic_fillattr(struct inode *inode, struct kstat *stat);
int vfs_getattr(struct vfsmount *mnt, struct dentry *dentry, struct kstat *stat);
int vfs_stat(char __user *name, struct kstat *stat);
int vfs_lstat(char __user *name, struct kstat *stat);
int vfs_fstat(unsigned int fd, struct kstat *stat);
int vfs_fstatat(int dfd, char __user *filename, struct kstat *stat, int flag);
void inode_add_bytes(struct inode *inode, loff_t bytes);
void inode_sub_bytes(struct inode *inode, loff_t bytes);

/* fs/file_table.c */
struct file *get_empty_filp(void);
void fput(struct file *file);
void put_filp(struct file *file);
struct file *fget(unsigned int fd);
struct file *fget_light(unsigned int fd, int *fput_needed);
void files_init(unsigned long mempages);
void file_move(struct file *file, struct list_head *list);
#define get_file(x) atomic_inc(&(x)->f_count)
#define file_count(x) atomic_read(&(x)->f_count)

/* fs/sync.c */
int vfs_fsync(struct file *file, struct dentry *dentry, int datasync);

/* fs/namei.c: writers against running programs (-ETXTBSY) */
int get_write_access(struct inode *inode);
int deny_write_access(struct file *file);

/* put_write_access - drop what get_write_access() took */
static inline void put_write_access(struct inode *inode)
{
	atomic_dec(&inode->i_writecount);
}

/* allow_write_access - drop what deny_write_access() took (a NULL file is nothing) */
static inline void allow_write_access(struct file *file)
{
	if (file)
		atomic_inc(&file->f_inode->i_writecount);
}

/**
 * struct files_stat_struct - the system-wide count of open files
 * @nr_files: open now
 * @nr_free_files: cached free ones (always 0 in Linnet)
 * @max_files: the most there may be (file-max); -ENFILE beyond
 */
struct files_stat_struct {
	int nr_files;
	int nr_free_files;
	int max_files;
};
extern struct files_stat_struct files_stat;

/* fs/char_dev.c */
int register_chrdev(unsigned int major, const char *name, const struct file_operations *fops);
void unregister_chrdev(unsigned int major, const char *name);
void chrdev_show(void (*print)(void *arg, const char *fmt, ...), void *arg);
int chrdev_open(struct inode *inode, struct file *filp);
void cd_forget(struct inode *inode);
extern const struct file_operations def_chr_fops;
extern const struct file_operations def_fifo_fops;

/* fs/pipe.c */
extern const struct file_operations read_pipefifo_fops;
extern const struct file_operations write_pipefifo_fops;
extern const struct file_operations rdwr_pipefifo_fops;
int do_pipe_flags(int *fd, int flags);

/* fs/libfs.c */
int simple_getattr(struct vfsmount *mnt, struct dentry *dentry, struct kstat *stat);
int simple_statfs(struct dentry *dentry, struct kstatfs *buf);
struct dentry *simple_lookup(struct inode *dir, struct dentry *dentry, struct nameidata *nd);
int simple_link(struct dentry *old_dentry, struct inode *dir, struct dentry *dentry);
int simple_unlink(struct inode *dir, struct dentry *dentry);
int simple_rmdir(struct inode *dir, struct dentry *dentry);
int simple_rename(struct inode *old_dir, struct dentry *old_dentry, struct inode *new_dir,
		  struct dentry *new_dentry);
int simple_empty(struct dentry *dentry);
ssize_t simple_read_from_buffer(void __user *to, size_t count, loff_t *ppos, const void *from,
				size_t available);
ssize_t simple_write_to_buffer(void *to, size_t available, loff_t *ppos, const void __user *from,
			       size_t count);
int simple_readpage(struct file *file, struct page *page);
int simple_write_begin(struct file *file, struct address_space *mapping, loff_t pos, unsigned len,
		       unsigned flags, struct page **pagep, void **fsdata);
int simple_write_end(struct file *file, struct address_space *mapping, loff_t pos, unsigned len,
		     unsigned copied, struct page *page, void *fsdata);
int simple_sync_file(struct file *file, struct dentry *dentry, int datasync);
int simple_delete_dentry(struct dentry *dentry);
int dcache_dir_open(struct inode *inode, struct file *file);
int dcache_dir_close(struct inode *inode, struct file *file);
loff_t dcache_dir_lseek(struct file *file, loff_t offset, int origin);
int dcache_readdir(struct file *filp, void *dirent, filldir_t filldir);
ssize_t generic_read_dir(struct file *filp, char __user *buf, size_t siz, loff_t *ppos);
int get_sb_pseudo(struct file_system_type *fs_type, char *name, const struct super_operations *ops,
		  unsigned long magic, struct vfsmount *mnt);
extern const struct file_operations simple_dir_operations;
extern const struct inode_operations simple_dir_inode_operations;

/**
 * struct tree_descr - one file simple_fill_super() makes in a new root
 * @name: its name ("" ends the array)
 * @ops: its file operations
 * @mode: its permissions
 */
struct tree_descr {
	char *name;
	const struct file_operations *ops;
	int mode;
};
int simple_fill_super(struct super_block *s, int magic, struct tree_descr *files);
int simple_pin_fs(struct file_system_type *type, struct vfsmount **mount, int *count);
void simple_release_fs(struct vfsmount **mount, int *count);

int simple_attr_open(struct inode *inode, struct file *file, int (*get)(void *, u64 *),
		     int (*set)(void *, u64), const char *fmt);
int simple_attr_release(struct inode *inode, struct file *file);
ssize_t simple_attr_read(struct file *file, char __user *buf, size_t len, loff_t *ppos);
ssize_t simple_attr_write(struct file *file, const char __user *buf, size_t len, loff_t *ppos);

/* Checks the format against a u64 at compile time (DEFINE_SIMPLE_ATTRIBUTE) */
static inline __printf(1, 2) void __simple_attr_check_format(const char *fmt, ...)
{
}

/*
 * DEFINE_SIMPLE_ATTRIBUTE - file operations @__fops for a file holding one
 * number: read prints __get()'s value with @__fmt, write parses a number
 * and calls __set() (either may be NULL: that direction is -EACCES).
 */
#define DEFINE_SIMPLE_ATTRIBUTE(__fops, __get, __set, __fmt)                      \
	static int __fops##_open(struct inode *inode, struct file *file)          \
	{                                                                        \
		__simple_attr_check_format(__fmt, 0ull);                         \
		return simple_attr_open(inode, file, __get, __set, __fmt);       \
	}                                                                        \
	static const struct file_operations __fops = {                            \
		.owner = THIS_MODULE,                                            \
		.open = __fops##_open,                                           \
		.release = simple_attr_release,                                  \
		.read = simple_attr_read,                                        \
		.write = simple_attr_write,                                      \
	}

/**
 * read_descriptor_t - a read in progress through the page cache
 * @written: bytes delivered so far
 * @count: bytes still wanted
 * @arg: the destination
 * @error: the first error
 *
 * read_actor_t copies one piece of a page to it (file_read_actor).
 */
typedef struct {
	size_t written;
	size_t count;
	union {
		char __user *buf;
		void *data;
	} arg;
	int error;
} read_descriptor_t;

typedef int (*read_actor_t)(read_descriptor_t *, struct page *, unsigned long, unsigned long);

/* mm/filemap.c: the page cache's generic file operations */
int file_read_actor(read_descriptor_t *desc, struct page *page, unsigned long offset,
		    unsigned long size);
ssize_t generic_file_aio_read(struct kiocb *iocb, const struct iovec *iov, unsigned long nr_segs,
			      loff_t pos);
ssize_t generic_file_aio_write(struct kiocb *iocb, const struct iovec *iov, unsigned long nr_segs,
			       loff_t pos);
int generic_write_checks(struct file *file, loff_t *pos, size_t *count, int isblk);
int file_remove_suid(struct file *file);
int vmtruncate(struct inode *inode, loff_t offset);

/* fs/namespace.c, fs/dcache.c: setting up */
void vfs_caches_init(unsigned long mempages);
void mnt_init(void);

#define IS_RDONLY(inode) ((inode)->i_sb->s_flags & MS_RDONLY)
#define S_DEAD 16 /* i_flags: a removed directory (lookups and creates in it fail) */
#define IS_DEADDIR(inode) ((inode)->i_flags & S_DEAD)

/* iminor/imajor - the minor and major numbers of a device inode */
#define iminor(inode) MINOR((inode)->i_rdev)
#define imajor(inode) MAJOR((inode)->i_rdev)

/*
 * fops_get/fops_put - a reference on the module that owns a set of
 * operations (file_operations.owner), as 2.6.32: an open file pins the
 * driver's module, so rmmod cannot free the code the file still calls.
 * fops_get() is NULL when the module is going away.
 */
#define fops_get(fops) (((fops) && try_module_get((fops)->owner)) ? (fops) : NULL)
#define fops_put(fops)                             \
	do {                                       \
		if (fops)                          \
			module_put((fops)->owner); \
	} while (0)

#endif /* _LINUX_FS_H */
