/*
 * wait_test.c - wait queues: producer/consumer, exclusive wake-up counts,
 * and the return values of the wait_event family.
 *
 * The exclusive-wakeup cases count who was woken the moment wake_up()
 * returns: try_to_wake_up() makes a woken task TASK_RUNNING at once, so
 * the count needs no sleeping and no timing.
 */
#include <kunit/test.h>
#include <linux/wait.h>
#include <linux/kthread.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/timer.h>
#include <linux/jiffies.h>

#define RING 16
#define NR_ITEMS 100000

struct pc {
	wait_queue_head_t not_empty, not_full;
	unsigned int head, tail;
	unsigned int ring[RING];
	unsigned int received, errors;
};

static int producer(void *data)
{
	struct pc *pc = data;
	unsigned int i;

	for (i = 0; i < NR_ITEMS; i++) {
		wait_event(pc->not_full, pc->head - pc->tail < RING);
		pc->ring[pc->head % RING] = i;
		pc->head++;
		wake_up(&pc->not_empty);
	}
	return 0;
}

static int consumer(void *data)
{
	struct pc *pc = data;
	unsigned int v;

	while (pc->received < NR_ITEMS) {
		wait_event(pc->not_empty, pc->head != pc->tail);
		v = pc->ring[pc->tail % RING];
		pc->tail++;
		if (v != pc->received)
			pc->errors++;
		pc->received++;
		wake_up(&pc->not_full);
	}
	return 0;
}

static void wait_producer_consumer_test(struct kunit *test)
{
	static struct pc pc_state;
	struct pc *pc = &pc_state;
	struct task_struct *p, *c;

	memset(pc, 0, sizeof(*pc));
	init_waitqueue_head(&pc->not_empty);
	init_waitqueue_head(&pc->not_full);
	c = kthread_create(consumer, pc, "consumer");
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, c);
	p = kthread_create(producer, pc, "producer");
	if (IS_ERR(p))
		kthread_stop(c); /* it never ran: nothing waits for a producer */
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, p);
	get_task_struct(c);
	get_task_struct(p);
	wake_up_process(c);
	wake_up_process(p);
	while (p->state != TASK_DEAD || c->state != TASK_DEAD)
		yield();
	KUNIT_EXPECT_EQ(test, pc->received, (unsigned int)NR_ITEMS);
	KUNIT_EXPECT_EQ(test, pc->errors, 0U);
	KUNIT_EXPECT_EQ(test, p->exit_code, 0);
	put_task_struct(p);
	put_task_struct(c);
}

/* A sleeper for the wake-up counts: sleeps once on the queue, then waits to be stopped */
struct sleeper {
	wait_queue_head_t *q;
	bool exclusive;
	int state;
	struct task_struct *task;
};

static int sleeper_fn(void *data)
{
	struct sleeper *s = data;
	DEFINE_WAIT(wait);

	if (s->exclusive)
		prepare_to_wait_exclusive(s->q, &wait, s->state);
	else
		prepare_to_wait(s->q, &wait, s->state);
	if (!kthread_should_stop())
		schedule();
	finish_wait(s->q, &wait);
	for (;;) {
		set_current_state(TASK_INTERRUPTIBLE);
		if (kthread_should_stop())
			break;
		schedule();
	}
	__set_current_state(TASK_RUNNING);
	return 0;
}

#define NR_SLEEPERS 8

static void stop_sleepers(wait_queue_head_t *q, struct sleeper *s, int n);

/*
 * Start sleepers (exclusive ones interleaved with the others) and wait until
 * all sleep; if one cannot be made, stop those already running and fail.
 */
static void start_sleepers(struct kunit *test, wait_queue_head_t *q, struct sleeper *s, int nr_excl,
			   int nr_shared, int state)
{
	int i;

	for (i = 0; i < nr_excl + nr_shared; i++) {
		s[i].q = q;
		s[i].exclusive = i < 2 * min(nr_excl, nr_shared) ? i % 2 == 0 : nr_excl > nr_shared;
		s[i].state = state;
	}
	for (i = 0; i < nr_excl + nr_shared; i++) {
		s[i].task = kthread_run(sleeper_fn, &s[i], "sleeper%d", i);
		if (IS_ERR(s[i].task)) {
			long err = PTR_ERR(s[i].task);

			stop_sleepers(q, s, i);
			KUNIT_ASSERT_EQ(test, err, 0L);
		}
	}
	for (i = 0; i < nr_excl + nr_shared; i++)
		while (s[i].task->state == TASK_RUNNING)
			yield();
}

static int count_running(struct sleeper *s, int n, bool exclusive)
{
	int i, woken = 0;

	for (i = 0; i < n; i++)
		if (s[i].exclusive == exclusive && s[i].task->state == TASK_RUNNING)
			woken++;
	return woken;
}

