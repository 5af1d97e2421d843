/*
 * read_write.c - read(), write() and lseek() on an open file.
 *
 * vfs_read() and vfs_write() are the bodies of the system calls: they
 * check that the file was opened for it (-EBADF), that the range makes
 * sense (rw_verify_area), then call the file's read - or, for a file
 * system that only has aio_read (the page cache's generic path),
 * do_sync_read(), which wraps the buffer in an iovec and a kiocb.
 *
 *   vfs_read -> f_op->read (a driver: wait1, ttyS0...)
 *            -> do_sync_read -> f_op->aio_read = generic_file_aio_read (ramfs)
 *
 * lseek has three flavours: generic_file_llseek() (regular files: the
 * new position may not pass s_maxbytes), default_llseek() (anything
 * without its own), no_llseek() (pipes, terminals: -ESPIPE).
 * Linux 2.6.32's functions and errors. Read next: mm/filemap.c,
 * docs/files.md.
 */
#include <linux/fs.h>
#include <linux/aio.h>
#include <linux/dcache.h>
#include <linux/uio.h>
#include <linux/pagemap.h>
#include <linux/kernel.h>

#define MAX_RW_COUNT (INT_MAX & PAGE_CACHE_MASK)

/**
 * generic_file_llseek - lseek for a regular file
 * @file: the file
 * @offset: the offset
 * @origin: SEEK_SET, SEEK_CUR or SEEK_END
 *
 * Context: process context; takes i_mutex.
 * Return: the new position, or -EINVAL (negative, past s_maxbytes, or a bad @origin).
 */
loff_t generic_file_llseek(struct file *file, loff_t offset, int origin)
{
	struct inode *inode = file->f_mapping->host;
	loff_t retval = -EINVAL;

	mutex_lock(&inode->i_mutex);
	switch (origin) {
	case SEEK_END:
		offset += i_size_read(inode);
		break;
	case SEEK_CUR:
		offset += file->f_pos;
		break;
	case SEEK_SET:
		break;
	default:
		goto out;
	}
	if (offset < 0 || offset > inode->i_sb->s_maxbytes)
		goto out;
	if (offset != file->f_pos) {
		file->f_pos = offset;
		file->f_version = 0;
	}
	retval = offset;
out:
	mutex_unlock(&inode->i_mutex);
	return retval;
}

/**
 * default_llseek - lseek for a file without its own
 * @file: the file
 * @offset: the offset
 * @origin: SEEK_SET, SEEK_CUR or SEEK_END
 *
 * Context: process context.
 * Return: the new position, or -EINVAL.
 */
loff_t default_llseek(struct file *file, loff_t offset, int origin)
{
	switch (origin) {
	case SEEK_END:
		offset += i_size_read(file->f_path.dentry->d_inode);
		break;
	case SEEK_CUR:
		offset += file->f_pos;
		break;
	case SEEK_SET:
		break;
	default:
		return -EINVAL;
	}
	if (offset < 0)
		return -EINVAL;
	if (offset != file->f_pos) {
		file->f_pos = offset;
		file->f_version = 0;
	}
	return offset;
}

/**
 * no_llseek - the llseek of a file that cannot seek
 * @file: the file
 * @offset: the offset asked for
 * @origin: SEEK_SET, SEEK_CUR or SEEK_END
 *
 * Context: any.
 * Return: -ESPIPE, as for a pipe.
 */
loff_t no_llseek(struct file *file, loff_t offset, int origin)
{
	return -ESPIPE;
}

/**
 * vfs_llseek - move a file's position, as lseek(2) does
 * @file: the file
 * @offset: the offset
 * @origin: SEEK_SET, SEEK_CUR or SEEK_END
 *
 * Context: process context; may sleep.
 * Return: the new position, -ESPIPE (not seekable), -EINVAL.
 */
loff_t vfs_llseek(struct file *file, loff_t offset, int origin)
{
	loff_t (*fn)(struct file *, loff_t, int) = no_llseek;

	if (file->f_mode & FMODE_LSEEK) {
		fn = default_llseek;
		if (file->f_op && file->f_op->llseek)
			fn = file->f_op->llseek;
	}
	return fn(file, offset, origin);
}

/**
 * rw_verify_area - is a read or write of @count bytes at *@ppos sensible?
 * @read_write: READ or WRITE (unused: no mandatory locks)
 * @file: the file
 * @ppos: the position
 * @count: the bytes
 *
 * Context: any.
 * Return: the count to use (capped at MAX_RW_COUNT), or -EINVAL.
 */
