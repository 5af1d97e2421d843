/*
 * hardirq.h - x86's part of the interrupt-context bookkeeping.
 *
 * In Linux 2.6.32 this header holds x86's per-CPU interrupt statistics
 * (irq_cpustat_t: the pending softirq bits, NMI and timer counts) and
 * local_softirq_pending(), which linux/hardirq.h and linux/interrupt.h
 * build on. Drivers of the 2.6 books include it (LDD3's jit.c, for
 * in_interrupt() and friends) by habit from 2.4, when in_interrupt() was
 * defined here.
 *
 * Linnet has one CPU and keeps most of those counters where they are
 * used: the pending softirq bits in kernel/softirq.c
 * (local_softirq_pending() in linux/interrupt.h), the NMI count in
 * arch/x86/kernel/traps.c, the per-line counts in struct irq_desc
 * (linux/irq.h). Here are the local APIC's counts, which 2.6.32's
 * /proc/interrupts prints as the LOC, SPU, PMI and PND rows: one
 * irq_stat (2.6.32 has one per CPU) bumped by inc_irq_stat(). Linnet has
 * no APIC timer and no perf events, so LOC, PMI and PND stay 0; only
 * the spurious vector counts (arch/x86/kernel/apic/apic.c). A driver
 * that includes this header finds what it found on 2.6.32.
 * Read docs/interrupts.md next.
 */
#ifndef _ASM_X86_HARDIRQ_H
#define _ASM_X86_HARDIRQ_H

#include <linux/irq.h>
#include <linux/hardirq.h>
#include <linux/interrupt.h>

/**
 * struct irq_cpustat - the local APIC's interrupt counts (2.6.32's x86 fields of irq_cpustat_t)
 * @apic_timer_irqs: local APIC timer interrupts (LOC; Linnet ticks on the PIT)
 * @irq_spurious_count: spurious APIC interrupts (SPU)
 * @apic_perf_irqs: performance-counter interrupts (PMI)
 * @apic_pending_irqs: perf's pending-work self-interrupts (PND)
 */
typedef struct irq_cpustat {
	unsigned int apic_timer_irqs;
	unsigned int irq_spurious_count;
	unsigned int apic_perf_irqs;
	unsigned int apic_pending_irqs;
} irq_cpustat_t;

/* irq_stat - the one CPU's counts (arch/x86/kernel/irq.c) */
extern irq_cpustat_t irq_stat;

/* inc_irq_stat - count one interrupt of a kind (2.6.32's name) */
#define inc_irq_stat(member) (irq_stat.member++)

#endif /* _ASM_X86_HARDIRQ_H */
