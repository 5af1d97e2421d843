/*
 * workqueue_test.c - work runs in order on its worker, may sleep,
 * delayed work waits its delay, and flush and cancel behave as Linux
 * documents.
 */
#include <kunit/test.h>
#include <linux/workqueue.h>
#include <linux/completion.h>
#include <linux/kthread.h>
#include <linux/string.h>
#include <linux/jiffies.h>
#include <linux/delay.h>
#include <linux/sched.h>

struct item {
	struct work_struct work;
	char tag;
	struct task_struct *ran_in;
};

static char trail[16];
static int trail_len;

static void record(struct work_struct *work)
{
	struct item *it = container_of(work, struct item, work);

	trail[trail_len++] = it->tag;
	it->ran_in = current;
}

static void workqueue_order_test(struct kunit *test)
{
	struct workqueue_struct *wq = create_singlethread_workqueue("wq_order");
	struct item it[4];
	int i;

	KUNIT_ASSERT_NOT_NULL(test, wq);
	trail_len = 0;
	memset(trail, 0, sizeof(trail));
	for (i = 0; i < 4; i++) {
		INIT_WORK(&it[i].work, record);
		it[i].tag = 'a' + i;
		KUNIT_EXPECT_EQ(test, queue_work(wq, &it[i].work), 1);
	}
	/* queued twice before it runs: runs once */
	KUNIT_EXPECT_EQ(test, queue_work(wq, &it[0].work), 0);
	flush_workqueue(wq);
	KUNIT_EXPECT_STREQ(test, trail, "abcd");
	KUNIT_EXPECT_STREQ(test, it[0].ran_in->comm, "wq_order");
	KUNIT_EXPECT_FALSE(test, work_pending(&it[3].work));
	destroy_workqueue(wq);
}

static void back_to_normal(void *unused)
{
	struct sched_param normal = { .sched_priority = 0 };

	sched_setscheduler_nocheck(current, SCHED_NORMAL, &normal);
}

/*
 * The flush tests need the work they release or queue to be still pending
 * when flush_work() looks at it. The worker that complete() or
 * queue_work() wakes may preempt this thread at once (CFS's wakeup
 * preemption: likelier the longer this thread has run without sleeping,
 * as in the fault-injection boots) and finish the work first. A
 * SCHED_FIFO thread is not preempted by a SCHED_NORMAL worker: it runs on
 * until it sleeps in the flush. Its policy goes back when the case ends.
 */
static void run_as_fifo(struct kunit *test)
{
	struct sched_param fifo = { .sched_priority = 1 };

	KUNIT_ASSERT_EQ(test, sched_setscheduler_nocheck(current, SCHED_FIFO, &fifo), 0);
	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test, back_to_normal, NULL), 0);
}

static DECLARE_COMPLETION(gate);
static DECLARE_COMPLETION(entered);

/* A work function that sleeps until the test opens the gate */
static void sleeper_work(struct work_struct *work)
{
	complete(&entered);
	wait_for_completion(&gate);
	record(work);
}

static void workqueue_work_may_sleep_and_flush_waits_test(struct kunit *test)
{
	struct item a = { .tag = 'S' }, b = { .tag = 'T' };

	run_as_fifo(test);
	trail_len = 0;
	memset(trail, 0, sizeof(trail));
	INIT_COMPLETION(gate);
	INIT_COMPLETION(entered);
	INIT_WORK(&a.work, sleeper_work);
	INIT_WORK(&b.work, record);
	schedule_work(&a.work);
	schedule_work(&b.work);
	wait_for_completion(&entered); /* a is running, asleep */
	KUNIT_EXPECT_NULL(test, a.ran_in); /* it has not finished */
	complete(&gate);
	KUNIT_EXPECT_EQ(test, flush_work(&b.work), 1);
	KUNIT_EXPECT_STREQ(test, trail, "ST");
	KUNIT_EXPECT_STREQ(test, a.ran_in->comm, "events/0");
	KUNIT_EXPECT_EQ(test, flush_work(&b.work), 0); /* idle now */
}

