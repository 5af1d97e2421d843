/*
 * tty_io.c - the tty layer: terminals as files, and the controlling
 * terminal of a session.
 *
 * Every terminal device file - /dev/ttyS0 (4,64), /dev/tty1 (4,1),
 * /dev/tty0 (4,0: the current virtual console), /dev/tty (5,0: the
 * caller's controlling terminal) and /dev/console (5,1: the console=
 * one) - has tty_fops. tty_open() finds the driver and line for the
 * device number, creates the struct tty_struct on the first open (its
 * flip buffer, its N_TTY line discipline) and may make it the caller's
 * controlling terminal. read() and write() go to the line discipline
 * (drivers/char/n_tty.c), ioctl() to tty_ioctl() here and in
 * drivers/char/tty_ioctl.c.
 *
 *   key -> driver bottom half -> tty_insert_flip_char (tty_buffer.c)
 *       -> flush_to_ldisc -> n_tty receive_buf -> read buffer -> read()
 *   write() -> n_tty write (OPOST) -> driver ops->write -> hardware
 *
 * Job control. A session leader that opens a terminal without O_NOCTTY,
 * when it has none and the terminal belongs to no session, acquires it
 * (2.6.32's rule; /dev/console and /dev/tty0 never become one). The
 * terminal then remembers the session and its foreground process group
 * (tty->session, tty->pgrp, set by TIOCSPGRP); the signal keys signal
 * that group; a background group that reads gets SIGTTIN, one that
 * writes with TOSTOP or changes the settings SIGTTOU, or -EIO when the
 * signal is ignored or its group orphaned (tty_check_change,
 * n_tty.c:job_control). When the session leader exits
 * (disassociate_ctty) the terminal is hung up: the session's leader gets
 * SIGHUP and SIGCONT, the foreground group SIGHUP, and every file open
 * on the terminal reads end of file and fails writes with -EIO.
 *
 * The kernel monitor. Linnet's monitor (kernel/debug/kdb, the kernel
 * shell) has a terminal of its own, kdb_tty, with no device file; while
 * kdb_active is set - from boot until user space opens a terminal, and
 * from SysRq-g until the monitor's "go" - every driver's input goes to
 * it (tty_input_target) instead of to the line's own tty. User tasks
 * keep running meanwhile; only their terminal input pauses. Linux's kdb
 * instead stops every CPU and polls the keyboard and UART itself
 * (kdb_getchar); Linnet's monitor is an ordinary kernel thread that
 * sleeps for input like any reader, so its commands can sleep too.
 *
 * Differences from 2.6.32, besides the monitor: process groups and
 * sessions are numbers (no struct pid); there are no pseudo-terminals
 * and no tty_files list (a hangup marks the tty and each file sees it on
 * its next call, instead of having its f_op swapped); a tty is freed on
 * its last close without kref. See docs/tty.md.
 */
#include <linux/tty.h>
#include <linux/tty_flip.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/console.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/fs.h>
#include <linux/fcntl.h>
#include <linux/fdtable.h>
#include <linux/interrupt.h>
#include <linux/poll.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <linux/i8042.h>
#include <linux/jiffies.h>
#include <linux/serial_8250.h>
#include <linux/sysrq.h>
#include <linux/kdb.h>
#include <linnet/devtmpfs.h>

static DEFINE_MUTEX(tty_mutex);

/* tty_user_opened - a user process has opened a terminal (the monitor's `go` may return to it) */
bool tty_user_opened;
static struct tty_driver *tty_drivers;

static const struct file_operations tty_fops, console_fops, hung_up_tty_fops;

/* get_tty_driver - the driver and line of device number @device */
static struct tty_driver *get_tty_driver(dev_t device, int *index)
{
	struct tty_driver *p;

	for (p = tty_drivers; p; p = p->next) {
		dev_t base = MKDEV(p->major, p->minor_start);

		if (device < base || device >= base + p->num)
			continue;
		*index = device - base;
		return p;
	}
	return NULL;
}

/* tty_line_name - "ttyS0": the driver's stem and the line's number */
static void tty_line_name(struct tty_driver *driver, int index, char *p, size_t size)
{
	scnprintf(p, size, "%s%d", driver->name, index + driver->name_base);
}

/**
 * tty_kernel_init - set up a tty struct for line @index of @driver
 * @tty: the zeroed struct
 * @driver: its driver
 * @index: the line
 *
 * Context: process context.
 */
void tty_kernel_init(struct tty_struct *tty, struct tty_driver *driver, int index)
{
	tty->magic = TTY_MAGIC;
	tty->driver = driver;
	tty->ops = driver->ops;
	tty->index = index;
	mutex_init(&tty->termios_mutex);
	spin_lock_init(&tty->ctrl_lock);
	mutex_init(&tty->atomic_read_lock);
	mutex_init(&tty->atomic_write_lock);
	init_waitqueue_head(&tty->read_wait);
	init_waitqueue_head(&tty->write_wait);
	tty_line_name(driver, index, tty->name, sizeof(tty->name));
	if (!driver->termios[index]) {
		driver->termios[index] = kmalloc(sizeof(struct ktermios), GFP_KERNEL);
		if (driver->termios[index])
			*driver->termios[index] = driver->init_termios;
	}
	tty->termios = driver->termios[index] ?: &driver->init_termios;
}

/* tty_init_dev - the first open of a line: a new tty with its buffer and ldisc */
static struct tty_struct *tty_init_dev(struct tty_driver *driver, int index)
{
	struct tty_struct *tty = kzalloc(sizeof(*tty), GFP_KERNEL);
	unsigned long flags;
	int ret;

	if (!tty)
		return ERR_PTR(-ENOMEM);
	if (!try_module_get(driver->owner)) { /* its module is going away */
		kfree(tty);
		return ERR_PTR(-ENODEV);
	}
	tty_kernel_init(tty, driver, index);
	ret = tty_buffer_init(tty);
	if (!ret) {
		ret = tty_ldisc_setup(tty);
		if (ret)
			tty_buffer_free_all(tty);
	}
	if (ret) {
		module_put(driver->owner);
		kfree(tty);
		return ERR_PTR(ret);
	}
	local_irq_save(flags); /* the driver's interrupt path looks the tty up */
	driver->ttys[index] = tty;
	local_irq_restore(flags);
	return tty;
}

