/*
 * string_test.c - KUnit tests for lib/string.c, run inside the kernel.
 *
 * The host tests compare these functions with the C library over many
 * random inputs; here they run as the kernel build compiled them (i386,
 * -O2, freestanding), and double as examples of each function's
 * contract: what strscpy() returns on truncation, what strsep() does
 * with two delimiters in a row, what strim() leaves behind.
 */
#include <kunit/test.h>
#include <linux/string.h>
#include <linux/errno.h>

static void memcpy_memmove_test(struct kunit *test)
{
	char buf[16] = "0123456789";

	KUNIT_EXPECT_PTR_EQ(test, memcpy(buf, "abc", 3), buf);
	KUNIT_EXPECT_STREQ(test, buf, "abc3456789");
	/* overlapping, forwards and backwards */
	memmove(buf + 2, buf, 5);
	KUNIT_EXPECT_STREQ(test, buf, "ababc34789");
	memmove(buf, buf + 4, 6);
	KUNIT_EXPECT_STREQ(test, buf, "c347894789");
}

static void memset_memcmp_test(struct kunit *test)
{
	unsigned char a[8], b[8];

	memset(a, 0x1ab, sizeof(a)); /* only the low byte counts */
	KUNIT_EXPECT_EQ(test, a[0], 0xab);
	KUNIT_EXPECT_EQ(test, a[7], 0xab);
	memset(b, 0xab, sizeof(b));
	KUNIT_EXPECT_EQ(test, memcmp(a, b, sizeof(a)), 0);
	b[5] = 0x01;
	KUNIT_EXPECT_GT(test, memcmp(a, b, sizeof(a)), 0); /* compared as unsigned */
	KUNIT_EXPECT_EQ(test, memcmp(a, b, 5), 0);
}

static void memchr_family_test(struct kunit *test)
{
	unsigned char page[32];

	memset(page, 0, sizeof(page));
	KUNIT_EXPECT_NULL(test, memchr_inv(page, 0, sizeof(page)));
	page[17] = 0x6b;
	KUNIT_EXPECT_PTR_EQ(test, memchr_inv(page, 0, sizeof(page)), page + 17);
	KUNIT_EXPECT_PTR_EQ(test, memchr(page, 0x6b, sizeof(page)), page + 17);
	KUNIT_EXPECT_NULL(test, memchr(page, 0x6b, 17));
	KUNIT_EXPECT_PTR_EQ(test, memscan(page, 0x6b, sizeof(page)), page + 17);
	KUNIT_EXPECT_PTR_EQ(test, memscan(page, 0x6b, 10), page + 10);
}

static void strlen_strcmp_test(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, strlen(""), 0u);
	KUNIT_EXPECT_EQ(test, strlen("linnet"), 6u);
	KUNIT_EXPECT_EQ(test, strnlen("linnet", 3), 3u);
	KUNIT_EXPECT_EQ(test, strnlen("lin", 10), 3u);
	KUNIT_EXPECT_EQ(test, strcmp("abc", "abc"), 0);
	KUNIT_EXPECT_LT(test, strcmp("abc", "abd"), 0);
	KUNIT_EXPECT_LT(test, strcmp("ab", "abc"), 0);
	KUNIT_EXPECT_GT(test, strcmp("\x80", "a"), 0); /* unsigned, as in libc */
	KUNIT_EXPECT_EQ(test, strncmp("abcX", "abcY", 3), 0);
	KUNIT_EXPECT_EQ(test, strcasecmp("HeLLo", "hello"), 0);
	KUNIT_EXPECT_LT(test, strcasecmp("apple", "Banana"), 0);
	KUNIT_EXPECT_EQ(test, strncasecmp("ABCx", "abcy", 3), 0);
}

static void copy_test(struct kunit *test)
{
	char buf[8];

	KUNIT_EXPECT_PTR_EQ(test, strcpy(buf, "hi"), buf);
	KUNIT_EXPECT_STREQ(test, strcat(buf, "!!"), "hi!!");
	KUNIT_EXPECT_STREQ(test, strncat(buf, "abcdef", 2), "hi!!ab");
	memset(buf, 'x', sizeof(buf));
	strncpy(buf, "ab", 4);
	KUNIT_EXPECT_MEMEQ(test, buf, "ab\0\0xxxx", 8); /* padded, exactly 4 bytes */
	strncpy(buf, "abcdef", 3);
	KUNIT_EXPECT_EQ(test, buf[3], '\0'); /* the old padding: strncpy wrote no NUL */
}

