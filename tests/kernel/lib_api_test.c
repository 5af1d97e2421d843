/*
 * lib_api_test.c - the lib/ bugs issue 12 found, and the API later Linux added.
 *
 * Each bug has a case here that failed (or did not build) before its fix:
 * pr_fmt() could not be set by a file (the header defined it without
 * #ifndef, so a file's own definition was a redefinition error: this very
 * file would not compile); <linux/timex.h> did not exist (it resolved to
 * the host's header before the build used -nostdinc). strnchr() and
 * kunit_kmalloc() have their cases in string_test.c and kunit_test.c.
 *
 * Linux's own tests of the same API run from the linux-source package
 * (tests/upstream/files.txt); the cases here cover what those do not.
 * See docs/testing.md.
 */
#define pr_fmt(fmt) "lib_api: " fmt

#include <kunit/test.h>
#include <kunit/printk_capture.h>
#include <linux/timex.h>
#include <linux/gcd.h>
#include <linux/int_log.h>
#include <linux/kref.h>
#include <linux/limits.h>
#include <linux/math.h>
#include <linux/math64.h>
#include <linux/random.h>
#include <linux/time.h>

static struct printk_capture cap;

static void pr_fmt_prefix_test(struct kunit *test)
{
	printk_capture_start(&cap);
	pr_info("the prefix is %s\n", "ours");
	printk_capture_stop(&cap);
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, "lib_api: the prefix is ours"));
}

static void get_cycles_test(struct kunit *test)
{
	cycles_t t0 = get_cycles();
	cycles_t t1 = get_cycles();
	unsigned long e = random_get_entropy();

	/* the time-stamp counter only rises (QEMU -icount or not) */
	KUNIT_EXPECT_GT(test, t1, t0);
	KUNIT_EXPECT_NE(test, e, 0UL);
}

static void gcd_test(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, gcd(12, 18), 6UL);
	KUNIT_EXPECT_EQ(test, gcd(18, 12), 6UL);
	KUNIT_EXPECT_EQ(test, gcd(17, 5), 1UL);
	KUNIT_EXPECT_EQ(test, gcd(0, 9), 9UL);
	KUNIT_EXPECT_EQ(test, gcd(9, 0), 9UL);
	KUNIT_EXPECT_EQ(test, gcd(1UL << 31, 3UL << 20), 1UL << 20);
	KUNIT_EXPECT_EQ(test, gcd(ULONG_MAX, ULONG_MAX - 1), 1UL);
}

static void int_sqrt_test(struct kunit *test)
{
	unsigned long x;

	for (x = 0; x < 3000; x++) {
		unsigned long r = int_sqrt(x);

		KUNIT_ASSERT_TRUE_MSG(test, r * r <= x && (r + 1) * (r + 1) > x, "x=%lu r=%lu", x,
				      r);
	}
	KUNIT_EXPECT_EQ(test, int_sqrt(ULONG_MAX), 65535UL);
	KUNIT_EXPECT_EQ(test, int_sqrt64(1ULL << 62), 1U << 31);
	KUNIT_EXPECT_EQ(test, int_sqrt64(ULLONG_MAX), 0xffffffffU);
	KUNIT_EXPECT_EQ(test, int_sqrt64(1000000000000ULL), 1000000U);
}

static void intlog_test(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, intlog2(1), 0U);
	KUNIT_EXPECT_EQ(test, intlog2(2), 1U << 24);
	KUNIT_EXPECT_EQ(test, intlog2(1024), 10U << 24);
	/* log2(3) = 1.5849625007: 26591258.6 in 8.24 */
	KUNIT_EXPECT_LE(test, abs((int)intlog2(3) - 26591258), 1);
	KUNIT_EXPECT_LE(test, abs((int)intlog10(1000) - (3 << 24)), 2);
	/* log10(2) = 0.30103: 5050445.3 */
	KUNIT_EXPECT_LE(test, abs((int)intlog10(2) - 5050445), 1);
}

