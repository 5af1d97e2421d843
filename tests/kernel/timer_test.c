/*
 * timer_test.c - kernel timers: return values, order, exactly once, never
 * early, and 10,000 timers cascading through the wheel across the wrap.
 *
 * The small tests wait for real ticks (halting). The big test moves
 * jiffies forward by hand in large steps and lets the TIMER softirq catch
 * up tick by tick, which is how the wheel sees a long stretch of time
 * without spending it; after every step, exactly the timers whose expiry
 * has passed must have fired.
 */
#include <kunit/test.h>
#include <linux/interrupt.h>
#include <linux/timer.h>
#include <linux/vmalloc.h>
#include <asm/processor.h>

#define NR_SMALL 16
#define NR_BIG 10000
#define BIG_SPAN (3UL << 19) /* 1.5 Mi jiffies: tv1 through tv4 */

struct probe {
	struct timer_list timer;
	unsigned long fired_at;
	unsigned int fired;
	unsigned int order;
};

/*
 * 320 KB: allocated once, at the suite's start, and kept, rather than in
 * .bss, where it would push the boot loader's initramfs 320 KB further
 * up at every boot (docs/performance.md: each 2 MB of guest memory QEMU
 * first touches costs the host a huge page).
 */
static struct probe *probes;
static unsigned int fire_seq;

static void probe_fn(unsigned long data)
{
	struct probe *p = (struct probe *)data;

	p->fired_at = jiffies;
	p->fired++;
	p->order = fire_seq++;
}

static void probes_init(unsigned int n)
{
	unsigned int i;

	fire_seq = 0;
	for (i = 0; i < n; i++) {
		probes[i].fired = 0;
		probes[i].fired_at = 0;
		setup_timer(&probes[i].timer, probe_fn, (unsigned long)&probes[i]);
	}
}

static u32 rnd_state = 12345;

static u32 rnd(void)
{
	rnd_state = rnd_state * 1103515245 + 12345;
	return rnd_state >> 1;
}

static void timer_return_values_test(struct kunit *test)
{
	struct timer_list *t = &probes[0].timer;

	probes_init(1);
	KUNIT_EXPECT_FALSE(test, timer_pending(t));
	KUNIT_EXPECT_EQ(test, del_timer(t), 0);
	KUNIT_EXPECT_EQ(test, mod_timer_pending(t, jiffies + 100), 0);
	KUNIT_EXPECT_FALSE(test, timer_pending(t));
	KUNIT_EXPECT_EQ(test, mod_timer(t, jiffies + 100), 0);
	KUNIT_EXPECT_TRUE(test, timer_pending(t));
	KUNIT_EXPECT_EQ(test, mod_timer(t, jiffies + 200), 1);
	KUNIT_EXPECT_EQ(test, mod_timer(t, t->expires), 1);
	KUNIT_EXPECT_EQ(test, mod_timer_pending(t, jiffies + 300), 1);
	KUNIT_EXPECT_EQ(test, del_timer(t), 1);
	KUNIT_EXPECT_FALSE(test, timer_pending(t));
	KUNIT_EXPECT_EQ(test, del_timer(t), 0);
	t->expires = jiffies + 50;
	add_timer(t);
	KUNIT_EXPECT_EQ(test, del_timer_sync(t), 1);
	KUNIT_EXPECT_EQ(test, del_timer_sync(t), 0);
	KUNIT_EXPECT_EQ(test, probes[0].fired, 0U);
}

static void timer_fires_in_order_once_never_early_test(struct kunit *test)
{
	unsigned long now = jiffies, last = 0;
	unsigned int i, prev = 0;
	int k;

	probes_init(NR_SMALL);
	for (i = 0; i < NR_SMALL; i++) {
		/* 1..300 jiffies ahead, shuffled: tv1 and a cascade from tv2 */
		probes[i].timer.expires = now + 1 + (i * 7919) % 300;
		add_timer(&probes[i].timer);
	}
	while (fire_seq < NR_SMALL && time_before(jiffies, now + 400))
		halt();
	for (k = 0; k < 5; k++) /* any duplicate would have fired by now */
		halt();
	for (i = 0; i < NR_SMALL; i++) {
		KUNIT_EXPECT_EQ(test, probes[i].fired, 1U);
		KUNIT_EXPECT_TRUE(test, time_after_eq(probes[i].fired_at, probes[i].timer.expires));
		KUNIT_EXPECT_LE(test, probes[i].fired_at - probes[i].timer.expires, 1UL);
		KUNIT_EXPECT_FALSE(test, timer_pending(&probes[i].timer));
	}
	for (k = 0; k < NR_SMALL; k++) { /* walk in firing order: expiries never decrease */
		for (i = 0; i < NR_SMALL && probes[i].order != (unsigned int)k; i++)
			;
		KUNIT_ASSERT_LT(test, i, (unsigned int)NR_SMALL);
		KUNIT_EXPECT_TRUE(test, !k || time_after_eq(probes[i].timer.expires, last));
		last = probes[i].timer.expires;
		prev = i;
	}
	KUNIT_EXPECT_LT(test, prev, (unsigned int)NR_SMALL);
}

