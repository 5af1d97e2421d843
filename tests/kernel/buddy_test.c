/*
 * buddy_test.c - KUnit tests for the page allocator (mm/page_alloc.c).
 *
 * Run at every machine size the harness boots (-m 16M to 3500M): the
 * zones must match the firmware's map, the GFP flags must pick the right
 * zones, a random workload of every order and flag must leave every page
 * in exactly one state and, once freed, the free lists exactly as they
 * were. The Bad page state cases print their report on purpose (suite
 * buddy_bad_page; tests/harness/checks.py counts the reports).
 */
#include <kunit/test.h>
#include <linnet/might_sleep.h>
#include <linux/mm.h>
#include <linux/bootmem.h>
#include <linux/highmem.h>
#include <linux/vmstat.h>
#include <kunit/printk_capture.h>
#include <linnet/shell.h>

#define MAX_LIVE 256

struct block {
	struct page *page;
	unsigned int order;
};

static struct block live[MAX_LIVE];

/* The free lists' shape: nr_free per zone and order, per-CPU lists drained */
struct snapshot {
	unsigned long nr_free[MAX_NR_ZONES][MAX_ORDER];
	unsigned long free[MAX_NR_ZONES];
};

static void take_snapshot(struct snapshot *s)
{
	int z, o;

	drain_local_pages(NULL);
	for (z = 0; z < MAX_NR_ZONES; z++) {
		struct zone *zone = &NODE_DATA(0)->node_zones[z];

		s->free[z] = zone_page_state(zone, NR_FREE_PAGES);
		for (o = 0; o < MAX_ORDER; o++)
			s->nr_free[z][o] = zone->free_area[o].nr_free;
	}
}

static void expect_same_snapshot(struct kunit *test, struct snapshot *before)
{
	struct snapshot after;
	int z, o;

	take_snapshot(&after);
	for (z = 0; z < MAX_NR_ZONES; z++) {
		KUNIT_EXPECT_EQ(test, after.free[z], before->free[z]);
		for (o = 0; o < MAX_ORDER; o++)
			KUNIT_EXPECT_EQ_MSG(test, after.nr_free[z][o], before->nr_free[z][o],
					    "zone %d order %d", z, o);
	}
	KUNIT_EXPECT_EQ(test, page_alloc_check(), 0);
}

static unsigned long zone_free(struct zone *zone)
{
	return zone_page_state(zone, NR_FREE_PAGES) + zone->pageset[0].pcp.count;
}

/* The zones agree with the e820 map and with i386's 16 MiB / 896 MiB boundaries */
static void zones_match_e820_test(struct kunit *test)
{
	struct zone *zones = NODE_DATA(0)->node_zones;
	unsigned long bounds[] = { 0x1000, 0x38000, ~0UL, ~0UL }, start = min_low_pfn;
	int z;

	for (z = 0; z < MAX_NR_ZONES; z++) {
		unsigned long end = min(bounds[z], max_pfn);

		end = max(end, start);
		if (!zones[z].present_pages)
			continue;
		KUNIT_EXPECT_EQ(test, zones[z].zone_start_pfn, start);
		KUNIT_EXPECT_EQ(test, zones[z].spanned_pages, end - start);
		KUNIT_EXPECT_EQ(test, zones[z].present_pages, bootmem_present_pages(start, end));
		KUNIT_EXPECT_LE(test, zones[z].managed_pages, zones[z].present_pages);
		KUNIT_EXPECT_EQ(test, page_zonenum(pfn_to_page(end - 1)), z);
		start = end;
	}
	KUNIT_EXPECT_EQ(test, populated_zone(&zones[ZONE_HIGHMEM]), max_pfn > 0x38000);
	KUNIT_EXPECT_EQ(test, (unsigned long)high_memory,
			PAGE_OFFSET + (max_low_pfn << PAGE_SHIFT));
	KUNIT_EXPECT_EQ(test, page_alloc_check(), 0);
}

/*
 * The direct map (arch/x86/mm/init_32.c:kernel_physical_mapping_init):
 * every low frame at PAGE_OFFSET + pfn * 4 KiB, writable, in 4 MiB pages
 * where the CPU has PSE (QEMU's does) and the whole 4 MiB is low memory
 * of the kernel's ordinary protection; 4 KiB pages in the first 4 MiB
 * (page 0 unmapped), over the kernel's read-only code and for a tail
 * shorter than 4 MiB. Checked at every machine size the harness boots.
 */
