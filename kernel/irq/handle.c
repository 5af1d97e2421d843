/*
 * handle.c - from the interrupt vector to the driver's handler.
 *
 * An interrupt arrives as a vector 0x20-0x2f; arch/x86/kernel/entry_32.asm saves the
 * registers and do_trap_or_irq() hands it to do_IRQ(), which brackets the
 * work with irq_enter()/irq_exit() (so the preempt count says "hard
 * interrupt" meanwhile, and softirqs run on the way out) and calls the
 * line's flow handler:
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
 * Masking the line while its handlers run means the same line cannot
 * interrupt its own handler, and a level-triggered device that is still
 * asserting does not storm us before the handler has quietened it.
 * See docs/interrupts.md.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <asm/i8259.h>
#include <asm/traps.h>

/* irq_desc - one descriptor per line; the chip is filled in by init_ISA_irqs() */
struct irq_desc irq_desc[NR_IRQS] = {
	[0 ... NR_IRQS - 1] = {
		.status = IRQ_DISABLED,
		.depth = 1,
		.lock = __SPIN_LOCK_UNLOCKED(irq_desc.lock),
	},
};

/* irq_err_count - interrupts the controller made up: the ERR row */
atomic_t irq_err_count;

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
 * handle_level_irq - the flow of one interrupt on a level- or edge-triggered PIC line
 * @irq: the line
 * @desc: its descriptor
 *
 * The line stays masked while the handlers run and is unmasked after
 * unless it was disabled meanwhile. An interrupt on a disabled line, or
 * one without handlers, is acknowledged and marked pending, not run.
 *
 * Context: hard interrupt, interrupts off.
 */
void handle_level_irq(unsigned int irq, struct irq_desc *desc)
{
	struct irqaction *action;
	irqreturn_t ret;

	/* A replay (kernel/irq/resend.c) is real though no chip has it in service */
	if (!(desc->status & IRQ_REPLAY) && desc->chip->spurious && desc->chip->spurious(irq))
		return;
	desc->status &= ~IRQ_REPLAY;
	desc->chip->mask_ack(irq);
	desc->kstat_irqs++;
	action = desc->action;
	if (unlikely(!action || (desc->status & IRQ_DISABLED))) {
		desc->status |= IRQ_PENDING;
		return;
	}
	desc->status = (desc->status & ~IRQ_PENDING) | IRQ_INPROGRESS;
	ret = handle_IRQ_event(irq, action);
	note_interrupt(irq, desc, ret);
	desc->status &= ~IRQ_INPROGRESS;
	if (!(desc->status & IRQ_DISABLED))
		desc->chip->unmask(irq);
}
EXPORT_SYMBOL_GPL(handle_level_irq);

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

/**
 * do_IRQ - the C entry point of a hardware interrupt
 * @regs: the interrupted registers; ~@regs->orig_ax is the vector (2.6.32's encoding)
 *
 * Context: hard interrupt, interrupts off (from arch/x86/kernel/entry_32.asm).
 * Return: 1 (Linux's convention: the interrupt was processed).
 */
unsigned int do_IRQ(struct pt_regs *regs)
{
	unsigned int vector = ~regs->orig_ax;
	unsigned int irq = vector - IRQ0_VECTOR;

	irq_enter();
	if (likely(irq < NR_IRQS && irq_desc[irq].handle_irq))
		generic_handle_irq(irq);
	else
		printk(KERN_EMERG "do_IRQ: cannot handle IRQ %u (vector %u)\n", irq, vector);
	irq_exit();
	return 1;
}

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
