/*
 * rcutiny.c - read-copy update for one CPU: grace periods from quiescent states.
 *
 * A grace period must outlast every RCU reader that was running when it
 * began. Readers disable preemption (include/linux/rcupdate.h), so on a
 * single CPU any moment at which the CPU is provably outside every
 * reader - a "quiescent state" - ends the grace period of every callback
 * queued before it. The quiescent states are:
 *
 *   schedule()                       a reader cannot be switched away
 *   the tick, from user mode         no kernel code at all was running
 *   the tick, in the idle loop       the idle task reads nothing
 *   the tick, preempt count 0        the code it interrupted held no reader
 *   the end of each softirq handler  (the _bh flavour only)
 *
 * Each flavour (plain/sched and bh) keeps one queue of rcu_heads with two
 * tails: callbacks up to donetail have seen a quiescent state since they
 * were queued and may run; the rest wait for the next one.
 *
 *   rcucblist -> [cb1] -> [cb2] -> [cb3] -> [cb4]
 *                             ^donetail         ^curtail
 *
 * A quiescent state moves donetail to curtail and, if that made anything
 * ready, marks RCU_SOFTIRQ pending; its handler, at the next irq_exit()
 * (at the latest the next tick), detaches the ready part and calls each
 * callback in queue order. synchronize_rcu() has nothing to
 * wait for: a task may call it only where it could sleep, which is
 * outside every reader, and no other task can be inside one (it would not
 * have been switched out). rcu_barrier() queues a callback of its own and
 * sleeps until it runs: the queue is FIFO, so everything before it ran.
 *
 * Linux 2.6.32 uses TREE_RCU even on one CPU: per-CPU data, a tree of
 * rcu_nodes, grace-period numbers and a state machine sized for 4096 CPUs,
 * which on NR_CPUS=1 reduce to what this file does. Linnet uses the tiny
 * design Linux 2.6.33 added for uniprocessor kernels (kernel/rcutiny.c,
 * TINY_RCU) because it is that reduction written out, with one addition:
 * 2.6.33's TINY_RCU required a non-preemptible kernel, and Linnet is
 * preemptible, so, as 2.6.32's TREE_RCU does under CONFIG_PREEMPT,
 * rcu_read_lock() disables preemption; a tick that interrupts code with
 * no preempt count is then a quiescent state too, as later Linux counts it
 * (rcu_flavor_sched_clock_irq). Linux 2.6.32 has no kfree_rcu(); Linnet
 * adds it as Linux 3.0 did. See docs/rcu.md.
 */
#include <linux/kernel.h>
#include <linux/hardirq.h>
#include <linux/init.h>
#include <linux/interrupt.h>
#include <linux/irqflags.h>
#include <linux/module.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/slab.h>

/*
 * struct rcu_ctrlblk - one flavour's callback queue
 * @rcucblist: the first pending callback, or NULL
 * @donetail: the ->next field after the last callback that may run
 * @curtail: the ->next field after the last callback
 */
struct rcu_ctrlblk {
	struct rcu_head *rcucblist;
	struct rcu_head **donetail;
	struct rcu_head **curtail;
};

static struct rcu_ctrlblk rcu_sched_ctrlblk = {
	.donetail = &rcu_sched_ctrlblk.rcucblist,
	.curtail = &rcu_sched_ctrlblk.rcucblist,
};

static struct rcu_ctrlblk rcu_bh_ctrlblk = {
	.donetail = &rcu_bh_ctrlblk.rcucblist,
	.curtail = &rcu_bh_ctrlblk.rcucblist,
};

/*
 * A quiescent state for @rcp: every callback queued so far may run.
 * Returns 1 if that made any callback ready. Interrupts off.
 */
static int rcu_qsctr_help(struct rcu_ctrlblk *rcp)
{
	if (rcp->donetail != rcp->curtail) {
		rcp->donetail = rcp->curtail;
		return 1;
	}
	return 0;
}

/*
 * Has @rcp callbacks that have not seen a quiescent state yet? Read
 * without turning interrupts off: an interrupt that queues one between
 * the two loads only makes the answer "no" for a callback queued after
 * the quiescent state began, which must not be advanced anyway. So the
 * common case - nothing waiting - costs schedule() and every softirq two
 * compares instead of an interrupt save and restore.
 */
static bool rcu_qs_wanted(struct rcu_ctrlblk *rcp)
{
	return READ_ONCE(rcp->donetail) != READ_ONCE(rcp->curtail);
}

