/*
 * stat.c - what stat() reports: inode attributes in a struct kstat.
 *
 * vfs_getattr() asks the file system (getattr) or copies the inode's
 * fields (generic_fillattr); the stat, lstat and fstat flavours differ
 * only in how they find the inode: a path followed through symlinks, a
 * path not followed at the end, or a descriptor. The system calls copy
 * the kstat out in the caller's layout (stat64). Linux 2.6.32's
 * functions, plus 2.6.39's AT_EMPTY_PATH for fstatat64 (2.6.32 answers
 * -EINVAL): glibc 2.36's fstat() falls back to fstatat64(fd, "",
 * AT_EMPTY_PATH) when statx is missing. As in 2.6.39 the path walk does
 * it (LOOKUP_EMPTY, fs/namei.c), so fchownat and linkat take it too.
 * Read next: fs/libfs.c:simple_getattr, docs/files.md.
 */
#include <linux/module.h>
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/file.h>
#include <linux/fs_struct.h>
#include <linux/namei.h>
#include <linux/stat.h>
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/uaccess.h>

/**
 * generic_fillattr - fill a kstat from an inode's fields
 * @inode: the inode
 * @stat: filled in
 *
 * Context: any.
 */
void generic_fillattr(struct inode *inode, struct kstat *stat)
{
	stat->dev = inode->i_sb->s_dev;
	stat->ino = inode->i_ino;
	stat->mode = inode->i_mode;
	stat->nlink = inode->i_nlink;
	stat->uid = inode->i_uid;
	stat->gid = inode->i_gid;
	stat->rdev = inode->i_rdev;
	stat->atime = inode->i_atime;
	stat->mtime = inode->i_mtime;
	stat->ctime = inode->i_ctime;
	stat->size = i_size_read(inode);
	stat->blocks = inode->i_blocks;
	stat->blksize = 1UL << inode->i_blkbits;
}
EXPORT_SYMBOL(generic_fillattr);

/**
 * vfs_getattr - the attributes of a dentry
 * @mnt: its mount
 * @dentry: the dentry
 * @stat: filled in
 *
 * Context: process context; may sleep.
 * Return: 0 or the file system's error.
 */
int vfs_getattr(struct vfsmount *mnt, struct dentry *dentry, struct kstat *stat)
{
	struct inode *inode = dentry->d_inode;

	if (inode->i_op->getattr)
		return inode->i_op->getattr(mnt, dentry, stat);
	generic_fillattr(inode, stat);
	return 0;
}
EXPORT_SYMBOL(vfs_getattr);

/**
 * vfs_fstat - stat of an open file
 * @fd: its descriptor
 * @stat: filled in
 *
 * Context: process context; may sleep.
 * Return: 0 or -EBADF.
 */
int vfs_fstat(unsigned int fd, struct kstat *stat)
{
	struct file *f = fget(fd);
	int error = -EBADF;

	if (f) {
		error = vfs_getattr(f->f_path.mnt, f->f_path.dentry, stat);
		fput(f);
	}
	return error;
}
EXPORT_SYMBOL(vfs_fstat);

/**
 * vfs_fstatat - stat of a path, from a directory descriptor
 * @dfd: where a relative path starts
 * @filename: the path
 * @stat: filled in
 * @flag: AT_SYMLINK_NOFOLLOW to stat a final symlink itself; AT_EMPTY_PATH
 * to let an empty @filename mean @dfd itself (the path walk's LOOKUP_EMPTY)
 *
 * Context: process context; may sleep.
 * Return: 0, -EINVAL (other flags), or the lookup's error.
 */
int vfs_fstatat(int dfd, char __user *filename, struct kstat *stat, int flag)
{
	struct path path;
	int error;

	if (flag & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH))
		return -EINVAL;
	error = user_path_at(dfd, filename,
			     (flag & AT_SYMLINK_NOFOLLOW ? 0 : LOOKUP_FOLLOW) |
				     (flag & AT_EMPTY_PATH ? LOOKUP_EMPTY : 0),
			     &path);
	if (error)
		return error;
	error = vfs_getattr(path.mnt, path.dentry, stat);
	path_put(&path);
	return error;
}
EXPORT_SYMBOL(vfs_fstatat);

/**
 * vfs_stat - stat of a path, following symlinks
 * @name: the path
 * @stat: filled in
 *
 * Context: process context; may sleep.
 * Return: 0 or the lookup's error.
 */
int vfs_stat(char __user *name, struct kstat *stat)
{
	return vfs_fstatat(AT_FDCWD, name, stat, 0);
}
EXPORT_SYMBOL(vfs_stat);

