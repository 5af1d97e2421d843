/*
 * softirq.c - bottom halves: softirqs and the tasklets built on them.
 *
 * A hard interrupt handler runs with interrupts off and must be quick.
 * Work that can wait a little is handed to a softirq: the handler sets a
 * bit in __softirq_pending (raise_softirq), and on the way out of the
 * interrupt, irq_exit() runs the pending vectors with interrupts back on.
 *
 *   bit:  0   1     2      3      4     5            6       7     8       9
 *         HI TIMER NET_TX NET_RX BLOCK BLOCK_IOPOLL TASKLET SCHED HRTIMER RCU
 *
 * __do_softirq() takes the whole pending word, clears it, and runs the
 * set bits from the lowest (highest priority) up. A vector raised again
 * meanwhile (a busy network card, a tasklet that reschedules itself)
 * makes it go round again - but at most MAX_SOFTIRQ_RESTART times, after
 * which the rest is handed to ksoftirqd, so a flood of softirqs cannot
 * starve everything else. ksoftirqd/0 is an ordinary kernel thread: it
 * competes for the CPU round-robin with every other thread, so the
 * softirq flood gets its share and no more:
 *
 *   irq_exit: __do_softirq: 10 rounds, still pending --> wake ksoftirqd/0
 *   ksoftirqd/0: while (pending) { do_softirq(); cond_resched(); } sleep
 *
 * Tasklets are a list per priority (HI and TASKLET softirqs). A tasklet
 * is queued only if it sets its SCHED bit, so scheduling it twice before
 * it runs runs it once; its RUN bit keeps it from running twice at once.
 * See docs/bottom-halves.md.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/interrupt.h>
#include <linux/preempt.h>
#include <linux/rcupdate.h>
#include <linux/kthread.h>
#include <linux/sched.h>
#include <linux/tick.h>

#define MAX_SOFTIRQ_RESTART 10

const char *const softirq_to_name[NR_SOFTIRQS] = {
	"HI",		"TIMER",   "NET_TX", "NET_RX",	"BLOCK",
	"BLOCK_IOPOLL", "TASKLET", "SCHED",  "HRTIMER", "RCU",
};

/* __softirq_pending - bit n set: vector n waits to run (irq_stat.__softirq_pending) */
unsigned long __softirq_pending;

static struct softirq_action softirq_vec[NR_SOFTIRQS];
static unsigned int softirq_count_cpu0[NR_SOFTIRQS];
static struct task_struct *ksoftirqd_task;

/**
 * kstat_softirqs_cpu - how many times a softirq vector has run
 * @irq: the vector
 * @cpu: the CPU (0)
 *
 * Context: any.
 * Return: the count shown in /proc/softirqs.
 */
unsigned int kstat_softirqs_cpu(unsigned int irq, int cpu)
{
	return irq < NR_SOFTIRQS ? softirq_count_cpu0[irq] : 0;
}

/**
 * open_softirq - install the handler of a softirq vector
 * @nr: the vector (HI_SOFTIRQ ... RCU_SOFTIRQ)
 * @action: the handler, run in softirq context with interrupts on
 *
 * Context: boot (vectors are fixed at compile time, owners at boot).
 */
void open_softirq(int nr, void (*action)(struct softirq_action *))
{
	softirq_vec[nr].action = action;
}

/**
 * wakeup_softirqd - hand the pending softirqs to ksoftirqd
 *
 * Before ksoftirqd exists (early boot) the work simply waits for the
 * next irq_exit().
 *
 * Context: any; interrupts off.
 */
void wakeup_softirqd(void)
{
	struct task_struct *tsk = ksoftirqd_task;

	if (tsk && tsk->state != TASK_RUNNING)
		wake_up_process(tsk);
}

/**
 * ksoftirqd_thread - the task ksoftirqd/0, or NULL before it is spawned
 *
 * Context: any.
 * Return: the task.
 */
struct task_struct *ksoftirqd_thread(void)
{
	return ksoftirqd_task;
}

