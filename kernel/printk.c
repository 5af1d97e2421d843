/*
 * printk.c - the kernel's log: printk(), the log ring buffer and consoles.
 *
 * printk() formats a message, splits it into lines, and for each line
 * stores "<level>[timestamp] text\n" in log_buf, a ring of LOG_BUF_LEN
 * bytes that wraps over the oldest text (dmesg reads it back). It then
 * writes "[timestamp] text" to every enabled console if the level is more
 * urgent than console_loglevel (loglevel= on the command line).
 *
 *   printk(KERN_INFO "x=%d\n", x)
 *        |  vscnprintf into printk_buf
 *        v
 *   "<6>[    1.234567] x=5\n"  --> log_buf (ring)      --> dmesg
 *                     |
 *                     +---------> each struct console --> VGA, COM1
 *
 * A message without a level continues the previous line if that one did
 * not end in a newline (as KERN_CONT says explicitly), else it gets
 * default_message_loglevel. Interrupts are off while a message is stored
 * and written, so lines from an interrupt handler never interleave with
 * the line they interrupted.
 *
 * The consoles are chosen as in Linux 2.6.32: every console= names one
 * (options after a comma), the last is the preferred console
 * (CON_CONSDEV, which /dev/console stands for). One stated difference:
 * without any console=, Linux enables only the first console that
 * registers (tty0 on a PC); Linnet enables them all (serial and VGA) so
 * that a harness reading the serial line needs no options.
 *
 * User space reads the log with the syslog system call (sys_syslog,
 * busybox's dmesg), as in 2.6.32, except klogd's consuming read.
 * See docs/boot.md.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/init.h>
#include <linux/irqflags.h>
#include <linux/string.h>
#include <linux/time.h>
#include <linux/errno.h>
#include <linux/ctype.h>
#include <linux/linkage.h>
#include <asm/uaccess.h>

#define LOG_BUF_LEN (1 << 16)
#define PRINTK_BUF_LEN 1024

int console_printk[4] = {
	DEFAULT_CONSOLE_LOGLEVEL, /* console_loglevel */
	DEFAULT_MESSAGE_LOGLEVEL, /* default_message_loglevel */
	1, /* minimum_console_loglevel */
	DEFAULT_CONSOLE_LOGLEVEL, /* default_console_loglevel */
};

int printk_current_level = DEFAULT_MESSAGE_LOGLEVEL;
int oops_in_progress;
EXPORT_SYMBOL(oops_in_progress);

static char log_buf[LOG_BUF_LEN];
static unsigned int log_end; /* free-running: log_buf[log_end % LEN] is next */
static unsigned int log_start; /* the oldest byte still in the ring */
/* console_drivers - the enabled consoles, the preferred one (CON_CONSDEV) first */
struct console *console_drivers;
static bool printk_time = true;
static bool at_line_start = true;
static int cur_line_level = DEFAULT_MESSAGE_LOGLEVEL;
static int printk_recursion;

static void emit_log_char(char c)
{
	log_buf[log_end % LOG_BUF_LEN] = c;
	log_end++;
	if (log_end - log_start > LOG_BUF_LEN)
		log_start = log_end - LOG_BUF_LEN;
}

static void call_consoles(const char *s, unsigned int len, int level)
{
	struct console *con;

	if (level >= console_loglevel)
		return;
	printk_current_level = level;
	for (con = console_drivers; con; con = con->next)
		if (con->flags & CON_ENABLED)
			con->write(con, s, len);
}

/**
 * console_unblank - make every console show what it has been given, now
 *
 * 2.6.32 calls it when an oops ends (bust_spinlocks(0)) so that a blanked
 * VT screen shows the report. Linnet also calls it on the way to a reset or
 * a power-off (kernel/sys.c): its serial console queues bytes for IRQ4, which
 * would never send the last lines once the machine stops; 2.6.32's serial
 * console writes each byte before returning, so it needs no such step.
 *
 * Context: any; interrupts may be off.
 */
void console_unblank(void)
{
	struct console *con;

	for (con = console_drivers; con; con = con->next)
		if ((con->flags & CON_ENABLED) && con->unblank)
			con->unblank();
}
EXPORT_SYMBOL(console_unblank);

/**
 * console_device - the tty behind /dev/console: the first enabled console with one
 * @index: set to its line
 *
 * console_drivers holds the preferred console (the last console=) first,
 * so /dev/console is that one, as 2.6.32's.
 *
 * Context: process context.
 * Return: the tty driver, or NULL.
 */
