/*
 * vsprintf_test.c - KUnit tests for snprintf() and friends (lib/vsprintf.c).
 *
 * A table of formats with the exact text each must produce on i386,
 * where int and long are 32 bits and a pointer prints as 8 hex digits.
 * Then the buffer rules: what snprintf() returns when the text does not
 * fit, that the buffer is always terminated and never overrun, and how
 * scnprintf() differs. Finally %pS, which names the function at an
 * address through the kernel's symbol table.
 */
#include <kunit/test.h>
#include <linux/kallsyms.h>

/* expect_fmt - the text of one snprintf() call must be @want */
#define EXPECT_FMT(test, want, fmt, ...)                                                 \
	do {                                                                             \
		char __buf[64];                                                          \
		int __n = snprintf(__buf, sizeof(__buf), fmt, ##__VA_ARGS__);            \
		KUNIT_EXPECT_STREQ_MSG(test, __buf, want, "format \"%s\"", fmt);         \
		KUNIT_EXPECT_EQ_MSG(test, __n, (int)strlen(want), "format \"%s\"", fmt); \
	} while (0)

/*
 * plain_snprintf - snprintf() without the compiler's format checking, for
 * formats that GCC warns about on purpose ("%#p", "%y") but whose output
 * Linnet defines.
 */
static int plain_snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vsnprintf(buf, size, fmt, args);
	va_end(args);
	return n;
}