/*
 * A handler that returns with a different preempt count (a spin_lock
 * without its unlock) would leave everything after it atomic: say so, in
 * 2.6.32's words, and put the count back.
 */
static void run_action(struct softirq_action *h)
{
	int prev_count = preempt_count();

	h->action(h);
	if (unlikely(prev_count != preempt_count())) {
		printk(KERN_ERR
		       "huh, entered softirq %td %s %p with preempt_count %08x, exited with %08x?\n",
		       h - softirq_vec, softirq_to_name[h - softirq_vec], h->action, prev_count,
		       preempt_count());
		preempt_count() = prev_count;
	}
}

static void run_vectors(unsigned long pending)
{
	struct softirq_action *h = softirq_vec;

	do {
		if (pending & 1) {
			softirq_count_cpu0[h - softirq_vec]++;
			if (likely(h->action)) {
				run_action(h);
				rcu_bh_qs(0); /* between two handlers no _bh reader runs */
			} else
				pr_err("softirq %d raised with no handler\n",
				       (int)(h - softirq_vec));
		}
		h++;
		pending >>= 1;
	} while (pending);
}

/*
 * Run the pending vectors, restarting while more are raised, at most
 * MAX_SOFTIRQ_RESTART times. Called with interrupts off; they are on
 * while the handlers run; off again on return.
 */
static void __do_softirq(void)
{
	int max_restart = MAX_SOFTIRQ_RESTART;
	unsigned long pending = local_softirq_pending();

	add_preempt_count(SOFTIRQ_OFFSET);
	do {
		__softirq_pending = 0;
		local_irq_enable();
		run_vectors(pending);
		local_irq_disable();
		pending = local_softirq_pending();
	} while (pending && --max_restart);
	if (pending)
		wakeup_softirqd();
	sub_preempt_count(SOFTIRQ_OFFSET);
}

/**
 * do_softirq - run pending softirqs now, unless already in interrupt context
 *
 * Context: any; returns at once inside a hard or soft interrupt or with
 * bottom halves disabled (they run when that context ends).
 */
void do_softirq(void)
{
	unsigned long flags;

	if (in_interrupt())
		return;
	local_irq_save(flags);
	if (local_softirq_pending())
		__do_softirq();
	local_irq_restore(flags);
}

/**
 * __raise_softirq_irqoff - mark a softirq vector pending, nothing more
 * @nr: the vector
 *
 * Context: interrupts off.
 */
void __raise_softirq_irqoff(unsigned int nr)
{
	__softirq_pending |= 1UL << nr;
}

/**
 * raise_softirq_irqoff - mark a softirq pending and make sure it will run
 * @nr: the vector
 *
 * From an interrupt handler it runs at irq_exit(); from anywhere else
 * nothing is on the way out, so ksoftirqd is woken to run it.
 *
 * Context: interrupts off.
 */
void raise_softirq_irqoff(unsigned int nr)
{
	__raise_softirq_irqoff(nr);
	if (!in_interrupt())
		wakeup_softirqd();
}

/**
 * raise_softirq - mark a softirq pending and make sure it will run
 * @nr: the vector
 *
 * Context: any.
 */
void raise_softirq(unsigned int nr)
{
	unsigned long flags;

	local_irq_save(flags);
	raise_softirq_irqoff(nr);
	local_irq_restore(flags);
}

/*
 * The ksoftirqd/0 thread. It sleeps while nothing is pending; checking
 * with preemption off and the state already TASK_INTERRUPTIBLE means a
 * wakeup_softirqd() between the check and schedule() is not lost. It
 * offers the CPU (cond_resched) after every batch, so a softirq that
 * re-raises itself forever shares the CPU instead of taking it.
 */
static int ksoftirqd(void *unused)
{
	set_current_state(TASK_INTERRUPTIBLE);
	while (!kthread_should_stop()) {
		preempt_disable();
		if (!local_softirq_pending()) {
			preempt_enable_no_resched();
			schedule();
			preempt_disable();
		}
		__set_current_state(TASK_RUNNING);
		while (local_softirq_pending()) {
			do_softirq();
			preempt_enable_no_resched();
			cond_resched();
			preempt_disable();
		}
		preempt_enable();
		set_current_state(TASK_INTERRUPTIBLE);
	}
	__set_current_state(TASK_RUNNING);
	return 0;
}