static bool direct_map_frame_test(struct kunit *test, unsigned long f, bool pse)
{
	extern char _text[], __end_rodata[];
	unsigned long ro_start = __pa(_text) >> PAGE_SHIFT;
	unsigned long ro_end = PAGE_ALIGN(__pa(__end_rodata)) >> PAGE_SHIFT;
	unsigned long first = f & ~(PTRS_PER_PTE - 1UL);
	bool whole = first && first + PTRS_PER_PTE <= max_low_pfn;
	bool ro = first < ro_end && first + PTRS_PER_PTE > ro_start;
	unsigned int level;
	pte_t *pte = lookup_address((unsigned long)__va(f << PAGE_SHIFT), &level);

	KUNIT_ASSERT_NOT_NULL(test, pte);
	if (pse && whole && !ro) {
		KUNIT_EXPECT_EQ(test, level, (unsigned int)PG_LEVEL_2M);
		KUNIT_EXPECT_EQ(test, pte_val(*pte), (first << PAGE_SHIFT) | __PAGE_KERNEL_LARGE);
		return true;
	}
	KUNIT_EXPECT_EQ(test, level, (unsigned int)PG_LEVEL_4K);
	KUNIT_EXPECT_EQ(test, pte_pfn(*pte), f);
	KUNIT_EXPECT_TRUE(test, pte_present(*pte));
	KUNIT_EXPECT_EQ(test, !!pte_write(*pte), f < ro_start || f >= ro_end);
	return false;
}

static void direct_map_test(struct kunit *test)
{
	extern char _text[], __end_rodata[];
	unsigned int level, a, b, c, d;
	unsigned long pfn, large = 0;
	bool pse;
	pte_t *pte;

	cpuid(1, &a, &b, &c, &d);
	pse = d & (1U << 3);
	pte = lookup_address(PAGE_OFFSET, &level);
	KUNIT_ASSERT_NOT_NULL(test, pte);
	KUNIT_EXPECT_EQ(test, level, (unsigned int)PG_LEVEL_4K);
	KUNIT_EXPECT_FALSE(test, pte_present(*pte));
	direct_map_frame_test(test, __pa(_text) >> PAGE_SHIFT, pse);
	direct_map_frame_test(test, (PAGE_ALIGN(__pa(__end_rodata)) >> PAGE_SHIFT) - 1, pse);
	/* the first frame of every 4 MiB, and the last low frame */
	for (pfn = PTRS_PER_PTE; pfn < max_low_pfn; pfn += PTRS_PER_PTE)
		large += direct_map_frame_test(test, pfn, pse);
	direct_map_frame_test(test, max_low_pfn - 1, pse);
	/* all but the first 4 MiB and a tail are large pages */
	if (pse && PAGE_ALIGN(__pa(__end_rodata)) <= PTRS_PER_PTE * PAGE_SIZE)
		KUNIT_EXPECT_EQ(test, large,
				max_low_pfn / PTRS_PER_PTE - !!(max_low_pfn / PTRS_PER_PTE));
}

/*
 * num_physpages is 2.6.32 i386's highend_pfn: every frame up to the end of
 * memory, holes included (the PC's 640K-1M one at least), so the second
 * figure of "Memory: X/Yk available" is max_pfn's, not the RAM present.
 */
static void num_physpages_test(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, num_physpages, max_pfn);
	KUNIT_EXPECT_GT(test, num_physpages, NODE_DATA(0)->node_present_pages);
	KUNIT_EXPECT_EQ(test, max_mapnr, num_physpages);
}

/* Watermarks: min_free_kbytes = sqrt(16 * lowmem KiB), shared in proportion */
static void watermarks_test(struct kunit *test)
{
	struct zone *zones = NODE_DATA(0)->node_zones, *zone;
	unsigned long low_pages = zones[0].present_pages + zones[1].present_pages, r = 0;

	while ((r + 1) * (r + 1) <= low_pages * 4 * 16)
		r++;
	KUNIT_EXPECT_EQ(test, (unsigned long)min_free_kbytes, clamp(r, 128UL, 65536UL));
	for_each_populated_zone(zone)
	{
		unsigned long share = (min_free_kbytes / 4) * zone->present_pages / low_pages;

		if (!is_highmem(zone))
			KUNIT_EXPECT_EQ(test, min_wmark_pages(zone), share);
		KUNIT_EXPECT_EQ(test, low_wmark_pages(zone), min_wmark_pages(zone) + share / 4);
		KUNIT_EXPECT_EQ(test, high_wmark_pages(zone), min_wmark_pages(zone) + share / 2);
	}
	KUNIT_EXPECT_EQ(test, zones[0].lowmem_reserve[1], zones[1].present_pages / 256);
	KUNIT_EXPECT_EQ(test, zones[1].lowmem_reserve[2], zones[2].present_pages / 32);
	KUNIT_EXPECT_EQ(test, zones[0].lowmem_reserve[2],
			(zones[1].present_pages + zones[2].present_pages) / 256);
}

/*
 * mm.md B9: with min_free_kbytes raised to its largest, 64 MiB, a zone's
 * share is pages_min times its pages over the low pages: past 4 GiB in 32
 * bits for a zone of over 1 GiB (HighMem at 2G and 3500M), so 2.6.32
 * computes it in 64 bits (do_div). Interrupts stay off while the large
 * watermarks are in place: nothing may allocate against them.
 */
