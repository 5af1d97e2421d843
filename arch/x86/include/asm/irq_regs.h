/*
 * irq_regs.h - the registers an interrupt interrupted.
 *
 * do_IRQ() records the pt_regs of the interrupted context here for the
 * length of the handler, so code deep in a handler can ask where the CPU
 * was without the registers being passed down: the tick asks whether it
 * interrupted user mode, to charge the tick as user or system time
 * (kernel/sched.c:account_process_tick). Linux 2.6.32 keeps one pointer
 * per CPU (DEFINE_PER_CPU(struct pt_regs *, irq_regs)); Linnet has one
 * CPU and one pointer. See docs/interrupts.md.
 */
#ifndef _ASM_X86_IRQ_REGS_H
#define _ASM_X86_IRQ_REGS_H

#include <asm/ptrace.h>

extern struct pt_regs *irq_regs;

/* get_irq_regs - the interrupted registers, or NULL outside do_IRQ() */
static inline struct pt_regs *get_irq_regs(void)
{
	return irq_regs;
}

/* set_irq_regs - record @new_regs; returns the previous ones, to put back */
static inline struct pt_regs *set_irq_regs(struct pt_regs *new_regs)
{
	struct pt_regs *old_regs = irq_regs;

	irq_regs = new_regs;
	return old_regs;
}

/* user_tick - 1 if the interrupt being handled interrupted user mode */
static inline int user_tick(void)
{
	struct pt_regs *regs = get_irq_regs();

	return regs && user_mode(regs);
}

#endif /* _ASM_X86_IRQ_REGS_H */
