/*
 * vmalloc_test.c - KUnit tests for vmalloc() and vmap() (mm/vmalloc.c).
 *
 * Areas, their guard pages and first-fit placement; high pages first;
 * vzalloc, vmalloc_32, vmap; the reports for freeing with the wrong
 * function; MemFree restored; and a vmalloc() larger than any free
 * physical block on a machine whose low memory has been fragmented on
 * purpose. The guard page fault itself is in demo_vmalloc_guard (it
 * oopses), checked by the harness.
 */
#include <kunit/test.h>
#include <kunit/printk_capture.h>
#include "mm_test.h"
#include <linux/highmem.h>
#include <linux/list.h>
#include <linux/mm.h>
#include <linux/mmzone.h>
#include <linux/slab.h>
#include <linux/slab_def.h>
#include <linux/vmalloc.h>
#include <linux/vmstat.h>

static struct printk_capture cap;

static unsigned long free_pages_now(void)
{
	shrink_kmalloc_caches();
	return drained_free_pages();
}

/* The first byte of the page mapped at @addr, read through its own mapping */
static u8 read_through_page(const void *addr)
{
	u8 *kaddr = kmap_atomic(vmalloc_to_page(addr), KM_USER0);
	u8 val = kaddr[(unsigned long)addr & ~PAGE_MASK];

	kunmap_atomic(kaddr, KM_USER0);
	return val;
}

static void vmalloc_zero_and_null_test(struct kunit *test)
{
	KUNIT_EXPECT_NULL(test, vmalloc(0));
	vfree(NULL);
}

static void vmalloc_area_test(struct kunit *test)
{
	u8 *p = vmalloc(3 * PAGE_SIZE + 8); /* byte 7 of the fourth page is ours */
	struct vm_struct *area = find_vm_area(p);
	unsigned int i;

	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_ASSERT_NOT_NULL(test, area);
	KUNIT_EXPECT_TRUE(test, is_vmalloc_addr(p));
	KUNIT_EXPECT_GE(test, (unsigned long)p, VMALLOC_START);
	KUNIT_EXPECT_EQ(test, area->size, 5 * PAGE_SIZE); /* 4 pages and the guard */
	KUNIT_EXPECT_EQ(test, area->nr_pages, 4U);
	KUNIT_EXPECT_EQ(test, area->flags, (unsigned long)VM_ALLOC);
	for (i = 0; i < 4; i++) {
		p[i * PAGE_SIZE + 7] = 0x40 + i;
		KUNIT_EXPECT_PTR_EQ(test, vmalloc_to_page(p + i * PAGE_SIZE), area->pages[i]);
		KUNIT_EXPECT_EQ(test, read_through_page(p + i * PAGE_SIZE + 7), 0x40 + i);
	}
	KUNIT_EXPECT_NULL(test, vmalloc_to_page(p + 4 * PAGE_SIZE)); /* the guard page */
	vfree(p);
	KUNIT_EXPECT_NULL(test, find_vm_area(p));
}

static void vmalloc_high_first_test(struct kunit *test)
{
	void *p = vmalloc(4 * PAGE_SIZE), *q = vmalloc_32(4 * PAGE_SIZE);
	struct vm_struct *a = find_vm_area(p), *b = find_vm_area(q);
	unsigned int i;

	KUNIT_ASSERT_TRUE(test, a && b);
	for (i = 0; i < 4; i++) {
		KUNIT_EXPECT_EQ(test, !!PageHighMem(a->pages[i]), totalhigh_pages != 0);
		KUNIT_EXPECT_FALSE(test, PageHighMem(b->pages[i]));
	}
	vfree(p);
	vfree(q);
}

static void vmalloc_first_fit_test(struct kunit *test)
{
	char *a = vmalloc(PAGE_SIZE), *b = vmalloc(2 * PAGE_SIZE), *c = vmalloc(PAGE_SIZE), *d;
	char vmallocinfo[2048];

	KUNIT_ASSERT_TRUE(test, a && b && c);
	/* each area is followed by its guard page */
	KUNIT_EXPECT_GE(test, (unsigned long)b, (unsigned long)a + 2 * PAGE_SIZE);
	KUNIT_EXPECT_GE(test, (unsigned long)c, (unsigned long)b + 3 * PAGE_SIZE);
	vmallocinfo_show(vmallocinfo, sizeof(vmallocinfo));
	KUNIT_EXPECT_NOT_NULL(test, strstr(vmallocinfo, "   12288 vmalloc_first_fit_test+0x"));
	KUNIT_EXPECT_NOT_NULL(test, strstr(vmallocinfo, " pages=2 vmalloc\n"));
	vfree(b);
	d = vmalloc(PAGE_SIZE); /* the first gap that fits is b's */
	KUNIT_EXPECT_PTR_EQ(test, d, b);
	vfree(a);
	vfree(c);
	vfree(d);
}

