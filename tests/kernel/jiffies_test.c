/*
 * jiffies_test.c - the tick counts at HZ, survives the wrap; lost ticks cost no time.
 *
 * The rate is measured against the TSC (calibrated against the PIT's
 * channel 2 at boot) over more than a second of guest time; the waits
 * halt the CPU, so under QEMU -icount sleep=off they cost little wall
 * time. The harness runs this suite in an HZ=100 and an HZ=1000 build,
 * and runs jiffies_lost_ticks_absorbed_test without -icount too.
 */
#include <kunit/test.h>
#include <linux/interrupt.h>
#include <linux/jiffies.h>
#include <linux/delay.h>
#include <linux/ktime.h>
#include <linux/tick.h>
#include <linux/clocksource.h>
#include <asm/processor.h>
#include <asm/tsc.h>

/* Halt until @cycles of TSC time have passed; interrupts must be on. */
static void halt_for_cycles(u64 cycles)
{
	u64 t0 = get_cycles();

	while (get_cycles() - t0 < cycles)
		halt();
}

static void jiffies_is_low_word_test(struct kunit *test)
{
	unsigned long flags;

	KUNIT_EXPECT_PTR_EQ(test, (void *)&jiffies, (void *)&jiffies_64);
	local_irq_save(flags);
	KUNIT_EXPECT_EQ(test, jiffies, (unsigned long)jiffies_64);
	local_irq_restore(flags);
	KUNIT_EXPECT_EQ(test, INITIAL_JIFFIES, (unsigned long)(-300 * HZ));
}

static void jiffies_advance_at_hz_test(struct kunit *test)
{
	u64 one_sec = (u64)cpu_khz * 1000, t0, t1;
	unsigned long j0, j1;
	long got, want;

	KUNIT_ASSERT_TRUE(test, !irqs_disabled());
	j0 = jiffies;
	while (jiffies == j0) /* start on a tick edge */
		halt();
	j0 = jiffies;
	t0 = get_cycles();
	halt_for_cycles(one_sec + one_sec / 5);
	j1 = jiffies;
	t1 = get_cycles();
	got = (long)(j1 - j0);
	want = (long)((t1 - t0) * HZ / one_sec);
	kunit_info(test, "HZ=%d: %ld jiffies in %llu cycles (expected %ld)\n", HZ, got, t1 - t0,
		   want);
	KUNIT_EXPECT_GE(test, got * 100, want * 98);
	KUNIT_EXPECT_LE(test, got * 100, want * 102);
}

/*
 * Interrupts off for several tick periods: the PIT's edges merge into one
 * IRQ0. With the periodic tick (highres=off), jiffies counts interrupts
 * and moves by one, as in 2.6.32; in high-resolution mode the tick is an
 * hrtimer that computes jiffies from the time, so they catch up.
 * No time is lost: the clocksource ran on, and the tick folds all of it
 * into xtime, so the monotonic clock and the wall clock advance by the
 * 5.5 periods. (Before clocksources, Linnet counted the lost ticks into
 * jiffies; 2.6.32 does not.)
 */
static void jiffies_lost_ticks_absorbed_test(struct kunit *test)
{
	u64 tick = (u64)cpu_khz * 1000 / HZ;
	unsigned long j0, j1, flags, periods;
	struct timespec x0, x1;
	ktime_t t0, t1;
	s64 ns;

	j0 = jiffies;
	while (jiffies == j0)
		halt();
	local_irq_save(flags);
	j0 = jiffies;
	x0 = current_kernel_time();
	t0 = ktime_get();
	__delay(tick * 5 + tick / 2);
	KUNIT_EXPECT_EQ(test, jiffies, j0);
	local_irq_restore(flags);
	/* the pending IRQ0 has been taken by now; snapshot at once */
	local_irq_disable();
	j1 = jiffies;
	t1 = ktime_get();
	x1 = current_kernel_time();
	local_irq_enable();
	ns = ktime_to_ns(ktime_sub(t1, t0));
	periods = (unsigned long)(ns / TICK_NSEC);
	kunit_info(test, "%lu jiffies, %lld ns after 5.5 tick periods with interrupts off\n",
		   j1 - j0, ns);
	/* no time was lost (without -icount a busy host may add more) */
	KUNIT_EXPECT_GE(test, ns, 5LL * TICK_NSEC + TICK_NSEC / 2);
	/* xtime caught up all five whole periods at that one tick (the
	 * clocksource's cycles-to-ns conversion truncates: up to 1 ns a period) */
	KUNIT_EXPECT_GE(test, timespec_to_ns(&x1) - timespec_to_ns(&x0), 5LL * TICK_NSEC - 5);
	if (tick_cpu_device.mode == TICKDEV_MODE_PERIODIC) {
		/* the periodic tick counts interrupts: the merged edges are not counted */
		KUNIT_EXPECT_GE(test, j1 - j0, 1UL);
		KUNIT_EXPECT_LE(test, j1 - j0, periods - 3);
	} else {
		/* tick_sched_timer computes jiffies from the time: they catch up */
		KUNIT_EXPECT_GE(test, j1 - j0 + 1, periods);
		KUNIT_EXPECT_LE(test, j1 - j0, periods + 1);
	}
}

