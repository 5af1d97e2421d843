/*
 * spurious.c - the "nobody cared" rule: switching off a stuck line; and
 * the rescue of interrupts that arrive on the wrong line (irqfixup, irqpoll).
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
 * Once a line is switched off its shared devices would go deaf, so a
 * timer polls them every HZ/10 (poll_spurious_irqs): each shared handler
 * of a line the rule disabled is called as if its interrupt had come.
 *
 * Broken firmware sometimes routes a device's interrupt to another line
 * than the one its driver asked for. Two boot options make the core look
 * for it (misrouted_irq): with `irqfixup`, an interrupt no handler
 * claimed calls the shared handlers of every other line, and a claim
 * there takes the interrupt off this line's unhandled count; `irqpoll`
 * does that too, and also on every timer interrupt (IRQ 0) and on lines
 * whose handler asked for it (IRQF_IRQPOLL), so a device whose interrupt
 * is lost altogether is still served, at a cost to every tick:
 *
 *   IRQ 0 (tick) --irqpoll--> try_one_irq(1..15): shared handlers only
 *   IRQ 5 unclaimed --irqfixup--> the same, then irqs_unhandled -= found
 *
 * Only shared handlers are called: a shared handler must check its own
 * device and answer IRQ_NONE when it has nothing, so a call too many is
 * harmless; an unshared one may assume its device interrupted.
 *
 * As 2.6.32's, with one CPU: a line found in progress is skipped (2.6.32
 * marks it IRQ_PENDING for the CPU running it, which Linnet's one flow
 * never needs), and nothing is replayed afterwards.
 * See docs/interrupts.md.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/jiffies.h>
#include <linux/timer.h>

#define NOBODY_CARED_WINDOW 100000
#define NOBODY_CARED_LIMIT 99900

/* irqfixup - 0, 1 (irqfixup: unclaimed interrupts) or 2 (irqpoll: every tick too) */
static int irqfixup;
static int noirqdebug;

#define POLL_SPURIOUS_IRQ_INTERVAL (HZ / 10)
static void poll_spurious_irqs(unsigned long dummy);
static DEFINE_TIMER(poll_spurious_irq_timer, poll_spurious_irqs, 0, 0);

static int __init noirqdebug_setup(char *str)
{
	noirqdebug = 1;
	printk(KERN_INFO "IRQ lockup detection disabled\n");
	return 1;
}
__setup("noirqdebug", noirqdebug_setup);

static int __init irqfixup_setup(char *str)
{
	irqfixup = 1;
	printk(KERN_WARNING "Misrouted IRQ fixup support enabled.\n");
	printk(KERN_WARNING "This may impact system performance.\n");
	return 1;
}
__setup("irqfixup", irqfixup_setup);

static int __init irqpoll_setup(char *str)
{
	irqfixup = 2;
	printk(KERN_WARNING "Misrouted IRQ fixup and polling support enabled\n");
	printk(KERN_WARNING "This may significantly impact system performance\n");
	return 1;
}
__setup("irqpoll", irqpoll_setup);

/*
 * try_one_irq - call @desc's shared handlers as if its interrupt had come.
 * Interrupts off. Return: 1 if one of them claimed it.
 */
static int try_one_irq(unsigned int irq, struct irq_desc *desc)
{
	struct irqaction *action;
	int ok = 0;

	spin_lock(&desc->lock);
	if (desc->status & IRQ_INPROGRESS) { /* its handlers are running below us */
		spin_unlock(&desc->lock);
		return 0;
	}
	desc->status |= IRQ_INPROGRESS;
	action = desc->action;
	spin_unlock(&desc->lock);

	for (; action; action = action->next)
		if ((action->flags & IRQF_SHARED) &&
		    action->handler(irq, action->dev_id) == IRQ_HANDLED)
			ok = 1;

	spin_lock(&desc->lock);
	desc->status &= ~IRQ_INPROGRESS;
	spin_unlock(&desc->lock);
	return ok;
}

/* misrouted_irq - try every other line but the timer's; 1 if one claimed it */
static int misrouted_irq(unsigned int irq)
{
	unsigned int i;
	int ok = 0;

	for (i = 1; i < NR_IRQS; i++)
		if (i != irq && try_one_irq(i, &irq_desc[i]))
			ok = 1;
	return ok;
}

/* The lines the nobody-cared rule switched off: poll their shared handlers */
static void poll_all_shared_irqs(void)
{
	unsigned int i;

	for (i = 1; i < NR_IRQS; i++) {
		if (!(READ_ONCE(irq_desc[i].status) & IRQ_SPURIOUS_DISABLED))
			continue;
		local_irq_disable();
		try_one_irq(i, &irq_desc[i]);
		local_irq_enable();
	}
}

static void poll_spurious_irqs(unsigned long dummy)
{
	poll_all_shared_irqs();
	mod_timer(&poll_spurious_irq_timer, jiffies + POLL_SPURIOUS_IRQ_INTERVAL);
}

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

/* Should this interrupt send the core looking on the other lines? */
static int try_misrouted_irq(unsigned int irq, struct irq_desc *desc, irqreturn_t action_ret)
{
	struct irqaction *action;

	if (!irqfixup)
		return 0;
	if (action_ret == IRQ_NONE)
		return 1;
	if (irqfixup < 2) /* irqpoll only: the tick, and lines that asked */
		return 0;
	if (!irq)
		return 1;
	action = READ_ONCE(desc->action);
	return action && (action->flags & IRQF_IRQPOLL);
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
	if (unlikely(try_misrouted_irq(irq, desc, action_ret))) {
		int ok = misrouted_irq(irq);

		if (action_ret == IRQ_NONE)
			desc->irqs_unhandled -= ok;
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
		mod_timer(&poll_spurious_irq_timer, jiffies + POLL_SPURIOUS_IRQ_INTERVAL);
	}
	desc->irqs_unhandled = 0;
}