static void vzalloc_test(struct kunit *test)
{
	u8 *p = vmalloc(2 * PAGE_SIZE);
	unsigned int i, nonzero = 0;

	KUNIT_ASSERT_NOT_NULL(test, p);
	memset(p, 0xff, 2 * PAGE_SIZE);
	vfree(p);
	p = vzalloc(2 * PAGE_SIZE);
	KUNIT_ASSERT_NOT_NULL(test, p);
	for (i = 0; i < 2 * PAGE_SIZE; i++)
		nonzero += p[i] != 0;
	KUNIT_EXPECT_EQ(test, nonzero, 0U);
	vfree(p);
}

static void vmap_test(struct kunit *test)
{
	struct page *pages[3];
	u8 *v;
	unsigned int i;

	for (i = 0; i < 3; i++)
		pages[i] = alloc_page(GFP_KERNEL);
	v = pages[0] && pages[1] && pages[2] ? vmap(pages, 3, VM_MAP, PAGE_KERNEL) : NULL;
	if (!v) {
		for (i = 0; i < 3; i++)
			if (pages[i])
				__free_page(pages[i]);
		KUNIT_FAIL(test, "no memory");
		return;
	}
	for (i = 0; i < 3; i++) {
		v[i * PAGE_SIZE] = 0x70 + i;
		KUNIT_EXPECT_EQ(test, *(u8 *)page_address(pages[i]), 0x70 + i);
	}
	KUNIT_EXPECT_EQ(test, find_vm_area(v)->flags, (unsigned long)VM_MAP);
	vunmap(v);
	for (i = 0; i < 3; i++) {
		KUNIT_EXPECT_EQ(test, page_count(pages[i]), 1);
		__free_page(pages[i]);
	}
}

static void vmalloc_wrong_free_test(struct kunit *test)
{
	char *v = vmalloc(2 * PAGE_SIZE), *k = kmalloc(64, GFP_KERNEL);

	if (!v || !k) {
		vfree(v);
		kfree(k);
		KUNIT_FAIL(test, "no memory");
		return;
	}
	printk_capture_start(&cap);
	vfree(v + PAGE_SIZE);
	vfree(v + 5);
	vfree(k);
	kfree(v);
	printk_capture_stop(&cap);
	KUNIT_EXPECT_TRUE(test,
			  printk_capture_contains(&cap, "Trying to vfree() nonexistent vm area"));
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, "Trying to vfree() bad address"));
	KUNIT_EXPECT_TRUE(test,
			  printk_capture_contains(&cap, "Trying to vfree() kmalloc() memory"));
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, "is a vmalloc() address"));
	/* both are still whole */
	KUNIT_EXPECT_NOT_NULL(test, find_vm_area(v));
	v[2 * PAGE_SIZE - 1] = 1;
	k[63] = 1;
	vfree(v);
	kfree(k);
}

static void vmalloc_memfree_test(struct kunit *test)
{
	unsigned long before;
	void *p;

	vfree(vmalloc(1 << 20)); /* page tables for the area stay: make them first */
	before = free_pages_now();
	p = vmalloc(1 << 20);
	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_EXPECT_LE(test, free_pages_now(), before - 256);
	vfree(p);
	KUNIT_EXPECT_EQ(test, free_pages_now(), before);
}

/* The value of a "Label:   N kB" line of the meminfo view */
static unsigned long meminfo_kb(const char *label)
{
	static char buf[2048];
	unsigned long kb = 0;
	char *p;

	meminfo_show(buf, sizeof(buf));
	p = strstr(buf, label);
	if (p)
		kb = simple_strtoul(skip_spaces(p + strlen(label)), NULL, 10);
	return kb;
}

static void vmalloc_meminfo_test(struct kunit *test)
{
	unsigned long used = meminfo_kb("VmallocUsed:"), slab = meminfo_kb("Slab:");
	void *p = vmalloc(1 << 20);
	struct kmem_cache *c;
	void *obj;

	KUNIT_ASSERT_NOT_NULL(test, p);
	c = kmem_cache_create("test_meminfo", 2000, 0, 0, NULL);
	if (!c)
		vfree(p);
	KUNIT_ASSERT_NOT_NULL(test, c);
	obj = kmem_cache_alloc(c, GFP_KERNEL);
	if (!obj) { /* leave nothing behind for the next case to count */
		kmem_cache_destroy(c);
		vfree(p);
	}
	KUNIT_ASSERT_NOT_NULL(test, obj);
	KUNIT_EXPECT_EQ(test, meminfo_kb("VmallocTotal:"), (VMALLOC_END - VMALLOC_START) >> 10);
	KUNIT_EXPECT_EQ(test, meminfo_kb("VmallocUsed:"), used + 1024 + 4); /* and the guard page */
	KUNIT_EXPECT_GE(test, meminfo_kb("Slab:"), slab + 4);
	KUNIT_EXPECT_GT(test, meminfo_kb("VmallocChunk:"), 0UL);
	kmem_cache_free(c, obj);
	kmem_cache_destroy(c);
	vfree(p);
	KUNIT_EXPECT_EQ(test, meminfo_kb("VmallocUsed:"), used);
}

