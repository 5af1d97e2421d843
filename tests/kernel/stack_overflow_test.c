/*
 * stack_overflow_test.c - demo_stack_overflow: a thread that recurses
 * without end runs into the guard page below its stack; the double
 * fault, through its task gate, oopses naming the thread and kills it,
 * and the kernel goes on (twice, so the double-fault task is re-entered).
 *
 * The oops makes this a demo_* suite: it runs only by name
 * (ktest=demo_stack_overflow), and the harness check stack_overflow in
 * tests/harness/checks.py reads the report.
 */
#include <kunit/test.h>
#include <linux/kthread.h>
#include <linux/sched.h>
#include <linux/delay.h>

static volatile int recursion_limit = INT_MAX;

/* Each frame keeps 64 bytes on the stack; the add after the call keeps it from being a loop */
static noinline int recurse(int depth)
{
	volatile char frame[64];

	frame[0] = (char)depth;
	if (depth >= recursion_limit)
		return frame[0];
	return recurse(depth + 1) + frame[0];
}

static int stack_hog(void *data)
{
	return recurse(0);
}

static void demo_stack_overflow_test(struct kunit *test)
{
	int round;

	for (round = 0; round < 2; round++) {
		struct task_struct *t = kthread_create(stack_hog, NULL, "stack_hog%d", round);

		KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
		get_task_struct(t);
		wake_up_process(t);
		while (t->state != TASK_DEAD)
			msleep(1);
		KUNIT_EXPECT_EQ(test, t->exit_code, SIGSEGV);
		put_task_struct(t);
	}
}

static struct kunit_case demo_stack_overflow_cases[] = { KUNIT_CASE(demo_stack_overflow_test), {} };

static struct kunit_suite demo_stack_overflow_suite = {
	.name = "demo_stack_overflow",
	.test_cases = demo_stack_overflow_cases,
};
kunit_test_suite(demo_stack_overflow_suite);
