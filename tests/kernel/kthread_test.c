/*
 * kthread_test.c - creating, running and stopping kernel threads.
 */
#include <kunit/test.h>
#include <linux/kthread.h>
#include <linux/sched.h>
#include <linux/string.h>

static int ran;

static int return_arg(void *data)
{
	ran++;
	return (long)data;
}

static int loop_until_stopped(void *data)
{
	int *count = data;

	while (!kthread_should_stop()) {
		(*count)++;
		yield();
	}
	return 42;
}

static void kthread_create_sleeps_until_woken_test(struct kunit *test)
{
	struct task_struct *t;

	ran = 0;
	t = kthread_create(return_arg, (void *)7L, "kt-%s-%d", "name", 5);
	KUNIT_ASSERT_FALSE(test, IS_ERR(t));
	KUNIT_EXPECT_STREQ(test, t->comm, "kt-name-5");
	KUNIT_EXPECT_EQ(test, (int)t->state, TASK_UNINTERRUPTIBLE);
	yield();
	KUNIT_EXPECT_EQ(test, ran, 0);
	/* stopped before it ever ran: the function never runs */
	KUNIT_EXPECT_EQ(test, kthread_stop(t), -EINTR);
	KUNIT_EXPECT_EQ(test, ran, 0);
}

static void kthread_stop_returns_exit_code_test(struct kunit *test)
{
	int count = 0;
	struct task_struct *t = kthread_run(loop_until_stopped, &count, "looper");

	KUNIT_ASSERT_FALSE(test, IS_ERR(t));
	while (count < 3)
		yield();
	KUNIT_EXPECT_EQ(test, kthread_stop(t), 42);
}

static void kthread_names_are_cut_test(struct kunit *test)
{
	struct task_struct *t = kthread_create(return_arg, NULL, "a-very-long-thread-name");

	KUNIT_ASSERT_FALSE(test, IS_ERR(t));
	KUNIT_EXPECT_EQ(test, strlen(t->comm), (size_t)TASK_COMM_LEN - 1);
	kthread_stop(t);
}

static void kthread_pids_are_unique_test(struct kunit *test)
{
	struct task_struct *a = kthread_create(return_arg, NULL, "a");
	struct task_struct *b = kthread_create(return_arg, NULL, "b");

	KUNIT_EXPECT_NE(test, a->pid, b->pid);
	KUNIT_EXPECT_GT(test, a->pid, 0);
	KUNIT_EXPECT_PTR_EQ(test, find_task_by_pid(a->pid), a);
	kthread_stop(a);
	kthread_stop(b);
	KUNIT_EXPECT_NULL(test, find_task_by_pid(b->pid));
}

/* 1,000 threads created, run and stopped in batches give everything back */
static void kthread_thousand_threads_test(struct kunit *test)
{
	int before = nr_threads(), i, j, count[10];
	struct task_struct *t[10];

	for (i = 0; i < 100; i++) {
		for (j = 0; j < 10; j++) {
			count[j] = 0;
			t[j] = kthread_run(loop_until_stopped, &count[j], "many%d", j);
			KUNIT_ASSERT_FALSE(test, IS_ERR(t[j]));
		}
		for (j = 0; j < 10; j++)
			KUNIT_ASSERT_EQ(test, kthread_stop(t[j]), 42);
	}
	yield();
	KUNIT_EXPECT_EQ(test, nr_threads(), before);
}

static struct kunit_case kthread_cases[] = { KUNIT_CASE(kthread_create_sleeps_until_woken_test),
					     KUNIT_CASE(kthread_stop_returns_exit_code_test),
					     KUNIT_CASE(kthread_names_are_cut_test),
					     KUNIT_CASE(kthread_pids_are_unique_test),
					     KUNIT_CASE(kthread_thousand_threads_test),
					     {} };

static struct kunit_suite kthread_suite = {
	.name = "kthread",
	.test_cases = kthread_cases,
};
kunit_test_suite(kthread_suite);
