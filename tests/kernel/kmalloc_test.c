/*
 * kmalloc_test.c - KUnit tests for kmalloc() and friends (mm/slab_common.c, mm/util.c).
 *
 * The size classes and their names, DMA and large allocations, the
 * Linux rules of kzalloc/kcalloc/krealloc/ksize and the kstr* helpers,
 * reports for bad kfree() calls and for allocations that may sleep in
 * atomic context, and a mixed stress that must give every page back.
 */
#include <kunit/test.h>
#include <linnet/might_sleep.h>
#include <kunit/printk_capture.h>
#include "mm_test.h"
#include <linux/hardirq.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/slab_def.h>
#include <linux/string.h>

static struct printk_capture cap;

/* The cache a kmalloc() object came from: its page says (page->lru.next) */
static struct kmem_cache *cache_of(const void *p)
{
	return (struct kmem_cache *)virt_to_page(p)->lru.next;
}

static unsigned long free_pages_now(void)
{
	return drained_free_pages();
}

static void kmalloc_size_classes_test(struct kunit *test)
{
	static const struct {
		size_t req, got;
		const char *cache;
	} cases[] = {
		/* 2.6.32's classes with 4 KiB pages and 64-byte lines: no 8, 16 or 96 */
		{ 1, 32, "size-32" },	       { 9, 32, "size-32" },
		{ 33, 64, "size-64" },	       { 65, 128, "size-128" },
		{ 97, 128, "size-128" },       { 129, 192, "size-192" },
		{ 193, 256, "size-256" },      { 257, 512, "size-512" },
		{ 4096, 4096, "size-4096" },   { 5000, 8192, "size-8192" },
		{ 8193, 16384, "size-16384" }, { 70000, 131072, "size-131072" },
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		void *p = kmalloc(cases[i].req, GFP_KERNEL);

		KUNIT_ASSERT_NOT_NULL(test, p);
		KUNIT_EXPECT_EQ(test, ksize(p), cases[i].got);
		KUNIT_EXPECT_STREQ(test, kmem_cache_name(cache_of(p)), cases[i].cache);
		KUNIT_EXPECT_EQ(test, (unsigned long)p % ARCH_KMALLOC_MINALIGN, 0UL);
		KUNIT_EXPECT_FALSE(test, PageHighMem(virt_to_page(p)));
		memset(p, 0xa1, ksize(p));
		kfree(p);
	}
}

static void kmalloc_zero_and_null_test(struct kunit *test)
{
	KUNIT_EXPECT_PTR_EQ(test, kmalloc(0, GFP_KERNEL), ZERO_SIZE_PTR);
	KUNIT_EXPECT_EQ(test, ksize(ZERO_SIZE_PTR), 0U); /* ksize(NULL) is a BUG, as in 2.6.32 */
	kfree(NULL);
	kfree(ZERO_SIZE_PTR);
}

static void kmalloc_dma_test(struct kunit *test)
{
	void *p = kmalloc(300, GFP_KERNEL | GFP_DMA);
	void *big = kmalloc(20000, GFP_KERNEL | GFP_DMA);

	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_ASSERT_NOT_NULL(test, big);
	KUNIT_EXPECT_LT(test, __pa(p), 16UL << 20);
	KUNIT_EXPECT_LT(test, __pa(big), 16UL << 20);
	KUNIT_EXPECT_STREQ(test, kmem_cache_name(cache_of(p)), "size-512(DMA)");
	kfree(p);
	kfree(big);
}

