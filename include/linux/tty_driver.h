/*
 * tty_driver.h - what a terminal's hardware driver gives the tty layer.
 *
 * A driver (drivers/serial/8250.c: "ttyS"; drivers/char/vt.c: "tty")
 * fills a struct tty_driver - its name, major, first minor, how many
 * lines, its default termios - and a struct tty_operations table, the
 * few things only the hardware can do: open, close, write, how much room
 * the transmitter has, stop and start. tty_register_driver() makes it
 * known; tty_register_device() makes /dev/NAMEn. Everything above the
 * hardware (the line discipline, job control, the ioctls) is
 * drivers/char/tty_io.c's, shared by every driver.
 *
 *   alloc_tty_driver(1) -> fill -> tty_set_operations(d, &ops)
 *     -> tty_register_driver(d) -> tty_register_device(d, 0, NULL)
 *
 * Names and signatures are 2.6.32's. Linnet differs: no kref on the
 * driver (drivers are never unloaded), no PTYs, and tty_register_device
 * takes no struct device (Linnet has no driver model) - its third
 * argument is kept and ignored. See docs/tty.md.
 */
#ifndef _LINUX_TTY_DRIVER_H
#define _LINUX_TTY_DRIVER_H

#include <linux/types.h>
#include <asm/termbits.h>

struct module;

struct tty_struct;
struct tty_driver;
struct file;
struct device;

/**
 * struct tty_operations - what a tty's hardware driver does
 * @open: a file opened the tty (first and later opens); 0 or -errno
 * @close: a file closed it
 * @write: send @count bytes; returns how many were taken (may be fewer)
 * @put_char: send one byte; returns 1 if taken
 * @flush_chars: start sending what put_char queued
 * @write_room: how many bytes @write would take now
 * @chars_in_buffer: how many bytes wait to be sent
 * @ioctl: a driver's own ioctls; -ENOIOCTLCMD if not one
 * @set_termios: the settings changed (@old: the previous ones)
 * @throttle: the line discipline is full: stop the sender
 * @unthrottle: there is room again
 * @stop: output stopped (^S, TCOOFF)
 * @start: output restarted (^Q, TCOON)
 * @hangup: the line hung up
 * @break_ctl: start (-1) or end (0) a break on the line
 * @flush_buffer: drop what waits to be sent
 * @wait_until_sent: sleep until the transmitter is empty
 * @send_xchar: send a START or STOP character ahead of the queue
 */
struct tty_operations {
	int (*open)(struct tty_struct *tty, struct file *filp);
	void (*close)(struct tty_struct *tty, struct file *filp);
	int (*write)(struct tty_struct *tty, const unsigned char *buf, int count);
	int (*put_char)(struct tty_struct *tty, unsigned char ch);
	void (*flush_chars)(struct tty_struct *tty);
	int (*write_room)(struct tty_struct *tty);
	int (*chars_in_buffer)(struct tty_struct *tty);
	int (*ioctl)(struct tty_struct *tty, struct file *file, unsigned int cmd,
		     unsigned long arg);
	void (*set_termios)(struct tty_struct *tty, struct ktermios *old);
	void (*throttle)(struct tty_struct *tty);
	void (*unthrottle)(struct tty_struct *tty);
	void (*stop)(struct tty_struct *tty);
	void (*start)(struct tty_struct *tty);
	void (*hangup)(struct tty_struct *tty);
	int (*break_ctl)(struct tty_struct *tty, int state);
	void (*flush_buffer)(struct tty_struct *tty);
	void (*wait_until_sent)(struct tty_struct *tty, int timeout);
	void (*send_xchar)(struct tty_struct *tty, char ch);
};

/**
 * struct tty_driver - a kind of terminal and its lines
 * @magic: TTY_DRIVER_MAGIC
 * @owner: the module (NULL: built in); an open line holds it (try_module_get)
 * @driver_name: the driver's name ("serial", "vt")
 * @name: the device name's stem ("ttyS", "tty")
 * @name_base: the number of the first line's name (tty1: 1)
 * @major: the major number
 * @minor_start: the first minor
 * @num: how many lines
 * @type: TTY_DRIVER_TYPE_*
 * @subtype: its subtype
 * @init_termios: the settings a line starts with
 * @flags: TTY_DRIVER_*
 * @ttys: the open tty of each line, or NULL
 * @termios: each line's settings, kept from one open to the next
 * @ops: its operations
 * @next: link in the list of registered drivers
 */
struct tty_driver {
	int magic;
	struct module *owner;
	const char *driver_name;
	const char *name;
	int name_base;
	int major;
	int minor_start;
	int num;
	short type;
	short subtype;
	struct ktermios init_termios;
	int flags;
	struct tty_struct **ttys;
	struct ktermios **termios;
	const struct tty_operations *ops;
	struct tty_driver *next;
};

#define TTY_DRIVER_MAGIC 0x5402

/* tty_driver.flags */
#define TTY_DRIVER_INSTALLED 0x0001
#define TTY_DRIVER_RESET_TERMIOS 0x0002
#define TTY_DRIVER_REAL_RAW 0x0004
#define TTY_DRIVER_DYNAMIC_DEV 0x0008

/* tty_driver.type */
#define TTY_DRIVER_TYPE_SYSTEM 0x0001
#define TTY_DRIVER_TYPE_CONSOLE 0x0002
#define TTY_DRIVER_TYPE_SERIAL 0x0003
#define TTY_DRIVER_TYPE_PTY 0x0004

/* tty_driver.subtype of TTY_DRIVER_TYPE_SERIAL */
#define SERIAL_TYPE_NORMAL 1

struct tty_driver *alloc_tty_driver(int lines);
void put_tty_driver(struct tty_driver *driver);
void tty_set_operations(struct tty_driver *driver, const struct tty_operations *op);
int tty_register_driver(struct tty_driver *driver);
int tty_unregister_driver(struct tty_driver *driver);
struct device *tty_register_device(struct tty_driver *driver, unsigned index, struct device *dev);
void tty_unregister_device(struct tty_driver *driver, unsigned index);

#endif /* _LINUX_TTY_DRIVER_H */
