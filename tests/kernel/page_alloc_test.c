/*
 * page_alloc_test.c - KUnit tests for the page allocator's API as 2.6.32 has it.
 *
 * Suite page_alloc checks what a driver or a reader of Linux expects:
 * gfp_zone() gives, for each of the 16 combinations of the zone bits,
 * the zone 2.6.32's GFP_ZONE_TABLE gives on i386 (written out here from
 * 2.6.32's include/linux/gfp.h, not computed from Linnet's macros), the
 * empty ZONE_MOVABLE stays out of the zonelists and the /proc views,
 * struct page is laid out as 2.6.32's, split_page(), alloc_pages_exact()
 * and free_pages_exact() give back exactly the pages they should, and
 * the order-tracking debug check (CONFIG_DEBUG_PAGE_ORDER) still catches
 * a wrong-order free after a split (it prints one "BUG: Bad page state"
 * on purpose). Suite demo_gfp_zone_bad asks for two zones
 * at once, which is a BUG (tests/harness/checks.py boots it alone and
 * reads the report); so is demo_gfp_zero_highmem_irq, which asks for a
 * zeroed highmem page from a timer, in interrupt context. The buddy core itself is tested in buddy_test.c.
 */
#include <kunit/test.h>
#include <kunit/printk_capture.h>
#include <linux/mm.h>
#include <linux/gfp.h>
#include <linux/vmstat.h>
#include <linux/kconfig.h>
#include <linux/timer.h>
#include <linux/completion.h>

/*
 * 2.6.32's GFP_ZONE_TABLE on i386 (CONFIG_ZONE_DMA and CONFIG_HIGHMEM on,
 * no CONFIG_ZONE_DMA32, so OPT_ZONE_DMA32 is ZONE_NORMAL), one entry per
 * value of the zone bits DMA 0x1, HIGHMEM 0x2, DMA32 0x4, MOVABLE 0x8;
 * -1 where GFP_ZONE_BAD has the bit set.
 */
static const int zone_2632[16] = {
	[0x0] = ZONE_NORMAL, [0x1] = ZONE_DMA, [0x2] = ZONE_HIGHMEM, [0x3] = -1,
	[0x4] = ZONE_NORMAL, [0x5] = -1,       [0x6] = -1,	     [0x7] = -1,
	[0x8] = ZONE_NORMAL, [0x9] = ZONE_DMA, [0xa] = ZONE_MOVABLE, [0xb] = -1,
	[0xc] = ZONE_NORMAL, [0xd] = -1,       [0xe] = -1,	     [0xf] = -1,
};

/* The zone numbers of 2.6.32 on i386, and its gfp zone bits */
static void zone_numbers_test(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, ZONE_DMA, 0);
	KUNIT_EXPECT_EQ(test, ZONE_NORMAL, 1);
	KUNIT_EXPECT_EQ(test, ZONE_HIGHMEM, 2);
	KUNIT_EXPECT_EQ(test, ZONE_MOVABLE, 3);
	KUNIT_EXPECT_EQ(test, MAX_NR_ZONES, 4);
	KUNIT_EXPECT_EQ(test, ZONES_SHIFT, 2);
	KUNIT_EXPECT_EQ(test, (unsigned int)GFP_ZONEMASK, 0xfu);
	KUNIT_EXPECT_EQ(test, (unsigned int)GFP_HIGHUSER_MOVABLE & GFP_ZONEMASK, 0xau);
	KUNIT_EXPECT_STREQ(test, NODE_DATA(0)->node_zones[ZONE_MOVABLE].name, "Movable");
}

