/*
 * tty_io.c - the console tty: input from two devices, a line discipline,
 *         a queue, and readers asleep on a wait queue.
 *
 * Two bottom halves feed the tty: the keyboard's tasklet (drivers/input/serio/i8042.c)
 * with the characters drivers/char/keyboard.c decoded, and the serial port's
 * tasklet (drivers/serial/8250.c) with the bytes the UART received. Both
 * run in softirq context, which on one CPU never interleaves with itself,
 * so the line discipline sees one stream of input:
 *
 *   i8042 tasklet ---\                                     read_wait
 *                     >-> n_tty (termios) -> read_fifo -------------> reader
 *   8250 tasklet  ---/           |                 (wake_up_interruptible)
 *                                +-> echo -> consoles (VGA, serial)
 *
 * The line discipline delivers whole lines in canonical mode, so
 * tty_read() returns at most one line per call, as a terminal read()
 * does; a line pushed by VEOF (^D) ends in a 0 byte that the reader
 * drops, and a lone 0 byte reads as end of file. read_fifo has one
 * producer (softirq context) and one consumer (a reader, holding
 * read_lock), which is the lock-free case of lib/kfifo.c.
 *
 * ^C sends SIGINT to the foreground task (the shell sets itself), which
 * ends the wait of any interruptible sleep it is in. The settings are a
 * struct ktermios (tty_get_termios, tty_set_termios); the shell turns
 * ICANON and ECHO off while it edits a line itself.
 *
 * Linux 2.6.32's tty layer has a struct tty_driver per device, a
 * tty_operations table, a flip buffer between the driver and the line
 * discipline, ldiscs registered by number (N_TTY) and
 * tty_read(struct file *, ...). Linnet has one console tty fed by two
 * devices and calls n_tty directly; the entry points named console_tty_*
 * here are Linnet's own. See docs/drivers.md.
 */
#include <linux/tty.h>
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/uaccess.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/interrupt.h>
#include <linux/poll.h>
#include <linux/sched.h>
#include <linux/i8042.h>
#include <linux/serial_8250.h>

#define TTY_READ_FIFO_SIZE 4096

static unsigned char console_read_buf[TTY_READ_FIFO_SIZE];

/* The console tty; its fields are set up by tty_init(). */
struct tty_struct console_tty = { .name = "console" };

static void tty_echo(struct n_tty_data *ldata, const char *s, unsigned int n)
{
	console_write_tty(s, n);
}

static void tty_deliver(struct n_tty_data *ldata, const char *s, unsigned int n)
{
	struct tty_struct *tty = ldata->priv;
	unsigned int done;

	done = kfifo_in(&tty->read_fifo, s, n);
	tty->overruns += n - done;
	wake_up_interruptible(&tty->read_wait);
}

static void tty_signal(struct n_tty_data *ldata, int sig)
{
	struct tty_struct *tty = ldata->priv;
	struct task_struct *p = READ_ONCE(tty->pgrp);

	if (p)
		send_sig(sig, p, 1);
}

static const struct n_tty_ops tty_ldisc_ops = {
	.echo = tty_echo,
	.deliver = tty_deliver,
	.signal = tty_signal,
};

/**
 * tty_receive_buf - give the tty bytes received from a device
 * @tty: the tty
 * @buf: the bytes (characters or escape sequences)
 * @n: how many
 *
 * Context: softirq (a driver's tasklet). Does not sleep.
 */
void tty_receive_buf(struct tty_struct *tty, const unsigned char *buf, unsigned int n)
{
	tty->received += n;
	n_tty_receive_buf(&tty->ldata, buf, n);
}

static bool tty_readable(struct tty_struct *tty)
{
	return !kfifo_is_empty(&tty->read_fifo);
}

/*
 * copy_line - in canonical mode, the bytes up to and including a newline,
 * or up to a 0 byte (VEOF pushed the line), which is dropped; in raw mode,
 * what is there.
 */
static size_t copy_line(struct tty_struct *tty, char *buf, size_t count)
{
	bool canon = tty->ldata.termios.c_lflag & ICANON;
	size_t n = 0;
	unsigned char c;

	while (n < count && kfifo_get(&tty->read_fifo, &c)) {
		if (canon && c == __DISABLED_CHAR)
			break;
		buf[n++] = c;
		if (canon && c == '\n')
			break;
	}
	return n;
}

/**
 * tty_read - read input: a line in canonical mode, what is there in raw mode
 * @tty: the tty
 * @buf: where to put it
 * @count: room in @buf
 * @nonblock: return -EAGAIN instead of waiting
 *
 * Context: process context; sleeps until input arrives.
 * Return: the bytes read, 0 at end of file (Ctrl-D), -EAGAIN, or
 * -ERESTARTSYS if a signal interrupted the wait.
 */
