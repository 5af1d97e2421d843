/*
 * sync.c - sync(2), fsync(2), fdatasync(2): writing dirty data back.
 *
 * sync() asks every file system to write its dirty pages and inodes
 * back; fsync() asks one file's f_op->fsync for its own. Linnet's file
 * systems (ramfs, procfs, devtmpfs, pipefs) keep everything in memory
 * and have nothing to write back, so sync() only returns, and fsync()
 * calls the file's fsync (simple_sync_file, which has nothing to do) or,
 * as 2.6.32, answers -EINVAL for a file that has none (a pipe, a
 * terminal). Read next: fs/libfs.c:simple_sync_file, docs/files.md.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/file.h>
#include <linux/errno.h>
#include <linux/syscalls.h>

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
