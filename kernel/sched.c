/*
 * sched.c - the scheduler's entry points.
 *
 * Linnet has one context of execution until kernel threads arrive (the
 * scheduling issue brings the run queue, switch_to and the timeslice).
 * Until then preempt_schedule() has nothing else to run: a request to
 * reschedule (TIF_NEED_RESCHED) stays pending, and the one context
 * carries on. Code written against the preemption API (spin_unlock,
 * preempt_enable) is already correct for the day there is a choice.
 */
#include <linux/kernel.h>
#include <linux/preempt.h>

/**
 * preempt_schedule - switch away at the end of a preempt-disabled section
 *
 * Called by preempt_enable() when the count reaches 0 with
 * TIF_NEED_RESCHED set.
 *
 * Context: process context, preemption just re-enabled.
 */
void preempt_schedule(void)
{
}

/**
 * scheduler_tick - the scheduler's share of every timer tick
 *
 * Called from update_process_times() in the tick interrupt. This is
 * where a scheduler charges the tick to the running task and, when its
 * timeslice is used up, calls set_need_resched() so that the return from
 * the interrupt (or the next preempt_enable()) switches tasks. With one
 * context there is no timeslice to end: nothing is charged and no
 * reschedule is asked for. The scheduling issue fills this in.
 *
 * Context: hard interrupt (the tick), interrupts off.
 */
void scheduler_tick(void)
{
}
