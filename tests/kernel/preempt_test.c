/*
 * preempt_test.c - preemption: the tick takes the CPU from a thread that
 * never gives it up, except inside a preempt_disable() section, and an
 * interrupt handler's wake-up reaches a sleeping thread.
 *
 * The spinning threads here call neither yield() nor schedule(): the
 * only way another thread can run is the tick ending the time slice and
 * the interrupt return path preempting (arch/x86/kernel/entry_32.asm, ret_from_intr).
 */
#include <kunit/test.h>
#include <linnet/might_sleep.h>
#include <kunit/printk_capture.h>
#include <linux/sched.h>
#include <linux/kthread.h>
#include <linux/wait.h>
#include <linux/jiffies.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/timer.h>
#include <linux/delay.h>
#include <linux/mutex.h>

#define TEST_IRQ 5
#define inject_test_irq() __asm__ __volatile__("int %0" : : "i"(IRQ0_VECTOR + TEST_IRQ) : "memory")

/* A slice is 100 ms; a spinner gives up after this many jiffies */
#define SPIN_LIMIT (3 * HZ / 10 + 2)

struct spinner {
	volatile unsigned long progress;
	struct spinner *other;
	unsigned long nivcsw;
	bool done;
};

static DECLARE_WAIT_QUEUE_HEAD(spin_done_q);

/* Spin until the other spinner has made progress too (or give up) */
static int spin_fn(void *data)
{
	struct spinner *s = data;
	unsigned long end = jiffies + SPIN_LIMIT;

	while (!s->other->progress && time_before(jiffies, end))
		s->progress++;
	s->progress++;
	s->nivcsw = current->nivcsw;
	s->done = true;
	wake_up(&spin_done_q);
	return 0;
}

static void preempt_two_spinners_both_progress_test(struct kunit *test)
{
	struct spinner a = { 0 }, b = { 0 };
	struct task_struct *ta, *tb;

	a.other = &b;
	b.other = &a;
	ta = kthread_run(spin_fn, &a, "spin_a");
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, ta);
	tb = kthread_run(spin_fn, &b, "spin_b");
	if (IS_ERR(tb)) /* a gives up after SPIN_LIMIT: wait, it uses our stack */
		wait_event(spin_done_q, a.done);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, tb);
	wait_event(spin_done_q, a.done && b.done);
	KUNIT_EXPECT_GT(test, a.progress, 1UL);
	KUNIT_EXPECT_GT(test, b.progress, 0UL);
	/* a ran first and saw b's progress: a tick preempted it, it never yielded */
	KUNIT_EXPECT_GE(test, a.nivcsw, 1UL);
}

struct nopreempt {
	volatile bool other_ran;
	bool seen_during, seen_after, resched_seen;
	unsigned long switches_during;
};

static int mark_fn(void *data)
{
	((struct nopreempt *)data)->other_ran = true;
	return 0;
}

/*
 * With preemption off, spin until the tick has asked for a reschedule
 * (TIF_NEED_RESCHED) and a few ticks more: nobody else may run. The
 * preempt_enable() at the end is a preemption point: the other thread
 * runs there, before the next line.
 */
static int nopreempt_fn(void *data)
{
	struct nopreempt *np = data;
	unsigned long end = jiffies + SPIN_LIMIT, sw;

	kthread_run(mark_fn, np, "marker"); /* runnable, waiting for the CPU */
	preempt_disable();
	sw = current->nivcsw + current->nvcsw;
	while (!need_resched() && time_before(jiffies, end))
		barrier();
	np->resched_seen = need_resched();
	end = jiffies + 3;
	while (time_before(jiffies, end))
		barrier();
	np->seen_during = np->other_ran;
	np->switches_during = current->nivcsw + current->nvcsw - sw;
	preempt_enable();
	np->seen_after = np->other_ran;
	return 0;
}

static void preempt_disabled_section_is_not_preempted_test(struct kunit *test)
{
	struct nopreempt np = { 0 };
	struct task_struct *t = kthread_create(nopreempt_fn, &np, "nopreempt");

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
	get_task_struct(t);
	wake_up_process(t);
	while (t->state != TASK_DEAD)
		msleep(1);
	put_task_struct(t);
	KUNIT_EXPECT_TRUE(test, np.resched_seen);
	KUNIT_EXPECT_FALSE(test, np.seen_during);
	KUNIT_EXPECT_EQ(test, np.switches_during, 0UL);
	KUNIT_EXPECT_TRUE(test, np.seen_after);
}

static DECLARE_WAIT_QUEUE_HEAD(irq_q);
static bool irq_cond, irq_waker_in_irq, irq_sleeper_done;

static irqreturn_t waking_handler(int irq, void *dev_id)
{
	irq_waker_in_irq = in_irq();
	irq_cond = true;
	wake_up(&irq_q);
	return IRQ_HANDLED;
}

static int irq_sleeper(void *data)
{
	wait_event(irq_q, irq_cond);
	irq_sleeper_done = true;
	return 0;
}