static void watermarks_large_min_free_test(struct kunit *test)
{
	unsigned long lowmem = 0, pages_min = 65536 >> (PAGE_SHIFT - 10), flags;
	unsigned long wmark[MAX_NR_ZONES][NR_WMARK];
	int saved = min_free_kbytes, i, n = 0;
	struct zone *zone;

	for_each_zone(zone) if (!is_highmem(zone)) lowmem += zone->present_pages;
	local_irq_save(flags);
	min_free_kbytes = 65536;
	setup_per_zone_wmarks();
	for_each_populated_zone(zone) memcpy(wmark[n++], zone->watermark, sizeof(wmark[0]));
	min_free_kbytes = saved;
	setup_per_zone_wmarks();
	local_irq_restore(flags);
	i = 0;
	for_each_populated_zone(zone)
	{
		unsigned long share = div64_u64((u64)pages_min * zone->present_pages, lowmem);

		if (!is_highmem(zone))
			KUNIT_EXPECT_EQ(test, wmark[i][WMARK_MIN], share);
		KUNIT_EXPECT_EQ(test, wmark[i][WMARK_LOW] - wmark[i][WMARK_MIN], share >> 2);
		KUNIT_EXPECT_EQ(test, wmark[i][WMARK_HIGH] - wmark[i][WMARK_MIN], share >> 1);
		i++;
	}
	KUNIT_EXPECT_EQ(test, i, n);
}

static unsigned int rnd(unsigned int *seed)
{
	*seed = *seed * 1103515245 + 12345;
	return (*seed >> 16) & 0x7fff;
}

static const gfp_t workload_gfp[] = {
	GFP_KERNEL,
	GFP_ATOMIC,
	GFP_DMA,
	GFP_HIGHUSER,
	GFP_KERNEL | __GFP_COMP,
	GFP_HIGHUSER | __GFP_COLD,
	GFP_NOIO | __GFP_COMP,
	GFP_NOFS | __GFP_COLD,
};

/* Pages held by the workload, per zone, plus free ones, equal the free count before */
static void expect_accounted(struct kunit *test, struct snapshot *before, int n)
{
	unsigned long held[MAX_NR_ZONES] = { 0 };
	int i, z;

	for (i = 0; i < n; i++) {
		KUNIT_EXPECT_FALSE(test, PageBuddy(live[i].page));
		KUNIT_EXPECT_EQ(test, page_count(live[i].page), 1);
		held[page_zonenum(live[i].page)] += 1UL << live[i].order;
	}
	for (z = 0; z < MAX_NR_ZONES; z++)
		KUNIT_EXPECT_EQ(test, zone_free(&NODE_DATA(0)->node_zones[z]) + held[z],
				before->free[z]);
	KUNIT_EXPECT_EQ(test, page_alloc_check(), 0);
}

static void free_block(struct block *b)
{
	if (PageHead(b->page))
		put_page(b->page);
	else
		__free_pages(b->page, b->order);
}

/* Random allocations and frees of every order and flag; everything comes back */
static void random_workload_test(struct kunit *test)
{
	unsigned int seed = 42, step;
	struct snapshot before;
	int n = 0;

	take_snapshot(&before);
	for (step = 0; step < 3000; step++) {
		if (n < MAX_LIVE && (n == 0 || rnd(&seed) % 3)) {
			unsigned int order =
				rnd(&seed) % 4 ? rnd(&seed) % 4 : rnd(&seed) % MAX_ORDER;
			gfp_t gfp = workload_gfp[rnd(&seed) % ARRAY_SIZE(workload_gfp)];
			struct page *page = alloc_pages(gfp | __GFP_NOWARN, order);

			if (page)
				live[n++] = (struct block){ page, order };
		} else {
			int i = rnd(&seed) % n;

			free_block(&live[i]);
			live[i] = live[--n];
		}
		if (step % 500 == 0)
			expect_accounted(test, &before, n);
	}
	expect_accounted(test, &before, n);
	while (n)
		free_block(&live[--n]);
	expect_same_snapshot(test, &before);
}

/* GFP_DMA below 16 MiB; GFP_KERNEL never high; GFP_HIGHUSER high first */
static void gfp_zones_test(struct kunit *test)
{
	bool have_high = populated_zone(&NODE_DATA(0)->node_zones[ZONE_HIGHMEM]);
	struct page *p;
	int i;

	for (i = 0; i < 16; i++) {
		p = alloc_page(GFP_DMA);
		KUNIT_ASSERT_NOT_NULL(test, p);
		KUNIT_EXPECT_LT(test, page_to_phys(p), 16UL << 20);
		__free_page(p);
		p = alloc_pages(GFP_KERNEL, i % 4);
		KUNIT_ASSERT_NOT_NULL(test, p);
		KUNIT_EXPECT_FALSE(test, PageHighMem(p));
		KUNIT_EXPECT_NOT_NULL(test, page_address(p));
		__free_pages(p, i % 4);
		p = alloc_page(GFP_HIGHUSER);
		KUNIT_ASSERT_NOT_NULL(test, p);
		KUNIT_EXPECT_EQ(test, (bool)PageHighMem(p), have_high);
		__free_page(p);
	}
}