static struct timer_list rearm_timer;
static unsigned int rearm_count;

static void rearm_fn(unsigned long data)
{
	if (++rearm_count < data)
		mod_timer(&rearm_timer, jiffies + 1);
}

static void timer_rearms_itself_test(struct kunit *test)
{
	unsigned long start = jiffies;

	rearm_count = 0;
	setup_timer(&rearm_timer, rearm_fn, 5);
	mod_timer(&rearm_timer, jiffies + 1);
	while (rearm_count < 5 && time_before(jiffies, start + 50))
		halt();
	KUNIT_EXPECT_EQ(test, rearm_count, 5U);
	KUNIT_EXPECT_FALSE(test, timer_pending(&rearm_timer));
	KUNIT_EXPECT_EQ(test, del_timer_sync(&rearm_timer), 0);
}

/* Jump jiffies forward (never back) and let the TIMER softirq catch up. */
static void advance_jiffies_to(unsigned long target)
{
	local_bh_disable();
	local_irq_disable();
	if (time_after(target, jiffies))
		jiffies_64 += target - jiffies;
	raise_softirq_irqoff(TIMER_SOFTIRQ);
	local_irq_enable();
	local_bh_enable();
}

/*
 * Move jiffies forward to @margin ticks before the next 32-bit wrap, and
 * return true; or, when that is more than a few million ticks away
 * (another suite crossed the wrap already), stay and return false. The
 * wheel steps through every jiffy it is moved over while any timer is
 * pending (the slab reaper's always is), and 2^32 steps would take
 * minutes: jiffies never jump like that outside this test.
 */
static bool advance_jiffies_before_wrap(unsigned long margin)
{
	u64 target;

	local_irq_disable();
	target = (jiffies_64 | 0xffffffffULL) - margin + 1;
	if (target <= jiffies_64)
		target += 1ULL << 32;
	if (target - jiffies_64 > (1ULL << 22)) {
		local_irq_enable();
		return false;
	}
	jiffies_64 = target;
	local_irq_enable();
	advance_jiffies_to(jiffies);
	return true;
}

/* With the softirq caught up: fired exactly when expiry <= jiffies. */
static unsigned int check_fired(struct kunit *test, unsigned int n)
{
	unsigned int i, bad = 0;
	unsigned long now;

	local_irq_disable();
	now = jiffies;
	for (i = 0; i < n; i++) {
		struct probe *p = &probes[i];
		bool due = time_after_eq(now, p->timer.expires);

		if (p->fired != due || (due && time_before(p->fired_at, p->timer.expires)) ||
		    timer_pending(&p->timer) == due)
			bad++;
	}
	local_irq_enable();
	return bad;
}

