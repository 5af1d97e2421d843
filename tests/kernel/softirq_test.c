/*
 * softirq_test.c - softirqs and tasklets keep Linux's guarantees.
 *
 * Softirq vectors no Linnet subsystem uses yet (NET_TX, NET_RX, BLOCK)
 * are borrowed for the tests and handed back. Hard interrupts are entered
 * for real with `int $0x25` on IRQ5 (free under QEMU), so "raised from a
 * hard interrupt handler, run on irq_exit" is the real path.
 */
#include <kunit/test.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/sched.h>

#define TEST_IRQ 5
#define inject_test_irq() __asm__ __volatile__("int %0" : : "i"(IRQ0_VECTOR + TEST_IRQ) : "memory")

static unsigned int runs[NR_SOFTIRQS], seq[8], nseq, reraise_left, runs_in_ksoftirqd;
static int seen_count;
static bool seen_irqs_on;

static void record_action(struct softirq_action *h)
{
	seen_count = preempt_count();
	seen_irqs_on = !irqs_disabled();
}

static void net_tx_action(struct softirq_action *h)
{
	record_action(h);
	runs[NET_TX_SOFTIRQ]++;
	if (nseq < ARRAY_SIZE(seq))
		seq[nseq++] = NET_TX_SOFTIRQ;
}

static void net_rx_action(struct softirq_action *h)
{
	record_action(h);
	runs[NET_RX_SOFTIRQ]++;
	if (nseq < ARRAY_SIZE(seq))
		seq[nseq++] = NET_RX_SOFTIRQ;
}

static void block_reraise_action(struct softirq_action *h)
{
	runs[BLOCK_SOFTIRQ]++;
	if (current == ksoftirqd_thread() && !in_irq())
		runs_in_ksoftirqd++;
	if (reraise_left && --reraise_left)
		raise_softirq(BLOCK_SOFTIRQ);
}

static int softirq_test_init(struct kunit *test)
{
	memset(runs, 0, sizeof(runs));
	nseq = 0;
	open_softirq(NET_TX_SOFTIRQ, net_tx_action);
	open_softirq(NET_RX_SOFTIRQ, net_rx_action);
	open_softirq(BLOCK_SOFTIRQ, block_reraise_action);
	return 0;
}

static void softirq_test_exit(struct kunit *test)
{
	open_softirq(NET_TX_SOFTIRQ, NULL);
	open_softirq(NET_RX_SOFTIRQ, NULL);
	open_softirq(BLOCK_SOFTIRQ, NULL);
}

static void softirq_runs_on_bh_enable_in_order_test(struct kunit *test)
{
	unsigned int before = kstat_softirqs_cpu(NET_RX_SOFTIRQ, 0);

	local_bh_disable();
	KUNIT_EXPECT_TRUE(test, in_softirq());
	KUNIT_EXPECT_FALSE(test, in_serving_softirq());
	raise_softirq(NET_RX_SOFTIRQ);
	raise_softirq(NET_TX_SOFTIRQ);
	raise_softirq(NET_RX_SOFTIRQ); /* twice before it runs: runs once */
	KUNIT_EXPECT_EQ(test, runs[NET_RX_SOFTIRQ], 0U);
	local_bh_enable();
	KUNIT_EXPECT_EQ(test, runs[NET_TX_SOFTIRQ], 1U);
	KUNIT_EXPECT_EQ(test, runs[NET_RX_SOFTIRQ], 1U);
	KUNIT_ASSERT_EQ(test, nseq, 2U);
	KUNIT_EXPECT_EQ(test, seq[0], (unsigned int)NET_TX_SOFTIRQ); /* lower number first */
	KUNIT_EXPECT_EQ(test, seq[1], (unsigned int)NET_RX_SOFTIRQ);
	KUNIT_EXPECT_TRUE(test, seen_irqs_on);
	KUNIT_EXPECT_TRUE(test, seen_count & SOFTIRQ_OFFSET);
	KUNIT_EXPECT_EQ(test, seen_count & HARDIRQ_MASK, 0);
	KUNIT_EXPECT_EQ(test, kstat_softirqs_cpu(NET_RX_SOFTIRQ, 0), before + 1);
	KUNIT_EXPECT_FALSE(test, in_softirq());
}

static irqreturn_t raise_handler(int irq, void *dev_id)
{
	raise_softirq(NET_TX_SOFTIRQ);
	tasklet_schedule(dev_id);
	/* nothing runs inside the hard interrupt */
	return runs[NET_TX_SOFTIRQ] ? IRQ_NONE : IRQ_HANDLED;
}

static unsigned int hardirq_tasklet_runs;
static int hardirq_tasklet_count;

static void hardirq_tasklet_fn(unsigned long data)
{
	hardirq_tasklet_runs++;
	hardirq_tasklet_count = preempt_count();
}

