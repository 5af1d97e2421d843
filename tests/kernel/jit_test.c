/*
 * jit_test.c - lab 2's grader: jit_run()'s timer fires @loops times,
 * @delay jiffies apart, in softirq context; the tasklet runs after the
 * last expiry and wakes the waiter; jit_stop() leaves nothing pending.
 * See docs/labs/lab2-timer-tasklet.md.
 */
#include <kunit/test.h>
#include <linux/jiffies.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linnet/jit.h>

static struct jit_data *run(struct kunit *test, int loops, unsigned long delay)
{
	struct jit_data *d = kzalloc(sizeof(*d), GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, d);
	KUNIT_EXPECT_EQ(test, jit_run(d, loops, delay), 0);
	return d;
}

static void jit_timer_fires_loops_test(struct kunit *test)
{
	struct jit_data *d = run(test, 5, 2);

	KUNIT_EXPECT_EQ(test, d->nstamps, 5);
	KUNIT_EXPECT_EQ(test, d->loops, 0);
	KUNIT_EXPECT_EQ(test, d->done, 1);
	KUNIT_EXPECT_EQ(test, jit_run(d, 0, 1), -EINVAL);
	kfree(d);
}

static void jit_timer_spacing_test(struct kunit *test)
{
	unsigned long t0 = jiffies;
	struct jit_data *d = run(test, 4, 3);
	int i;

	KUNIT_ASSERT_EQ(test, d->nstamps, 4);
	KUNIT_EXPECT_GE(test, d->stamps[0] - t0, 3UL);
	for (i = 1; i < 4; i++)
		KUNIT_EXPECT_GE(test, d->stamps[i] - d->stamps[i - 1], 3UL);
	/* re-armed from the expiry, not from "now": no drift beyond a tick */
	KUNIT_EXPECT_LE(test, d->stamps[3] - d->stamps[0], 10UL);
	KUNIT_EXPECT_GE(test, jiffies - t0, 12UL);
	kfree(d);
}

static void jit_timer_context_test(struct kunit *test)
{
	struct jit_data *d = run(test, 3, 1);
	int i;

	KUNIT_ASSERT_EQ(test, d->nstamps, 3);
	for (i = 0; i < 3; i++)
		KUNIT_EXPECT_EQ(test, d->in_softirq[i], 1);
	kfree(d);
}

static void jit_tasklet_after_timers_test(struct kunit *test)
{
	struct jit_data *d = run(test, 3, 2);

	KUNIT_EXPECT_EQ(test, d->tasklet_after, 3);
	KUNIT_EXPECT_GE(test, d->tasklet_stamp, d->stamps[2]);
	KUNIT_EXPECT_LE(test, d->tasklet_stamp - d->stamps[2], 1UL);
	kfree(d);
}

static void jit_stop_test(struct kunit *test)
{
	struct jit_data *d = kzalloc(sizeof(*d), GFP_KERNEL);
	int seen;

	KUNIT_ASSERT_NOT_NULL(test, d);
	/* ten expiries 3 jiffies apart, stopped after about two */
	KUNIT_ASSERT_EQ(test, jit_start(d, 10, 3), 0);
	schedule_timeout_uninterruptible(7);
	jit_stop(d);
	seen = d->nstamps;
	KUNIT_EXPECT_GE(test, seen, 1);
	KUNIT_EXPECT_LE(test, seen, 3);
	KUNIT_EXPECT_FALSE(test, timer_pending(&d->timer));
	schedule_timeout_uninterruptible(15);
	/* nothing ran after jit_stop() returned */
	KUNIT_EXPECT_EQ(test, d->nstamps, seen);
	KUNIT_EXPECT_EQ(test, d->done, 0);
	kfree(d);
}

static struct kunit_case jit_cases[] = { KUNIT_CASE(jit_timer_fires_loops_test),
					 KUNIT_CASE(jit_timer_spacing_test),
					 KUNIT_CASE(jit_timer_context_test),
					 KUNIT_CASE(jit_tasklet_after_timers_test),
					 KUNIT_CASE(jit_stop_test),
					 {} };

static struct kunit_suite jit_suite = {
	.name = "jit",
	.test_cases = jit_cases,
};
kunit_test_suite(jit_suite);