/* gfp_zone() of every good combination, with and without action bits, is 2.6.32's */
static void gfp_zone_table_test(struct kunit *test)
{
	static const gfp_t actions[] = { 0, GFP_KERNEL, GFP_ATOMIC | __GFP_COLD,
					 __GFP_ZERO | __GFP_COMP | __GFP_NOWARN };
	unsigned int bits, a, bad = 0;

	for (bits = 0; bits < 16; bits++) {
		if (zone_2632[bits] < 0) {
			bad |= 1U << bits;
			continue;
		}
		for (a = 0; a < ARRAY_SIZE(actions); a++) {
			/* volatile: the lookup a variable's flags take, not a folded constant */
			volatile gfp_t flags = actions[a] | bits;

			KUNIT_EXPECT_EQ_MSG(test, (int)gfp_zone(flags), zone_2632[bits],
					    "zone bits %#x, flags %#x", bits, (unsigned int)flags);
		}
	}
	KUNIT_EXPECT_EQ(test, bad, 0xe8e8U);
	KUNIT_EXPECT_EQ(test, (unsigned int)GFP_ZONE_BAD, bad);
	/* the named masks */
	KUNIT_EXPECT_EQ(test, gfp_zone(GFP_KERNEL), ZONE_NORMAL);
	KUNIT_EXPECT_EQ(test, gfp_zone(GFP_DMA), ZONE_DMA);
	KUNIT_EXPECT_EQ(test, gfp_zone(GFP_DMA32), ZONE_NORMAL);
	KUNIT_EXPECT_EQ(test, gfp_zone(GFP_HIGHUSER), ZONE_HIGHMEM);
	KUNIT_EXPECT_EQ(test, gfp_zone(GFP_HIGHUSER_MOVABLE), ZONE_MOVABLE);
}

/*
 * ZONE_MOVABLE is empty (no kernelcore=): it spans nothing, no zonelist
 * holds it, and GFP_HIGHUSER_MOVABLE walks the zones GFP_HIGHUSER walks.
 */
static void movable_zone_empty_test(struct kunit *test)
{
	struct pglist_data *pgdat = NODE_DATA(0);
	struct zone *movable = &pgdat->node_zones[ZONE_MOVABLE];
	struct zonelist *zl = node_zonelist(0, GFP_HIGHUSER_MOVABLE);
	int j, k;

	KUNIT_EXPECT_FALSE(test, populated_zone(movable));
	KUNIT_EXPECT_EQ(test, movable->spanned_pages, 0UL);
	KUNIT_EXPECT_EQ(test, zone_page_state(movable, NR_FREE_PAGES), 0UL);
	KUNIT_EXPECT_LT(test, pgdat->nr_zones, MAX_NR_ZONES);
	for (j = 0; j < MAX_NR_ZONES; j++)
		for (k = 0; pgdat->node_zonelists[j].zones[k]; k++)
			KUNIT_EXPECT_PTR_NE(test, pgdat->node_zonelists[j].zones[k], movable);
	for (k = 0; k <= MAX_NR_ZONES; k++) {
		KUNIT_EXPECT_PTR_EQ(test, zl->zones[k], node_zonelist(0, GFP_HIGHUSER)->zones[k]);
		if (!zl->zones[k])
			break;
	}
	/* 2.6.32's lowmem_reserve for an empty top zone: the same as for HighMem */
	for (j = 0; j < ZONE_MOVABLE; j++)
		KUNIT_EXPECT_EQ(test, pgdat->node_zones[j].lowmem_reserve[ZONE_MOVABLE],
				pgdat->node_zones[j].lowmem_reserve[ZONE_HIGHMEM]);
}

/* Movable and DMA32 requests get pages from the zones 2.6.32 gives them */
static void movable_dma32_alloc_test(struct kunit *test)
{
	bool have_high = populated_zone(&NODE_DATA(0)->node_zones[ZONE_HIGHMEM]);
	struct page *p;

	p = alloc_page(GFP_HIGHUSER_MOVABLE);
	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_EXPECT_NE(test, (int)page_zonenum(p), ZONE_MOVABLE);
	KUNIT_EXPECT_EQ(test, (bool)PageHighMem(p), have_high);
	__free_page(p);
	p = alloc_pages(GFP_KERNEL | __GFP_DMA32, 1);
	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_EXPECT_FALSE(test, PageHighMem(p));
	KUNIT_EXPECT_NOT_NULL(test, page_address(p));
	__free_pages(p, 1);
	p = alloc_page(GFP_KERNEL | __GFP_MOVABLE | __GFP_DMA);
	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_EXPECT_EQ(test, (int)page_zonenum(p), ZONE_DMA);
	__free_page(p);
	KUNIT_EXPECT_EQ(test, page_alloc_check(), 0);
}

/*
 * The views skip the empty zone as 2.6.32's do (walk_zones_in_node and
 * for_each_populated_zone skip !populated_zone); zoneinfo's protection
 * array has MAX_NR_ZONES entries, as 2.6.32's on i386.
 */
