/*
 * sync.c - sync(2), fsync(2), fdatasync(2): writing dirty data back.
 *
 * sync() asks every file system to write its dirty pages and inodes
 * back; fsync() asks one file's f_op->fsync for its own. Linnet's file
 * systems (ramfs, procfs, devtmpfs, pipefs) keep everything in memory
 * and have nothing to write back, so sync() only returns, and fsync()
 * calls the file's fsync (simple_sync_file, which has nothing to do) or,
 * as 2.6.32, answers -EINVAL for a file that has none (a pipe, a
 * terminal). sync_file_range() checks its range and flags and the kind
 * of file as 2.6.32 does (the range first, then the descriptor), and has
 * nothing to write or wait for. Read next: fs/libfs.c:simple_sync_file,
 * docs/files.md.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/file.h>
#include <linux/errno.h>
#include <linux/syscalls.h>
#include <linux/stat.h>
#include <linux/pagemap.h>

/**
 * sys_sync - sync(2): write every dirty buffer back (system call 36)
 *
 * Context: process context (system call).
 * Return: 0 (nothing in Linnet is backed by a disk).
 */
asmlinkage long sys_sync(void)
{
	return 0;
}

/**
 * vfs_fsync - write one file's dirty data (and metadata unless @datasync) back
 * @file: the file
 * @dentry: its dentry
 * @datasync: 1 for fdatasync
 *
 * Context: process context; may sleep.
 * Return: 0, -EINVAL (no fsync), or the file system's error.
 */
int vfs_fsync(struct file *file, struct dentry *dentry, int datasync)
{
	int ret;

	if (!file->f_op || !file->f_op->fsync)
		return -EINVAL;
	mutex_lock(&dentry->d_inode->i_mutex);
	ret = file->f_op->fsync(file, dentry, datasync);
	mutex_unlock(&dentry->d_inode->i_mutex);
	return ret;
}

static long do_fsync(unsigned int fd, int datasync)
{
	struct file *file = fget(fd);
	long ret = -EBADF;

	if (file) {
		ret = vfs_fsync(file, file->f_path.dentry, datasync);
		fput(file);
	}
	return ret;
}

/**
 * sys_fsync - fsync(2) (system call 118)
 * @fd: the descriptor
 *
 * Context: process context (system call); may sleep.
 * Return: 0, -EBADF, -EINVAL (a file that cannot be synced: a pipe).
 */
asmlinkage long sys_fsync(unsigned int fd)
{
	return do_fsync(fd, 0);
}

/**
 * sys_fdatasync - fdatasync(2): fsync without the metadata (system call 148)
 * @fd: the descriptor
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_fsync().
 */
asmlinkage long sys_fdatasync(unsigned int fd)
{
	return do_fsync(fd, 1);
}

/* sync_file_range's flags (2.6.32's include/linux/fs.h) */
#define SYNC_FILE_RANGE_WAIT_BEFORE 1
#define SYNC_FILE_RANGE_WRITE 2
#define SYNC_FILE_RANGE_WAIT_AFTER 4
#define VALID_FLAGS \
	(SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER)

/* The range's checks, before the descriptor is looked at: 0, 1 (past 32-bit page indexes: done), or -EINVAL */
static int sync_range_check(loff_t offset, loff_t nbytes, unsigned int flags)
{
	loff_t endbyte = (loff_t)((u64)offset + (u64)nbytes);

	if (flags & ~VALID_FLAGS)
		return -EINVAL;
	if (offset < 0 || endbyte < 0 || endbyte < offset)
		return -EINVAL;
	/* a range starting past what 32-bit page indexes reach "succeeds", as 2.6.32 */
	if ((u64)offset >= (0x100000000ULL << PAGE_CACHE_SHIFT))
		return 1;
	return 0;
}

/**
 * sys_sync_file_range - write back and/or wait on part of a file (system call 314)
 * @fd: the descriptor
 * @offset: where the range starts
 * @nbytes: its length; 0 means to the end of the file
 * @flags: SYNC_FILE_RANGE_WAIT_BEFORE, SYNC_FILE_RANGE_WRITE, SYNC_FILE_RANGE_WAIT_AFTER
 *
 * The range and the flags are checked before the descriptor, as 2.6.32
 * does (later Linux looks at the descriptor first). Linnet's files have
 * no backing store, so there is nothing to write or wait for.
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL (unknown flags, a negative or wrapping range),
 * -EBADF, -ESPIPE (not a regular file, block device, directory or link).
 */
asmlinkage long sys_sync_file_range(int fd, loff_t offset, loff_t nbytes, unsigned int flags)
{
	int fput_needed;
	struct file *file;
	umode_t mode;
	long ret = sync_range_check(offset, nbytes, flags);

	if (ret)
		return ret < 0 ? ret : 0;
	file = fget_light(fd, &fput_needed);
	if (!file)
		return -EBADF;
	mode = file->f_path.dentry->d_inode->i_mode;
	ret = -ESPIPE;
	if (S_ISREG(mode) || S_ISBLK(mode) || S_ISDIR(mode) || S_ISLNK(mode))
		ret = file->f_mapping ? 0 : -EINVAL;
	fput_light(file, fput_needed);
	return ret;
}
