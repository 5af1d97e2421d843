/*
 * console.h - where printk's output goes.
 *
 * A console is anything that can show kernel messages: the VGA text
 * screen, the serial port. Drivers describe themselves with a struct
 * console and register_console() it; printk() then hands every message
 * to each enabled console's write(). console= on the command line picks
 * which consoles are enabled, as in Linux 2.6.32: each console= names one
 * (with its options after a comma), and the last one is the preferred
 * console, CON_CONSDEV, which /dev/console stands for. Without console=
 * Linnet enables every console (Linux only the first). See kernel/printk.c.
 */
#ifndef _LINUX_CONSOLE_H
#define _LINUX_CONSOLE_H

#include <linux/types.h>

#define CON_PRINTBUFFER 1 /* print what the log already holds on registration */
#define CON_CONSDEV 2     /* the preferred console (the tty's) */
#define CON_ENABLED 4     /* printk writes to it */
#define CON_BOOT 8        /* an early console */

/**
 * struct console - a place printk() writes to
 * @name: the device name, matched against console= ("ttyS", "tty")
 * @write: writes @count bytes; must work with interrupts off and from any context
 * @setup: called on registration with the console= options, or NULL
 * @device: the tty driver and line behind it (/dev/console opens that), or NULL
 * @unblank: makes what was written visible now, or NULL (2.6.32's field; the VT
 *           console unblanks its screen, Linnet's queued serial console sends its queue)
 * @flags: CON_* flags
 * @index: the unit number ("ttyS0" is name "ttyS" index 0)
 * @next: the next registered console
 */
struct console {
	char name[16];
	void (*write)(struct console *co, const char *s, unsigned int count);
	int (*setup)(struct console *co, char *options);
	struct tty_driver *(*device)(struct console *co, int *index);
	void (*unblank)(void);
	short flags;
	short index;
	struct console *next;
};

struct tty_driver;

/* The enabled consoles, the preferred one (CON_CONSDEV) first */
extern struct console *console_drivers;

int add_preferred_console(char *name, int idx, char *options);
void register_console(struct console *co);
int unregister_console(struct console *co);
void console_flush_log(struct console *co);
void console_unblank(void);
bool console_enabled_by_cmdline(const char *name, int index);
void console_write_tty(const char *s, unsigned int len);
struct tty_driver *console_device(int *index);

/* The level whose colour terminal output takes on the VGA console (KERN_INFO's). */
#define CONSOLE_TTY_LEVEL 6

/* The level of the line being written, for consoles that colour by level. */
extern int printk_current_level;

/* The last console-output hook before death: oops and panic use it. */
extern int oops_in_progress;

#endif /* _LINUX_CONSOLE_H */
