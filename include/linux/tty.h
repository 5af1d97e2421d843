/*
 * tty.h - the console terminal: where the shell reads and writes.
 *
 * One tty, "console", gathers input from the PS/2 keyboard and from the
 * serial line, runs it through the line discipline (<linnet/n_tty.h>),
 * and queues what the discipline delivers for readers, who sleep on a
 * wait queue until a line is there. Output goes to every console (VGA
 * and serial). ^C sends SIGINT to the tty's foreground task. See
 * drivers/char/tty_io.c and docs/drivers.md.
 *
 * Linux 2.6.32's struct tty_struct belongs to a struct tty_driver (one per
 * kind of device: ttyS, tty), has a flip buffer the driver fills and an
 * ldisc chosen by number, and user space reaches it through
 * tty_read(struct file *, ...) on major 4 (ttyS0 is 4:64, tty0 4:0) and
 * 5:1 for /dev/console. Linnet has this one console tty (major 5), which
 * n_tty serves directly; the functions below taking a struct tty_struct
 * are Linnet's own, not Linux's.
 */
#ifndef _LINUX_TTY_H
#define _LINUX_TTY_H

#include <linux/types.h>
#include <linux/kfifo.h>
#include <linnet/n_tty.h>
#include <linux/wait.h>
#include <linux/mutex.h>

struct task_struct;

/**
 * struct tty_struct - a terminal
 * @name: its device name
 * @ldata: the line discipline's state
 * @read_fifo: bytes delivered by the line discipline, waiting for readers
 * @read_wait: readers sleep here until @read_fifo has data (or end of file)
 * @read_lock: serialises readers (the fifo has one consumer)
 * @write_lock: serialises writers so lines do not interleave
 * @pgrp: the foreground task, which Ctrl-C signals
 * @overruns: bytes the line discipline delivered that @read_fifo had no room for
 * @received: bytes received from the devices
 */
struct tty_struct {
	const char *name;
	struct n_tty_data ldata;
	struct kfifo read_fifo;
	wait_queue_head_t read_wait;
	struct mutex read_lock;
	struct mutex write_lock;
	struct task_struct *pgrp;
	unsigned long overruns;
	unsigned long received;
};

extern struct tty_struct console_tty;

void tty_init(void);
void console_drivers_init(void);
void tty_receive_buf(struct tty_struct *tty, const unsigned char *buf, unsigned int n);
ssize_t tty_read(struct tty_struct *tty, char *buf, size_t count, bool nonblock);
ssize_t tty_write(struct tty_struct *tty, const char *buf, size_t count);
void tty_set_pgrp(struct tty_struct *tty, struct task_struct *task);
void tty_get_termios(struct tty_struct *tty, struct ktermios *termios);
void tty_set_termios(struct tty_struct *tty, const struct ktermios *termios);

#endif /* _LINUX_TTY_H */
