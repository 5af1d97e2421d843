/*
 * kstrtox_test.c - KUnit tests for the kstrto*() and simple_strto*() parsers.
 *
 * Each type is tried at its limits as i386 has them (long is 32 bits, so
 * kstrtoul("4294967296") is out of range here but not on a 64-bit
 * machine), with the syntax the parsers accept (a sign, a "0x" prefix,
 * one trailing newline) and the junk they refuse. A failed parse must
 * leave the caller's variable alone.
 */
#include <kunit/test.h>
#include <linux/errno.h>

static void unsigned_limits_test(struct kunit *test)
{
	unsigned long long ull;
	unsigned long ul = 7;
	unsigned int ui;
	u16 u16v;
	u8 u8v = 7;

	KUNIT_EXPECT_EQ(test, kstrtoull("18446744073709551615", 10, &ull), 0);
	KUNIT_EXPECT_EQ(test, ull, ULLONG_MAX);
	KUNIT_EXPECT_EQ(test, kstrtoull("18446744073709551616", 10, &ull), -ERANGE);
	/* the overflow test runs only from 2^60 up: the edges in bases 16 and 8 */
	KUNIT_EXPECT_EQ(test, kstrtoull("0xffffffffffffffff", 16, &ull), 0);
	KUNIT_EXPECT_EQ(test, ull, ULLONG_MAX);
	KUNIT_EXPECT_EQ(test, kstrtoull("0x10000000000000000", 16, &ull), -ERANGE);
	KUNIT_EXPECT_EQ(test, kstrtoull("1777777777777777777777", 8, &ull), 0);
	KUNIT_EXPECT_EQ(test, ull, ULLONG_MAX);
	KUNIT_EXPECT_EQ(test, kstrtoull("2000000000000000000000", 8, &ull), -ERANGE);
	KUNIT_EXPECT_EQ(test, kstrtoull("1152921504606846975", 10, &ull), 0); /* 2^60 - 1 */
	KUNIT_EXPECT_EQ(test, ull, (1ULL << 60) - 1);
	KUNIT_EXPECT_EQ(test, kstrtoul("4294967295", 10, &ul), 0);
	KUNIT_EXPECT_EQ(test, ul, ULONG_MAX);
	KUNIT_EXPECT_EQ(test, kstrtoul("4294967296", 10, &ul), -ERANGE);
	KUNIT_EXPECT_EQ(test, ul, ULONG_MAX); /* untouched on error */
	KUNIT_EXPECT_EQ(test, kstrtouint("0xffffffff", 0, &ui), 0);
	KUNIT_EXPECT_EQ(test, ui, UINT_MAX);
	KUNIT_EXPECT_EQ(test, kstrtouint("0x100000000", 0, &ui), -ERANGE);
	KUNIT_EXPECT_EQ(test, kstrtou16("65535", 10, &u16v), 0);
	KUNIT_EXPECT_EQ(test, u16v, 65535);
	KUNIT_EXPECT_EQ(test, kstrtou16("65536", 10, &u16v), -ERANGE);
	KUNIT_EXPECT_EQ(test, kstrtou8("256", 10, &u8v), -ERANGE);
	KUNIT_EXPECT_EQ(test, u8v, 7);
	KUNIT_EXPECT_EQ(test, kstrtou8("-1", 10, &u8v), -EINVAL); /* no '-' for unsigned */
}

static void signed_limits_test(struct kunit *test)
{
	long long ll;
	long l;
	int i;
	s16 s16v;
	s8 s8v;

	KUNIT_EXPECT_EQ(test, kstrtoll("-9223372036854775808", 10, &ll), 0);
	KUNIT_EXPECT_EQ(test, ll, LLONG_MIN);
	KUNIT_EXPECT_EQ(test, kstrtoll("-9223372036854775809", 10, &ll), -ERANGE);
	KUNIT_EXPECT_EQ(test, kstrtoll("9223372036854775808", 10, &ll), -ERANGE);
	KUNIT_EXPECT_EQ(test, kstrtol("-2147483648", 10, &l), 0);
	KUNIT_EXPECT_EQ(test, l, LONG_MIN);
	KUNIT_EXPECT_EQ(test, kstrtol("2147483648", 10, &l), -ERANGE);
	KUNIT_EXPECT_EQ(test, kstrtoint("-0x80000000", 0, &i), 0);
	KUNIT_EXPECT_EQ(test, i, INT_MIN);
	KUNIT_EXPECT_EQ(test, kstrtoint("-2147483649", 10, &i), -ERANGE);
	KUNIT_EXPECT_EQ(test, kstrtos16("-32768", 10, &s16v), 0);
	KUNIT_EXPECT_EQ(test, s16v, -32768);
	KUNIT_EXPECT_EQ(test, kstrtos16("32768", 10, &s16v), -ERANGE);
	KUNIT_EXPECT_EQ(test, kstrtos8("-128", 10, &s8v), 0);
	KUNIT_EXPECT_EQ(test, s8v, -128);
	KUNIT_EXPECT_EQ(test, kstrtos8("128", 10, &s8v), -ERANGE);
}

