/*
 * sched_test.c - the scheduler: SCHED_FIFO yield order, switch counts,
 * the atomic-schedule report, wait channels and the ps table. CFS's
 * shares and latencies are in sched_cfs_test.c.
 */
#include <kunit/test.h>
#include <linnet/might_sleep.h>
#include <kunit/printk_capture.h>
#include <linux/sched.h>
#include <linux/kernel_stat.h>
#include <linux/kthread.h>
#include <linux/wait.h>
#include <linux/spinlock.h>
#include <linux/kallsyms.h>
#include <linnet/ps.h>
#include <linux/string.h>
#include <linux/jiffies.h>
#include <linux/delay.h>

static char order[32];
static int order_len;

static int yielder(void *data)
{
	int i;

	for (i = 0; i < 3; i++) {
		order[order_len++] = (char)(long)data;
		yield();
	}
	return 0;
}

/* Make @p SCHED_FIFO (or back to SCHED_NORMAL with @prio 0) */
static int set_fifo(struct task_struct *p, int prio)
{
	struct sched_param param = { .sched_priority = prio };

	return sched_setscheduler(p, prio ? SCHED_FIFO : SCHED_NORMAL, &param);
}

/*
 * Real-time tasks of one priority take turns at yield(): each goes
 * behind its equals. (A fair task's yield() is not round-robin: see
 * sched_cfs_test.c.)
 */
static void sched_fifo_yield_is_round_robin_test(struct kunit *test)
{
	struct task_struct *t[3];
	int i;

	order_len = 0;
	memset(order, 0, sizeof(order));
	for (i = 0; i < 3; i++) {
		t[i] = kthread_create(yielder, (void *)(long)('A' + i), "y%d", i);
		if (IS_ERR(t[i]))
			break;
	}
	if (i < 3) { /* the ones made never ran: stopping them frees them */
		long err = PTR_ERR(t[i]);

		while (i--)
			kthread_stop(t[i]);
		KUNIT_ASSERT_EQ(test, err, 0L);
	}
	for (i = 0; i < 3; i++) {
		get_task_struct(t[i]);
		KUNIT_EXPECT_EQ(test, set_fifo(t[i], 10), 0);
	}
	preempt_disable(); /* all three on the queue before any runs */
	for (i = 0; i < 3; i++)
		wake_up_process(t[i]);
	preempt_enable(); /* they preempt us, a fair task, and run to the end */
	for (i = 0; i < 3; i++) {
		while (t[i]->state != TASK_DEAD)
			schedule_timeout_uninterruptible(1);
		put_task_struct(t[i]);
	}
	/*
	 * Turns: three different threads, then the same three again. (Which
	 * comes first depends on which was still on the run queue, just
	 * created, when it became SCHED_FIFO.)
	 */
	kunit_info(test, "order: %s", order);
	KUNIT_EXPECT_EQ(test, order_len, 9);
	KUNIT_EXPECT_TRUE(test,
			  order[0] != order[1] && order[1] != order[2] && order[0] != order[2]);
	for (i = 3; i < 9; i++)
		KUNIT_EXPECT_EQ(test, order[i], order[i - 3]);
}

static int atomic_yield(void *data)
{
	DEFINE_SPINLOCK(lock);

	spin_lock(&lock);
	yield();
	spin_unlock(&lock);
	return 0;
}

static void sched_while_atomic_is_reported_test(struct kunit *test)
{
	static struct printk_capture cap;
	struct task_struct *t;

	printk_capture_start(&cap);
	t = kthread_run(atomic_yield, NULL, "atomic_yield");
	if (IS_ERR(t))
		printk_capture_stop(&cap);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
	get_task_struct(t);
	while (t->state != TASK_DEAD)
		yield();
	printk_capture_stop(&cap);
	KUNIT_EXPECT_TRUE(
		test, printk_capture_contains(&cap, "BUG: scheduling while atomic: atomic_yield/"));
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, "/0x00000002\n"));
	put_task_struct(t);
}

/* As 2.6.32: cond_resched() under a spinlock is reported, due or not (review #2). */
static void sched_cond_resched_in_atomic_is_reported_test(struct kunit *test)
{
	static struct printk_capture cap;
	DEFINE_SPINLOCK(lock);
	int ret;

	might_sleep_ratelimit_reset();
	printk_capture_start(&cap);
	spin_lock(&lock);
	ret = cond_resched();
	spin_unlock(&lock);
	printk_capture_stop(&cap);
	KUNIT_EXPECT_EQ(test, ret, 0);
	KUNIT_EXPECT_TRUE(test,
			  printk_capture_contains(
				  &cap, "BUG: sleeping function called from invalid context at "
					"tests/kernel/sched_test.c:"));
	/* and not in process context with nothing held */
	printk_capture_start(&cap);
	cond_resched();
	printk_capture_stop(&cap);
	KUNIT_EXPECT_FALSE(test, printk_capture_contains(&cap, "BUG: sleeping function"));
}

