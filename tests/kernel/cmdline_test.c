/*
 * cmdline_test.c - KUnit tests for get_option(), get_options(), memparse().
 *
 * These read the numbers in boot options such as "irqs=3,5-7" and
 * "mem=64M". get_option() reports what follows each number; get_options()
 * expands ranges and never writes past the array it is given.
 */
#include <kunit/test.h>

static void get_option_test(struct kunit *test)
{
	char str[] = "12,-3,0x10-20";
	char *s = str;
	int v;

	KUNIT_EXPECT_EQ(test, get_option(&s, &v), 2); /* a comma followed */
	KUNIT_EXPECT_EQ(test, v, 12);
	KUNIT_EXPECT_EQ(test, get_option(&s, &v), 2);
	KUNIT_EXPECT_EQ(test, v, -3);
	KUNIT_EXPECT_EQ(test, get_option(&s, &v), 3); /* a range starts */
	KUNIT_EXPECT_EQ(test, v, 16);
	KUNIT_EXPECT_EQ(test, *s, '-');
	s++;
	KUNIT_EXPECT_EQ(test, get_option(&s, &v), 1); /* the end */
	KUNIT_EXPECT_EQ(test, v, 20);
	KUNIT_EXPECT_EQ(test, get_option(&s, &v), 0); /* nothing left */
}

static void get_options_test(struct kunit *test)
{
	int ints[8];
	char *rest;

	memset(ints, 0x5a, sizeof(ints));
	rest = get_options("3,5-7,9 quiet", 8, ints);
	KUNIT_EXPECT_EQ(test, ints[0], 5);
	KUNIT_EXPECT_EQ(test, ints[1], 3);
	KUNIT_EXPECT_EQ(test, ints[2], 5);
	KUNIT_EXPECT_EQ(test, ints[3], 6);
	KUNIT_EXPECT_EQ(test, ints[4], 7);
	KUNIT_EXPECT_EQ(test, ints[5], 9);
	KUNIT_EXPECT_STREQ(test, rest, " quiet");

	/* a full array stops the parse: only 3 slots after the count */
	memset(ints, 0x5a, sizeof(ints));
	get_options("1-100", 4, ints);
	KUNIT_EXPECT_EQ(test, ints[0], 3);
	KUNIT_EXPECT_EQ(test, ints[3], 3);
	KUNIT_EXPECT_EQ(test, ints[4], 0x5a5a5a5a);

	get_options("1,2,10-19", 0, ints); /* nints 0: only count */
	KUNIT_EXPECT_EQ(test, ints[0], 12);
}

static void memparse_test(struct kunit *test)
{
	const char *s = "64M,rest";
	char *end;

	KUNIT_EXPECT_EQ(test, memparse(s, &end), 64ull << 20);
	KUNIT_EXPECT_PTR_EQ(test, end, s + 3);
	KUNIT_EXPECT_EQ(test, memparse("4k", NULL), 4096ull);
	KUNIT_EXPECT_EQ(test, memparse("3G", NULL), 3ull << 30);
	KUNIT_EXPECT_EQ(test, memparse("2T", NULL), 2ull << 40); /* beyond 32 bits */
	KUNIT_EXPECT_EQ(test, memparse("0x1000", NULL), 0x1000ull);
	KUNIT_EXPECT_EQ(test, memparse("100", NULL), 100ull);
}

static struct kunit_case cmdline_cases[] = { KUNIT_CASE(get_option_test),
					     KUNIT_CASE(get_options_test),
					     KUNIT_CASE(memparse_test),
					     {} };

static struct kunit_suite cmdline_suite = {
	.name = "cmdline",
	.test_cases = cmdline_cases,
};
kunit_test_suite(cmdline_suite);