/*
 * Order 0 goes through the zone's per-CPU list: refilled by a batch only
 * when empty, hot pages at the head (LIFO), cold ones at the tail.
 */
static void per_cpu_lists_test(struct kunit *test)
{
	struct per_cpu_pages *pcp;
	struct page *a, *b, *c;

	drain_local_pages(NULL);
	a = alloc_page(GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, a);
	pcp = &page_zone(a)->pageset[0].pcp;
	KUNIT_EXPECT_EQ(test, pcp->count, pcp->batch - 1);
	b = alloc_page(GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, b);
	KUNIT_EXPECT_EQ(test, pcp->count, pcp->batch > 1 ? pcp->batch - 2 : pcp->batch - 1);
	__free_page(a);
	KUNIT_EXPECT_TRUE(test, put_page_testzero(b));
	free_cold_page(b);
	if (pcp->high > pcp->count) {
		c = alloc_page(GFP_KERNEL);
		KUNIT_ASSERT_NOT_NULL(test, c); /* (fault injection may refuse it) */
		KUNIT_EXPECT_PTR_EQ(test, c, a); /* hot: the head */
		__free_page(c);
		c = alloc_page(GFP_KERNEL | __GFP_COLD);
		KUNIT_ASSERT_NOT_NULL(test, c);
		KUNIT_EXPECT_PTR_EQ(test, c, b); /* cold: the tail */
		__free_page(c);
	}
	KUNIT_EXPECT_EQ(test, page_alloc_check(), 0);
	drain_local_pages(NULL);
	KUNIT_EXPECT_EQ(test, pcp->count, 0);
}

/* 2.6.32's zone_batchsize(): present/1024 capped at 512 KiB, /4, 2^n - 1; high = 6 batches */
static void pcp_sizing_test(struct kunit *test)
{
	struct zone *zone;

	for_each_populated_zone(zone)
	{
		struct per_cpu_pages *pcp = &zone->pageset[0].pcp;
		unsigned long b = min(zone->present_pages / 1024, 128UL) / 4, p = 1;

		b = max(b, 1UL);
		while (p * 2 <= b + b / 2)
			p *= 2;
		KUNIT_EXPECT_EQ_MSG(test, pcp->high, (int)(6 * (p - 1)), "zone %s", zone->name);
		KUNIT_EXPECT_EQ_MSG(test, pcp->batch, (int)max(p - 1, 1UL), "zone %s", zone->name);
	}
	/* the sizes every 2.6.32 i386 box shows for its 16 MiB DMA zone */
	zone = &NODE_DATA(0)->node_zones[ZONE_DMA];
	if (zone->present_pages > 3000) {
		KUNIT_EXPECT_EQ(test, zone->pageset[0].pcp.high, 0);
		KUNIT_EXPECT_EQ(test, zone->pageset[0].pcp.batch, 1);
	}
}

/* Flags a freed page no longer needs are cleared: the next user gets a clean page */
static void freed_page_flags_cleared_test(struct kunit *test)
{
	struct page *p = alloc_pages(GFP_KERNEL, 1), *q;
	unsigned long zone;

	KUNIT_ASSERT_NOT_NULL(test, p);
	zone = page_zonenum(p);
	SetPageUptodate(p);
	SetPageReferenced(p + 1);
	__free_pages(p, 1);
	/* free now: PG_buddy may mark it, nothing else may remain */
	KUNIT_EXPECT_EQ(test, p->flags & PAGE_FLAGS_CHECK_AT_PREP & ~(1UL << PG_buddy), 0UL);
	KUNIT_EXPECT_EQ(test, p[1].flags & PAGE_FLAGS_CHECK_AT_PREP & ~(1UL << PG_buddy), 0UL);
	q = alloc_pages(GFP_KERNEL, 1);
	KUNIT_ASSERT_NOT_NULL(test, q);
	KUNIT_EXPECT_EQ(test, page_zonenum(q), zone);
	__free_pages(q, 1);
	KUNIT_EXPECT_EQ(test, page_alloc_check(), 0);
}

/* steal_blocks - take every block of order >= 1 off @zone's free lists */
static void steal_blocks(struct zone *zone, struct list_head *stolen)
{
	unsigned long flags;
	struct page *page;

	spin_lock_irqsave(&zone->lock, flags);
	while ((page = __rmqueue_smallest(zone, 1))) {
		list_add_tail(&page->lru, stolen);
		__mod_zone_page_state(zone, NR_FREE_PAGES, -2);
	}
	spin_unlock_irqrestore(&zone->lock, flags);
}

