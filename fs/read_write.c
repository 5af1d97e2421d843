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
 *
 * readv and writev, and preadv and pwritev (their positional twins,
 * whose 64-bit offset arrives in two 32-bit halves on i386), check the
 * whole iovec and the whole range first, then go piece by piece.
 * Linux 2.6.32's functions and errors. Read next: mm/filemap.c,
 * docs/files.md.
 */
#include <linux/module.h>
#include <linux/fs.h>
#include <linux/fsnotify.h>
#include <linux/aio.h>
#include <linux/dcache.h>
#include <linux/uio.h>
#include <linux/pagemap.h>
#include <linux/kernel.h>
#include <linux/file.h>
#include <linux/slab.h>
#include <linux/stat.h>
#include <linux/syscalls.h>
#include <asm/uaccess.h>

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
EXPORT_SYMBOL(generic_file_llseek);

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
EXPORT_SYMBOL(default_llseek);

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
EXPORT_SYMBOL(no_llseek);

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
EXPORT_SYMBOL(vfs_llseek);

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
	/* in unsigned arithmetic: a signed overflow is undefined, and the compiler drops the test */
	if (pos < 0 || (loff_t)((u64)pos + count) < 0)
		return -EINVAL;
	return count > MAX_RW_COUNT ? MAX_RW_COUNT : count;
}
EXPORT_SYMBOL(rw_verify_area);

/* do_sync_rw - one buffer as a one-piece iovec, through @aio_rw (the file's aio_read or aio_write) */
static ssize_t do_sync_rw(struct file *filp, char __user *buf, size_t len, loff_t *ppos,
			  ssize_t (*aio_rw)(struct kiocb *, const struct iovec *, unsigned long,
					    loff_t))
{
	struct iovec iov = { .iov_base = buf, .iov_len = len };
	struct kiocb kiocb;
	ssize_t ret;

	init_sync_kiocb(&kiocb, filp);
	kiocb.ki_pos = *ppos;
	kiocb.ki_left = len;
	ret = aio_rw(&kiocb, &iov, 1, kiocb.ki_pos);
	*ppos = kiocb.ki_pos;
	return ret;
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
	return do_sync_rw(filp, buf, len, ppos, filp->f_op->aio_read);
}
EXPORT_SYMBOL(do_sync_read);

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
	return do_sync_rw(filp, (char __user *)buf, len, ppos, filp->f_op->aio_write);
}
EXPORT_SYMBOL(do_sync_write);

/* rw_file_ok - may @file be read (@type READ) or written (WRITE) at all? */
static int rw_file_ok(int type, struct file *file)
{
	const struct file_operations *fop = file->f_op;

	if (!(file->f_mode & (type == READ ? FMODE_READ : FMODE_WRITE)))
		return -EBADF;
	if (!fop || (type == READ ? !fop->read && !fop->aio_read : !fop->write && !fop->aio_write))
		return -EINVAL;
	return 0;
}

/*
 * rw_checks - what vfs_read() and vfs_write() check before they call the
 * file: its mode and operations, the buffer, the range. Returns the
 * count to transfer (rw_verify_area may clip it) or a negative errno.
 */
static ssize_t rw_checks(int type, struct file *file, const char __user *buf, size_t count,
			 loff_t *pos)
{
	int ret = rw_file_ok(type, file);

	if (ret)
		return ret;
	if (unlikely(!access_ok(type == READ ? VERIFY_WRITE : VERIFY_READ, buf, count)))
		return -EFAULT;
	return rw_verify_area(type, file, pos, count);
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
	ssize_t ret = rw_checks(READ, file, buf, count, pos);

	if (ret < 0)
		return ret;
	if (file->f_op->read)
		ret = file->f_op->read(file, buf, ret, pos);
	else
		ret = do_sync_read(file, buf, ret, pos);
	if (ret > 0)
		fsnotify_access(file->f_path.dentry);
	return ret;
}
EXPORT_SYMBOL(vfs_read);

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
	ssize_t ret = rw_checks(WRITE, file, buf, count, pos);

	if (ret < 0)
		return ret;
	if (file->f_op->write)
		ret = file->f_op->write(file, buf, ret, pos);
	else
		ret = do_sync_write(file, buf, ret, pos);
	if (ret > 0)
		fsnotify_modify(file->f_path.dentry);
	return ret;
}
EXPORT_SYMBOL(vfs_write);

