/*
 * tty.h - the console terminal: where the shell reads and writes.
 *
 * One tty, "console", gathers input from the PS/2 keyboard and from the
 * serial line, runs it through the line discipline (<linnet/n_tty.h>),
 * and queues what the discipline delivers for readers, who sleep on a
 * wait queue until a line is there. Output goes to every console (VGA
 * and serial). Ctrl-C sends SIGINT to the tty's foreground task. See
 * drivers/char/tty_io.c and docs/drivers.md.
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
 * @eof: end of file (Ctrl-D on an empty line) pending for the next read
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
	bool eof;
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
void tty_set_canonical(struct tty_struct *tty, bool icanon, bool echo);

#endif /* _LINUX_TTY_H */