/* release_tty - the last close: unhook the tty from its driver and free it, and let its module go */
static void release_tty(struct tty_struct *tty)
{
	struct module *owner = tty->driver->owner;
	unsigned long flags;

	local_irq_save(flags);
	tty->driver->ttys[tty->index] = NULL;
	local_irq_restore(flags);
	tty_ldisc_release(tty);
	tty_buffer_free_all(tty);
	kfree(tty->write_buf);
	kfree(tty);
	module_put(owner);
}

/*
 * monitor_opens - is the monitor's own thread opening or closing a tty?
 * Only its commands (cksum, gen) count in kernel_opens: pid 1 opens
 * /dev/console while still a kernel thread (init_post), and that open
 * lives on in user space, where it must not keep SysRq-g's monitor from
 * the line's input.
 */
static bool monitor_opens(void)
{
	return current == kdb_tty.fg_task;
}

/**
 * tty_input_target - where a driver's received bytes go
 * @tty: the line's own tty, or NULL if no file has it open
 *
 * The line's tty, unless the kernel monitor has the input (kdb_active):
 * then the monitor's kdb_tty, except for a line the monitor itself has
 * open (kernel_opens: `cksum ttyS0` reads the line directly).
 *
 * Context: the driver's bottom half.
 * Return: the tty to insert into, or NULL (nobody reads: drop, as 2.6.32).
 */
struct tty_struct *tty_input_target(struct tty_struct *tty)
{
	if (tty && tty->kernel_opens)
		return tty;
	if (READ_ONCE(kdb_active))
		return &kdb_tty;
	return tty;
}
EXPORT_SYMBOL_GPL(tty_input_target);

/* Job control */

/* 2.6.32 asks capable(CAP_SYS_ADMIN); every Linnet process runs as root */
static bool tty_capable_sys_admin(void)
{
	return true;
}

static bool has_signal(struct task_struct *t)
{
	return t->signal != NULL;
}

/**
 * tty_is_current_ctty - is @tty the caller's controlling terminal?
 * @tty: the terminal
 *
 * Context: process context.
 * Return: true if so.
 */
bool tty_is_current_ctty(struct tty_struct *tty)
{
	return has_signal(current) && current->signal->tty == tty;
}

/**
 * tty_signal_pgrp - send @sig to the tty's foreground process group
 * @tty: the tty
 * @sig: SIGINT, SIGQUIT, SIGTSTP, SIGWINCH...
 *
 * kdb_tty signals the monitor's thread instead, which has no group.
 *
 * Context: any (the signal keys come in softirq context).
 */
void tty_signal_pgrp(struct tty_struct *tty, int sig)
{
	struct task_struct *t = READ_ONCE(tty->fg_task);

	if (t)
		send_sig(sig, t, 1);
	else if (tty->pgrp > 0)
		kill_pgrp(tty->pgrp, sig, 1);
}

static bool sig_is_ignored(int sig)
{
	return (current->blocked & (1ULL << (sig - 1))) || sig_ignored(current, sig);
}

/**
 * tty_check_change - may the caller change its terminal (or write with TOSTOP)?
 * @tty: the terminal
 *
 * A process of a background process group of the terminal's session
 * gets SIGTTOU sent to its group, unless it ignores or blocks SIGTTOU
 * (then it may) or its group is orphaned (-EIO). As 2.6.32's.
 *
 * Context: process context.
 * Return: 0, -ERESTARTSYS (SIGTTOU sent) or -EIO.
 */
int tty_check_change(struct tty_struct *tty)
{
	if (!tty_is_current_ctty(tty))
		return 0;
	if (!tty->pgrp) {
		printk(KERN_WARNING "tty_check_change: tty->pgrp == NULL!\n");
		return 0;
	}
	if (task_pgrp_nr(current) == tty->pgrp)
		return 0;
	if (sig_is_ignored(SIGTTOU))
		return 0;
	if (is_current_pgrp_orphaned())
		return -EIO;
	kill_pgrp(task_pgrp_nr(current), SIGTTOU, 1);
	return -ERESTARTSYS;
}

/* proc_set_tty - @tty becomes the controlling terminal of the caller's session */
static void proc_set_tty(struct tty_struct *tty)
{
	unsigned long flags;

	spin_lock_irqsave(&tty->ctrl_lock, flags);
	tty->session = task_session_nr(current);
	tty->pgrp = task_pgrp_nr(current);
	spin_unlock_irqrestore(&tty->ctrl_lock, flags);
	current->signal->tty = tty;
	current->signal->tty_old_pgrp = 0;
}

/* session_clear_tty - no process of @session has a controlling terminal any more */
static void session_clear_tty(pid_t session)
{
	struct task_struct *p;
	unsigned long flags;

	if (session <= 0)
		return;
	spin_lock_irqsave(&tasklist_lock, flags);
	for_each_process(p) if (p->signal && p->signal->session == session) p->signal->tty = NULL;
	spin_unlock_irqrestore(&tasklist_lock, flags);
}

/* tty_signal_session_leader - SIGHUP and SIGCONT to the session's leader (hangup) */
static void tty_signal_session_leader(struct tty_struct *tty)
{
	struct task_struct *p;
	unsigned long flags;
	pid_t leaders[8];
	int n = 0, i;

	spin_lock_irqsave(&tasklist_lock, flags);
	for_each_process(p)
	{
		if (!p->signal || p->signal->session != tty->session)
			continue;
		if (p->signal->tty == tty)
			p->signal->tty = NULL;
		if (p->signal->leader && n < (int)ARRAY_SIZE(leaders)) {
			p->signal->tty_old_pgrp = tty->pgrp;
			leaders[n++] = p->pid;
		}
	}
	spin_unlock_irqrestore(&tasklist_lock, flags);
	for (i = 0; i < n; i++) {
		struct task_struct *t = find_task_by_pid(leaders[i]);

		if (t) {
			send_sig(SIGHUP, t, 1);
			send_sig(SIGCONT, t, 1);
		}
	}
}

