/*
 * ioctl.c - ioctl(2): the commands every file knows, then the file's own.
 *
 * do_vfs_ioctl() answers first the commands that are about the
 * descriptor or the struct file, whatever the file is:
 *
 *   FIOCLEX / FIONCLEX   set / clear close-on-exec
 *   FIONBIO              set / clear O_NONBLOCK
 *   FIOASYNC             set / clear FASYNC (through f_op->fasync)
 *   FIOQSIZE             the size of a file, directory or symlink
 *
 * then, for a regular file, FIGETBSZ and FIONREAD (the bytes left past
 * the position); everything else goes to the file's operations through
 * vfs_ioctl(): unlocked_ioctl (a driver answering -ENOIOCTLCMD gets
 * -EINVAL for the caller), or the old ioctl; a file with neither is
 * -ENOTTY ("not a typewriter"). Linux 2.6.32's order and errors; its
 * ioctl without unlocked_ioctl runs under the big kernel lock, which
 * Linnet does not have. FIBMAP needs a block map; ramfs has none
 * (-EINVAL, as 2.6.32 without a_ops->bmap). Read next: fs/fcntl.c,
 * docs/files.md.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/file.h>
#include <linux/fcntl.h>
#include <linux/errno.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

#define FIBMAP 1
#define FIGETBSZ 2
#define FIONREAD 0x541B
#define FIONBIO 0x5421
#define FIONCLEX 0x5450
#define FIOCLEX 0x5451
#define FIOASYNC 0x5452
#define FIOQSIZE 0x5460

/**
 * vfs_ioctl - hand an ioctl to the file's own operations
 * @filp: the file
 * @cmd: the command
 * @arg: its argument
 *
 * Context: process context; may sleep.
 * Return: the driver's answer; -ENOTTY if the file has no ioctl,
 * -EINVAL for a command the driver does not know (-ENOIOCTLCMD).
 */
long vfs_ioctl(struct file *filp, unsigned int cmd, unsigned long arg)
{
	long error = -ENOTTY;

	if (!filp->f_op)
		return error;
	if (filp->f_op->unlocked_ioctl) {
		error = filp->f_op->unlocked_ioctl(filp, cmd, arg);
		if (error == -ENOIOCTLCMD)
			error = -EINVAL;
	} else if (filp->f_op->ioctl) {
		error = filp->f_op->ioctl(filp->f_path.dentry->d_inode, filp, cmd, arg);
	}
	return error;
}

/* FIONBIO: an int in the caller's memory, zero or not */
static int ioctl_fionbio(struct file *filp, int __user *argp)
{
	int on = 0;

	if (get_user(on, argp))
		return -EFAULT;
	spin_lock(&filp->f_lock);
	if (on)
		filp->f_flags |= O_NONBLOCK;
	else
		filp->f_flags &= ~O_NONBLOCK;
	spin_unlock(&filp->f_lock);
	return 0;
}

/* FIOASYNC: as F_SETFL's O_ASYNC, the driver's ->fasync sets FASYNC; none is -ENOTTY */
static int ioctl_fioasync(unsigned int fd, struct file *filp, int __user *argp)
{
	int on = 0, error = 0;

	if (get_user(on, argp))
		return -EFAULT;
	if (((on ? FASYNC : 0) ^ filp->f_flags) & FASYNC) {
		if (filp->f_op && filp->f_op->fasync)
			error = filp->f_op->fasync(fd, filp, on);
		else
			error = -ENOTTY;
	}
	return error < 0 ? error : 0;
}

static long file_ioctl(struct file *filp, unsigned int cmd, unsigned long arg)
{
	struct inode *inode = filp->f_path.dentry->d_inode;
	int __user *p = (int __user *)arg;

	switch (cmd) {
	case FIBMAP:
		return -EINVAL;
	case FIGETBSZ:
		return put_user(inode->i_sb->s_blocksize, p);
	case FIONREAD:
		return put_user((int)(i_size_read(inode) - filp->f_pos), p);
	}
	return vfs_ioctl(filp, cmd, arg);
}

/**
 * do_vfs_ioctl - the commands every file knows, else the file's own
 * @filp: the file
 * @fd: its descriptor (for FIOCLEX/FIONCLEX)
 * @cmd: the command
 * @arg: its argument
 *
 * Context: process context; may sleep.
 * Return: the command's answer, -EFAULT, -ENOTTY, -EINVAL...
 */
long do_vfs_ioctl(struct file *filp, unsigned int fd, unsigned int cmd, unsigned long arg)
{
	struct inode *inode = filp->f_path.dentry->d_inode;

	switch (cmd) {
	case FIOCLEX:
		set_close_on_exec(fd, 1);
		return 0;
	case FIONCLEX:
		set_close_on_exec(fd, 0);
		return 0;
	case FIONBIO:
		return ioctl_fionbio(filp, (int __user *)arg);
	case FIOASYNC:
		return ioctl_fioasync(fd, filp, (int __user *)arg);
	case FIOQSIZE:
		if (S_ISDIR(inode->i_mode) || S_ISREG(inode->i_mode) || S_ISLNK(inode->i_mode)) {
			loff_t res = i_size_read(inode);

			return copy_to_user((loff_t __user *)arg, &res, sizeof(res)) ? -EFAULT : 0;
		}
		return -ENOTTY;
	}
	if (S_ISREG(inode->i_mode))
		return file_ioctl(filp, cmd, arg);
	return vfs_ioctl(filp, cmd, arg);
}

/**
 * sys_ioctl - ioctl(2) (system call 54)
 * @fd: the descriptor
 * @cmd: the command
 * @arg: its argument (a number or a pointer, as the command says)
 *
 * Context: process context (system call); may sleep.
 * Return: the command's answer, -EBADF, -ENOTTY, -EINVAL, -EFAULT...
 */
asmlinkage long sys_ioctl(unsigned int fd, unsigned int cmd, unsigned long arg)
{
	int fput_needed;
	struct file *filp = fget_light(fd, &fput_needed);
	long error;

	if (!filp)
		return -EBADF;
	error = do_vfs_ioctl(filp, fd, cmd, arg);
	fput_light(filp, fput_needed);
	return error;
}
