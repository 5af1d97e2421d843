/*
 * manage.c - drivers claim, release, disable and enable interrupt lines.
 *
 * request_irq() appends a struct irqaction to the line's chain; the
 * first handler on a line starts it (unmasks it at the PIC). A line is
 * shared only if every handler on it says IRQF_SHARED, and then each
 * must pass a distinct dev_id, the cookie free_irq() uses to find which
 * handler to remove:
 *
 *   irq_desc[5].action -> [ "eth0", dev_a ] -> [ "snd", dev_b ] -> NULL
 *
 * disable_irq() and enable_irq() nest: the line is masked at the first
 * disable and unmasked when the count (desc->depth) returns to zero.
 *
 * request_irq() allocates the irqaction with kzalloc(GFP_KERNEL), so it
 * may sleep, as Linux's does; the timer and the cascade, set up at boot
 * with interrupts off, pass their own static irqaction to setup_irq().
 * See docs/interrupts.md.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/slab.h>

/**
 * synchronize_irq - wait until no handler of a line is running
 * @irq: the line
 *
 * On one CPU a handler can only be "running" here if we interrupted it,
 * and then waiting would never end: that is a caller bug and is warned
 * about instead.
 *
 * Context: process context, or any context that did not interrupt @irq.
 */
void synchronize_irq(unsigned int irq)
{
	struct irq_desc *desc = &irq_desc[irq];

	if (irq >= NR_IRQS)
		return;
	WARN_ONCE(desc->status & IRQ_INPROGRESS,
		  "synchronize_irq(%u) from inside its own handler would deadlock\n", irq);
}
EXPORT_SYMBOL(synchronize_irq);

static bool can_share(struct irqaction *old, struct irqaction *new)
{
	return (old->flags & new->flags &IRQF_SHARED) != 0;
}

static void start_line(struct irq_desc *desc)
{
	desc->status &= ~(IRQ_DISABLED | IRQ_INPROGRESS | IRQ_SPURIOUS_DISABLED);
	desc->depth = 0;
	desc->chip->startup(desc->irq);
}

/*
 * A line the nobody-cared rule switched off gets another chance when a
 * new handler joins it: the new driver may be the one that claims it.
 */
static void give_another_chance(struct irq_desc *desc)
{
	if (!(desc->status & IRQ_SPURIOUS_DISABLED))
		return;
	desc->status &= ~IRQ_SPURIOUS_DISABLED;
	if (desc->depth && !--desc->depth) {
		desc->status &= ~IRQ_DISABLED;
		desc->chip->enable(desc->irq);
	}
}

/**
 * setup_irq - add a caller-owned irqaction to a line
 * @irq: the line
 * @new: the action; it must stay valid until removed
 *
 * Used for the interrupts set up before any driver (the timer, the cascade).
 *
 * Context: process context or boot; may be called with interrupts off.
 * Return: 0, -EINVAL for a line without a controller, or -EBUSY if the
 * line is taken and the handlers cannot share it.
 */
int setup_irq(unsigned int irq, struct irqaction *new)
{
	struct irq_desc *desc = &irq_desc[irq];
	struct irqaction **p;
	unsigned long flags;

	if (irq >= NR_IRQS || !desc->chip)
		return -EINVAL;
	spin_lock_irqsave(&desc->lock, flags);
	p = &desc->action;
	if (*p && !can_share(*p, new)) {
		spin_unlock_irqrestore(&desc->lock, flags);
		printk(KERN_ERR "IRQ handler type mismatch for IRQ %u\n", irq);
		return -EBUSY;
	}
	while (*p)
		p = &(*p)->next;
	new->irq = irq;
	new->next = NULL;
	*p = new;
	/* a new handler resets the nobody-cared counts */
	desc->irq_count = 0;
	desc->irqs_unhandled = 0;
	if (p == &desc->action)
		start_line(desc);
	else
		give_another_chance(desc);
	spin_unlock_irqrestore(&desc->lock, flags);
	return 0;
}
EXPORT_SYMBOL_GPL(setup_irq);

/**
 * request_irq - register a handler for an interrupt line
 * @irq: the line, 0 to NR_IRQS - 1
 * @handler: called as handler(irq, dev) in hard interrupt context
 * @flags: IRQF_SHARED to share the line, IRQF_DISABLED (implied)
 * @name: the owner, shown in /proc/interrupts
 * @dev: the cookie for @handler and free_irq(); required with IRQF_SHARED
 *
 * The handler may be called before request_irq() returns.
 *
 * Context: process context; may sleep (it allocates with GFP_KERNEL).
 * Return: 0; -EINVAL for a bad line, a NULL handler, or a shared request
 * without @dev; -EBUSY if the line is taken and not both shared;
 * -ENOMEM if the irqaction cannot be allocated.
 */