static int count_reports(struct printk_capture *cap)
{
	const char *p = cap->buf;
	int n = 0;

	while ((p = strstr(p, "BUG: sleeping function called"))) {
		n++;
		p++;
	}
	return n;
}

/* As 2.6.32: at most one might_sleep() report a second (review kernel.md #24) */
static void sched_might_sleep_is_rate_limited_test(struct kunit *test)
{
	static struct printk_capture cap;
	int i;

	might_sleep_ratelimit_reset();
	printk_capture_start(&cap);
	preempt_disable();
	for (i = 0; i < 3; i++)
		might_sleep();
	preempt_enable();
	printk_capture_stop(&cap);
	KUNIT_EXPECT_EQ(test, count_reports(&cap), 1);

	/* a second later, the next one is printed */
	schedule_timeout_uninterruptible(HZ + 1);
	printk_capture_start(&cap);
	preempt_disable();
	might_sleep();
	preempt_enable();
	printk_capture_stop(&cap);
	KUNIT_EXPECT_EQ(test, count_reports(&cap), 1);
}

static DECLARE_WAIT_QUEUE_HEAD(wchan_q);
static bool wchan_go;

static noinline int wchan_sleeper(void *data)
{
	wait_event(wchan_q, wchan_go);
	return 0;
}

struct ps_capture {
	char line[128];
	const char *name;
	int lines;
};

static void ps_grab(void *ctx, const char *line)
{
	struct ps_capture *c = ctx;
	size_t n = strlen(line), m = strlen(c->name);

	c->lines++;
	if (n > m && !strcmp(line + n - m, c->name) && line[n - m - 1] == ' ')
		strscpy(c->line, line, sizeof(c->line));
}

static void sched_wchan_and_ps_test(struct kunit *test)
{
	struct ps_capture cap = { .name = "wchan_test" };
	char name[KSYM_NAME_LEN];
	unsigned long size, off;
	struct task_struct *t;
	char *mod;

	wchan_go = false;
	t = kthread_run(wchan_sleeper, NULL, "wchan_test");
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
	while (t->state == TASK_RUNNING)
		yield();
	KUNIT_ASSERT_NOT_NULL(test, kallsyms_lookup(get_wchan(t), &size, &off, &mod, name));
	KUNIT_EXPECT_STREQ(test, name, "wchan_sleeper");
	KUNIT_EXPECT_EQ(test, task_state_char(t), 'D');

	ps_show(ps_grab, &cap);
	kunit_info(test, "ps: %s", cap.line);
	KUNIT_EXPECT_GE(test, cap.lines, 3); /* header, swapper, init at least */
	KUNIT_EXPECT_NOT_NULL(test, strstr(cap.line, " D  20   0 0x00000000 wchan_sleeper "));

	wchan_go = true;
	wake_up(&wchan_q);
	kthread_stop(t);
}

/*
 * A tick is user or system time by where it came (review kernel.md #25).
 * The two ticks charged here did not happen: the task's times and the
 * CPU's (/proc/stat) are put back, or the CPU would have been charged
 * more ticks than the clock has run (time_test's check of that).
 */
static void sched_account_process_tick_test(struct kunit *test)
{
	struct cpu_usage_stat cpustat;
	unsigned long utime, stime, flags;

	local_irq_save(flags); /* no real tick in between */
	cpustat = kstat_cpu(0).cpustat;
	utime = current->utime;
	stime = current->stime;
	account_process_tick(current, 1);
	KUNIT_EXPECT_EQ(test, current->utime, utime + 1);
	KUNIT_EXPECT_EQ(test, current->stime, stime);
	account_process_tick(current, 0);
	KUNIT_EXPECT_EQ(test, current->utime, utime + 1);
	KUNIT_EXPECT_EQ(test, current->stime, stime + 1);
	current->utime = utime;
	current->stime = stime;
	kstat_cpu(0).cpustat = cpustat;
	local_irq_restore(flags);
}

/* ps's TIME is user plus system time */
static void sched_ps_time_is_utime_plus_stime_test(struct kunit *test)
{
	struct ps_capture cap = { .name = "ps_time_test" };
	struct task_struct *t = kthread_create(wchan_sleeper, NULL, "ps_time_test");

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
	t->utime = 300; /* never woken: no tick is charged to it */
	t->stime = 45;
	ps_show(ps_grab, &cap);
	kunit_info(test, "ps: %s", cap.line);
	KUNIT_EXPECT_NOT_NULL(test, strstr(cap.line, "    345 ps_time_test"));
	KUNIT_EXPECT_EQ(test, kthread_stop(t), -EINTR);
}