struct tty_driver *console_device(int *index)
{
	struct tty_driver *driver = NULL;
	struct console *c;

	for (c = console_drivers; c && !driver; c = c->next)
		if ((c->flags & CON_ENABLED) && c->device)
			driver = c->device(c, index);
	return driver;
}

/**
 * console_write_tty - write terminal output (not a log message) to the consoles
 * @s: the text
 * @len: its length
 *
 * The console tty's output: it goes to the same enabled consoles as
 * printk, whatever the log level, but not into the log. Written in short
 * pieces with interrupts off, so it never splits a printk line and never
 * holds interrupts off for long.
 *
 * Context: any; does not sleep.
 */
void console_write_tty(const char *s, unsigned int len)
{
	struct console *con;
	unsigned long flags;

	while (len) {
		unsigned int n = min(len, 128u);

		local_irq_save(flags);
		printk_current_level = CONSOLE_TTY_LEVEL;
		for (con = console_drivers; con; con = con->next)
			if (con->flags & CON_ENABLED)
				con->write(con, s, n);
		local_irq_restore(flags);
		s += n;
		len -= n;
	}
}

/* "<N>" at @p: return N and set *skip to 3, else -1. */
static int parse_level(const char *p, int *skip)
{
	if (p[0] != '<' || !p[1] || p[2] != '>')
		return -1;
	*skip = 3;
	if (p[1] >= '0' && p[1] <= '7')
		return p[1] - '0';
	if (p[1] == 'd')
		return default_message_loglevel;
	if (p[1] == 'c')
		return -2;
	*skip = 0;
	return -1;
}

static int format_prefix(char *buf, size_t size, int level)
{
	unsigned long long t;
	unsigned long rem_nsec;

	if (!printk_time)
		return scnprintf(buf, size, "<%d>", level);
	t = sched_clock();
	rem_nsec = t % NSEC_PER_SEC;
	return scnprintf(buf, size, "<%d>[%5lu.%06lu] ", level, (unsigned long)(t / NSEC_PER_SEC),
			 rem_nsec / 1000);
}

/* Store and print one line (or the start of one) of @len bytes at @text. */
static void emit_line(const char *text, unsigned int len, int level)
{
	char prefix[32];
	int plen, i;

	if (at_line_start) {
		cur_line_level = level;
		plen = format_prefix(prefix, sizeof(prefix), level);
		for (i = 0; i < plen; i++)
			emit_log_char(prefix[i]);
		/* The console sees the timestamp, not the "<N>". */
		call_consoles(prefix + 3, plen - 3, level);
	}
	for (i = 0; i < (int)len; i++)
		emit_log_char(text[i]);
	call_consoles(text, len, cur_line_level);
	at_line_start = len && text[len - 1] == '\n';
}

static void log_text(const char *p)
{
	int level = -1, skip = 0;

	while (*p) {
		const char *nl;
		unsigned int len;

		level = parse_level(p, &skip);
		if (level != -1)
			p += skip;
		if (level == -2 || (level == -1 && !at_line_start))
			level = cur_line_level;
		else if (level == -1)
			level = default_message_loglevel;
		else if (!at_line_start)
			emit_line("\n", 1, cur_line_level);
		nl = strchr(p, '\n');
		len = nl ? (unsigned int)(nl - p + 1) : strlen(p);
		if (len)
			emit_line(p, len, level);
		p += len;
	}
}

/**
 * vprintk - printk() with a va_list
 * @fmt: format, optionally starting with a KERN_<level> marker
 * @args: the arguments
 *
 * Context: any, including interrupt handlers and with interrupts off.
 * Return: the number of characters formatted.
 */
int vprintk(const char *fmt, va_list args)
{
	static char printk_buf[PRINTK_BUF_LEN];
	unsigned long flags;
	int len;

	local_irq_save(flags);
	if (printk_recursion) {
		/* printk from inside printk (a fault while printing): say so and drop it */
		local_irq_restore(flags);
		return 0;
	}
	printk_recursion++;
	len = vscnprintf(printk_buf, sizeof(printk_buf), fmt, args);
	log_text(printk_buf);
	printk_recursion--;
	local_irq_restore(flags);
	return len;
}
EXPORT_SYMBOL(vprintk);

/**
 * printk - print a kernel message
 * @fmt: format, optionally starting with a KERN_<level> marker
 *
 * Context: any, including interrupt handlers and with interrupts off.
 * Return: the number of characters formatted.
 */
