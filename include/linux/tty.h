/*
 * tty.h - a terminal: struct tty_struct and the tty layer's calls.
 *
 * A tty is one open terminal line: ttyS0 (the serial port), tty1 (the
 * VGA screen with the PS/2 keyboard). It joins three parts, as in Linux
 * 2.6.32:
 *
 *   driver (tty_driver.h)  ->  flip buffer (tty_flip.h)  ->  line discipline (tty_ldisc.h)
 *   8250 / vt: the hardware    bytes received, waiting       N_TTY: termios, echo,
 *                                                             signals, the read buffer
 *
 * and the job-control state of the session it controls (@session,
 * @pgrp). drivers/char/tty_io.c is the file interface (open, read,
 * write, ioctl, poll on /dev/ttyS0, /dev/tty1, /dev/tty, /dev/console).
 *
 * Differences from 2.6.32, stated where met: @pgrp and @session are
 * numbers (Linnet has no struct pid); a tty is freed on its last close
 * with no kref; the kernel monitor (kernel/debug/kdb) has a tty of its
 * own, kdb_tty, that is not a device: while the monitor is active the
 * drivers' input goes to it (tty_input_target()). See docs/tty.md.
 */
#ifndef _LINUX_TTY_H
#define _LINUX_TTY_H

#include <linux/types.h>
#include <linux/kfifo.h>
#include <linux/interrupt.h>
#include <linux/wait.h>
#include <linux/mutex.h>
#include <linux/spinlock.h>
#include <linux/tty_driver.h>
#include <linux/tty_ldisc.h>
#include <asm/termios.h>

struct task_struct;
struct file;
struct fasync_struct;
struct inode;

#define TTY_MAGIC 0x5401

/* Major numbers: /dev/tty1 and /dev/ttyS0 are 4, /dev/tty and /dev/console 5 */
#define TTY_MAJOR 4
#define TTYAUX_MAJOR 5

/* The flip buffer's size: what may wait between a driver and the ldisc */
#define TTY_FLIPBUF_SIZE 4096
/* write() hands the ldisc pieces of this size (2.6.32's do_tty_write chunk) */
#define TTY_WRITE_CHUNK 2048

/* tty_struct.flags bits (2.6.32's numbers) */
#define TTY_THROTTLED 0
#define TTY_IO_ERROR 1
#define TTY_OTHER_CLOSED 2
#define TTY_EXCLUSIVE 3
#define TTY_DEBUG 4
#define TTY_DO_WRITE_WAKEUP 5
#define TTY_PUSH 6
#define TTY_CLOSING 7
#define TTY_LDISC 9
#define TTY_HUPPED 18

/**
 * struct tty_bufhead - the flip buffer: received bytes on their way to the ldisc
 * @fifo: the bytes; one producer (the driver's bottom half), one
 *        consumer (flush_to_ldisc)
 * @data: @fifo's storage
 * @work: runs flush_to_ldisc
 * @dropped: bytes a full buffer refused
 */
struct tty_bufhead {
	struct kfifo fifo;
	unsigned char *data;
	struct tasklet_struct work;
	unsigned long dropped;
};

/**
 * struct tty_struct - an open terminal line
 * @magic: TTY_MAGIC
 * @count: open files on it
 * @driver: its driver
 * @ops: the driver's operations
 * @index: its line in @driver
 * @ldisc: its line discipline
 * @termios_mutex: serialises changes of @termios and @winsize
 * @ctrl_lock: guards @pgrp and @session
 * @termios: the settings (the driver keeps them from open to open)
 * @name: "ttyS0"
 * @pgrp: the foreground process group (0: none)
 * @session: the session it controls (0: none)
 * @flags: TTY_* bits
 * @winsize: the window size (TIOCGWINSZ)
 * @stopped: output stopped by ^S or TCOOFF
 * @hw_stopped: output stopped by the hardware
 * @flow_stopped: TCIOFF sent
 * @low_latency: push input to the ldisc at once
 * @receive_room: bytes the ldisc can take now
 * @minimum_to_wake: a reader wants this many bytes before it wakes
 * @disc_data: the ldisc's state
 * @driver_data: the driver's state
 * @read_wait: readers sleep here
 * @write_wait: writers sleep here
 * @buf: the flip buffer
 * @atomic_read_lock: one reader at a time
 * @atomic_write_lock: one writer at a time, so writes do not interleave
 * @write_buf: write()'s bounce buffer from user space (guarded by
 *             @atomic_write_lock)
 * @write_cnt: its size
 * @kernel_opens: opens by the monitor's thread (its cksum of ttyS0):
 *                while one is open, the line's input is not diverted
 * @fg_task: kdb_tty only: the kernel thread its signal keys signal
 * @received: bytes received from the driver
 * @fasync: files of this tty with O_ASYNC: SIGIO when input arrives (n_tty)
 */