int rw_verify_area(int read_write, struct file *file, loff_t *ppos, size_t count)
{
	loff_t pos = *ppos;

	if ((ssize_t)count < 0)
		return -EINVAL;
	if (pos < 0 || (loff_t)(pos + count) < 0)
		return -EINVAL;
	return count > MAX_RW_COUNT ? MAX_RW_COUNT : count;
}

/**
 * do_sync_read - read through a file's aio_read, waiting for it
 * @filp: the file
 * @buf: where to put the bytes
 * @len: how many
 * @ppos: the position, advanced
 *
 * Context: process context; may sleep.
 * Return: the bytes read or a negative errno.
 */
ssize_t do_sync_read(struct file *filp, char __user *buf, size_t len, loff_t *ppos)
{
	struct iovec iov = { .iov_base = buf, .iov_len = len };
	struct kiocb kiocb;
	ssize_t ret;

	init_sync_kiocb(&kiocb, filp);
	kiocb.ki_pos = *ppos;
	kiocb.ki_left = len;
	ret = filp->f_op->aio_read(&kiocb, &iov, 1, kiocb.ki_pos);
	*ppos = kiocb.ki_pos;
	return ret;
}

/**
 * do_sync_write - write through a file's aio_write, waiting for it
 * @filp: the file
 * @buf: the bytes
 * @len: how many
 * @ppos: the position, advanced
 *
 * Context: process context; may sleep.
 * Return: the bytes written (possibly fewer) or a negative errno.
 */
ssize_t do_sync_write(struct file *filp, const char __user *buf, size_t len, loff_t *ppos)
{
	struct iovec iov = { .iov_base = (void __user *)buf, .iov_len = len };
	struct kiocb kiocb;
	ssize_t ret;

	init_sync_kiocb(&kiocb, filp);
	kiocb.ki_pos = *ppos;
	kiocb.ki_left = len;
	ret = filp->f_op->aio_write(&kiocb, &iov, 1, kiocb.ki_pos);
	*ppos = kiocb.ki_pos;
	return ret;
}

/**
 * vfs_read - read from an open file, as read(2) does
 * @file: the file
 * @buf: where to put the bytes
 * @count: at most this many
 * @pos: the position, advanced
 *
 * Context: process context; may sleep unless the file is O_NONBLOCK.
 * Return: the bytes read (0 at end of file), or -EBADF (not open for
 * reading), -EINVAL (cannot be read, bad range), -EISDIR (a directory),
 * or the file's error.
 */
ssize_t vfs_read(struct file *file, char __user *buf, size_t count, loff_t *pos)
{
	ssize_t ret;

	if (!(file->f_mode & FMODE_READ))
		return -EBADF;
	if (!file->f_op || (!file->f_op->read && !file->f_op->aio_read))
		return -EINVAL;
	ret = rw_verify_area(0, file, pos, count);
	if (ret < 0)
		return ret;
	count = ret;
	if (file->f_op->read)
		return file->f_op->read(file, buf, count, pos);
	return do_sync_read(file, buf, count, pos);
}

/**
 * vfs_write - write to an open file, as write(2) does
 * @file: the file
 * @buf: the bytes
 * @count: how many
 * @pos: the position, advanced
 *
 * Context: process context; may sleep unless the file is O_NONBLOCK.
 * Return: the bytes written (possibly fewer), or -EBADF (not open for
 * writing), -EINVAL, -ENOMEM/-ENOSPC (no room), -EPIPE, or the file's error.
 */
ssize_t vfs_write(struct file *file, const char __user *buf, size_t count, loff_t *pos)
{
	ssize_t ret;

	if (!(file->f_mode & FMODE_WRITE))
		return -EBADF;
	if (!file->f_op || (!file->f_op->write && !file->f_op->aio_write))
		return -EINVAL;
	ret = rw_verify_area(1, file, pos, count);
	if (ret < 0)
		return ret;
	count = ret;
	if (file->f_op->write)
		return file->f_op->write(file, buf, count, pos);
	return do_sync_write(file, buf, count, pos);
}

/**
 * kernel_read - read from a file into a kernel buffer
 * @file: the file
 * @offset: where from
 * @addr: the buffer
 * @count: how many bytes
 *
 * Linux 2.6.32 switches the address limit (set_fs(KERNEL_DS)) around
 * the call; Linnet's copy_to_user() accepts kernel buffers until user
 * space exists, and the processes issue adds the switch here.
 *
 * Context: process context; may sleep.
 * Return: the bytes read or a negative errno.
 */
int kernel_read(struct file *file, unsigned long offset, char *addr, unsigned long count)
{
	loff_t pos = offset;

	return vfs_read(file, (char __user *)addr, count, &pos);
}
