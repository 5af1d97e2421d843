/*
 * spurious.c - the "nobody cared" rule: switching off a stuck line.
 *
 * A level-triggered device that asserts its line and is never serviced
 * (its driver is missing, or answers IRQ_NONE because it checks the wrong
 * register) interrupts again the moment the line is unmasked: the CPU
 * does nothing else. So the core counts, per line, how many interrupts
 * no handler claimed. Every 100,000 interrupts it looks: more than
 * 99,900 unclaimed means the line is stuck, and it is reported and
 * disabled, as Linux does:
 *
 *   irq 5: nobody cared (try booting with the "irqpoll" option)
 *   <backtrace>
 *   handlers:
 *   [<c01234>] (my_handler+0x0/0x20)
 *   Disabling IRQ #5
 *
 * An unclaimed interrupt more than HZ/10 after the previous one starts
 * the count afresh: occasional strays are normal, a storm is not.
 * `noirqdebug` on the command line turns the rule off.
 *
 * The message is 2.6.32's word for word, but Linnet has no "irqpoll" (nor
 * "irqfixup"): 2.6.32's misrouted-interrupt polling, which on every
 * interrupt also tries the handlers of the other lines, is for broken
 * IRQ routing that an XT-PIC alone does not have, so the option the
 * message advises is an unknown one here.
 * See docs/interrupts.md.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/jiffies.h>

#define NOBODY_CARED_WINDOW 100000
#define NOBODY_CARED_LIMIT 99900

static int noirqdebug;

static int __init noirqdebug_setup(char *str)
{
	noirqdebug = 1;
	printk(KERN_INFO "IRQ lockup detection disabled\n");
	return 1;
}
__setup("noirqdebug", noirqdebug_setup);

static void __report_bad_irq(unsigned int irq, struct irq_desc *desc, irqreturn_t action_ret)
{
	struct irqaction *action;

	if (action_ret != IRQ_HANDLED && action_ret != IRQ_NONE)
		printk(KERN_ERR "irq event %u: bogus return value %x\n", irq, action_ret);
	else
		printk(KERN_ERR "irq %u: nobody cared (try booting with the \"irqpoll\" option)\n",
		       irq);
	dump_stack();
	printk(KERN_ERR "handlers:\n");
	for (action = desc->action; action; action = action->next)
		printk(KERN_ERR "[<%p>] (%pS)\n", action->handler, action->handler);
}

/* A handler's bogus return value is reported at most 100 times in all */
static void report_bad_irq(unsigned int irq, struct irq_desc *desc, irqreturn_t action_ret)
{
	static int count = 100;

	if (count > 0) {
		count--;
		__report_bad_irq(irq, desc, action_ret);
	}
}

static void count_unhandled(struct irq_desc *desc)
{
	if (time_after(jiffies, desc->last_unhandled + HZ / 10))
		desc->irqs_unhandled = 1;
	else
		desc->irqs_unhandled++;
	desc->last_unhandled = jiffies;
}

/**
 * note_interrupt - count an interrupt's outcome; disable a line nobody claims
 * @irq: the line
 * @desc: its descriptor
 * @action_ret: what the handlers answered together
 *
 * Context: hard interrupt, from the flow handler.
 */
void note_interrupt(unsigned int irq, struct irq_desc *desc, irqreturn_t action_ret)
{
	if (noirqdebug)
		return;
	if (unlikely(action_ret != IRQ_HANDLED)) {
		count_unhandled(desc);
		if (action_ret != IRQ_NONE)
			report_bad_irq(irq, desc, action_ret);
	}
	if (likely(++desc->irq_count < NOBODY_CARED_WINDOW))
		return;
	desc->irq_count = 0;
	if (unlikely(desc->irqs_unhandled > NOBODY_CARED_LIMIT)) {
		__report_bad_irq(irq, desc, action_ret);
		printk(KERN_EMERG "Disabling IRQ #%u\n", irq);
		desc->status |= IRQ_DISABLED | IRQ_SPURIOUS_DISABLED;
		desc->depth++;
		desc->chip->disable(irq);
	}
	desc->irqs_unhandled = 0;
}