int printk(const char *fmt, ...)
{
	va_list args;
	int r;

	va_start(args, fmt);
	r = vprintk(fmt, args);
	va_end(args);
	return r;
}
EXPORT_SYMBOL(printk);

/**
 * console_flush_log - write what the log holds so far to one console
 * @co: a console just registered
 *
 * The banner and anything printed before @co existed reach it too, with
 * the level filtering of live messages.
 *
 * Context: boot.
 */
void console_flush_log(struct console *co)
{
	unsigned int i = log_start;

	while (i != log_end) {
		char line[256];
		unsigned int n = 0;
		int level = 4, skip = 0;

		while (i != log_end && n < sizeof(line) - 1) {
			line[n++] = log_buf[i++ % LOG_BUF_LEN];
			if (line[n - 1] == '\n')
				break;
		}
		line[n] = '\0';
		level = parse_level(line, &skip);
		if (level >= 0 && level < console_loglevel) {
			printk_current_level = level;
			co->write(co, line + skip, n - skip);
		}
	}
}

/*
 * console= on the command line, as Linux 2.6.32 keeps it: up to
 * MAX_CMDLINECONSOLES entries, each a name, a unit number and the options
 * after the comma ("ttyS0,115200n8" is ttyS, 0, "115200n8"). The last one
 * given is the selected console: it becomes CON_CONSDEV, the console
 * /dev/console and the kernel's own tty stand for.
 */
#define MAX_CMDLINECONSOLES 8

struct console_cmdline {
	char name[8];
	int index;
	char *options;
};

static struct console_cmdline console_cmdline[MAX_CMDLINECONSOLES];
static char console_options[MAX_CMDLINECONSOLES][32];
static int selected_console = -1;
static int preferred_console = -1;

/**
 * add_preferred_console - add a console to the console= list, and select it
 * @name: the device name ("ttyS", "tty")
 * @idx: its unit number
 * @options: the text after the comma, or NULL
 *
 * Adding one already on the list only selects it again.
 *
 * Context: boot, before the console registers.
 * Return: 0, or -E2BIG if the list is full.
 */
int add_preferred_console(char *name, int idx, char *options)
{
	struct console_cmdline *c;
	int i;

	for (i = 0; i < MAX_CMDLINECONSOLES && console_cmdline[i].name[0]; i++) {
		if (!strcmp(console_cmdline[i].name, name) && console_cmdline[i].index == idx) {
			selected_console = i;
			return 0;
		}
	}
	if (i == MAX_CMDLINECONSOLES)
		return -E2BIG;
	selected_console = i;
	c = &console_cmdline[i];
	strscpy(c->name, name, sizeof(c->name));
	c->index = idx;
	c->options = NULL;
	if (options) {
		strscpy(console_options[i], options, sizeof(console_options[i]));
		c->options = console_options[i];
	}
	return 0;
}

/* console=ttyS0,115200: may be given several times; the last one is /dev/console */
static int __init console_setup(char *str)
{
	char buf[sizeof(console_cmdline[0].name) + 4];
	char *s, *options = NULL;
	unsigned int idx;

	strscpy(buf, str, sizeof(buf));
	options = strchr(str, ',');
	if (options)
		options++;
	for (s = buf; *s; s++)
		if (isdigit(*s) || *s == ',')
			break;
	idx = simple_strtoul(s, NULL, 10);
	*s = '\0';
	add_preferred_console(buf, idx, options);
	return 1;
}
early_param("console=", console_setup);

/* An entry of console= that names @co: enable it with the entry's options */
static bool console_match_cmdline(struct console *co)
{
	int i;

	for (i = 0; i < MAX_CMDLINECONSOLES && console_cmdline[i].name[0]; i++) {
		struct console_cmdline *c = &console_cmdline[i];

		if (strcmp(c->name, co->name) || (co->index >= 0 && co->index != c->index))
			continue;
		co->index = c->index;
		if (co->setup && co->setup(co, c->options))
			return false;
		co->flags |= CON_ENABLED;
		if (i == selected_console) {
			co->flags |= CON_CONSDEV;
			preferred_console = selected_console;
		}
		return true;
	}
	return false;
}

/*
 * No console= at all. Linux 2.6.32 enables only the first console that
 * registers (the VT, tty0, on a PC); Linnet enables every console, so the
 * log reaches both the screen and the serial line that a test harness
 * reads. The first one still becomes the preferred console, as in Linux.
 */
