/*
 * sched_cfs_test.c - what CFS and the real-time class promise, measured.
 *
 * CPU-bound kernel threads spin for a second of (-icount) virtual time
 * while the test sleeps; their CPU time (se.sum_exec_runtime, in
 * nanoseconds) is then compared with what the weights promise:
 *  - nice 0 and nice 5 share the CPU 1024:335 (within 10%);
 *  - two nice-0 threads share it equally (within 10%);
 *  - a SCHED_FIFO thread is never preempted by a fair one;
 *  - SCHED_RR threads of one priority alternate every 100 ms slice;
 *  - a thread that sleeps while a hog runs runs again within a tick of
 *    its wake-up (wake-up preemption), not after the hog's slice.
 * See kernel/sched_fair.c, kernel/sched_rt.c and docs/sched.md.
 */
#include <kunit/test.h>
#include <linux/sched.h>
#include <linux/kthread.h>
#include <linux/jiffies.h>
#include <linux/delay.h>
#include <linux/time.h>

static bool hogs_stop;

/* Sleep until kthread_stop(), so that the thread never exits on its own. */
static int sleep_until_stopped(void)
{
	for (;;) {
		set_current_state(TASK_INTERRUPTIBLE);
		if (kthread_should_stop())
			break;
		schedule();
	}
	__set_current_state(TASK_RUNNING);
	return 0;
}

/* Spin until told to stop; the CPU time is what is measured. */
static int hog(void *data)
{
	while (!READ_ONCE(hogs_stop))
		barrier();
	return sleep_until_stopped();
}

/* Stop every hog and end this one; a KUnit action, so it runs however the case ends */
static void stop_hog(void *t)
{
	WRITE_ONCE(hogs_stop, true);
	kthread_stop(t);
}

static struct task_struct *start_hog(struct kunit *test, const char *name, int nice)
{
	struct task_struct *t = kthread_create(hog, NULL, "%s", name);

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test, stop_hog, t), 0);
	set_user_nice(t, nice);
	KUNIT_EXPECT_EQ(test, task_nice(t), nice);
	wake_up_process(t);
	return t;
}

/*
 * Two hogs at @nice0 and @nice1 for a second after a warm-up: the
 * ratio of their CPU times, times 1000.
 */
static unsigned long long share_ratio(struct kunit *test, int nice0, int nice1)
{
	struct task_struct *a, *b;
	unsigned long long a0, b0, a1, b1;

	hogs_stop = false;
	a = start_hog(test, "hog-a", nice0);
	b = start_hog(test, "hog-b", nice1);
	msleep(100);
	a0 = task_sched_runtime(a);
	b0 = task_sched_runtime(b);
	msleep(1000);
	a1 = task_sched_runtime(a);
	b1 = task_sched_runtime(b);
	kunit_release_action(test, stop_hog, a);
	kunit_release_action(test, stop_hog, b);
	kunit_info(test, "cpu time: %llu ms vs %llu ms", (a1 - a0) / 1000000, (b1 - b0) / 1000000);
	KUNIT_EXPECT_GT(test, b1 - b0, 0ULL);
	if (b1 == b0)
		return 0;
	return div64_u64((a1 - a0) * 1000, b1 - b0);
}

static void cfs_nice_0_vs_5_share_test(struct kunit *test)
{
	unsigned long long ratio = share_ratio(test, 0, 5);
	unsigned long long want = 1024ULL * 1000 / 335; /* 3056 */

	kunit_info(test, "nice 0 : nice 5 = %llu.%03llu (weights: 3.056)", ratio / 1000,
		   ratio % 1000);
	KUNIT_EXPECT_GE(test, ratio, want * 9 / 10);
	KUNIT_EXPECT_LE(test, ratio, want * 11 / 10);
}

static void cfs_nice_0_vs_0_share_test(struct kunit *test)
{
	unsigned long long ratio = share_ratio(test, 0, 0);

	kunit_info(test, "nice 0 : nice 0 = %llu.%03llu", ratio / 1000, ratio % 1000);
	KUNIT_EXPECT_GE(test, ratio, 900ULL);
	KUNIT_EXPECT_LE(test, ratio, 1100ULL);
}

static struct task_struct *fair_hog;
static unsigned long fifo_nivcsw;
static unsigned long long fifo_hog_ran;

/* Spin 200 ms of sched_clock(): neither the fair hog nor anyone may run meanwhile. */
static int fifo_spinner(void *data)
{
	unsigned long long start = sched_clock(), hog0 = task_sched_runtime(fair_hog);
	unsigned long iv = current->nivcsw;

	while (sched_clock() - start < 200 * NSEC_PER_MSEC)
		barrier();
	fifo_nivcsw = current->nivcsw - iv;
	fifo_hog_ran = task_sched_runtime(fair_hog) - hog0;
	return 0;
}

