/*
 * fcntl.c - duplicating descriptors: dup, dup2, dup3.
 *
 * A duplicate is a second descriptor for the same struct file (one more
 * f_count), so the two share the position and the flags; only the
 * close-on-exec bit belongs to the descriptor. dup2 onto an open
 * descriptor closes what was there first. Linux 2.6.32's rules and
 * errors.
 *
 * fcntl() reads and sets the descriptor's close-on-exec bit (F_GETFD,
 * F_SETFD), the file's status flags (F_GETFL, F_SETFL: only O_APPEND,
 * O_NONBLOCK, O_NOATIME, FASYNC and O_DIRECT change) and duplicates
 * (F_DUPFD, F_DUPFD_CLOEXEC); the record-lock commands (F_GETLK,
 * F_SETLK, F_SETLKW and their 64-bit forms) go to fs/locks.c.
 * Read next: fs/file.c, fs/locks.c, docs/files.md.
 */
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/file.h>
#include <linux/fdtable.h>
#include <linux/sched.h>
#include <linux/syscalls.h>
#include <linux/fcntl.h>
#include <linux/signal.h>
#include <linux/uaccess.h>

/**
 * sys_dup3 - the body of dup3(2)
 * @oldfd: the open descriptor
 * @newfd: the descriptor to make a duplicate of it (closed first if open)
 * @flags: 0 or O_CLOEXEC
 *
 * Context: process context; may sleep.
 * Return: @newfd, -EBADF (@oldfd not open, or @newfd past the limit),
 * -EINVAL (bad flags, or @oldfd == @newfd), -EMFILE, -ENOMEM.
 */
long sys_dup3(unsigned int oldfd, unsigned int newfd, int flags)
{
	struct files_struct *files = current->files;
	struct file *file, *tofree;
	struct fdtable *fdt;
	int err;

	if ((flags & ~O_CLOEXEC) || oldfd == newfd)
		return -EINVAL;
	if (newfd >= (unsigned int)task_nofile_limit())
		return -EBADF;
	spin_lock(&files->file_lock);
	err = expand_files(files, newfd);
	file = fcheck(oldfd);
	if (!file) {
		spin_unlock(&files->file_lock);
		return -EBADF;
	}
	if (err < 0) {
		spin_unlock(&files->file_lock);
		return err == -EMFILE ? -EBADF : err;
	}
	fdt = files_fdtable(files);
	tofree = fdt->fd[newfd];
	if (!tofree && FD_ISSET_BIT(newfd, fdt->open_fds)) {
		spin_unlock(&files->file_lock);
		return -EBUSY; /* reserved by an open() in progress */
	}
	get_file(file);
	fdt->fd[newfd] = file;
	FD_SET_BIT(newfd, fdt->open_fds);
	if (flags & O_CLOEXEC)
		FD_SET_BIT(newfd, fdt->close_on_exec);
	else
		FD_CLR_BIT(newfd, fdt->close_on_exec);
	spin_unlock(&files->file_lock);
	if (tofree)
		filp_close(tofree, files);
	return newfd;
}

/**
 * sys_dup2 - the body of dup2(2)
 * @oldfd: the open descriptor
 * @newfd: the descriptor to make a duplicate of it
 *
 * Context: process context; may sleep.
 * Return: @newfd (also when equal to an open @oldfd), or as sys_dup3().
 */
long sys_dup2(unsigned int oldfd, unsigned int newfd)
{
	if (oldfd == newfd) {
		struct file *f = fget(oldfd);

		if (!f)
			return -EBADF;
		fput(f);
		return newfd;
	}
	return sys_dup3(oldfd, newfd, 0);
}

/**
 * sys_dup - the body of dup(2)
 * @fildes: the open descriptor
 *
 * Context: process context; may sleep.
 * Return: the lowest free descriptor, now a duplicate; -EBADF, -EMFILE.
 */
long sys_dup(unsigned int fildes)
{
	struct file *file = fget(fildes);
	int ret = -EBADF;

	if (file) {
		ret = get_unused_fd();
		if (ret >= 0)
			fd_install(ret, file);
		else
			fput(file);
	}
	return ret;
}