static void stop_sleepers(wait_queue_head_t *q, struct sleeper *s, int n)
{
	int i;

	wake_up_all(q);
	for (i = 0; i < n; i++)
		kthread_stop(s[i].task);
}

static void wait_exclusive_counts_test(struct kunit *test)
{
	struct sleeper s[NR_SLEEPERS];
	DECLARE_WAIT_QUEUE_HEAD(q);

	/* 3 non-exclusive + 5 exclusive: wake_up wakes 3 + 1 */
	start_sleepers(test, &q, s, 5, 3, TASK_UNINTERRUPTIBLE);
	preempt_disable(); /* count before any woken task runs and sleeps again */
	wake_up(&q);
	KUNIT_EXPECT_EQ(test, count_running(s, 8, false), 3);
	KUNIT_EXPECT_EQ(test, count_running(s, 8, true), 1);
	preempt_enable();
	stop_sleepers(&q, s, 8);

	/* wake_up_nr(q, 2) wakes 3 + 2 */
	start_sleepers(test, &q, s, 5, 3, TASK_UNINTERRUPTIBLE);
	preempt_disable();
	wake_up_nr(&q, 2);
	KUNIT_EXPECT_EQ(test, count_running(s, 8, false), 3);
	KUNIT_EXPECT_EQ(test, count_running(s, 8, true), 2);
	preempt_enable();
	stop_sleepers(&q, s, 8);

	/* wake_up_all wakes 3 + 5 */
	start_sleepers(test, &q, s, 5, 3, TASK_UNINTERRUPTIBLE);
	preempt_disable();
	wake_up_all(&q);
	KUNIT_EXPECT_EQ(test, count_running(s, 8, false), 3);
	KUNIT_EXPECT_EQ(test, count_running(s, 8, true), 5);
	preempt_enable();
	stop_sleepers(&q, s, 8);
	KUNIT_EXPECT_FALSE(test, waitqueue_active(&q));
}

static void wait_queue_order_test(struct kunit *test)
{
	DECLARE_WAIT_QUEUE_HEAD(q);
	DECLARE_WAITQUEUE(a, current);
	DECLARE_WAITQUEUE(b, current);
	DECLARE_WAITQUEUE(c, current);

	add_wait_queue_exclusive(&q, &a);
	add_wait_queue(&q, &b);
	add_wait_queue_exclusive(&q, &c);
	/* non-exclusive at the head, exclusive ones at the tail in order */
	KUNIT_EXPECT_PTR_EQ(test, q.task_list.next, &b.task_list);
	KUNIT_EXPECT_PTR_EQ(test, b.task_list.next, &a.task_list);
	KUNIT_EXPECT_PTR_EQ(test, a.task_list.next, &c.task_list);
	KUNIT_EXPECT_EQ(test, b.flags & WQ_FLAG_EXCLUSIVE, 0U);
	KUNIT_EXPECT_EQ(test, c.flags & WQ_FLAG_EXCLUSIVE, (unsigned int)WQ_FLAG_EXCLUSIVE);
	/* add_wait_queue clears an exclusive flag left from before */
	remove_wait_queue(&q, &a);
	add_wait_queue(&q, &a);
	KUNIT_EXPECT_EQ(test, a.flags & WQ_FLAG_EXCLUSIVE, 0U);
	remove_wait_queue(&q, &a);
	remove_wait_queue(&q, &b);
	remove_wait_queue(&q, &c);
	KUNIT_EXPECT_FALSE(test, waitqueue_active(&q));
}

static void wait_interruptible_leaves_uninterruptible_test(struct kunit *test)
{
	struct sleeper s[4];
	DECLARE_WAIT_QUEUE_HEAD(q);
	int i;

	for (i = 0; i < 4; i++) {
		s[i].q = &q;
		s[i].exclusive = false;
		s[i].state = i < 2 ? TASK_UNINTERRUPTIBLE : TASK_INTERRUPTIBLE;
		s[i].task = kthread_run(sleeper_fn, &s[i], "sleeper%d", i);
		if (IS_ERR(s[i].task)) {
			long err = PTR_ERR(s[i].task);

			stop_sleepers(&q, s, i);
			KUNIT_ASSERT_EQ(test, err, 0L);
		}
	}
	for (i = 0; i < 4; i++)
		while (s[i].task->state == TASK_RUNNING)
			yield();
	preempt_disable();
	wake_up_interruptible_all(&q);
	KUNIT_EXPECT_EQ(test, (int)s[0].task->state, TASK_UNINTERRUPTIBLE);
	KUNIT_EXPECT_EQ(test, (int)s[1].task->state, TASK_UNINTERRUPTIBLE);
	KUNIT_EXPECT_EQ(test, (int)s[2].task->state, TASK_RUNNING);
	KUNIT_EXPECT_EQ(test, (int)s[3].task->state, TASK_RUNNING);
	preempt_enable();
	stop_sleepers(&q, s, 4);
}