/**
 * tty_hangup - hang up a terminal: its session loses it, its files go dead
 * @tty: the terminal
 *
 * The session's leader gets SIGHUP and SIGCONT, no process keeps it as
 * controlling terminal, readers and writers are woken, and every file
 * open on it reads end of file and fails other calls (-EIO) from now on.
 *
 * Context: process context.
 */
void tty_hangup(struct tty_struct *tty)
{
	unsigned long flags;

	set_bit(TTY_HUPPED, &tty->flags);
	tty_ldisc_flush(tty);
	if (tty->session)
		tty_signal_session_leader(tty);
	spin_lock_irqsave(&tty->ctrl_lock, flags);
	tty->session = 0;
	tty->pgrp = 0;
	spin_unlock_irqrestore(&tty->ctrl_lock, flags);
	if (tty->ops->hangup)
		tty->ops->hangup(tty);
	tty->stopped = 0;
	wake_up_interruptible(&tty->read_wait);
	wake_up_interruptible(&tty->write_wait);
}

/**
 * tty_vhangup - hang up a terminal now (the session leader's exit, vhangup())
 * @tty: the terminal
 *
 * Context: process context.
 */
void tty_vhangup(struct tty_struct *tty)
{
	tty_hangup(tty);
}

/**
 * tty_hung_up_p - was this file's terminal hung up since it was opened?
 * @filp: a file open on a terminal
 *
 * Context: any.
 * Return: nonzero if so.
 */
int tty_hung_up_p(struct file *filp)
{
	return filp->f_op == &hung_up_tty_fops;
}

/* tty_file_hung - a hangup happened: this file goes dead (2.6.32 swaps its f_op at hangup) */
static bool tty_file_hung(struct file *file, struct tty_struct *tty)
{
	if (test_bit(TTY_HUPPED, &tty->flags) && file->f_op != &hung_up_tty_fops) {
		if (file->f_flags & FASYNC) /* 2.6.32's do_tty_hangup: off the SIGIO list */
			fasync_helper(-1, file, 0, &tty->fasync);
		fops_put(file->f_op);
		file->f_op = &hung_up_tty_fops;
	}
	return file->f_op == &hung_up_tty_fops;
}

/**
 * disassociate_ctty - the session leader gives up its controlling terminal
 * @on_exit: 1 when it exits (the terminal is hung up), 0 for TIOCNOTTY
 *
 * The foreground group gets SIGHUP (and SIGCONT unless exiting), the
 * terminal forgets the session, and no process of the session keeps it.
 *
 * Context: process context.
 */
void disassociate_ctty(int on_exit)
{
	struct tty_struct *tty;
	pid_t tty_pgrp = 0;

	if (!has_signal(current) || !current->signal->leader)
		return;
	tty = current->signal->tty;
	if (tty) {
		tty_pgrp = tty->pgrp;
		if (on_exit)
			tty_vhangup(tty);
	} else if (on_exit) {
		pid_t old = current->signal->tty_old_pgrp;

		if (old) {
			kill_pgrp(old, SIGHUP, on_exit);
			kill_pgrp(old, SIGCONT, on_exit);
		}
		return;
	}
	if (tty_pgrp) {
		kill_pgrp(tty_pgrp, SIGHUP, on_exit);
		if (!on_exit)
			kill_pgrp(tty_pgrp, SIGCONT, on_exit);
	}
	current->signal->tty_old_pgrp = 0;
	tty = current->signal->tty;
	if (tty) {
		tty->session = 0;
		tty->pgrp = 0;
	}
	session_clear_tty(task_session_nr(current));
}

/**
 * no_tty - the caller's process gives up its controlling terminal (TIOCNOTTY)
 *
 * Context: process context.
 */
void no_tty(void)
{
	if (current->signal->leader)
		disassociate_ctty(0);
	current->signal->tty = NULL;
}

/* Output flow */

/**
 * stop_tty - stop output (^S with IXON, TCOOFF)
 * @tty: the terminal
 *
 * Context: any.
 */
void stop_tty(struct tty_struct *tty)
{
	if (tty->stopped)
		return;
	tty->stopped = 1;
	if (tty->ops->stop)
		tty->ops->stop(tty);
}

/**
 * start_tty - restart output stopped by stop_tty
 * @tty: the terminal
 *
 * Context: any.
 */
void start_tty(struct tty_struct *tty)
{
	if (!tty->stopped || tty->flow_stopped)
		return;
	tty->stopped = 0;
	if (tty->ops->start)
		tty->ops->start(tty);
	tty_wakeup(tty);
}

/**
 * tty_wakeup - the driver can take output again: wake writers
 * @tty: the terminal
 *
 * Context: any (the driver's interrupt path).
 */
void tty_wakeup(struct tty_struct *tty)
{
	wake_up_interruptible(&tty->write_wait);
}
EXPORT_SYMBOL_GPL(tty_wakeup);

/**
 * tty_put_char - send one byte through the driver
 * @tty: the terminal
 * @c: the byte
 *
 * Context: any.
 * Return: 1 if the driver took it, 0 if it had no room.
 */
int tty_put_char(struct tty_struct *tty, unsigned char c)
{
	if (tty->ops->put_char)
		return tty->ops->put_char(tty, c);
	return tty->ops->write(tty, &c, 1);
}

/* File operations */

static struct tty_struct *file_tty(struct file *file)
{
	return file->private_data;
}

static ssize_t tty_read(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	struct tty_struct *tty = file_tty(file);
	struct tty_ldisc *ld;
	ssize_t i;

	if (test_bit(TTY_IO_ERROR, &tty->flags))
		return -EIO;
	if (tty_file_hung(file, tty))
		return 0;
	ld = tty_ldisc_ref(tty);
	if (!ld)
		return -EIO;
	i = ld->ops->read ? ld->ops->read(tty, file, (unsigned char __user *)buf, count) : -EIO;
	tty_ldisc_deref(ld);
	return i;
}

