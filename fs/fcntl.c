/*
 * fcntl.c - duplicating descriptors: dup, dup2, dup3.
 *
 * A duplicate is a second descriptor for the same struct file (one more
 * f_count), so the two share the position and the flags; only the
 * close-on-exec bit belongs to the descriptor. dup2 onto an open
 * descriptor closes what was there first. Linux 2.6.32's rules and
 * errors; fcntl's other commands come with the processes issue.
 * Read next: fs/file.c, docs/files.md.
 */
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/file.h>
#include <linux/fdtable.h>
#include <linux/sched.h>
#include <linux/syscalls.h>

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