static void workqueue_cancel_test(struct kunit *test)
{
	struct workqueue_struct *wq = create_workqueue("wq_cancel");
	struct item blocker = { .tag = 'B' }, victim = { .tag = 'V' };

	KUNIT_ASSERT_NOT_NULL(test, wq);
	trail_len = 0;
	memset(trail, 0, sizeof(trail));
	INIT_COMPLETION(gate);
	INIT_COMPLETION(entered);
	INIT_WORK(&blocker.work, sleeper_work);
	INIT_WORK(&victim.work, record);
	queue_work(wq, &blocker.work);
	queue_work(wq, &victim.work);
	wait_for_completion(&entered);
	/* victim is queued behind the sleeping blocker: cancelled, never runs */
	KUNIT_EXPECT_EQ(test, cancel_work_sync(&victim.work), 1);
	KUNIT_EXPECT_FALSE(test, work_pending(&victim.work));
	complete(&gate);
	/* blocker is running: cancel waits for it and says it was not pending */
	KUNIT_EXPECT_EQ(test, cancel_work_sync(&blocker.work), 0);
	KUNIT_EXPECT_STREQ(test, trail, "B");
	flush_workqueue(wq);
	KUNIT_EXPECT_STREQ(test, trail, "B");
	KUNIT_EXPECT_STREQ(test, blocker.ran_in->comm, "wq_cancel/0");
	destroy_workqueue(wq);
}

struct ditem {
	struct delayed_work dwork;
	unsigned long queued_at, ran_at;
	int runs, rearm;
	struct task_struct *ran_in;
};

static void delayed_record(struct work_struct *work)
{
	struct ditem *d = container_of(work, struct ditem, dwork.work);

	d->ran_at = jiffies;
	d->ran_in = current;
	d->runs++;
	if (d->rearm)
		schedule_delayed_work(&d->dwork, 1);
}

static void workqueue_delayed_work_waits_its_delay_test(struct kunit *test)
{
	struct workqueue_struct *wq = create_singlethread_workqueue("wq_delay");
	struct ditem d = { 0 };

	KUNIT_ASSERT_NOT_NULL(test, wq);
	INIT_DELAYED_WORK(&d.dwork, delayed_record);
	d.queued_at = jiffies;
	KUNIT_EXPECT_EQ(test, queue_delayed_work(wq, &d.dwork, 5), 1);
	KUNIT_EXPECT_TRUE(test, delayed_work_pending(&d.dwork));
	/* pending: a second queueing does nothing, the first delay stands */
	KUNIT_EXPECT_EQ(test, queue_delayed_work(wq, &d.dwork, 1), 0);
	KUNIT_EXPECT_EQ(test, queue_work(wq, &d.dwork.work), 0);
	/* flush_workqueue does not wait for a timer that has not fired */
	flush_workqueue(wq);
	KUNIT_EXPECT_EQ(test, d.runs, 0);
	msleep(100);
	KUNIT_EXPECT_EQ(test, d.runs, 1);
	KUNIT_EXPECT_GE(test, d.ran_at - d.queued_at, 5UL);
	KUNIT_EXPECT_STREQ(test, d.ran_in->comm, "wq_delay");
	KUNIT_EXPECT_FALSE(test, delayed_work_pending(&d.dwork));
	/* a delay of 0 queues at once */
	KUNIT_EXPECT_EQ(test, queue_delayed_work(wq, &d.dwork, 0), 1);
	flush_workqueue(wq);
	KUNIT_EXPECT_EQ(test, d.runs, 2);
	destroy_workqueue(wq);
}

static unsigned long static_runs;

static void static_delayed_fn(struct work_struct *work)
{
	static_runs++;
}

static DECLARE_DELAYED_WORK(static_dwork, static_delayed_fn);

static void workqueue_schedule_delayed_work_test(struct kunit *test)
{
	unsigned long t0;

	run_as_fifo(test);
	t0 = jiffies;
	KUNIT_EXPECT_EQ(test, schedule_delayed_work(&static_dwork, 3), 1);
	KUNIT_EXPECT_TRUE(test, delayed_work_pending(&static_dwork));
	/* flush_delayed_work fires the timer now and waits for the run */
	KUNIT_EXPECT_EQ(test, flush_delayed_work(&static_dwork), 1);
	KUNIT_EXPECT_EQ(test, static_runs, 1UL);
	KUNIT_EXPECT_LT(test, jiffies - t0, 3UL);
	KUNIT_EXPECT_FALSE(test, delayed_work_pending(&static_dwork));
	KUNIT_EXPECT_EQ(test, flush_delayed_work(&static_dwork), 0);
}