/* No page-allocator bypass: a large kmalloc() is a slab object, up to 4 MiB */
static void kmalloc_large_test(struct kunit *test)
{
	unsigned long before;
	u8 *p, *m;

	shrink_kmalloc_caches();
	before = free_pages_now();
	p = kmalloc(3 * PAGE_SIZE, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_EXPECT_EQ(test, ksize(p), 4 * PAGE_SIZE);
	KUNIT_EXPECT_TRUE(test, PageSlab(virt_to_page(p)));
	KUNIT_EXPECT_TRUE(test, PageSlab(virt_to_page(p + 3 * PAGE_SIZE)));
	KUNIT_EXPECT_STREQ(test, kmem_cache_name(cache_of(p)), "size-16384");
	p[3 * PAGE_SIZE - 1] = 1;
	kfree(p);
	m = kmalloc(600 * 1024, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, m);
	KUNIT_EXPECT_STREQ(test, kmem_cache_name(cache_of(m)), "size-1048576");
	KUNIT_EXPECT_EQ(test, ksize(m), 1UL << 20);
	m[600 * 1024 - 1] = 1;
	kfree(m);
	shrink_kmalloc_caches();
	KUNIT_EXPECT_EQ(test, free_pages_now(), before);
	/* above KMALLOC_MAX_SIZE: NULL, without a warning (2.6.32) */
	printk_capture_start(&cap);
	KUNIT_EXPECT_NULL(test, kmalloc(KMALLOC_MAX_SIZE + 1, GFP_KERNEL));
	printk_capture_stop(&cap);
	KUNIT_EXPECT_FALSE(test, printk_capture_contains(&cap, "WARNING"));
}

static void kmalloc_zeroing_test(struct kunit *test)
{
	u8 *p = kmalloc(100, GFP_KERNEL);
	unsigned int i, nonzero = 0;

	KUNIT_ASSERT_NOT_NULL(test, p);
	memset(p, 0xff, 100);
	kfree(p);
	p = kzalloc(100, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	for (i = 0; i < 100; i++)
		nonzero += p[i] != 0;
	KUNIT_EXPECT_EQ(test, nonzero, 0U);
	kfree(p);
	KUNIT_EXPECT_NULL(test, kcalloc(0x40000000, 8, GFP_KERNEL));
	p = kcalloc(25, 4, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_EXPECT_EQ(test, p[99], 0);
	kfree(p);
}

static void kmalloc_krealloc_test(struct kunit *test)
{
	char *p = krealloc(NULL, 10, GFP_KERNEL), *q;

	KUNIT_ASSERT_NOT_NULL(test, p);
	strcpy(p, "linnet");
	KUNIT_EXPECT_PTR_EQ(test, krealloc(p, 16, GFP_KERNEL), (void *)p); /* fits: same block */
	q = krealloc(p, 200, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, q);
	KUNIT_EXPECT_STREQ(test, q, "linnet");
	KUNIT_EXPECT_EQ(test, ksize(q), 256U);
	KUNIT_EXPECT_NULL(test, krealloc(q, KMALLOC_MAX_SIZE + 1, GFP_KERNEL | __GFP_NOWARN));
	KUNIT_EXPECT_STREQ(test, q, "linnet"); /* a failed krealloc leaves the block */
	KUNIT_EXPECT_PTR_EQ(test, krealloc(q, 0, GFP_KERNEL), ZERO_SIZE_PTR);
}

static void kmalloc_dup_test(struct kunit *test)
{
	char *s = kstrdup("slab allocator", GFP_KERNEL);
	char *n = kstrndup("slab allocator", 4, GFP_KERNEL);
	static const u8 bytes[5] = { 1, 2, 3, 4, 5 };
	u8 *m = kmemdup(bytes, sizeof(bytes), GFP_KERNEL);

	if (!s || !n || !m) {
		kfree(s);
		kfree(n);
		kfree(m);
		KUNIT_FAIL(test, "no memory");
		return;
	}
	KUNIT_EXPECT_STREQ(test, s, "slab allocator");
	KUNIT_EXPECT_STREQ(test, n, "slab");
	KUNIT_EXPECT_EQ(test, memcmp(m, bytes, sizeof(bytes)), 0);
	KUNIT_EXPECT_NULL(test, kstrdup(NULL, GFP_KERNEL));
	kfree(s);
	kfree(n);
	kfree(m);
}

static int not_from_kmalloc;

static void kmalloc_bad_kfree_test(struct kunit *test)
{
	struct page *page = alloc_page(GFP_KERNEL);
	void *p;

	KUNIT_ASSERT_NOT_NULL(test, page);
	printk_capture_start(&cap);
	kfree(&not_from_kmalloc);
	kfree(page_address(page));
	printk_capture_stop(&cap);
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, "was not allocated by kmalloc()"));
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, "Call Trace:"));
	__free_page(page);
	p = kmalloc(32, GFP_KERNEL);
	KUNIT_EXPECT_NOT_NULL(test, p);
	kfree(p);
}

static void kmalloc_double_kfree_test(struct kunit *test)
{
	void *p = kmalloc(40, GFP_KERNEL), *q;

	KUNIT_ASSERT_NOT_NULL(test, p);
	if (!(cache_of(p)->flags & SLAB_RED_ZONE))
		kunit_skip(test, "boot without slab_debug");
	kfree(p);
	printk_capture_start(&cap);
	kfree(p);
	printk_capture_stop(&cap);
	KUNIT_EXPECT_TRUE(test,
			  printk_capture_contains(&cap, "slab error in verify_redzone_free(): "
							"cache `size-64': double free detected"));
	p = kmalloc(40, GFP_KERNEL);
	q = kmalloc(40, GFP_KERNEL);
	KUNIT_EXPECT_PTR_NE(test, p, q);
	kfree(p);
	kfree(q);
}