/*
 * tty_write_buf - the tty's bounce buffer for @chunk bytes (2.6.32's
 * tty->write_buf): kept from write to write, grown when a larger one is
 * wanted. Called under atomic_write_lock, which guards it.
 */
static unsigned char *tty_write_buf(struct tty_struct *tty, size_t chunk)
{
	unsigned char *buf;

	if (tty->write_cnt >= chunk)
		return tty->write_buf;
	chunk = max_t(size_t, chunk, 1024);
	buf = kmalloc(chunk, GFP_KERNEL);
	if (!buf)
		return NULL;
	kfree(tty->write_buf);
	tty->write_buf = buf;
	tty->write_cnt = chunk;
	return buf;
}

/*
 * do_tty_write_chunks - copy the user's bytes in pieces of TTY_WRITE_CHUNK
 * and hand each to the ldisc, until all are taken, an error, or a signal
 * between pieces. Returns what was taken, or the error if nothing was.
 */
static ssize_t do_tty_write_chunks(struct tty_struct *tty, struct tty_ldisc *ld, struct file *file,
				   const char __user *buf, size_t count)
{
	size_t chunk = min_t(size_t, count, TTY_WRITE_CHUNK), done = 0, n;
	unsigned char *kbuf = tty_write_buf(tty, chunk);
	ssize_t ret = -ENOMEM;

	while (kbuf && done < count) {
		n = min(count - done, chunk);
		ret = -EFAULT;
		if (copy_from_user(kbuf, buf + done, n))
			break;
		ret = ld->ops->write(tty, file, kbuf, n);
		if (ret <= 0)
			break;
		done += ret;
		ret = -ERESTARTSYS;
		if (done < count && signal_pending(current))
			break;
		cond_resched();
	}
	return done ? (ssize_t)done : ret;
}

static ssize_t do_tty_write(struct file *file, const char __user *buf, size_t count)
{
	struct tty_struct *tty = file_tty(file);
	struct tty_ldisc *ld;
	ssize_t ret;

	if (test_bit(TTY_IO_ERROR, &tty->flags) || tty_file_hung(file, tty))
		return -EIO;
	if (!count)
		return 0;
	ld = tty_ldisc_ref(tty);
	if (!ld)
		return -EIO;
	if (mutex_lock_interruptible(&tty->atomic_write_lock)) {
		tty_ldisc_deref(ld);
		return -ERESTARTSYS;
	}
	ret = do_tty_write_chunks(tty, ld, file, buf, count);
	mutex_unlock(&tty->atomic_write_lock);
	tty_ldisc_deref(ld);
	return ret;
}

static ssize_t tty_write(struct file *file, const char __user *buf, size_t count, loff_t *ppos)
{
	return do_tty_write(file, buf, count);
}

/**
 * redirected_tty_write - write() on /dev/console
 * @file: the file
 * @buf: the bytes
 * @count: how many
 * @ppos: unused
 *
 * 2.6.32 sends it elsewhere after TIOCCONS; Linnet has no TIOCCONS, so
 * it is tty_write, and its address marks /dev/console, which job control
 * leaves alone.
 *
 * Context: process context.
 * Return: the bytes written, or -errno.
 */
ssize_t redirected_tty_write(struct file *file, const char __user *buf, size_t count, loff_t *ppos)
{
	return do_tty_write(file, buf, count);
}

static unsigned int tty_poll(struct file *file, poll_table *wait)
{
	struct tty_struct *tty = file_tty(file);
	struct tty_ldisc *ld;
	unsigned int ret = 0;

	if (tty_file_hung(file, tty))
		return POLLIN | POLLOUT | POLLERR | POLLHUP | POLLRDNORM | POLLWRNORM;
	ld = tty_ldisc_ref(tty);
	if (!ld)
		return POLLERR;
	if (ld->ops->poll)
		ret = ld->ops->poll(tty, file, wait);
	tty_ldisc_deref(ld);
	return ret;
}

/**
 * tty_devnum - the device number of a tty: its driver's major, first minor plus index
 * @tty: the tty
 *
 * What ls -l shows for its /dev node. LDD3's scull_priv keys one device
 * per controlling terminal with tty_devnum(current->signal->tty).
 *
 * Context: any.
 * Return: MKDEV(major, minor_start + index).
 */
dev_t tty_devnum(struct tty_struct *tty)
{
	return MKDEV(tty->driver->major, tty->driver->minor_start) + tty->index;
}
EXPORT_SYMBOL(tty_devnum);

static struct tty_struct *get_current_tty(void)
{
	return has_signal(current) ? current->signal->tty : NULL;
}

/**
 * tty_vhangup_self - hang up the caller's controlling terminal (vhangup())
 *
 * The terminal is looked up and hung up under tty_mutex, so that its
 * last close cannot free it meanwhile (2.6.32 holds a kref instead).
 *
 * Context: process context.
 */
void tty_vhangup_self(void)
{
	struct tty_struct *tty;

	mutex_lock(&tty_mutex);
	tty = get_current_tty();
	if (tty)
		tty_vhangup(tty);
	mutex_unlock(&tty_mutex);
}

