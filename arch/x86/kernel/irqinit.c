/*
 * irqinit.c - setting up the interrupt lines at boot.
 *
 * init_IRQ() gives every line the 8259A chip and the level flow
 * (arch/x86/kernel/i8259.c:init_ISA_irqs) and routes the external
 * vectors 0x20-0x2f to do_IRQ() (arch/x86/kernel/irq.c). Linux 2.6.32
 * sets the IDT gates of those vectors here; Linnet's trap_init() has set
 * every gate already, and do_trap_or_irq() passes vectors from 0x20 on
 * to the handler installed here. The local APIC's two vectors of its own,
 * spurious (0xff) and error (0xfe), get their gates here as 2.6.32's
 * apic_intr_init() gives them (arch/x86/kernel/apic/apic.c); 2.6.32's
 * other APIC vectors (the APIC timer, IPIs, thermal, perf) have nothing
 * behind them in Linnet, which uses none of them. See docs/interrupts.md.
 */
#include <linux/kernel.h>
#include <linux/irq.h>
#include <asm/i8259.h>
#include <asm/traps.h>
#include <asm/apic.h>

static void do_IRQ_entry(struct pt_regs *regs)
{
	do_IRQ(regs);
}

/* The local APIC's own vectors, as 2.6.32's apic_intr_init() */
static void apic_intr_init(void)
{
	set_intr_gate(SPURIOUS_APIC_VECTOR, spurious_interrupt);
	set_intr_gate(ERROR_APIC_VECTOR, error_interrupt);
}

/**
 * init_IRQ - set up the interrupt lines and route their vectors to do_IRQ
 *
 * Context: boot, interrupts off.
 */
void init_IRQ(void)
{
	apic_intr_init();
	init_ISA_irqs();
	external_interrupt_handler = do_IRQ_entry;
}
