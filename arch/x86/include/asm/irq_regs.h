/*
 * irq_regs.h - the registers a hardware interrupt interrupted.
 *
 * do_IRQ records the pt_regs of the interrupt it is handling, so code
 * deep in the interrupt (the tick's time accounting) can ask whether the
 * CPU was in user mode. One CPU, so one pointer (2.6.32: per CPU, in
 * asm-generic/irq_regs.h). See docs/processes.md, "Time".
 */
#ifndef _ASM_X86_IRQ_REGS_H
#define _ASM_X86_IRQ_REGS_H

struct pt_regs;

extern struct pt_regs *irq_regs;

static inline struct pt_regs *get_irq_regs(void)
{
	return irq_regs;
}

static inline struct pt_regs *set_irq_regs(struct pt_regs *new_regs)
{
	struct pt_regs *old_regs = irq_regs;

	irq_regs = new_regs;
	return old_regs;
}

#endif /* _ASM_X86_IRQ_REGS_H */