static int tty_open(struct inode *inode, struct file *filp)
{
	dev_t device = inode->i_rdev;
	int noctty = filp->f_flags & O_NOCTTY;
	unsigned int saved_flags = filp->f_flags;
	struct tty_driver *driver = NULL;
	struct tty_struct *tty;
	bool console = false;
	int index = 0, retval;

	if (device == MKDEV(TTYAUX_MAJOR, 0)) {
		tty = get_current_tty();
		if (!tty)
			return -ENXIO;
		driver = tty->driver;
		index = tty->index;
		filp->f_flags |= O_NONBLOCK; /* don't let /dev/tty block in the driver's open */
	} else if (device == MKDEV(TTY_MAJOR, 0)) {
		driver = get_tty_driver(MKDEV(TTY_MAJOR, 1), &index);
		index = fg_console;
		noctty = 1;
	} else if (device == MKDEV(TTYAUX_MAJOR, 1)) {
		driver = console_device(&index);
		if (!driver)
			return -ENODEV;
		filp->f_flags |= O_NONBLOCK;
		noctty = 1;
		console = true;
	} else {
		driver = get_tty_driver(device, &index);
	}
	if (!driver)
		return -ENODEV;
	mutex_lock(&tty_mutex);
	tty = driver->ttys[index];
	if (!tty) {
		tty = tty_init_dev(driver, index);
		if (IS_ERR(tty)) {
			mutex_unlock(&tty_mutex);
			return PTR_ERR(tty);
		}
	}
	tty->count++;
	if (monitor_opens())
		tty->kernel_opens++;
	filp->private_data = tty;
	clear_bit(TTY_HUPPED, &tty->flags);
	retval = tty->ops->open ? tty->ops->open(tty, filp) : 0;
	filp->f_flags = saved_flags;
	if (retval) {
		mutex_unlock(&tty_mutex);
		tty_release(inode, filp);
		return retval;
	}
	if (!noctty && current->mm && has_signal(current) && current->signal->leader &&
	    !current->signal->tty && !tty->session)
		proc_set_tty(tty);
	if (current->mm && !tty_user_opened) {
		tty_user_opened = true;
		WRITE_ONCE(kdb_active, false); /* user space has a terminal: the monitor lets go */
	}
	mutex_unlock(&tty_mutex);
	if (console) {
		fops_put(filp->f_op);
		filp->f_op = &console_fops;
	}
	return 0;
}

/**
 * tty_release - close() of a terminal's file: the last one frees the tty
 * @inode: the device node
 * @filp: the file
 *
 * Context: process context.
 * Return: 0.
 */
int tty_release(struct inode *inode, struct file *filp)
{
	struct tty_struct *tty = file_tty(filp);

	if (!tty)
		return 0;
	mutex_lock(&tty_mutex);
	if (tty->ops->close)
		tty->ops->close(tty, filp);
	if (monitor_opens() && tty->kernel_opens)
		tty->kernel_opens--;
	if (--tty->count > 0) {
		mutex_unlock(&tty_mutex);
		return 0;
	}
	/* the last close: no session keeps it */
	session_clear_tty(tty->session);
	release_tty(tty);
	filp->private_data = NULL;
	mutex_unlock(&tty_mutex);
	return 0;
}

/*
 * tty_fasync - O_ASYNC on a terminal: the file goes on tty->fasync, and
 * n_tty sends SIGIO when input arrives. A file with no owner yet gets
 * the terminal's foreground process group, or the caller, as 2.6.32.
 */
static int tty_fasync(int fd, struct file *filp, int on)
{
	struct tty_struct *tty = file_tty(filp);
	unsigned long flags;
	enum pid_type type;
	int retval;
	pid_t pid;

	if (!tty)
		return 0;
	retval = fasync_helper(fd, filp, on, &tty->fasync);
	if (retval <= 0 || !on)
		return retval < 0 ? retval : 0;
	spin_lock_irqsave(&tty->ctrl_lock, flags);
	if (tty->pgrp) {
		pid = tty->pgrp;
		type = PIDTYPE_PGID;
	} else {
		pid = current->tgid;
		type = PIDTYPE_PID;
	}
	spin_unlock_irqrestore(&tty->ctrl_lock, flags);
	return __f_setown(filp, pid, type, 0);
}

/* The ioctls of tty_io.c: the controlling terminal and the window */

static int tiocsti(struct tty_struct *tty, char __user *p)
{
	struct tty_ldisc *ld;
	char ch;

	if (!tty_is_current_ctty(tty) && !tty_capable_sys_admin())
		return -EPERM;
	if (get_user(ch, p))
		return -EFAULT;
	ld = tty_ldisc_ref(tty);
	if (!ld)
		return -EIO;
	local_bh_disable();
	ld->ops->receive_buf(tty, (unsigned char *)&ch, NULL, 1);
	local_bh_enable();
	tty_ldisc_deref(ld);
	return 0;
}

static int tiocgwinsz(struct tty_struct *tty, struct winsize __user *arg)
{
	struct winsize ws;

	mutex_lock(&tty->termios_mutex);
	ws = tty->winsize;
	mutex_unlock(&tty->termios_mutex);
	return copy_to_user(arg, &ws, sizeof(ws)) ? -EFAULT : 0;
}

static int tiocswinsz(struct tty_struct *tty, struct winsize __user *arg)
{
	struct winsize ws;

	if (copy_from_user(&ws, arg, sizeof(ws)))
		return -EFAULT;
	mutex_lock(&tty->termios_mutex);
	if (memcmp(&ws, &tty->winsize, sizeof(ws))) {
		if (tty->pgrp)
			kill_pgrp(tty->pgrp, SIGWINCH, 1);
		tty->winsize = ws;
	}
	mutex_unlock(&tty->termios_mutex);
	return 0;
}

static int tiocsctty(struct tty_struct *tty, int arg)
{
	int ret = 0;

	if (current->signal->leader && task_session_nr(current) == tty->session)
		return 0;
	mutex_lock(&tty_mutex);
	if (!current->signal->leader || current->signal->tty) {
		ret = -EPERM;
	} else if (tty->session) {
		/* another session's terminal: root may steal it with arg 1 */
		if (arg == 1 && tty_capable_sys_admin())
			session_clear_tty(tty->session);
		else
			ret = -EPERM;
	}
	if (!ret)
		proc_set_tty(tty);
	mutex_unlock(&tty_mutex);
	return ret;
}

static int tiocgpgrp(struct tty_struct *tty, pid_t __user *p)
{
	if (!tty_is_current_ctty(tty))
		return -ENOTTY;
	return put_user(tty->pgrp, p);
}

