/*
 * loadavg.c - /proc/loadavg: "0.00 0.00 0.00 1/23 45".
 *
 * The three load averages (1, 5 and 15 minutes), runnable/all tasks, and
 * the last pid handed out, in 2.6.32's format. Difference: Linnet's
 * scheduler does not keep avenrun (2.6.32's exponentially decaying
 * averages, kernel/sched.c:calc_global_load) yet, so the averages print
 * as 0.00; and the last field is the highest pid in use, which is the
 * last one handed out until pids wrap. See docs/procfs.md.
 */
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/init.h>
#include <linux/irqflags.h>
#include <linux/sched.h>

static pid_t highest_pid(void)
{
	struct task_struct *p;
	unsigned long flags;
	pid_t max = 0;

	local_irq_save(flags);
	list_for_each_entry(p, &init_task.tasks, tasks)
		if (p->pid > max)
			max = p->pid;
	local_irq_restore(flags);
	return max;
}

static int loadavg_proc_show(struct seq_file *m, void *v)
{
	return seq_printf(m, "%lu.%02lu %lu.%02lu %lu.%02lu %d/%d %d\n", 0UL, 0UL, 0UL, 0UL, 0UL,
			  0UL, nr_running(), nr_threads(), highest_pid());
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
