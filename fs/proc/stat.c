/*
 * stat.c - /proc/stat: CPU time, interrupt and context-switch counts.
 *
 * 2.6.32's lines: "cpu" (all CPUs) and "cpu0" with user, nice, system,
 * idle, iowait, irq, softirq, steal and guest time in USER_HZ (1/100 s)
 * ticks; "intr" (the total, then each line); ctxt; btime (boot time,
 * seconds since 1970); processes (forks since boot); procs_running;
 * procs_blocked; "softirq" (the total, then each softirq).
 *
 * Differences: Linnet does not split CPU time by kind yet (2.6.32 charges
 * each tick to user, system, irq... in account_process_tick), so it reports
 * the idle task's ticks as idle and the rest as system. "processes" is
 * the number of tasks now, as Linnet keeps no count of forks since boot.
 * See docs/procfs.md.
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

#define USER_HZ 100
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

static void show_cpu_line(struct seq_file *m, const char *name, unsigned long long sys,
			  unsigned long long idle)
{
	seq_printf(m, "%s %llu %llu %llu %llu %llu %llu %llu %llu %llu\n", name, 0ULL, 0ULL,
		   to_clock_t(sys), to_clock_t(idle), 0ULL, 0ULL, 0ULL, 0ULL, 0ULL);
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
	unsigned long up = jiffies - INITIAL_JIFFIES, idle = init_task.stime;
	unsigned long sys = up > idle ? up - idle : 0;
	struct timespec now;

	getnstimeofday(&now);
	show_cpu_line(m, "cpu ", sys, idle);
	show_cpu_line(m, "cpu0", sys, idle);
	show_intr_line(m);
	seq_printf(m, "ctxt %llu\nbtime %lu\nprocesses %d\nprocs_running %d\nprocs_blocked %d\n",
		   nr_context_switches(), (unsigned long)now.tv_sec - up / HZ, nr_threads(),
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
