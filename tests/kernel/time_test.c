/*
 * time_test.c - busy-wait delays and the wall clock.
 *
 * udelay() and friends are checked against the TSC they spin on and
 * against the PIT's jiffies; the wall clock against the CMOS date and the
 * tick. mktime() against dates whose epoch seconds are well known. The
 * clocksource: mult/shift, the choice of the TSC, ktime_get() never going
 * back over a million reads and agreeing with the TSC over 10 s, and the
 * ticks charged to the CPU never running ahead of it (/proc/uptime).
 */
#include <kunit/test.h>
#include <linux/clocksource.h>
#include <linux/ktime.h>
#include <linux/delay.h>
#include <linux/jiffies.h>
#include <linux/kernel_stat.h>
#include <linux/rtc.h>
#include <linux/time.h>
#include <asm/processor.h>

static void udelay_waits_long_enough_test(struct kunit *test)
{
	u64 per_us = cpu_khz / 1000, t0, t;

	t0 = get_cycles();
	udelay(100);
	t = get_cycles() - t0;
	KUNIT_EXPECT_GE(test, t, 100 * per_us);
	KUNIT_EXPECT_LE(test, t, 150 * per_us);
	t0 = get_cycles();
	ndelay(5000);
	t = get_cycles() - t0;
	KUNIT_EXPECT_GE(test, t, 5 * per_us);
	t0 = get_cycles();
	mdelay(3);
	t = get_cycles() - t0;
	KUNIT_EXPECT_GE(test, t, 3000 * per_us);
	KUNIT_EXPECT_LE(test, t, 3300 * per_us);
}

static void mdelay_agrees_with_jiffies_test(struct kunit *test)
{
	unsigned long j0 = jiffies, got;

	mdelay(50);
	got = jiffies - j0;
	/* 50 ms is HZ/20 ticks; the start may be anywhere within a tick */
	KUNIT_EXPECT_GE(test, got + 1, (unsigned long)(HZ / 20));
	KUNIT_EXPECT_LE(test, got, (unsigned long)(HZ / 20 + 1));
}

static void mktime_known_dates_test(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, mktime(1970, 1, 1, 0, 0, 0), 0UL);
	KUNIT_EXPECT_EQ(test, mktime(2000, 1, 1, 0, 0, 0), 946684800UL);
	KUNIT_EXPECT_EQ(test, mktime(2000, 2, 29, 12, 0, 0), 951825600UL);
	KUNIT_EXPECT_EQ(test, mktime(2038, 1, 19, 3, 14, 7), 2147483647UL);
}

static void wall_clock_from_rtc_and_tick_test(struct kunit *test)
{
	struct timespec a, b, k;
	struct timeval tv;
	struct rtc_time tm;
	unsigned long j;
	s64 ns;

	cmos_read_time(&tm);
	KUNIT_EXPECT_GE(test, tm.tm_year, 120); /* 2020 or later */
	KUNIT_EXPECT_LT(test, tm.tm_mon, 12);
	getnstimeofday(&a);
	KUNIT_EXPECT_GE(test, (unsigned long)a.tv_sec, mktime(2020, 1, 1, 0, 0, 0));
	KUNIT_EXPECT_LE(test, a.tv_sec - (time_t)mach_get_cmos_time(), (time_t)2);
	j = jiffies + 20;
	while (time_before(jiffies, j))
		halt();
	getnstimeofday(&b);
	k = current_kernel_time();
	ns = timespec_to_ns(&b) - timespec_to_ns(&a);
	/* between 19 and 21 ticks passed */
	KUNIT_EXPECT_GE(test, ns, 19LL * TICK_NSEC);
	KUNIT_EXPECT_LE(test, ns, 21LL * TICK_NSEC);
	KUNIT_EXPECT_LE(test, timespec_compare(&k, &b), 0);
	KUNIT_EXPECT_LT(test, timespec_to_ns(&b) - timespec_to_ns(&k), (s64)TICK_NSEC * 2);
	do_gettimeofday(&tv);
	KUNIT_EXPECT_GE(test, timeval_to_ns(&tv) + 1000, timespec_to_ns(&b));
	KUNIT_EXPECT_LT(test, tv.tv_usec, 1000000L);
}

static void timespec_helpers_test(struct kunit *test)
{
	struct timespec ts;

	set_normalized_timespec(&ts, 1, -1);
	KUNIT_EXPECT_EQ(test, ts.tv_sec, 0L);
	KUNIT_EXPECT_EQ(test, ts.tv_nsec, 999999999L);
	ts = ns_to_timespec(-1);
	KUNIT_EXPECT_EQ(test, ts.tv_sec, -1L);
	KUNIT_EXPECT_EQ(test, ts.tv_nsec, 999999999L);
	ts = timespec_sub((struct timespec){ 3, 0 }, (struct timespec){ 1, 500000000 });
	KUNIT_EXPECT_EQ(test, ts.tv_sec, 1L);
	KUNIT_EXPECT_EQ(test, ts.tv_nsec, 500000000L);
	KUNIT_EXPECT_EQ(test, ns_to_timeval(1500000000LL).tv_usec, 500000L);
}