static void console_default(struct console *co)
{
	if (co->index < 0)
		co->index = 0;
	if (co->setup && co->setup(co, NULL))
		return;
	co->flags |= CON_ENABLED;
	if (preferred_console < 0) {
		co->flags |= CON_CONSDEV;
		preferred_console = 0;
	}
}

/**
 * console_enabled_by_cmdline - does console= allow this console?
 * @name: the console's name ("ttyS", "tty")
 * @index: its unit number
 *
 * Without console= every console is enabled (a stated difference from
 * Linux, see register_console); with it, only those named.
 *
 * Context: any.
 * Return: true if the console is or would be enabled.
 */
bool console_enabled_by_cmdline(const char *name, int index)
{
	int i;

	if (!console_cmdline[0].name[0])
		return true;
	for (i = 0; i < MAX_CMDLINECONSOLES && console_cmdline[i].name[0]; i++)
		if (!strcmp(console_cmdline[i].name, name) && console_cmdline[i].index == index)
			return true;
	return false;
}

/* The preferred console heads the list; the others follow it */
static void console_link(struct console *co)
{
	if ((co->flags & CON_CONSDEV) || !console_drivers) {
		co->next = console_drivers;
		console_drivers = co;
		if (co->next)
			co->next->flags &= ~CON_CONSDEV;
	} else {
		co->next = console_drivers->next;
		console_drivers->next = co;
	}
}

/**
 * register_console - start sending printk output to a console
 * @co: the console
 *
 * As Linux 2.6.32: a console named by console= is enabled, with that
 * entry's options passed to its setup(); the last console= becomes the
 * preferred console (CON_CONSDEV), kept at the head of console_drivers.
 * A console console= does not name is not registered. Without any
 * console=, Linnet enables every console that registers (Linux: only the
 * first). With CON_PRINTBUFFER it is first sent what the log already
 * holds. Says "console [ttyS0] enabled", as Linux does.
 *
 * Context: boot.
 */
void register_console(struct console *co)
{
	unsigned long flags;

	co->flags &= ~(CON_ENABLED | CON_CONSDEV);
	if (!console_cmdline[0].name[0])
		console_default(co);
	else
		console_match_cmdline(co);
	if (!(co->flags & CON_ENABLED))
		return;
	local_irq_save(flags);
	if (co->flags & CON_PRINTBUFFER)
		console_flush_log(co);
	console_link(co);
	local_irq_restore(flags);
	printk(KERN_INFO "console [%s%d] enabled\n", co->name, co->index);
}
EXPORT_SYMBOL(register_console);

/**
 * unregister_console - stop sending printk output to a console
 * @co: a registered console
 *
 * Return: 0, or -ENODEV if @co was not registered.
 */
int unregister_console(struct console *co)
{
	struct console **pp;
	unsigned long flags;

	local_irq_save(flags);
	for (pp = &console_drivers; *pp; pp = &(*pp)->next) {
		if (*pp == co) {
			*pp = co->next;
			local_irq_restore(flags);
			return 0;
		}
	}
	local_irq_restore(flags);
	return -ENODEV;
}
EXPORT_SYMBOL(unregister_console);

/**
 * log_buf_read - copy text out of the kernel log, for dmesg
 * @buf: where to copy
 * @offset: how far from the oldest byte still held to start
 * @len: at most this many bytes
 *
 * Context: any.
 * Return: the number of bytes copied (0 at the end of the log).
 */
unsigned int log_buf_read(char *buf, unsigned int offset, unsigned int len)
{
	unsigned int i, n = 0;
	unsigned long flags;

	local_irq_save(flags);
	for (i = log_start + offset; i != log_end && n < len; i++)
		buf[n++] = log_buf[i % LOG_BUF_LEN];
	local_irq_restore(flags);
	return n;
}

/* do_syslog's actions, as 2.6.32's kernel/printk.c numbers them (klogctl(3)) */
#define SYSLOG_ACTION_CLOSE 0
#define SYSLOG_ACTION_OPEN 1
#define SYSLOG_ACTION_READ 2
#define SYSLOG_ACTION_READ_ALL 3
#define SYSLOG_ACTION_READ_CLEAR 4
#define SYSLOG_ACTION_CLEAR 5
#define SYSLOG_ACTION_CONSOLE_OFF 6
#define SYSLOG_ACTION_CONSOLE_ON 7
#define SYSLOG_ACTION_CONSOLE_LEVEL 8
#define SYSLOG_ACTION_SIZE_UNREAD 9
#define SYSLOG_ACTION_SIZE_BUFFER 10

