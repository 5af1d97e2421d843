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
 * Linnet has one CPU and keeps those few counters where they are used:
 * the pending softirq bits in kernel/softirq.c (local_softirq_pending()
 * in linux/interrupt.h), the per-line counts in struct irq_desc
 * (linux/irq.h). So this header only brings in the headers that define
 * them, and a driver that includes it finds what it found on 2.6.32.
 * Read docs/interrupts.md next.
 */
#ifndef _ASM_X86_HARDIRQ_H
#define _ASM_X86_HARDIRQ_H

#include <linux/irq.h>
#include <linux/hardirq.h>
#include <linux/interrupt.h>

#endif /* _ASM_X86_HARDIRQ_H */
