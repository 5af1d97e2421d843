/*
 * tty_ldisc.h - a line discipline: what sits between a tty's driver and
 * its readers and writers.
 *
 * Input goes driver -> flip buffer -> ldisc->receive_buf(); read() and
 * write() on the tty go to ldisc->read() and ldisc->write(). N_TTY
 * (drivers/char/n_tty.c), the terminal discipline with termios, is the
 * one every tty starts with; others (SLIP, PPP in Linux) are chosen by
 * number with TIOCSETD. tty_register_ldisc() puts a struct tty_ldisc_ops
 * in the table by number, as 2.6.32 does. Linnet registers only N_TTY;
 * TIOCSETD to another number gets -EINVAL as an unregistered number does
 * in 2.6.32. See docs/tty.md.
 */
#ifndef _LINUX_TTY_LDISC_H
#define _LINUX_TTY_LDISC_H

#include <linux/types.h>
#include <linux/atomic.h>

struct tty_struct;
struct file;
struct poll_table_struct;

/**
 * struct tty_ldisc_ops - a line discipline's operations
 * @magic: TTY_LDISC_MAGIC
 * @name: its name ("n_tty")
 * @num: its number (N_TTY)
 * @flags: LDISC_FLAG_DEFINED once registered
 * @open: attach to @tty (allocate state); 0 or -errno
 * @close: detach
 * @flush_buffer: drop the input not yet read
 * @chars_in_buffer: how much input waits to be read
 * @read: a read() on the tty
 * @write: a write() on the tty
 * @ioctl: ioctls the tty layer did not answer
 * @set_termios: the settings changed (@old: the previous ones)
 * @poll: a poll() on the tty
 * @hangup: the line hung up
 * @receive_buf: input from the flip buffer (@fp: flags, may be NULL)
 * @write_wakeup: the driver has room to send again
 * @refcount: ttys using it
 */
struct tty_ldisc_ops {
	int magic;
	const char *name;
	int num;
	int flags;
	int (*open)(struct tty_struct *tty);
	void (*close)(struct tty_struct *tty);
	void (*flush_buffer)(struct tty_struct *tty);
	ssize_t (*chars_in_buffer)(struct tty_struct *tty);
	ssize_t (*read)(struct tty_struct *tty, struct file *file, unsigned char __user *buf,
			size_t nr);
	ssize_t (*write)(struct tty_struct *tty, struct file *file, const unsigned char *buf,
			 size_t nr);
	int (*ioctl)(struct tty_struct *tty, struct file *file, unsigned int cmd,
		     unsigned long arg);
	void (*set_termios)(struct tty_struct *tty, struct ktermios *old);
	unsigned int (*poll)(struct tty_struct *tty, struct file *file,
			     struct poll_table_struct *wait);
	int (*hangup)(struct tty_struct *tty);
	void (*receive_buf)(struct tty_struct *tty, const unsigned char *cp, char *fp,
			    int count);
	void (*write_wakeup)(struct tty_struct *tty);
	int refcount;
};

/**
 * struct tty_ldisc - a tty's use of a line discipline
 * @ops: the discipline
 * @users: references held by callers inside it
 */
struct tty_ldisc {
	struct tty_ldisc_ops *ops;
	atomic_t users;
};

#define TTY_LDISC_MAGIC 0x5403
#define LDISC_FLAG_DEFINED 0x00000001

int tty_register_ldisc(int disc, struct tty_ldisc_ops *new_ldisc);
int tty_unregister_ldisc(int disc);

#endif /* _LINUX_TTY_LDISC_H */
