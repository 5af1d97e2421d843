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
 * once, whether or not it would have slept:
 *
 *   BUG: sleeping function called from invalid context at mm/slab.c:412
 *   in_atomic(): 1, irqs_disabled(): 0, pid: 0, name: swapper
 *   Call Trace: ...
 *
 * A bad call in a loop would flood the console, so, as in Linux 2.6.32,
 * at most one report is printed per second (HZ jiffies); the others in
 * that second are dropped.
 *
 * The text and the limit are Linux's (kernel/sched.c:__might_sleep in
 * 2.6.32). Linux is silent while booting, when interrupts are off by
 * design; Linnet runs its tests during boot, so it reports atomic context
 * always and interrupts off once system_state is SYSTEM_RUNNING. And 2.6.32
 * keeps the function in kernel/sched.c; Linnet keeps it in this file of
 * its own, so that the host build of the slab allocator
 * (tests/host/slab.mk) links the real check without the scheduler. As
 * in 2.6.32, the check exists only with CONFIG_DEBUG_SPINLOCK_SLEEP, which
 * Linnet's Makefile turns on by default (every test boot reports a sleep
 * in atomic context) and `make bench`'s kernel leaves off, as 2.6.32's
 * defconfig does. See docs/slab.md.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/hardirq.h>
#include <linux/irqflags.h>
#include <linux/sched.h>
#include <linux/jiffies.h>
#include <linnet/might_sleep.h>

/* When the last report was printed (0: never), for the one-a-second limit */
static unsigned long prev_jiffy;

/**
 * might_sleep_ratelimit_reset - forget the last report, so the next one prints
 *
 * For tests that provoke a report and look for it (Linnet only).
 *
 * Context: any.
 */
void might_sleep_ratelimit_reset(void)
{
	prev_jiffy = 0;
}
EXPORT_SYMBOL_GPL(might_sleep_ratelimit_reset);

#ifdef CONFIG_DEBUG_SPINLOCK_SLEEP
/**
 * __might_sleep - report a call that may sleep made where it must not
 * @file: the source file of the might_sleep()
 * @line: its line
 * @preempt_offset: the preempt count the caller legitimately holds
 *                  (0, or 1 inside cond_resched_lock())
 *
 * Prints at most one report a second.
 *
 * Context: any; prints only.
 */
void __might_sleep(const char *file, int line, int preempt_offset)
{
	bool atomic = (preempt_count() & ~PREEMPT_ACTIVE) != (unsigned int)preempt_offset;
	bool irqs_off = irqs_disabled() && system_state == SYSTEM_RUNNING;

	if ((!atomic && !irqs_off) || oops_in_progress)
		return;
	if (prev_jiffy && time_before(jiffies, prev_jiffy + HZ))
		return;
	prev_jiffy = jiffies;
	printk(KERN_ERR "BUG: sleeping function called from invalid context at %s:%d\n", file,
	       line);
	/* Before sched_init() there is no task: that is pid 0, Linux's "swapper". */
	printk(KERN_ERR "in_atomic(): %d, irqs_disabled(): %d, pid: %d, name: %s\n", in_atomic(),
	       irqs_disabled(), current ? current->pid : 0, current ? current->comm : "swapper");
	dump_stack();
}
EXPORT_SYMBOL(__might_sleep);
#endif /* CONFIG_DEBUG_SPINLOCK_SLEEP */