static void movable_zone_hidden_test(struct kunit *test)
{
	static struct printk_capture cap;
	static char buf[8192];
	const char *p;
	int commas = 0;

	buddyinfo_show(buf, sizeof(buf));
	KUNIT_EXPECT_NULL(test, strstr(buf, "Movable"));
	zoneinfo_show(buf, sizeof(buf));
	KUNIT_EXPECT_NULL(test, strstr(buf, "Movable"));
	p = strstr(buf, "protection: (");
	KUNIT_ASSERT_NOT_NULL(test, p);
	for (; *p != ')'; p++)
		commas += *p == ',';
	KUNIT_EXPECT_EQ(test, commas, MAX_NR_ZONES - 1);
	memmap_show(buf, sizeof(buf));
	KUNIT_EXPECT_NULL(test, strstr(buf, "Movable"));
	printk_capture_start(&cap);
	show_free_areas();
	printk_capture_stop(&cap);
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, "DMA per-cpu:"));
	KUNIT_EXPECT_FALSE(test, printk_capture_contains(&cap, "Movable"));
}

/*
 * struct page as 2.6.32 lays it out on i386 with SLAB: first_page shares
 * its word with private (a tail page has no private data), mapping is an
 * address_space pointer, index a field of its own, 32 bytes in all.
 */
static void struct_page_layout_test(struct kunit *test)
{
	struct page page = { 0 };

	KUNIT_EXPECT_EQ(test, sizeof(struct page), 32UL);
	KUNIT_EXPECT_EQ(test, offsetof(struct page, first_page), offsetof(struct page, private));
	KUNIT_EXPECT_EQ(test, offsetof(struct page, mapping),
			offsetof(struct page, private) + sizeof(unsigned long));
	KUNIT_EXPECT_GT(test, offsetof(struct page, index), offsetof(struct page, mapping));
	KUNIT_EXPECT_TRUE(
		test, __builtin_types_compatible_p(typeof(page.mapping), struct address_space *));
	KUNIT_EXPECT_TRUE(test, __builtin_types_compatible_p(typeof(page.index), pgoff_t));
	page.index = 7;
	page.first_page = &page;
	KUNIT_EXPECT_EQ(test, page_private(&page), (unsigned long)&page);
	KUNIT_EXPECT_EQ(test, page.index, 7UL);
	KUNIT_EXPECT_NULL(test, page.mapping);
}

/* The free lists' shape, per-CPU lists drained: it must come back exactly */
struct shape {
	unsigned long free;
	unsigned long nr_free[MAX_NR_ZONES][MAX_ORDER];
};

static void take_shape(struct shape *s)
{
	int z, o;

	drain_local_pages(NULL);
	s->free = nr_free_pages();
	for (z = 0; z < MAX_NR_ZONES; z++)
		for (o = 0; o < MAX_ORDER; o++)
			s->nr_free[z][o] = NODE_DATA(0)->node_zones[z].free_area[o].nr_free;
}

static void expect_shape(struct kunit *test, struct shape *before, long pages_out)
{
	struct shape now;
	int z, o;

	take_shape(&now);
	KUNIT_EXPECT_EQ(test, (long)(before->free - now.free), pages_out);
	if (!pages_out)
		for (z = 0; z < MAX_NR_ZONES; z++)
			for (o = 0; o < MAX_ORDER; o++)
				KUNIT_EXPECT_EQ_MSG(test, now.nr_free[z][o], before->nr_free[z][o],
						    "zone %d order %d", z, o);
	KUNIT_EXPECT_EQ(test, page_alloc_check(), 0);
}

