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
 * (F_DUPFD, F_DUPFD_CLOEXEC). Linnet has no POSIX record locks yet:
 * F_GETLK answers that nothing is locked (l_type F_UNLCK) and F_SETLK
 * and F_SETLKW check their arguments and succeed without recording a
 * lock, which is what one process alone sees on Linux. F_SETOWN and
 * F_SETSIG are recorded, but no SIGIO is sent.
 * Read next: fs/file.c, docs/files.md.
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

#define F_SETOWN 8
#define F_GETOWN 9
#define F_SETSIG 10
#define F_GETSIG 11
#define F_GETLK 5
#define F_SETLK 6
#define F_SETLKW 7
#define F_GETLK64 12
#define F_SETLK64 13
#define F_SETLKW64 14
#define F_SETLEASE 1024
#define F_GETLEASE 1025
#define F_DUPFD_CLOEXEC 1030
#define F_RDLCK 0
#define F_WRLCK 1
#define F_UNLCK 2

#define SETFL_MASK (O_APPEND | O_NONBLOCK | O_NDELAY | FASYNC | O_DIRECT | O_NOATIME)

/**
 * struct flock - a record lock as fcntl(F_GETLK) passes it on i386
 * @l_type: F_RDLCK, F_WRLCK or F_UNLCK
 * @l_whence: SEEK_SET, SEEK_CUR or SEEK_END
 * @l_start: where the range starts
 * @l_len: its length (0: to the end)
 * @l_pid: the holder
 */
struct flock {
	short l_type, l_whence;
	long l_start, l_len;
	int l_pid;
};

/**
 * struct flock64 - the same with 64-bit offsets (F_GETLK64), packed as on i386
 * @l_type: F_RDLCK, F_WRLCK or F_UNLCK
 * @l_whence: SEEK_SET, SEEK_CUR or SEEK_END
 * @l_start: where the range starts
 * @l_len: its length
 * @l_pid: the holder
 */
struct flock64 {
	short l_type, l_whence;
	loff_t l_start, l_len;
	int l_pid;
} __attribute__((packed, aligned(4)));

static int setfl(struct file *filp, unsigned long arg)
{
	if ((arg & O_DIRECT) && !S_ISREG(filp->f_path.dentry->d_inode->i_mode))
		return -EINVAL; /* no direct I/O but to regular files' pages */
	filp->f_flags = (arg & SETFL_MASK) | (filp->f_flags & ~SETFL_MASK);
	return 0;
}

/* A lock request's checks: a known type, opened for it, a known whence */
static int check_lock(struct file *filp, int type, int whence, int setting)
{
	if (type != F_RDLCK && type != F_WRLCK && type != F_UNLCK)
		return -EINVAL;
	if (whence < SEEK_SET || whence > SEEK_END)
		return -EINVAL;
	if (setting && type == F_RDLCK && !(filp->f_mode & FMODE_READ))
		return -EBADF;
	if (setting && type == F_WRLCK && !(filp->f_mode & FMODE_WRITE))
		return -EBADF;
	return 0;
}

static long do_lock(struct file *filp, unsigned int cmd, unsigned long arg)
{
	bool wide = cmd >= F_GETLK64 && cmd <= F_SETLKW64;
	struct flock64 fl64;
	struct flock fl;
	int err;

	if (wide) {
		if (copy_from_user(&fl64, (void __user *)arg, sizeof(fl64)))
			return -EFAULT;
	} else {
		if (copy_from_user(&fl, (void __user *)arg, sizeof(fl)))
			return -EFAULT;
		fl64.l_type = fl.l_type;
		fl64.l_whence = fl.l_whence;
	}
	err = check_lock(filp, fl64.l_type, fl64.l_whence, cmd != F_GETLK && cmd != F_GETLK64);
	if (err || (cmd != F_GETLK && cmd != F_GETLK64))
		return err;
	/* Nobody else holds a lock: the range is free */
	if (wide)
		return put_user((short)F_UNLCK, &((struct flock64 __user *)arg)->l_type) ? -EFAULT :
											   0;
	return put_user((short)F_UNLCK, &((struct flock __user *)arg)->l_type) ? -EFAULT : 0;
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
		return do_lock(filp, cmd, arg);
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
		err = do_lock(filp, cmd, arg);
	else
		err = do_fcntl(fd, cmd, arg, filp);
	fput(filp);
	return err;
}
