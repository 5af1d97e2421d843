/*
 * fcntl.c - duplicating descriptors, fcntl(), and SIGIO.
 *
 * A duplicate is a second descriptor for the same struct file (one more
 * f_count), so the two share the position and the flags; only the
 * close-on-exec bit belongs to the descriptor. dup2 onto an open
 * descriptor closes what was there first. Linux 2.6.32's rules and
 * errors.
 *
 * fcntl() reads and sets the descriptor's close-on-exec bit (F_GETFD,
 * F_SETFD), the file's status flags (F_GETFL, F_SETFL: only O_APPEND,
 * O_NONBLOCK, O_NOATIME, O_DIRECT change; O_ASYNC goes through the
 * driver's ->fasync) and duplicates (F_DUPFD, F_DUPFD_CLOEXEC); the
 * record-lock commands (F_GETLK, F_SETLK, F_SETLKW and their 64-bit
 * forms) go to fs/locks.c.
 *
 * Asynchronous I/O notification (SIGIO), as 2.6.32: a file has an owner
 * (struct fown_struct: a process, a process group or one thread, set
 * by F_SETOWN or F_SETOWN_EX) and a signal (F_SETSIG; 0 means SIGIO).
 * Setting O_ASYNC calls the driver's ->fasync, which puts the file on
 * one of its lists with fasync_helper(). When the driver has data (or
 * room) it calls kill_fasync(&list, SIGIO, POLL_IN or POLL_OUT), and
 * send_sigio() signals the owner of each file on the list:
 *
 *   pipe_write -> kill_fasync(&pipe->fasync_readers, SIGIO, POLL_IN)
 *     -> for each fasync_struct: send_sigio(&file->f_owner, fd, POLL_IN)
 *        -> signum 0: SIGIO, si_code SI_KERNEL
 *           signum N: N with si_code POLL_IN, si_band POLLIN|POLLRDNORM,
 *                     si_fd fd (plain SIGIO if N's queue is full)
 *
 * The owner is only signalled if whoever set it could have sent it a
 * signal (sigio_perm). The last close takes the file off the list
 * (fs/file_table.c:__fput calls ->fasync(-1, file, 0)).
 *
 * Differences from 2.6.32: the owner is kept as a number, not a
 * counted struct pid (Linnet has none), so after the owner exits its
 * number, once reused, would get the signal; groups are found by
 * walking the task list. F_GETOWN_EX with a bad pointer gives -EFAULT
 * (2.6.32 returned the count of bytes not copied, fixed in 2.6.36).
 * Read next: fs/pipe.c, fs/file.c, fs/locks.c, docs/files.md.
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
#include <linux/slab.h>
#include <linux/poll.h>
#include <linux/init.h>
#include <linux/module.h>

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
asmlinkage long sys_dup3(unsigned int oldfd, unsigned int newfd, int flags)
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
asmlinkage long sys_dup2(unsigned int oldfd, unsigned int newfd)
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
asmlinkage long sys_dup(unsigned int fildes)
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

#define SETFL_MASK (O_APPEND | O_NONBLOCK | O_NDELAY | O_DIRECT | O_NOATIME)

/* F_SETFL: the status flags; a change of O_ASYNC is the driver's ->fasync's to make */
static int setfl(int fd, struct file *filp, unsigned long arg)
{
	int error;

	if ((arg & O_DIRECT) && !S_ISREG(filp->f_path.dentry->d_inode->i_mode))
		return -EINVAL; /* no direct I/O but to regular files' pages */
	if (((arg ^ filp->f_flags) & FASYNC) && filp->f_op && filp->f_op->fasync) {
		error = filp->f_op->fasync(fd, filp, (arg & FASYNC) != 0);
		if (error < 0)
			return error;
	}
	spin_lock(&filp->f_lock);
	filp->f_flags = (arg & SETFL_MASK) | (filp->f_flags & ~SETFL_MASK);
	spin_unlock(&filp->f_lock);
	return 0;
}