/**
 * kernel_read - read from a file into a kernel buffer
 * @file: the file
 * @offset: where from
 * @addr: the buffer
 * @count: how many bytes
 *
 * The address limit is lifted (set_fs(KERNEL_DS)) around the call, so
 * that the file's read accepts a kernel buffer, as in 2.6.32.
 *
 * Context: process context; may sleep.
 * Return: the bytes read or a negative errno.
 */
int kernel_read(struct file *file, unsigned long offset, char *addr, unsigned long count)
{
	mm_segment_t old_fs = get_fs();
	loff_t pos = offset;
	int ret;

	set_fs(KERNEL_DS);
	ret = vfs_read(file, (char __user *)addr, count, &pos);
	set_fs(old_fs);
	return ret;
}
EXPORT_SYMBOL(kernel_read);

/*
 * The system calls. Each takes the descriptor's file with
 * fget_light() (-EBADF if none), works on a copy of f_pos and stores it
 * back, as 2.6.32's file_pos_read()/file_pos_write(); the positional
 * ones (pread64, pwrite64) work at the offset they are given instead,
 * on a file that has positions (-ESPIPE for a pipe).
 */

/* rw_fd - read (@type READ) or write @fd at *@ppos, or at its f_pos if @ppos is NULL */
static long rw_fd(int type, unsigned int fd, char __user *buf, size_t count, loff_t *ppos)
{
	int fput_needed;
	struct file *file = fget_light(fd, &fput_needed);
	ssize_t ret = -ESPIPE;
	loff_t pos;

	if (!file)
		return -EBADF;
	if (ppos && !(file->f_mode & (type == READ ? FMODE_PREAD : FMODE_PWRITE)))
		goto out;
	pos = ppos ? *ppos : file->f_pos;
	if (type == READ)
		ret = vfs_read(file, buf, count, &pos);
	else
		ret = vfs_write(file, buf, count, &pos);
	if (!ppos)
		file->f_pos = pos;
out:
	fput_light(file, fput_needed);
	return ret;
}

/**
 * sys_read - read(2): read from a descriptor at its position (system call 3)
 * @fd: the descriptor
 * @buf: where to put the bytes
 * @count: at most this many
 *
 * Context: process context (system call); may sleep.
 * Return: the bytes read, 0 at end of file, or -EBADF, -EFAULT,
 * -EINVAL, -EISDIR, -EAGAIN, -ERESTARTSYS...
 */
asmlinkage long sys_read(unsigned int fd, char __user *buf, size_t count)
{
	return rw_fd(READ, fd, buf, count, NULL);
}

/**
 * sys_write - write(2): write to a descriptor at its position (system call 4)
 * @fd: the descriptor
 * @buf: the bytes
 * @count: how many
 *
 * Context: process context (system call); may sleep.
 * Return: the bytes written, or -EBADF, -EFAULT, -EINVAL, -EPIPE,
 * -EAGAIN, -ENOSPC...
 */
asmlinkage long sys_write(unsigned int fd, const char __user *buf, size_t count)
{
	return rw_fd(WRITE, fd, (char __user *)buf, count, NULL);
}

/**
 * sys_lseek - lseek(2) with a 32-bit offset (system call 19)
 * @fd: the descriptor
 * @offset: the offset
 * @origin: SEEK_SET, SEEK_CUR or SEEK_END
 *
 * Context: process context (system call).
 * Return: the new position, -EBADF, -EINVAL, -ESPIPE (a pipe), or
 * -EOVERFLOW (the position does not fit an off_t).
 */