ssize_t tty_read(struct tty_struct *tty, char *buf, size_t count, bool nonblock)
{
	ssize_t ret;

	if (mutex_lock_interruptible(&tty->read_lock))
		return -ERESTARTSYS;
	if (nonblock && !tty_readable(tty))
		ret = -EAGAIN;
	else
		ret = wait_event_interruptible(tty->read_wait, tty_readable(tty));
	if (!ret)
		ret = copy_line(tty, buf, count);
	mutex_unlock(&tty->read_lock);
	return ret;
}

/**
 * tty_write - write text to the terminal (every console)
 * @tty: the tty
 * @buf: the text; "\n" becomes "\r\n" on the serial line
 * @count: its length
 *
 * Context: process context; may sleep.
 * Return: @count.
 */
ssize_t tty_write(struct tty_struct *tty, const char *buf, size_t count)
{
	mutex_lock(&tty->write_lock);
	console_write_tty(buf, count);
	mutex_unlock(&tty->write_lock);
	return count;
}

/**
 * tty_set_pgrp - choose the task that Ctrl-C signals
 * @tty: the tty
 * @task: the task, or NULL for none
 *
 * Context: any.
 */
void tty_set_pgrp(struct tty_struct *tty, struct task_struct *task)
{
	WRITE_ONCE(tty->pgrp, task);
}

/**
 * tty_get_termios - read the terminal's settings
 * @tty: the tty
 * @termios: where to copy them
 *
 * Context: any.
 */
void tty_get_termios(struct tty_struct *tty, struct ktermios *termios)
{
	local_bh_disable();
	*termios = tty->ldata.termios;
	local_bh_enable();
}

/**
 * tty_set_termios - change the terminal's settings (what TCSETS does)
 * @tty: the tty
 * @termios: the new settings
 *
 * Input already delivered stays readable; leaving canonical mode makes
 * the part of a line typed so far readable too.
 *
 * Context: process context.
 */
void tty_set_termios(struct tty_struct *tty, const struct ktermios *termios)
{
	local_bh_disable(); /* keep the input tasklets out while the settings change */
	n_tty_set_termios(&tty->ldata, termios);
	local_bh_enable();
}

/*
 * /dev/console's read and write for processes: tty_read() and
 * tty_write() work on kernel buffers, so the bytes pass through one on
 * the stack, copied with copy_to_user()/copy_from_user() (a bad user
 * pointer is -EFAULT, never an oops).
 */
static ssize_t console_read(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	char chunk[128];
	ssize_t n;

	n = tty_read(&console_tty, chunk, min(count, sizeof(chunk)), file->f_flags & O_NONBLOCK);
	if (n > 0 && copy_to_user(buf, chunk, n))
		return -EFAULT;
	return n;
}

static ssize_t console_fwrite(struct file *file, const char __user *buf, size_t count, loff_t *ppos)
{
	char chunk[128];
	size_t done = 0;

	while (done < count) {
		size_t n = min(count - done, sizeof(chunk));

		if (copy_from_user(chunk, buf + done, n))
			return done ? (ssize_t)done : -EFAULT;
		tty_write(&console_tty, chunk, n);
		done += n;
	}
	return done;
}

static unsigned int console_poll(struct file *file, poll_table *wait)
{
	poll_wait(file, &console_tty.read_wait, wait);
	return POLLOUT | POLLWRNORM | (tty_readable(&console_tty) ? POLLIN | POLLRDNORM : 0);
}

static const struct file_operations console_fops = {
	.read = console_read,
	.write = console_fwrite,
	.poll = console_poll,
};

/**
 * tty_init - set up the console tty and register the "console" device
 *
 * Context: process context, before the input drivers start.
 */
void tty_init(void)
{
	struct tty_struct *tty = &console_tty;

	n_tty_init(&tty->ldata, &tty_ldisc_ops, tty);
	kfifo_init(&tty->read_fifo, console_read_buf, sizeof(console_read_buf));
	init_waitqueue_head(&tty->read_wait);
	mutex_init(&tty->read_lock);
	mutex_init(&tty->write_lock);
	if (register_chrdev(5, "console", &console_fops) < 0)
		printk(KERN_ERR "tty: cannot register the console device\n");
}

/**
 * console_drivers_init - bring up the console tty and the devices around it
 *
 * The tty first (the drivers feed it), then the serial port leaves
 * polling for interrupts, the keyboard controller starts, and wait1
 * registers. A driver that fails is reported and left out; the others
 * still work.
 *
 * Context: process context, with interrupts, the scheduler and the slab up.
 */
void console_drivers_init(void)
{
	int ret;

	tty_init();
	ret = serial8250_init();
	if (ret)
		printk(KERN_ERR "serial8250: staying polled (%d)\n", ret);
	ret = i8042_init();
	if (ret)
		printk(KERN_ERR "i8042: no keyboard (%d)\n", ret);
}
