/*
 * completion_test.c - completions: one complete() lets one waiter
 * through, complete_all() all of them, and the timeout, interruptible
 * and killable waits return what Linux's return.
 */
#include <kunit/test.h>
#include <linux/completion.h>
#include <linux/kthread.h>
#include <linux/sched.h>
#include <linux/timer.h>
#include <linux/jiffies.h>

static void complete_timer(unsigned long data)
{
	complete((struct completion *)data);
}

static void completion_timeout_test(struct kunit *test)
{
	DECLARE_COMPLETION_ONSTACK(done);
	struct timer_list timer;
	unsigned long t0 = jiffies, ret;

	KUNIT_EXPECT_EQ(test, wait_for_completion_timeout(&done, 3), 0UL);
	KUNIT_EXPECT_GE(test, jiffies - t0, 3UL);
	setup_timer(&timer, complete_timer, (unsigned long)&done);
	mod_timer(&timer, jiffies + 2);
	ret = wait_for_completion_timeout(&done, 10);
	KUNIT_EXPECT_GE(test, ret, 7UL);
	KUNIT_EXPECT_LE(test, ret, 8UL);
	KUNIT_EXPECT_FALSE(test, completion_done(&done)); /* consumed */
	del_timer_sync(&timer);
	complete(&done);
	/* done already: the whole timeout is left; with none left, 1 */
	KUNIT_EXPECT_EQ(test, wait_for_completion_timeout(&done, 5), 5UL);
	complete(&done);
	KUNIT_EXPECT_EQ(test, wait_for_completion_timeout(&done, 0), 1UL);
	KUNIT_EXPECT_EQ(test, wait_for_completion_timeout(&done, 0), 0UL);
}

static void completion_try_and_done_test(struct kunit *test)
{
	DECLARE_COMPLETION_ONSTACK(done);

	KUNIT_EXPECT_FALSE(test, completion_done(&done));
	KUNIT_EXPECT_FALSE(test, try_wait_for_completion(&done));
	complete(&done);
	complete(&done);
	KUNIT_EXPECT_TRUE(test, completion_done(&done));
	KUNIT_EXPECT_TRUE(test, try_wait_for_completion(&done));
	KUNIT_EXPECT_TRUE(test, try_wait_for_completion(&done));
	KUNIT_EXPECT_FALSE(test, try_wait_for_completion(&done));
	complete_all(&done);
	KUNIT_EXPECT_TRUE(test, try_wait_for_completion(&done));
	KUNIT_EXPECT_TRUE(test, try_wait_for_completion(&done));
	KUNIT_EXPECT_TRUE(test, completion_done(&done));
	INIT_COMPLETION(done);
	KUNIT_EXPECT_FALSE(test, completion_done(&done));
}

struct cwaiter {
	struct completion *x;
	char kind; /* 'u'ninterruptible, 'i'nterruptible, 't'imeout+interruptible, 'k'illable */
	bool done;
	long ret;
};

static int cwaiter_fn(void *data)
{
	struct cwaiter *w = data;

	allow_signal(SIGINT);
	if (w->kind == 'u')
		wait_for_completion(w->x);
	else if (w->kind == 'i')
		w->ret = wait_for_completion_interruptible(w->x);
	else if (w->kind == 't')
		w->ret = wait_for_completion_interruptible_timeout(w->x, 50);
	else
		w->ret = wait_for_completion_killable(w->x);
	w->done = true;
	return 0;
}

static struct task_struct *start_cwaiter(struct cwaiter *w, struct completion *x, char kind)
{
	struct task_struct *t;

	w->x = x;
	w->kind = kind;
	w->done = false;
	w->ret = 12345;
	t = kthread_run(cwaiter_fn, w, "cwaiter_%c", kind);
	if (IS_ERR(t))
		return t;
	get_task_struct(t);
	while (t->state == TASK_RUNNING)
		yield();
	return t;
}

static void finish_cwaiter(struct cwaiter *w, struct task_struct *t)
{
	while (!w->done)
		yield();
	put_task_struct(t);
}

static void completion_one_and_all_test(struct kunit *test)
{
	DECLARE_COMPLETION_ONSTACK(x);
	struct cwaiter w[3];
	struct task_struct *t[3];
	int i, n = 0;

	for (i = 0; i < 3; i++) {
		t[i] = start_cwaiter(&w[i], &x, 'u');
		if (IS_ERR(t[i]))
			break;
	}
	if (i < 3) { /* release the waiters on x before the assert leaves */
		long err = PTR_ERR(t[i]);

		complete_all(&x);
		while (i--)
			finish_cwaiter(&w[i], t[i]);
		KUNIT_ASSERT_EQ(test, err, 0L);
	}
	complete(&x);
	for (i = 0; i < 10; i++)
		yield();
	for (i = 0; i < 3; i++)
		n += w[i].done;
	KUNIT_EXPECT_EQ(test, n, 1);
	KUNIT_EXPECT_TRUE(test, w[0].done); /* the first to wait is the first through */
	complete_all(&x);
	for (i = 0; i < 3; i++)
		finish_cwaiter(&w[i], t[i]);
}

static void completion_signals_test(struct kunit *test)
{
	DECLARE_COMPLETION_ONSTACK(x);
	struct cwaiter w;
	struct task_struct *t;

	t = start_cwaiter(&w, &x, 'i');
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
	send_sig(SIGINT, t, 0);
	finish_cwaiter(&w, t);
	KUNIT_EXPECT_EQ(test, w.ret, (long)-ERESTARTSYS);

	t = start_cwaiter(&w, &x, 'i');
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
	complete(&x);
	finish_cwaiter(&w, t);
	KUNIT_EXPECT_EQ(test, w.ret, 0L);

	t = start_cwaiter(&w, &x, 't');
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
	send_sig(SIGINT, t, 0);
	finish_cwaiter(&w, t);
	KUNIT_EXPECT_EQ(test, w.ret, (long)-ERESTARTSYS);

	t = start_cwaiter(&w, &x, 't');
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
	complete(&x);
	finish_cwaiter(&w, t);
	KUNIT_EXPECT_GE(test, w.ret, 49L);

	/* killable: SIGINT leaves it asleep, SIGKILL ends it */
	t = start_cwaiter(&w, &x, 'k');
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
	send_sig(SIGINT, t, 0);
	yield();
	KUNIT_EXPECT_FALSE(test, w.done);
	force_sig(SIGKILL, t);
	finish_cwaiter(&w, t);
	KUNIT_EXPECT_EQ(test, w.ret, (long)-ERESTARTSYS);
	KUNIT_EXPECT_FALSE(test, completion_done(&x));
}

static struct kunit_case completion_cases[] = { KUNIT_CASE(completion_timeout_test),
						KUNIT_CASE(completion_try_and_done_test),
						KUNIT_CASE(completion_one_and_all_test),
						KUNIT_CASE(completion_signals_test),
						{} };

static struct kunit_suite completion_suite = {
	.name = "completion",
	.test_cases = completion_cases,
};
kunit_test_suite(completion_suite);