/**
 * rcu_sched_qs - the CPU passed a quiescent state for every flavour
 * @cpu: the CPU (0)
 *
 * Called by schedule() and by the tick when it interrupted user mode, the
 * idle loop or code holding no preempt count. Ready callbacks run from
 * RCU_SOFTIRQ, which is only marked pending (no ksoftirqd wakeup from
 * inside schedule()): the next interrupt's exit runs it.
 *
 * Context: any; does not sleep.
 */
void rcu_sched_qs(int cpu)
{
	unsigned long flags;
	int ready;

	(void)cpu;
	if (!rcu_qs_wanted(&rcu_sched_ctrlblk) && !rcu_qs_wanted(&rcu_bh_ctrlblk))
		return;
	local_irq_save(flags);
	ready = rcu_qsctr_help(&rcu_sched_ctrlblk);
	ready |= rcu_qsctr_help(&rcu_bh_ctrlblk);
	if (ready)
		__raise_softirq_irqoff(RCU_SOFTIRQ);
	local_irq_restore(flags);
}

/**
 * rcu_bh_qs - the CPU passed a quiescent state for the bh flavour
 * @cpu: the CPU (0)
 *
 * Called after each softirq handler and by a tick outside softirq
 * context: no rcu_read_lock_bh() reader can be running then.
 *
 * Context: any; does not sleep.
 */
void rcu_bh_qs(int cpu)
{
	unsigned long flags;

	(void)cpu;
	if (!rcu_qs_wanted(&rcu_bh_ctrlblk))
		return;
	local_irq_save(flags);
	if (rcu_qsctr_help(&rcu_bh_ctrlblk))
		__raise_softirq_irqoff(RCU_SOFTIRQ);
	local_irq_restore(flags);
}

/*
 * Did the tick interrupt a quiescent state? User mode; the idle task (not
 * a nested interrupt, not a softirq); or, Linnet being preemptible, code
 * that held no preempt count at all, so no reader, spinlock or
 * bh-disabled region.
 */
static int rcu_tick_is_qs(int cpu, int user)
{
	if (user)
		return 1;
	if (idle_cpu(cpu) && !in_softirq() && hardirq_count() <= HARDIRQ_OFFSET)
		return 1;
	return (preempt_count() & ~PREEMPT_ACTIVE) == HARDIRQ_OFFSET;
}

/**
 * rcu_check_callbacks - the tick's look at RCU
 * @cpu: the CPU (0)
 * @user: 1 if the tick interrupted user mode
 *
 * Context: hard interrupt (update_process_times()).
 */
void rcu_check_callbacks(int cpu, int user)
{
	if (rcu_tick_is_qs(cpu, user))
		rcu_sched_qs(cpu);
	else if (!in_softirq())
		rcu_bh_qs(cpu);
}

/**
 * rcu_needs_cpu - does RCU still have callbacks queued?
 * @cpu: the CPU (0)
 *
 * A tickless idle would have to keep ticking while this is true; Linnet
 * always ticks, so nothing asks yet. Kept for 2.6.32's interface.
 *
 * Context: any.
 * Return: 1 if any flavour has callbacks waiting or ready.
 */
int rcu_needs_cpu(int cpu)
{
	(void)cpu;
	return rcu_sched_ctrlblk.rcucblist || rcu_bh_ctrlblk.rcucblist;
}

/* Call one callback, or kfree() the object if it came from kfree_rcu(). */
static void rcu_do_callback(struct rcu_head *head)
{
	unsigned long offset = (unsigned long)head->func;

	if (__is_kfree_rcu_offset(offset))
		kfree((char *)head - offset);
	else
		head->func(head);
}

/* Detach @rcp's ready callbacks with interrupts off, then call them in order. */
static void __rcu_process_callbacks(struct rcu_ctrlblk *rcp)
{
	struct rcu_head *list, *next;
	unsigned long flags;

	local_irq_save(flags);
	if (rcp->donetail == &rcp->rcucblist) {
		local_irq_restore(flags);
		return;
	}
	list = rcp->rcucblist;
	rcp->rcucblist = *rcp->donetail;
	*rcp->donetail = NULL;
	if (rcp->curtail == rcp->donetail)
		rcp->curtail = &rcp->rcucblist;
	rcp->donetail = &rcp->rcucblist;
	local_irq_restore(flags);

	for (; list; list = next) {
		next = list->next;
		rcu_do_callback(list);
	}
}