static void div64_test(struct kunit *test)
{
	u64 n = 10000000000123ULL;
	u32 rem32;
	s32 srem;

	KUNIT_EXPECT_EQ(test, do_div(n, 1000), 123U);
	KUNIT_EXPECT_EQ(test, n, 10000000000ULL);
	KUNIT_EXPECT_EQ(test, div_u64_rem(0xffffffffffffffffULL, 10, &rem32),
			1844674407370955161ULL);
	KUNIT_EXPECT_EQ(test, rem32, 5U);
	KUNIT_EXPECT_EQ(test, div_s64_rem(-7, 2, &srem), -3LL);
	KUNIT_EXPECT_EQ(test, srem, -1);
	KUNIT_EXPECT_EQ(test, div_s64_rem(7, -2, &srem), -3LL);
	KUNIT_EXPECT_EQ(test, srem, 1);
	KUNIT_EXPECT_EQ(test, div_s64(-86400LL * 365 * 1000, 86400), -365000LL);
	KUNIT_EXPECT_EQ(test, DIV_ROUND_CLOSEST(7, 2), 4);
	KUNIT_EXPECT_EQ(test, DIV_ROUND_CLOSEST(-7, 2), -4);
	KUNIT_EXPECT_EQ(test, reciprocal_scale(0x80000000U, 10), 5U);
}

/*
 * C's '/' and '%' on 64-bit operands: GCC calls lib/libgcc.c (built with
 * the kernel's -mregparm=3). volatile keeps GCC from folding them.
 */
static void libgcc_div_test(struct kunit *test)
{
	volatile u64 n = 0xfedcba9876543210ULL, d = 0x123456789ULL;
	volatile s64 sn = -0x7edcba9876543210LL, sd = 0x123456789LL;
	volatile u64 one = 1;
	u64 x = 0x9e3779b97f4a7c15ULL, q, r;
	int i;

	KUNIT_EXPECT_EQ(test, n / d, 0xe0000000ULL);
	KUNIT_EXPECT_EQ(test, n % d, 0x96543210ULL);
	KUNIT_EXPECT_EQ(test, n / (n - one), 1ULL);
	KUNIT_EXPECT_EQ(test, d / n, 0ULL);
	KUNIT_EXPECT_EQ(test, d % n, 0x123456789ULL);
	KUNIT_EXPECT_EQ(test, n / 10, 1836475854449306472ULL); /* a 32-bit divisor */
	KUNIT_EXPECT_EQ(test, n % 10, 0ULL);
	KUNIT_EXPECT_EQ(test, sn / sd, -1870659584LL);
	KUNIT_EXPECT_EQ(test, sn % sd, -1255420432LL);
	KUNIT_EXPECT_EQ(test, sn / -sd, 1870659584LL);
	KUNIT_EXPECT_EQ(test, -sn % sd, 1255420432LL);
	KUNIT_EXPECT_EQ(test, __builtin_ctzll(d << 40), 40);
	KUNIT_EXPECT_EQ(test, __builtin_ctzll(n), 4);
	/* q * d + r == n and r < d, for divisors of every width */
	for (i = 0; i < 64; i++) {
		u64 dd = (x >> i) | 1, nn;

		x = x * 6364136223846793005ULL + 1442695040888963407ULL;
		nn = x;
		q = nn / dd;
		r = nn % dd;
		KUNIT_EXPECT_TRUE(test, r < dd);
		KUNIT_EXPECT_EQ(test, q * dd + r, nn);
	}
}