int request_irq(unsigned int irq, irq_handler_t handler, unsigned long flags, const char *name,
		void *dev)
{
	struct irqaction *action;
	int ret;

	if ((flags & IRQF_SHARED) && !dev)
		return -EINVAL;
	if (irq >= NR_IRQS || !irq_desc[irq].chip || !handler)
		return -EINVAL;
	action = kzalloc(sizeof(*action), GFP_KERNEL);
	if (!action)
		return -ENOMEM;
	action->handler = handler;
	action->flags = flags;
	action->name = name;
	action->dev_id = dev;
	ret = setup_irq(irq, action);
	if (ret)
		kfree(action);
	return ret;
}
EXPORT_SYMBOL(request_irq);

static struct irqaction *unlink_action(struct irq_desc *desc, void *dev_id)
{
	struct irqaction **p, *a;

	for (p = &desc->action; (a = *p) != NULL; p = &a->next) {
		if (a->dev_id == dev_id) {
			*p = a->next;
			return a;
		}
	}
	return NULL;
}

/**
 * free_irq - remove a handler from a line
 * @irq: the line
 * @dev_id: the cookie given to request_irq()
 *
 * When the last handler goes the line is masked. On return the handler
 * is not running and will not be called again.
 *
 * Context: process context, not from the line's own handler.
 */
void free_irq(unsigned int irq, void *dev_id)
{
	struct irq_desc *desc;
	struct irqaction *action;
	unsigned long flags;

	if (WARN(irq >= NR_IRQS, "free_irq: bad IRQ %u\n", irq))
		return;
	desc = &irq_desc[irq];
	spin_lock_irqsave(&desc->lock, flags);
	action = unlink_action(desc, dev_id);
	if (action && !desc->action) {
		desc->status |= IRQ_DISABLED;
		desc->depth = 1;
		desc->chip->shutdown(irq);
	}
	spin_unlock_irqrestore(&desc->lock, flags);
	if (!action) {
		WARN(1, "Trying to free already-free IRQ %u\n", irq);
		return;
	}
	synchronize_irq(irq);
	kfree(action);
}
EXPORT_SYMBOL(free_irq);

/**
 * disable_irq_nosync - disable a line without waiting for its handlers
 * @irq: the line
 *
 * Calls nest: each needs its enable_irq().
 *
 * Context: any, including the line's own handler.
 */
void disable_irq_nosync(unsigned int irq)
{
	struct irq_desc *desc = &irq_desc[irq];
	unsigned long flags;

	if (irq >= NR_IRQS)
		return;
	spin_lock_irqsave(&desc->lock, flags);
	if (!desc->depth++) {
		desc->status |= IRQ_DISABLED;
		desc->chip->disable(irq);
	}
	spin_unlock_irqrestore(&desc->lock, flags);
}
EXPORT_SYMBOL(disable_irq_nosync);

/**
 * disable_irq - disable a line and wait for its running handlers
 * @irq: the line
 *
 * Context: any but the line's own handler (use disable_irq_nosync there).
 */
void disable_irq(unsigned int irq)
{
	if (irq >= NR_IRQS)
		return;
	disable_irq_nosync(irq);
	synchronize_irq(irq);
}
EXPORT_SYMBOL(disable_irq);

/**
 * enable_irq - undo one disable_irq()
 * @irq: the line
 *
 * The line is unmasked when the last disable is undone; an interrupt the
 * device raised meanwhile was held in the 8259A's IRR and arrives now.
 * An unbalanced enable is warned about and ignored.
 *
 * Context: any.
 */
void enable_irq(unsigned int irq)
{
	struct irq_desc *desc = &irq_desc[irq];
	unsigned long flags;

	if (irq >= NR_IRQS)
		return;
	spin_lock_irqsave(&desc->lock, flags);
	if (desc->depth == 0) {
		WARN(1, "Unbalanced enable for IRQ %u\n", irq);
	} else if (--desc->depth == 0 && desc->action) {
		desc->status &= ~(IRQ_DISABLED | IRQ_SPURIOUS_DISABLED);
		desc->chip->enable(irq);
	}
	spin_unlock_irqrestore(&desc->lock, flags);
}
EXPORT_SYMBOL(enable_irq);