static void kmalloc_sleeping_in_atomic_test(struct kunit *test)
{
	void *p;

	might_sleep_ratelimit_reset();
	printk_capture_start(&cap);
	p = kmalloc(16, GFP_ATOMIC);
	kfree(p);
	preempt_disable();
	p = kmalloc(16, GFP_ATOMIC);
	preempt_enable();
	kfree(p);
	KUNIT_EXPECT_FALSE(test, printk_capture_contains(&cap, "sleeping function"));
	add_preempt_count(HARDIRQ_OFFSET); /* as irq_enter() does */
	p = kmalloc(16, GFP_KERNEL);
	sub_preempt_count(HARDIRQ_OFFSET);
	printk_capture_stop(&cap);
	kfree(p);
	KUNIT_EXPECT_TRUE(test,
			  printk_capture_contains(
				  &cap, "BUG: sleeping function called from invalid context at"));
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, "in_atomic(): 1"));
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, "Call Trace:"));
}

struct rec {
	void *p;
	size_t size;
	bool cached;
};

/* Mixed sizes and a private cache; every byte checked; every page back. */
static void kmalloc_stress_test(struct kunit *test)
{
	struct kmem_cache *c = kmem_cache_create("test_stress", 56, 0, SLAB_HWCACHE_ALIGN, NULL);
	static struct rec recs[600];
	unsigned long before, seed = 7;
	unsigned int step, i;

	KUNIT_ASSERT_NOT_NULL(test, c);
	shrink_kmalloc_caches();
	before = free_pages_now();
	for (step = 0; step < 6000; step++) {
		struct rec *r;

		seed = seed * 1103515245 + 12345;
		r = &recs[(seed >> 4) % ARRAY_SIZE(recs)];
		if (r->p) {
			KUNIT_EXPECT_EQ(test, ((u8 *)r->p)[r->size - 1], (u8)r->size);
			if (r->cached)
				kmem_cache_free(c, r->p);
			else
				kfree(r->p);
			r->p = NULL;
			continue;
		}
		r->cached = (seed >> 16) % 4 == 0;
		r->size = r->cached ? 56 : 1 + (seed >> 12) % ((seed & 0x100) ? 9000 : 300);
		r->p = r->cached ? kmem_cache_alloc(c, GFP_KERNEL) :
				   kmalloc(r->size, (seed & 0x200) ? GFP_ATOMIC : GFP_KERNEL);
		KUNIT_ASSERT_NOT_NULL(test, r->p);
		memset(r->p, (u8)r->size, r->size);
	}
	for (i = 0; i < ARRAY_SIZE(recs); i++) {
		if (recs[i].p && recs[i].cached)
			kmem_cache_free(c, recs[i].p);
		else
			kfree(recs[i].p);
		recs[i].p = NULL;
	}
	KUNIT_EXPECT_EQ(test, kmem_cache_shrink(c), 0);
	shrink_kmalloc_caches();
	KUNIT_EXPECT_EQ(test, free_pages_now(), before);
	kmem_cache_destroy(c);
}

static void kmalloc_slabinfo_test(struct kunit *test)
{
	static char buf[16384];
	void *p = kmalloc(100, GFP_KERNEL);
	int n = slabinfo_show(buf, sizeof(buf));

	KUNIT_EXPECT_GT(test, n, 0);
	KUNIT_EXPECT_EQ(
		test, strncmp(buf, "slabinfo - version: 2.1\n# name            <active_objs>", 53),
		0);
	KUNIT_EXPECT_NOT_NULL(test, strstr(buf, "\nsize-128 "));
	KUNIT_EXPECT_NOT_NULL(test, strstr(buf, "\nsize-128(DMA) "));
	KUNIT_EXPECT_NOT_NULL(test, strstr(buf, "\nkmem_cache "));
	KUNIT_EXPECT_NOT_NULL(test, strstr(buf, " : tunables  120   60    0 : slabdata "));
	kfree(p);
}

static struct kunit_case kmalloc_cases[] = { KUNIT_CASE(kmalloc_size_classes_test),
					     KUNIT_CASE(kmalloc_zero_and_null_test),
					     KUNIT_CASE(kmalloc_dma_test),
					     KUNIT_CASE(kmalloc_large_test),
					     KUNIT_CASE(kmalloc_zeroing_test),
					     KUNIT_CASE(kmalloc_krealloc_test),
					     KUNIT_CASE(kmalloc_dup_test),
					     KUNIT_CASE(kmalloc_bad_kfree_test),
					     KUNIT_CASE(kmalloc_double_kfree_test),
					     KUNIT_CASE(kmalloc_sleeping_in_atomic_test),
					     KUNIT_CASE(kmalloc_stress_test),
					     KUNIT_CASE(kmalloc_slabinfo_test),
					     {} };

static struct kunit_suite kmalloc_suite = {
	.name = "kmalloc",
	.test_cases = kmalloc_cases,
};
kunit_test_suite(kmalloc_suite);
