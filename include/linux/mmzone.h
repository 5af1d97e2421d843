/*
 * mmzone.h - memory zones: the ranges of physical memory with their own free lists.
 *
 * On a PC not all memory is alike. ISA DMA can reach only the first
 * 16 MiB; the kernel's direct map (PAGE_OFFSET...) has room for only
 * 896 MiB of the 1 GiB kernel space, since the rest holds vmalloc, kmap
 * and the fixmaps. So Linux on i386 splits physical memory into zones:
 *
 *   0        16 MiB                          896 MiB                   end
 *   +---------+--------------------------------+------------------------+
 *   | ZONE_DMA| ZONE_NORMAL (directly mapped)  | ZONE_HIGHMEM (kmap)    |
 *   +---------+--------------------------------+------------------------+
 *
 * Each zone has its own buddy free lists (free_area[order]), watermarks
 * saying how much must stay free, a reserve it keeps from allocations that
 * could have used a higher zone (lowmem_reserve), and per-CPU lists of
 * single pages. A zonelist says in which order zones are tried for a
 * request: HIGHMEM, NORMAL, DMA for GFP_HIGHUSER. Linnet has one node
 * (contig_page_data), as every i386 PC does. See docs/memory.md.
 */
#ifndef _LINUX_MMZONE_H
#define _LINUX_MMZONE_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/spinlock.h>
#include <linux/mm_types.h>

/* Orders 0..10: the largest block is 1024 pages, 4 MiB */
#define MAX_ORDER 11
#define MAX_ORDER_NR_PAGES (1UL << (MAX_ORDER - 1))

#define NR_CPUS 1
#define MAX_NUMNODES 1

/**
 * enum zone_type - the zones of i386, lowest first
 * @ZONE_DMA: [0, 16 MiB): reachable by ISA DMA
 * @ZONE_NORMAL: [16 MiB, 896 MiB): the rest of the directly mapped memory
 * @ZONE_HIGHMEM: [896 MiB, end): not mapped permanently; reached through kmap
 * @__MAX_NR_ZONES: the number of zones
 */
enum zone_type {
	ZONE_DMA,
	ZONE_NORMAL,
	ZONE_HIGHMEM,
	__MAX_NR_ZONES
};
#define MAX_NR_ZONES __MAX_NR_ZONES
#define ZONES_WIDTH 2

/**
 * struct free_area - the free blocks of one order in one zone
 * @free_list: the blocks, linked through the first page's @lru
 * @nr_free: how many blocks (not pages) are on @free_list
 */
struct free_area {
	struct list_head free_list;
	unsigned long nr_free;
};

/**
 * struct per_cpu_pages - a CPU's cache of single free pages for one zone
 * @count: pages on @list
 * @low: refill from the buddy lists (by @batch) when @count is at or below this
 * @high: give @batch pages back to the buddy lists when @count reaches this
 * @batch: how many pages move at a time
 * @list: the pages, most recently freed (cache-hot) first
 */
struct per_cpu_pages {
	int count;
	int low;
	int high;
	int batch;
	struct list_head list;
};

/**
 * struct per_cpu_pageset - a CPU's hot and cold page lists for one zone
 * @pcp: pcp[0] holds hot pages, pcp[1] cold ones (__GFP_COLD), as in 2.6.12
 */
struct per_cpu_pageset {
	struct per_cpu_pages pcp[2];
};

/* Indices of zone->watermark[] */
enum zone_watermarks {
	WMARK_MIN,
	WMARK_LOW,
	WMARK_HIGH,
	NR_WMARK
};

#define min_wmark_pages(z) ((z)->watermark[WMARK_MIN])
#define low_wmark_pages(z) ((z)->watermark[WMARK_LOW])
#define high_wmark_pages(z) ((z)->watermark[WMARK_HIGH])

/**
 * struct zone - one zone of physical memory and its free lists
 * @watermark: min, low and high: free pages below which allocations slow
 *             down (low) or only __GFP_HIGH/atomic ones succeed (min)
 * @lowmem_reserve: pages this zone keeps back from requests whose preferred
 *                  zone was higher, indexed by that zone
 * @pageset: the per-CPU page lists
 * @lock: protects @free_area and @free_pages; taken with interrupts off
 * @free_area: the buddy free lists, one per order
 * @free_pages: free pages in @free_area (not counting the per-CPU lists)
 * @zone_mem_map: the struct page of @zone_start_pfn
 * @zone_start_pfn: the first page frame of the zone
 * @spanned_pages: frames from the first to the last, holes included
 * @present_pages: frames of real RAM (holes excluded)
 * @managed_pages: frames given to the buddy allocator at boot
 * @name: "DMA", "Normal" or "HighMem"
 */
struct zone {
	unsigned long watermark[NR_WMARK];
	unsigned long lowmem_reserve[MAX_NR_ZONES];
	struct per_cpu_pageset pageset[NR_CPUS];
	spinlock_t lock;
	struct free_area free_area[MAX_ORDER];
	unsigned long free_pages;
	struct page *zone_mem_map;
	unsigned long zone_start_pfn;
	unsigned long spanned_pages;
	unsigned long present_pages;
	unsigned long managed_pages;
	const char *name;
};

/**
 * struct zonelist - the zones to try for a request, in order, NULL-terminated
 * @zones: the zones; the first is the preferred one
 */
struct zonelist {
	struct zone *zones[MAX_NR_ZONES + 1];
};

/**
 * struct pglist_data - a node: all memory with the same access cost (one on a PC)
 * @node_zones: its zones, ZONE_DMA first
 * @node_zonelists: one zonelist per preferred zone (gfp_zone())
 * @nr_zones: zones that hold memory, counted from ZONE_DMA
 * @node_mem_map: the struct page of @node_start_pfn
 * @node_start_pfn: its first frame
 * @node_present_pages: frames of RAM
 * @node_spanned_pages: frames spanned, holes included
 */
typedef struct pglist_data {
	struct zone node_zones[MAX_NR_ZONES];
	struct zonelist node_zonelists[MAX_NR_ZONES];
	int nr_zones;
	struct page *node_mem_map;
	unsigned long node_start_pfn;
	unsigned long node_present_pages;
	unsigned long node_spanned_pages;
} pg_data_t;

extern struct pglist_data contig_page_data;
#define NODE_DATA(nid) (&contig_page_data)
extern const char *const zone_names[MAX_NR_ZONES];

#define zone_idx(zone) ((enum zone_type)((zone) - NODE_DATA(0)->node_zones))
#define populated_zone(zone) ((zone)->present_pages != 0)
#define is_highmem_idx(idx) ((idx) == ZONE_HIGHMEM)
#define is_highmem(zone) is_highmem_idx(zone_idx(zone))

#define for_each_zone(zone)                                                  \
	for ((zone) = NODE_DATA(0)->node_zones;                              \
	     (zone) < NODE_DATA(0)->node_zones + MAX_NR_ZONES; (zone)++)
#define for_each_populated_zone(zone) \
	for_each_zone(zone)           \
		if (!populated_zone(zone)) \
			;                  \
		else

#endif /* _LINUX_MMZONE_H */