static void return_blocks(struct list_head *stolen)
{
	struct page *page, *tmp;
	unsigned long flags;

	list_for_each_entry_safe(page, tmp, stolen, lru) {
		struct zone *zone = page_zone(page);

		list_del(&page->lru);
		spin_lock_irqsave(&zone->lock, flags);
		__free_one_page(page, zone, 1);
		__mod_zone_page_state(zone, NR_FREE_PAGES, 2);
		spin_unlock_irqrestore(&zone->lock, flags);
	}
}

/*
 * An order-1 request may fail only after the per-CPU lists are drained:
 * here every pair of buddies Normal has left sits on its per-CPU list
 * (high raised so they stay), and the request must get one of them.
 */
static void slowpath_drains_pcp_test(struct kunit *test)
{
	struct zone *normal = &NODE_DATA(0)->node_zones[ZONE_NORMAL];
	struct zone *dma = &NODE_DATA(0)->node_zones[ZONE_DMA];
	struct per_cpu_pages *pcp = &normal->pageset[0].pcp;
	unsigned long pairs, i;
	struct snapshot before;
	LIST_HEAD(stolen);
	struct page *p;
	int high = pcp->high;

	if (!populated_zone(normal))
		kunit_skip(test, "no ZONE_NORMAL on this machine");
	take_snapshot(&before);
	steal_blocks(dma, &stolen);
	steal_blocks(normal, &stolen);
	pairs = min_wmark_pages(normal) + 8;
	pcp->high = 4 * pairs + 64;
	for (i = 0; i < pairs && !list_empty(&stolen); i++) {
		p = list_last_entry(&stolen, struct page, lru);
		if (page_zone(p) != normal)
			break;
		list_del(&p->lru);
		set_page_count(p, 1);
		set_page_count(p + 1, 1);
		__free_page(p);
		__free_page(p + 1);
	}
	KUNIT_EXPECT_EQ(test, i, pairs);
	p = alloc_pages(GFP_KERNEL | __GFP_NOWARN, 1);
	KUNIT_EXPECT_NOT_NULL(test, p);
	if (p)
		__free_pages(p, 1);
	pcp->high = high;
	return_blocks(&stolen);
	expect_same_snapshot(test, &before);
}

/* GFP_KERNEL may sleep: asking for it in atomic context is reported, as kmap() */
static void alloc_might_sleep_test(struct kunit *test)
{
	static struct printk_capture cap;
	struct page *p;
	void *v;

	might_sleep_ratelimit_reset();
	printk_capture_start(&cap);
	p = alloc_page(GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	__free_page(p);
	preempt_disable();
	p = alloc_page(GFP_ATOMIC);
	preempt_enable();
	KUNIT_EXPECT_FALSE(test, printk_capture_contains(&cap, "sleeping function"));
	__free_page(p);
	preempt_disable();
	p = alloc_page(GFP_KERNEL);
	preempt_enable();
	printk_capture_stop(&cap);
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, "BUG: sleeping function called"));
	KUNIT_ASSERT_NOT_NULL(test, p);
	might_sleep_ratelimit_reset();
	printk_capture_start(&cap);
	preempt_disable();
	v = kmap(p);
	kunmap(p);
	preempt_enable();
	printk_capture_stop(&cap);
	__free_page(p);
	KUNIT_EXPECT_NOT_NULL(test, v);
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, "BUG: sleeping function called"));
}

/* __GFP_COMP: head and tails, one reference count, freed by the last put_page */
static void compound_test(struct kunit *test)
{
	struct snapshot before;
	struct page *p;
	int i;

	take_snapshot(&before);
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, 3);
	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_EXPECT_TRUE(test, PageHead(p));
	KUNIT_EXPECT_EQ(test, compound_order(p), 3U);
	for (i = 1; i < 8; i++) {
		KUNIT_EXPECT_TRUE(test, PageTail(p + i));
		KUNIT_EXPECT_PTR_EQ(test, compound_head(p + i), p);
	}
	get_page(p + 5);
	KUNIT_EXPECT_EQ(test, page_count(p), 2);
	put_page(p + 5);
	KUNIT_EXPECT_EQ(test, page_count(p + 7), 1);
	put_page(p);
	expect_same_snapshot(test, &before);
}

/* __GFP_ZERO zeroes even a high page, through kmap_atomic */
static void gfp_zero_test(struct kunit *test)
{
	struct page *p = alloc_page(GFP_HIGHUSER);
	unsigned char *v;
	int i, nonzero = 0;

	KUNIT_ASSERT_NOT_NULL(test, p);
	v = kmap(p);
	memset(v, 0xaa, PAGE_SIZE);
	kunmap(p);
	__free_page(p);
	KUNIT_EXPECT_PTR_EQ(test, alloc_page(GFP_HIGHUSER | __GFP_ZERO), p);
	v = kmap_atomic(p, KM_USER0);
	for (i = 0; i < (int)PAGE_SIZE; i++)
		nonzero += v[i] != 0;
	kunmap_atomic(v, KM_USER0);
	KUNIT_EXPECT_EQ(test, nonzero, 0);
	__free_page(p);
}