/* split_page: 8 pages of count 1 each, freed alone in any order, all come back */
static void split_page_test(struct kunit *test)
{
	static const int free_order[8] = { 5, 0, 7, 2, 1, 6, 3, 4 };
	static struct printk_capture cap;
	struct shape before;
	struct page *p;
	int i;

	take_shape(&before);
	p = alloc_pages(GFP_KERNEL, 3);
	KUNIT_ASSERT_NOT_NULL(test, p);
	split_page(p, 3);
	for (i = 0; i < 8; i++) {
		KUNIT_EXPECT_EQ(test, page_count(p + i), 1);
		KUNIT_EXPECT_FALSE(test, PageCompound(p + i));
	}
	printk_capture_start(&cap);
	for (i = 0; i < 8; i++) {
		__free_page(p + free_order[i]);
		KUNIT_EXPECT_EQ(test, page_count(p + free_order[i]), 0);
		if (i < 7) /* the others stay allocated */
			KUNIT_EXPECT_EQ(test, page_count(p + free_order[i + 1]), 1);
		expect_shape(test, &before, 7 - i);
	}
	printk_capture_stop(&cap);
	KUNIT_EXPECT_FALSE(test, printk_capture_contains(&cap, "Bad page state"));
	expect_shape(test, &before, 0);
}

/* A split page's pages are ordinary order-0 pages: get_page/put_page on each */
static void split_page_put_page_test(struct kunit *test)
{
	struct shape before;
	struct page *p;
	int i;

	take_shape(&before);
	p = alloc_pages(GFP_HIGHUSER, 2);
	KUNIT_ASSERT_NOT_NULL(test, p);
	split_page(p, 2);
	get_page(p + 3);
	for (i = 3; i >= 0; i--)
		put_page(p + i);
	expect_shape(test, &before, 1); /* p + 3 still holds its second reference */
	KUNIT_EXPECT_EQ(test, page_count(p + 3), 1);
	put_page(p + 3);
	expect_shape(test, &before, 0);
}

/*
 * CONFIG_DEBUG_PAGE_ORDER after a split: each page records order 0, so
 * freeing the head with the block's old order is reported and refused,
 * and freeing it as the order-0 page it now is goes through.
 */
static void split_page_order_debug_test(struct kunit *test)
{
	static struct printk_capture cap;
	struct shape before;
	struct page *p;
	int i;

	if (!IS_ENABLED(CONFIG_DEBUG_PAGE_ORDER))
		kunit_skip(test, "CONFIG_DEBUG_PAGE_ORDER is off");
	take_shape(&before);
	p = alloc_pages(GFP_KERNEL, 2);
	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_EXPECT_EQ(test, p->index, 2UL);
	split_page(p, 2);
	for (i = 0; i < 4; i++)
		KUNIT_EXPECT_EQ(test, p[i].index, 0UL);
	printk_capture_start(&cap);
	__free_pages(p, 2); /* the old order: reported, nothing freed */
	printk_capture_stop(&cap);
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, "BUG: Bad page state"));
	expect_shape(test, &before, 4);
	set_page_count(p, 1);
	printk_capture_start(&cap);
	for (i = 0; i < 4; i++)
		__free_page(p + i);
	printk_capture_stop(&cap);
	KUNIT_EXPECT_FALSE(test, printk_capture_contains(&cap, "Bad page state"));
	expect_shape(test, &before, 0);
}

/* alloc_pages_exact holds exactly the pages asked for; the tail is free at once */
static void alloc_pages_exact_test(struct kunit *test)
{
	static const struct {
		size_t size;
		int pages, block;
	} cases[] = {
		{ 5 * PAGE_SIZE, 5, 8 },      { 3 * PAGE_SIZE + 1, 4, 4 }, { 1, 1, 1 },
		{ 9 * PAGE_SIZE - 9, 9, 16 }, { 2 * PAGE_SIZE, 2, 2 },
	};
	static struct printk_capture cap;
	struct shape before;
	unsigned int c;
	int i;

	printk_capture_start(&cap);
	for (c = 0; c < ARRAY_SIZE(cases); c++) {
		struct page *page;
		char *v;

		take_shape(&before);
		v = alloc_pages_exact(cases[c].size, GFP_KERNEL);
		KUNIT_ASSERT_NOT_NULL(test, v);
		KUNIT_EXPECT_EQ(test,
				((unsigned long)v & ((PAGE_SIZE << get_order(cases[c].size)) - 1)),
				0UL);
		page = virt_to_page(v);
		memset(v, 0x5a, cases[c].size);
		expect_shape(test, &before, cases[c].pages);
		for (i = 0; i < cases[c].block; i++)
			KUNIT_EXPECT_EQ_MSG(test, page_count(page + i), i < cases[c].pages,
					    "size %zu page %d", cases[c].size, i);
		free_pages_exact(v, cases[c].size);
		expect_shape(test, &before, 0);
	}
	printk_capture_stop(&cap);
	KUNIT_EXPECT_FALSE(test, printk_capture_contains(&cap, "Bad page state"));
	KUNIT_EXPECT_EQ(test, get_order(PAGE_SIZE), 0);
	KUNIT_EXPECT_EQ(test, get_order(PAGE_SIZE + 1), 1);
	KUNIT_EXPECT_EQ(test, get_order(4UL << 20), 10);
}

