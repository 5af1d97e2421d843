/*
 * asm/irqflags.h - turning interrupts off and on (the IF flag, i386).
 */
#ifndef _ASM_IRQFLAGS_H
#define _ASM_IRQFLAGS_H

#include <asm/processor.h>

#ifdef LINNET_HOST
/*
 * The host test build runs in user mode, where cli/sti fault: a variable
 * stands in for EFLAGS.IF so the locking code runs unchanged.
 */
extern unsigned long host_eflags;

static inline unsigned long native_save_fl(void)
{
	return host_eflags;
}

static inline void native_restore_fl(unsigned long flags)
{
	host_eflags = flags;
}

static inline void native_irq_disable(void)
{
	host_eflags &= ~X86_EFLAGS_IF;
}

static inline void native_irq_enable(void)
{
	host_eflags |= X86_EFLAGS_IF;
}

static inline void native_safe_halt(void)
{
	native_irq_enable();
}
#else
static inline unsigned long native_save_fl(void)
{
	unsigned long flags;

	__asm__ __volatile__("pushfl; popl %0" : "=rm"(flags) : : "memory");
	return flags;
}

static inline void native_restore_fl(unsigned long flags)
{
	__asm__ __volatile__("pushl %0; popfl" : : "g"(flags) : "memory", "cc");
}

static inline void native_irq_disable(void)
{
	__asm__ __volatile__("cli" : : : "memory");
}

static inline void native_irq_enable(void)
{
	__asm__ __volatile__("sti" : : : "memory");
}

/* sti takes effect after the next instruction, so "sti; hlt" cannot miss a wake-up */
static inline void native_safe_halt(void)
{
	__asm__ __volatile__("sti; hlt" : : : "memory");
}

#endif /* LINNET_HOST */

static inline bool raw_irqs_disabled_flags(unsigned long flags)
{
	return !(flags & X86_EFLAGS_IF);
}

#endif /* _ASM_IRQFLAGS_H */
