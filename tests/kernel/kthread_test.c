/*
 * kthread_test.c - creating, running and stopping kernel threads.
 */
#include <kunit/test.h>
#include <linux/kasan.h>
#include <linux/mm.h>
#include <linux/vmalloc.h>
#include <linux/kthread.h>
#include <linux/sched.h>
#include <linux/string.h>

static int ran;

static int return_arg(void *data)
{
	ran++;
	return (long)data;
}

/*
 * The classic kthread loop: count, then sleep until woken; kthread_stop()
 * wakes it. (Not a yield() loop: under CFS a yield()ing thread is a CPU
 * hog that gets its fair share, and a hundred of them starve the test.)
 */
static int loop_until_stopped(void *data)
{
	int *count = data;

	for (;;) {
		(*count)++;
		set_current_state(TASK_INTERRUPTIBLE);
		if (kthread_should_stop())
			break;
		schedule();
	}
	__set_current_state(TASK_RUNNING);
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
	while (count < 3) {
		wake_up_process(t);
		schedule_timeout_uninterruptible(1);
	}
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
	struct task_struct *b;

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, a);
	b = kthread_create(return_arg, NULL, "b");
	if (IS_ERR(b))
		kthread_stop(a); /* no thread left behind when the assert ends the case */
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, b);
	KUNIT_EXPECT_NE(test, a->pid, b->pid);
	KUNIT_EXPECT_GT(test, a->pid, 0);
	pid_t b_pid = b->pid; /* b is freed by kthread_stop() */

	KUNIT_EXPECT_PTR_EQ(test, find_task_by_pid(a->pid), a);
	kthread_stop(a);
	kthread_stop(b);
	KUNIT_EXPECT_NULL(test, find_task_by_pid(b_pid));
}

#define BATCH 100

static void run_batch(struct kunit *test, int *count)
{
	struct task_struct *t[BATCH];
	int j;

	for (j = 0; j < BATCH; j++) {
		count[j] = 0;
		t[j] = kthread_run(loop_until_stopped, &count[j], "many%d", j);
		if (IS_ERR(t[j]))
			break;
	}
	if (j < BATCH) { /* stop the ones already running before the assert */
		long err = PTR_ERR(t[j]);

		while (j--)
			kthread_stop(t[j]);
		KUNIT_ASSERT_EQ(test, err, 0L);
	}
	for (j = 0; j < BATCH; j++) /* each has run (a thread stopped before it ran gives -EINTR) */
		while (!READ_ONCE(count[j]))
			schedule_timeout_uninterruptible(1);
	for (j = 0; j < BATCH; j++)
		KUNIT_ASSERT_EQ(test, kthread_stop(t[j]), 42);
}

/*
 * 1,000 threads created, run and stopped, 100 alive at a time, give
 * everything back: the free page count and the vmalloc space are exactly
 * what they were. A first batch warms the caches (task_struct slabs, the
 * vm_struct kmalloc slab, the page tables of the stack areas), which a
 * kernel keeps once it has them.
 */
static void kthread_thousand_threads_test(struct kunit *test)
{
	int before = nr_threads(), i;
	static int count[BATCH];
	unsigned long free_before;
	struct vmalloc_info vmi_before, vmi_after;

	run_batch(test, count);
	free_before = nr_free_pages();
	get_vmalloc_info(&vmi_before);
	for (i = 0; i < 10; i++)
		run_batch(test, count);
	get_vmalloc_info(&vmi_after);
	KUNIT_EXPECT_EQ(test, nr_threads(), before);
	/* KASAN's quarantine defers reuse, so the task cache grows (and keeps) more slabs */
	if (!IS_ENABLED(CONFIG_KASAN))
		KUNIT_EXPECT_EQ(test, nr_free_pages(), free_before);
	KUNIT_EXPECT_EQ(test, vmi_after.used, vmi_before.used);
}

/* Each stack is THREAD_SIZE aligned, mapped, with an unmapped page below */
static void kthread_stack_has_guard_page_test(struct kunit *test)
{
	struct task_struct *t = kthread_create(return_arg, NULL, "guarded");
	unsigned long stack;

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
	stack = (unsigned long)t->stack;

	KUNIT_EXPECT_TRUE(test, is_vmalloc_addr(t->stack));
	KUNIT_EXPECT_EQ(test, stack & (THREAD_SIZE - 1), 0UL);
	KUNIT_EXPECT_NOT_NULL(test, vmalloc_to_page(t->stack));
	KUNIT_EXPECT_NOT_NULL(test, vmalloc_to_page((char *)t->stack + THREAD_SIZE - 1));
	KUNIT_EXPECT_NULL(test, vmalloc_to_page((char *)t->stack - 1));
	KUNIT_EXPECT_TRUE(test, task_stack_guard(t, stack - 4));
	KUNIT_EXPECT_FALSE(test, task_stack_guard(t, stack));
	kthread_stop(t);
}

/* kthreadd is pid 2, as in Linux (review kernel.md #23) */
static void kthreadd_is_pid_2_test(struct kunit *test)
{
	KUNIT_ASSERT_NOT_NULL(test, kthreadd_task);
	KUNIT_EXPECT_EQ(test, kthreadd_task->pid, 2);
	KUNIT_EXPECT_STREQ(test, kthreadd_task->comm, "kthreadd");
}

/*
 * kthread_create() has kthreadd fork the thread: kthreadd must run (and so,
 * on one CPU, be switched away from again) before the caller gets its
 * thread back.
 */
static void kthread_created_by_kthreadd_test(struct kunit *test)
{
	unsigned long before = kthreadd_task->nvcsw + kthreadd_task->nivcsw;
	struct task_struct *t = kthread_create(return_arg, NULL, "by-kthreadd");

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
	KUNIT_EXPECT_GT(test, kthreadd_task->nvcsw + kthreadd_task->nivcsw, before);
	KUNIT_EXPECT_STREQ(test, t->comm, "by-kthreadd");
	KUNIT_EXPECT_EQ(test, kthread_stop(t), -EINTR);
}

/* kthread_stop() of a thread that already returned gives its exit code */
static void kthread_stop_after_exit_test(struct kunit *test)
{
	struct task_struct *t = kthread_create(return_arg, (void *)7L, "exits-first");

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
	get_task_struct(t);
	wake_up_process(t);
	while (!(t->flags & PF_EXITING) || t->state != TASK_DEAD)
		schedule_timeout_uninterruptible(1);
	KUNIT_EXPECT_EQ(test, kthread_stop(t), 7);
	put_task_struct(t);
}

static struct kunit_case kthread_cases[] = { KUNIT_CASE(kthread_create_sleeps_until_woken_test),
					     KUNIT_CASE(kthread_stop_returns_exit_code_test),
					     KUNIT_CASE(kthread_names_are_cut_test),
					     KUNIT_CASE(kthread_pids_are_unique_test),
					     KUNIT_CASE(kthread_thousand_threads_test),
					     KUNIT_CASE(kthread_stack_has_guard_page_test),
					     KUNIT_CASE(kthreadd_is_pid_2_test),
					     KUNIT_CASE(kthread_created_by_kthreadd_test),
					     KUNIT_CASE(kthread_stop_after_exit_test),
					     {} };

static struct kunit_suite kthread_suite = {
	.name = "kthread",
	.test_cases = kthread_cases,
};
kunit_test_suite(kthread_suite);