asmlinkage long sys_lseek(unsigned int fd, long offset, unsigned int origin)
{
	int fput_needed;
	struct file *file = fget_light(fd, &fput_needed);
	loff_t res;
	long ret;

	if (!file)
		return -EBADF;
	ret = -EINVAL;
	if (origin <= SEEK_MAX) {
		res = vfs_llseek(file, offset, origin);
		ret = res;
		if (res != (loff_t)ret)
			ret = -EOVERFLOW;
	}
	fput_light(file, fput_needed);
	return ret;
}

/**
 * sys_llseek - _llseek(2): lseek with a 64-bit offset in two halves (system call 140)
 * @fd: the descriptor
 * @offset_high: the offset's high 32 bits
 * @offset_low: its low 32 bits
 * @result: where the new 64-bit position is stored
 * @origin: SEEK_SET, SEEK_CUR or SEEK_END
 *
 * Context: process context (system call).
 * Return: 0, -EBADF, -EINVAL, -ESPIPE, -EFAULT (@result).
 */
asmlinkage long sys_llseek(unsigned int fd, unsigned long offset_high, unsigned long offset_low,
			   loff_t __user *result, unsigned int origin)
{
	int fput_needed;
	struct file *file = fget_light(fd, &fput_needed);
	loff_t offset;
	long ret;

	if (!file)
		return -EBADF;
	ret = -EINVAL;
	if (origin > SEEK_MAX)
		goto out;
	offset = vfs_llseek(file, ((loff_t)offset_high << 32) | offset_low, origin);
	ret = (long)offset;
	if (offset >= 0)
		ret = copy_to_user(result, &offset, sizeof(offset)) ? -EFAULT : 0;
out:
	fput_light(file, fput_needed);
	return ret;
}

/**
 * sys_pread64 - pread(2): read at an offset, leaving the position (system call 180)
 * @fd: the descriptor
 * @buf: where to put the bytes
 * @count: at most this many
 * @pos: the offset; on i386 its two halves arrive in %esi (low) and %edi (high)
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_read(), and -EINVAL for a negative @pos, -ESPIPE for a
 * file without positions (a pipe).
 */
asmlinkage long sys_pread64(unsigned int fd, char __user *buf, size_t count, loff_t pos)
{
	if (pos < 0)
		return -EINVAL;
	return rw_fd(READ, fd, buf, count, &pos);
}

/**
 * sys_pwrite64 - pwrite(2): write at an offset, leaving the position (system call 181)
 * @fd: the descriptor
 * @buf: the bytes
 * @count: how many
 * @pos: the offset (two registers, as sys_pread64())
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_write(), -EINVAL, -ESPIPE.
 */
asmlinkage long sys_pwrite64(unsigned int fd, const char __user *buf, size_t count, loff_t pos)
{
	if (pos < 0)
		return -EINVAL;
	return rw_fd(WRITE, fd, (char __user *)buf, count, &pos);
}

/*
 * rw_copy_check_uvector - the caller's iovec array, checked as 2.6.32
 * checks it: at most UIO_MAXIOV pieces (-EINVAL), readable (-EFAULT),
 * no negative length nor a total past ssize_t (-EINVAL), every piece
 * inside user space (-EFAULT). Returns the total or the error; the
 * copy is in @iov (kfree() it unless it is @fast).
 */
static ssize_t rw_copy_check_uvector(int type, const struct iovec __user *uvector,
				     unsigned long nr_segs, struct iovec *fast, struct iovec **iov)
{
	ssize_t total = 0;
	unsigned long seg;

	*iov = fast;
	if (!nr_segs)
		return 0;
	if (nr_segs > UIO_MAXIOV)
		return -EINVAL;
	if (nr_segs > UIO_FASTIOV) {
		*iov = kmalloc(nr_segs * sizeof(struct iovec), GFP_KERNEL);
		if (!*iov)
			return -ENOMEM;
	}
	if (copy_from_user(*iov, uvector, nr_segs * sizeof(struct iovec)))
		return -EFAULT;
	for (seg = 0; seg < nr_segs; seg++) {
		ssize_t len = (ssize_t)(*iov)[seg].iov_len;

		if (len < 0 || total + len < total)
			return -EINVAL;
		if (!access_ok(type == READ ? VERIFY_WRITE : VERIFY_READ, (*iov)[seg].iov_base,
			       len))
			return -EFAULT;
		total += len;
	}
	return total;
}

