/*
 * handle.c - the interrupt descriptors, and running a line's handlers.
 *
 * An interrupt arrives as a vector 0x20-0x2f; arch/x86/kernel/entry_32.asm
 * saves the registers and do_trap_or_irq() hands it to do_IRQ()
 * (arch/x86/kernel/irq.c), which brackets the work with
 * irq_enter()/irq_exit() (so the preempt count says "hard interrupt"
 * meanwhile, and softirqs run on the way out) and calls the line's flow
 * handler (kernel/irq/chip.c:handle_level_irq), which calls
 * handle_IRQ_event() here:
 *
 *   vector 0x20+n -> do_IRQ -> irq_enter
 *                      -> handle_level_irq(n)
 *                           chip->spurious?  -> counted in ERR, nothing runs
 *                           chip->mask_ack   (line masked, EOI sent)
 *                           handle_IRQ_event -> each irqaction->handler
 *                           note_interrupt   (the nobody-cared rule)
 *                           chip->unmask     unless disabled meanwhile
 *                    -> irq_exit -> softirqs
 *
 * An interrupt on a disabled line, or one with no handler, is counted and
 * left masked: nothing runs and nothing is replayed later (Linux's level
 * flow, see kernel/irq/chip.c).
 *
 * Masking the line while its handlers run means the same line cannot
 * interrupt its own handler, and a level-triggered device that is still
 * asserting does not storm us before the handler has quietened it.
 * See docs/interrupts.md.
 */
#include <linux/kernel.h>
#include <linux/interrupt.h>
#include <linux/irq.h>

/* irq_desc - one descriptor per line; the chip is filled in by init_ISA_irqs() */
struct irq_desc irq_desc[NR_IRQS] = {
	[0 ... NR_IRQS - 1] = {
		.status = IRQ_DISABLED,
		.depth = 1,
		.lock = __SPIN_LOCK_UNLOCKED(irq_desc.lock),
	},
};

/**
 * handle_IRQ_event - call every handler on a line's chain
 * @irq: the line
 * @action: the first handler
 *
 * Every handler is called, even after one has returned IRQ_HANDLED: on
 * a shared line two devices may have raised it at once.
 *
 * Context: hard interrupt, interrupts off.
 * Return: IRQ_HANDLED if any handler claimed the interrupt, else IRQ_NONE.
 */
irqreturn_t handle_IRQ_event(unsigned int irq, struct irqaction *action)
{
	irqreturn_t ret, retval = IRQ_NONE;

	do {
		ret = action->handler(irq, action->dev_id);
		WARN_ONCE(!irqs_disabled(), "irq %u handler %pS enabled interrupts\n", irq,
			  action->handler);
		retval |= ret;
		action = action->next;
	} while (action);
	return retval;
}

/**
 * generic_handle_irq - run a line's flow handler
 * @irq: the line
 *
 * Context: hard interrupt (between irq_enter() and irq_exit()), interrupts off.
 */
void generic_handle_irq(unsigned int irq)
{
	struct irq_desc *desc = &irq_desc[irq];

	desc->handle_irq(irq, desc);
}