static void syntax_test(struct kunit *test)
{
	int v = 99;

	KUNIT_EXPECT_EQ(test, kstrtoint("+5", 10, &v), 0);
	KUNIT_EXPECT_EQ(test, v, 5);
	KUNIT_EXPECT_EQ(test, kstrtoint("-0", 10, &v), 0);
	KUNIT_EXPECT_EQ(test, v, 0);
	KUNIT_EXPECT_EQ(test, kstrtoint("12\n", 10, &v), 0);
	KUNIT_EXPECT_EQ(test, v, 12);
	KUNIT_EXPECT_EQ(test, kstrtoint("0x1F", 16, &v), 0);
	KUNIT_EXPECT_EQ(test, v, 31);
	KUNIT_EXPECT_EQ(test, kstrtoint("017", 0, &v), 0);
	KUNIT_EXPECT_EQ(test, v, 15);
	KUNIT_EXPECT_EQ(test, kstrtoint("017", 10, &v), 0);
	KUNIT_EXPECT_EQ(test, v, 17);
	v = 99;
	KUNIT_EXPECT_EQ(test, kstrtoint("12\n\n", 10, &v), -EINVAL);
	KUNIT_EXPECT_EQ(test, kstrtoint("12 ", 10, &v), -EINVAL);
	KUNIT_EXPECT_EQ(test, kstrtoint(" 12", 10, &v), -EINVAL);
	KUNIT_EXPECT_EQ(test, kstrtoint("", 10, &v), -EINVAL);
	KUNIT_EXPECT_EQ(test, kstrtoint("0x", 0, &v), -EINVAL);
	KUNIT_EXPECT_EQ(test, kstrtoint("0x", 16, &v), -EINVAL);
	KUNIT_EXPECT_EQ(test, kstrtoint("09", 0, &v), -EINVAL);
	KUNIT_EXPECT_EQ(test, kstrtoint("--1", 10, &v), -EINVAL);
	KUNIT_EXPECT_EQ(test, v, 99);
}

static void kstrtobool_test(struct kunit *test)
{
	bool b = false;

	KUNIT_EXPECT_EQ(test, kstrtobool("Yes", &b), 0);
	KUNIT_EXPECT_TRUE(test, b);
	KUNIT_EXPECT_EQ(test, kstrtobool("off", &b), 0);
	KUNIT_EXPECT_FALSE(test, b);
	KUNIT_EXPECT_EQ(test, kstrtobool("on", &b), 0);
	KUNIT_EXPECT_TRUE(test, b);
	KUNIT_EXPECT_EQ(test, kstrtobool("0", &b), 0);
	KUNIT_EXPECT_FALSE(test, b);
	KUNIT_EXPECT_EQ(test, kstrtobool("maybe", &b), -EINVAL);
	KUNIT_EXPECT_EQ(test, kstrtobool("o", &b), -EINVAL);
	KUNIT_EXPECT_FALSE(test, b);
}

static void simple_strtox_test(struct kunit *test)
{
	const char *s = "0x1fG";
	char *end;

	KUNIT_EXPECT_EQ(test, simple_strtoul(s, &end, 0), 31ul);
	KUNIT_EXPECT_PTR_EQ(test, end, s + 4);
	s = "-42 rest";
	KUNIT_EXPECT_EQ(test, simple_strtol(s, &end, 10), -42l);
	KUNIT_EXPECT_PTR_EQ(test, end, s + 3);
	KUNIT_EXPECT_EQ(test, simple_strtoll("-9000000000", NULL, 10), -9000000000ll);
	KUNIT_EXPECT_EQ(test, simple_strtoull("0777", NULL, 0), 0777ull);
	s = "xyz";
	KUNIT_EXPECT_EQ(test, simple_strtoul(s, &end, 10), 0ul);
	KUNIT_EXPECT_PTR_EQ(test, end, s);
	/* simple_strtoul's own 32-bit loop: the cpio header's fields, and wrapping */
	s = "000081a4000003e8";
	KUNIT_EXPECT_EQ(test, simple_strtoul(s, &end, 16), 0x81a4000003e8ul & ULONG_MAX);
	KUNIT_EXPECT_PTR_EQ(test, end, s + 16);
	KUNIT_EXPECT_EQ(test, simple_strtoul("ffffffff", NULL, 16), 0xfffffffful);
	KUNIT_EXPECT_EQ(test, simple_strtoul("4294967297", NULL, 10), 1ul);
	KUNIT_EXPECT_EQ(test, simple_strtoul("0X10", NULL, 16), 16ul);
	s = "0x";
	KUNIT_EXPECT_EQ(test, simple_strtoul(s, &end, 0), 0ul);
	KUNIT_EXPECT_PTR_EQ(test, end, s + 1);
	s = "019";
	KUNIT_EXPECT_EQ(test, simple_strtoul(s, &end, 0), 1ul);
	KUNIT_EXPECT_PTR_EQ(test, end, s + 2);
	KUNIT_EXPECT_EQ(test, hex_to_bin('7'), 7);
	KUNIT_EXPECT_EQ(test, hex_to_bin('c'), 12);
	KUNIT_EXPECT_EQ(test, hex_to_bin('F'), 15);
	KUNIT_EXPECT_EQ(test, hex_to_bin('g'), -1);
}

static struct kunit_case kstrtox_cases[] = {
	KUNIT_CASE(unsigned_limits_test), KUNIT_CASE(signed_limits_test), KUNIT_CASE(syntax_test),
	KUNIT_CASE(kstrtobool_test),	  KUNIT_CASE(simple_strtox_test), {}
};

static struct kunit_suite kstrtox_suite = {
	.name = "kstrtox",
	.test_cases = kstrtox_cases,
};
kunit_test_suite(kstrtox_suite);
