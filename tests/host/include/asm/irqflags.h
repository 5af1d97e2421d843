/*
 * tests/host/include/asm/irqflags.h - the interrupt flag, simulated on the host.
 *
 * Kernel code built for the host tests (tests/host/slab.mk puts this
 * folder before include/) turns "interrupts" off and on as in the
 * kernel; here the IF bit is a variable, so the code runs unchanged and
 * a test can check that every local_irq_save() was undone.
 */
#ifndef _ASM_IRQFLAGS_H
#define _ASM_IRQFLAGS_H

#include <linux/types.h>

#define X86_EFLAGS_IF 0x00000200UL

/* The simulated EFLAGS: starts with interrupts on (tests/host/slab_env.c) */
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

static inline bool raw_irqs_disabled_flags(unsigned long flags)
{
	return !(flags & X86_EFLAGS_IF);
}

#endif /* _ASM_IRQFLAGS_H */
