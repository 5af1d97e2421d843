/*
 * notifier.h - notifier chains: a list of callbacks to tell about an event.
 *
 * A subsystem that has news (the CPU took an NMI, the machine is about to
 * reboot) keeps a chain of struct notifier_block; whoever wants to hear
 * registers one. The chain is called in priority order, highest first,
 * and a callback may end the walk by returning a value with NOTIFY_STOP_MASK
 * set. This is Linux 2.6.32's atomic notifier chain: registration and
 * removal take a spinlock with interrupts off, and calling walks the list
 * without a lock, so a chain may be called from an NMI.
 *
 * Linux 2.6.32 also has blocking (rwsem), raw and SRCU chains; Linnet has
 * the atomic one only, the kind the die chain uses. See docs/interrupts.md.
 */
#ifndef _LINUX_NOTIFIER_H
#define _LINUX_NOTIFIER_H

#include <linux/spinlock.h>

/**
 * struct notifier_block - one callback on a chain
 * @notifier_call: called with the block, the event and the event's data
 * @next: the next block, in priority order
 * @priority: higher runs first
 */
struct notifier_block {
	int (*notifier_call)(struct notifier_block *nb, unsigned long action, void *data);
	struct notifier_block *next;
	int priority;
};

/**
 * struct atomic_notifier_head - a chain callable from any context
 * @lock: serialises registration and removal
 * @head: the first block
 */
struct atomic_notifier_head {
	spinlock_t lock;
	struct notifier_block *head;
};

#define ATOMIC_NOTIFIER_INIT(name) { .lock = __SPIN_LOCK_UNLOCKED(name.lock), .head = NULL }
#define ATOMIC_NOTIFIER_HEAD(name) struct atomic_notifier_head name = ATOMIC_NOTIFIER_INIT(name)

#define NOTIFY_DONE 0x0000 /* Don't care */
#define NOTIFY_OK 0x0001 /* Suits me */
#define NOTIFY_STOP_MASK 0x8000 /* Don't call further */
#define NOTIFY_BAD (NOTIFY_STOP_MASK | 0x0002) /* Bad/Veto action */
#define NOTIFY_STOP (NOTIFY_OK | NOTIFY_STOP_MASK) /* Clean way to return from the chain */

int atomic_notifier_chain_register(struct atomic_notifier_head *nh, struct notifier_block *nb);
int atomic_notifier_chain_unregister(struct atomic_notifier_head *nh, struct notifier_block *nb);
int atomic_notifier_call_chain(struct atomic_notifier_head *nh, unsigned long val, void *v);

#endif /* _LINUX_NOTIFIER_H */