struct sig_waiter {
	wait_queue_head_t q;
	bool cond;
	bool allow;
	int ret;
	bool done;
};

static int sig_waiter_fn(void *data)
{
	struct sig_waiter *w = data;

	if (w->allow)
		allow_signal(SIGINT);
	w->ret = wait_event_interruptible(w->q, w->cond);
	w->done = true;
	return 0;
}

static void wait_event_interruptible_signal_test(struct kunit *test)
{
	struct sig_waiter w = { .allow = true, .ret = 1 };
	struct task_struct *t;

	init_waitqueue_head(&w.q);
	t = kthread_run(sig_waiter_fn, &w, "sigwait");
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
	get_task_struct(t);
	while (t->state == TASK_RUNNING)
		yield();
	KUNIT_EXPECT_EQ(test, send_sig(SIGINT, t, 0), 0);
	while (!w.done)
		yield();
	KUNIT_EXPECT_EQ(test, w.ret, -ERESTARTSYS);
	put_task_struct(t);
}

static void wait_event_interruptible_condition_test(struct kunit *test)
{
	struct sig_waiter w = { .allow = true, .ret = 1 };
	struct task_struct *t;

	init_waitqueue_head(&w.q);
	t = kthread_run(sig_waiter_fn, &w, "sigwait");
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
	get_task_struct(t);
	while (t->state == TASK_RUNNING)
		yield();
	w.cond = true;
	wake_up_interruptible(&w.q);
	while (!w.done)
		yield();
	KUNIT_EXPECT_EQ(test, w.ret, 0);
	put_task_struct(t);
}

/* A kernel thread ignores signals it has not allowed, unless forced */
static void wait_signal_ignored_unless_allowed_test(struct kunit *test)
{
	struct sig_waiter w = { .allow = false, .ret = 1 };
	struct task_struct *t;
	int i;

	init_waitqueue_head(&w.q);
	t = kthread_run(sig_waiter_fn, &w, "sigwait");
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
	get_task_struct(t);
	while (t->state == TASK_RUNNING)
		yield();
	send_sig(SIGINT, t, 0);
	for (i = 0; i < 10; i++)
		yield();
	KUNIT_EXPECT_FALSE(test, w.done);
	KUNIT_EXPECT_EQ(test, (int)t->state, TASK_INTERRUPTIBLE);
	force_sig(SIGINT, t);
	while (!w.done)
		yield();
	KUNIT_EXPECT_EQ(test, w.ret, -ERESTARTSYS);
	put_task_struct(t);
}

static DECLARE_WAIT_QUEUE_HEAD(tq);
static bool tcond;

static void set_tcond(unsigned long data)
{
	tcond = true;
	wake_up(&tq);
}

/* wait_event_timeout: 0 at the timeout, else the jiffies left (at least 1) */
static void wait_event_timeout_test(struct kunit *test)
{
	struct timer_list timer;
	unsigned long t0;
	long ret;

	tcond = false;
	t0 = jiffies;
	KUNIT_EXPECT_EQ(test, wait_event_timeout(tq, tcond, 3), 0L);
	KUNIT_EXPECT_GE(test, jiffies - t0, 3UL);
	KUNIT_EXPECT_LE(test, jiffies - t0, 4UL);

	setup_timer(&timer, set_tcond, 0);
	t0 = jiffies;
	mod_timer(&timer, t0 + 2);
	ret = wait_event_timeout(tq, tcond, 10);
	KUNIT_EXPECT_TRUE(test, tcond);
	KUNIT_EXPECT_GE(test, ret, 7L);
	KUNIT_EXPECT_LE(test, ret, 8L);
	KUNIT_EXPECT_EQ(test, ret, 10L - (long)(jiffies - t0));
	del_timer_sync(&timer);

	/* already true: the whole timeout is left; with none left, still 1 */
	KUNIT_EXPECT_EQ(test, wait_event_timeout(tq, tcond, 5), 5L);
	KUNIT_EXPECT_EQ(test, wait_event_timeout(tq, tcond, 0), 1L);
	KUNIT_EXPECT_EQ(test, wait_event_timeout(tq, !tcond, 0), 0L);
}

struct tmo_waiter {
	wait_queue_head_t q;
	bool cond, done;
	long timeout, ret;
};

