/*
 * stat.c - /proc/stat: CPU time, interrupt and context-switch counts.
 *
 * 2.6.32's lines: "cpu" (all CPUs) and "cpu0" with user, nice, system,
 * idle, iowait, irq, softirq, steal and guest time in USER_HZ (1/100 s)
 * ticks, as the tick charged them (kernel/sched.c:account_process_tick);
 * "intr" (the total, then each line); ctxt; btime (boot time, seconds
 * since 1970); processes (forks since boot); procs_running;
 * procs_blocked; "softirq" (the total, then each softirq).
 *
 * Difference: procs_blocked is 2.6.32's nr_iowait(), the tasks sleeping
 * in io_schedule(); Linnet has no block I/O, so it counts the tasks in
 * uninterruptible sleep, which is what the line is read for (vmstat's
 * "b" column). iowait, steal and guest stay 0. See docs/procfs.md.
 */
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/init.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/irqflags.h>
#include <linux/jiffies.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <linux/ktime.h>
#include <linux/kernel_stat.h>

#define to_clock_t(j) ((unsigned long long)(j)*USER_HZ / HZ)

static int procs_blocked(void)
{
	struct task_struct *p;
	unsigned long flags;
	int n = 0;

	local_irq_save(flags);
	list_for_each_entry(p, &init_task.tasks, tasks)
		if (p->state & TASK_UNINTERRUPTIBLE)
			n++;
	local_irq_restore(flags);
	return n;
}

static void show_cpu_line(struct seq_file *m, const char *name, const struct cpu_usage_stat *c)
{
	seq_printf(m, "%s %llu %llu %llu %llu %llu %llu %llu %llu %llu\n", name,
		   to_clock_t(c->user), to_clock_t(c->nice), to_clock_t(c->system),
		   to_clock_t(c->idle), to_clock_t(c->iowait), to_clock_t(c->irq),
		   to_clock_t(c->softirq), to_clock_t(c->steal), to_clock_t(c->guest));
}

static void show_intr_line(struct seq_file *m)
{
	unsigned long long sum = 0;
	unsigned int irq;

	for (irq = 0; irq < NR_IRQS; irq++)
		sum += kstat_irqs(irq);
	seq_printf(m, "intr %llu", sum);
	for (irq = 0; irq < NR_IRQS; irq++)
		seq_printf(m, " %u", kstat_irqs(irq));
	seq_putc(m, '\n');
}

static void show_softirq_line(struct seq_file *m)
{
	unsigned long long sum = 0;
	int i;

	for (i = 0; i < NR_SOFTIRQS; i++)
		sum += kstat_softirqs_cpu(i, 0);
	seq_printf(m, "softirq %llu", sum);
	for (i = 0; i < NR_SOFTIRQS; i++)
		seq_printf(m, " %u", kstat_softirqs_cpu(i, 0));
	seq_putc(m, '\n');
}

static int show_stat(struct seq_file *m, void *v)
{
	struct cpu_usage_stat c = kstat_cpu(0).cpustat;
	struct timespec now, up;

	getnstimeofday(&now);
	ktime_get_ts(&up);
	show_cpu_line(m, "cpu ", &c);
	show_cpu_line(m, "cpu0", &c);
	show_intr_line(m);
	seq_printf(m, "ctxt %llu\nbtime %lu\nprocesses %lu\nprocs_running %d\nprocs_blocked %d\n",
		   nr_context_switches(), (unsigned long)(now.tv_sec - up.tv_sec), total_forks,
		   nr_running(), procs_blocked());
	show_softirq_line(m);
	return 0;
}

static int stat_open(struct inode *inode, struct file *file)
{
	return single_open(file, show_stat, NULL);
}

static const struct file_operations proc_stat_operations = {
	.open = stat_open,
	.read = seq_read,
	.llseek = seq_lseek,
	.release = single_release,
};

static int proc_stat_init(void)
{
	proc_create("stat", 0, NULL, &proc_stat_operations);
	return 0;
}
fs_initcall(proc_stat_init);
