/*
 * bad_page_test.c - KUnit tests for the page allocator's misuse reports.
 *
 * Each case misuses one page the way a student might (freeing it twice,
 * with the wrong order, freeing a reserved page, one still mapped, one
 * still referenced) and checks that the allocator refused: the free lists
 * are exactly as before and pass the invariant checker. Each prints
 * "BUG: Bad page state" on purpose; tests/harness/checks.py counts them.
 *
 * Suite buddy_bad_page_report checks the reports themselves, as 2.6.32
 * makes them: at most a burst of 60 a minute (then "BUG: Bad page state:
 * N messages suppressed" once the minute is over), the kernel tainted B
 * (TAINT_BAD_PAGE), and a bad page found on allocation loses PG_buddy.
 */
#include <kunit/test.h>
#include <linux/mm.h>
#include <linux/kconfig.h>
#include <kunit/printk_capture.h>

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

/*
 * bad_page() reports a burst of 60, then stays quiet for the rest of the
 * minute (2.6.32's rule). The burst's state is shared with every earlier
 * report of this boot, so the case provokes 121 reports, capturing each
 * one alone: at most 60 are printed before the minute ends and at most 60
 * after it (the loop takes far less than a minute), so at least one of
 * the 121 must be suppressed. A report that follows suppressed ones
 * begins by counting them.
 */
#define RATELIMIT_TRIES 121

static void ratelimit_test(struct kunit *test)
{
	/* from the buddy lists, not a slab that would keep the pages */
	struct printk_capture *cap =
		(void *)__get_free_pages(GFP_KERNEL | __GFP_ZERO, get_order(sizeof(*cap)));
	struct page *p = virt_to_page(_text);
	unsigned int i, printed = 0;
	bool quiet = false;

	KUNIT_ASSERT_NOT_NULL(test, cap);
	for (i = 0; i < RATELIMIT_TRIES; i++) {
		printk_capture_start(cap);
		__free_page(p); /* reserved: reported (or suppressed), not freed */
		printk_capture_stop(cap);
		set_page_count(p, 1);
		if (!printk_capture_contains(cap, "BUG: Bad page state in process")) {
			quiet = true;
			continue;
		}
		printed++;
		if (quiet)
			KUNIT_EXPECT_TRUE(test,
					  printk_capture_contains(cap, "messages suppressed"));
		quiet = false;
	}
	free_pages((unsigned long)cap, get_order(sizeof(*cap)));
	KUNIT_EXPECT_LT(test, printed, RATELIMIT_TRIES);
	KUNIT_EXPECT_TRUE(test, test_taint(TAINT_BAD_PAGE));
	expect_lists_intact(test);
}

/*
 * A page that picked up PG_buddy while on a per-CPU list (a stray write)
 * is reported and leaked when allocated, and PG_buddy is cleared so the
 * buddy allocator can never take the leaked page for a free buddy and
 * merge it.
 */
static void new_page_buddy_test(struct kunit *test)
{
	struct page *p = alloc_page(GFP_KERNEL), *q;
	unsigned long flags;

	KUNIT_ASSERT_NOT_NULL(test, p);
	local_irq_save(flags);
	__free_page(p); /* the head of this CPU's hot list */
	if (PageBuddy(p)) {
		/* went straight to the buddy lists (no per-CPU list at this size) */
		local_irq_restore(flags);
		kunit_skip(test, "the freed page is on a buddy list, not a per-CPU list");
	}
	__SetPageBuddy(p);
	q = alloc_page(GFP_ATOMIC); /* finds p bad, leaks it, takes the next */
	local_irq_restore(flags);
	KUNIT_ASSERT_NOT_NULL(test, q);
	KUNIT_EXPECT_TRUE(test, q != p);
	KUNIT_EXPECT_FALSE(test, PageBuddy(p));
	__ClearPageBuddy(p);
	set_page_count(p, 1);
	__free_page(p);
	__free_page(q);
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

/*
 * A suite of its own: its reports use up the burst, and the harness's
 * mm_zones check counts buddy_bad_page's reports exactly.
 */
static struct kunit_case bad_page_report_test_cases[] = { KUNIT_CASE(new_page_buddy_test),
							  KUNIT_CASE(ratelimit_test),
							  {} };

static struct kunit_suite bad_page_report_test_suite = {
	.name = "buddy_bad_page_report",
	.init = bad_page_init,
	.test_cases = bad_page_report_test_cases,
};
kunit_test_suites(&bad_page_test_suite, &bad_page_report_test_suite);
