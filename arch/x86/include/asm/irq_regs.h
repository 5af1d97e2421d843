/*
 * irq_regs.h - the registers a hard interrupt interrupted.
 *
 * do_IRQ() records them (set_irq_regs) so that code deep in the tick can
 * ask whether the CPU was in user mode (update_process_times, profiling).
 * 2.6.32 keeps the pointer per CPU; Linnet has one CPU, one pointer.
 */
#ifndef _ASM_X86_IRQ_REGS_H
#define _ASM_X86_IRQ_REGS_H

#include <asm/ptrace.h>

extern struct pt_regs *irq_regs;

/* get_irq_regs - the registers of the interrupt being handled, or NULL */
static inline struct pt_regs *get_irq_regs(void)
{
	return irq_regs;
}

/* set_irq_regs - record @new_regs; returns the old value, to restore on exit */
static inline struct pt_regs *set_irq_regs(struct pt_regs *new_regs)
{
	struct pt_regs *old_regs = irq_regs;

	irq_regs = new_regs;
	return old_regs;
}

/* user_tick - did the interrupt in progress come from user mode? (the tick asks) */
static inline int user_tick(void)
{
	struct pt_regs *regs = get_irq_regs();

	return regs && user_mode(regs);
}

#endif /* _ASM_X86_IRQ_REGS_H */
