/*
 * buddy_test.c - mm/page_alloc.c on the host, under ASan and UBSan.
 *
 * The allocator runs on a simulated 64 MiB machine (buddy_env.c) with
 * three zones and holes. Checked here: the zones' sizes, the buddy
 * arithmetic on a worked example (split an order-10 block by allocating
 * one page, watch each order get one half back), the per-CPU lists, each
 * Bad page state case leaving the lists intact, and 200,000 random
 * operations with the invariant checker run after every one. Compiled
 * against Linnet's headers (LINNET_HOST); see tests/host/mm.mk.
 */
#include <linux/mm.h>
#include "buddy_env.h"
#include "buddy_ops.h"

extern int host_printk_quiet, host_bad_page_reports;
#include "check.h"

static struct zone *zone(int z)
{
	return &NODE_DATA(0)->node_zones[z];
}

static void zones_test(void)
{
	CHECK(zone(ZONE_DMA)->spanned_pages == 0xfff);
	CHECK(zone(ZONE_DMA)->present_pages == 0x9e + 0xf00);
	CHECK(zone(ZONE_NORMAL)->present_pages == 0x1e00);
	CHECK(zone(ZONE_HIGHMEM)->present_pages == 0x1000);
	CHECK(zone(ZONE_NORMAL)->managed_pages == 0x1e00);
	CHECK(node_zonelist(0, GFP_HIGHUSER)->zones[2] == zone(ZONE_DMA));
	CHECK(node_zonelist(0, GFP_DMA)->zones[1] == NULL);
	CHECK(page_alloc_check() == 0);
}

/* Worked example: one page from a zone of order-10 blocks splits one of them */
static void split_merge_test(void)
{
	unsigned long before[MAX_ORDER], o;
	struct page *p;

	drain_local_pages(NULL);
	for (o = 0; o < MAX_ORDER; o++)
		before[o] = zone(ZONE_HIGHMEM)->free_area[o].nr_free;
	CHECK(before[0] == 0);
	p = alloc_pages(GFP_HIGHUSER, 1); /* order 1: no per-CPU list */
	CHECK(p && page_zonenum(p) == ZONE_HIGHMEM);
	for (o = 1; o < MAX_ORDER - 1; o++)
		CHECK(zone(ZONE_HIGHMEM)->free_area[o].nr_free == before[o] + 1);
	CHECK(zone(ZONE_HIGHMEM)->free_area[MAX_ORDER - 1].nr_free == before[MAX_ORDER - 1] - 1);
	CHECK(page_alloc_check() == 0);
	__free_pages(p, 1);
	for (o = 0; o < MAX_ORDER; o++)
		CHECK(zone(ZONE_HIGHMEM)->free_area[o].nr_free == before[o]);
}

static void bad_page_test(void)
{
	unsigned long free0;
	struct page *p;

	drain_local_pages(NULL);
	free0 = nr_free_pages();
	host_printk_quiet = 1;
	p = alloc_pages(GFP_KERNEL, 2);
	__free_pages(p, 2);
	__free_pages(p, 2);
	p = alloc_pages(GFP_KERNEL, 3);
	__free_pages(p, 2);
	set_page_count(p, 1);
	__free_pages(p, 3);
	__free_page(pfn_to_page(0x9f)); /* a hole page: reserved */
	set_page_count(pfn_to_page(0x9f), 1);
	p = alloc_page(GFP_KERNEL);
	free_hot_page(p);
	__free_page(p);
	host_printk_quiet = 0;
	CHECK(host_bad_page_reports == 4);
	drain_local_pages(NULL);
	CHECK(nr_free_pages() == free0);
	CHECK(page_alloc_check() == 0);
}

static void random_test(void)
{
	static unsigned char ops[400000];
	unsigned int seed = 1, i;

	for (i = 0; i < sizeof(ops); i++) {
		seed = seed * 1103515245 + 12345;
		ops[i] = seed >> 16;
	}
	CHECK(ops_run(ops, sizeof(ops), 1) == 0);
}

int main(void)
{
	buddy_env_init();
	zones_test();
	split_merge_test();
	bad_page_test();
	random_test();
	return check_summary("buddy_test");
}
