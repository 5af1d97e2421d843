/*
 * preempt.h - the preempt count: when may the kernel switch away from us?
 *
 * Linnet is a preemptive kernel (like Linux with CONFIG_PREEMPT): a task
 * can be switched out at almost any point, except while its preempt count
 * is non-zero. The count, in the thread_info at the base of the stack,
 * packs three nesting counters (see <linux/hardirq.h> for the fields):
 * preempt_disable() sections and held spinlocks, softirq processing and
 * bottom-half-disabled sections, and hard interrupt handlers.
 *
 * preempt_enable() that brings the count to 0 checks whether a reschedule
 * was asked for meanwhile (TIF_NEED_RESCHED) and, once there is a
 * scheduler, switches there and then.
 */
#ifndef _LINUX_PREEMPT_H
#define _LINUX_PREEMPT_H

#include <linux/compiler.h>
#include <asm/thread_info.h>

#define preempt_count() (current_thread_info()->preempt_count)

#define add_preempt_count(val)                     \
	do {                                       \
		preempt_count() += (val);          \
		barrier();                         \
	} while (0)
#define sub_preempt_count(val)                     \
	do {                                       \
		barrier();                         \
		preempt_count() -= (val);          \
	} while (0)
#define inc_preempt_count() add_preempt_count(1)
#define dec_preempt_count() sub_preempt_count(1)

/*
 * The scheduler installs its preempt_schedule() here; until then a
 * request to reschedule has nowhere to go and is left pending.
 */
void preempt_schedule(void);

#define need_resched() test_thread_flag(TIF_NEED_RESCHED)

#define preempt_disable() inc_preempt_count()
#define preempt_enable_no_resched() dec_preempt_count()
#define preempt_check_resched()                                 \
	do {                                                    \
		if (unlikely(need_resched()))                   \
			preempt_schedule();                     \
	} while (0)
#define preempt_enable()                                        \
	do {                                                    \
		preempt_enable_no_resched();                    \
		barrier();                                      \
		preempt_check_resched();                        \
	} while (0)

#endif /* _LINUX_PREEMPT_H */