/**
 * vfs_lstat - stat of a path, not following a final symlink
 * @name: the path
 * @stat: filled in
 *
 * Context: process context; may sleep.
 * Return: 0 or the lookup's error.
 */
int vfs_lstat(char __user *name, struct kstat *stat)
{
	return vfs_fstatat(AT_FDCWD, name, stat, AT_SYMLINK_NOFOLLOW);
}
EXPORT_SYMBOL(vfs_lstat);

/**
 * inode_add_bytes - count bytes into an inode's i_blocks
 * @inode: the inode
 * @bytes: how many
 *
 * Context: any.
 */
void inode_add_bytes(struct inode *inode, loff_t bytes)
{
	inode->i_blocks += bytes >> 9;
}
EXPORT_SYMBOL(inode_add_bytes);

/**
 * inode_sub_bytes - count bytes out of an inode's i_blocks
 * @inode: the inode
 * @bytes: how many
 *
 * Context: any.
 */
void inode_sub_bytes(struct inode *inode, loff_t bytes)
{
	inode->i_blocks -= bytes >> 9;
}
EXPORT_SYMBOL(inode_sub_bytes);

/*
 * The caller's layouts. i386 has three: the first one (__old_kernel_stat,
 * 16-bit fields), struct stat (newstat, 32-bit sizes) and struct stat64
 * (64-bit sizes and inode numbers). A value that does not fit a narrow
 * field is -EOVERFLOW, as in 2.6.32 (ids become 65534, the overflow id).
 */
#define OVERFLOW_ID 65534
#define high2lowuid(id) ((id) > 0xffff ? OVERFLOW_ID : (id))

static bool old_valid_dev(unsigned int dev)
{
	return MAJOR(dev) < 256 && MINOR(dev) < 256;
}

static u16 old_encode_dev(unsigned int dev)
{
	return (MAJOR(dev) << 8) | MINOR(dev);
}

/**
 * struct __old_kernel_stat - stat(2)'s first i386 layout (system calls 18, 28, 84)
 * @st_dev: device (8-bit major, 8-bit minor)
 * @st_ino: inode number
 * @st_mode: type and permissions
 * @st_nlink: links
 * @st_uid: owner
 * @st_gid: group
 * @st_rdev: the device a device node is
 * @st_size: size
 * @st_atime: last access
 * @st_mtime: last change of the data
 * @st_ctime: last change of the inode
 */
struct __old_kernel_stat {
	u16 st_dev, st_ino, st_mode, st_nlink, st_uid, st_gid, st_rdev;
	u32 st_size, st_atime, st_mtime, st_ctime;
};

/**
 * struct stat - newstat's i386 layout (system calls 106, 107, 108)
 * @st_dev: device (old encoding)
 * @st_ino: inode number
 * @st_mode: type and permissions
 * @st_nlink: links
 * @st_uid: owner
 * @st_gid: group
 * @st_rdev: the device a device node is
 * @st_size: size
 * @st_blksize: preferred I/O size
 * @st_blocks: 512-byte blocks
 * @st_atime: last access, seconds
 * @st_atime_nsec: and nanoseconds
 * @st_mtime: last data change
 * @st_mtime_nsec: and nanoseconds
 * @st_ctime: last inode change
 * @st_ctime_nsec: and nanoseconds
 * @unused4: zero
 * @unused5: zero
 */
struct stat {
	u32 st_dev, st_ino;
	u16 st_mode, st_nlink, st_uid, st_gid;
	u32 st_rdev, st_size, st_blksize, st_blocks;
	u32 st_atime, st_atime_nsec, st_mtime, st_mtime_nsec, st_ctime, st_ctime_nsec;
	u32 unused4, unused5;
};

/**
 * struct stat64 - stat64's i386 layout, 96 bytes, packed (system calls 195-197, 300)
 * @st_dev: device (new encoding)
 * @pad0: padding
 * @__st_ino: inode number, low 32 bits
 * @st_mode: type and permissions
 * @st_nlink: links
 * @st_uid: owner
 * @st_gid: group
 * @st_rdev: the device a device node is
 * @pad3: padding
 * @st_size: size
 * @st_blksize: preferred I/O size
 * @st_blocks: 512-byte blocks
 * @st_atime: last access, seconds
 * @st_atime_nsec: and nanoseconds
 * @st_mtime: last data change
 * @st_mtime_nsec: and nanoseconds
 * @st_ctime: last inode change
 * @st_ctime_nsec: and nanoseconds
 * @st_ino: inode number, 64 bits
 */
