/*
 * kdb_ps.c - the `ps` view of the tasks.
 *
 *     PID S PRI  NI PREEMPT    WCHAN                  TIME COMMAND
 *       0 R  20   0 0x00000000 -                        57 swapper
 *       7 S  20   0 0x00000000 worker_thread             0 events/0
 *
 * Tasks come and go while the table is printed, so each line is taken
 * as a snapshot with interrupts off (find the task with the next pid,
 * copy what the line shows) and printed afterwards, when the printing
 * function may take its time or sleep. The state letters are those of
 * Linux's /proc/PID/stat (fs/proc/array.c). The wait channel is found as
 * Linux's get_wchan() finds it: the first return address on the sleeping
 * task's stack outside the scheduler (kernel/sched.c:get_wchan). PRI
 * and NI are the priority and nice value as /proc/PID/stat prints them
 * (kernel/sched.c:task_prio, 20 at nice 0, negative for real-time
 * tasks, and kernel/sched.c:task_nice). TIME is the CPU time the task
 * was charged, user plus system, in ticks (kernel/sched.c:
 * account_process_tick); procps prints it as [dd-]hh:mm:ss, Linnet's
 * monitor as the plain tick count, which shows a short test's time.
 * See docs/sched.md.
 */
#include <linnet/ps.h>
#include <linux/sched.h>
#include <linux/kernel.h>
#include <linux/kallsyms.h>
#include <linux/irqflags.h>

#define PS_LINE 96

/**
 * task_state_char - the letter ps shows for a task's state
 * @p: the task
 *
 * Context: any.
 * Return: 'R', 'S', 'D' or 'X'.
 */
char task_state_char(struct task_struct *p)
{
	long state = p->state;

	if (state == TASK_RUNNING)
		return 'R';
	if (state & TASK_INTERRUPTIBLE)
		return 'S';
	if (state & TASK_UNINTERRUPTIBLE)
		return 'D';
	return 'X';
}

/* The task with the smallest pid above @after, or NULL; interrupts off */
static struct task_struct *next_task_after(pid_t after)
{
	struct task_struct *p, *best = after < 0 ? &init_task : NULL;

	if (best)
		return best;
	list_for_each_entry(p, &init_task.tasks, tasks)
		if (p->pid > after && (!best || p->pid < best->pid))
			best = p;
	return best;
}

/*
 * The preempt count a task runs with. A task that is switched out is
 * inside schedule(), which holds one level of preemption (and
 * PREEMPT_ACTIVE if it was preempted): that level is the scheduler's,
 * not the task's, so it is not shown.
 */
static int task_preempt_count(struct task_struct *p)
{
	int count = task_thread_info(p)->preempt_count;

	if (p == current)
		return count;
	return (count & ~PREEMPT_ACTIVE) - 1;
}

/* Format @p's line into @buf; interrupts off, so @p cannot go away */
static void ps_format(struct task_struct *p, char *buf, size_t size)
{
	char wchan[KSYM_NAME_LEN] = "-";
	unsigned long ip = get_wchan(p), size_unused, off;
	char *mod;

	if (ip)
		kallsyms_lookup(ip, &size_unused, &off, &mod, wchan);
	snprintf(buf, size, "%5d %c %3d %3d 0x%08x %-20.20s %6lu %s", p->pid, task_state_char(p),
		 task_prio(p), task_nice(p), task_preempt_count(p), wchan, p->utime + p->stime,
		 p->comm);
}

static void ps_printk(void *ctx, const char *line)
{
	printk(KERN_INFO "%s\n", line);
}

/**
 * ps_show - print the task table, a line at a time
 * @print: called with each line (no newline); NULL prints with printk
 * @ctx: passed to @print
 *
 * Context: process context; @print is called with interrupts as the
 * caller had them, so it may sleep if the caller may.
 */
void ps_show(void (*print)(void *ctx, const char *line), void *ctx)
{
	char line[PS_LINE];
	struct task_struct *p;
	unsigned long flags;
	pid_t last = -1;

	if (!print)
		print = ps_printk;
	print(ctx, "  PID S PRI  NI PREEMPT    WCHAN                  TIME COMMAND");
	for (;;) {
		local_irq_save(flags);
		p = next_task_after(last);
		if (p) {
			ps_format(p, line, sizeof(line));
			last = p->pid;
		}
		local_irq_restore(flags);
		if (!p)
			break;
		print(ctx, line);
	}
}