/*
 * A file with only aio_read/aio_write (a socket) takes the whole vector
 * in one call, as 2.6.32's do_sync_readv_writev gives it: a datagram
 * socket's writev is one message. NULL for the others.
 */
static ssize_t (*vector_op(int type, struct file *file))(struct kiocb *, const struct iovec *,
							 unsigned long, loff_t)
{
	const struct file_operations *fop = file->f_op;

	if (type == READ)
		return fop->read ? NULL : fop->aio_read;
	return fop->write ? NULL : fop->aio_write;
}

static ssize_t do_sync_readv_writev(struct file *filp, const struct iovec *iov,
				    unsigned long nr_segs, size_t len, loff_t *ppos,
				    ssize_t (*fn)(struct kiocb *, const struct iovec *,
						  unsigned long, loff_t))
{
	struct kiocb kiocb;
	ssize_t ret;

	init_sync_kiocb(&kiocb, filp);
	kiocb.ki_pos = *ppos;
	kiocb.ki_left = len;
	ret = fn(&kiocb, iov, nr_segs, kiocb.ki_pos);
	*ppos = kiocb.ki_pos;
	return ret;
}

/*
 * readv/writev: one vfs_read/vfs_write per piece, stopping at a short one.
 * Each piece is an fsnotify event of its own (merged on an inotify queue
 * when nothing comes between); 2.6.32 sends one per call (docs/notify.md).
 */
static ssize_t do_readv_writev(int type, struct file *file, const struct iovec __user *uvector,
			       unsigned long nr_segs, loff_t *pos)
{
	struct iovec fast[UIO_FASTIOV], *iov;
	ssize_t ret, done = 0;
	unsigned long seg;

	ret = rw_copy_check_uvector(type, uvector, nr_segs, fast, &iov);
	if (ret <= 0)
		goto out;
	ret = rw_verify_area(type, file, pos, ret);
	if (ret < 0)
		goto out;
	if (vector_op(type, file)) {
		ret = do_sync_readv_writev(file, iov, nr_segs, ret, pos, vector_op(type, file));
		goto out;
	}
	for (seg = 0; seg < nr_segs; seg++) {
		size_t len = iov[seg].iov_len;

		if (!len)
			continue;
		if (type == READ)
			ret = vfs_read(file, iov[seg].iov_base, len, pos);
		else
			ret = vfs_write(file, iov[seg].iov_base, len, pos);
		if (ret < 0)
			break;
		done += ret;
		if ((size_t)ret < len)
			break;
	}
	ret = done ? done : ret;
out:
	if (iov != fast)
		kfree(iov);
	return ret;
}

static long do_vector(int type, unsigned long fd, const struct iovec __user *vec,
		      unsigned long vlen)
{
	int fput_needed;
	struct file *file = fget_light(fd, &fput_needed);
	ssize_t ret = -EBADF;
	loff_t pos;

	if (!file)
		return ret;
	ret = rw_file_ok(type, file);
	if (!ret) {
		pos = file->f_pos;
		ret = do_readv_writev(type, file, vec, vlen, &pos);
		file->f_pos = pos;
	}
	fput_light(file, fput_needed);
	return ret;
}

/**
 * sys_readv - readv(2): read into several buffers in turn (system call 145)
 * @fd: the descriptor
 * @vec: the buffers
 * @vlen: how many (UIO_MAXIOV at most)
 *
 * Linux 2.6.32 hands the whole vector to the file's aio_read when it has
 * one; Linnet does so for a file that has no read (a socket: one
 * recvmsg), and reads the others piece by piece, stopping at a short
 * read, which gives the same result for files, pipes and terminals.
 *
 * Context: process context (system call); may sleep.
 * Return: the bytes read, or -EBADF, -EINVAL, -EFAULT, the file's error.
 */
asmlinkage long sys_readv(unsigned long fd, const struct iovec __user *vec, unsigned long vlen)
{
	return do_vector(READ, fd, vec, vlen);
}

