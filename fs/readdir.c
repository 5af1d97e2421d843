/*
 * readdir.c - reading a directory's entries.
 *
 * A directory is read by calling its readdir operation with a filldir_t
 * callback, which gets each entry (name, position after it, inode
 * number, DT_* type) and returns nonzero to stop when the caller's
 * buffer is full; the next call resumes at f_pos. getdents64() is one
 * such callback that packs struct linux_dirent64 records. The
 * directory's i_mutex is held so that no entry vanishes mid-walk.
 * Linux 2.6.32's functions. Read next: fs/libfs.c:dcache_readdir,
 * docs/files.md.
 */
#include <linux/module.h>
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/file.h>
#include <linux/dirent.h>
#include <linux/uaccess.h>
#include <linux/kernel.h>
#include <linux/stddef.h>

/**
 * vfs_readdir - call @filler for each entry of an open directory from f_pos on
 * @file: the directory
 * @filler: the callback
 * @buf: its argument
 *
 * Context: process context; may sleep.
 * Return: 0, -ENOTDIR (not a directory), -ENOENT (removed), -EINTR, or
 * the file system's error.
 */
int vfs_readdir(struct file *file, filldir_t filler, void *buf)
{
	struct inode *inode = file->f_path.dentry->d_inode;
	int res = -ENOTDIR;

	if (!file->f_op || !file->f_op->readdir)
		return res;
	res = mutex_lock_killable(&inode->i_mutex);
	if (res)
		return res;
	res = -ENOENT;
	if (!IS_DEADDIR(inode)) {
		res = file->f_op->readdir(file, buf, filler);
		touch_atime(file->f_path.mnt, file->f_path.dentry);
	}
	mutex_unlock(&inode->i_mutex);
	return res;
}
EXPORT_SYMBOL(vfs_readdir);

/* getdents_callback64 - getdents64's state between filldir64 calls */
struct getdents_callback64 {
	struct linux_dirent64 __user *current_dir;
	struct linux_dirent64 __user *previous;
	int count;
	int error;
};

static int filldir64(void *__buf, const char *name, int namlen, loff_t offset, u64 ino,
		     unsigned int d_type)
{
	struct getdents_callback64 *buf = __buf;
	struct linux_dirent64 __user *dirent;
	int reclen = ALIGN(offsetof(struct linux_dirent64, d_name) + namlen + 1, sizeof(u64));
	struct linux_dirent64 d;

	buf->error = -EINVAL; /* the buffer cannot hold even this entry */
	if (reclen > buf->count)
		return -EINVAL;
	dirent = buf->previous;
	if (dirent && put_user(offset, &dirent->d_off))
		goto efault;
	dirent = buf->current_dir;
	d.d_ino = ino;
	d.d_off = 0;
	d.d_reclen = reclen;
	d.d_type = d_type;
	if (copy_to_user(dirent, &d, offsetof(struct linux_dirent64, d_name)) ||
	    copy_to_user(dirent->d_name, name, namlen) || put_user(0, dirent->d_name + namlen))
		goto efault;
	buf->previous = dirent;
	buf->current_dir = (void __user *)((char __user *)dirent + reclen);
	buf->count -= reclen;
	return 0;
efault:
	buf->error = -EFAULT;
	return -EFAULT;
}

/**
 * sys_getdents64 - the body of getdents64(2)
 * @fd: the open directory
 * @dirent: the caller's buffer of struct linux_dirent64
 * @count: its size
 *
 * Context: process context; may sleep.
 * Return: the bytes filled (0 at the end), -EBADF, -ENOTDIR, -EINVAL
 * (buffer too small for one entry), -EFAULT.
 */
long sys_getdents64(unsigned int fd, struct linux_dirent64 __user *dirent, unsigned int count)
{
	struct getdents_callback64 buf;
	struct file *file;
	int error;

	if (!access_ok(VERIFY_WRITE, dirent, count))
		return -EFAULT;
	file = fget(fd);
	if (!file)
		return -EBADF;
	buf.current_dir = dirent;
	buf.previous = NULL;
	buf.count = count;
	buf.error = 0;
	error = vfs_readdir(file, filldir64, &buf);
	if (error >= 0)
		error = buf.error;
	if (buf.previous) {
		if (put_user(file->f_pos, &buf.previous->d_off))
			error = -EFAULT;
		else
			error = count - buf.count;
	}
	fput(file);
	return error;
}

/**
 * struct linux_dirent - one entry as the first getdents() returns it (i386)
 * @d_ino: the inode number (32 bits: -EOVERFLOW beyond)
 * @d_off: the position of the next entry
 * @d_reclen: this record's length
 * @d_name: the name, NUL-terminated; the record's last byte is the d_type
 */
struct linux_dirent {
	unsigned long d_ino;
	unsigned long d_off;
	unsigned short d_reclen;
	char d_name[1];
};

/* getdents_callback - getdents's state between filldir calls */
struct getdents_callback {
	struct linux_dirent __user *current_dir;
	struct linux_dirent __user *previous;
	int count;
	int error;
};

static int filldir(void *__buf, const char *name, int namlen, loff_t offset, u64 ino,
		   unsigned int d_type)
{
	struct getdents_callback *buf = __buf;
	struct linux_dirent __user *dirent;
	unsigned long d_ino = ino;
	int reclen = ALIGN(offsetof(struct linux_dirent, d_name) + namlen + 2, sizeof(long));

	buf->error = -EINVAL; /* the buffer cannot hold even this entry */
	if (reclen > buf->count)
		return -EINVAL;
	if (d_ino != ino) {
		buf->error = -EOVERFLOW;
		return -EOVERFLOW;
	}
	dirent = buf->previous;
	if (dirent && put_user(offset, &dirent->d_off))
		goto efault;
	dirent = buf->current_dir;
	if (put_user(d_ino, &dirent->d_ino) || put_user(reclen, &dirent->d_reclen) ||
	    copy_to_user(dirent->d_name, name, namlen) || put_user(0, dirent->d_name + namlen) ||
	    put_user(d_type, (char __user *)dirent + reclen - 1))
		goto efault;
	buf->previous = dirent;
	buf->current_dir = (void __user *)((char __user *)dirent + reclen);
	buf->count -= reclen;
	return 0;
efault:
	buf->error = -EFAULT;
	return -EFAULT;
}

/**
 * sys_getdents - getdents(2): directory entries in struct linux_dirent (system call 141)
 * @fd: the open directory
 * @dirent: the caller's buffer
 * @count: its size
 *
 * Context: process context (system call); may sleep.
 * Return: the bytes filled (0 at the end), -EBADF, -ENOTDIR, -EINVAL
 * (buffer too small for one entry), -EFAULT, -EOVERFLOW.
 */
asmlinkage long sys_getdents(unsigned int fd, struct linux_dirent __user *dirent,
			     unsigned int count)
{
	struct getdents_callback buf;
	struct file *file;
	int error;

	if (!access_ok(VERIFY_WRITE, dirent, count))
		return -EFAULT;
	file = fget(fd);
	if (!file)
		return -EBADF;
	buf.current_dir = dirent;
	buf.previous = NULL;
	buf.count = count;
	buf.error = 0;
	error = vfs_readdir(file, filldir, &buf);
	if (error >= 0)
		error = buf.error;
	if (buf.previous) {
		if (put_user(file->f_pos, &buf.previous->d_off))
			error = -EFAULT;
		else
			error = count - buf.count;
	}
	fput(file);
	return error;
}