/**
 * spawn_ksoftirqd - start the ksoftirqd/0 thread
 *
 * Context: boot, in the init task (threads can be created).
 */
void spawn_ksoftirqd(void)
{
	struct task_struct *p = kthread_create(ksoftirqd, NULL, "ksoftirqd/0");

	BUG_ON(IS_ERR(p));
	ksoftirqd_task = p;
	wake_up_process(p);
}

/**
 * local_bh_disable - keep softirqs and tasklets from running here
 *
 * Nests; each call needs a local_bh_enable().
 *
 * Context: any but a hard interrupt handler.
 */
void local_bh_disable(void)
{
	add_preempt_count(SOFTIRQ_DISABLE_OFFSET);
}
EXPORT_SYMBOL(local_bh_disable);

/**
 * local_bh_enable - undo local_bh_disable(); run softirqs that became pending
 *
 * Context: process or softirq context with interrupts on (warned otherwise).
 */
void local_bh_enable(void)
{
	WARN_ON_ONCE(in_irq() || irqs_disabled());
	/* keep preemption off (the -1) until the pending softirqs have run */
	sub_preempt_count(SOFTIRQ_DISABLE_OFFSET - 1);
	if (unlikely(!in_interrupt() && local_softirq_pending()))
		do_softirq();
	dec_preempt_count();
	preempt_check_resched();
}
EXPORT_SYMBOL(local_bh_enable);

/**
 * irq_enter - a hard interrupt handler begins
 *
 * Context: hard interrupt, interrupts off.
 */
void irq_enter(void)
{
	int from_idle = !in_interrupt() && idle_cpu(0);

	add_preempt_count(HARDIRQ_OFFSET);
	/* the CPU stops idling for the handler (NO_HZ's idle accounting) */
	if (from_idle)
		tick_check_idle(0);
}

/**
 * irq_exit - a hard interrupt handler ends: run the softirqs it raised
 *
 * Softirqs run only when this was the outermost interrupt context:
 * an interrupt that arrived during a softirq returns to it, and that
 * softirq's loop picks up what was raised.
 *
 * Context: hard interrupt, interrupts off; they are on while softirqs run.
 */
void irq_exit(void)
{
	sub_preempt_count(HARDIRQ_OFFSET);
	if (!in_interrupt() && local_softirq_pending())
		__do_softirq();
	/* back to idling, unless the handler woke a task */
	if (!in_interrupt() && idle_cpu(0) && !need_resched())
		tick_nohz_stop_sched_tick(0);
}

/* Tasklets ---------------------------------------------------------- */

struct tasklet_head {
	struct tasklet_struct *head;
	struct tasklet_struct **tail;
};

static struct tasklet_head tasklet_vec = { NULL, &tasklet_vec.head };
static struct tasklet_head tasklet_hi_vec = { NULL, &tasklet_hi_vec.head };

static void tasklet_enqueue(struct tasklet_head *list, struct tasklet_struct *t)
{
	t->next = NULL;
	*list->tail = t;
	list->tail = &t->next;
}

/**
 * __tasklet_schedule - queue a tasklet whose SCHED bit the caller set
 * @t: the tasklet
 *
 * Context: any.
 */
void __tasklet_schedule(struct tasklet_struct *t)
{
	unsigned long flags;

	local_irq_save(flags);
	tasklet_enqueue(&tasklet_vec, t);
	raise_softirq_irqoff(TASKLET_SOFTIRQ);
	local_irq_restore(flags);
}
EXPORT_SYMBOL(__tasklet_schedule);

/**
 * __tasklet_hi_schedule - queue a tasklet on the HI list; the caller set SCHED
 * @t: the tasklet
 *
 * Context: any.
 */
