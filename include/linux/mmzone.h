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
 * A fourth zone, ZONE_MOVABLE, exists as in 2.6.32 but is always empty
 * (2.6.32 fills it only when booted with kernelcore= or movablecore=).
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
#include <linux/numa.h>

/* Orders 0..10: the largest block is 1024 pages, 4 MiB */
#define MAX_ORDER 11
/* Orders above this are "costly": the OOM killer is not called for them (2.6.32) */
#define PAGE_ALLOC_COSTLY_ORDER 3
#define MAX_ORDER_NR_PAGES (1UL << (MAX_ORDER - 1))

#define NR_CPUS 1

/**
 * enum zone_type - the zones of i386, lowest first
 * @ZONE_DMA: [0, 16 MiB): reachable by ISA DMA
 * @ZONE_NORMAL: [16 MiB, 896 MiB): the rest of the directly mapped memory
 * @ZONE_HIGHMEM: [896 MiB, end): not mapped permanently; reached through kmap
 * @ZONE_MOVABLE: pages only movable allocations may use. In 2.6.32 it is
 *                carved out of the highest zone by kernelcore= or
 *                movablecore=, and empty without them. Linnet has neither
 *                option, so it is always empty: it spans no frames, no
 *                zonelist holds it, and every view that skips unpopulated
 *                zones (buddyinfo, zoneinfo, Mem-Info) skips it, as
 *                2.6.32's do. It is there so that the zone numbers,
 *                gfp_zone()'s table and zoneinfo's protection array are
 *                2.6.32's.
 * @__MAX_NR_ZONES: the number of zones
 *
 * i386 has no ZONE_DMA32 (2.6.32 builds it only on 64-bit x86).
 */
enum zone_type { ZONE_DMA, ZONE_NORMAL, ZONE_HIGHMEM, ZONE_MOVABLE, __MAX_NR_ZONES };
#define MAX_NR_ZONES __MAX_NR_ZONES
/* Bits for a zone number: in page->flags, and per entry of GFP_ZONE_TABLE */
#define ZONES_SHIFT 2
#define ZONES_WIDTH ZONES_SHIFT

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
 * enum zone_stat_item - the zoned VM counters (zone->vm_stat[], vm_stat[])
 * @NR_FREE_PAGES: pages on the buddy free lists (not the per-CPU lists)
 * @NR_INACTIVE_ANON: LRU counters, NR_LRU_BASE + enum lru_list (mm/swap.c)
 * @NR_ACTIVE_ANON: LRU counter
 * @NR_INACTIVE_FILE: LRU counter
 * @NR_ACTIVE_FILE: LRU counter
 * @NR_UNEVICTABLE: LRU counter
 * @NR_MLOCK: mlock()ed pages
 * @NR_ANON_PAGES: mapped anonymous pages
 * @NR_FILE_MAPPED: page cache pages mapped into page tables
 * @NR_FILE_PAGES: page cache pages
 * @NR_FILE_DIRTY: dirty page cache pages
 * @NR_WRITEBACK: pages under writeback
 * @NR_SLAB_RECLAIMABLE: slab pages of SLAB_RECLAIM_ACCOUNT caches
 * @NR_SLAB_UNRECLAIMABLE: all other slab pages
 * @NR_PAGETABLE: pages used for page tables
 * @NR_KERNEL_STACK: kernel stacks (counted in stacks, not pages)
 * @NR_UNSTABLE_NFS: NFS unstable pages
 * @NR_BOUNCE: bounce buffers
 * @NR_VMSCAN_WRITE: pages written by reclaim
 * @NR_WRITEBACK_TEMP: writeback using temporary buffers
 * @NR_ISOLATED_ANON: anonymous pages taken off the LRU for a while
 * @NR_ISOLATED_FILE: file pages taken off the LRU for a while
 * @NR_SHMEM: shmem pages
 * @NR_VM_ZONE_STAT_ITEMS: the number of counters
 *
 * 2.6.32's list, in 2.6.32's order, so /proc/vmstat and /proc/zoneinfo
 * print the same lines; a counter Linnet has nothing for stays 0.
 */
enum zone_stat_item {
	NR_FREE_PAGES,
	NR_LRU_BASE,
	NR_INACTIVE_ANON = NR_LRU_BASE,
	NR_ACTIVE_ANON,
	NR_INACTIVE_FILE,
	NR_ACTIVE_FILE,
	NR_UNEVICTABLE,
	NR_MLOCK,
	NR_ANON_PAGES,
	NR_FILE_MAPPED,
	NR_FILE_PAGES,
	NR_FILE_DIRTY,
	NR_WRITEBACK,
	NR_SLAB_RECLAIMABLE,
	NR_SLAB_UNRECLAIMABLE,
	NR_PAGETABLE,
	NR_KERNEL_STACK,
	NR_UNSTABLE_NFS,
	NR_BOUNCE,
	NR_VMSCAN_WRITE,
	NR_WRITEBACK_TEMP,
	NR_ISOLATED_ANON,
	NR_ISOLATED_FILE,
	NR_SHMEM,
	NR_VM_ZONE_STAT_ITEMS
};