static void workqueue_cancel_delayed_work_test(struct kunit *test)
{
	struct ditem d = { 0 };

	INIT_DELAYED_WORK(&d.dwork, delayed_record);
	schedule_delayed_work(&d.dwork, 3);
	/* the timer is armed: cancelled, it never runs */
	KUNIT_EXPECT_EQ(test, cancel_delayed_work(&d.dwork), 1);
	KUNIT_EXPECT_FALSE(test, delayed_work_pending(&d.dwork));
	msleep(60);
	KUNIT_EXPECT_EQ(test, d.runs, 0);
	/* once the timer has fired it is too late for cancel_delayed_work */
	schedule_delayed_work(&d.dwork, 1);
	msleep(30);
	KUNIT_EXPECT_EQ(test, d.runs, 1);
	KUNIT_EXPECT_EQ(test, cancel_delayed_work(&d.dwork), 0);
	/* the _sync form on an idle item: nothing to cancel */
	KUNIT_EXPECT_EQ(test, cancel_delayed_work_sync(&d.dwork), 0);
	schedule_delayed_work(&d.dwork, 50);
	KUNIT_EXPECT_EQ(test, cancel_delayed_work_sync(&d.dwork), 1);
	msleep(600);
	KUNIT_EXPECT_EQ(test, d.runs, 1);
}

/* A delayed item that re-arms itself every run is stopped for good */
static void workqueue_cancel_rearming_delayed_work_test(struct kunit *test)
{
	struct ditem d = { .rearm = 1 };
	int runs;

	INIT_DELAYED_WORK(&d.dwork, delayed_record);
	schedule_delayed_work(&d.dwork, 1);
	msleep(50);
	KUNIT_EXPECT_GE(test, d.runs, 2);
	cancel_delayed_work_sync(&d.dwork);
	KUNIT_EXPECT_FALSE(test, delayed_work_pending(&d.dwork));
	runs = d.runs;
	msleep(50);
	KUNIT_EXPECT_EQ(test, d.runs, runs);
}

struct requeuer {
	struct work_struct work;
	struct completion entered, gate;
	int runs, requeue_ret;
};

/* Re-queues itself; the first run also waits until the test opens the gate */
static void requeue_work(struct work_struct *work)
{
	struct requeuer *r = container_of(work, struct requeuer, work);

	if (r->runs++ == 0) {
		complete(&r->entered);
		wait_for_completion(&r->gate);
	}
	r->requeue_ret = schedule_work(work);
}

static int open_gate(void *data)
{
	complete(data);
	return 0;
}

/*
 * cancel_work_sync() while the item runs and re-queues itself: it waits
 * for the run, the re-queueing fails (the canceller holds PENDING), and
 * the item does not run again.
 */
static void workqueue_cancel_self_requeueing_work_test(struct kunit *test)
{
	struct requeuer r = { .runs = 0 };
	struct task_struct *gate;

	INIT_WORK(&r.work, requeue_work);
	init_completion(&r.entered);
	init_completion(&r.gate);
	schedule_work(&r.work);
	wait_for_completion(&r.entered);
	/* opens the gate once we are asleep in cancel_work_sync */
	gate = kthread_run(open_gate, &r.gate, "open_gate");
	if (IS_ERR(gate)) { /* let the item finish and stop it re-queueing */
		complete(&r.gate);
		cancel_work_sync(&r.work);
	}
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, gate);
	KUNIT_EXPECT_EQ(test, cancel_work_sync(&r.work), 0);
	KUNIT_EXPECT_EQ(test, r.runs, 1);
	KUNIT_EXPECT_EQ(test, r.requeue_ret, 0);
	KUNIT_EXPECT_FALSE(test, work_pending(&r.work));
	flush_scheduled_work();
	KUNIT_EXPECT_EQ(test, r.runs, 1);
}

static struct kunit_case workqueue_cases[] = {
	KUNIT_CASE(workqueue_order_test),
	KUNIT_CASE(workqueue_work_may_sleep_and_flush_waits_test),
	KUNIT_CASE(workqueue_cancel_test),
	KUNIT_CASE(workqueue_delayed_work_waits_its_delay_test),
	KUNIT_CASE(workqueue_schedule_delayed_work_test),
	KUNIT_CASE(workqueue_cancel_delayed_work_test),
	KUNIT_CASE(workqueue_cancel_rearming_delayed_work_test),
	KUNIT_CASE(workqueue_cancel_self_requeueing_work_test),
	{}
};

static struct kunit_suite workqueue_suite = {
	.name = "workqueue",
	.test_cases = workqueue_cases,
};
kunit_test_suite(workqueue_suite);