/* Take every free low page (reserves too), then give back all but one in four. */
static void fragment_low_memory(struct list_head *kept)
{
	LIST_HEAD(taken);
	struct page *page, *tmp;

	while ((page = alloc_page(GFP_ATOMIC | __GFP_NOWARN)) != NULL)
		list_add(&page->lru, &taken);
	list_for_each_entry_safe(page, tmp, &taken, lru) {
		list_del(&page->lru);
		if (page_to_pfn(page) % 4 == 0)
			list_add(&page->lru, kept);
		else
			__free_page(page);
	}
}

static unsigned int largest_free_order(void)
{
	unsigned int order, largest = 0;
	struct zone *zone;

	for_each_populated_zone(zone) for (order = 0; order < MAX_ORDER;
					   order++) if (zone->free_area[order].nr_free &&
							zone_idx(zone) != ZONE_HIGHMEM) largest =
		order;
	return largest;
}

static void vmalloc_larger_than_any_block_test(struct kunit *test)
{
	unsigned long size, before, i;
	struct page *page, *tmp;
	LIST_HEAD(kept);
	u8 *p;

	if (totalhigh_pages || totalram_pages > (256UL << 20) / PAGE_SIZE)
		kunit_skip(test, "for machines of at most 256 MiB without high memory");
	/* three quarters of what fragmenting leaves free: 64 MiB on a 128 MiB machine */
	size = min(64UL << 20, (free_pages_now() * PAGE_SIZE / 16 * 9) & PAGE_MASK);
	vfree(vmalloc(size)); /* the area's page tables stay: make them first */
	before = free_pages_now();
	fragment_low_memory(&kept);
	if (size <= (PAGE_SIZE << largest_free_order()) * 2) {
		list_for_each_entry_safe(page, tmp, &kept, lru)
			__free_page(page);
		kunit_skip(test, "too little memory to fragment");
	}
	p = vmalloc(size);
	KUNIT_EXPECT_NOT_NULL(test, p);
	kunit_info(test, "vmalloc(%lu MiB) with no free block above order %u", size >> 20,
		   largest_free_order());
	for (i = 0; p && i < size; i += PAGE_SIZE)
		p[i] = (u8)(i >> PAGE_SHIFT);
	for (i = 0; p && i < size; i += PAGE_SIZE)
		if (p[i] != (u8)(i >> PAGE_SHIFT))
			break;
	KUNIT_EXPECT_EQ(test, i, p ? size : 0);
	vfree(p);
	list_for_each_entry_safe(page, tmp, &kept, lru)
		__free_page(page);
	KUNIT_EXPECT_EQ(test, free_pages_now(), before);
}

static struct kunit_case vmalloc_cases[] = { KUNIT_CASE(vmalloc_zero_and_null_test),
					     KUNIT_CASE(vmalloc_area_test),
					     KUNIT_CASE(vmalloc_high_first_test),
					     KUNIT_CASE(vmalloc_first_fit_test),
					     KUNIT_CASE(vzalloc_test),
					     KUNIT_CASE(vmap_test),
					     KUNIT_CASE(vmalloc_wrong_free_test),
					     KUNIT_CASE(vmalloc_memfree_test),
					     KUNIT_CASE(vmalloc_meminfo_test),
					     KUNIT_CASE(vmalloc_larger_than_any_block_test),
					     {} };

static struct kunit_suite vmalloc_suite = {
	.name = "vmalloc",
	.test_cases = vmalloc_cases,
};
kunit_test_suite(vmalloc_suite);

/* Reading one byte past a vmalloc area hits its guard page: an oops. */
static void demo_vmalloc_guard_test(struct kunit *test)
{
	volatile u8 *p = vmalloc(2 * PAGE_SIZE);

	KUNIT_ASSERT_NOT_NULL(test, (void *)p);
	p[2 * PAGE_SIZE - 1] = 1;
	kunit_info(test, "read %d", p[2 * PAGE_SIZE]);
}

static struct kunit_case demo_vmalloc_guard_cases[] = { KUNIT_CASE(demo_vmalloc_guard_test), {} };

static struct kunit_suite demo_vmalloc_guard_suite = {
	.name = "demo_vmalloc_guard",
	.test_cases = demo_vmalloc_guard_cases,
};
kunit_test_suite(demo_vmalloc_guard_suite);
