/*
 * mm.h - pages: reference counts, addresses, and the page allocator's API.
 *
 * Every physical page frame has a struct page in the array mem_map, so
 * the conversions between a frame number, its struct page and (for low
 * memory) its kernel virtual address are arithmetic:
 *
 *   pfn  <-->  mem_map + pfn  <-->  PAGE_OFFSET + (pfn << PAGE_SHIFT)
 *        pfn_to_page          page_address / virt_to_page
 *
 * High pages have no permanent virtual address: page_address() returns
 * NULL for them unless kmap() has mapped them (mm/highmem.c). A page in
 * use has a reference count (page_count); get_page() and put_page() move
 * it, and the last put_page() gives the page back to the allocator.
 * See docs/memory.md.
 */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#include <linux/types.h>
#include <linux/kernel.h>
#include <linux/atomic.h>
#include <linux/gfp.h>
#include <linux/mm_types.h>
#include <linux/mmzone.h>
#include <linux/page-flags.h>
#include <asm/page.h>
#include <asm/pgtable.h>

extern struct page *mem_map;
extern unsigned long max_mapnr;
extern unsigned long num_physpages;
extern unsigned long totalram_pages;
extern unsigned long totalhigh_pages;
extern void *high_memory;
extern int min_free_kbytes;

#define pfn_to_page(pfn) (mem_map + (pfn))
#define page_to_pfn(page) ((unsigned long)((page) - mem_map))
#define pfn_valid(pfn) ((pfn) < max_mapnr)
#define virt_to_page(kaddr) pfn_to_page(__pa(kaddr) >> PAGE_SHIFT)
#define page_to_phys(page) ((dma_addr_t)page_to_pfn(page) << PAGE_SHIFT)

/* The zone number lives in the top ZONES_WIDTH bits of page->flags */
#define ZONES_PGSHIFT (sizeof(unsigned long) * 8 - ZONES_WIDTH)
#define ZONES_MASK ((1UL << ZONES_WIDTH) - 1)

static inline enum zone_type page_zonenum(const struct page *page)
{
	return (page->flags >> ZONES_PGSHIFT) & ZONES_MASK;
}

static inline struct zone *page_zone(const struct page *page)
{
	return &NODE_DATA(0)->node_zones[page_zonenum(page)];
}

static inline void set_page_zone(struct page *page, enum zone_type zone)
{
	page->flags &= ~(ZONES_MASK << ZONES_PGSHIFT);
	page->flags |= (unsigned long)zone << ZONES_PGSHIFT;
}

#define page_private(page) ((page)->private)
#define set_page_private(page, v) ((page)->private = (v))

/* compound_head - the head page of the compound page @page belongs to */
static inline struct page *compound_head(struct page *page)
{
	if (unlikely(PageTail(page)))
		return page->first_page;
	return page;
}

/* compound_order - the order of a compound page; 0 for an ordinary page */
static inline unsigned int compound_order(struct page *page)
{
	if (!PageHead(page))
		return 0;
	return (unsigned long)page[1].lru.prev;
}

static inline void set_compound_order(struct page *page, unsigned int order)
{
	page[1].lru.prev = (void *)(unsigned long)order;
}

/* page_count - the references to @page (to its compound head) */
static inline int page_count(struct page *page)
{
	return atomic_read(&compound_head(page)->_count);
}

static inline void set_page_count(struct page *page, int v)
{
	atomic_set(&page->_count, v);
}

static inline void init_page_count(struct page *page)
{
	atomic_set(&page->_count, 1);
}

/* put_page_testzero - drop a reference; true if it was the last */
static inline int put_page_testzero(struct page *page)
{
	return atomic_dec_and_test(&page->_count);
}

/* get_page - take a reference on a page that already has one */
static inline void get_page(struct page *page)
{
	page = compound_head(page);
	atomic_inc(&page->_count);
}

static inline int page_mapcount(struct page *page)
{
	return atomic_read(&page->_mapcount) + 1;
}

static inline void reset_page_mapcount(struct page *page)
{
	atomic_set(&page->_mapcount, -1);
}

void put_page(struct page *page);

/* lowmem_page_address - the direct-map address of a page below high_memory */
static inline void *lowmem_page_address(const struct page *page)
{
	return __va((unsigned long)(page - mem_map) << PAGE_SHIFT);
}

void *page_address(const struct page *page);

/**
 * is_vmalloc_addr - is this an address in the vmalloc area?
 * @x: a kernel virtual address
 *
 * Context: any.
 * Return: 1 if @x lies between VMALLOC_START and VMALLOC_END.
 */
static inline int is_vmalloc_addr(const void *x)
{
	unsigned long addr = (unsigned long)x;

	return addr >= VMALLOC_START && addr < VMALLOC_END;
}

struct page *vmalloc_to_page(const void *addr);

/**
 * struct sysinfo - memory totals, as Linux's sysinfo(2) reports them
 * @uptime: seconds since boot (unused here: 0)
 * @loads: load averages (unused here: 0)
 * @totalram: usable pages (managed by the page allocator)
 * @freeram: free pages
 * @sharedram: shared pages (0)
 * @bufferram: buffer pages (0)
 * @totalswap: swap pages (0)
 * @freeswap: free swap pages (0)
 * @procs: processes (0)
 * @totalhigh: usable high pages
 * @freehigh: free high pages
 * @mem_unit: the size of the unit of the counts above, in bytes
 */
struct sysinfo {
	long uptime;
	unsigned long loads[3];
	unsigned long totalram;
	unsigned long freeram;
	unsigned long sharedram;
	unsigned long bufferram;
	unsigned long totalswap;
	unsigned long freeswap;
	unsigned short procs;
	unsigned long totalhigh;
	unsigned long freehigh;
	unsigned int mem_unit;
};

/* The zone and free-count queries of mm/page_alloc.c */
unsigned long nr_free_pages(void);
unsigned long nr_free_highpages(void);
unsigned long nr_free_pagecache_pages(void);
void drain_local_pages(void *unused);
struct per_cpu_pageset;
void setup_pagelist_highmark(struct per_cpu_pageset *p, unsigned long high);
void show_free_areas(void);
void show_mem(void);
void si_meminfo(struct sysinfo *val);

/* The buddy core (mm/page_alloc.c), shared with the host test build */
void bad_page(struct page *page);
void __free_one_page(struct page *page, struct zone *zone, unsigned int order);
struct page *__rmqueue_smallest(struct zone *zone, unsigned int order);
void prep_compound_page(struct page *page, unsigned int order);
bool zone_watermark_ok(struct zone *z, unsigned int order, unsigned long mark,
		       int classzone_idx, int alloc_flags);
struct zonelist *node_zonelist(int nid, gfp_t flags);
int zone_check_invariants(struct zone *zone);
int page_alloc_check(void);

/* Setting up: arch/x86/mm/init_32.c calls these in this order */
void free_area_init_node(int nid, unsigned long *zones_size, unsigned long node_start_pfn,
			 unsigned long *zholes_size);
void __free_pages_bootmem(struct page *page, unsigned int order);
void init_per_zone_wmark_min(void);
void setup_per_zone_wmarks(void);
void build_all_zonelists(void);

void setup_memory(void);
void paging_init(void);
void mem_init(void);

#include <linux/vmstat.h>

#endif /* _LINUX_MM_H */