static void timer_wheel_10000_cascade_test(struct kunit *test)
{
	unsigned long start, when, max_expiry = 0;
	unsigned int i, k, bad = 0, prev;
	bool wraps;

	/* start near the 32-bit wrap, so the whole run crosses it */
	wraps = advance_jiffies_before_wrap(5000);
	start = jiffies;
	probes_init(NR_BIG);
	for (i = 0; i < NR_BIG; i++) {
		probes[i].timer.expires = start + 1 + rnd() % BIG_SPAN;
		if (i % 10 == 0) /* a tenth in tv1/tv2 */
			probes[i].timer.expires = start + 1 + rnd() % 16384;
		add_timer(&probes[i].timer);
		if (time_after(probes[i].timer.expires, max_expiry) || !i)
			max_expiry = probes[i].timer.expires;
	}
	for (k = 1; k <= 40; k++) {
		when = start + (BIG_SPAN / 40) * k - (rnd() % 1000);
		advance_jiffies_to(when);
		bad += check_fired(test, NR_BIG);
	}
	advance_jiffies_to(max_expiry);
	bad += check_fired(test, NR_BIG);
	KUNIT_EXPECT_EQ(test, bad, 0U);
	KUNIT_EXPECT_EQ(test, fire_seq, (unsigned int)NR_BIG);
	if (wraps)
		KUNIT_EXPECT_LT(test, jiffies, start); /* the 32-bit count wrapped */
	else
		kunit_info(test, "jiffies had wrapped already: the run did not cross the wrap");
	for (i = 0, prev = 0; i < NR_BIG; i++) {
		KUNIT_EXPECT_EQ(test, probes[i].fired, 1U);
		if (probes[i].fired != 1)
			break;
	}
	/* firing order follows expiry order */
	for (i = 0; i < NR_BIG; i++)
		for (k = 0; k < 8; k++) {
			prev = rnd() % NR_BIG;
			if (time_before(probes[i].timer.expires, probes[prev].timer.expires))
				KUNIT_EXPECT_LT(test, probes[i].order, probes[prev].order);
		}
}

/*
 * kernel.md #1: a timer re-armed from its own callback for exactly one turn
 * of tv1 (expires + 256) is filed in the very slot __run_timers is running.
 * Linux detaches that slot onto a local work_list first, so the timer waits
 * a full turn; running the live slot would fire it again at once, 256 ticks
 * early. Another pending timer keeps the wheel from re-basing on an empty
 * wheel, which would hide the bug.
 */
static struct timer_list turn_timer;
static unsigned int turn_count;
static unsigned long turn_fired_at[2];

static void turn_fn(unsigned long data)
{
	turn_fired_at[turn_count & 1] = jiffies;
	if (++turn_count == 1)
		mod_timer(&turn_timer, turn_timer.expires + 256);
}

static void timer_rearm_same_slot_not_early_test(struct kunit *test)
{
	struct timer_list *guard = &probes[0].timer;
	unsigned long start;

	probes_init(1);
	start = jiffies;
	mod_timer(guard, start + 100000);
	turn_count = 0;
	setup_timer(&turn_timer, turn_fn, 0);
	local_irq_disable();
	start = jiffies;
	mod_timer(&turn_timer, start + 10);
	local_irq_enable();
	advance_jiffies_to(start + 10);
	KUNIT_EXPECT_EQ(test, turn_count, 1U);
	advance_jiffies_to(start + 265);
	KUNIT_EXPECT_EQ(test, turn_count, 1U);
	advance_jiffies_to(start + 266);
	KUNIT_EXPECT_EQ(test, turn_count, 2U);
	KUNIT_EXPECT_GE(test, turn_fired_at[1] - start, 266UL);
	del_timer_sync(&turn_timer);
	KUNIT_EXPECT_EQ(test, del_timer(guard), 1);
}

static void timer_far_future_and_past_test(struct kunit *test)
{
	struct timer_list *far = &probes[0].timer, *past = &probes[1].timer;
	unsigned long start = jiffies;

	probes_init(2);
	mod_timer(far, jiffies + (1UL << 27)); /* tv5 */
	mod_timer(past, jiffies - 10); /* already expired: runs at the next tick */
	while (!probes[1].fired && time_before(jiffies, start + 10))
		halt();
	KUNIT_EXPECT_EQ(test, probes[1].fired, 1U);
	KUNIT_EXPECT_EQ(test, probes[0].fired, 0U);
	KUNIT_EXPECT_TRUE(test, timer_pending(far));
	KUNIT_EXPECT_EQ(test, del_timer(far), 1);
}

static struct kunit_case timer_cases[] = { KUNIT_CASE(timer_return_values_test),
					   KUNIT_CASE(timer_fires_in_order_once_never_early_test),
					   KUNIT_CASE(timer_rearms_itself_test),
					   KUNIT_CASE(timer_far_future_and_past_test),
					   KUNIT_CASE(timer_rearm_same_slot_not_early_test),
					   KUNIT_CASE(timer_wheel_10000_cascade_test),
					   {} };

static int timer_suite_init(struct kunit_suite *suite)
{
	if (!probes)
		probes = vmalloc(NR_BIG * sizeof(*probes));
	return probes ? 0 : -ENOMEM;
}

static struct kunit_suite timer_suite = {
	.name = "timer",
	.suite_init = timer_suite_init,
	.test_cases = timer_cases,
};
kunit_test_suite(timer_suite);