static void softirq_raised_in_hardirq_runs_on_irq_exit_test(struct kunit *test)
{
	DECLARE_TASKLET(t, hardirq_tasklet_fn, 0);

	hardirq_tasklet_runs = 0;
	KUNIT_ASSERT_EQ(test, request_irq(TEST_IRQ, raise_handler, 0, "softirq-test", &t), 0);
	inject_test_irq();
	/* irq_exit() ran both before the interrupt returned */
	KUNIT_EXPECT_EQ(test, runs[NET_TX_SOFTIRQ], 1U);
	KUNIT_EXPECT_EQ(test, hardirq_tasklet_runs, 1U);
	KUNIT_EXPECT_EQ(test, hardirq_tasklet_count & (SOFTIRQ_MASK | HARDIRQ_MASK),
			(int)SOFTIRQ_OFFSET);
	KUNIT_EXPECT_EQ(test, irq_desc[TEST_IRQ].irqs_unhandled, 0U);
	/* with bottom halves disabled, they wait for local_bh_enable() */
	local_bh_disable();
	inject_test_irq();
	KUNIT_EXPECT_EQ(test, hardirq_tasklet_runs, 1U);
	local_bh_enable();
	KUNIT_EXPECT_EQ(test, hardirq_tasklet_runs, 2U);
	KUNIT_EXPECT_EQ(test, runs[NET_TX_SOFTIRQ], 2U);
	free_irq(TEST_IRQ, &t);
}

static void softirq_restart_limit_hands_to_ksoftirqd_test(struct kunit *test)
{
	struct task_struct *k = ksoftirqd_thread();
	unsigned int first;
	int i;

	KUNIT_ASSERT_NOT_NULL(test, k);
	KUNIT_EXPECT_STREQ(test, k->comm, "ksoftirqd/0");
	runs_in_ksoftirqd = 0;
	reraise_left = 25; /* runs 25 times in all */
	local_bh_disable();
	raise_softirq(BLOCK_SOFTIRQ);
	local_bh_enable();
	local_irq_disable();
	first = runs[BLOCK_SOFTIRQ];
	/* each pass (here, or a tick's irq_exit) stops after MAX_SOFTIRQ_RESTART rounds */
	KUNIT_EXPECT_EQ(test, first % 10, 0U);
	KUNIT_EXPECT_LT(test, first, 25U);
	/* the rest was handed to ksoftirqd/0: woken, waiting for the CPU */
	KUNIT_EXPECT_EQ(test, k->state, (long)TASK_RUNNING);
	KUNIT_EXPECT_TRUE(test, local_softirq_pending() & (1 << BLOCK_SOFTIRQ));
	local_irq_enable();
	for (i = 0; i < 10 && runs[BLOCK_SOFTIRQ] < 25; i++)
		yield();
	KUNIT_EXPECT_EQ(test, runs[BLOCK_SOFTIRQ], 25U);
	KUNIT_EXPECT_GT(test, runs_in_ksoftirqd, 0U);
	KUNIT_EXPECT_FALSE(test, local_softirq_pending() & (1 << BLOCK_SOFTIRQ));
	/* and it went back to sleep */
	KUNIT_EXPECT_EQ(test, k->state, (long)TASK_INTERRUPTIBLE);
}

/* Tasklets ---------------------------------------------------------- */

static unsigned int t_runs, t_depth, t_max_depth, t_resched_left, t_order[4], t_norder;

static void count_fn(unsigned long data)
{
	t_runs++;
	if (t_norder < ARRAY_SIZE(t_order))
		t_order[t_norder++] = data;
}

static void tasklet_state_reset(void)
{
	t_runs = t_depth = t_max_depth = t_norder = 0;
}

static void tasklet_runs_once_test(struct kunit *test)
{
	DECLARE_TASKLET(t, count_fn, 1);

	tasklet_state_reset();
	local_bh_disable();
	tasklet_schedule(&t);
	tasklet_schedule(&t);
	tasklet_hi_schedule(&t); /* already scheduled: ignored */
	KUNIT_EXPECT_TRUE(test, test_bit(TASKLET_STATE_SCHED, &t.state));
	KUNIT_EXPECT_EQ(test, t_runs, 0U);
	local_bh_enable();
	KUNIT_EXPECT_EQ(test, t_runs, 1U);
	KUNIT_EXPECT_EQ(test, t.state, 0UL);
	tasklet_schedule(&t); /* after it ran: runs again */
	do_softirq();
	KUNIT_EXPECT_EQ(test, t_runs, 2U);
}

static struct tasklet_struct self_t;

static irqreturn_t schedule_self_handler(int irq, void *dev_id)
{
	tasklet_schedule(&self_t);
	return IRQ_HANDLED;
}

