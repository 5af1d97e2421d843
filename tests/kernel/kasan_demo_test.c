/*
 * kasan_demo_test.c - the bugs KASAN exists to catch, caught (demo_kasan).
 *
 * Each case makes one bad access on purpose; on a `make KASAN=1` kernel
 * the access itself is reported ("BUG: KASAN: slab-out-of-bounds in
 * demo_kasan_oob_test+0x..") and the case goes on, since KASAN reports
 * and continues as Linux does. The harness (check kasan_kernel) reads
 * the reports. Built without KASAN the suite skips: the accesses would
 * silently corrupt memory, which is the point. The pointers are
 * volatile so the compiler keeps each access where it is written.
 * See docs/debugging.md.
 */
#include <kunit/test.h>
#include <linux/kasan.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>

static char demo_global[10];

static int demo_kasan_init(struct kunit *test)
{
	if (!IS_ENABLED(CONFIG_KASAN))
		kunit_skip(test, "needs a KASAN kernel (make KASAN=1)");
	return 0;
}

/* One byte past a 13-byte object: the kmalloc-16 slack is red zone */
static void demo_kasan_oob_test(struct kunit *test)
{
	volatile char *p = kmalloc(13, GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, p);
	p[13] = 'x';
	kfree((void *)p);
}

/* A read after kfree(): the object sits poisoned in the quarantine */
static void demo_kasan_uaf_test(struct kunit *test)
{
	volatile char *p = kmalloc(13, GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, p);
	p[0] = 'a';
	kfree((void *)p);
	KUNIT_EXPECT_NE(test, p[0], 'b'); /* the bad read; it finds the 'a' */
}

static void demo_kasan_double_free_test(struct kunit *test)
{
	char *p = kmalloc(32, GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, p);
	kfree(p);
	kfree(p);
}

static void demo_kasan_global_oob_test(struct kunit *test)
{
	char *volatile p = demo_global;

	p[10] = 1; /* GCC put a red zone after the array */
}

static void demo_kasan_stack_oob_test(struct kunit *test)
{
	volatile char buf[8];
	volatile char *volatile p = buf;

	p[0] = 0;
	p[8] = 1; /* GCC put a red zone after the array, in the shadow */
	KUNIT_EXPECT_EQ(test, buf[0], 0);
}

static void demo_kasan_vmalloc_oob_test(struct kunit *test)
{
	char *volatile p = vmalloc(100);

	KUNIT_ASSERT_NOT_NULL(test, p);
	p[100] = 1; /* in the page, but past what was asked */
	vfree(p);
}

static struct kunit_case demo_kasan_cases[] = { KUNIT_CASE(demo_kasan_oob_test),
						KUNIT_CASE(demo_kasan_uaf_test),
						KUNIT_CASE(demo_kasan_double_free_test),
						KUNIT_CASE(demo_kasan_global_oob_test),
						KUNIT_CASE(demo_kasan_stack_oob_test),
						KUNIT_CASE(demo_kasan_vmalloc_oob_test),
						{} };

static struct kunit_suite demo_kasan_suite = {
	.name = "demo_kasan",
	.init = demo_kasan_init,
	.test_cases = demo_kasan_cases,
};
kunit_test_suite(demo_kasan_suite);