static int tiocspgrp(struct tty_struct *tty, pid_t __user *p)
{
	pid_t pgrp;
	int retval = tty_check_change(tty);

	if (retval == -EIO)
		return -ENOTTY;
	if (retval)
		return retval;
	if (!tty_is_current_ctty(tty) || tty->session != task_session_nr(current))
		return -ENOTTY;
	if (get_user(pgrp, p))
		return -EFAULT;
	if (pgrp < 0)
		return -EINVAL;
	retval = session_of_pgrp(pgrp);
	if (retval < 0) /* none; init's group exists, in session 0: -EPERM */
		return -ESRCH;
	if (retval != task_session_nr(current))
		return -EPERM;
	tty->pgrp = pgrp;
	return 0;
}

static int tiocgsid(struct tty_struct *tty, pid_t __user *p)
{
	if (!tty_is_current_ctty(tty))
		return -ENOTTY;
	if (!tty->session)
		return -ENOTTY;
	return put_user(tty->session, p);
}

static int send_break(struct tty_struct *tty, unsigned int duration)
{
	if (!tty->ops->break_ctl)
		return 0;
	if (tty->ops->break_ctl(tty, -1))
		return -EINTR;
	if (schedule_timeout_interruptible(msecs_to_jiffies(duration)) && signal_pending(current)) {
		tty->ops->break_ctl(tty, 0);
		return -EINTR;
	}
	tty->ops->break_ctl(tty, 0);
	return 0;
}

static long tty_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	struct tty_struct *tty = file_tty(file);
	void __user *p = (void __user *)arg;
	struct tty_ldisc *ld;
	int retval;

	if (tty_file_hung(file, tty))
		return cmd == TIOCSPGRP ? -ENOTTY : -EIO;
	switch (cmd) {
	case TIOCSTI:
		return tiocsti(tty, p);
	case TIOCGWINSZ:
		return tiocgwinsz(tty, p);
	case TIOCSWINSZ:
		return tiocswinsz(tty, p);
	case TIOCCONS:
		return tty_capable_sys_admin() ? -EINVAL : -EPERM; /* Linnet has no redirect */
	case TIOCEXCL:
		set_bit(TTY_EXCLUSIVE, &tty->flags);
		return 0;
	case TIOCNXCL:
		clear_bit(TTY_EXCLUSIVE, &tty->flags);
		return 0;
	case TIOCNOTTY:
		if (!tty_is_current_ctty(tty))
			return -ENOTTY;
		no_tty();
		return 0;
	case TIOCSCTTY:
		return tiocsctty(tty, arg);
	case TIOCGPGRP:
		return tiocgpgrp(tty, p);
	case TIOCSPGRP:
		return tiocspgrp(tty, p);
	case TIOCGSID:
		return tiocgsid(tty, p);
	case TIOCGETD:
		return put_user(tty->ldisc->ops->num, (int __user *)p);
	case TIOCSETD: {
		int ldisc = 0;

		if (get_user(ldisc, (int __user *)p))
			return -EFAULT;
		return tty_set_ldisc(tty, ldisc);
	}
	case TIOCSBRK:
		return tty->ops->break_ctl ? tty->ops->break_ctl(tty, -1) : -EINVAL;
	case TIOCCBRK:
		return tty->ops->break_ctl ? tty->ops->break_ctl(tty, 0) : -EINVAL;
	case TCSBRK: /* SVID: a break of 250 ms when arg is 0 */
	case TCSBRKP: /* POSIX: arg tenths of a second, 0 meaning 250 ms */
		retval = tty_check_change(tty);
		if (retval)
			return retval;
		if (cmd == TCSBRK && arg)
			return 0;
		return send_break(tty, (cmd == TCSBRKP && arg) ? arg * 100 : 250);
	}
	if (tty->ops->ioctl) {
		retval = tty->ops->ioctl(tty, file, cmd, arg);
		if (retval != -ENOIOCTLCMD)
			return retval;
	}
	ld = tty_ldisc_ref(tty);
	retval = -ENOTTY;
	if (ld) {
		if (ld->ops->ioctl)
			retval = ld->ops->ioctl(tty, file, cmd, arg);
		tty_ldisc_deref(ld);
	}
	return retval;
}

static ssize_t hung_up_tty_read(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	return 0;
}

static ssize_t hung_up_tty_write(struct file *file, const char __user *buf, size_t count,
				 loff_t *ppos)
{
	return -EIO;
}

static unsigned int hung_up_tty_poll(struct file *filp, poll_table *wait)
{
	return POLLIN | POLLOUT | POLLERR | POLLHUP | POLLRDNORM | POLLWRNORM;
}

static long hung_up_tty_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	return cmd == TIOCSPGRP ? -ENOTTY : -EIO;
}

static const struct file_operations tty_fops = {
	.read = tty_read,
	.write = tty_write,
	.poll = tty_poll,
	.unlocked_ioctl = tty_ioctl,
	.open = tty_open,
	.release = tty_release,
	.fasync = tty_fasync,
};

static const struct file_operations console_fops = {
	.read = tty_read,
	.write = redirected_tty_write,
	.poll = tty_poll,
	.unlocked_ioctl = tty_ioctl,
	.open = tty_open,
	.release = tty_release,
	.fasync = tty_fasync,
};

static const struct file_operations hung_up_tty_fops = {
	.read = hung_up_tty_read,
	.write = hung_up_tty_write,
	.poll = hung_up_tty_poll,
	.unlocked_ioctl = hung_up_tty_ioctl,
	.release = tty_release,
};

/* Drivers */

/**
 * alloc_tty_driver - a new, empty tty driver for @lines lines
 * @lines: how many lines
 *
 * Context: process context.
 * Return: the driver, or NULL without memory.
 */
struct tty_driver *alloc_tty_driver(int lines)
{
	struct tty_driver *driver = kzalloc(sizeof(*driver), GFP_KERNEL);

	if (!driver)
		return NULL;
	driver->magic = TTY_DRIVER_MAGIC;
	driver->num = lines;
	driver->ttys = kcalloc(lines, sizeof(*driver->ttys), GFP_KERNEL);
	driver->termios = kcalloc(lines, sizeof(*driver->termios), GFP_KERNEL);
	if (!driver->ttys || !driver->termios) {
		put_tty_driver(driver);
		return NULL;
	}
	return driver;
}
EXPORT_SYMBOL(alloc_tty_driver);