/* Reschedules itself from a hard interrupt while running: runs again, never nested. */
static void resched_fn(unsigned long data)
{
	t_runs++;
	t_max_depth = max(t_max_depth, ++t_depth);
	if (!test_bit(TASKLET_STATE_RUN, &self_t.state) ||
	    test_bit(TASKLET_STATE_SCHED, &self_t.state))
		t_max_depth = 99; /* RUN must be set, SCHED clear while running */
	if (t_resched_left && t_resched_left--)
		__asm__ __volatile__("int %0" : : "i"(IRQ0_VECTOR + TEST_IRQ) : "memory");
	t_depth--;
}

static void tasklet_rescheduled_while_running_runs_again_test(struct kunit *test)
{
	tasklet_state_reset();
	tasklet_init(&self_t, resched_fn, 0);
	t_resched_left = 3;
	KUNIT_ASSERT_EQ(test, request_irq(TEST_IRQ, schedule_self_handler, 0, "t", &self_t), 0);
	tasklet_schedule(&self_t);
	do_softirq();
	KUNIT_EXPECT_EQ(test, t_runs, 4U);
	KUNIT_EXPECT_EQ(test, t_max_depth, 1U);
	KUNIT_EXPECT_EQ(test, self_t.state, 0UL);
	free_irq(TEST_IRQ, &self_t);
}

static void tasklet_disabled_waits_for_enable_test(struct kunit *test)
{
	DECLARE_TASKLET_DISABLED(t, count_fn, 2);

	tasklet_state_reset();
	tasklet_schedule(&t);
	do_softirq();
	KUNIT_EXPECT_EQ(test, t_runs, 0U);
	KUNIT_EXPECT_TRUE(test, test_bit(TASKLET_STATE_SCHED, &t.state));
	tasklet_enable(&t);
	do_softirq();
	KUNIT_EXPECT_EQ(test, t_runs, 1U);
	tasklet_disable(&t);
	tasklet_schedule(&t);
	do_softirq();
	KUNIT_EXPECT_EQ(test, t_runs, 1U);
	tasklet_enable(&t);
	tasklet_kill(&t); /* waits until it has run */
	KUNIT_EXPECT_EQ(test, t_runs, 2U);
	KUNIT_EXPECT_EQ(test, t.state, 0UL);
}

static void tasklet_hi_runs_first_test(struct kunit *test)
{
	DECLARE_TASKLET(lo, count_fn, 10);
	DECLARE_TASKLET(hi, count_fn, 20);

	tasklet_state_reset();
	local_bh_disable();
	tasklet_schedule(&lo);
	tasklet_hi_schedule(&hi);
	local_bh_enable();
	KUNIT_ASSERT_EQ(test, t_norder, 2U);
	KUNIT_EXPECT_EQ(test, t_order[0], 20U);
	KUNIT_EXPECT_EQ(test, t_order[1], 10U);
}

static void leaky_action(struct softirq_action *h)
{
	runs[NET_TX_SOFTIRQ]++;
	preempt_disable(); /* and no preempt_enable: the bug being caught */
}

/* A handler that leaves the preempt count raised is reported and undone */
static void softirq_preempt_count_leak_is_undone_test(struct kunit *test)
{
	int before = preempt_count();
	int after;

	open_softirq(NET_TX_SOFTIRQ, leaky_action);
	local_bh_disable();
	raise_softirq(NET_TX_SOFTIRQ);
	local_bh_enable(); /* runs it; "huh, entered softirq 2 NET_TX ..." */
	after = preempt_count();
	if (after != before)
		preempt_count() = before; /* keep the rest of the run sane */
	KUNIT_EXPECT_EQ(test, runs[NET_TX_SOFTIRQ], 1U);
	KUNIT_EXPECT_EQ(test, after, before);
}

static struct kunit_case softirq_cases[] = {
	KUNIT_CASE(softirq_runs_on_bh_enable_in_order_test),
	KUNIT_CASE(softirq_raised_in_hardirq_runs_on_irq_exit_test),
	KUNIT_CASE(softirq_restart_limit_hands_to_ksoftirqd_test),
	KUNIT_CASE(tasklet_runs_once_test),
	KUNIT_CASE(tasklet_rescheduled_while_running_runs_again_test),
	KUNIT_CASE(tasklet_disabled_waits_for_enable_test),
	KUNIT_CASE(tasklet_hi_runs_first_test),
	KUNIT_CASE(softirq_preempt_count_leak_is_undone_test),
	{}
};

static struct kunit_suite softirq_suite = {
	.name = "softirq",
	.init = softirq_test_init,
	.exit = softirq_test_exit,
	.test_cases = softirq_cases,
};
kunit_test_suite(softirq_suite);