struct tty_struct {
	int magic;
	int count;
	struct tty_driver *driver;
	const struct tty_operations *ops;
	int index;
	struct tty_ldisc *ldisc;
	struct mutex termios_mutex;
	spinlock_t ctrl_lock;
	struct ktermios *termios;
	char name[64];
	pid_t pgrp;
	pid_t session;
	unsigned long flags;
	struct winsize winsize;
	unsigned char stopped : 1, hw_stopped : 1, flow_stopped : 1, low_latency : 1;
	unsigned int receive_room;
	int minimum_to_wake;
	void *disc_data;
	void *driver_data;
	wait_queue_head_t read_wait;
	wait_queue_head_t write_wait;
	struct tty_bufhead buf;
	struct mutex atomic_read_lock;
	struct mutex atomic_write_lock;
	unsigned char *write_buf;
	size_t write_cnt;
	int kernel_opens;
	struct task_struct *fg_task;
	unsigned long received;
	struct fasync_struct *fasync;
};

/* Termios flag tests, as 2.6.32's I_ICRNL(tty) and friends */
#define _I_FLAG(tty, f) ((tty)->termios->c_iflag & (f))
#define _O_FLAG(tty, f) ((tty)->termios->c_oflag & (f))
#define _C_FLAG(tty, f) ((tty)->termios->c_cflag & (f))
#define _L_FLAG(tty, f) ((tty)->termios->c_lflag & (f))
#define I_IXON(tty) _I_FLAG((tty), IXON)
#define O_OPOST(tty) _O_FLAG((tty), OPOST)
#define L_ICANON(tty) _L_FLAG((tty), ICANON)
#define L_ECHO(tty) _L_FLAG((tty), ECHO)
#define L_ISIG(tty) _L_FLAG((tty), ISIG)
#define L_NOFLSH(tty) _L_FLAG((tty), NOFLSH)
#define L_TOSTOP(tty) _L_FLAG((tty), TOSTOP)
#define START_CHAR(tty) ((tty)->termios->c_cc[VSTART])
#define STOP_CHAR(tty) ((tty)->termios->c_cc[VSTOP])

extern struct ktermios tty_std_termios;
extern struct tty_ldisc_ops tty_ldisc_N_TTY;

/* The kernel monitor's terminal, and whether the monitor has the input */
extern struct tty_struct kdb_tty;
extern bool kdb_active;

/* tty_io.c */
extern bool tty_user_opened;
void tty_init(void);
void console_drivers_init(void);
struct tty_struct *tty_input_target(struct tty_struct *tty);
bool tty_is_current_ctty(struct tty_struct *tty);
int tty_release(struct inode *inode, struct file *filp);
ssize_t redirected_tty_write(struct file *file, const char __user *buf, size_t count,
			     loff_t *ppos);
int tty_check_change(struct tty_struct *tty);
void tty_hangup(struct tty_struct *tty);
void tty_vhangup(struct tty_struct *tty);
void tty_vhangup_self(void);
int tty_hung_up_p(struct file *filp);
void disassociate_ctty(int on_exit);
void no_tty(void);
void stop_tty(struct tty_struct *tty);
void start_tty(struct tty_struct *tty);
void tty_wakeup(struct tty_struct *tty);
void tty_signal_pgrp(struct tty_struct *tty, int sig);
void __do_SAK(struct tty_struct *tty);
int tty_put_char(struct tty_struct *tty, unsigned char c);
dev_t tty_devnum(struct tty_struct *tty);
void tty_kernel_init(struct tty_struct *tty, struct tty_driver *driver, int index);
ssize_t tty_kernel_read(struct tty_struct *tty, char *buf, size_t count, bool nonblock);
ssize_t tty_kernel_write(struct tty_struct *tty, const char *buf, size_t count);

/* tty_ioctl.c */
void tty_get_termios(struct tty_struct *tty, struct ktermios *termios);
int tty_set_termios(struct tty_struct *tty, struct ktermios *termios);
speed_t tty_termios_baud_rate(struct ktermios *termios);
int tty_chars_in_buffer(struct tty_struct *tty);
int tty_write_room(struct tty_struct *tty);
void tty_driver_flush_buffer(struct tty_struct *tty);
void tty_throttle(struct tty_struct *tty);
void tty_unthrottle(struct tty_struct *tty);
int tty_mode_ioctl(struct tty_struct *tty, struct file *file, unsigned int cmd,
		   unsigned long arg);
int n_tty_ioctl_helper(struct tty_struct *tty, struct file *file, unsigned int cmd,
		       unsigned long arg);

/* tty_ldisc.c */
struct tty_ldisc *tty_ldisc_ref(struct tty_struct *tty);
void tty_ldisc_deref(struct tty_ldisc *ld);
int tty_ldisc_setup(struct tty_struct *tty);
void tty_ldisc_release(struct tty_struct *tty);
void tty_ldisc_begin(void);
int tty_set_ldisc(struct tty_struct *tty, int ldisc);
void tty_ldisc_flush(struct tty_struct *tty);

/* tty_buffer.c */
int tty_buffer_init(struct tty_struct *tty);
void tty_buffer_free_all(struct tty_struct *tty);
void tty_buffer_flush(struct tty_struct *tty);
void tty_schedule_flip(struct tty_struct *tty);

/* n_tty.c */
int n_tty_inq(struct tty_struct *tty);
unsigned long tty_line_dropped(struct tty_struct *tty);

/* vt.c */
int vty_init(void);
extern int fg_console;

#endif /* _LINUX_TTY_H */
