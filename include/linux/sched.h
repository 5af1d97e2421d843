/*
 * sched.h - the scheduler's interface to the rest of the kernel.
 *
 * So far only the hooks the tick calls: scheduler_tick() runs once per
 * tick from update_process_times() (kernel/timer.c) and is where the
 * scheduler decides the running task's timeslice is over and sets
 * TIF_NEED_RESCHED. The scheduling issue brings tasks, schedule() and the
 * run queue (kernel/sched.c). See docs/time.md.
 */
#ifndef _LINUX_SCHED_H
#define _LINUX_SCHED_H

#include <linux/preempt.h>

void scheduler_tick(void);
void do_timer(unsigned long ticks);
void cpu_idle(void);

/* set_need_resched - ask for a reschedule at the next preemption point */
#define set_need_resched() set_thread_flag(TIF_NEED_RESCHED)

#endif /* _LINUX_SCHED_H */