/**
 * sys_writev - writev(2): write several buffers in turn (system call 146)
 * @fd: the descriptor
 * @vec: the buffers
 * @vlen: how many (UIO_MAXIOV at most)
 *
 * Context: process context (system call); may sleep.
 * Return: the bytes written, or -EBADF, -EINVAL, -EFAULT, the file's error.
 */
asmlinkage long sys_writev(unsigned long fd, const struct iovec __user *vec, unsigned long vlen)
{
	return do_vector(WRITE, fd, vec, vlen);
}

/* The offset preadv and pwritev take as two longs, low half first (2.6.32's pos_from_hilo) */
static loff_t pos_from_hilo(unsigned long high, unsigned long low)
{
	return (loff_t)(((u64)high << 32) | low); /* unsigned: no overflow of the sign */
}

/* preadv/pwritev: -EINVAL for a negative offset before the descriptor is looked at, as 2.6.32 */
static long do_pvector(int type, unsigned long fd, const struct iovec __user *vec,
		       unsigned long vlen, unsigned long pos_l, unsigned long pos_h)
{
	loff_t pos = pos_from_hilo(pos_h, pos_l);
	int fput_needed;
	struct file *file;
	ssize_t ret = -EBADF;

	if (pos < 0)
		return -EINVAL;
	file = fget_light(fd, &fput_needed);
	if (!file)
		return ret;
	ret = -ESPIPE;
	if (file->f_mode & (type == READ ? FMODE_PREAD : FMODE_PWRITE)) {
		ret = rw_file_ok(type, file);
		if (!ret)
			ret = do_readv_writev(type, file, vec, vlen, &pos);
	}
	fput_light(file, fput_needed);
	return ret;
}

/**
 * sys_preadv - preadv(2): readv at an offset, leaving the position (system call 333)
 * @fd: the descriptor
 * @vec: the buffers
 * @vlen: how many (UIO_MAXIOV at most)
 * @pos_l: the offset's low 32 bits
 * @pos_h: its high 32 bits (i386 passes the 64-bit offset as two longs)
 *
 * Context: process context (system call); may sleep.
 * Return: the bytes read, or -EINVAL (negative offset, bad vector),
 * -EBADF, -ESPIPE (a pipe), -EFAULT, the file's error.
 */
asmlinkage long sys_preadv(unsigned long fd, const struct iovec __user *vec, unsigned long vlen,
			   unsigned long pos_l, unsigned long pos_h)
{
	return do_pvector(READ, fd, vec, vlen, pos_l, pos_h);
}

/**
 * sys_pwritev - pwritev(2): writev at an offset, leaving the position (system call 334)
 * @fd: the descriptor
 * @vec: the buffers
 * @vlen: how many (UIO_MAXIOV at most)
 * @pos_l: the offset's low 32 bits
 * @pos_h: its high 32 bits
 *
 * Context: process context (system call); may sleep.
 * Return: the bytes written, or -EINVAL, -EBADF, -ESPIPE, -EFAULT, the
 * file's error.
 */
asmlinkage long sys_pwritev(unsigned long fd, const struct iovec __user *vec, unsigned long vlen,
			    unsigned long pos_l, unsigned long pos_h)
{
	return do_pvector(WRITE, fd, vec, vlen, pos_l, pos_h);
}

/*
 * The bytes of sendfile: through a kernel page, read then written. Being
 * vfs_read and vfs_write, they are IN_ACCESS and IN_MODIFY to inotify,
 * as in later Linux; 2.6.32's sendfile, built on splice, sends neither.
 */
static ssize_t sendfile_copy(struct file *in, loff_t *ppos, struct file *out, size_t count)
{
	char *page = (char *)__get_free_page(GFP_KERNEL);
	mm_segment_t old_fs = get_fs();
	ssize_t done = 0, n = 0;

	if (!page)
		return -ENOMEM;
	set_fs(KERNEL_DS);
	while (done < (ssize_t)count) {
		loff_t opos = out->f_pos;
		ssize_t w;

		n = vfs_read(in, (char __user *)page, min_t(size_t, count - done, PAGE_SIZE), ppos);
		if (n <= 0)
			break;
		w = vfs_write(out, (const char __user *)page, n, &opos);
		out->f_pos = opos;
		if (w < 0) {
			*ppos -= n;
			n = w;
			break;
		}
		done += w;
		if (w < n) {
			*ppos -= n - w;
			break;
		}
		if (signal_pending(current))
			break;
	}
	set_fs(old_fs);
	free_page((unsigned long)page);
	return done ? done : n;
}