#define SETFL_MASK (O_APPEND | O_NONBLOCK | O_NDELAY | FASYNC | O_DIRECT | O_NOATIME)

static int setfl(struct file *filp, unsigned long arg)
{
	if ((arg & O_DIRECT) && !S_ISREG(filp->f_path.dentry->d_inode->i_mode))
		return -EINVAL; /* no direct I/O but to regular files' pages */
	filp->f_flags = (arg & SETFL_MASK) | (filp->f_flags & ~SETFL_MASK);
	return 0;
}

static long do_lock(int fd, struct file *filp, unsigned int cmd, unsigned long arg)
{
	switch (cmd) {
	case F_GETLK:
		return fcntl_getlk(filp, (struct flock __user *)arg);
	case F_SETLK:
	case F_SETLKW:
		return fcntl_setlk(fd, filp, cmd, (struct flock __user *)arg);
	case F_GETLK64:
		return fcntl_getlk64(filp, (struct flock64 __user *)arg);
	default:
		return fcntl_setlk64(fd, filp, cmd, (struct flock64 __user *)arg);
	}
}

static long do_fcntl(int fd, unsigned int cmd, unsigned long arg, struct file *filp)
{
	long err;

	switch (cmd) {
	case F_DUPFD:
	case F_DUPFD_CLOEXEC:
		if (arg >= (unsigned long)task_nofile_limit())
			return -EINVAL;
		err = alloc_fd(arg, cmd == F_DUPFD_CLOEXEC ? O_CLOEXEC : 0);
		if (err >= 0) {
			get_file(filp);
			fd_install(err, filp);
		}
		return err;
	case F_GETFD:
		return get_close_on_exec(fd) ? FD_CLOEXEC : 0;
	case F_SETFD:
		set_close_on_exec(fd, arg & FD_CLOEXEC);
		return 0;
	case F_GETFL:
		return filp->f_flags;
	case F_SETFL:
		return setfl(filp, arg);
	case F_GETLK:
	case F_SETLK:
	case F_SETLKW:
		return do_lock(fd, filp, cmd, arg);
	case F_GETOWN:
		return filp->f_owner.pid;
	case F_SETOWN:
		filp->f_owner.pid = arg;
		return 0;
	case F_GETSIG:
		return filp->f_owner.signum;
	case F_SETSIG:
		if (arg > _NSIG)
			return -EINVAL;
		filp->f_owner.signum = arg;
		return 0;
	case F_GETLEASE:
		return F_UNLCK;
	default:
		return -EINVAL;
	}
}

/**
 * sys_fcntl - fcntl(2) (system call 55)
 * @fd: the descriptor
 * @cmd: F_DUPFD, F_GETFD, F_SETFD, F_GETFL, F_SETFL, F_GETLK...
 * @arg: the command's argument
 *
 * Context: process context (system call); may sleep.
 * Return: the command's answer, or -EBADF, -EINVAL (unknown command or
 * bad argument), -EMFILE, -EFAULT.
 */
asmlinkage long sys_fcntl(unsigned int fd, unsigned int cmd, unsigned long arg)
{
	struct file *filp = fget(fd);
	long err;

	if (!filp)
		return -EBADF;
	err = (cmd >= F_GETLK64 && cmd <= F_SETLKW64) ? -EINVAL : do_fcntl(fd, cmd, arg, filp);
	fput(filp);
	return err;
}

/**
 * sys_fcntl64 - fcntl(2) with the 64-bit lock commands (system call 221)
 * @fd: the descriptor
 * @cmd: as sys_fcntl(), and F_GETLK64, F_SETLK64, F_SETLKW64
 * @arg: the command's argument
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_fcntl().
 */
asmlinkage long sys_fcntl64(unsigned int fd, unsigned int cmd, unsigned long arg)
{
	struct file *filp = fget(fd);
	long err;

	if (!filp)
		return -EBADF;
	if (cmd >= F_GETLK64 && cmd <= F_SETLKW64)
		err = do_lock(fd, filp, cmd, arg);
	else
		err = do_fcntl(fd, cmd, arg, filp);
	fput(filp);
	return err;
}
