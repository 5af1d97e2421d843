/*
 * tty_ioctl.c - the terminal settings: termios ioctls and flow control.
 *
 * tcgetattr() is TCGETS: the tty's struct ktermios copied out as user
 * space's struct termios. tcsetattr(fd, TCSANOW/TCSADRAIN/TCSAFLUSH) is
 * TCSETS/TCSETSW/TCSETSF: first tty_check_change() (a background process
 * gets SIGTTOU), then for TCSETSF the unread input is dropped, for
 * TCSETSW and TCSETSF the caller waits until the output is sent, and
 * change_termios() installs the new settings and tells the driver and
 * the line discipline. TCGETA/TCSETA* do the same with the old struct
 * termio. n_tty_ioctl_helper adds what a line discipline answers:
 * TCFLSH (drop input and/or output), TCXONC (stop or restart output,
 * send STOP or START), FIONREAD and TIOCOUTQ.
 *
 * Linux 2.6.32 also has TCGETS2/TCSETS2 (arbitrary speeds), the locked
 * termios (TIOCGLCKTRMIOS), TIOCGSOFTCAR and packet mode; Linnet
 * answers those with -ENOTTY (-EINVAL where 2.6.32 does). See docs/tty.md.
 */
#include <linux/tty.h>
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <linux/fs.h>

#define TERMIOS_FLUSH 1
#define TERMIOS_WAIT 2
#define TERMIOS_TERMIO 4

/**
 * tty_chars_in_buffer - how many bytes the driver has still to send
 * @tty: the terminal
 *
 * Context: any.
 * Return: the count.
 */
int tty_chars_in_buffer(struct tty_struct *tty)
{
	return tty->ops->chars_in_buffer ? tty->ops->chars_in_buffer(tty) : 0;
}

/**
 * tty_write_room - how many bytes the driver takes now
 * @tty: the terminal
 *
 * Context: any.
 * Return: the count.
 */
int tty_write_room(struct tty_struct *tty)
{
	return tty->ops->write_room ? tty->ops->write_room(tty) : 2048;
}

/**
 * tty_driver_flush_buffer - drop what waits to be sent
 * @tty: the terminal
 *
 * Context: any.
 */
void tty_driver_flush_buffer(struct tty_struct *tty)
{
	if (tty->ops->flush_buffer)
		tty->ops->flush_buffer(tty);
}

/**
 * tty_throttle - ask the driver to stop the sender
 * @tty: the terminal
 *
 * Context: any.
 */
void tty_throttle(struct tty_struct *tty)
{
	if (!test_and_set_bit(TTY_THROTTLED, &tty->flags) && tty->ops->throttle)
		tty->ops->throttle(tty);
}

/**
 * tty_unthrottle - let the sender go on
 * @tty: the terminal
 *
 * Context: any.
 */
void tty_unthrottle(struct tty_struct *tty)
{
	if (test_and_clear_bit(TTY_THROTTLED, &tty->flags) && tty->ops->unthrottle)
		tty->ops->unthrottle(tty);
}

/* tty_wait_until_sent - sleep until the driver's transmit queue is empty */
static int tty_wait_until_sent(struct tty_struct *tty)
{
	long left = 10 * HZ; /* a stopped line must not hold the caller for ever */

	while (tty_chars_in_buffer(tty) && left > 0) {
		if (signal_pending(current))
			return -EINTR;
		left = schedule_timeout_interruptible(left > 1 ? 1 : left) ? left : left - 1;
	}
	if (tty->ops->wait_until_sent)
		tty->ops->wait_until_sent(tty, 0);
	return 0;
}

static const speed_t baud_table[] = { 0,     50,    75,	   110,	   134,	   150,	  200,
				      300,   600,   1200,  1800,   2400,   4800,  9600,
				      19200, 38400, 57600, 115200, 230400, 460800 };

/**
 * tty_termios_baud_rate - the line speed that c_cflag's CBAUD bits say
 * @termios: the settings
 *
 * Context: any.
 * Return: bits per second.
 */
speed_t tty_termios_baud_rate(struct ktermios *termios)
{
	unsigned int cbaud = termios->c_cflag & CBAUD;

	if (cbaud & CBAUDEX) {
		cbaud &= ~CBAUDEX;
		cbaud += 15;
	}
	return cbaud < ARRAY_SIZE(baud_table) ? baud_table[cbaud] : 0;
}

