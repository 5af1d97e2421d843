/*
 * notifier.c - notifier chains, and the die chain built on them.
 *
 * A chain is a singly linked list of struct notifier_block kept sorted by
 * priority, highest first. Calling the chain walks it and calls each
 * block until one returns a value with NOTIFY_STOP_MASK set. The atomic
 * chain (the only kind Linnet has; Linux 2.6.32 also has blocking, raw
 * and SRCU ones) changes the list under a spinlock with interrupts off,
 * and publishes a block with a barrier before linking it, so that a walk
 * that takes no lock at all (an NMI cannot take one) always sees a
 * complete block. Removal needs the walker to be gone before the block is
 * reused; Linux waits for an RCU grace period, and on one CPU Linnet's
 * walker is either the caller itself or an interrupt that has finished
 * by the time the caller runs again.
 *
 * The die chain (notify_die) is how a debugger or a test hears of a trap
 * before the kernel acts on it. See docs/interrupts.md.
 */
#include <linux/kernel.h>
#include <linux/notifier.h>
#include <linux/kdebug.h>
#include <linux/module.h>
#include <linux/errno.h>
#include <asm/barrier.h>

static int notifier_chain_register(struct notifier_block **nl, struct notifier_block *n)
{
	while (*nl) {
		if (n->priority > (*nl)->priority)
			break;
		nl = &(*nl)->next;
	}
	n->next = *nl;
	smp_wmb(); /* the block is whole before a walker can reach it */
	*nl = n;
	return 0;
}

static int notifier_chain_unregister(struct notifier_block **nl, struct notifier_block *n)
{
	while (*nl) {
		if (*nl == n) {
			*nl = n->next;
			return 0;
		}
		nl = &(*nl)->next;
	}
	return -ENOENT;
}

/**
 * atomic_notifier_chain_register - add a block to an atomic chain
 * @nh: the chain
 * @nb: the block; it goes before the first block of lower priority
 *
 * Context: any.
 * Return: 0.
 */
int atomic_notifier_chain_register(struct atomic_notifier_head *nh, struct notifier_block *nb)
{
	unsigned long flags;
	int ret;

	spin_lock_irqsave(&nh->lock, flags);
	ret = notifier_chain_register(&nh->head, nb);
	spin_unlock_irqrestore(&nh->lock, flags);
	return ret;
}
EXPORT_SYMBOL_GPL(atomic_notifier_chain_register);

/**
 * atomic_notifier_chain_unregister - remove a block from an atomic chain
 * @nh: the chain
 * @nb: the block
 *
 * Context: any.
 * Return: 0, or -ENOENT if @nb was not on the chain.
 */
int atomic_notifier_chain_unregister(struct atomic_notifier_head *nh, struct notifier_block *nb)
{
	unsigned long flags;
	int ret;

	spin_lock_irqsave(&nh->lock, flags);
	ret = notifier_chain_unregister(&nh->head, nb);
	spin_unlock_irqrestore(&nh->lock, flags);
	return ret;
}
EXPORT_SYMBOL_GPL(atomic_notifier_chain_unregister);

/**
 * atomic_notifier_call_chain - tell every block on a chain about an event
 * @nh: the chain
 * @val: the event
 * @v: the event's data, passed to each callback
 *
 * Context: any, NMI included: the walk takes no lock.
 * Return: the last callback's value (NOTIFY_DONE if the chain is empty);
 * the walk ends early at a value with NOTIFY_STOP_MASK set.
 */
int atomic_notifier_call_chain(struct atomic_notifier_head *nh, unsigned long val, void *v)
{
	struct notifier_block *nb = READ_ONCE(nh->head);
	int ret = NOTIFY_DONE;

	while (nb) {
		struct notifier_block *next = READ_ONCE(nb->next);

		ret = nb->notifier_call(nb, val, v);
		if (ret & NOTIFY_STOP_MASK)
			break;
		nb = next;
	}
	return ret;
}
EXPORT_SYMBOL_GPL(atomic_notifier_call_chain);

static ATOMIC_NOTIFIER_HEAD(die_chain);

/**
 * notify_die - tell the die chain that the CPU trapped
 * @val: the event (DIE_NMI, DIE_NMI_IPI...)
 * @str: the trap's name
 * @regs: the trapped registers
 * @err: the error code or NMI reason
 * @trap: the vector
 * @sig: the signal Linux would send a user task
 *
 * Context: trap or NMI context.
 * Return: NOTIFY_STOP if a callback handled the event, else another NOTIFY_ value.
 */
int notify_die(enum die_val val, const char *str, struct pt_regs *regs, long err, int trap, int sig)
{
	struct die_args args = {
		.regs = regs,
		.str = str,
		.err = err,
		.trapnr = trap,
		.signr = sig,
	};

	return atomic_notifier_call_chain(&die_chain, val, &args);
}

/**
 * register_die_notifier - hear about traps
 * @nb: the block; its callback gets a struct die_args as data
 *
 * Context: any.
 * Return: 0.
 */
int register_die_notifier(struct notifier_block *nb)
{
	return atomic_notifier_chain_register(&die_chain, nb);
}
EXPORT_SYMBOL_GPL(register_die_notifier);

/**
 * unregister_die_notifier - stop hearing about traps
 * @nb: the block
 *
 * Context: any.
 * Return: 0, or -ENOENT if @nb was not registered.
 */
int unregister_die_notifier(struct notifier_block *nb)
{
	return atomic_notifier_chain_unregister(&die_chain, nb);
}
EXPORT_SYMBOL_GPL(unregister_die_notifier);
