/*
 * resend.c - replaying an interrupt that arrived while its line was disabled.
 *
 * disable_irq() masks the line at the 8259A, but an interrupt can slip in
 * between: the chip raised it just before the mask took effect, and the
 * CPU delivers it after. do_IRQ() then finds the line disabled, marks it
 * IRQ_PENDING and runs no handler: the event would be lost, since the
 * chip has already been acknowledged and will not raise it again. So when
 * enable_irq() opens the line again and finds it pending, it "resends"
 * the interrupt in software: a tasklet runs the line's flow handler as if
 * the interrupt had just arrived, with the IRQ_REPLAY flag set so that it
 * is neither mistaken for a spurious one nor replayed twice.
 *
 * This is Linux's kernel/irq/resend.c for chips without a hardware
 * retrigger, which is what the XT-PIC is. See docs/interrupts.md.
 */
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/interrupt.h>
#include <linux/irq.h>

static DECLARE_BITMAP(irqs_resend, NR_IRQS);

/* Run the flow handler of every line waiting to be replayed. */
static void resend_irqs(unsigned long arg)
{
	unsigned int irq;

	while ((irq = find_first_bit(irqs_resend, NR_IRQS)) < NR_IRQS) {
		struct irq_desc *desc = &irq_desc[irq];

		clear_bit(irq, irqs_resend);
		local_irq_disable();
		desc->handle_irq(irq, desc);
		local_irq_enable();
	}
}

static DECLARE_TASKLET(resend_tasklet, resend_irqs, 0);

/**
 * check_irq_resend - replay an interrupt that came while the line was disabled
 * @desc: the line's descriptor; its lock is held
 * @irq: the line
 *
 * Called by enable_irq() when the line opens again. If an interrupt was
 * left pending, schedule its replay (once, however often this is called
 * before the replay runs).
 *
 * Context: any, with @desc->lock held and interrupts off.
 */
void check_irq_resend(struct irq_desc *desc, unsigned int irq)
{
	unsigned int status = desc->status;

	if ((status & (IRQ_PENDING | IRQ_REPLAY)) != IRQ_PENDING)
		return;
	desc->status = (status & ~IRQ_PENDING) | IRQ_REPLAY;
	set_bit(irq, irqs_resend);
	tasklet_schedule(&resend_tasklet);
}
