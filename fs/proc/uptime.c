/*
 * uptime.c - /proc/uptime: seconds since boot, and seconds the CPU idled.
 *
 * Both in hundredths, "%lu.%02lu %lu.%02lu\n" as 2.6.32 prints them. The
 * idle time is what the idle task (pid 0) has run. See docs/procfs.md.
 */
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/init.h>
#include <linux/jiffies.h>
#include <linux/sched.h>

static int uptime_proc_show(struct seq_file *m, void *v)
{
	unsigned long up = jiffies - INITIAL_JIFFIES, idle = init_task.stime;

	return seq_printf(m, "%lu.%02lu %lu.%02lu\n", up / HZ, (up % HZ) * 100 / HZ, idle / HZ,
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