/*
 * Exhausting the zones: GFP_KERNEL takes Normal, and DMA only while Normal
 * is below its low watermark (the zonelist's order), then fails with
 * NULL and one warning. Order-10 blocks first, to be quick on big machines.
 */
static void exhaust_fallback_test(struct kunit *test)
{
	struct zone *normal = &NODE_DATA(0)->node_zones[ZONE_NORMAL];
	struct snapshot before;
	LIST_HEAD(held);
	struct page *p, *tmp;
	int from_dma = 0, early_dma = 0;

	if (!populated_zone(normal))
		kunit_skip(test, "no ZONE_NORMAL on this machine");
	take_snapshot(&before);
	while ((p = alloc_pages(GFP_KERNEL | __GFP_NOWARN, MAX_ORDER - 1))) {
		list_add(&p->lru, &held);
		p->private = MAX_ORDER - 1;
		if (page_zonenum(p) != ZONE_NORMAL)
			break;
	}
	for (;;) {
		bool normal_ok =
			zone_watermark_ok(normal, 0, low_wmark_pages(normal), ZONE_NORMAL, 0);

		p = alloc_page(GFP_KERNEL | __GFP_NOWARN);
		if (!p)
			break;
		KUNIT_EXPECT_NE(test, (int)page_zonenum(p), ZONE_HIGHMEM);
		if (page_zonenum(p) == ZONE_DMA) {
			from_dma++;
			early_dma += normal_ok;
		}
		p->private = 0;
		list_add(&p->lru, &held);
	}
	KUNIT_EXPECT_NULL(test, alloc_page(GFP_KERNEL)); /* prints the failure report */
	KUNIT_EXPECT_GT(test, from_dma, 0);
	KUNIT_EXPECT_EQ(test, early_dma, 0);
	KUNIT_EXPECT_EQ(test, page_alloc_check(), 0);
	list_for_each_entry_safe(p, tmp, &held, lru) {
		unsigned int order = p->private;

		list_del(&p->lru);
		p->private = 0;
		__free_pages(p, order);
	}
	expect_same_snapshot(test, &before);
}

/* The views parse back to the counters; printed for the harness to read */
static void views_test(struct kunit *test)
{
	static char buf[4096];
	char want[64];

	meminfo_show(buf, sizeof(buf));
	snprintf(want, sizeof(want), "MemTotal:       %8lu kB\n", totalram_pages * 4);
	KUNIT_EXPECT_NOT_NULL(test, strstr(buf, want));
	snprintf(want, sizeof(want), "HighTotal:      %8lu kB\n", totalhigh_pages * 4);
	KUNIT_EXPECT_NOT_NULL(test, strstr(buf, want));
	buddyinfo_show(buf, sizeof(buf));
	KUNIT_EXPECT_EQ(test, strncmp(buf, "Node 0, zone      DMA ", 22), 0);
	zoneinfo_show(buf, sizeof(buf));
	KUNIT_EXPECT_NOT_NULL(test, strstr(buf, "        protection: (0, "));
	memmap_show(buf, sizeof(buf));
	KUNIT_EXPECT_NOT_NULL(test, strstr(buf, "zone DMA: pfn 0x1-"));
	show_mem_views();
}

static unsigned long view_saw_free;

static int probe_view(char *buf, size_t size)
{
	view_saw_free = nr_free_pages();
	return 0;
}

/* A shell view sees the allocator as it was: it allocates nothing itself */
static void shell_view_does_not_allocate_test(struct kunit *test)
{
	unsigned long before;

	drain_local_pages(NULL);
	before = nr_free_pages();
	shell_show_buf(probe_view);
	KUNIT_EXPECT_EQ(test, view_saw_free, before);
}

/* next_line - copy the line at *@pos into @line (no newline); false at the end */
static bool next_line(const char **pos, char *line, size_t size)
{
	const char *nl = strchr(*pos, '\n');
	size_t n;

	if (!**pos || !nl)
		return false;
	n = min((size_t)(nl - *pos), size - 1);
	memcpy(line, *pos, n);
	line[n] = '\0';
	*pos = nl + 1;
	return true;
}