struct stat64 {
	u64 st_dev;
	u8 pad0[4];
	u32 __st_ino;
	u32 st_mode, st_nlink, st_uid, st_gid;
	u64 st_rdev;
	u8 pad3[4];
	s64 st_size;
	u32 st_blksize;
	u64 st_blocks;
	u32 st_atime, st_atime_nsec, st_mtime, st_mtime_nsec, st_ctime, st_ctime_nsec;
	u64 st_ino;
} __attribute__((packed));

/*
 * The two narrow layouts share their first fields: a value that does not
 * fit one is -EOVERFLOW (checked by narrow_stat_fits), the ids become the
 * overflow id, and COPY_NARROW_STAT copies them into either layout.
 */
static bool narrow_stat_fits(const struct kstat *stat, u32 ino_max)
{
	return stat->ino <= ino_max && stat->nlink <= (u16)-1 && stat->size <= MAX_NON_LFS;
}

#define COPY_NARROW_STAT(tmp, stat)                           \
	do {                                                  \
		memset(&(tmp), 0, sizeof(tmp));               \
		(tmp).st_dev = old_encode_dev((stat)->dev);   \
		(tmp).st_ino = (stat)->ino;                   \
		(tmp).st_mode = (stat)->mode;                 \
		(tmp).st_nlink = (stat)->nlink;               \
		(tmp).st_uid = high2lowuid((stat)->uid);      \
		(tmp).st_gid = high2lowuid((stat)->gid);      \
		(tmp).st_rdev = old_encode_dev((stat)->rdev); \
		(tmp).st_size = (stat)->size;                 \
		(tmp).st_atime = (stat)->atime.tv_sec;        \
		(tmp).st_mtime = (stat)->mtime.tv_sec;        \
		(tmp).st_ctime = (stat)->ctime.tv_sec;        \
	} while (0)

static int cp_old_stat(const struct kstat *stat, struct __old_kernel_stat __user *statbuf)
{
	static bool warned;
	struct __old_kernel_stat tmp;

	if (!warned) {
		warned = true;
		printk(KERN_WARNING
		       "VFS: Warning: %s using old stat() call. Recompile your binary.\n",
		       current->comm);
	}
	if (!narrow_stat_fits(stat, (u16)-1))
		return -EOVERFLOW;
	COPY_NARROW_STAT(tmp, stat);
	return copy_to_user(statbuf, &tmp, sizeof(tmp)) ? -EFAULT : 0;
}

static int cp_new_stat(const struct kstat *stat, struct stat __user *statbuf)
{
	struct stat tmp;

	if (!old_valid_dev(stat->dev) || !old_valid_dev(stat->rdev) ||
	    !narrow_stat_fits(stat, (u32)-1))
		return -EOVERFLOW;
	COPY_NARROW_STAT(tmp, stat);
	tmp.st_atime_nsec = stat->atime.tv_nsec;
	tmp.st_mtime_nsec = stat->mtime.tv_nsec;
	tmp.st_ctime_nsec = stat->ctime.tv_nsec;
	tmp.st_blocks = stat->blocks;
	tmp.st_blksize = stat->blksize;
	return copy_to_user(statbuf, &tmp, sizeof(tmp)) ? -EFAULT : 0;
}

static int cp_new_stat64(const struct kstat *stat, struct stat64 __user *statbuf)
{
	struct stat64 tmp;

	BUILD_BUG_ON(sizeof(tmp) != 96);
	memset(&tmp, 0, sizeof(tmp));
	tmp.st_dev = new_encode_dev(stat->dev);
	tmp.st_rdev = new_encode_dev(stat->rdev);
	tmp.st_ino = stat->ino;
	tmp.__st_ino = stat->ino;
	tmp.st_mode = stat->mode;
	tmp.st_nlink = stat->nlink;
	tmp.st_uid = stat->uid;
	tmp.st_gid = stat->gid;
	tmp.st_atime = stat->atime.tv_sec;
	tmp.st_atime_nsec = stat->atime.tv_nsec;
	tmp.st_mtime = stat->mtime.tv_sec;
	tmp.st_mtime_nsec = stat->mtime.tv_nsec;
	tmp.st_ctime = stat->ctime.tv_sec;
	tmp.st_ctime_nsec = stat->ctime.tv_nsec;
	tmp.st_size = stat->size;
	tmp.st_blocks = stat->blocks;
	tmp.st_blksize = stat->blksize;
	return copy_to_user(statbuf, &tmp, sizeof(tmp)) ? -EFAULT : 0;
}

/**
 * sys_stat - stat(2) in the first layout (system call 18)
 * @filename: the path, followed through symlinks
 * @statbuf: where to put the answer
 *
 * Context: process context (system call); may sleep.
 * Return: 0, -ENOENT, -ENOTDIR, -ELOOP, -ENAMETOOLONG, -EFAULT, -EOVERFLOW.
 */