/* Is @nr a task's pid, or a process group's or session's id? (tasklist_lock held) */
static bool __pid_in_use(pid_t nr)
{
	struct task_struct *p;

	if (find_task_by_pid(nr))
		return true;
	for_each_process(p)
	{
		if (p->signal->pgrp == nr || p->signal->session == nr)
			return true;
	}
	return false;
}

/* 2.6.32's find_vpid(nr) != NULL: is the number in use at all? */
static bool pid_in_use(pid_t nr)
{
	unsigned long flags;
	bool found;

	if (nr <= 0)
		return false;
	spin_lock_irqsave(&tasklist_lock, flags);
	found = __pid_in_use(nr);
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return found;
}

/* f_modown - set the owner (@force, or only if none is set), with the caller's ids */
static void f_modown(struct file *filp, pid_t pid, enum pid_type type, int force)
{
	write_lock_irq(&filp->f_owner.lock);
	if (force || !filp->f_owner.pid) {
		filp->f_owner.pid = pid;
		filp->f_owner.pid_type = type;
		if (pid) {
			filp->f_owner.uid = current->cred.uid;
			filp->f_owner.euid = current->cred.euid;
		}
	}
	write_unlock_irq(&filp->f_owner.lock);
}

/**
 * __f_setown - make a thread, process or group the owner of a file
 * @filp: the file
 * @pid: the number; 0 for no owner
 * @type: PIDTYPE_PID, PIDTYPE_PGID, or PIDTYPE_MAX for one thread
 * @force: replace an owner already set (0: only set one if none is)
 *
 * The caller's uid and euid are kept to check, when the signal is
 * sent, that the caller could have signalled the owner (sigio_perm).
 * 2.6.32 passes a struct pid *; Linnet passes the number.
 *
 * Context: process context.
 * Return: 0 (2.6.32's security hook could refuse; Linnet has none).
 */
int __f_setown(struct file *filp, pid_t pid, enum pid_type type, int force)
{
	f_modown(filp, pid, type, force);
	return 0;
}
EXPORT_SYMBOL(__f_setown);

/**
 * f_setown - F_SETOWN: the owner from fcntl's argument
 * @filp: the file
 * @arg: a process id, or minus a process group id
 * @force: as __f_setown()
 *
 * A number nobody uses leaves the file with no owner, and still
 * succeeds, as 2.6.32 does (later Linux answers -ESRCH).
 *
 * Context: process context.
 * Return: 0.
 */
int f_setown(struct file *filp, unsigned long arg, int force)
{
	enum pid_type type = PIDTYPE_PID;
	int who = arg;

	if (who < 0) {
		type = PIDTYPE_PGID;
		who = -who;
	}
	return __f_setown(filp, pid_in_use(who) ? who : 0, type, force);
}
EXPORT_SYMBOL(f_setown);

/**
 * f_delown - forget a file's owner
 * @filp: the file
 *
 * Context: process context.
 */
void f_delown(struct file *filp)
{
	f_modown(filp, 0, PIDTYPE_PID, 1);
}

/**
 * f_getown - F_GETOWN: the owner as fcntl answers it
 * @filp: the file
 *
 * Context: process context.
 * Return: the process id, minus the group id for a group, 0 for none.
 */
pid_t f_getown(struct file *filp)
{
	pid_t pid;

	read_lock(&filp->f_owner.lock);
	pid = filp->f_owner.pid;
	if (filp->f_owner.pid_type == PIDTYPE_PGID)
		pid = -pid;
	read_unlock(&filp->f_owner.lock);
	return pid;
}