/* 2.6.32's fs/proc/meminfo.c on i386 with HIGHMEM: every label, in order, "%-16s%8lu kB" */
static void meminfo_format_test(struct kunit *test)
{
	static const char *const labels[] = {
		"MemTotal",	  "MemFree",	  "Buffers",	  "Cached",	    "SwapCached",
		"Active",	  "Inactive",	  "Active(anon)", "Inactive(anon)", "Active(file)",
		"Inactive(file)", "Unevictable",  "Mlocked",	  "HighTotal",	    "HighFree",
		"LowTotal",	  "LowFree",	  "SwapTotal",	  "SwapFree",	    "Dirty",
		"Writeback",	  "AnonPages",	  "Mapped",	  "Shmem",	    "Slab",
		"SReclaimable",	  "SUnreclaim",	  "KernelStack",  "PageTables",	    "NFS_Unstable",
		"Bounce",	  "WritebackTmp", "CommitLimit",  "Committed_AS",   "VmallocTotal",
		"VmallocUsed",	  "VmallocChunk", "DirectMap4k",  "DirectMap4M",
	};
	static char buf[4096], line[128], want[32];
	const char *pos = buf;
	unsigned long v;
	unsigned int i;

	meminfo_show(buf, sizeof(buf));
	for (i = 0; i < ARRAY_SIZE(labels); i++) {
		KUNIT_ASSERT_TRUE(test, next_line(&pos, line, sizeof(line)));
		snprintf(want, sizeof(want), "%s:", labels[i]);
		KUNIT_EXPECT_EQ_MSG(test, strncmp(line, want, strlen(want)), 0, "line %u: %s", i,
				    line);
		KUNIT_EXPECT_EQ_MSG(test, strlen(line), 16UL + 8 + 3, "line %u: %s", i, line);
		KUNIT_EXPECT_STREQ(test, line + 24, " kB");
	}
	KUNIT_EXPECT_FALSE(test, next_line(&pos, line, sizeof(line)));
	v = global_page_state(NR_SLAB_RECLAIMABLE) + global_page_state(NR_SLAB_UNRECLAIMABLE);
	KUNIT_EXPECT_GT(test, v, 0UL);
	snprintf(want, sizeof(want), "Slab:           %8lu kB\n", v * 4);
	KUNIT_EXPECT_NOT_NULL(test, strstr(buf, want));
}

/* 2.6.32's zoneinfo_show_print(), line by line, for each populated zone */
static void zoneinfo_format_test(struct kunit *test)
{
	static char buf[8192], line[128], want[128];
	const char *pos = buf;
	struct zone *zone;
	int i;

	zoneinfo_show(buf, sizeof(buf));
	for_each_populated_zone(zone)
	{
		struct per_cpu_pages *pcp = &zone->pageset[0].pcp;
		static const char *const heads[] = { "  pages free     ", "        min      ",
						     "        low      ", "        high     ",
						     "        scanned  ", "        spanned  ",
						     "        present  " };

		next_line(&pos, line, sizeof(line));
		snprintf(want, sizeof(want), "Node 0, zone %8s", zone->name);
		KUNIT_EXPECT_STREQ(test, line, want);
		for (i = 0; i < (int)ARRAY_SIZE(heads); i++) {
			next_line(&pos, line, sizeof(line));
			KUNIT_EXPECT_EQ_MSG(test, strncmp(line, heads[i], strlen(heads[i])), 0,
					    "%s", line);
		}
		for (i = 0; i < NR_VM_ZONE_STAT_ITEMS; i++) {
			next_line(&pos, line, sizeof(line));
			snprintf(want, sizeof(want), "    %-12s ", vmstat_text[i]);
			KUNIT_EXPECT_EQ_MSG(test, strncmp(line, want, strlen(want)), 0, "%s", line);
		}
		next_line(&pos, line, sizeof(line));
		KUNIT_EXPECT_EQ(test, strncmp(line, "        protection: (", 21), 0);
		next_line(&pos, line, sizeof(line));
		KUNIT_EXPECT_STREQ(test, line, "  pagesets");
		next_line(&pos, line, sizeof(line));
		KUNIT_EXPECT_STREQ(test, line, "    cpu: 0");
		next_line(&pos, line, sizeof(line));
		snprintf(want, sizeof(want), "              count: %d", pcp->count);
		KUNIT_EXPECT_EQ(test, strncmp(line, "              count: ", 21), 0);
		next_line(&pos, line, sizeof(line));
		snprintf(want, sizeof(want), "              high:  %d", pcp->high);
		KUNIT_EXPECT_STREQ(test, line, want);
		next_line(&pos, line, sizeof(line));
		snprintf(want, sizeof(want), "              batch: %d", pcp->batch);
		KUNIT_EXPECT_STREQ(test, line, want);
		next_line(&pos, line, sizeof(line));
		KUNIT_EXPECT_STREQ(test, line, "  all_unreclaimable: 0");
		next_line(&pos, line, sizeof(line));
		KUNIT_EXPECT_STREQ(test, line, "  prev_priority:     12");
		next_line(&pos, line, sizeof(line));
		snprintf(want, sizeof(want), "  start_pfn:         %lu", zone->zone_start_pfn);
		KUNIT_EXPECT_STREQ(test, line, want);
		next_line(&pos, line, sizeof(line));
		KUNIT_EXPECT_STREQ(test, line, "  inactive_ratio:    1");
	}
	KUNIT_EXPECT_FALSE(test, next_line(&pos, line, sizeof(line)));
}

