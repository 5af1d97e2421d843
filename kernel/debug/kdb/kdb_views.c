/*
 * kdb_views.c - the shell's windows into the kernel, in /proc's formats.
 *
 * Each view prints Linnet's /proc file of the same name (`meminfo` is
 * `cat /proc/meminfo`), read through the VFS and seq_file as a program
 * would read it, so a student can put it beside a Linux machine's
 * `cat /proc/buddyinfo` and compare. The views themselves belong to the
 * subsystems (mm/vmstat.c, mm/slab_common.c, kernel/irq/); fs/proc/ makes
 * them files. uptime, date and
 * dmesg are small enough to live here. See docs/shell.md.
 */
#include <linnet/shell.h>
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/hrtimer.h>
#include <linux/i8042.h>
#include <linux/interrupt.h>
#include <linux/jiffies.h>
#include <linux/printk.h>
#include <linnet/ps.h>
#include <linux/sched.h>
#include <linux/serial_8250.h>
#include <linux/slab.h>
#include <linux/slab_def.h>
#include <linux/time.h>
#include <linux/tty.h>
#include <linux/vmstat.h>

static int cmd_meminfo(int argc, char **argv, const char *redirect)
{
	return shell_show_file("/proc/meminfo");
}

static int cmd_buddyinfo(int argc, char **argv, const char *redirect)
{
	return shell_show_file("/proc/buddyinfo");
}

static int cmd_zoneinfo(int argc, char **argv, const char *redirect)
{
	return shell_show_file("/proc/zoneinfo");
}

static int cmd_memmap(int argc, char **argv, const char *redirect)
{
	shell_show_buf(memmap_show);
	return 0;
}

static int cmd_slabinfo(int argc, char **argv, const char *redirect)
{
	return shell_show_file("/proc/slabinfo");
}

static int cmd_interrupts(int argc, char **argv, const char *redirect)
{
	return shell_show_file("/proc/interrupts");
}

static int cmd_softirqs(int argc, char **argv, const char *redirect)
{
	return shell_show_file("/proc/softirqs");
}

static int cmd_ps(int argc, char **argv, const char *redirect)
{
	ps_show(shell_print_line, NULL);
	return 0;
}

/* /proc/sched_debug: the run queue, CFS's timeline and the runnable tasks */
static int cmd_sched_debug(int argc, char **argv, const char *redirect)
{
	sched_debug_show(shell_print_fmt, NULL);
	return 0;
}

/* /proc/uptime: seconds since boot and seconds the CPU idled, in hundredths */
static int cmd_uptime(int argc, char **argv, const char *redirect)
{
	return shell_show_file("/proc/uptime");
}

/* civil_from_days - the calendar date of a day count since 1970-01-01 */
static void civil_from_days(long days, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	days += 719468; /* from 1970-01-01 to 0000-03-01 */
	era = days / 146097;
	doe = days - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

/* date(1)'s default format: "Mon Nov 23 17:34:32 UTC 2026" */
static int cmd_date(int argc, char **argv, const char *redirect)
{
	static const char *const wday[] = { "Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed" };
	static const char *const mon[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
					   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	struct timespec ts;
	long days, secs;
	int y, m, d;

	getnstimeofday(&ts);
	days = ts.tv_sec / 86400;
	secs = ts.tv_sec % 86400;
	civil_from_days(days, &y, &m, &d);
	shell_printf("%s %s %2d %02ld:%02ld:%02ld UTC %d\n", wday[days % 7], mon[m - 1], d,
		     secs / 3600, secs / 60 % 60, secs % 60, y);
	return 0;
}

/* dmesg: the log as dmesg(1) shows it, without the "<N>" level markers */
static int cmd_dmesg(int argc, char **argv, const char *redirect)
{
	char buf[256];
	unsigned int off = 0, n, i, start;
	bool line_start = true;

	while ((n = log_buf_read(buf, off, sizeof(buf))) > 0) {
		off += n;
		for (i = start = 0; i < n; i++) {
			if (line_start && buf[i] == '<' && i + 2 >= n && n == sizeof(buf)) {
				/* a marker cut by the chunk's end: read it again whole */
				off -= n - i;
				n = i;
				break;
			}
			if (line_start && buf[i] == '<' && i + 2 < n && buf[i + 2] == '>') {
				shell_write(buf + start, i - start);
				i += 2;
				start = i + 1;
			}
			line_start = buf[i] == '\n';
		}
		shell_write(buf + start, n - start);
	}
	return 0;
}

/* devices: /proc/devices, then the drivers' counters (overruns are never silent) */
static int cmd_devices(int argc, char **argv, const char *redirect)
{
	shell_show_file("/proc/devices");
#ifdef CONFIG_SERIAL_8250 /* a module's counters are its own: built in only */
	struct uart_icount ic;

	serial8250_get_icount(&ic);
	shell_printf("\nttyS0: rx %lu tx %lu frame %lu parity %lu brk %lu overrun %lu\n", ic.rx,
		     ic.tx, ic.frame, ic.parity, ic.brk, ic.overrun);
#endif
#ifdef CONFIG_SERIO_I8042
	shell_printf("i8042: overruns %lu\n", i8042_overruns);
#endif
	shell_printf("console: received %lu overruns %lu dropped %lu\n", kdb_tty.received,
		     kdb_tty.buf.dropped, tty_line_dropped(&kdb_tty));
	return 0;
}

/* timer_list: every hrtimer and the tick device (/proc/timer_list) */
static int cmd_timer_list(int argc, char **argv, const char *redirect)
{
	timer_list_show(shell_print_fmt, NULL);
	return 0;
}

const struct shell_command shell_view_commands[] = {
	{ "meminfo", "", "memory totals (/proc/meminfo)", cmd_meminfo },
	{ "buddyinfo", "", "free blocks per order per zone (/proc/buddyinfo)", cmd_buddyinfo },
	{ "zoneinfo", "", "each zone's watermarks and counts (/proc/zoneinfo)", cmd_zoneinfo },
	{ "memmap", "", "a map of each zone: free blocks by order", cmd_memmap },
	{ "slabinfo", "", "the slab caches (/proc/slabinfo)", cmd_slabinfo },
	{ "interrupts", "", "interrupt counts per IRQ (/proc/interrupts)", cmd_interrupts },
	{ "softirqs", "", "softirq counts (/proc/softirqs)", cmd_softirqs },
	{ "ps", "", "the tasks: state, priority, nice, preempt count, wait channel", cmd_ps },
	{ "sched_debug", "", "the run queues and runnable tasks (/proc/sched_debug)",
	  cmd_sched_debug },
	{ "uptime", "", "seconds up and idle (/proc/uptime)", cmd_uptime },
	{ "date", "", "the wall-clock time (from the CMOS clock)", cmd_date },
	{ "timer_list", "", "hrtimers, clocks and the tick device (/proc/timer_list)",
	  cmd_timer_list },
	{ "dmesg", "", "the kernel log", cmd_dmesg },
	{ "devices", "", "character devices and driver counters", cmd_devices },
	{ NULL },
};