void __tasklet_hi_schedule(struct tasklet_struct *t)
{
	unsigned long flags;

	local_irq_save(flags);
	tasklet_enqueue(&tasklet_hi_vec, t);
	raise_softirq_irqoff(HI_SOFTIRQ);
	local_irq_restore(flags);
}
EXPORT_SYMBOL(__tasklet_hi_schedule);

/* Run one tasklet taken off the list; false if it must go back on. */
static bool tasklet_run_one(struct tasklet_struct *t)
{
	if (!tasklet_trylock(t))
		return false;
	if (atomic_read(&t->count)) {
		tasklet_unlock(t);
		return false;
	}
	if (!test_and_clear_bit(TASKLET_STATE_SCHED, &t->state))
		BUG();
	t->func(t->data);
	tasklet_unlock(t);
	return true;
}

/*
 * Take the whole list with interrupts off, then run it with them on. A
 * tasklet that is disabled (or running) goes back on the list and the
 * softirq is raised again, so it runs once enabled.
 */
static void tasklet_list_action(struct tasklet_head *list, unsigned int nr)
{
	struct tasklet_struct *t;

	local_irq_disable();
	t = list->head;
	list->head = NULL;
	list->tail = &list->head;
	local_irq_enable();

	while (t) {
		struct tasklet_struct *next = t->next;

		if (!tasklet_run_one(t)) {
			local_irq_disable();
			tasklet_enqueue(list, t);
			__raise_softirq_irqoff(nr);
			local_irq_enable();
		}
		t = next;
	}
}

static void tasklet_action(struct softirq_action *a)
{
	tasklet_list_action(&tasklet_vec, TASKLET_SOFTIRQ);
}

static void tasklet_hi_action(struct softirq_action *a)
{
	tasklet_list_action(&tasklet_hi_vec, HI_SOFTIRQ);
}

/**
 * tasklet_init - initialise a tasklet, enabled and not scheduled
 * @t: the tasklet
 * @func: the function it runs
 * @data: the argument for @func
 *
 * Context: any.
 */
void tasklet_init(struct tasklet_struct *t, void (*func)(unsigned long), unsigned long data)
{
	t->next = NULL;
	t->state = 0;
	atomic_set(&t->count, 0);
	t->func = func;
	t->data = data;
}
EXPORT_SYMBOL(tasklet_init);

/**
 * tasklet_unlock_wait - wait until a tasklet is not running
 * @t: the tasklet
 *
 * With one CPU a tasklet is only "running" here if we interrupted it
 * (or are it): waiting could never end, so that is warned about.
 *
 * Context: any but the tasklet or an interrupt of it.
 */
void tasklet_unlock_wait(struct tasklet_struct *t)
{
	WARN_ONCE(test_bit(TASKLET_STATE_RUN, &t->state),
		  "tasklet %pS: waiting for it from inside it would deadlock\n", t->func);
}

/**
 * tasklet_kill - make sure a tasklet is neither scheduled nor running
 * @t: the tasklet
 *
 * If it is scheduled, it first runs. It may be scheduled again afterwards
 * only by its owner; a tasklet that reschedules itself keeps this waiting.
 * It yields while it waits, as Linux's does, so called with bottom halves
 * disabled (where the tasklet can never run) it is reported as
 * "scheduling while atomic" rather than spinning in silence.
 *
 * Context: process context; yields.
 */
void tasklet_kill(struct tasklet_struct *t)
{
	if (in_interrupt())
		printk(KERN_ERR "Attempt to kill tasklet from interrupt\n");
	while (test_and_set_bit(TASKLET_STATE_SCHED, &t->state)) {
		do {
			yield();
		} while (test_bit(TASKLET_STATE_SCHED, &t->state));
	}
	tasklet_unlock_wait(t);
	clear_bit(TASKLET_STATE_SCHED, &t->state);
}
EXPORT_SYMBOL(tasklet_kill);

/**
 * softirq_init - install the tasklet softirqs
 *
 * Context: boot.
 */
void softirq_init(void)
{
	open_softirq(TASKLET_SOFTIRQ, tasklet_action);
	open_softirq(HI_SOFTIRQ, tasklet_hi_action);
}