static void preempt_wakeup_from_hardirq_test(struct kunit *test)
{
	struct task_struct *t;

	irq_cond = irq_waker_in_irq = irq_sleeper_done = false;
	KUNIT_ASSERT_EQ(test, request_irq(TEST_IRQ, waking_handler, 0, "wake-test", &irq_q), 0);
	t = kthread_run(irq_sleeper, NULL, "irq_sleeper");
	if (IS_ERR(t))
		free_irq(TEST_IRQ, &irq_q); /* leave IRQ 5 free for the next case */
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
	get_task_struct(t);
	while (t->state == TASK_RUNNING)
		yield();
	KUNIT_EXPECT_EQ(test, (int)t->state, TASK_UNINTERRUPTIBLE);
	inject_test_irq();
	KUNIT_EXPECT_TRUE(test, irq_waker_in_irq);
	KUNIT_EXPECT_EQ(test, (int)t->state, TASK_RUNNING); /* runnable at once */
	while (!irq_sleeper_done)
		yield();
	put_task_struct(t);
	free_irq(TEST_IRQ, &irq_q);
}

static void timer_waker(unsigned long data)
{
	irq_waker_in_irq = in_interrupt();
	irq_cond = true;
	wake_up(&irq_q);
}

/* The same from a kernel timer, which runs in the tick's softirq */
static void preempt_wakeup_from_timer_test(struct kunit *test)
{
	struct timer_list timer;
	unsigned long t0 = jiffies;

	irq_cond = irq_waker_in_irq = false;
	setup_timer(&timer, timer_waker, 0);
	mod_timer(&timer, jiffies + 2);
	wait_event(irq_q, irq_cond);
	KUNIT_EXPECT_TRUE(test, irq_waker_in_irq);
	KUNIT_EXPECT_GE(test, jiffies - t0, 2UL);
	del_timer_sync(&timer);
}

static bool tasklet_slept, tasklet_was_in_softirq;

static void sleeping_tasklet_fn(unsigned long data)
{
	tasklet_was_in_softirq = in_softirq();
	schedule_timeout_uninterruptible(1);
	tasklet_slept = true;
}

/* Sleeping in a tasklet is a bug, reported (not an oops) as Linux does */
static int tasklet_owner(void *data)
{
	DECLARE_TASKLET(t, sleeping_tasklet_fn, 0);

	local_bh_disable();
	tasklet_schedule(&t);
	local_bh_enable(); /* runs it here, in this thread */
	tasklet_kill(&t);
	return 0;
}

static void preempt_sleep_in_tasklet_is_reported_test(struct kunit *test)
{
	static struct printk_capture cap;
	struct task_struct *t = kthread_create(tasklet_owner, NULL, "tasklet_owner");

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
	tasklet_slept = tasklet_was_in_softirq = false;
	get_task_struct(t);
	might_sleep_ratelimit_reset();
	printk_capture_start(&cap);
	wake_up_process(t);
	while (t->state != TASK_DEAD)
		msleep(1);
	printk_capture_stop(&cap);
	put_task_struct(t);
	KUNIT_EXPECT_TRUE(test, tasklet_slept);
	KUNIT_EXPECT_TRUE(test, tasklet_was_in_softirq);
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(
					&cap, "BUG: scheduling while atomic: tasklet_owner/"));
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(
					&cap, "BUG: sleeping function called from invalid context"
					      " at kernel/timer.c:"));
}

static DEFINE_MUTEX(atomic_mutex);

/*
 * might_sleep() reports a sleeping call in atomic context even when it
 * would not have slept: this mutex is free, mutex_lock() takes it at once.
 */
static int lock_mutex_under_spinlock(void *data)
{
	DEFINE_SPINLOCK(lock);

	spin_lock(&lock);
	mutex_lock(&atomic_mutex);
	mutex_unlock(&atomic_mutex);
	spin_unlock(&lock);
	return 0;
}

static void preempt_might_sleep_reports_atomic_caller_test(struct kunit *test)
{
	static struct printk_capture cap;
	struct task_struct *t = kthread_create(lock_mutex_under_spinlock, NULL, "mutex_in_atomic");
	char line[80];

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
	get_task_struct(t);
	might_sleep_ratelimit_reset();
	printk_capture_start(&cap);
	wake_up_process(t);
	while (t->state != TASK_DEAD)
		msleep(1);
	printk_capture_stop(&cap);
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(
					&cap, "BUG: sleeping function called from invalid context"
					      " at kernel/mutex.c:"));
	snprintf(line, sizeof(line), "in_atomic(): 1, irqs_disabled(): 0, pid: %d, name: %s\n",
		 t->pid, t->comm);
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, line));
	KUNIT_EXPECT_FALSE(test, mutex_is_locked(&atomic_mutex));
	put_task_struct(t);
}

static struct kunit_case preempt_cases[] = {
	KUNIT_CASE(preempt_two_spinners_both_progress_test),
	KUNIT_CASE(preempt_disabled_section_is_not_preempted_test),
	KUNIT_CASE(preempt_wakeup_from_hardirq_test),
	KUNIT_CASE(preempt_wakeup_from_timer_test),
	KUNIT_CASE(preempt_sleep_in_tasklet_is_reported_test),
	KUNIT_CASE(preempt_might_sleep_reports_atomic_caller_test),
	{}
};

static struct kunit_suite preempt_suite = {
	.name = "preempt",
	.test_cases = preempt_cases,
};
kunit_test_suite(preempt_suite);
