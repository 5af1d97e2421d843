/*
 * page_alloc_test.c - KUnit tests for the page allocator's API as 2.6.32 has it.
 *
 * Suite page_alloc checks what a driver or a reader of Linux expects:
 * gfp_zone() gives, for each of the 16 combinations of the zone bits,
 * the zone 2.6.32's GFP_ZONE_TABLE gives on i386 (written out here from
 * 2.6.32's include/linux/gfp.h, not computed from Linnet's macros), the
 * empty ZONE_MOVABLE stays out of the zonelists and the /proc views,
 * and the order-tracking debug check (CONFIG_DEBUG_PAGE_ORDER) still
 * catches a wrong-order free. Suite demo_gfp_zone_bad asks for two zones
 * at once, which is a BUG (tests/harness/checks.py boots it alone and
 * reads the report). The buddy core itself is tested in buddy_test.c.
 */
#include <kunit/test.h>
#include <kunit/printk_capture.h>
#include <linux/mm.h>
#include <linux/gfp.h>
#include <linux/vmstat.h>

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

static struct kunit_case page_alloc_test_cases[] = {
	KUNIT_CASE(zone_numbers_test),	      KUNIT_CASE(gfp_zone_table_test),
	KUNIT_CASE(movable_zone_empty_test),  KUNIT_CASE(movable_dma32_alloc_test),
	KUNIT_CASE(movable_zone_hidden_test), {}
};

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

kunit_test_suites(&page_alloc_test_suite, &demo_gfp_zone_bad_suite);
