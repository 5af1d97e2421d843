/*
 * might_sleep.c - catching a sleep where sleeping is not allowed.
 *
 * A function that may sleep (wait for memory, take a mutex, wait for
 * I/O) must not be called where the kernel cannot switch away: in an
 * interrupt handler, with a spinlock held or preemption disabled (the
 * preempt count is not 0: in_atomic()), or with interrupts off. Such a
 * call often works in testing, because it happens not to sleep, and
 * deadlocks the day it does. So functions that may sleep say so with
 * might_sleep() at their top, and this check reports the bad call at
 * once, every time, whether or not it would have slept:
 *
 *   BUG: sleeping function called from invalid context at mm/slab.c:412
 *   in_atomic(): 1, irqs_disabled(): 0, pid: 0, name: swapper
 *   Call Trace: ...
 *
 * The text is Linux's (kernel/sched.c:__might_sleep in 2.6.32). Linux
 * is silent while booting, when interrupts are off by design; Linnet
 * runs its tests during boot, so it reports atomic context always and
 * interrupts off once system_state is SYSTEM_RUNNING. See docs/slab.md.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/hardirq.h>
#include <linux/irqflags.h>
#include <linux/sched.h>

/**
 * __might_sleep - report a call that may sleep made where it must not
 * @file: the source file of the might_sleep()
 * @line: its line
 * @preempt_offset: the preempt count the caller legitimately holds
 *                  (0, or 1 inside cond_resched_lock())
 *
 * Context: any; prints only.
 */
void __might_sleep(const char *file, int line, int preempt_offset)
{
	bool atomic = (preempt_count() & ~PREEMPT_ACTIVE) != (unsigned int)preempt_offset;
	bool irqs_off = irqs_disabled() && system_state == SYSTEM_RUNNING;

	if ((!atomic && !irqs_off) || oops_in_progress)
		return;
	printk(KERN_ERR "BUG: sleeping function called from invalid context at %s:%d\n", file,
	       line);
	/* Before sched_init() there is no task: that is pid 0, Linux's "swapper". */
	printk(KERN_ERR "in_atomic(): %d, irqs_disabled(): %d, pid: %d, name: %s\n", in_atomic(),
	       irqs_disabled(), current ? current->pid : 0, current ? current->comm : "swapper");
	dump_stack();
}
EXPORT_SYMBOL(__might_sleep);
