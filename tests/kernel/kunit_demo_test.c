/*
 * kunit_demo_test.c - suites that fail on purpose, to show (and test) the reports.
 *
 * Each demo_* suite breaks in one way a real test can: a failed
 * expectation, an oops, a BUG(), a hang, a triple fault, a kernel that
 * stops in the middle of a suite. ktest=all leaves them out; the test
 * harness runs each by name and checks that it is caught and reported
 * (tests/harness/checks.py, the selftest_* checks). A student can run one
 * to see what Linnet prints: ktest=demo_oops.
 */
#include <kunit/test.h>
#include <linux/reboot.h>
#include <asm/desc.h>

static void demo_expect_fail_test(struct kunit *test)
{
	int one_plus_one = 1 + 1;

	KUNIT_EXPECT_EQ(test, one_plus_one, 3);
}

static struct kunit_case demo_fail_cases[] = { KUNIT_CASE(demo_expect_fail_test), {} };

static struct kunit_suite demo_fail_suite = {
	.name = "demo_fail",
	.test_cases = demo_fail_cases,
};

static void demo_null_deref_test(struct kunit *test)
{
	int *volatile p = NULL;

	*p = 1;
	KUNIT_FAIL(test, "a NULL store did not fault");
}

static void demo_after_oops_test(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, 2 + 2, 4);
}

static struct kunit_case demo_oops_cases[] = { KUNIT_CASE(demo_null_deref_test),
					       KUNIT_CASE(demo_after_oops_test),
					       {} };

static struct kunit_suite demo_oops_suite = {
	.name = "demo_oops",
	.test_cases = demo_oops_cases,
};

static void demo_bug_test(struct kunit *test)
{
	BUG();
}

static struct kunit_case demo_bug_cases[] = { KUNIT_CASE(demo_bug_test), {} };

static struct kunit_suite demo_bug_suite = {
	.name = "demo_bug",
	.test_cases = demo_bug_cases,
};

static void demo_hang_test(struct kunit *test)
{
	for (;;)
		__asm__ __volatile__("cli; hlt");
}

static struct kunit_case demo_hang_cases[] = { KUNIT_CASE(demo_hang_test), {} };

static struct kunit_suite demo_hang_suite = {
	.name = "demo_hang",
	.test_cases = demo_hang_cases,
};

static void demo_triple_fault_test(struct kunit *test)
{
	struct desc_ptr no_idt = { 0, 0 };

	/* No IDT: the breakpoint cannot be delivered, nor the double fault: reset */
	__asm__ __volatile__("lidt %0; int3" : : "m"(no_idt));
}

static struct kunit_case demo_triple_fault_cases[] = { KUNIT_CASE(demo_triple_fault_test), {} };

static struct kunit_suite demo_triple_fault_suite = {
	.name = "demo_triple_fault",
	.test_cases = demo_triple_fault_cases,
};

static void demo_stop_test(struct kunit *test)
{
	/* Leave QEMU saying "pass" before the results are printed */
	qemu_debug_exit(0);
}

static struct kunit_case demo_missing_result_cases[] = { KUNIT_CASE(demo_stop_test), {} };

static struct kunit_suite demo_missing_result_suite = {
	.name = "demo_missing_result",
	.test_cases = demo_missing_result_cases,
};

kunit_test_suites(&demo_fail_suite, &demo_oops_suite, &demo_bug_suite, &demo_hang_suite,
		  &demo_triple_fault_suite, &demo_missing_result_suite);

/* Undefined behaviour: seen only in a kernel built with make UBSAN=1 */
static void demo_shift_test(struct kunit *test)
{
	volatile unsigned int width = 32;
	volatile unsigned int one = 1;

	KUNIT_EXPECT_NE(test, one << width, 0x12345678u);
}

static void demo_overflow_test(struct kunit *test)
{
	volatile int big = INT_MAX;

	KUNIT_EXPECT_NE(test, big + 1, 0);
}

static struct kunit_case demo_ubsan_cases[] = { KUNIT_CASE(demo_shift_test),
						KUNIT_CASE(demo_overflow_test),
						{} };

static struct kunit_suite demo_ubsan_suite = {
	.name = "demo_ubsan",
	.test_cases = demo_ubsan_cases,
};
kunit_test_suite(demo_ubsan_suite);

/* A write past a local array: the stack protector catches it on return */
static noinline void fill(volatile char *p, int n)
{
	int i;

	for (i = 0; i < n; i++)
		p[i] = 'A';
}

static void demo_stack_smash_test(struct kunit *test)
{
	char buf[8];

	/*
	 * Four bytes past the array: GCC puts the canary right above it. No
	 * further: the saved frame and the caller's stack stay intact, so the
	 * oops on return is the only damage and KUnit goes on.
	 */
	fill(buf, 12);
	KUNIT_EXPECT_EQ(test, buf[0], 'A');
}

static struct kunit_case demo_stack_smash_cases[] = { KUNIT_CASE(demo_stack_smash_test), {} };

static struct kunit_suite demo_stack_smash_suite = {
	.name = "demo_stack_smash",
	.test_cases = demo_stack_smash_cases,
};
kunit_test_suite(demo_stack_smash_suite);

/* A write to const data: the page is mapped read-only, so it oopses */
static const int demo_rodata_value = 1;

static void demo_rodata_test(struct kunit *test)
{
	*(volatile int *)&demo_rodata_value = 2;
	KUNIT_FAIL(test, "the write to read-only data went through");
}

static struct kunit_case demo_rodata_cases[] = { KUNIT_CASE(demo_rodata_test), {} };

static struct kunit_suite demo_rodata_suite = {
	.name = "demo_rodata",
	.test_cases = demo_rodata_cases,
};
kunit_test_suite(demo_rodata_suite);