/**
 * put_tty_driver - free a driver from alloc_tty_driver (not registered)
 * @driver: the driver
 *
 * Context: process context.
 */
void put_tty_driver(struct tty_driver *driver)
{
	int i;

	if (driver->termios)
		for (i = 0; i < driver->num; i++)
			kfree(driver->termios[i]);
	kfree(driver->termios);
	kfree(driver->ttys);
	kfree(driver);
}
EXPORT_SYMBOL(put_tty_driver);

/**
 * tty_set_operations - give a driver its operations
 * @driver: the driver
 * @op: the operations
 *
 * Context: any.
 */
void tty_set_operations(struct tty_driver *driver, const struct tty_operations *op)
{
	driver->ops = op;
}
EXPORT_SYMBOL(tty_set_operations);

/**
 * tty_register_driver - make a driver's lines openable
 * @driver: the driver, filled in
 *
 * Majors 4 and 5 belong to the tty layer (tty_init registers them);
 * another major is registered for tty_fops here. Without
 * TTY_DRIVER_DYNAMIC_DEV every line gets its device node at once.
 *
 * Context: process context.
 * Return: 0 or -errno.
 */
int tty_register_driver(struct tty_driver *driver)
{
	int i, ret;

	if (driver->major != TTY_MAJOR && driver->major != TTYAUX_MAJOR) {
		ret = register_chrdev(driver->major, driver->name, &tty_fops);
		if (ret < 0)
			return ret;
		if (!driver->major)
			driver->major = ret;
	}
	mutex_lock(&tty_mutex);
	driver->next = tty_drivers;
	tty_drivers = driver;
	driver->flags |= TTY_DRIVER_INSTALLED;
	mutex_unlock(&tty_mutex);
	if (!(driver->flags & TTY_DRIVER_DYNAMIC_DEV))
		for (i = 0; i < driver->num; i++)
			tty_register_device(driver, i, NULL);
	return 0;
}
EXPORT_SYMBOL(tty_register_driver);

/**
 * tty_unregister_driver - forget a driver (none of its lines open)
 * @driver: the driver
 *
 * Context: process context.
 * Return: 0, or -EBUSY while a line is open.
 */
int tty_unregister_driver(struct tty_driver *driver)
{
	struct tty_driver **pp;
	int i;

	mutex_lock(&tty_mutex);
	for (i = 0; i < driver->num; i++)
		if (driver->ttys[i]) {
			mutex_unlock(&tty_mutex);
			return -EBUSY;
		}
	for (pp = &tty_drivers; *pp; pp = &(*pp)->next)
		if (*pp == driver) {
			*pp = driver->next;
			break;
		}
	mutex_unlock(&tty_mutex);
	if (!(driver->flags & TTY_DRIVER_DYNAMIC_DEV))
		for (i = 0; i < driver->num; i++)
			tty_unregister_device(driver, i);
	if (driver->major != TTY_MAJOR && driver->major != TTYAUX_MAJOR)
		unregister_chrdev(driver->major, driver->name);
	return 0;
}
EXPORT_SYMBOL(tty_unregister_driver);

/**
 * tty_register_device - make /dev/NAMEn for one line (devtmpfs)
 * @driver: the driver
 * @index: the line
 * @dev: the parent device; Linnet has no driver model and ignores it
 *
 * Context: process context.
 * Return: NULL (2.6.32 returns the struct device, Linnet has none);
 * ERR_PTR(-EINVAL) for a line out of range.
 */
struct device *tty_register_device(struct tty_driver *driver, unsigned index, struct device *dev)
{
	char name[64];

	if (index >= (unsigned int)driver->num)
		return ERR_PTR(-EINVAL);
	tty_line_name(driver, index, name, sizeof(name));
	devtmpfs_create_node(name, 0620, MKDEV(driver->major, driver->minor_start + index));
	return NULL;
}
EXPORT_SYMBOL(tty_register_device);

/**
 * tty_unregister_device - remove /dev/NAMEn
 * @driver: the driver
 * @index: the line
 *
 * Context: process context.
 */
void tty_unregister_device(struct tty_driver *driver, unsigned index)
{
	char name[64];

	tty_line_name(driver, index, name, sizeof(name));
	devtmpfs_delete_node(name);
}
EXPORT_SYMBOL(tty_unregister_device);

/* The Secure Attention Key (SysRq-k) */

/* sak_fd - the first descriptor of @p open on @tty, or -1 */
static int sak_fd(struct task_struct *p, struct tty_struct *tty)
{
	struct files_struct *files = p->files;
	struct file *filp;
	unsigned int i;
	int fd = -1;

	if (!files)
		return -1;
	spin_lock(&files->file_lock);
	for (i = 0; fd < 0 && i < files_fdtable(files)->max_fds; i++) {
		filp = fcheck_files(files, i);
		if (filp && filp->f_op->read == tty_read && filp->private_data == tty)
			fd = i;
	}
	spin_unlock(&files->file_lock);
	return fd;
}

/**
 * __do_SAK - the Secure Attention Key: kill every process using @tty
 * @tty: the terminal (SysRq-k: the virtual console in front)
 *
 * Whatever was typed and not read is dropped, then every process of the
 * terminal's session, every process whose controlling terminal it is,
 * and every process with a descriptor open on it gets SIGKILL, each
 * named in the log as 2.6.32 names it. What is left on the terminal
 * afterwards was started by someone trusted (init's respawn), which is
 * the point: no program can fake a login prompt across SAK.
 *
 * Context: process context (SysRq runs it from a work item).
 */
