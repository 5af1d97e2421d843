/*
 * loadavg.c - /proc/loadavg: "0.12 0.05 0.01 1/23 45".
 *
 * The three load averages (1, 5 and 15 minutes) are avenrun[], which the
 * tick keeps (kernel/sched.c:calc_global_load): every 5 seconds the
 * number of tasks that are runnable or in uninterruptible sleep is folded
 * into three exponentially decaying averages, in fixed point with FSHIFT
 * (11) bits of fraction. Adding FIXED_1/200 before printing rounds them
 * to hundredths. Then come runnable/all tasks and the last pid handed
 * out, in 2.6.32's format. See docs/procfs.md.
 */
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/init.h>
#include <linux/sched.h>

static int loadavg_proc_show(struct seq_file *m, void *v)
{
	unsigned long avnrun[3];

	get_avenrun(avnrun, FIXED_1 / 200, 0);
	return seq_printf(m, "%lu.%02lu %lu.%02lu %lu.%02lu %d/%d %d\n", LOAD_INT(avnrun[0]),
			  LOAD_FRAC(avnrun[0]), LOAD_INT(avnrun[1]), LOAD_FRAC(avnrun[1]),
			  LOAD_INT(avnrun[2]), LOAD_FRAC(avnrun[2]), nr_running(), nr_threads(),
			  last_pid);
}

static int loadavg_proc_open(struct inode *inode, struct file *file)
{
	return single_open(file, loadavg_proc_show, NULL);
}

static const struct file_operations loadavg_proc_fops = {
	.open = loadavg_proc_open,
	.read = seq_read,
	.llseek = seq_lseek,
	.release = single_release,
};

static int proc_loadavg_init(void)
{
	proc_create("loadavg", 0, NULL, &loadavg_proc_fops);
	return 0;
}
fs_initcall(proc_loadavg_init);