/* RCU_SOFTIRQ: run every flavour's ready callbacks. */
static void rcu_process_callbacks(struct softirq_action *unused)
{
	(void)unused;
	__rcu_process_callbacks(&rcu_sched_ctrlblk);
	__rcu_process_callbacks(&rcu_bh_ctrlblk);
}

/* Queue @head at @rcp's tail; it runs after the next quiescent state. */
static void __call_rcu(struct rcu_head *head, void (*func)(struct rcu_head *rcu),
		       struct rcu_ctrlblk *rcp)
{
	unsigned long flags;

	head->func = func;
	head->next = NULL;
	local_irq_save(flags);
	*rcp->curtail = head;
	rcp->curtail = &head->next;
	local_irq_restore(flags);
}

/**
 * call_rcu - call @func(@head) after a grace period
 * @head: an rcu_head inside the object the callback will free
 * @func: the callback; it runs in softirq context and must not sleep
 *
 * Every reader that was inside rcu_read_lock() when call_rcu() was called
 * has left by the time @func runs. Callbacks run in the order queued.
 *
 * Context: any, including interrupt handlers and readers.
 */
void call_rcu(struct rcu_head *head, void (*func)(struct rcu_head *rcu))
{
	__call_rcu(head, func, &rcu_sched_ctrlblk);
}
EXPORT_SYMBOL(call_rcu);

/**
 * call_rcu_bh - call @func(@head) after an rcu_read_lock_bh() grace period
 * @head: an rcu_head inside the object the callback will free
 * @func: the callback; it runs in softirq context and must not sleep
 *
 * For readers that run in softirqs or with bottom halves disabled: the end
 * of any softirq handler is a quiescent state, so these grace periods are
 * shorter under a softirq flood.
 *
 * Context: any.
 */
void call_rcu_bh(struct rcu_head *head, void (*func)(struct rcu_head *rcu))
{
	__call_rcu(head, func, &rcu_bh_ctrlblk);
}
EXPORT_SYMBOL(call_rcu_bh);

/**
 * synchronize_sched - wait until every reader running now has finished
 *
 * On one CPU this waits for nothing: the caller may sleep, so it is not
 * inside a reader, and a task inside a reader cannot have been switched
 * out for it to run. synchronize_rcu() is this function.
 *
 * Context: process context; may sleep (complains otherwise).
 */
void synchronize_sched(void)
{
	might_sleep();
}
EXPORT_SYMBOL(synchronize_sched);

/**
 * synchronize_rcu_bh - wait until every rcu_read_lock_bh() reader has finished
 *
 * As synchronize_sched(): a caller that may sleep has bottom halves on.
 *
 * Context: process context; may sleep.
 */
void synchronize_rcu_bh(void)
{
	might_sleep();
}
EXPORT_SYMBOL(synchronize_rcu_bh);

/* Queue a callback with @crf and sleep until it runs: all earlier ones ran. */
static void rcu_barrier_with(void (*crf)(struct rcu_head *, void (*)(struct rcu_head *)))
{
	struct rcu_synchronize rcu;

	might_sleep();
	init_completion(&rcu.completion);
	crf(&rcu.head, wakeme_after_rcu);
	wait_for_completion(&rcu.completion);
}

/**
 * rcu_barrier - wait until every callback queued by call_rcu() has run
 *
 * Unlike synchronize_rcu(), this waits for the callbacks themselves: a
 * module unloading, or kmem_cache_destroy() of a SLAB_DESTROY_BY_RCU
 * cache, must not go while a callback into it is pending.
 *
 * Context: process context; sleeps.
 */
void rcu_barrier(void)
{
	rcu_barrier_with(call_rcu);
}
EXPORT_SYMBOL(rcu_barrier);

/**
 * rcu_barrier_bh - wait until every callback queued by call_rcu_bh() has run
 *
 * Context: process context; sleeps.
 */
void rcu_barrier_bh(void)
{
	rcu_barrier_with(call_rcu_bh);
}
EXPORT_SYMBOL(rcu_barrier_bh);

/**
 * rcu_init - install RCU's softirq handler
 *
 * Callbacks may be queued before this (they wait); none runs until the
 * handler is installed.
 *
 * Context: boot, before interrupts are enabled.
 */
void __init rcu_init(void)
{
	open_softirq(RCU_SOFTIRQ, rcu_process_callbacks);
}