/*
 * The LRU lists of page reclaim, in the order of their counters above
 * (NR_LRU_BASE + lru is a list's counter), as 2.6.32's. See mm/swap.c.
 */
#define LRU_BASE 0
#define LRU_ACTIVE 1
#define LRU_FILE 2

enum lru_list {
	LRU_INACTIVE_ANON = LRU_BASE,
	LRU_ACTIVE_ANON = LRU_BASE + LRU_ACTIVE,
	LRU_INACTIVE_FILE = LRU_BASE + LRU_FILE,
	LRU_ACTIVE_FILE = LRU_BASE + LRU_FILE + LRU_ACTIVE,
	LRU_UNEVICTABLE,
	NR_LRU_LISTS
};

#define for_each_lru(l) for (l = 0; l < NR_LRU_LISTS; l++)

/**
 * struct per_cpu_pages - a CPU's cache of single free pages for one zone
 * @count: pages on @list
 * @high: give @batch pages back to the buddy lists when @count reaches this
 * @batch: how many pages move at a time (refilled only when @list is empty)
 * @list: the pages: hot (recently freed, likely in the CPU cache) at the
 *        head, cold (__GFP_COLD frees) at the tail
 *
 * 2.6.32 keeps one such list per migrate type (lists[MIGRATE_PCPTYPES]);
 * Linnet has no migrate types, so it keeps one list per zone.
 */
struct per_cpu_pages {
	int count;
	int high;
	int batch;
	struct list_head list;
};

/**
 * struct per_cpu_pageset - a CPU's page list for one zone
 * @pcp: the list
 */
struct per_cpu_pageset {
	struct per_cpu_pages pcp;
};

/* The reclaim priority of a zone reclaim never scanned (zoneinfo's prev_priority) */
#define DEF_PRIORITY 12

/* Indices of zone->watermark[] */
enum zone_watermarks { WMARK_MIN, WMARK_LOW, WMARK_HIGH, NR_WMARK };

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
 * @lock: protects @free_area; taken with interrupts off
 * @free_area: the buddy free lists, one per order
 * @vm_stat: the zone's VM counters (enum zone_stat_item): NR_FREE_PAGES
 *           counts the pages in @free_area, not those on the per-CPU lists.
 *           2.6.32 keeps atomic_long_t counters plus per-CPU deltas folded
 *           in now and then; with one CPU Linnet updates plain longs with
 *           interrupts off (include/linux/vmstat.h).
 * @zone_mem_map: the struct page of @zone_start_pfn
 * @zone_start_pfn: the first page frame of the zone
 * @spanned_pages: frames from the first to the last, holes included
 * @present_pages: frames of real RAM (holes excluded)
 * @managed_pages: frames given to the buddy allocator at boot
 * @name: "DMA", "Normal", "HighMem" or "Movable"
 */
struct zone {
	unsigned long watermark[NR_WMARK];
	unsigned long lowmem_reserve[MAX_NR_ZONES];
	struct per_cpu_pageset pageset[NR_CPUS];
	spinlock_t lock;
	struct free_area free_area[MAX_ORDER];
	long vm_stat[NR_VM_ZONE_STAT_ITEMS];
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
 *
 * Linux 2.6.32 keeps one zonelist per node of every populated zone
 * (struct zoneref _zonerefs[]) and skips, while walking it, the zones
 * above the request's gfp_zone() (for_each_zone_zonelist with
 * high_zoneidx). Linnet keeps the shape Linux had before 2.6.26: one
 * zonelist per preferred zone, already cut at that zone. Both walk the
 * same zones in the same order.
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

#define zone_idx(zone) ((enum zone_type)((zone)-NODE_DATA(0)->node_zones))
#define populated_zone(zone) ((zone)->present_pages != 0)
#define is_highmem_idx(idx) ((idx) == ZONE_HIGHMEM)
#define is_highmem(zone) is_highmem_idx(zone_idx(zone))

#define for_each_zone(zone)                                                                       \
	for ((zone) = NODE_DATA(0)->node_zones; (zone) < NODE_DATA(0)->node_zones + MAX_NR_ZONES; \
	     (zone)++)
#define for_each_populated_zone(zone)                   \
	for_each_zone(zone) if (!populated_zone(zone)); \
	else

#endif /* _LINUX_MMZONE_H */
