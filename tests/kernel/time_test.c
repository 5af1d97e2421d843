/*
 * time_test.c - busy-wait delays and the wall clock.
 *
 * udelay() and friends are checked against the TSC they spin on and
 * against the PIT's jiffies; the wall clock against the CMOS date and the
 * tick. mktime() against dates whose epoch seconds are well known.
 */
#include <kunit/test.h>
#include <linux/delay.h>
#include <linux/jiffies.h>
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

static struct kunit_case time_cases[] = {
	KUNIT_CASE(udelay_waits_long_enough_test), KUNIT_CASE(mdelay_agrees_with_jiffies_test),
	KUNIT_CASE(mktime_known_dates_test),	   KUNIT_CASE(wall_clock_from_rtc_and_tick_test),
	KUNIT_CASE(timespec_helpers_test),	   {}
};

static struct kunit_suite time_suite = {
	.name = "time",
	.test_cases = time_cases,
};
kunit_test_suite(time_suite);