static struct kunit_case page_alloc_test_cases[] = { KUNIT_CASE(zone_numbers_test),
						     KUNIT_CASE(gfp_zone_table_test),
						     KUNIT_CASE(movable_zone_empty_test),
						     KUNIT_CASE(movable_dma32_alloc_test),
						     KUNIT_CASE(movable_zone_hidden_test),
						     KUNIT_CASE(struct_page_layout_test),
						     KUNIT_CASE(split_page_test),
						     KUNIT_CASE(split_page_put_page_test),
						     KUNIT_CASE(split_page_order_debug_test),
						     KUNIT_CASE(alloc_pages_exact_test),
						     {} };

static struct kunit_suite page_alloc_test_suite = {
	.name = "page_alloc",
	.test_cases = page_alloc_test_cases,
};

/*
 * __GFP_DMA | __GFP_HIGHMEM asks for two zones at once: GFP_ZONE_BAD.
 * 2.6.32 with CONFIG_DEBUG_VM (Linnet always) BUGs in gfp_zone(); the
 * harness checks the report names include/linux/gfp.h.
 */
static void demo_gfp_zone_bad_test(struct kunit *test)
{
	volatile gfp_t flags = GFP_KERNEL | __GFP_DMA | __GFP_HIGHMEM;
	struct page *p = alloc_page(flags);

	KUNIT_FAIL(test, "alloc_page(__GFP_DMA | __GFP_HIGHMEM) returned %p, no BUG", p);
}

static struct kunit_case demo_gfp_zone_bad_cases[] = { KUNIT_CASE(demo_gfp_zone_bad_test), {} };

static struct kunit_suite demo_gfp_zone_bad_suite = {
	.name = "demo_gfp_zone_bad",
	.test_cases = demo_gfp_zone_bad_cases,
};

/*
 * __GFP_ZERO | __GFP_HIGHMEM from interrupt context: prep_zero_page() would
 * kmap the page with KM_USER0, the slot of the task it interrupted.
 * 2.6.32 with CONFIG_DEBUG_VM (Linnet always) BUGs up front, in every
 * such call, not only when a KM_USER0 mapping happens to be live. A timer
 * callback runs in softirq context, so in_interrupt() is true there.
 */
static struct completion zero_highmem_done;
static struct page *zero_highmem_page;

static void zero_highmem_timer_fn(unsigned long data)
{
	volatile gfp_t flags = GFP_ATOMIC | __GFP_ZERO | __GFP_HIGHMEM;

	zero_highmem_page = alloc_page(flags);
	complete(&zero_highmem_done);
}

static void demo_gfp_zero_highmem_irq_test(struct kunit *test)
{
	struct timer_list timer;

	init_completion(&zero_highmem_done);
	setup_timer(&timer, zero_highmem_timer_fn, 0);
	mod_timer(&timer, jiffies + 1);
	KUNIT_EXPECT_NE(test, wait_for_completion_timeout(&zero_highmem_done, HZ), 0UL);
	del_timer_sync(&timer);
	KUNIT_FAIL(test, "alloc_page(__GFP_ZERO | __GFP_HIGHMEM) in a timer returned %p, no BUG",
		   zero_highmem_page);
	if (zero_highmem_page)
		__free_page(zero_highmem_page);
}

static struct kunit_case demo_gfp_zero_highmem_irq_cases[] = {
	KUNIT_CASE(demo_gfp_zero_highmem_irq_test),
	{}
};

static struct kunit_suite demo_gfp_zero_highmem_irq_suite = {
	.name = "demo_gfp_zero_highmem_irq",
	.test_cases = demo_gfp_zero_highmem_irq_cases,
};

kunit_test_suites(&page_alloc_test_suite, &demo_gfp_zone_bad_suite,
		  &demo_gfp_zero_highmem_irq_suite);