/**
 * tty_get_termios - read a terminal's settings
 * @tty: the terminal
 * @termios: where to copy them
 *
 * Context: process context.
 */
void tty_get_termios(struct tty_struct *tty, struct ktermios *termios)
{
	mutex_lock(&tty->termios_mutex);
	*termios = *tty->termios;
	mutex_unlock(&tty->termios_mutex);
}

/*
 * change_termios - install new settings and tell the driver and the
 * ldisc (2.6.32's name). The ldisc runs with the input softirq kept out.
 */
static void change_termios(struct tty_struct *tty, struct ktermios *new)
{
	struct ktermios old;
	struct tty_ldisc *ld;

	mutex_lock(&tty->termios_mutex);
	old = *tty->termios;
	*tty->termios = *new;
	tty->termios->c_ispeed = tty->termios->c_ospeed = tty_termios_baud_rate(tty->termios);
	if (tty->ops->set_termios)
		tty->ops->set_termios(tty, &old);
	ld = tty_ldisc_ref(tty);
	if (ld) {
		if (ld->ops->set_termios)
			ld->ops->set_termios(tty, &old);
		tty_ldisc_deref(ld);
	}
	mutex_unlock(&tty->termios_mutex);
	/* output stopped by ^S restarts when IXON goes */
	if (!(tty->termios->c_iflag & IXON) && (old.c_iflag & IXON))
		start_tty(tty);
}

/**
 * tty_set_termios - change a terminal's settings from the kernel
 * @tty: the terminal
 * @termios: the new settings
 *
 * Context: process context.
 * Return: 0.
 */
int tty_set_termios(struct tty_struct *tty, struct ktermios *termios)
{
	change_termios(tty, termios);
	return 0;
}

static int user_termio_to_kernel(struct ktermios *k, struct termio __user *u)
{
	struct termio t;

	if (copy_from_user(&t, u, sizeof(t)))
		return -EFAULT;
	/* the low 16 bits of each flag word; the high ones are kept */
	k->c_iflag = (k->c_iflag & 0xffff0000) | t.c_iflag;
	k->c_oflag = (k->c_oflag & 0xffff0000) | t.c_oflag;
	k->c_cflag = (k->c_cflag & 0xffff0000) | t.c_cflag;
	k->c_lflag = (k->c_lflag & 0xffff0000) | t.c_lflag;
	k->c_line = t.c_line;
	memcpy(k->c_cc, t.c_cc, NCC);
	return 0;
}

static int kernel_termios_to_user_termio(struct termio __user *u, struct ktermios *k)
{
	struct termio t = {
		.c_iflag = k->c_iflag,
		.c_oflag = k->c_oflag,
		.c_cflag = k->c_cflag,
		.c_lflag = k->c_lflag,
		.c_line = k->c_line,
	};

	memcpy(t.c_cc, k->c_cc, NCC);
	return copy_to_user(u, &t, sizeof(t)) ? -EFAULT : 0;
}

/* set_termios - TCSETS and friends: check, copy in, flush or wait, install */
static int set_termios(struct tty_struct *tty, void __user *arg, int opt)
{
	struct ktermios tmp;
	struct tty_ldisc *ld;
	int retval = tty_check_change(tty);

	if (retval)
		return retval;
	tty_get_termios(tty, &tmp);
	if (opt & TERMIOS_TERMIO) {
		if (user_termio_to_kernel(&tmp, arg))
			return -EFAULT;
	} else if (copy_from_user(&tmp, arg, sizeof(struct termios))) {
		return -EFAULT;
	}
	ld = tty_ldisc_ref(tty);
	if (ld) {
		if ((opt & TERMIOS_FLUSH) && ld->ops->flush_buffer)
			ld->ops->flush_buffer(tty);
		tty_ldisc_deref(ld);
	}
	if (opt & TERMIOS_WAIT) {
		tty_wait_until_sent(tty);
		if (signal_pending(current))
			return -EINTR;
	}
	change_termios(tty, &tmp);
	return 0;
}