static void strlcpy_strscpy_test(struct kunit *test)
{
	char buf[6];

	KUNIT_EXPECT_EQ(test, strlcpy(buf, "kernel", sizeof(buf)), 6u);
	KUNIT_EXPECT_STREQ(test, buf, "kerne");
	KUNIT_EXPECT_EQ(test, strscpy(buf, "kernel", sizeof(buf)), -E2BIG);
	KUNIT_EXPECT_STREQ(test, buf, "kerne");
	KUNIT_EXPECT_EQ(test, strscpy(buf, "ok", sizeof(buf)), 2);
	KUNIT_EXPECT_STREQ(test, buf, "ok");
	KUNIT_EXPECT_EQ(test, strscpy(buf, "five5", sizeof(buf)), 5);
	KUNIT_EXPECT_EQ(test, strscpy(buf, "x", 0), -E2BIG);
	KUNIT_EXPECT_STREQ(test, buf, "five5");
	strcpy(buf, "ab");
	KUNIT_EXPECT_EQ(test, strlcat(buf, "cdefgh", sizeof(buf)), 8u);
	KUNIT_EXPECT_STREQ(test, buf, "abcde");
}

static void search_test(struct kunit *test)
{
	const char *s = "find the needle, the needle";

	KUNIT_EXPECT_PTR_EQ(test, strchr(s, 'n'), s + 2);
	KUNIT_EXPECT_PTR_EQ(test, strrchr(s, 'n'), s + 21);
	KUNIT_EXPECT_PTR_EQ(test, strchr(s, '\0'), s + strlen(s));
	KUNIT_EXPECT_NULL(test, strchr(s, 'z'));
	KUNIT_EXPECT_PTR_EQ(test, strnchr(s, 5, 'd'), s + 3);
	KUNIT_EXPECT_NULL(test, strnchr(s, 3, 'd'));
	/* Linux's strnchr finds the terminator when it lies within count */
	KUNIT_EXPECT_PTR_EQ(test, strnchr(s, 100, '\0'), s + strlen(s));
	KUNIT_EXPECT_NULL(test, strnchr(s, strlen(s), '\0'));
	KUNIT_EXPECT_PTR_EQ(test, strstr(s, "needle"), s + 9);
	KUNIT_EXPECT_PTR_EQ(test, strstr(s, ""), s);
	KUNIT_EXPECT_NULL(test, strstr(s, "needles"));
	KUNIT_EXPECT_PTR_EQ(test, strnstr(s, "the", 8), s + 5);
	KUNIT_EXPECT_NULL(test, strnstr(s, "the", 7));
	KUNIT_EXPECT_PTR_EQ(test, strpbrk(s, "xyze"), s + 7);
	KUNIT_EXPECT_EQ(test, strspn(s, "difn"), 4u);
	KUNIT_EXPECT_EQ(test, strcspn(s, " ,"), 4u);
}

static void strsep_test(struct kunit *test)
{
	char buf[] = "a,,b c";
	char *p = buf;

	KUNIT_EXPECT_STREQ(test, strsep(&p, ", "), "a");
	KUNIT_EXPECT_STREQ(test, strsep(&p, ", "), ""); /* two delimiters: an empty token */
	KUNIT_EXPECT_STREQ(test, strsep(&p, ", "), "b");
	KUNIT_EXPECT_STREQ(test, strsep(&p, ", "), "c");
	KUNIT_EXPECT_NULL(test, p);
	KUNIT_EXPECT_NULL(test, strsep(&p, ", "));
}

static void strim_test(struct kunit *test)
{
	char buf[] = " \t value \n";
	char blank[] = "   ";
	char *p;

	p = strim(buf);
	KUNIT_EXPECT_PTR_EQ(test, p, buf + 3);
	KUNIT_EXPECT_STREQ(test, p, "value");
	KUNIT_EXPECT_STREQ(test, strstrip(blank), "");
	KUNIT_EXPECT_STREQ(test, skip_spaces("\n\t x y"), "x y");
}

static struct kunit_case string_cases[] = {
	KUNIT_CASE(memcpy_memmove_test), KUNIT_CASE(memset_memcmp_test),
	KUNIT_CASE(memchr_family_test),	 KUNIT_CASE(strlen_strcmp_test),
	KUNIT_CASE(copy_test),		 KUNIT_CASE(strlcpy_strscpy_test),
	KUNIT_CASE(search_test),	 KUNIT_CASE(strsep_test),
	KUNIT_CASE(strim_test),		 {}
};

static struct kunit_suite string_suite = {
	.name = "string",
	.test_cases = string_cases,
};
kunit_test_suite(string_suite);