/* /proc/vmstat: "%s %lu" per zoned counter, 2.6.32's names and order; buddyinfo's widths */
static void vmstat_buddyinfo_format_test(struct kunit *test)
{
	static char buf[4096], line[128], want[64];
	const char *pos = buf;
	struct zone *zone;
	int i;

	vmstat_show(buf, sizeof(buf));
	for (i = 0; i < NR_VM_ZONE_STAT_ITEMS; i++) {
		KUNIT_ASSERT_TRUE(test, next_line(&pos, line, sizeof(line)));
		snprintf(want, sizeof(want), "%s %lu", vmstat_text[i],
			 i == NR_FREE_PAGES ? nr_free_pages() : global_page_state(i));
		if (i != NR_FREE_PAGES)
			KUNIT_EXPECT_STREQ(test, line, want);
	}
	KUNIT_EXPECT_STREQ(test, vmstat_text[NR_SHMEM], "nr_shmem");
	KUNIT_EXPECT_STREQ(test, vmstat_text[NR_PAGETABLE], "nr_page_table_pages");
	KUNIT_EXPECT_FALSE(test, next_line(&pos, line, sizeof(line)));
	buddyinfo_show(buf, sizeof(buf));
	pos = buf;
	for_each_populated_zone(zone)
	{
		KUNIT_ASSERT_TRUE(test, next_line(&pos, line, sizeof(line)));
		snprintf(want, sizeof(want), "Node 0, zone %8s ", zone->name);
		KUNIT_EXPECT_EQ(test, strncmp(line, want, strlen(want)), 0);
		KUNIT_EXPECT_EQ(test, strlen(line), strlen(want) + 7 * MAX_ORDER);
	}
}

/* Mem-Info's per-CPU lines: "CPU %4d: hi:%5d, btch:%4d usd:%4d", no hot/cold */
static void mem_info_format_test(struct kunit *test)
{
	static struct printk_capture cap;
	struct zone *zone = &NODE_DATA(0)->node_zones[ZONE_DMA];
	char want[64];

	printk_capture_start(&cap);
	show_free_areas();
	printk_capture_stop(&cap);
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, "DMA per-cpu:"));
	snprintf(want, sizeof(want), "CPU    0: hi:%5d, btch:%4d usd:%4d",
		 zone->pageset[0].pcp.high, zone->pageset[0].pcp.batch, zone->pageset[0].pcp.count);
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, want));
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, "active_anon:0 inactive_anon:0 "
							      "isolated_anon:0"));
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, " active_file:0 inactive_file:0"));
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, " all_unreclaimable? no"));
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, "DMA: "));
	KUNIT_EXPECT_FALSE(test, printk_capture_contains(&cap, "hot "));
}

/*
 * The PG_* bits are numbered as in 2.6.32 on i386, so a "Bad page state"
 * report's flags word reads the same in both (PG_private_2 before
 * PG_writeback, the LRU and mlock bits after PG_buddy).
 */
static void page_flag_bits_test(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, PG_private, 11);
	KUNIT_EXPECT_EQ(test, PG_writeback, 13);
	KUNIT_EXPECT_EQ(test, PG_head, 14);
	KUNIT_EXPECT_EQ(test, PG_buddy, 19);
	KUNIT_EXPECT_EQ(test, PG_swapbacked, 20);
	KUNIT_EXPECT_EQ(test, PG_mlocked, 22);
	KUNIT_EXPECT_TRUE(test, PAGE_FLAGS_CHECK_AT_FREE & (1UL << PG_mlocked));
}

static struct kunit_case buddy_test_cases[] = { KUNIT_CASE(views_test),
						KUNIT_CASE(zones_match_e820_test),
						KUNIT_CASE(num_physpages_test),
						KUNIT_CASE(direct_map_test),
						KUNIT_CASE(watermarks_test),
						KUNIT_CASE(watermarks_large_min_free_test),
						KUNIT_CASE(random_workload_test),
						KUNIT_CASE(gfp_zones_test),
						KUNIT_CASE(per_cpu_lists_test),
						KUNIT_CASE(pcp_sizing_test),
						KUNIT_CASE(freed_page_flags_cleared_test),
						KUNIT_CASE(page_flag_bits_test),
						KUNIT_CASE(slowpath_drains_pcp_test),
						KUNIT_CASE(alloc_might_sleep_test),
						KUNIT_CASE(shell_view_does_not_allocate_test),
						KUNIT_CASE(meminfo_format_test),
						KUNIT_CASE(zoneinfo_format_test),
						KUNIT_CASE(vmstat_buddyinfo_format_test),
						KUNIT_CASE(mem_info_format_test),
						KUNIT_CASE(compound_test),
						KUNIT_CASE(gfp_zero_test),
						KUNIT_CASE(exhaust_fallback_test),
						{} };

static struct kunit_suite buddy_test_suite = {
	.name = "buddy",
	.test_cases = buddy_test_cases,
};
kunit_test_suite(buddy_test_suite);