static void clocksource_mult_shift_test(struct kunit *test)
{
	/* a 1 GHz clock: 1 ns a cycle, so mult is exactly 1 << shift */
	KUNIT_EXPECT_EQ(test, clocksource_khz2mult(1000000, 22), 1U << 22);
	/* the PIT: 838.095 ns a clock, rounded to the nearest 2^-20 */
	KUNIT_EXPECT_EQ(test, clocksource_hz2mult(1193182, 20), 878806418U);
	KUNIT_EXPECT_EQ(test, clocksource_cyc2ns(1193182, 878806418U, 20), 999999999LL);
	KUNIT_EXPECT_EQ(test, clocksource_khz2mult(2000000, 22), 1U << 21);
	/* after clocksource_done_booting the best-rated one keeps time */
	KUNIT_EXPECT_STREQ(test, timekeeping_clocksource_name(), "tsc");
	KUNIT_EXPECT_TRUE(test, timekeeping_valid_for_hres());
}

#define MONO_READS 1000000

static void ktime_get_never_goes_back_test(struct kunit *test)
{
	unsigned long j0 = jiffies;
	ktime_t prev = ktime_get(), now;
	unsigned int i, back = 0;
	struct timespec ts;

	for (i = 0; i < MONO_READS; i++) {
		now = ktime_get();
		if (now.tv64 < prev.tv64)
			back++;
		prev = now;
	}
	kunit_info(test, "%u reads over %lu ticks\n", MONO_READS, jiffies - j0);
	KUNIT_EXPECT_EQ(test, back, 0U);
	KUNIT_EXPECT_GT(test, jiffies - j0, 0UL); /* ticks happened meanwhile */
	ktime_get_ts(&ts);
	KUNIT_EXPECT_GE(test, timespec_to_ns(&ts), ktime_to_ns(now));
	KUNIT_EXPECT_LT(test, ts.tv_nsec, NSEC_PER_SEC);
}

/* Over 10 s of halting, ktime_get() and the raw TSC agree within 0.1%. */
static void ktime_get_tracks_tsc_test(struct kunit *test)
{
	unsigned long end = jiffies + 10 * HZ;
	ktime_t k0, k1;
	u64 c0, c1;
	s64 kns, cns, diff;

	k0 = ktime_get();
	c0 = get_cycles();
	while (time_before(jiffies, end))
		halt();
	k1 = ktime_get();
	c1 = get_cycles();
	kns = ktime_to_ns(ktime_sub(k1, k0));
	cns = (s64)((c1 - c0) * 1000000ULL / tsc_khz);
	diff = kns > cns ? kns - cns : cns - kns;
	kunit_info(test, "ktime %lld ns, TSC %lld ns over 10 s: %lld ns apart\n", kns, cns, diff);
	KUNIT_EXPECT_GE(test, kns, 9LL * NSEC_PER_SEC);
	KUNIT_EXPECT_LT(test, diff * 1000, cns);
}

/* Every tick charged to the CPU, whatever it was doing (the cpu line of /proc/stat) */
static u64 ticks_charged(void)
{
	struct cpu_usage_stat *st = &kstat_cpu(0).cpustat;

	return st->user + st->nice + st->system + st->softirq + st->irq + st->idle + st->iowait +
	       st->steal;
}

/*
 * The tick charges one tick to the CPU per tick of the monotonic clock:
 * the ticks charged never add up to more time than ktime_get() has run,
 * or /proc/uptime's idle figure passes its uptime on an idle machine
 * (fs/proc/uptime.c). Sampled just after ticks and between them.
 */
static void ticks_charged_never_pass_the_clock_test(struct kunit *test)
{
	unsigned int i, ahead = 0;
	u64 ticks;
	s64 now;

	for (i = 0; i < 40; i++) {
		halt();
		udelay(i * 250 % (USEC_PER_SEC / HZ));
		ticks = ticks_charged();
		now = ktime_to_ns(ktime_get());
		if (ticks * (NSEC_PER_SEC / HZ) > (u64)now)
			ahead++;
	}
	kunit_info(test, "%llu ticks charged at %lld ns\n", ticks, now);
	KUNIT_EXPECT_EQ(test, ahead, 0U);
}

static struct kunit_case time_cases[] = { KUNIT_CASE(udelay_waits_long_enough_test),
					  KUNIT_CASE(mdelay_agrees_with_jiffies_test),
					  KUNIT_CASE(mktime_known_dates_test),
					  KUNIT_CASE(wall_clock_from_rtc_and_tick_test),
					  KUNIT_CASE(timespec_helpers_test),
					  KUNIT_CASE(clocksource_mult_shift_test),
					  KUNIT_CASE(ktime_get_never_goes_back_test),
					  KUNIT_CASE(ktime_get_tracks_tsc_test),
					  KUNIT_CASE(ticks_charged_never_pass_the_clock_test),
					  {} };

static struct kunit_suite time_suite = {
	.name = "time",
	.test_cases = time_cases,
};
kunit_test_suite(time_suite);
