/*
 * highmem_test.c - KUnit tests for kmap and kmap_atomic (mm/highmem.c).
 *
 * A high page has no address until it is mapped (kunmap unmaps lazily,
 * so a recently kmapped page may keep its slot); what is written through
 * one mapping must be read back through another. Skipped on machines
 * without ZONE_HIGHMEM (below 896 MiB).
 */
#include <kunit/test.h>
#include <linux/highmem.h>
#include <linux/kthread.h>
#include <linux/sched.h>
#include <linux/delay.h>

static struct page *high_page(struct kunit *test)
{
	struct page *p;

	if (!populated_zone(&NODE_DATA(0)->node_zones[ZONE_HIGHMEM]))
		kunit_skip(test, "no highmem on this machine");
	p = alloc_page(GFP_HIGHUSER);
	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_ASSERT_TRUE(test, PageHighMem(p));
	return p;
}

static void kmap_write_kmap_atomic_read_test(struct kunit *test)
{
	struct page *p = high_page(test);
	u32 *v, *w;
	unsigned int level;
	pte_t *pte;
	int i, bad = 0;

	/* Unmapped, or still in a slot that kunmap left for the lazy flush */
	v = page_address(p);
	KUNIT_EXPECT_TRUE(test, !v || (unsigned long)v >= PKMAP_BASE);
	v = kmap(p);
	KUNIT_EXPECT_PTR_EQ(test, page_address(p), (void *)v);
	KUNIT_EXPECT_GE(test, (unsigned long)v, PKMAP_BASE);
	KUNIT_EXPECT_PTR_EQ(test, kmap(p), (void *)v); /* one slot, counted twice */
	kunmap(p);
	for (i = 0; i < 1024; i++)
		v[i] = 0x1badb002 ^ i;
	kunmap(p);
	w = kmap_atomic(p, KM_USER0);
	KUNIT_EXPECT_EQ(test, (unsigned long)w, fix_to_virt(FIX_KMAP_BEGIN + KM_USER0));
	KUNIT_EXPECT_PTR_EQ(test, kmap_atomic_to_page(w), p);
	for (i = 0; i < 1024; i++)
		bad += w[i] != (0x1badb002 ^ (u32)i);
	kunmap_atomic(w, KM_USER0);
	KUNIT_EXPECT_EQ(test, bad, 0);
	pte = lookup_address((unsigned long)w, &level);
	KUNIT_EXPECT_EQ(test, level, (unsigned int)PG_LEVEL_4K);
	KUNIT_EXPECT_TRUE(test, pte_none(*pte));
	__free_page(p);
}

static void kmap_low_page_is_direct_test(struct kunit *test)
{
	struct page *p = alloc_page(GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_EXPECT_PTR_EQ(test, kmap(p), lowmem_page_address(p));
	kunmap(p);
	KUNIT_EXPECT_PTR_EQ(test, kmap_atomic(p, KM_USER1), lowmem_page_address(p));
	kunmap_atomic(lowmem_page_address(p), KM_USER1);
	KUNIT_EXPECT_PTR_EQ(test, virt_to_page(page_address(p)), p);
	__free_page(p);
}

/* Two kmap_atomic slots map two pages at once: copy_highpage */
static void copy_highpage_test(struct kunit *test)
{
	struct page *a = high_page(test), *b = alloc_page(GFP_HIGHUSER);
	u8 *v;

	KUNIT_ASSERT_NOT_NULL(test, b);
	v = kmap(a);
	memset(v, 0x5a, PAGE_SIZE);
	kunmap(a);
	copy_highpage(b, a);
	v = kmap_atomic(b, KM_USER0);
	KUNIT_EXPECT_EQ(test, v[0], 0x5a);
	KUNIT_EXPECT_EQ(test, v[PAGE_SIZE - 1], 0x5a);
	kunmap_atomic(v, KM_USER0);
	__free_page(a);
	__free_page(b);
}

struct kmap_waiter {
	struct page *page;
	void *addr;
	bool done;
};

static int kmap_waiter_fn(void *data)
{
	struct kmap_waiter *w = data;

	w->addr = kmap(w->page);
	kunmap(w->page);
	WRITE_ONCE(w->done, true);
	return 0;
}

/*
 * With every pkmap slot in use, kmap() sleeps until a kunmap() frees one
 * (2.6.32's map_new_virtual), instead of failing or panicking.
 */
static void kmap_waits_for_a_free_slot_test(struct kunit *test)
{
	static struct page *held[LAST_PKMAP];
	struct kmap_waiter w = { .page = high_page(test) };
	struct task_struct *t;
	int i, n = 0, waited;

	for (i = 0; i < LAST_PKMAP; i++) {
		held[i] = alloc_page(GFP_HIGHUSER | __GFP_NOWARN);
		if (!held[i] || !PageHighMem(held[i]))
			break;
		kmap(held[i]);
		n++;
	}
	if (n < LAST_PKMAP)
		goto out;
	t = kthread_run(kmap_waiter_fn, &w, "kmap_waiter");
	KUNIT_ASSERT_FALSE(test, IS_ERR(t));
	msleep(50);
	KUNIT_EXPECT_FALSE(test, READ_ONCE(w.done)); /* asleep: no slot */
	kunmap(held[0]);
	for (waited = 0; !READ_ONCE(w.done) && waited < 1000; waited += 10)
		msleep(10);
	KUNIT_EXPECT_TRUE(test, READ_ONCE(w.done));
	KUNIT_EXPECT_NOT_NULL(test, w.addr);
	kmap(held[0]);
out:
	for (i = 0; i < n; i++)
		kunmap(held[i]);
	for (i = 0; i < n || (i < LAST_PKMAP && held[i]); i++)
		__free_page(held[i]);
	__free_page(w.page);
	if (n < LAST_PKMAP)
		kunit_skip(test, "fewer than %d high pages", LAST_PKMAP);
}

static struct kunit_case highmem_test_cases[] = { KUNIT_CASE(kmap_write_kmap_atomic_read_test),
						  KUNIT_CASE(kmap_low_page_is_direct_test),
						  KUNIT_CASE(copy_highpage_test),
						  KUNIT_CASE(kmap_waits_for_a_free_slot_test),
						  {} };

static struct kunit_suite highmem_test_suite = {
	.name = "highmem",
	.test_cases = highmem_test_cases,
};
kunit_test_suite(highmem_test_suite);