/* where SYSLOG_ACTION_CLEAR left the log: READ_ALL returns what came after */
static unsigned int log_clear;
static int saved_console_loglevel = -1;

/* The newest @len bytes held after the last clear, copied to @ubuf. */
static int syslog_read_all(char __user *ubuf, int len, bool clear)
{
	char chunk[256];
	unsigned int first, held, off = 0;
	unsigned long flags;

	local_irq_save(flags);
	first = log_end - log_start < log_end - log_clear ? log_start : log_clear;
	held = log_end - first;
	if (held > (unsigned int)len)
		held = len;
	first = log_end - held;
	if (clear)
		log_clear = log_end;
	local_irq_restore(flags);
	while (off < held) {
		unsigned int n = min_t(unsigned int, held - off, sizeof(chunk));
		unsigned int i;

		local_irq_save(flags);
		for (i = 0; i < n; i++)
			chunk[i] = log_buf[(first + off + i) % LOG_BUF_LEN];
		local_irq_restore(flags);
		if (copy_to_user(ubuf + off, chunk, n))
			return -EFAULT;
		off += n;
	}
	return held;
}

/**
 * sys_syslog - read or clear the kernel log, or set the console's level (system call 103)
 * @type: a SYSLOG_ACTION_* number (busybox's dmesg: 10, then 3 or 4; dmesg -n: 8)
 * @buf: the user's buffer for the read actions
 * @len: its size; for SYSLOG_ACTION_CONSOLE_LEVEL, the new console_loglevel (1-8)
 *
 * As 2.6.32's do_syslog, with one stated difference: SYSLOG_ACTION_READ,
 * the read that waits for new messages and consumes them (klogd's), is
 * not implemented and returns -EINVAL; the rest is 2.6.32's. Every
 * process is root on Linnet, so there is no permission check.
 *
 * Context: process context (system call).
 * Return: bytes read, the size asked for, 0, or -EINVAL / -EFAULT.
 */
asmlinkage long sys_syslog(int type, char __user *buf, int len)
{
	switch (type) {
	case SYSLOG_ACTION_CLOSE:
	case SYSLOG_ACTION_OPEN:
		return 0;
	case SYSLOG_ACTION_READ_ALL:
	case SYSLOG_ACTION_READ_CLEAR:
		if (!buf || len < 0)
			return -EINVAL;
		if (!len)
			return 0;
		if (!access_ok(VERIFY_WRITE, buf, len))
			return -EFAULT;
		return syslog_read_all(buf, len, type == SYSLOG_ACTION_READ_CLEAR);
	case SYSLOG_ACTION_CLEAR:
		log_clear = log_end;
		return 0;
	case SYSLOG_ACTION_CONSOLE_OFF:
		if (saved_console_loglevel == -1)
			saved_console_loglevel = console_loglevel;
		console_loglevel = console_printk[2]; /* minimum_console_loglevel */
		return 0;
	case SYSLOG_ACTION_CONSOLE_ON:
		if (saved_console_loglevel != -1) {
			console_loglevel = saved_console_loglevel;
			saved_console_loglevel = -1;
		}
		return 0;
	case SYSLOG_ACTION_CONSOLE_LEVEL:
		if (len < 1 || len > 8)
			return -EINVAL;
		if (len < console_printk[2]) /* minimum_console_loglevel */
			len = console_printk[2];
		console_loglevel = len;
		saved_console_loglevel = -1;
		return 0;
	case SYSLOG_ACTION_SIZE_UNREAD:
		return log_end - log_start;
	case SYSLOG_ACTION_SIZE_BUFFER:
		return LOG_BUF_LEN;
	default:
		return -EINVAL;
	}
}

/**
 * console_verbose - show every message from now on (an oops is under way)
 *
 * Context: any.
 */
void console_verbose(void)
{
	if (console_loglevel)
		console_loglevel = 15;
}

/**
 * bust_spinlocks - let the report of a crash through, whatever state printk is in
 * @yes: 1 when an oops begins, 0 when it has been printed
 *
 * A fault inside printk() would otherwise leave it believing it is still
 * busy and swallow the oops that reports the fault.
 *
 * Context: the oops path only.
 */
void bust_spinlocks(int yes)
{
	if (yes) {
		oops_in_progress++;
		printk_recursion = 0;
	} else if (oops_in_progress) {
		oops_in_progress--;
	}
}