static void time64_to_tm_test(struct kunit *test)
{
	struct tm tm;

	time64_to_tm(0, 0, &tm); /* Thursday 1970-01-01 */
	KUNIT_EXPECT_EQ(test, tm.tm_year, 70L);
	KUNIT_EXPECT_EQ(test, tm.tm_wday, 4);
	time64_to_tm(951782400LL + 3723, 0, &tm); /* 2000-02-29 01:02:03, a Tuesday */
	KUNIT_EXPECT_EQ(test, tm.tm_year, 100L);
	KUNIT_EXPECT_EQ(test, tm.tm_mon, 1);
	KUNIT_EXPECT_EQ(test, tm.tm_mday, 29);
	KUNIT_EXPECT_EQ(test, tm.tm_yday, 59);
	KUNIT_EXPECT_EQ(test, tm.tm_wday, 2);
	KUNIT_EXPECT_EQ(test, tm.tm_hour * 3600 + tm.tm_min * 60 + tm.tm_sec, 3723);
	time64_to_tm(-1, 0, &tm); /* 1969-12-31 23:59:59, a Wednesday */
	KUNIT_EXPECT_EQ(test, tm.tm_year, 69L);
	KUNIT_EXPECT_EQ(test, tm.tm_yday, 364);
	KUNIT_EXPECT_EQ(test, tm.tm_wday, 3);
	KUNIT_EXPECT_EQ(test, tm.tm_sec, 59);
	time64_to_tm(2147483647LL + 1, 0, &tm); /* past 2038: 2038-01-19 03:14:08 */
	KUNIT_EXPECT_EQ(test, tm.tm_year, 138L);
	KUNIT_EXPECT_EQ(test, tm.tm_mday, 19);
	KUNIT_EXPECT_EQ(test, tm.tm_hour, 3);
	time64_to_tm(0, -3600, &tm); /* an offset moves the day back */
	KUNIT_EXPECT_EQ(test, tm.tm_mday, 31);
	KUNIT_EXPECT_EQ(test, tm.tm_hour, 23);
}

struct kref_obj {
	struct kref ref;
	int released;
};

static void kref_obj_release(struct kref *kref)
{
	container_of(kref, struct kref_obj, ref)->released++;
}

static void kref_test(struct kunit *test)
{
	struct kref_obj o = { .released = 0 };

	kref_init(&o.ref);
	kref_get(&o.ref);
	KUNIT_EXPECT_EQ(test, kref_read(&o.ref), 2U);
	KUNIT_EXPECT_EQ(test, kref_put(&o.ref, kref_obj_release), 0);
	KUNIT_EXPECT_EQ(test, o.released, 0);
	KUNIT_EXPECT_EQ(test, kref_put(&o.ref, kref_obj_release), 1);
	KUNIT_EXPECT_EQ(test, o.released, 1);
	KUNIT_EXPECT_EQ(test, kref_get_unless_zero(&o.ref), 0);
}

static void random_test(struct kunit *test)
{
	struct rnd_state a, b;
	unsigned int hist[8] = { 0 }, i;
	u8 buf[13] = { 0 };

	/* a seeded generator repeats; different seeds differ */
	prandom_seed_state(&a, 42);
	prandom_seed_state(&b, 42);
	KUNIT_EXPECT_EQ(test, prandom_u32_state(&a), prandom_u32_state(&b));
	prandom_seed_state(&b, 43);
	KUNIT_EXPECT_NE(test, prandom_u32_state(&a), prandom_u32_state(&b));
	/* below: in range, and every value turns up about as often */
	for (i = 0; i < 8000; i++) {
		u32 r = get_random_u32_below(8);

		KUNIT_ASSERT_LT(test, r, 8U);
		hist[r]++;
	}
	for (i = 0; i < 8; i++)
		KUNIT_EXPECT_TRUE_MSG(test, hist[i] > 800 && hist[i] < 1200, "%u: %u", i, hist[i]);
	KUNIT_EXPECT_EQ(test, get_random_u32_below(1), 0U);
	for (i = 0; i < 100; i++) {
		u32 r = get_random_u32_inclusive(5, 7);

		KUNIT_ASSERT_TRUE(test, r >= 5 && r <= 7);
	}
	get_random_bytes(buf, sizeof(buf) - 1);
	KUNIT_EXPECT_EQ(test, buf[12], 0); /* not one byte more */
	KUNIT_EXPECT_NE(test, get_random_u64(), get_random_u64());
}

static struct kunit_case lib_api_cases[] = {
	KUNIT_CASE(random_test),
	KUNIT_CASE(gcd_test),
	KUNIT_CASE(int_sqrt_test),
	KUNIT_CASE(intlog_test),
	KUNIT_CASE(div64_test),
	KUNIT_CASE(libgcc_div_test),
	KUNIT_CASE(time64_to_tm_test),
	KUNIT_CASE(kref_test),
	KUNIT_CASE(pr_fmt_prefix_test),
	KUNIT_CASE(get_cycles_test),
	{},
};

static struct kunit_suite lib_api_suite = {
	.name = "lib_api",
	.test_cases = lib_api_cases,
};
kunit_test_suite(lib_api_suite);
