/*
 * hrtimer_test.c - high-resolution timers: precise, ordered, never early.
 *
 * Run in a normal boot (high-resolution mode: the PIT one-shot, the tick
 * an hrtimer) and, by the harness, with highres=off (the periodic tick
 * runs the hrtimers). Where the two modes differ the test checks what
 * each mode promises: in high resolution a 1 ms timer fires after 1 ms
 * and long before the next tick; with the periodic tick it fires at the
 * first tick after its expiry. In both, no timer fires before its time
 * and 10,000 timers with random expiries fire in expiry order.
 */
#include <kunit/test.h>
#include <linux/hrtimer.h>
#include <linux/jiffies.h>
#include <linux/sched.h>
#include <linux/tick.h>
#include <linux/vmalloc.h>
#include <asm/processor.h>

struct hprobe {
	struct hrtimer timer;
	ktime_t fired_at;
	unsigned int fired;
	unsigned int order;
	bool early;
};

static unsigned int hfire_seq;

static enum hrtimer_restart hprobe_fn(struct hrtimer *timer)
{
	struct hprobe *p = container_of(timer, struct hprobe, timer);

	p->fired_at = hrtimer_cb_get_time(timer);
	p->early |= p->fired_at.tv64 < hrtimer_get_softexpires(timer).tv64;
	p->fired++;
	p->order = hfire_seq++;
	return HRTIMER_NORESTART;
}

static void hprobe_init(struct hprobe *p, clockid_t clock, enum hrtimer_mode mode)
{
	memset(p, 0, sizeof(*p));
	hrtimer_init(&p->timer, clock, mode);
	p->timer.function = hprobe_fn;
}

/* Halt until a tick has just happened, so a whole tick period lies ahead. */
static void wait_for_tick(void)
{
	unsigned long j = jiffies;

	while (jiffies == j)
		halt();
}