static void sched_idle_task_is_pid0_test(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, init_task.pid, 0);
	KUNIT_EXPECT_STREQ(test, init_task.comm, "swapper");
	KUNIT_EXPECT_PTR_EQ(test, find_task_by_pid(0), &init_task);
	KUNIT_EXPECT_NE(test, current->pid, 0);
	KUNIT_EXPECT_PTR_EQ(test, task_thread_info(current), current_thread_info());
}

/*
 * As Linux counts them (#22 of the kernel review): going to sleep is a
 * voluntary switch (nvcsw); a yield() that switches, like a preemption,
 * is involuntary (nivcsw). The yield is made certain to switch by
 * making us and a peer SCHED_FIFO at one priority.
 */
static void sched_switch_counts_test(struct kunit *test)
{
	unsigned long v = current->nvcsw, iv = current->nivcsw;
	unsigned long long sw = nr_context_switches();
	struct task_struct *t;

	schedule_timeout_uninterruptible(1);
	KUNIT_EXPECT_EQ(test, current->nvcsw, v + 1);
	KUNIT_EXPECT_EQ(test, current->nivcsw, iv);

	t = kthread_create(yielder, (void *)(long)'Z', "yz");
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
	get_task_struct(t);
	order_len = 0;
	KUNIT_EXPECT_EQ(test, set_fifo(t, 5), 0);
	KUNIT_EXPECT_EQ(test, set_fifo(current, 5), 0);
	v = current->nvcsw;
	iv = current->nivcsw;
	wake_up_process(t); /* an equal: it waits for our yield */
	while (t->state != TASK_DEAD)
		yield();
	KUNIT_EXPECT_EQ(test, current->nvcsw, v);
	KUNIT_EXPECT_GE(test, current->nivcsw, iv + 3);
	KUNIT_EXPECT_GE(test, t->nivcsw, 3UL);
	KUNIT_EXPECT_EQ(test, set_fifo(current, 0), 0);
	put_task_struct(t);
	KUNIT_EXPECT_GE(test, nr_context_switches() - sw, 8ULL);
}

static void sched_schedule_timeout_test(struct kunit *test)
{
	unsigned long t0 = jiffies;

	KUNIT_EXPECT_EQ(test, schedule_timeout_uninterruptible(5), 0L);
	KUNIT_EXPECT_GE(test, jiffies - t0, 5UL);
	KUNIT_EXPECT_LE(test, jiffies - t0, 6UL);
	KUNIT_EXPECT_EQ(test, schedule_timeout(-1), 0L);
}

static unsigned long msleep_left;

static int interruptible_sleeper(void *data)
{
	allow_signal(SIGINT);
	msleep_left = msleep_interruptible(1000);
	return 0;
}

static void sched_msleep_interruptible_test(struct kunit *test)
{
	struct task_struct *t = kthread_run(interruptible_sleeper, NULL, "msleeper");

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
	get_task_struct(t);
	msleep(100);
	send_sig(SIGINT, t, 0);
	while (t->state != TASK_DEAD)
		msleep(1);
	/* about 900 ms were left, give or take a tick or two */
	KUNIT_EXPECT_GE(test, msleep_left, 850UL);
	KUNIT_EXPECT_LE(test, msleep_left, 920UL);
	put_task_struct(t);
}

static struct kunit_case sched_cases[] = { KUNIT_CASE(sched_schedule_timeout_test),
					   KUNIT_CASE(sched_msleep_interruptible_test),
					   KUNIT_CASE(sched_idle_task_is_pid0_test),
					   KUNIT_CASE(sched_fifo_yield_is_round_robin_test),
					   KUNIT_CASE(sched_switch_counts_test),
					   KUNIT_CASE(sched_while_atomic_is_reported_test),
					   KUNIT_CASE(
						   sched_cond_resched_in_atomic_is_reported_test),
					   KUNIT_CASE(sched_wchan_and_ps_test),
					   KUNIT_CASE(sched_might_sleep_is_rate_limited_test),
					   KUNIT_CASE(sched_account_process_tick_test),
					   KUNIT_CASE(sched_ps_time_is_utime_plus_stime_test),
					   {} };

static struct kunit_suite sched_suite = {
	.name = "sched",
	.test_cases = sched_cases,
};
kunit_test_suite(sched_suite);
