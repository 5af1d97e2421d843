/*
 * sched_nice_test.c - lab 4's grader: a task's CFS load weight follows
 * its nice level (2.6.32's prio_to_weight table: 1024 at nice 0, about
 * 1.25 times less per step), its inverse weight is 2^32 / weight, and
 * renicing a task changes both. The time shares these weights give are
 * graded by sched_cfs_test.c's nice cases. See docs/labs/lab4-cfs-nice.md.
 */
#include <kunit/test.h>
#include <linux/kthread.h>
#include <linux/sched.h>

static int sleeper_fn(void *unused)
{
	while (!kthread_should_stop()) {
		set_current_state(TASK_INTERRUPTIBLE);
		if (!kthread_should_stop())
			schedule();
		__set_current_state(TASK_RUNNING);
	}
	return 0;
}

static const struct {
	int nice;
	unsigned long weight;
} linux_weights[] = { { -20, 88761 }, { -10, 9548 }, { -5, 3121 }, { -1, 1277 }, { 0, 1024 },
		      { 1, 820 },     { 5, 335 },    { 10, 110 },  { 19, 15 } };

static struct task_struct *sleeper(struct kunit *test)
{
	struct task_struct *p = kthread_run(sleeper_fn, NULL, "nice-test");

	KUNIT_ASSERT_FALSE(test, IS_ERR(p));
	return p;
}

static void nice_weights_test(struct kunit *test)
{
	struct task_struct *p = sleeper(test);
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(linux_weights); i++) {
		set_user_nice(p, linux_weights[i].nice);
		KUNIT_EXPECT_EQ_MSG(test, p->se.load.weight, linux_weights[i].weight, "nice %d",
				    linux_weights[i].nice);
	}
	kthread_stop(p);
}

static void nice_inverse_weights_test(struct kunit *test)
{
	struct task_struct *p = sleeper(test);
	int nice;

	for (nice = -20; nice <= 19; nice++) {
		unsigned long long prod;

		set_user_nice(p, nice);
		prod = (unsigned long long)p->se.load.weight * p->se.load.inv_weight;
		/* 2^32 / weight, rounded: the product is 2^32 within one weight */
		KUNIT_EXPECT_LE_MSG(test, prod, (1ULL << 32) + p->se.load.weight, "nice %d", nice);
		KUNIT_EXPECT_GE_MSG(test, prod + p->se.load.weight, 1ULL << 32, "nice %d", nice);
	}
	kthread_stop(p);
}

static void nice_renice_test(struct kunit *test)
{
	struct task_struct *p = sleeper(test);
	unsigned long w0, w5;

	set_user_nice(p, 0);
	w0 = p->se.load.weight;
	set_user_nice(p, 5);
	w5 = p->se.load.weight;
	KUNIT_EXPECT_EQ(test, TASK_NICE(p), 5);
	/* five steps of ~1.25: a nice-0 task gets about three times a nice-5 task's CPU */
	KUNIT_EXPECT_GE(test, w0 * 100 / w5, 295UL);
	KUNIT_EXPECT_LE(test, w0 * 100 / w5, 315UL);
	/* each step down weighs less */
	set_user_nice(p, 6);
	KUNIT_EXPECT_LT(test, p->se.load.weight, w5);
	kthread_stop(p);
}

static struct kunit_case sched_nice_cases[] = { KUNIT_CASE(nice_weights_test),
						KUNIT_CASE(nice_inverse_weights_test),
						KUNIT_CASE(nice_renice_test),
						{} };

static struct kunit_suite sched_nice_suite = {
	.name = "sched_nice",
	.test_cases = sched_nice_cases,
};
kunit_test_suite(sched_nice_suite);