void __do_SAK(struct tty_struct *tty)
{
	struct task_struct *p;
	unsigned long flags;
	int fd;

	if (!tty)
		return;
	tty_ldisc_flush(tty);
	tty_driver_flush_buffer(tty);
	local_irq_save(flags); /* the task list stays as it is */
	list_for_each_entry(p, &init_task.tasks, tasks) {
		if (!p->mm || p->exit_state)
			continue;
		if ((tty->session && task_session_nr(p) == tty->session) || p->signal->tty == tty) {
			printk(KERN_NOTICE
			       "SAK: killed process %d (%s): task_session(p)==tty->session\n",
			       p->pid, p->comm);
			send_sig(SIGKILL, p, 1);
			continue;
		}
		fd = sak_fd(p, tty);
		if (fd >= 0) {
			printk(KERN_NOTICE "SAK: killed process %d (%s): fd#%d opened to the tty\n",
			       p->pid, p->comm, fd);
			force_sig(SIGKILL, p);
		}
	}
	local_irq_restore(flags);
}

/* The monitor's terminal: its driver writes to the consoles */

static int kdbcon_write(struct tty_struct *tty, const unsigned char *buf, int count)
{
	console_write_tty((const char *)buf, count);
	return count;
}

static int kdbcon_write_room(struct tty_struct *tty)
{
	return 4096;
}

static const struct tty_operations kdbcon_ops = {
	.write = kdbcon_write,
	.write_room = kdbcon_write_room,
};

static struct tty_struct *kdb_ttys[1];
static struct ktermios *kdb_termios[1];
static struct ktermios kdb_termios0;

static struct tty_driver kdbcon_driver = {
	.magic = TTY_DRIVER_MAGIC,
	.driver_name = "kdb",
	.name = "kdb",
	.num = 1,
	.type = TTY_DRIVER_TYPE_SYSTEM,
	.ttys = kdb_ttys,
	.termios = kdb_termios,
	.ops = &kdbcon_ops,
};

/**
 * kdb_tty - the kernel monitor's terminal (no device file)
 *
 * It writes to every console, as printk does (console_write_tty, which
 * turns '\n' into "\r\n" on the serial line itself: OPOST is off).
 */
struct tty_struct kdb_tty;

static struct file kdb_tty_file; /* stands for the monitor's open file: its flags */

/**
 * tty_kernel_read - the monitor reads its terminal
 * @tty: kdb_tty
 * @buf: a kernel buffer
 * @count: its size
 * @nonblock: return -EAGAIN rather than wait
 *
 * Context: process context (a kernel thread).
 * Return: as read(): bytes, 0 at end of file, -EAGAIN or -ERESTARTSYS.
 */
ssize_t tty_kernel_read(struct tty_struct *tty, char *buf, size_t count, bool nonblock)
{
	struct file f = kdb_tty_file;

	f.f_flags = nonblock ? O_NONBLOCK : 0;
	return tty->ldisc->ops->read(tty, &f, (unsigned char __user *)buf, count);
}

/**
 * tty_kernel_write - the monitor writes its terminal
 * @tty: kdb_tty
 * @buf: the text
 * @count: its length
 *
 * Straight to the driver, as the monitor's output always went.
 *
 * Context: process context.
 * Return: @count.
 */
ssize_t tty_kernel_write(struct tty_struct *tty, const char *buf, size_t count)
{
	mutex_lock(&tty->atomic_write_lock);
	tty->ops->write(tty, (const unsigned char *)buf, count);
	mutex_unlock(&tty->atomic_write_lock);
	return count;
}

static void kdb_tty_init(void)
{
	struct tty_struct *tty = &kdb_tty;

	kdb_termios0 = tty_std_termios;
	kdb_termios0.c_oflag &= ~OPOST; /* the consoles make "\r\n" themselves */
	kdbcon_driver.init_termios = kdb_termios0;
	kdb_termios[0] = &kdb_termios0;
	tty_kernel_init(tty, &kdbcon_driver, 0);
	strscpy(tty->name, "console", sizeof(tty->name));
	if (tty_buffer_init(tty) || tty_ldisc_setup(tty))
		panic("tty: cannot set up the monitor's terminal");
	kdb_ttys[0] = tty;
	kdb_tty_file.f_op = &tty_fops;
}

/**
 * tty_init - the tty layer: N_TTY, the monitor's terminal, /dev/tty, /dev/console
 *
 * Context: process context, before the input drivers start.
 */
void tty_init(void)
{
	tty_ldisc_begin();
	kdb_tty_init();
	if (register_chrdev(TTY_MAJOR, "/dev/vc/0", &tty_fops) < 0 ||
	    register_chrdev(TTYAUX_MAJOR, "/dev/tty", &tty_fops) < 0)
		printk(KERN_ERR "tty: cannot register majors 4 and 5\n");
	devtmpfs_create_node("tty", 0666, MKDEV(TTYAUX_MAJOR, 0));
	devtmpfs_create_node("console", 0600, MKDEV(TTYAUX_MAJOR, 1));
	devtmpfs_create_node("tty0", 0620, MKDEV(TTY_MAJOR, 0));
}

/**
 * console_drivers_init - bring up the tty layer and the devices around it
 *
 * The tty layer first, then the terminals' drivers: the virtual console
 * (tty1, with the keyboard) and the serial port (ttyS0), then the
 * keyboard controller, SysRq's /proc/sysrq-trigger, and the monitor's
 * thread (which waits for the monitor to be entered). A
 * driver that fails is reported and left out; the others still work.
 * The serial port and the keyboard controller are started here only when
 * built in (CONFIG_SERIAL_8250=y, CONFIG_SERIO_I8042=y); as modules
 * (8250.ko, i8042.ko) the userland's rcS loads them.
 *
 * Context: process context, with interrupts, the scheduler and the slab up.
 */
void console_drivers_init(void)
{
	int ret;

	tty_init();
	ret = vty_init();
	if (ret)
		printk(KERN_ERR "vt: cannot register tty1 (%d)\n", ret);
#ifdef CONFIG_SERIAL_8250 /* =m: 8250.ko does this when it is loaded */
	ret = serial8250_init();
	if (ret)
		printk(KERN_ERR "serial8250: staying polled (%d)\n", ret);
#endif
#ifdef CONFIG_SERIO_I8042 /* =m: i8042.ko's module_init */
	ret = i8042_init();
	if (ret)
		printk(KERN_ERR "i8042: no keyboard (%d)\n", ret);
#endif
	sysrq_init();
	kdb_monitor_start();
}