static long do_sendfile(int out_fd, int in_fd, loff_t *ppos, size_t count, loff_t max)
{
	struct file *in_file, *out_file;
	int fput_in, fput_out;
	loff_t pos;
	long ret = -EBADF;

	in_file = fget_light(in_fd, &fput_in);
	if (!in_file)
		return ret;
	if (!(in_file->f_mode & FMODE_READ))
		goto fput_in;
	ret = -ESPIPE;
	if (!ppos)
		ppos = &in_file->f_pos;
	else if (!(in_file->f_mode & FMODE_PREAD))
		goto fput_in;
	ret = rw_verify_area(READ, in_file, ppos, count);
	if (ret < 0)
		goto fput_in;
	count = ret;
	ret = -EBADF;
	out_file = fget_light(out_fd, &fput_out);
	if (!out_file)
		goto fput_in;
	if (!(out_file->f_mode & FMODE_WRITE))
		goto fput_out;
	ret = -EINVAL;
	if (!S_ISREG(in_file->f_path.dentry->d_inode->i_mode))
		goto fput_out; /* what splice_direct_to_actor refuses */
	pos = *ppos;
	if (!max)
		max = in_file->f_path.dentry->d_inode->i_sb->s_maxbytes;
	ret = -EOVERFLOW;
	if (pos + count > max) {
		if (pos >= max)
			goto fput_out;
		count = max - pos;
	}
	ret = count ? sendfile_copy(in_file, ppos, out_file, count) : 0;
fput_out:
	fput_light(out_file, fput_out);
fput_in:
	fput_light(in_file, fput_in);
	return ret;
}

/**
 * sys_sendfile - copy between descriptors in the kernel, 32-bit offset (system call 187)
 * @out_fd: the descriptor written
 * @in_fd: the descriptor read (a regular file)
 * @offset: where to read from, updated; NULL for @in_fd's position
 * @count: at most this many bytes
 *
 * 2.6.32 moves the bytes through a pipe of page references (splice);
 * Linnet has no splice and copies them through one kernel page.
 *
 * Context: process context (system call); may sleep.
 * Return: the bytes copied, or -EBADF, -EINVAL (@in_fd not a regular
 * file), -ESPIPE, -EFAULT, -EOVERFLOW.
 */
asmlinkage long sys_sendfile(int out_fd, int in_fd, long __user *offset, size_t count)
{
	loff_t pos;
	long off, ret;

	if (!offset)
		return do_sendfile(out_fd, in_fd, NULL, count, 0);
	if (get_user(off, offset))
		return -EFAULT;
	pos = off;
	ret = do_sendfile(out_fd, in_fd, &pos, count, MAX_NON_LFS);
	if (put_user((long)pos, offset))
		return -EFAULT;
	return ret;
}

/**
 * sys_sendfile64 - sendfile(2) with a 64-bit offset (system call 239)
 * @out_fd: the descriptor written
 * @in_fd: the descriptor read
 * @offset: where to read from, updated; NULL for @in_fd's position
 * @count: at most this many bytes
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_sendfile().
 */
asmlinkage long sys_sendfile64(int out_fd, int in_fd, loff_t __user *offset, size_t count)
{
	loff_t pos;
	long ret;

	if (!offset)
		return do_sendfile(out_fd, in_fd, NULL, count, 0);
	if (copy_from_user(&pos, offset, sizeof(loff_t)))
		return -EFAULT;
	ret = do_sendfile(out_fd, in_fd, &pos, count, 0);
	if (copy_to_user(offset, &pos, sizeof(loff_t)))
		return -EFAULT;
	return ret;
}