static void hrtimer_1ms_relative_test(struct kunit *test)
{
	struct hprobe p;
	unsigned long j0;
	ktime_t t0;
	s64 took;

	hprobe_init(&p, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
	wait_for_tick();
	j0 = jiffies;
	t0 = ktime_get();
	hrtimer_start(&p.timer, ktime_set(0, NSEC_PER_MSEC), HRTIMER_MODE_REL);
	while (!p.fired)
		halt();
	took = ktime_to_ns(ktime_sub(p.fired_at, t0));
	kunit_info(test, "%s: a 1 ms timer fired after %lld ns, %lu ticks later\n",
		   hrtimer_hres_active() ? "high resolution" : "periodic tick", took, jiffies - j0);
	KUNIT_EXPECT_FALSE(test, p.early);
	KUNIT_EXPECT_GE(test, took, (s64)NSEC_PER_MSEC);
	if (hrtimer_hres_active()) {
		/* within 100 us of its time, in the same tick period */
		KUNIT_EXPECT_LT(test, took, (s64)NSEC_PER_MSEC + 100 * NSEC_PER_USEC);
		KUNIT_EXPECT_EQ(test, jiffies, j0);
	} else {
		/* run by the next tick */
		KUNIT_EXPECT_GE(test, jiffies - j0, 1UL);
		KUNIT_EXPECT_LE(test, jiffies - j0, 2UL);
	}
	KUNIT_EXPECT_FALSE(test, hrtimer_active(&p.timer));
}

#define NR_HPROBES 10000
#define HPROBE_SPAN_NS (200 * NSEC_PER_MSEC)

static u32 hrnd_state = 4242;

static u32 hrnd(void)
{
	hrnd_state = hrnd_state * 1103515245 + 12345;
	return hrnd_state >> 1;
}

static int cmp_order(struct hprobe *probes, unsigned int n, struct kunit *test)
{
	unsigned int *by_order = vmalloc(n * sizeof(*by_order));
	unsigned int i, bad = 0;

	KUNIT_ASSERT_NOT_NULL(test, by_order);
	for (i = 0; i < n; i++)
		by_order[probes[i].order] = i;
	for (i = 1; i < n; i++)
		if (hrtimer_get_expires(&probes[by_order[i]].timer).tv64 <
		    hrtimer_get_expires(&probes[by_order[i - 1]].timer).tv64)
			bad++;
	vfree(by_order);
	return bad;
}

static void hrtimer_10000_in_expiry_order_test(struct kunit *test)
{
	struct hprobe *probes = vmalloc(NR_HPROBES * sizeof(*probes));
	unsigned int i, fired = 0, early = 0, twice = 0;
	ktime_t start, last = { 0 };

	KUNIT_ASSERT_NOT_NULL(test, probes);
	hfire_seq = 0;
	/*
	 * Queue them all with interrupts off, so none fires before a timer
	 * with an earlier expiry is queued (those first few microseconds are
	 * past by the end: they fire at once, in order).
	 */
	local_irq_disable();
	start = ktime_get();
	for (i = 0; i < NR_HPROBES; i++) {
		ktime_t when = ktime_add_ns(start, 1000 + (u64)hrnd() % HPROBE_SPAN_NS);

		hprobe_init(&probes[i], CLOCK_MONOTONIC, HRTIMER_MODE_ABS);
		hrtimer_start(&probes[i].timer, when, HRTIMER_MODE_ABS);
		if (when.tv64 > last.tv64)
			last = when;
	}
	local_irq_enable();
	last = ktime_add_ns(last, NSEC_PER_SEC); /* a generous deadline */
	while (hfire_seq < NR_HPROBES && ktime_get().tv64 < last.tv64)
		halt();
	for (i = 0; i < NR_HPROBES; i++) {
		fired += probes[i].fired == 1;
		twice += probes[i].fired > 1;
		early += probes[i].early;
	}
	KUNIT_EXPECT_EQ(test, fired, (unsigned int)NR_HPROBES);
	KUNIT_EXPECT_EQ(test, twice, 0U);
	KUNIT_EXPECT_EQ(test, early, 0U);
	KUNIT_EXPECT_EQ(test, cmp_order(probes, NR_HPROBES, test), 0);
	vfree(probes);
}

/* The callback looks at its own timer while it runs. */
static int self_cancel_ret;
static bool self_active, self_running;

static enum hrtimer_restart self_cancel_fn(struct hrtimer *timer)
{
	self_cancel_ret = hrtimer_try_to_cancel(timer);
	self_active = hrtimer_active(timer);
	self_running = hrtimer_callback_running(timer);
	return HRTIMER_NORESTART;
}

static unsigned int rearm_count;

static enum hrtimer_restart rearm_fn(struct hrtimer *timer)
{
	rearm_count++;
	hrtimer_forward_now(timer, ktime_set(0, 200 * NSEC_PER_USEC));
	return HRTIMER_RESTART;
}

static void hrtimer_cancel_running_callback_test(struct kunit *test)
{
	struct hrtimer t;
	unsigned long j;
	unsigned int n;

	/* a running callback cannot be cancelled: try_to_cancel says -1 */
	hrtimer_init(&t, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
	t.function = self_cancel_fn;
	self_cancel_ret = 0;
	hrtimer_start(&t, ktime_set(0, 100 * NSEC_PER_USEC), HRTIMER_MODE_REL);
	while (hrtimer_active(&t))
		halt();
	KUNIT_EXPECT_EQ(test, self_cancel_ret, -1);
	KUNIT_EXPECT_TRUE(test, self_active);
	KUNIT_EXPECT_TRUE(test, self_running);

	/* hrtimer_cancel stops a timer that keeps re-arming itself, for good */
	hrtimer_init(&t, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
	t.function = rearm_fn;
	rearm_count = 0;
	hrtimer_start(&t, ktime_set(0, 200 * NSEC_PER_USEC), HRTIMER_MODE_REL);
	while (rearm_count < 5)
		halt();
	KUNIT_EXPECT_EQ(test, hrtimer_cancel(&t), 1);
	KUNIT_EXPECT_FALSE(test, hrtimer_active(&t));
	n = rearm_count;
	j = jiffies + 3;
	while (time_before(jiffies, j))
		halt();
	KUNIT_EXPECT_EQ(test, rearm_count, n);
	KUNIT_EXPECT_EQ(test, hrtimer_cancel(&t), 0);
}

/*
 * hrtimer_cancel() waits while the callback runs. On one CPU a callback
 * runs in the interrupt, so thread code never sees it running; on SMP
 * another CPU may be inside it. Here the timer is marked running, as that
 * CPU would leave it, and a second timer plays the other CPU, finishing
 * "the callback" 2 ms later: hrtimer_cancel() must return only then.
 */
static struct hrtimer *running_elsewhere;
static ktime_t callback_ended_at;

static enum hrtimer_restart end_callback_fn(struct hrtimer *timer)
{
	running_elsewhere->state &= ~HRTIMER_STATE_CALLBACK;
	callback_ended_at = ktime_get();
	return HRTIMER_NORESTART;
}

static void hrtimer_cancel_waits_for_callback_test(struct kunit *test)
{
	struct hrtimer t, ender;
	ktime_t t0;

	hrtimer_init(&t, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
	hrtimer_init(&ender, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
	ender.function = end_callback_fn;
	running_elsewhere = &t;
	callback_ended_at.tv64 = 0;
	t.state = HRTIMER_STATE_CALLBACK;
	t0 = ktime_get();
	hrtimer_start(&ender, ktime_set(0, 2 * NSEC_PER_MSEC), HRTIMER_MODE_REL);
	KUNIT_EXPECT_EQ(test, hrtimer_try_to_cancel(&t), -1);
	KUNIT_EXPECT_EQ(test, hrtimer_cancel(&t), 0);
	KUNIT_EXPECT_NE(test, callback_ended_at.tv64, 0LL);
	KUNIT_EXPECT_GE(test, ktime_to_ns(ktime_sub(ktime_get(), t0)), 2LL * NSEC_PER_MSEC);
	KUNIT_EXPECT_FALSE(test, hrtimer_active(&t));
	hrtimer_cancel(&ender);
}

static void hrtimer_return_values_test(struct kunit *test)
{
	struct hprobe p;
	ktime_t rem;

	hprobe_init(&p, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
	KUNIT_EXPECT_FALSE(test, hrtimer_active(&p.timer));
	KUNIT_EXPECT_EQ(test,
			hrtimer_start(&p.timer, ktime_set(0, 50 * NSEC_PER_MSEC), HRTIMER_MODE_REL),
			0);
	KUNIT_EXPECT_TRUE(test, hrtimer_active(&p.timer));
	rem = hrtimer_get_remaining(&p.timer);
	KUNIT_EXPECT_LE(test, ktime_to_ns(rem), 50LL * NSEC_PER_MSEC);
	KUNIT_EXPECT_GT(test, ktime_to_ns(rem), 49LL * NSEC_PER_MSEC);
	/* restarting a queued timer moves it and says it was queued */
	KUNIT_EXPECT_EQ(test, hrtimer_start(&p.timer, ktime_set(1, 0), HRTIMER_MODE_REL), 1);
	KUNIT_EXPECT_GT(test, ktime_to_ns(hrtimer_get_remaining(&p.timer)), 999LL * NSEC_PER_MSEC);
	KUNIT_EXPECT_EQ(test, hrtimer_try_to_cancel(&p.timer), 1);
	KUNIT_EXPECT_EQ(test, hrtimer_try_to_cancel(&p.timer), 0);
	KUNIT_EXPECT_EQ(test, hrtimer_cancel(&p.timer), 0);
	KUNIT_EXPECT_FALSE(test, hrtimer_active(&p.timer));
	KUNIT_EXPECT_EQ(test, p.fired, 0U);
	/* a relative CLOCK_REALTIME timer is put on CLOCK_MONOTONIC */
	hrtimer_init(&p.timer, CLOCK_REALTIME, HRTIMER_MODE_REL);
	KUNIT_EXPECT_EQ(test, p.timer.base->index, CLOCK_MONOTONIC);
	hrtimer_init(&p.timer, CLOCK_REALTIME, HRTIMER_MODE_ABS);
	KUNIT_EXPECT_EQ(test, p.timer.base->index, CLOCK_REALTIME);
}

static void hrtimer_forward_test(struct kunit *test)
{
	const s64 ms = NSEC_PER_MSEC;
	struct hrtimer t;

	hrtimer_init(&t, CLOCK_MONOTONIC, HRTIMER_MODE_ABS);
	hrtimer_set_expires(&t, ns_to_ktime(100 * ms));
	/* 100 -> 120 ... past 350 by whole 20 ms periods: 13 of them, to 360 */
	KUNIT_EXPECT_EQ(test, hrtimer_forward(&t, ns_to_ktime(350 * ms), ns_to_ktime(20 * ms)),
			13ULL);
	KUNIT_EXPECT_EQ(test, ktime_to_ns(hrtimer_get_expires(&t)), 360 * ms);
	/* now exactly on the expiry: one period */
	KUNIT_EXPECT_EQ(test, hrtimer_forward(&t, ns_to_ktime(360 * ms), ns_to_ktime(20 * ms)),
			1ULL);
	KUNIT_EXPECT_EQ(test, ktime_to_ns(hrtimer_get_expires(&t)), 380 * ms);
	/* already in the future: nothing */
	KUNIT_EXPECT_EQ(test, hrtimer_forward(&t, ns_to_ktime(370 * ms), ns_to_ktime(20 * ms)),
			0ULL);
	KUNIT_EXPECT_EQ(test, ktime_to_ns(hrtimer_get_expires(&t)), 380 * ms);
}

static void hrtimer_realtime_abs_test(struct kunit *test)
{
	struct hprobe p;
	ktime_t when = ktime_add_ns(ktime_get_real(), 3 * NSEC_PER_MSEC);

	hprobe_init(&p, CLOCK_REALTIME, HRTIMER_MODE_ABS);
	hrtimer_start(&p.timer, when, HRTIMER_MODE_ABS);
	while (!p.fired)
		halt();
	KUNIT_EXPECT_FALSE(test, p.early);
	KUNIT_EXPECT_GE(test, ktime_to_ns(ktime_get_real()), ktime_to_ns(when));
	KUNIT_EXPECT_LT(test, ktime_to_ns(ktime_sub(p.fired_at, when)), 2LL * TICK_NSEC);
}

static void schedule_hrtimeout_and_nanosleep_test(struct kunit *test)
{
	ktime_t t0, exp = ktime_set(0, 2 * NSEC_PER_MSEC);
	struct timespec ts = { 0, 3 * NSEC_PER_MSEC };
	int ret;

	t0 = ktime_get();
	set_current_state(TASK_UNINTERRUPTIBLE);
	ret = schedule_hrtimeout(&exp, HRTIMER_MODE_REL);
	KUNIT_EXPECT_EQ(test, ret, 0);
	KUNIT_EXPECT_GE(test, ktime_to_ns(ktime_sub(ktime_get(), t0)), 2LL * NSEC_PER_MSEC);
	KUNIT_EXPECT_EQ(test, current->state, (long)TASK_RUNNING);

	t0 = ktime_get();
	KUNIT_EXPECT_EQ(test, hrtimer_nanosleep(&ts, NULL, HRTIMER_MODE_REL, CLOCK_MONOTONIC), 0L);
	KUNIT_EXPECT_GE(test, ktime_to_ns(ktime_sub(ktime_get(), t0)), 3LL * NSEC_PER_MSEC);

	/* an absolute time already past returns at once */
	exp = ktime_sub_ns(ktime_get(), NSEC_PER_MSEC);
	set_current_state(TASK_UNINTERRUPTIBLE);
	KUNIT_EXPECT_EQ(test, schedule_hrtimeout(&exp, HRTIMER_MODE_ABS), 0);
}

static struct kunit_case hrtimer_cases[] = { KUNIT_CASE(hrtimer_return_values_test),
					     KUNIT_CASE(hrtimer_forward_test),
					     KUNIT_CASE(hrtimer_1ms_relative_test),
					     KUNIT_CASE(hrtimer_realtime_abs_test),
					     KUNIT_CASE(hrtimer_cancel_running_callback_test),
					     KUNIT_CASE(hrtimer_cancel_waits_for_callback_test),
					     KUNIT_CASE(schedule_hrtimeout_and_nanosleep_test),
					     KUNIT_CASE(hrtimer_10000_in_expiry_order_test),
					     {} };

static struct kunit_suite hrtimer_suite = {
	.name = "hrtimer",
	.test_cases = hrtimer_cases,
};
kunit_test_suite(hrtimer_suite);
