/*
 * bad_page_test.c - KUnit tests for the page allocator's misuse reports.
 *
 * Each case misuses one page the way a student might (freeing it twice,
 * with the wrong order, freeing a reserved page, one still mapped, one
 * still referenced) and checks that the allocator refused: the free lists
 * are exactly as before and pass the invariant checker. Each prints
 * "BUG: Bad page state" on purpose; tests/harness/checks.py counts them.
 */
#include <kunit/test.h>
#include <linux/mm.h>
#include <linux/kconfig.h>

extern char _text[];

static unsigned long free_before;

static int bad_page_init(struct kunit *test)
{
	drain_local_pages(NULL);
	free_before = nr_free_pages();
	return 0;
}

static void expect_lists_intact(struct kunit *test)
{
	drain_local_pages(NULL);
	KUNIT_EXPECT_EQ(test, page_alloc_check(), 0);
	KUNIT_EXPECT_EQ(test, nr_free_pages(), free_before);
}

static void double_free_test(struct kunit *test)
{
	struct page *p = alloc_pages(GFP_KERNEL, 2);

	KUNIT_ASSERT_NOT_NULL(test, p);
	__free_pages(p, 2);
	__free_pages(p, 2); /* reported, ignored */
	expect_lists_intact(test);
}

/* CONFIG_DEBUG_PAGE_ORDER (Linnet's, on in the test kernels): the order is checked */
static void wrong_order_test(struct kunit *test)
{
	struct page *p;

	if (!IS_ENABLED(CONFIG_DEBUG_PAGE_ORDER))
		kunit_skip(test, "CONFIG_DEBUG_PAGE_ORDER is off");
	p = alloc_pages(GFP_KERNEL, 2);
	KUNIT_ASSERT_NOT_NULL(test, p);
	__free_pages(p, 1); /* reported; the block stays allocated */
	KUNIT_EXPECT_EQ(test, page_count(p), 0);
	set_page_count(p, 1);
	__free_pages(p, 2);
	expect_lists_intact(test);
}

static void reserved_test(struct kunit *test)
{
	struct page *p = virt_to_page(_text);

	KUNIT_ASSERT_TRUE(test, PageReserved(p));
	__free_page(p); /* the kernel's own text: reported, not freed */
	KUNIT_EXPECT_TRUE(test, PageReserved(p));
	set_page_count(p, 1);
	expect_lists_intact(test);
}

static void still_mapped_test(struct kunit *test)
{
	struct page *p = alloc_page(GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, p);
	atomic_set(&p->_mapcount, 0); /* as if a page table still mapped it */
	__free_page(p);
	reset_page_mapcount(p);
	set_page_count(p, 1);
	__free_page(p);
	expect_lists_intact(test);
}

static void still_referenced_test(struct kunit *test)
{
	struct page *p = alloc_page(GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, p);
	free_hot_page(p); /* skips the reference drop: count is still 1 */
	KUNIT_EXPECT_EQ(test, page_count(p), 1);
	__free_page(p);
	expect_lists_intact(test);
}

static struct kunit_case bad_page_test_cases[] = {
	KUNIT_CASE(double_free_test),  KUNIT_CASE(wrong_order_test),	  KUNIT_CASE(reserved_test),
	KUNIT_CASE(still_mapped_test), KUNIT_CASE(still_referenced_test), {}
};

static struct kunit_suite bad_page_test_suite = {
	.name = "buddy_bad_page",
	.init = bad_page_init,
	.test_cases = bad_page_test_cases,
};
kunit_test_suite(bad_page_test_suite);
