/*
 * rcupdate.c - the parts of RCU that do not depend on how grace periods
 * are detected.
 *
 * A waiter for a grace period is an rcu_head whose callback completes a
 * completion (struct rcu_synchronize): queue it, sleep on the
 * completion, and wake when the callback runs. rcu_barrier() in
 * kernel/rcutiny.c is built this way. Linux 2.6.32 keeps the same split:
 * this file for what every implementation shares, kernel/rcutree.c (in
 * Linnet kernel/rcutiny.c, the uniprocessor engine) for the engine. See
 * docs/rcu.md.
 */
#include <linux/kernel.h>
#include <linux/completion.h>
#include <linux/module.h>
#include <linux/rcupdate.h>

/**
 * wakeme_after_rcu - the callback of a struct rcu_synchronize: wake its waiter
 * @head: the rcu_head inside the struct rcu_synchronize
 *
 * Context: softirq (RCU_SOFTIRQ).
 */
void wakeme_after_rcu(struct rcu_head *head)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof */
	struct rcu_synchronize *rcu = container_of(head, struct rcu_synchronize, head);

	complete(&rcu->completion);
}
EXPORT_SYMBOL(wakeme_after_rcu);
