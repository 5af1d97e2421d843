/*
 * sched_test.c - the scheduler: round-robin order, the atomic-schedule
 * report, wait channels and the ps table.
 */
#include <kunit/test.h>
#include <kunit/printk_capture.h>
#include <linux/sched.h>
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

static void sched_yield_is_round_robin_test(struct kunit *test)
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
	for (i = 0; i < 3; i++)
		get_task_struct(t[i]);
	for (i = 0; i < 3; i++) /* all three on the queue before any runs */
		wake_up_process(t[i]);
	for (i = 0; i < 3; i++) {
		while (t[i]->state != TASK_DEAD)
			yield();
		put_task_struct(t[i]);
	}
	KUNIT_EXPECT_STREQ(test, order, "ABCABCABC");
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
	KUNIT_EXPECT_NOT_NULL(test, strstr(cap.line, " D 0x00000000 wchan_sleeper "));

	wchan_go = true;
	wake_up(&wchan_q);
	kthread_stop(t);
}

static void sched_idle_task_is_pid0_test(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, init_task.pid, 0);
	KUNIT_EXPECT_STREQ(test, init_task.comm, "swapper");
	KUNIT_EXPECT_PTR_EQ(test, find_task_by_pid(0), &init_task);
	KUNIT_EXPECT_NE(test, current->pid, 0);
	KUNIT_EXPECT_PTR_EQ(test, task_thread_info(current), current_thread_info());
}

static void sched_yield_counts_switches_test(struct kunit *test)
{
	struct task_struct *t = kthread_run(yielder, (void *)(long)'Z', "yz");
	unsigned long before = current->nvcsw;
	unsigned long long sw = nr_context_switches();

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
	order_len = 0;
	get_task_struct(t);
	while (t->state != TASK_DEAD)
		yield();
	put_task_struct(t);
	KUNIT_EXPECT_GT(test, current->nvcsw, before);
	KUNIT_EXPECT_GE(test, nr_context_switches() - sw, 6ULL);
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
					   KUNIT_CASE(sched_yield_is_round_robin_test),
					   KUNIT_CASE(sched_yield_counts_switches_test),
					   KUNIT_CASE(sched_while_atomic_is_reported_test),
					   KUNIT_CASE(sched_wchan_and_ps_test),
					   {} };

static struct kunit_suite sched_suite = {
	.name = "sched",
	.test_cases = sched_cases,
};
kunit_test_suite(sched_suite);