static void time_after_wrap_test(struct kunit *test)
{
	unsigned long before = ULONG_MAX - 5, after = before + 10;

	KUNIT_EXPECT_LT(test, after, before); /* wrapped as unsigned numbers */
	KUNIT_EXPECT_TRUE(test, time_after(after, before));
	KUNIT_EXPECT_FALSE(test, time_after(before, after));
	KUNIT_EXPECT_TRUE(test, time_before(before, after));
	KUNIT_EXPECT_TRUE(test, time_after_eq(after, before));
	KUNIT_EXPECT_TRUE(test, time_after_eq(after, after));
	KUNIT_EXPECT_TRUE(test, time_before_eq(before, before));
	KUNIT_EXPECT_FALSE(test, time_before_eq(after, before));
	KUNIT_EXPECT_TRUE(test, time_in_range(ULONG_MAX, before, after));
	KUNIT_EXPECT_TRUE(test, time_in_range(2UL, before, after));
	KUNIT_EXPECT_TRUE(test, time_in_range(after, before, after));
	KUNIT_EXPECT_FALSE(test, time_in_range_open(after, before, after));
	KUNIT_EXPECT_FALSE(test, time_in_range(after + 1, before, after));
	KUNIT_EXPECT_TRUE(test, time_after64((u64)1 << 32, (u64)ULONG_MAX));
}

/* Move jiffies (forward only) to @margin ticks before the next 32-bit wrap. */
static void set_jiffies_before_wrap(unsigned long margin)
{
	unsigned long flags;
	u64 target;

	local_irq_save(flags);
	target = (jiffies_64 | 0xffffffffULL) - margin + 1;
	if (target <= jiffies_64)
		target += 1ULL << 32;
	jiffies_64 = target;
	local_irq_restore(flags);
}

static void jiffies_cross_the_wrap_test(struct kunit *test)
{
	unsigned long start;
	u64 start64;

	set_jiffies_before_wrap(3);
	start = jiffies;
	start64 = get_jiffies_64();
	KUNIT_EXPECT_EQ(test, start, ULONG_MAX - 2);
	while (!time_after(jiffies, start + 5))
		halt();
	KUNIT_EXPECT_LT(test, jiffies, start);
	KUNIT_EXPECT_TRUE(test, time_after(jiffies, start));
	KUNIT_EXPECT_EQ(test, get_jiffies_64() >> 32, (start64 >> 32) + 1);
	KUNIT_EXPECT_EQ(test, (unsigned long)get_jiffies_64(), jiffies);
}

static void msecs_jiffies_test(struct kunit *test)
{
	unsigned int m;

	for (m = 0; m < 5000; m += 7)
		KUNIT_EXPECT_EQ(test, msecs_to_jiffies(m),
				(unsigned long)DIV_ROUND_UP(m * HZ, 1000));
	KUNIT_EXPECT_EQ(test, msecs_to_jiffies(1000), (unsigned long)HZ);
	KUNIT_EXPECT_EQ(test, msecs_to_jiffies(1), 1UL);
	KUNIT_EXPECT_EQ(test, msecs_to_jiffies(0), 0UL);
	KUNIT_EXPECT_EQ(test, msecs_to_jiffies(UINT_MAX), (unsigned long)MAX_JIFFY_OFFSET);
	KUNIT_EXPECT_EQ(test, jiffies_to_msecs(HZ), 1000U);
	KUNIT_EXPECT_EQ(test, jiffies_to_usecs(HZ), 1000000U);
	KUNIT_EXPECT_EQ(test, usecs_to_jiffies(1000000), (unsigned long)HZ);
	KUNIT_EXPECT_EQ(test, usecs_to_jiffies(1), 1UL);
	KUNIT_EXPECT_GE(test, jiffies_to_msecs(msecs_to_jiffies(7)), 7U);
}

/*
 * A tick is TICK_NSEC, derived as 2.6.32 does from ACTHZ (the PIT's rate
 * with 8 bits of fraction): 1/HZ s exactly at HZ=100, a hair off at 250,
 * 300 and 1000, as in Linux.
 */
