/*
 * irqinit.c - setting up the interrupt lines at boot.
 *
 * init_IRQ() gives every line the 8259A chip and the level flow
 * (arch/x86/kernel/i8259.c:init_ISA_irqs) and routes the external
 * vectors 0x20-0x2f to do_IRQ() (arch/x86/kernel/irq.c). Linux 2.6.32
 * sets the IDT gates of those vectors here; Linnet's trap_init() has set
 * every gate already, and do_trap_or_irq() passes vectors from 0x20 on
 * to the handler installed here. See docs/interrupts.md.
 */
#include <linux/kernel.h>
#include <linux/irq.h>
#include <asm/i8259.h>
#include <asm/traps.h>

static void do_IRQ_entry(struct pt_regs *regs)
{
	do_IRQ(regs);
}

/**
 * init_IRQ - set up the interrupt lines and route their vectors to do_IRQ
 *
 * Context: boot, interrupts off.
 */
void init_IRQ(void)
{
	init_ISA_irqs();
	external_interrupt_handler = do_IRQ_entry;
}
