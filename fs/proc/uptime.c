/*
 * uptime.c - /proc/uptime: seconds since boot, and seconds the CPU idled.
 *
 * Both in hundredths, "%lu.%02lu %lu.%02lu\n" as 2.6.32 prints them. The
 * uptime is the monotonic clock (Linnet never suspends, so it is also the
 * boot-based one); the idle time is the ticks the tick charged to idle
 * (kernel/sched.c:account_idle_time, the cpu line's fourth column of
 * /proc/stat), converted as 2.6.32 converts them. The tick charges one
 * tick per tick of the monotonic clock, so on one CPU the idle figure
 * never passes the uptime; that holds only because the change from the
 * jiffies clocksource to the TSC waits for a tick
 * (kernel/time/timekeeping.c:timekeeping_notify). See docs/procfs.md.
 */
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/init.h>
#include <linux/jiffies.h>
#include <linux/kernel_stat.h>
#include <linux/ktime.h>
#include <linux/time.h>

static int uptime_proc_show(struct seq_file *m, void *v)
{
	unsigned long idle = (unsigned long)kstat_cpu(0).cpustat.idle;
	struct timespec uptime;

	ktime_get_ts(&uptime);
	return seq_printf(m, "%lu.%02lu %lu.%02lu\n", (unsigned long)uptime.tv_sec,
			  (unsigned long)(uptime.tv_nsec / (NSEC_PER_SEC / 100)), idle / HZ,
			  (idle % HZ) * 100 / HZ);
}

static int uptime_proc_open(struct inode *inode, struct file *file)
{
	return single_open(file, uptime_proc_show, NULL);
}

static const struct file_operations uptime_proc_fops = {
	.open = uptime_proc_open,
	.read = seq_read,
	.llseek = seq_lseek,
	.release = single_release,
};

static int proc_uptime_init(void)
{
	proc_create("uptime", 0, NULL, &uptime_proc_fops);
	return 0;
}
fs_initcall(proc_uptime_init);
