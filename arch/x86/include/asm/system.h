/*
 * system.h - where 2.6.32 code finds barriers and interrupt flags.
 *
 * Linux 2.6.32's <asm/system.h> holds the memory barriers (mb, rmb, wmb),
 * the interrupt-flag helpers and xchg/cmpxchg; drivers of that era, LDD3's
 * scull among them, include it. Linux 3.4 split it up and removed it;
 * Linnet keeps the name as a header that gathers the pieces from where
 * they live now (<asm/barrier.h>, <linux/irqflags.h>, <asm/atomic.h>).
 * See docs/modules.md.
 */
#ifndef _ASM_X86_SYSTEM_H
#define _ASM_X86_SYSTEM_H

#include <asm/barrier.h>
#include <asm/atomic.h>
#include <linux/irqflags.h>

#endif /* _ASM_X86_SYSTEM_H */