static void timespec_jiffies_test(struct kunit *test)
{
	struct timespec ts = { 2, 500000000 };
	struct timeval tv = { 1, 0 };
	unsigned long j = timespec_to_jiffies(&ts);
	s64 ns;

	KUNIT_EXPECT_EQ(test, (u64)j, DIV_ROUND_UP(2500000000ULL, TICK_NSEC));
	KUNIT_EXPECT_LE(test, abs((long)j - HZ * 5 / 2), 1);
	jiffies_to_timespec(j, &ts);
	ns = timespec_to_ns(&ts);
	KUNIT_EXPECT_GE(test, ns, 2500000000LL);
	KUNIT_EXPECT_LT(test, ns, 2500000000LL + TICK_NSEC);
	KUNIT_EXPECT_EQ(test, (u64)timeval_to_jiffies(&tv), DIV_ROUND_UP(1000000000ULL, TICK_NSEC));
	jiffies_to_timeval(HZ, &tv);
	KUNIT_EXPECT_EQ(test, timeval_to_ns(&tv) / 1000, (s64)HZ * TICK_NSEC / 1000);
}

/*
 * TICK_NSEC and the jiffies clocksource's ns per jiffy, worked out by hand
 * from 2.6.32's jiffies.h for each HZ the build allows:
 *   LATCH = (1193182 + HZ/2) / HZ, ACTHZ = SH_DIV(1193182, LATCH, 8),
 *   TICK_NSEC = SH_DIV(10^9, ACTHZ, 8), NSEC_PER_JIFFY = (10^9 << 8) / ACTHZ.
 * The PIT's exact period (LATCH / 1193182 s) is none of these: at HZ=100
 * it is 10000150.86 ns, which Linnet once used.
 */
static const struct {
	int hz;
	unsigned long latch, acthz, tick_nsec;
	u32 nsec_per_jiffy;
} tick_as_2_6_32[] = {
	{ 100, 11932, 25600, 10000000, 10000000 },
	{ 250, 4773, 63996, 4000250, 4000250 },
	{ 300, 3977, 76805, 3333116, 3333116 },
	{ 1000, 1193, 256039, 999848, 999847 },
};

static void tick_nsec_as_2_6_32_test(struct kunit *test)
{
	struct timespec ts;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(tick_as_2_6_32); i++) {
		if (tick_as_2_6_32[i].hz != HZ)
			continue;
		KUNIT_EXPECT_EQ(test, (unsigned long)LATCH, tick_as_2_6_32[i].latch);
		KUNIT_EXPECT_EQ(test, (unsigned long)ACTHZ, tick_as_2_6_32[i].acthz);
		KUNIT_EXPECT_EQ(test, (unsigned long)TICK_NSEC, tick_as_2_6_32[i].tick_nsec);
		KUNIT_EXPECT_EQ(test, clocksource_jiffies.mult,
				tick_as_2_6_32[i].nsec_per_jiffy << clocksource_jiffies.shift);
		KUNIT_EXPECT_EQ(test, (unsigned long)TICK_USEC_TO_NSEC(TICK_USEC),
				(unsigned long)TICK_NSEC);
		/* a second of jiffies converts with TICK_NSEC, as 2.6.32's */
		jiffies_to_timespec(HZ, &ts);
		KUNIT_EXPECT_EQ(test, (u64)timespec_to_ns(&ts), (u64)HZ * TICK_NSEC);
		if (HZ == 100) {
			KUNIT_EXPECT_EQ(test, ts.tv_sec, (time_t)1);
			KUNIT_EXPECT_EQ(test, ts.tv_nsec, 0L);
		}
		return;
	}
	KUNIT_FAIL(test, "HZ=%d is not one the build allows", HZ);
}

static struct kunit_case jiffies_cases[] = { KUNIT_CASE(jiffies_is_low_word_test),
					     KUNIT_CASE(jiffies_advance_at_hz_test),
					     KUNIT_CASE(jiffies_lost_ticks_absorbed_test),
					     KUNIT_CASE(time_after_wrap_test),
					     KUNIT_CASE(jiffies_cross_the_wrap_test),
					     KUNIT_CASE(msecs_jiffies_test),
					     KUNIT_CASE(timespec_jiffies_test),
					     KUNIT_CASE(tick_nsec_as_2_6_32_test),
					     {} };

static struct kunit_suite jiffies_suite = {
	.name = "jiffies",
	.test_cases = jiffies_cases,
};
kunit_test_suite(jiffies_suite);