asmlinkage long sys_stat(char __user *filename, struct __old_kernel_stat __user *statbuf)
{
	struct kstat stat;
	int error = vfs_stat(filename, &stat);

	return error ? error : cp_old_stat(&stat, statbuf);
}

/**
 * sys_lstat - lstat(2) in the first layout (system call 84)
 * @filename: the path; a final symlink is reported itself
 * @statbuf: where to put the answer
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_stat().
 */
asmlinkage long sys_lstat(char __user *filename, struct __old_kernel_stat __user *statbuf)
{
	struct kstat stat;
	int error = vfs_lstat(filename, &stat);

	return error ? error : cp_old_stat(&stat, statbuf);
}

/**
 * sys_fstat - fstat(2) in the first layout (system call 28)
 * @fd: the descriptor
 * @statbuf: where to put the answer
 *
 * Context: process context (system call); may sleep.
 * Return: 0, -EBADF, -EFAULT, -EOVERFLOW.
 */
asmlinkage long sys_fstat(unsigned int fd, struct __old_kernel_stat __user *statbuf)
{
	struct kstat stat;
	int error = vfs_fstat(fd, &stat);

	return error ? error : cp_old_stat(&stat, statbuf);
}

/**
 * sys_newstat - stat(2) in struct stat (system call 106)
 * @filename: the path, followed through symlinks
 * @statbuf: where to put the answer
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_stat().
 */
asmlinkage long sys_newstat(char __user *filename, struct stat __user *statbuf)
{
	struct kstat stat;
	int error = vfs_stat(filename, &stat);

	return error ? error : cp_new_stat(&stat, statbuf);
}

/**
 * sys_newlstat - lstat(2) in struct stat (system call 107)
 * @filename: the path; a final symlink is reported itself
 * @statbuf: where to put the answer
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_stat().
 */
asmlinkage long sys_newlstat(char __user *filename, struct stat __user *statbuf)
{
	struct kstat stat;
	int error = vfs_lstat(filename, &stat);

	return error ? error : cp_new_stat(&stat, statbuf);
}

/**
 * sys_newfstat - fstat(2) in struct stat (system call 108)
 * @fd: the descriptor
 * @statbuf: where to put the answer
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_fstat().
 */
asmlinkage long sys_newfstat(unsigned int fd, struct stat __user *statbuf)
{
	struct kstat stat;
	int error = vfs_fstat(fd, &stat);

	return error ? error : cp_new_stat(&stat, statbuf);
}

/**
 * sys_stat64 - stat64(2) (system call 195)
 * @filename: the path, followed through symlinks
 * @statbuf: where to put the answer
 *
 * Context: process context (system call); may sleep.
 * Return: 0, -ENOENT, -ENOTDIR, -ELOOP, -ENAMETOOLONG, -EFAULT.
 */
asmlinkage long sys_stat64(char __user *filename, struct stat64 __user *statbuf)
{
	struct kstat stat;
	int error = vfs_stat(filename, &stat);

	return error ? error : cp_new_stat64(&stat, statbuf);
}

/**
 * sys_lstat64 - lstat64(2) (system call 196)
 * @filename: the path; a final symlink is reported itself
 * @statbuf: where to put the answer
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_stat64().
 */
asmlinkage long sys_lstat64(char __user *filename, struct stat64 __user *statbuf)
{
	struct kstat stat;
	int error = vfs_lstat(filename, &stat);

	return error ? error : cp_new_stat64(&stat, statbuf);
}

/**
 * sys_fstat64 - fstat64(2) (system call 197)
 * @fd: the descriptor
 * @statbuf: where to put the answer
 *
 * Context: process context (system call); may sleep.
 * Return: 0, -EBADF, -EFAULT.
 */
asmlinkage long sys_fstat64(unsigned long fd, struct stat64 __user *statbuf)
{
	struct kstat stat;
	int error = vfs_fstat(fd, &stat);

	return error ? error : cp_new_stat64(&stat, statbuf);
}

/**
 * sys_fstatat64 - fstatat64(2): stat64 relative to a directory (system call 300)
 * @dfd: where a relative path starts, or AT_FDCWD
 * @filename: the path
 * @statbuf: where to put the answer
 * @flag: 0 or AT_SYMLINK_NOFOLLOW
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_stat64(), -EINVAL for other flags, -EBADF for a bad @dfd.
 */
asmlinkage long sys_fstatat64(int dfd, char __user *filename, struct stat64 __user *statbuf,
			      int flag)
{
	struct kstat stat;
	int error = vfs_fstatat(dfd, filename, &stat, flag);

	return error ? error : cp_new_stat64(&stat, statbuf);
}