static int tmo_waiter_fn(void *data)
{
	struct tmo_waiter *w = data;

	allow_signal(SIGINT);
	w->ret = wait_event_interruptible_timeout(w->q, w->cond, w->timeout);
	w->done = true;
	return 0;
}

/* Start a waiter and let it fall asleep; @how: 't'imeout, 'c'ondition, 's'ignal */
static long run_tmo_waiter(struct kunit *test, long timeout, char how)
{
	struct tmo_waiter w = { .timeout = timeout, .ret = 12345 };
	struct task_struct *t;

	init_waitqueue_head(&w.q);
	t = kthread_run(tmo_waiter_fn, &w, "tmo_waiter");
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
	get_task_struct(t);
	while (t->state == TASK_RUNNING)
		yield();
	if (how == 'c') {
		w.cond = true;
		wake_up_interruptible(&w.q);
	} else if (how == 's') {
		send_sig(SIGINT, t, 0);
	}
	while (!w.done)
		schedule_timeout_uninterruptible(1);
	put_task_struct(t);
	return w.ret;
}

static void wait_event_interruptible_timeout_test(struct kunit *test)
{
	long ret;

	KUNIT_EXPECT_EQ(test, run_tmo_waiter(test, 3, 't'), 0L);
	ret = run_tmo_waiter(test, 50, 'c');
	KUNIT_EXPECT_GE(test, ret, 49L);
	KUNIT_EXPECT_LE(test, ret, 50L);
	KUNIT_EXPECT_EQ(test, run_tmo_waiter(test, 50, 's'), (long)-ERESTARTSYS);
}

static void wake_tq_sync(unsigned long data)
{
	wake_up_interruptible_sync(&tq);
}

/*
 * 2.6.32's old sleep_on() API: the sleeper joins the queue and sleeps
 * with no condition; a wake_up() ends it, a timeout ends the _timeout
 * forms with 0, and the entry is off the queue afterwards either way.
 */
static void wait_sleep_on_test(struct kunit *test)
{
	struct timer_list timer;
	unsigned long t0;
	long ret;

	t0 = jiffies;
	KUNIT_EXPECT_EQ(test, sleep_on_timeout(&tq, 3), 0L);
	KUNIT_EXPECT_GE(test, jiffies - t0, 3UL);
	KUNIT_EXPECT_EQ(test, interruptible_sleep_on_timeout(&tq, 2), 0L);
	KUNIT_EXPECT_EQ(test, current->state, (long)TASK_RUNNING);
	KUNIT_EXPECT_TRUE(test, list_empty(&tq.task_list));

	setup_timer(&timer, set_tcond, 0);
	t0 = jiffies;
	mod_timer(&timer, t0 + 2);
	ret = interruptible_sleep_on_timeout(&tq, 20);
	KUNIT_EXPECT_GE(test, ret, 17L);
	KUNIT_EXPECT_LE(test, ret, 18L);
	del_timer_sync(&timer);
	KUNIT_EXPECT_TRUE(test, list_empty(&tq.task_list));

	/* interruptible_sleep_on() and sleep_on() return when woken */
	mod_timer(&timer, jiffies + 2);
	interruptible_sleep_on(&tq);
	KUNIT_EXPECT_FALSE(test, timer_pending(&timer));
	mod_timer(&timer, jiffies + 1);
	sleep_on(&tq);
	KUNIT_EXPECT_FALSE(test, timer_pending(&timer));
	del_timer_sync(&timer);

	/* wake_up_interruptible_sync() wakes an interruptible sleeper too */
	setup_timer(&timer, wake_tq_sync, 0);
	mod_timer(&timer, jiffies + 2);
	ret = interruptible_sleep_on_timeout(&tq, 20);
	KUNIT_EXPECT_GE(test, ret, 17L);
	del_timer_sync(&timer);
	KUNIT_EXPECT_TRUE(test, list_empty(&tq.task_list));
}

static struct kunit_case wait_cases[] = { KUNIT_CASE(wait_queue_order_test),
					  KUNIT_CASE(wait_producer_consumer_test),
					  KUNIT_CASE(wait_exclusive_counts_test),
					  KUNIT_CASE(
						  wait_interruptible_leaves_uninterruptible_test),
					  KUNIT_CASE(wait_event_interruptible_signal_test),
					  KUNIT_CASE(wait_event_interruptible_condition_test),
					  KUNIT_CASE(wait_signal_ignored_unless_allowed_test),
					  KUNIT_CASE(wait_event_timeout_test),
					  KUNIT_CASE(wait_event_interruptible_timeout_test),
					  KUNIT_CASE(wait_sleep_on_test),
					  {} };

static struct kunit_suite wait_suite = {
	.name = "wait",
	.test_cases = wait_cases,
};
kunit_test_suite(wait_suite);
