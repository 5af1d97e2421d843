/*
 * linux_tests_test.c - Linux's own test modules, run as one KUnit suite.
 *
 * Some of Linux's tests are modules that test when they load and print
 * what they find (lib/rbtree_test.c). The Makefile compiles them
 * unchanged from Debian's linux-source package (LINUX_TESTS) with
 * include/linnet/linux_test.h, which turns their module_init() into a
 * function linux_test_NAME(). Each case here calls one and checks its
 * console output: the parts it prints and no WARNING. Without the
 * package the cases are skipped, saying so. Like every suite it runs
 * only in a test boot: ktest=all (make test's ktest_all) or
 * ktest=linux_tests alone, never in a normal boot. See docs/testing.md.
 */
#include <kunit/test.h>
#include <kunit/printk_capture.h>
#include <linux/errno.h>

int linux_test_rbtree_test(void);

static struct printk_capture cap;

/* Linux's lib/rbtree_test.c: both parts run and no invariant WARNs. */
static void linux_rbtree_test(struct kunit *test)
{
#ifdef CONFIG_LINUX_TESTS
	int ret;

	printk_capture_start(&cap);
	ret = linux_test_rbtree_test();
	printk_capture_stop(&cap);
	/* It returns -EAGAIN so that a real module unloads at once. */
	KUNIT_EXPECT_EQ(test, ret, -EAGAIN);
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, "rbtree testing"));
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, "augmented rbtree testing"));
	KUNIT_EXPECT_TRUE(test,
			  printk_capture_contains(&cap, "test 4 (latency to fetch first node)"));
	KUNIT_EXPECT_FALSE(test, printk_capture_contains(&cap, "WARNING"));
#else
	kunit_skip(test, "linux-source-6.12 is not installed: no lib/rbtree_test.c");
#endif
}

static struct kunit_case linux_tests_cases[] = { KUNIT_CASE(linux_rbtree_test), {} };

static struct kunit_suite linux_tests_suite = {
	.name = "linux_tests",
	.test_cases = linux_tests_cases,
};
kunit_test_suite(linux_tests_suite);
