/*
 * chip.c - flow handlers: the recipe between the controller and the handlers.
 *
 * A flow handler knows what an interrupt controller needs around the
 * driver's handlers. The 8259A's lines are level-triggered in spirit (a
 * device holds its request until its handler quietens it; on the ISA bus
 * the line is edge-triggered, but the recipe is the same), so they use
 * handle_level_irq():
 *
 *   mask_ack        mask the line, send the EOI: other lines may now
 *                   interrupt, this one cannot storm while it is served
 *   disabled, or no handler?  leave it masked and go: nothing runs, and
 *                   nothing is remembered
 *   run the handlers (handle_IRQ_event), note_interrupt
 *   unmask          unless the line was disabled meanwhile
 *
 * Leaving a disabled line masked loses nothing: the device keeps asking,
 * the 8259A keeps the request in its IRR while the line is masked, and the
 * interrupt is delivered again when enable_irq() unmasks it. So the level
 * flow never marks a line IRQ_PENDING and never "resends"; only edge and
 * fasteoi flows (IO-APIC, MSI) need that, and Linnet has neither.
 *
 * Linux 2.6.32's handle_level_irq also skips a line already
 * IRQ_INPROGRESS (another CPU is serving it); with one CPU and the line
 * masked while served that cannot happen. Linnet asks the chip first
 * whether the interrupt was a phantom (chip->spurious), where 2.6.32's
 * 8259A code hides that check inside mask_and_ack_8259A; see
 * arch/x86/kernel/i8259.c. See docs/interrupts.md.
 */
#include <linux/kernel.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/module.h>

/**
 * handle_level_irq - the flow of one interrupt on a level-triggered line
 * @irq: the line
 * @desc: its descriptor
 *
 * The line stays masked while the handlers run and is unmasked after
 * unless it was disabled meanwhile. An interrupt on a disabled line, or
 * one without handlers, is acknowledged, counted and left masked.
 *
 * Context: hard interrupt, interrupts off.
 */
void handle_level_irq(unsigned int irq, struct irq_desc *desc)
{
	struct irqaction *action;
	irqreturn_t ret;

	if (desc->chip->spurious && desc->chip->spurious(irq))
		return;
	spin_lock(&desc->lock);
	desc->chip->mask_ack(irq);
	desc->kstat_irqs++;
	action = desc->action;
	if (unlikely(!action || (desc->status & IRQ_DISABLED)))
		goto out_unlock; /* stays masked; the request waits in IRR */
	desc->status |= IRQ_INPROGRESS;
	spin_unlock(&desc->lock);

	ret = handle_IRQ_event(irq, action);
	note_interrupt(irq, desc, ret);

	spin_lock(&desc->lock);
	desc->status &= ~IRQ_INPROGRESS;
	if (!(desc->status & IRQ_DISABLED))
		desc->chip->unmask(irq);
out_unlock:
	spin_unlock(&desc->lock);
}
EXPORT_SYMBOL_GPL(handle_level_irq);

/**
 * set_irq_chip_and_handler_name - attach a line to its controller and flow
 * @irq: the line
 * @chip: the controller
 * @handle: the flow handler
 * @name: the flow's name
 *
 * Context: boot, interrupts off.
 */
void set_irq_chip_and_handler_name(unsigned int irq, struct irq_chip *chip,
				   irq_flow_handler_t handle, const char *name)
{
	struct irq_desc *desc = &irq_desc[irq];

	desc->irq = irq;
	desc->chip = chip;
	desc->handle_irq = handle;
	desc->name = name;
}
EXPORT_SYMBOL_GPL(set_irq_chip_and_handler_name);
