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

static struct kunit_case lib_api_cases[] = {
	KUNIT_CASE(pr_fmt_prefix_test),
	KUNIT_CASE(get_cycles_test),
	{},
};

static struct kunit_suite lib_api_suite = {
	.name = "lib_api",
	.test_cases = lib_api_cases,
};
kunit_test_suite(lib_api_suite);