/* F_SETOWN_EX: the owner from a struct f_owner_ex; a number nobody uses is -ESRCH */
static int f_setown_ex(struct file *filp, unsigned long arg)
{
	struct f_owner_ex owner;
	enum pid_type type;

	if (copy_from_user(&owner, (void __user *)arg, sizeof(owner)))
		return -EFAULT;
	switch (owner.type) {
	case F_OWNER_TID:
		type = PIDTYPE_MAX;
		break;
	case F_OWNER_PID:
		type = PIDTYPE_PID;
		break;
	case F_OWNER_PGRP:
		type = PIDTYPE_PGID;
		break;
	default:
		return -EINVAL;
	}
	if (owner.pid && !pid_in_use(owner.pid))
		return -ESRCH;
	return __f_setown(filp, owner.pid > 0 ? owner.pid : 0, type, 1);
}

/* F_GETOWN_EX: the owner and its kind (glibc's fcntl(F_GETOWN) asks this) */
static int f_getown_ex(struct file *filp, unsigned long arg)
{
	struct f_owner_ex owner;

	read_lock(&filp->f_owner.lock);
	owner.pid = filp->f_owner.pid;
	switch (filp->f_owner.pid_type) {
	case PIDTYPE_MAX:
		owner.type = F_OWNER_TID;
		break;
	case PIDTYPE_PGID:
		owner.type = F_OWNER_PGRP;
		break;
	default:
		owner.type = F_OWNER_PID;
		break;
	}
	read_unlock(&filp->f_owner.lock);
	return copy_to_user((void __user *)arg, &owner, sizeof(owner)) ? -EFAULT : 0;
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
		return setfl(fd, filp, arg);
	case F_GETLK:
	case F_SETLK:
	case F_SETLKW:
		return do_lock(fd, filp, cmd, arg);
	case F_GETOWN:
		return f_getown(filp); /* a group's is negative: glibc asks F_GETOWN_EX */
	case F_SETOWN:
		return f_setown(filp, arg, 1);
	case F_GETOWN_EX:
		return f_getown_ex(filp, arg);
	case F_SETOWN_EX:
		return f_setown_ex(filp, arg);
	case F_GETSIG:
		return filp->f_owner.signum;
	case F_SETSIG:
		if (arg > _NSIG)
			return -EINVAL; /* 0 restores plain SIGIO */
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

/* The poll events each POLL_* reason stands for (si_band), as 2.6.32's band_table */
static const long band_table[NSIGPOLL] = {
	POLLIN | POLLRDNORM, /* POLL_IN */
	POLLOUT | POLLWRNORM | POLLWRBAND, /* POLL_OUT */
	POLLIN | POLLRDNORM | POLLMSG, /* POLL_MSG */
	POLLERR, /* POLL_ERR */
	POLLPRI | POLLRDBAND, /* POLL_PRI */
	POLLHUP | POLLERR /* POLL_HUP */
};

/* Could whoever set the owner have signalled @p? (kill's rule, with the kept ids) */
static bool sigio_perm(struct task_struct *p, struct fown_struct *fown)
{
	const struct cred *cred = &p->cred;

	return fown->euid == 0 || fown->euid == cred->suid || fown->euid == cred->uid ||
	       fown->uid == cred->suid || fown->uid == cred->uid;
}

/* One owner task: the F_SETSIG signal with its siginfo, or plain SIGIO */
static void send_sigio_to_task(struct task_struct *p, struct fown_struct *fown, int fd, int reason,
			       bool group)
{
	int signum = READ_ONCE(fown->signum); /* F_SETSIG may change it meanwhile */
	struct ksignal_info si = { .code = reason, .fd = fd };
	struct ksignal_info priv = { .code = SI_KERNEL };

	if (!sigio_perm(p, fown) || p->exit_state)
		return;
	if (signum) {
		BUG_ON((reason & __SI_MASK) != __SI_POLL);
		if ((unsigned int)(reason - POLL_IN) >= NSIGPOLL)
			si.band = ~0L;
		else
			si.band = band_table[reason - POLL_IN];
		if (!send_sig_info(signum, &si, p, group))
			return;
		/* its queue is full: fall back on plain SIGIO, as 2.6.32 */
	}
	send_sig_info(SIGIO, &priv, p, group);
}

/*
 * Call @fn for each task the owner names: the thread, the process, or
 * each process of the group (2.6.32's do_each_pid_task), with the
 * owner's lock and the task list held.
 */
static void for_each_owner_task(struct fown_struct *fown,
				void (*fn)(struct task_struct *p, struct fown_struct *fown, int fd,
					   int band, bool group),
				int fd, int band)
{
	enum pid_type type = fown->pid_type;
	struct task_struct *p;
	unsigned long flags;
	bool group = true;

	if (type == PIDTYPE_MAX) {
		group = false; /* F_OWNER_TID: that thread alone */
		type = PIDTYPE_PID;
	}
	spin_lock_irqsave(&tasklist_lock, flags);
	if (type == PIDTYPE_PID) {
		p = find_task_by_pid(fown->pid);
		if (p)
			fn(p, fown, fd, band, group);
	} else {
		for_each_process(p)
		{
			if (p->signal->pgrp == fown->pid)
				fn(p, fown, fd, band, group);
		}
	}
	spin_unlock_irqrestore(&tasklist_lock, flags);
}

/**
 * send_sigio - signal a file's owner that I/O is possible
 * @fown: the file's owner (&file->f_owner)
 * @fd: the descriptor the owner asked through (si_fd)
 * @band: the reason, POLL_IN, POLL_OUT... (si_code; si_band follows)
 *
 * Context: any, including interrupt handlers.
 */
void send_sigio(struct fown_struct *fown, int fd, int band)
{
	unsigned long flags;

	read_lock_irqsave(&fown->lock, flags);
	if (fown->pid)
		for_each_owner_task(fown, send_sigio_to_task, fd, band);
	read_unlock_irqrestore(&fown->lock, flags);
}

static void send_sigurg_to_task(struct task_struct *p, struct fown_struct *fown, int fd, int band,
				bool group)
{
	struct ksignal_info priv = { .code = SI_KERNEL };

	if (sigio_perm(p, fown) && !p->exit_state)
		send_sig_info(SIGURG, &priv, p, group);
}

/**
 * send_sigurg - signal a file's owner that urgent (out-of-band) data came
 * @fown: the file's owner
 *
 * What a TCP socket does for urgent data (sk_send_sigurg); Linnet's only
 * family, AF_UNIX, has no out-of-band data, so nothing calls it yet, but
 * it is the other half of 2.6.32's interface.
 *
 * Context: any.
 * Return: 1 if the file has an owner, else 0.
 */
int send_sigurg(struct fown_struct *fown)
{
	unsigned long flags;
	int ret = 0;

	read_lock_irqsave(&fown->lock, flags);
	if (fown->pid) {
		ret = 1;
		for_each_owner_task(fown, send_sigurg_to_task, 0, 0);
	}
	read_unlock_irqrestore(&fown->lock, flags);
	return ret;
}

static DEFINE_RWLOCK(fasync_lock);
static struct kmem_cache *fasync_cache;

/*
 * Take @filp off the list: 1 if it was there (FASYNC is cleared), else
 * 0. The FASYNC flag always says whether the file is on a list.
 */
static int fasync_remove_entry(struct file *filp, struct fasync_struct **fapp)
{
	struct fasync_struct *fa, **fp;
	int result = 0;

	spin_lock(&filp->f_lock);
	write_lock_irq(&fasync_lock);
	for (fp = fapp; (fa = *fp) != NULL; fp = &fa->fa_next) {
		if (fa->fa_file != filp)
			continue;
		*fp = fa->fa_next;
		kmem_cache_free(fasync_cache, fa);
		filp->f_flags &= ~FASYNC;
		result = 1;
		break;
	}
	write_unlock_irq(&fasync_lock);
	spin_unlock(&filp->f_lock);
	return result;
}

/* Put @filp on the list (1), or only renew its fd if it is there (0); -ENOMEM */
static int fasync_add_entry(int fd, struct file *filp, struct fasync_struct **fapp)
{
	struct fasync_struct *new, *fa, **fp;
	int result = 0;

	new = kmem_cache_alloc(fasync_cache, GFP_KERNEL);
	if (!new)
		return -ENOMEM;
	spin_lock(&filp->f_lock);
	write_lock_irq(&fasync_lock);
	for (fp = fapp; (fa = *fp) != NULL; fp = &fa->fa_next) {
		if (fa->fa_file != filp)
			continue;
		fa->fa_fd = fd;
		kmem_cache_free(fasync_cache, new);
		goto out;
	}
	new->magic = FASYNC_MAGIC;
	new->fa_file = filp;
	new->fa_fd = fd;
	new->fa_next = *fapp;
	*fapp = new;
	result = 1;
	filp->f_flags |= FASYNC;
out:
	write_unlock_irq(&fasync_lock);
	spin_unlock(&filp->f_lock);
	return result;
}

/**
 * fasync_helper - a driver's ->fasync: put a file on or off its SIGIO list
 * @fd: the descriptor O_ASYNC was set through (the signal's si_fd)
 * @filp: the file
 * @on: nonzero to add, zero to remove
 * @fapp: the driver's list (its struct fasync_struct *)
 *
 * Sets or clears FASYNC in @filp->f_flags to match.
 *
 * Context: process context; may sleep (allocates).
 * Return: 1 if it added or removed an entry, 0 if nothing changed,
 * -ENOMEM.
 */
int fasync_helper(int fd, struct file *filp, int on, struct fasync_struct **fapp)
{
	if (!on)
		return fasync_remove_entry(filp, fapp);
	return fasync_add_entry(fd, filp, fapp);
}
EXPORT_SYMBOL(fasync_helper);

/**
 * __kill_fasync - signal the owner of each file on a list
 * @fa: the first entry
 * @sig: SIGIO, or SIGURG for urgent data
 * @band: the reason, POLL_IN, POLL_OUT...
 *
 * SIGURG goes only to owners that chose a signal with F_SETSIG: it
 * has its own way to arrive (send_sigurg).
 *
 * Context: any; fasync_lock held for reading.
 */
void __kill_fasync(struct fasync_struct *fa, int sig, int band)
{
	for (; fa; fa = fa->fa_next) {
		struct fown_struct *fown;

		if (fa->magic != FASYNC_MAGIC) {
			printk(KERN_ERR "kill_fasync: bad magic number in fasync_struct!\n");
			return;
		}
		fown = &fa->fa_file->f_owner;
		if (!(sig == SIGURG && fown->signum == 0))
			send_sigio(fown, fa->fa_fd, band);
	}
}
EXPORT_SYMBOL(__kill_fasync);

/**
 * kill_fasync - a driver's "I/O is possible": SIGIO to the list's owners
 * @fp: the driver's list
 * @sig: SIGIO (or SIGURG)
 * @band: POLL_IN (data to read), POLL_OUT (room to write), POLL_HUP...
 *
 * Context: any, including interrupt handlers.
 */
void kill_fasync(struct fasync_struct **fp, int sig, int band)
{
	unsigned long flags;

	if (!*fp)
		return; /* the usual case, without the lock */
	read_lock_irqsave(&fasync_lock, flags);
	__kill_fasync(*fp, sig, band);
	read_unlock_irqrestore(&fasync_lock, flags);
}
EXPORT_SYMBOL(kill_fasync);

static int __init fasync_init(void)
{
	fasync_cache = kmem_cache_create("fasync_cache", sizeof(struct fasync_struct), 0,
					 SLAB_PANIC, NULL);
	return 0;
}
module_init(fasync_init);
