/*
 * workqueue_test.c - work runs in order on its worker, may sleep, and
 * flush and cancel behave as Linux documents.
 */
#include <kunit/test.h>
#include <linux/workqueue.h>
#include <linux/completion.h>
#include <linux/kthread.h>
#include <linux/string.h>

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

static struct kunit_case workqueue_cases[] = {
	KUNIT_CASE(workqueue_order_test),
	KUNIT_CASE(workqueue_work_may_sleep_and_flush_waits_test),
	KUNIT_CASE(workqueue_cancel_test),
	{}
};

static struct kunit_suite workqueue_suite = {
	.name = "workqueue",
	.test_cases = workqueue_cases,
};
kunit_test_suite(workqueue_suite);
