/*
 * hardirq.h - what context are we in? The fields of the preempt count.
 *
 *   bit  28          26        16..25        8..15        0..7
 *        PREEMPT_ACTIVE  NMI   HARDIRQ        SOFTIRQ      PREEMPT
 *
 * PREEMPT counts preempt_disable() and held spinlocks; SOFTIRQ counts
 * local_bh_disable() (by SOFTIRQ_DISABLE_OFFSET, 2) and softirq
 * processing (by SOFTIRQ_OFFSET, 1, so in_serving_softirq() can tell the
 * two apart); HARDIRQ counts nested hard interrupt handlers (irq_enter).
 * The layout is Linux i386's; see docs/interrupts.md.
 */
#ifndef _LINUX_HARDIRQ_H
#define _LINUX_HARDIRQ_H

#include <linux/preempt.h>
#include <linux/bug.h>

#define PREEMPT_BITS 8
#define SOFTIRQ_BITS 8
#define HARDIRQ_BITS 10
#define NMI_BITS 1

#define PREEMPT_SHIFT 0
#define SOFTIRQ_SHIFT (PREEMPT_SHIFT + PREEMPT_BITS)
#define HARDIRQ_SHIFT (SOFTIRQ_SHIFT + SOFTIRQ_BITS)
#define NMI_SHIFT (HARDIRQ_SHIFT + HARDIRQ_BITS)

#define __IRQ_MASK(x) ((1UL << (x)) - 1)
#define PREEMPT_MASK (__IRQ_MASK(PREEMPT_BITS) << PREEMPT_SHIFT)
#define SOFTIRQ_MASK (__IRQ_MASK(SOFTIRQ_BITS) << SOFTIRQ_SHIFT)
#define HARDIRQ_MASK (__IRQ_MASK(HARDIRQ_BITS) << HARDIRQ_SHIFT)
#define NMI_MASK (__IRQ_MASK(NMI_BITS) << NMI_SHIFT)

#define PREEMPT_OFFSET (1UL << PREEMPT_SHIFT)
#define SOFTIRQ_OFFSET (1UL << SOFTIRQ_SHIFT)
#define HARDIRQ_OFFSET (1UL << HARDIRQ_SHIFT)
#define NMI_OFFSET (1UL << NMI_SHIFT)
#define SOFTIRQ_DISABLE_OFFSET (2 * SOFTIRQ_OFFSET)

#define PREEMPT_ACTIVE 0x10000000

#define hardirq_count() (preempt_count() & HARDIRQ_MASK)
#define softirq_count() (preempt_count() & SOFTIRQ_MASK)
#define irq_count() (preempt_count() & (HARDIRQ_MASK | SOFTIRQ_MASK | NMI_MASK))

/* in_irq - running a hard interrupt handler */
#define in_irq() (hardirq_count())
/* in_softirq - running a softirq, or bottom halves disabled */
#define in_softirq() (softirq_count())
/* in_serving_softirq - running a softirq (not merely BH-disabled) */
#define in_serving_softirq() (softirq_count() & SOFTIRQ_OFFSET)
/* in_interrupt - in any interrupt context: may not sleep */
#define in_interrupt() (irq_count())
/* in_nmi - running the NMI handler (between nmi_enter and nmi_exit) */
#define in_nmi() (preempt_count() & NMI_MASK)
/* in_atomic - may not sleep: interrupt context, preemption off or a lock held */
#define in_atomic() ((preempt_count() & ~PREEMPT_ACTIVE) != 0)

/*
 * irq_enter - a hard interrupt handler starts (adds HARDIRQ_OFFSET)
 * irq_exit - it ends; pending softirqs run here unless still in interrupt
 * Both live in kernel/softirq.c.
 */
void irq_enter(void);
void irq_exit(void);

/*
 * nmi_enter - the NMI handler starts: in_nmi(), in_irq() and
 * in_interrupt() become true. An NMI cannot nest in an NMI (the CPU blocks
 * the next one until iret), so finding in_nmi() already set is a bug.
 * nmi_exit - it ends. Unlike irq_exit() it runs no softirqs: the NMI may
 * have interrupted code that holds any lock with interrupts off.
 */
#define nmi_enter()                                          \
	do {                                                 \
		BUG_ON(in_nmi());                            \
		add_preempt_count(NMI_OFFSET + HARDIRQ_OFFSET); \
	} while (0)
#define nmi_exit()                                           \
	do {                                                 \
		BUG_ON(!in_nmi());                           \
		sub_preempt_count(NMI_OFFSET + HARDIRQ_OFFSET); \
	} while (0)

#endif /* _LINUX_HARDIRQ_H */