/* EXPECT_PLAIN - as EXPECT_FMT, through plain_snprintf() */
#define EXPECT_PLAIN(test, want, fmt, ...)                                               \
	do {                                                                             \
		char __buf[64];                                                          \
		int __n = plain_snprintf(__buf, sizeof(__buf), fmt, ##__VA_ARGS__);      \
		KUNIT_EXPECT_STREQ_MSG(test, __buf, want, "format \"%s\"", fmt);         \
		KUNIT_EXPECT_EQ_MSG(test, __n, (int)strlen(want), "format \"%s\"", fmt); \
	} while (0)

static void integer_test(struct kunit *test)
{
	EXPECT_FMT(test, "42", "%d", 42);
	EXPECT_FMT(test, "-2147483648", "%d", INT_MIN);
	EXPECT_FMT(test, "-2147483648", "%ld", LONG_MIN); /* long is 32 bits on i386 */
	EXPECT_FMT(test, "4294967295", "%u", UINT_MAX);
	EXPECT_FMT(test, "4294967295", "%lu", ULONG_MAX);
	EXPECT_FMT(test, "-9223372036854775808", "%lld", LLONG_MIN);
	EXPECT_FMT(test, "18446744073709551615", "%llu", ULLONG_MAX);
	EXPECT_FMT(test, "ffffffff", "%x", -1);
	EXPECT_FMT(test, "DEADBEEF", "%X", 0xdeadbeef);
	EXPECT_FMT(test, "777", "%o", 0777);
	EXPECT_FMT(test, "-1 255", "%hhd %hhu", 255, 255);
	EXPECT_FMT(test, "-1 65535", "%hd %hu", 65535, 65535);
	EXPECT_FMT(test, "4294967295", "%zu", (size_t)-1);
	EXPECT_FMT(test, "-1", "%zd", (ssize_t)-1);
	EXPECT_FMT(test, "-3", "%td", (ptrdiff_t)-3);
}

static void flags_width_precision_test(struct kunit *test)
{
	EXPECT_FMT(test, "[   42]", "[%5d]", 42);
	EXPECT_FMT(test, "[42   ]", "[%-5d]", 42);
	EXPECT_FMT(test, "[00042]", "[%05d]", 42);
	EXPECT_FMT(test, "[-0042]", "[%05d]", -42);
	EXPECT_FMT(test, "[+42]", "[%+d]", 42);
	EXPECT_FMT(test, "[ 42]", "[% d]", 42);
	EXPECT_FMT(test, "[  042]", "[%5.3d]", 42);
	EXPECT_PLAIN(test, "[  042]", "[%05.3d]", 42); /* a precision cancels '0' */
	EXPECT_FMT(test, "[]", "[%.0d]", 0);
	EXPECT_FMT(test, "0x1f 0X1F 017 0", "%#x %#X %#o %#x", 31, 31, 15, 0);
	EXPECT_FMT(test, "0x0000001f", "%#010x", 31);
	EXPECT_FMT(test, "[   ab]", "[%*s]", 5, "ab");
	EXPECT_FMT(test, "[ab   ]", "[%*s]", -5, "ab");
	EXPECT_FMT(test, "[abc]", "[%.*s]", 3, "abcdef");
	EXPECT_FMT(test, "[  x]", "[%3c]", 'x');
	EXPECT_FMT(test, "100%", "%d%%", 100);
}

static void kernel_extensions_test(struct kunit *test)
{
	EXPECT_FMT(test, "c0100000", "%p", (void *)0xc0100000);
	EXPECT_FMT(test, "0000abcd", "%p", (void *)0xabcd);
	EXPECT_FMT(test, "0000abcd", "%px", (void *)0xabcd);
	EXPECT_PLAIN(test, "0x00abcd", "%#p", (void *)0xabcd); /* the 0x counts in the width */
	EXPECT_FMT(test, "(null)", "%p", NULL);
	EXPECT_PLAIN(test, "(null)", "%s", (char *)NULL);
	EXPECT_PLAIN(test, "[(nu]", "[%.3s]", (char *)NULL);
	EXPECT_PLAIN(test, "%y", "%y");
	EXPECT_PLAIN(test, "a%nb", "a%nb"); /* %n writes nothing: it prints itself */
}

static void truncation_test(struct kunit *test)
{
	char buf[8];
	int i;

	memset(buf, 'x', sizeof(buf));
	KUNIT_EXPECT_EQ(test, snprintf(buf, 4, "%s", "abcdef"), 6);
	KUNIT_EXPECT_STREQ(test, buf, "abc");
	KUNIT_EXPECT_EQ(test, buf[4], 'x'); /* nothing past the size */
	KUNIT_EXPECT_EQ(test, snprintf(buf, 1, "%d", 12345), 5);
	KUNIT_EXPECT_EQ(test, buf[0], '\0');
	KUNIT_EXPECT_EQ(test, snprintf(NULL, 0, "%d", -12345), 6);
	KUNIT_EXPECT_EQ(test, scnprintf(buf, 4, "%s", "abcdef"), 3);
	KUNIT_EXPECT_EQ(test, scnprintf(buf, 8, "%s", "ab"), 2);
	KUNIT_EXPECT_EQ(test, scnprintf(buf, 0, "%s", "ab"), 0);
	KUNIT_EXPECT_EQ(test, sprintf(buf, "%u-%c", 7u, 'z'), 3);
	KUNIT_EXPECT_STREQ(test, buf, "7-z");
	/* every size from 0 to past the end: always a terminated prefix */
	for (i = 0; i <= 8; i++) {
		memset(buf, 'x', sizeof(buf));
		KUNIT_EXPECT_EQ(test, snprintf(buf, i, "%04x", 0xbeef), 4);
		if (i)
			KUNIT_EXPECT_EQ(test, strnlen(buf, sizeof(buf)), (size_t)min(i - 1, 4));
		/* the first byte not written: size i, or just after the NUL at 4 */
		KUNIT_EXPECT_EQ(test, buf[min(i, 5)], 'x');
	}
}

static void symbol_test(struct kunit *test)
{
	char buf[KSYM_SYMBOL_LEN];
	const char *want = "kunit_run_tests+0x0/";

	snprintf(buf, sizeof(buf), "%pS", (void *)kunit_run_tests);
	KUNIT_EXPECT_EQ_MSG(test, strncmp(buf, want, strlen(want)), 0, "got \"%s\"", buf);
	snprintf(buf, sizeof(buf), "%ps", (void *)kunit_run_tests);
	KUNIT_EXPECT_STREQ(test, buf, "kunit_run_tests");
	snprintf(buf, sizeof(buf), "[%pS]", NULL);
	KUNIT_EXPECT_STREQ(test, buf, "[(null)]");
}

static struct kunit_case vsprintf_cases[] = { KUNIT_CASE(integer_test),
					      KUNIT_CASE(flags_width_precision_test),
					      KUNIT_CASE(kernel_extensions_test),
					      KUNIT_CASE(truncation_test),
					      KUNIT_CASE(symbol_test),
					      {} };

static struct kunit_suite vsprintf_suite = {
	.name = "vsprintf",
	.test_cases = vsprintf_cases,
};
kunit_test_suite(vsprintf_suite);