/**
 * tty_mode_ioctl - the termios ioctls every tty answers
 * @tty: the terminal
 * @file: the file
 * @cmd: TCGETS, TCSETS, TCSETSW, TCSETSF, TCGETA, TCSETA, TCSETAW, TCSETAF
 * @arg: the user pointer
 *
 * Context: process context.
 * Return: 0, -EFAULT, -ERESTARTSYS/-EIO (job control), -EINTR, or
 * -ENOIOCTLCMD if @cmd is not one of them.
 */
int tty_mode_ioctl(struct tty_struct *tty, struct file *file, unsigned int cmd, unsigned long arg)
{
	void __user *p = (void __user *)arg;
	struct ktermios k;

	switch (cmd) {
	case TCGETS:
		tty_get_termios(tty, &k);
		return copy_to_user(p, &k, sizeof(struct termios)) ? -EFAULT : 0;
	case TCSETSF:
		return set_termios(tty, p, TERMIOS_FLUSH | TERMIOS_WAIT);
	case TCSETSW:
		return set_termios(tty, p, TERMIOS_WAIT);
	case TCSETS:
		return set_termios(tty, p, 0);
	case TCGETA:
		tty_get_termios(tty, &k);
		return kernel_termios_to_user_termio(p, &k);
	case TCSETAF:
		return set_termios(tty, p, TERMIOS_FLUSH | TERMIOS_WAIT | TERMIOS_TERMIO);
	case TCSETAW:
		return set_termios(tty, p, TERMIOS_WAIT | TERMIOS_TERMIO);
	case TCSETA:
		return set_termios(tty, p, TERMIOS_TERMIO);
	}
	return -ENOIOCTLCMD;
}

/* send_prio_char - a START or STOP character ahead of the output */
static void send_prio_char(struct tty_struct *tty, char ch)
{
	bool was_stopped = tty->stopped;

	if (tty->ops->send_xchar) {
		tty->ops->send_xchar(tty, ch);
		return;
	}
	if (was_stopped)
		start_tty(tty);
	tty_put_char(tty, ch);
	if (was_stopped)
		stop_tty(tty);
}

/**
 * n_tty_ioctl_helper - the ioctls a terminal line discipline answers
 * @tty: the terminal
 * @file: the file
 * @cmd: TCXONC, TCFLSH, FIONREAD/TIOCINQ, TIOCOUTQ, or a termios ioctl
 * @arg: its argument
 *
 * Context: process context.
 * Return: 0, a negative errno, or -ENOTTY for an ioctl no one knows.
 */
int n_tty_ioctl_helper(struct tty_struct *tty, struct file *file, unsigned int cmd,
		       unsigned long arg)
{
	int retval;

	switch (cmd) {
	case TCXONC:
		retval = tty_check_change(tty);
		if (retval)
			return retval;
		switch (arg) {
		case TCOOFF:
			if (!tty->flow_stopped) {
				tty->flow_stopped = 1;
				stop_tty(tty);
			}
			return 0;
		case TCOON:
			if (tty->flow_stopped) {
				tty->flow_stopped = 0;
				start_tty(tty);
			}
			return 0;
		case TCIOFF:
			if (STOP_CHAR(tty) != __DISABLED_CHAR)
				send_prio_char(tty, STOP_CHAR(tty));
			return 0;
		case TCION:
			if (START_CHAR(tty) != __DISABLED_CHAR)
				send_prio_char(tty, START_CHAR(tty));
			return 0;
		}
		return -EINVAL;
	case TCFLSH:
		retval = tty_check_change(tty);
		if (retval)
			return retval;
		switch (arg) {
		case TCIFLUSH:
			tty_ldisc_flush(tty);
			return 0;
		case TCIOFLUSH:
			tty_ldisc_flush(tty);
			tty_driver_flush_buffer(tty);
			return 0;
		case TCOFLUSH:
			tty_driver_flush_buffer(tty);
			return 0;
		}
		return -EINVAL;
	case FIONREAD:
		return put_user(n_tty_inq(tty), (int __user *)arg);
	case TIOCOUTQ:
		return put_user(tty_chars_in_buffer(tty), (int __user *)arg);
	}
	retval = tty_mode_ioctl(tty, file, cmd, arg);
	return retval == -ENOIOCTLCMD ? -ENOTTY : retval;
}