static void rt_fifo_not_preempted_by_fair_test(struct kunit *test)
{
	struct sched_param param = { .sched_priority = 50 };
	struct task_struct *t;

	hogs_stop = false;
	fair_hog = start_hog(test, "fair-hog", -20); /* the heaviest fair task */
	msleep(50);
	t = kthread_create(fifo_spinner, NULL, "fifo");
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
	KUNIT_EXPECT_EQ(test, sched_setscheduler(t, SCHED_FIFO, &param), 0);
	KUNIT_EXPECT_EQ(test, t->prio, MAX_RT_PRIO - 1 - 50);
	get_task_struct(t);
	fifo_nivcsw = ~0UL;
	wake_up_process(t);
	while (t->state != TASK_DEAD)
		msleep(10);
	put_task_struct(t);
	kunit_release_action(test, stop_hog, fair_hog);
	KUNIT_EXPECT_EQ(test, fifo_nivcsw, 0UL);
	KUNIT_EXPECT_EQ(test, fifo_hog_ran, 0ULL);
}

static bool rr_stop;
static char rr_log[64];
static int rr_len;

/* Note each change of the running SCHED_RR thread until told to stop. */
static int rr_spinner(void *data)
{
	char me = (char)(long)data;

	while (!READ_ONCE(rr_stop)) {
		if (rr_len < (int)sizeof(rr_log) - 1 && (!rr_len || rr_log[rr_len - 1] != me))
			rr_log[rr_len++] = me;
		barrier();
	}
	return sleep_until_stopped();
}

/* The more urgent thread that ends the run after half a second (five RR slices) */
static int rr_stopper(void *data)
{
	msleep(500);
	WRITE_ONCE(rr_stop, true);
	return 0;
}

static void rt_rr_equal_priority_alternate_test(struct kunit *test)
{
	struct sched_param param = { .sched_priority = 20 }, high = { .sched_priority = 30 };
	struct task_struct *a, *b, *stop;

	rr_stop = false;
	rr_len = 0;
	memset(rr_log, 0, sizeof(rr_log));
	a = kthread_create(rr_spinner, (void *)'A', "rr-a");
	b = kthread_create(rr_spinner, (void *)'B', "rr-b");
	stop = kthread_create(rr_stopper, NULL, "rr-stop");
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, a);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, b);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, stop);
	KUNIT_EXPECT_EQ(test, sched_setscheduler(a, SCHED_RR, &param), 0);
	KUNIT_EXPECT_EQ(test, sched_setscheduler(b, SCHED_RR, &param), 0);
	/* a more urgent thread ends the run: nothing fair runs until then */
	KUNIT_EXPECT_EQ(test, sched_setscheduler(stop, SCHED_FIFO, &high), 0);
	get_task_struct(stop);
	wake_up_process(stop); /* it preempts us, then sleeps */
	preempt_disable();
	wake_up_process(a);
	wake_up_process(b);
	preempt_enable();
	/* we run again only when both stopped spinning */
	KUNIT_EXPECT_TRUE(test, READ_ONCE(rr_stop));
	kunit_info(test, "order: %s", rr_log);
	kthread_stop(a);
	kthread_stop(b);
	/*
	 * rr_log notes only changes of thread, so each letter is a turn: the
	 * stopper's 500 ms of 100 ms slices is six or seven turns (ABABAB,
	 * ABABABA; the first slices may be partial). Fewer means a slice too
	 * long (200 ms slices give ABAB) or no rotation at all, more a slice
	 * too short. (A letter never follows itself: that alone proves nothing.)
	 */
	KUNIT_EXPECT_GE(test, rr_len, 5);
	KUNIT_EXPECT_LE(test, rr_len, 8);
	put_task_struct(stop);
}

static unsigned long wake_late_max;

/* Sleep for 2 ticks ten times; note how late after its timer each wake-up ran. */
static int sleeper(void *data)
{
	int i;

	for (i = 0; i < 10; i++) {
		unsigned long due = jiffies + 2;

		schedule_timeout_uninterruptible(2);
		if (jiffies - due > wake_late_max)
			wake_late_max = jiffies - due;
	}
	return 0;
}

static void cfs_sleeper_runs_soon_after_wakeup_test(struct kunit *test)
{
	struct task_struct *h, *s;

	hogs_stop = false;
	wake_late_max = 0;
	h = start_hog(test, "hog", 0);
	msleep(50);
	s = kthread_run(sleeper, NULL, "sleeper");
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, s);
	get_task_struct(s);
	while (s->state != TASK_DEAD)
		msleep(10);
	put_task_struct(s);
	kunit_release_action(test, stop_hog, h);
	kunit_info(test, "latest wake-up: %lu ticks after the timer", wake_late_max);
	KUNIT_EXPECT_LE(test, wake_late_max, 1UL);
}

static struct kunit_case sched_cfs_cases[] = { KUNIT_CASE(cfs_nice_0_vs_5_share_test),
					       KUNIT_CASE(cfs_nice_0_vs_0_share_test),
					       KUNIT_CASE(rt_fifo_not_preempted_by_fair_test),
					       KUNIT_CASE(rt_rr_equal_priority_alternate_test),
					       KUNIT_CASE(cfs_sleeper_runs_soon_after_wakeup_test),
					       {} };

static struct kunit_suite sched_cfs_suite = {
	.name = "sched_cfs",
	.test_cases = sched_cfs_cases,
};
kunit_test_suite(sched_cfs_suite);
