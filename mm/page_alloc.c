/*
 * page_alloc.c - the zoned buddy allocator: where every page of RAM comes from.
 *
 * Each zone keeps its free memory as blocks of 2^order pages, order 0 to
 * 10, one list per order (zone->free_area[order]). A block of order n
 * starts at a page frame number that is a multiple of 2^n, so each block
 * has exactly one "buddy": the other half of the block of order n+1 that
 * contains it, found by flipping one bit of the frame number:
 *
 *   buddy_pfn = pfn ^ (1 << order)         combined = pfn & ~(1 << order)
 *
 *   order 2:  [ 0  1  2  3 ][ 4  5  6  7 ]   pfn 0's buddy is 4, 4's is 0
 *   order 3:  [ 0  1  2  3  4  5  6  7 ]
 *
 * Allocating order n takes the first block of the smallest non-empty
 * order >= n and splits it, putting the unused halves back on the lower
 * lists (expand). Freeing merges the block with its buddy for as long as
 * the buddy is free and whole at the same order (__free_one_page). A free
 * block is marked by PG_buddy on its first page, with its order in
 * page->private.
 *
 * Around that core: watermarks that keep a reserve free, zonelists for
 * falling back from one zone to another, per-CPU lists of single pages
 * that make the common order-0 case cheap, the GFP flags, and the reports
 * for misuse ("BUG: Bad page state") and failure ("page allocation
 * failure"). The buddy core and everything else in this file build on
 * the host too (tests/host/buddy_test.c); the i386 parts live in
 * arch/x86/mm/init_32.c and mm/highmem.c. See docs/memory.md.
 *
 * Where Linux 2.6.32 differs, and why Linnet does not follow:
 *  - 2.6.32 splits each free list and each per-CPU list by migrate type
 *    (free_list[MIGRATE_TYPES], pcp->lists[MIGRATE_PCPTYPES]) so that
 *    movable and unmovable pages stay in separate 4 MiB pageblocks.
 *    Linnet has no page migration, so it behaves as 2.6.32 does with
 *    page_group_by_mobility_disabled (the boot line says "mobility
 *    grouping off"): one free list per order, one per-CPU list per zone.
 *  - There is no reclaim or kswapd: the slow path drains the per-CPU
 *    lists, retries at the lower watermarks the request may use, and for
 *    a request that may sleep and enter file systems (GFP_KERNEL,
 *    GFP_HIGHUSER) of order 3 or less calls the OOM killer
 *    (mm/oom_kill.c) and retries while it finds a process to kill, as
 *    2.6.32's __alloc_pages_may_oom; a killed task (TIF_MEMDIE) may then
 *    use the reserves below the min watermark. With nobody to kill the
 *    request fails (2.6.32 panics). 2.6.32 loops for __GFP_NOFAIL;
 *    when even the OOM killer cannot help, Linnet panics instead, and it
 *    does not let __GFP_NOFAIL dig below the watermarks (2.6.32 gives
 *    ALLOC_NO_WATERMARKS only to PF_MEMALLOC and TIF_MEMDIE tasks).
 *  - CONFIG_DEBUG_PAGE_ORDER is Linnet's own debugging option (a Makefile
 *    option, as CONFIG_DEBUG_SPINLOCK: on in the test kernels, off in
 *    `make bench`'s kernel). With it, a block that is not compound keeps
 *    the order it was allocated with in its head's page->index while it
 *    is allocated (set_page_alloc_order), so that __free_pages() with the
 *    wrong order is reported as a Bad page state instead of corrupting
 *    the free lists. 2.6.32 has no such check: page->index is the page
 *    cache's offset there. The page cache overwrites it (order-0 pages,
 *    whose recorded order is 0) and mm/filemap.c puts 0 back when a page
 *    leaves the cache. split_page() records order 0 in each page.
 *  - Reports are rate-limited as in 2.6.32 (bad_page: bursts of 60 a
 *    minute; allocation failures: printk_ratelimit's 10 every 5 s, kept
 *    here since Linnet has no printk_ratelimit()); each report taints
 *    the kernel B (TAINT_BAD_PAGE), as in 2.6.32.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/math.h>
#include <linux/mm.h>
#include <linux/fault-inject.h>
#include <linux/highmem.h>
#include <linux/kasan.h>
#include <linux/oom.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/jiffies.h>
#include <linux/log2.h>
#include <linux/sched.h>
#include <linux/hardirq.h>
#include <linux/mmdebug.h>

struct pglist_data contig_page_data;
EXPORT_SYMBOL(contig_page_data);
struct page *mem_map;
EXPORT_SYMBOL(mem_map);
unsigned long max_mapnr;
EXPORT_SYMBOL(max_mapnr);
unsigned long totalram_pages;
EXPORT_SYMBOL(totalram_pages);
unsigned long totalhigh_pages;
EXPORT_SYMBOL(totalhigh_pages);
unsigned long num_physpages;
EXPORT_SYMBOL(num_physpages);
int min_free_kbytes = 1024;

const char *const zone_names[MAX_NR_ZONES] = { "DMA", "Normal", "HighMem", "Movable" };

/* A lower zone keeps 1/ratio of the pages of each higher zone from its requests (2.6.32's) */
static const int sysctl_lowmem_reserve_ratio[MAX_NR_ZONES - 1] = { 256, 32, 32 };

/* How get_page_from_freelist may dig into a zone */
#define ALLOC_WMARK_MIN WMARK_MIN
#define ALLOC_WMARK_LOW WMARK_LOW
#define ALLOC_WMARK_HIGH WMARK_HIGH
#define ALLOC_NO_WATERMARKS 0x04 /* ignore the watermarks entirely */
#define ALLOC_WMARK_MASK (ALLOC_NO_WATERMARKS - 1)
#define ALLOC_HARDER 0x10 /* an atomic request: go a quarter below min */
#define ALLOC_HIGH 0x20 /* __GFP_HIGH: go half below min */

long vm_stat[NR_VM_ZONE_STAT_ITEMS];

/* bad_page_ratelimit - a burst of 60 reports, then quiet for the rest of that minute */
static bool bad_page_ratelimit(void)
{
	static unsigned long resume, nr_shown, nr_unshown;

	if (nr_shown == 60) {
		if (time_before(jiffies, resume)) {
			nr_unshown++;
			return false;
		}
		if (nr_unshown) {
			printk(KERN_ALERT "BUG: Bad page state: %lu messages suppressed\n",
			       nr_unshown);
			nr_unshown = 0;
		}
		nr_shown = 0;
	}
	if (nr_shown++ == 0)
		resume = jiffies + 60 * HZ;
	return true;
}

/**
 * bad_page - report a page in a state it must not be in, and leave it alone
 * @page: the page
 *
 * Prints Linux's "BUG: Bad page state" report with the page's fields and a
 * backtrace, at most 60 a minute. The page is not freed: putting a page of
 * unknown state on a free list could corrupt the lists, so it is leaked.
 * What was wrong can be read from the fields: a nonzero count or mapcount,
 * a mapping, or a flag of PAGE_FLAGS_CHECK_AT_FREE (PG_buddy: freed twice;
 * PG_reserved: never allocated), or an order that is not the one the
 * block was allocated with (index, with CONFIG_DEBUG_PAGE_ORDER).
 *
 * Context: any.
 */
void bad_page(struct page *page)
{
	if (!bad_page_ratelimit())
		return;
	printk(KERN_ALERT "BUG: Bad page state in process %s  pfn:%05lx\n", current->comm,
	       page_to_pfn(page));
	printk(KERN_ALERT "page:%p flags:%p count:%d mapcount:%d mapping:%p index:%lx\n", page,
	       (void *)page->flags, atomic_read(&page->_count), page_mapcount(page), page->mapping,
	       page->index);
	dump_stack();
	add_taint(TAINT_BAD_PAGE);
}

/* ---- the buddy core ---- */

static inline void set_page_order(struct page *page, unsigned int order)
{
	set_page_private(page, order);
	__SetPageBuddy(page);
}

static inline void rmv_page_order(struct page *page)
{
	__ClearPageBuddy(page);
	set_page_private(page, 0);
}

static inline bool pfn_in_zone(struct zone *zone, unsigned long pfn)
{
	return pfn >= zone->zone_start_pfn && pfn < zone->zone_start_pfn + zone->spanned_pages;
}

/*
 * page_is_buddy - may @buddy (the buddy of a block of @order) be merged?
 * Only if it is a whole free block of the same order in the same zone.
 */
static inline bool page_is_buddy(struct zone *zone, unsigned long buddy_pfn, unsigned int order)
{
	struct page *buddy;

	if (!pfn_in_zone(zone, buddy_pfn))
		return false;
	buddy = pfn_to_page(buddy_pfn);
	return PageBuddy(buddy) && page_private(buddy) == order;
}

/**
 * __free_one_page - put a block on the free lists, merging it with its buddies
 * @page: the first page of the block
 * @zone: its zone
 * @order: its order
 *
 * 2.6.32's takes a fourth argument, the block's migratetype, and puts the
 * merged block on free_list[migratetype] of its order; Linnet has no
 * migrate types, so one list per order (the opening comment says why).
 *
 * Context: zone->lock held, interrupts off.
 */
void __free_one_page(struct page *page, struct zone *zone, unsigned int order)
{
	unsigned long pfn = page_to_pfn(page);

	while (order < MAX_ORDER - 1) {
		unsigned long buddy_pfn = pfn ^ (1UL << order);
		struct page *buddy = pfn_to_page(buddy_pfn);

		if (!page_is_buddy(zone, buddy_pfn, order))
			break;
		list_del(&buddy->lru);
		zone->free_area[order].nr_free--;
		rmv_page_order(buddy);
		pfn &= ~(1UL << order);
		order++;
	}
	page = pfn_to_page(pfn);
	set_page_order(page, order);
	list_add(&page->lru, &zone->free_area[order].free_list);
	zone->free_area[order].nr_free++;
}

/*
 * expand - split a block of order @high, keeping the first 2^@low pages
 * and putting each unused upper half back on the list one order down:
 *
 *   high=3: [ keep | 1 | 2 2 | 3 3 3 3 ]  halves of order 0, 1, 2 go back
 *
 * (2.6.32's expand() also takes the free_area and the migratetype whose
 * list the halves go on; Linnet has one list per order.)
 */
static void expand(struct zone *zone, struct page *page, unsigned int low, unsigned int high)
{
	unsigned long size = 1UL << high;

	while (high > low) {
		high--;
		size >>= 1;
		list_add(&page[size].lru, &zone->free_area[high].free_list);
		zone->free_area[high].nr_free++;
		set_page_order(&page[size], high);
	}
}

/**
 * __rmqueue_smallest - take a block of @order from the smallest list that has one
 * @zone: the zone
 * @order: the order wanted
 *
 * 2.6.32's is __rmqueue_smallest(zone, order, migratetype): it searches
 * free_list[migratetype] of each order, and __rmqueue() falls back to
 * stealing from another type's lists (__rmqueue_fallback). Linnet has no
 * migrate types, so no third argument and no fallback: this is all of
 * 2.6.32's __rmqueue() with mobility grouping off.
 *
 * Context: zone->lock held, interrupts off.
 * Return: the first page of the block, or NULL if no list of order >= @order
 * has a block.
 */
struct page *__rmqueue_smallest(struct zone *zone, unsigned int order)
{
	unsigned int current_order;

	for (current_order = order; current_order < MAX_ORDER; current_order++) {
		struct free_area *area = &zone->free_area[current_order];
		struct page *page;

		if (list_empty(&area->free_list))
			continue;
		/* cppcheck-suppress nullPointer ; container_of, not a dereference */
		page = list_entry(area->free_list.next, struct page, lru);
		/* a free list holding anything but a free block of its order is corrupt */
		BUG_ON(!PageBuddy(page) || page_private(page) != current_order);
		list_del(&page->lru);
		rmv_page_order(page);
		area->nr_free--;
		expand(zone, page, order, current_order);
		return page;
	}
	return NULL;
}

/* ---- checks on the way in and out ---- */

#ifdef CONFIG_DEBUG_PAGE_ORDER
/* set_page_alloc_order - remember the order an ordinary block was allocated with */
static inline void set_page_alloc_order(struct page *page, unsigned int order)
{
	page->index = order;
}

/* page_alloc_order_ok - is @order the one the block was allocated with? */
static inline bool page_alloc_order_ok(struct page *page, unsigned int order)
{
	return page->index == order;
}
#else
static inline void set_page_alloc_order(struct page *page, unsigned int order)
{
}

static inline bool page_alloc_order_ok(struct page *page, unsigned int order)
{
	return true;
}
#endif

/*
 * free_pages_check - may this page (of a block being freed) go on a free
 * list? Flags that only describe a page's past life (PG_uptodate,
 * PG_dirty, PG_referenced...) are harmless here and are cleared, so the
 * page comes out of the free lists clean (prep_new_page checks them all).
 */
static inline bool free_pages_check(struct page *page)
{
	if (unlikely(page_mapcount(page) | (page->mapping != NULL) |
		     (atomic_read(&page->_count) != 0) |
		     (page->flags & PAGE_FLAGS_CHECK_AT_FREE))) {
		bad_page(page);
		return false;
	}
	if (page->flags & PAGE_FLAGS_CHECK_AT_PREP)
		page->flags &= ~PAGE_FLAGS_CHECK_AT_PREP;
	return true;
}

/* Undo prep_compound_page, checking that the block is what the caller says */
static bool destroy_compound_page(struct page *page, unsigned int order)
{
	unsigned long i, nr = 1UL << order;

	if (!PageHead(page) || compound_order(page) != order) {
		bad_page(page);
		return false;
	}
	for (i = 1; i < nr; i++)
		if (!PageTail(page + i) || page[i].first_page != page) {
			bad_page(page + i);
			return false;
		}
	__ClearPageHead(page);
	page[1].lru.prev = NULL;
	for (i = 1; i < nr; i++) {
		__ClearPageTail(page + i);
		page[i].first_page = NULL;
	}
	return true;
}

/*
 * free_pages_prepare - check a block that is about to be freed.
 * With CONFIG_DEBUG_PAGE_ORDER an ordinary block remembers its allocation
 * order in the head's @index (prep_new_page), so freeing it with another
 * order is caught too.
 */
static __always_inline bool free_pages_prepare(struct page *page, unsigned int order)
{
	unsigned long i;

	if (PageCompound(page)) {
		if (!destroy_compound_page(page, order))
			return false;
	} else if (unlikely(!page_alloc_order_ok(page, order))) {
		bad_page(page);
		return false;
	}
	if (!free_pages_check(page))
		return false;
	for (i = 1; i < (1UL << order); i++)
		if (!free_pages_check(page + i))
			return false;
	set_page_alloc_order(page, 0);
	kasan_free_pages(page, order);
	return true;
}

/*
 * check_new_page - is a page from the free lists as clean as free_pages_check
 * left it? If not, something wrote to it while it was free: report it and
 * leak it. PG_buddy is cleared so that the leaked page can never be taken
 * for a free buddy and merged (2.6.32 clears it in bad_page()).
 */
static inline bool check_new_page(struct page *page)
{
	if (unlikely(page_mapcount(page) | (page->mapping != NULL) |
		     (atomic_read(&page->_count) != 0) |
		     (page->flags & PAGE_FLAGS_CHECK_AT_PREP))) {
		bad_page(page);
		__ClearPageBuddy(page);
		return false;
	}
	return true;
}

/*
 * prep_zero_page - clear a block for __GFP_ZERO. Out of line, as the rare
 * case: kept inline, its kmap loop costs the order-0 fast path registers.
 */
static noinline void prep_zero_page(struct page *page, unsigned int order, gfp_t gfp_flags)
{
	unsigned long i;

	/* clear_highpage uses KM_USER0, which an interrupt must not take */
	VM_BUG_ON((gfp_flags & __GFP_HIGHMEM) && in_interrupt());
	for (i = 0; i < (1UL << order); i++)
		clear_highpage(page + i);
}

/* prep_new_page - check and initialise a block on its way out; false if bad */
static bool prep_new_page(struct page *page, unsigned int order, gfp_t gfp_flags)
{
	unsigned long i, nr = 1UL << order;

	for (i = 0; i < nr; i++)
		if (!check_new_page(page + i))
			return false;
	set_page_private(page, 0);
	init_page_count(page);
	kasan_alloc_pages(page, order);
	if (gfp_flags & __GFP_ZERO)
		prep_zero_page(page, order, gfp_flags);
	if (order && (gfp_flags & __GFP_COMP))
		prep_compound_page(page, order);
	else
		set_page_alloc_order(page, order);
	return true;
}

/**
 * prep_compound_page - make a block into a compound page
 * @page: the block's first page (the head)
 * @order: its order (at least 1)
 *
 * The head gets PG_head and the order (in page[1].lru.prev, as Linux
 * keeps it); every other page gets PG_tail and a pointer to the head, so
 * get_page()/put_page() on any of them act on the head.
 *
 * Context: any; the block is not yet visible to anyone else.
 */
void prep_compound_page(struct page *page, unsigned int order)
{
	unsigned long i, nr = 1UL << order;

	set_compound_order(page, order);
	__SetPageHead(page);
	for (i = 1; i < nr; i++) {
		__SetPageTail(page + i);
		page[i].first_page = page;
	}
}

/* ---- moving pages between the buddy lists and the per-CPU lists ---- */

/*
 * rmqueue_bulk - move up to @count order-@order blocks onto @list, keeping
 * their order: at the head for hot use, at the tail when @cold. Returns
 * how many it moved. (2.6.32's also takes the migratetype of the list
 * being refilled and records it in each page's private.)
 */
static int rmqueue_bulk(struct zone *zone, unsigned int order, int count, struct list_head *list,
			int cold)
{
	int i;

	spin_lock(&zone->lock);
	for (i = 0; i < count; i++) {
		struct page *page = __rmqueue_smallest(zone, order);

		if (unlikely(!page))
			break;
		if (likely(!cold))
			list_add(&page->lru, list);
		else
			list_add_tail(&page->lru, list);
		list = &page->lru;
	}
	__mod_zone_page_state(zone, NR_FREE_PAGES, -(i << order));
	spin_unlock(&zone->lock);
	return i;
}

/* free_pcppages_bulk - give @count pages from the tail (the coldest) of @pcp back */
static void free_pcppages_bulk(struct zone *zone, int count, struct per_cpu_pages *pcp)
{
	int n = 0;

	spin_lock(&zone->lock);
	while (n < count && !list_empty(&pcp->list)) {
		/* cppcheck-suppress nullPointer ; container_of, not a dereference */
		struct page *page = list_entry(pcp->list.prev, struct page, lru);

		list_del(&page->lru);
		__free_one_page(page, zone, 0);
		n++;
	}
	__mod_zone_page_state(zone, NR_FREE_PAGES, n);
	spin_unlock(&zone->lock);
}

/*
 * free_hot_cold_page - an order-0 page whose count reached 0 goes on its
 * zone's per-CPU list: at the head if it is probably still in the CPU's
 * cache (hot), at the tail if not (cold). A list that reaches @high gives
 * @batch pages from its tail back to the buddy lists.
 */
static inline void free_hot_cold_page(struct page *page, int cold)
{
	struct zone *zone = page_zone(page);
	struct per_cpu_pages *pcp;
	unsigned long flags;

	if (unlikely(!free_pages_prepare(page, 0)))
		return;
	pcp = &zone->pageset[0].pcp;
	local_irq_save(flags);
	if (cold)
		list_add_tail(&page->lru, &pcp->list);
	else
		list_add(&page->lru, &pcp->list);
	pcp->count++;
	if (unlikely(pcp->count >= pcp->high)) {
		free_pcppages_bulk(zone, pcp->batch, pcp);
		pcp->count -= pcp->batch;
	}
	local_irq_restore(flags);
}

/**
 * free_hot_page - give an order-0 page (count already 0) to the head of its per-CPU list
 * @page: the page
 *
 * Context: any, including interrupt handlers.
 */
void free_hot_page(struct page *page)
{
	free_hot_cold_page(page, 0);
}

/**
 * free_cold_page - give an order-0 page (count already 0) to the tail of its per-CPU list
 * @page: the page
 *
 * Context: any, including interrupt handlers.
 */
void free_cold_page(struct page *page)
{
	free_hot_cold_page(page, 1);
}

/* __free_pages_ok - check a block whose count reached 0 and free it to the buddy lists */
static void __free_pages_ok(struct page *page, unsigned int order)
{
	struct zone *zone = page_zone(page);
	unsigned long flags;

	if (!free_pages_prepare(page, order))
		return;
	spin_lock_irqsave(&zone->lock, flags);
	__free_one_page(page, zone, order);
	__mod_zone_page_state(zone, NR_FREE_PAGES, 1 << order);
	spin_unlock_irqrestore(&zone->lock, flags);
}

/**
 * __free_pages - drop a reference to a block; free it when it was the last
 * @page: the block's first page
 * @order: the order it was allocated with
 *
 * Freeing a page that is already free, with the wrong order, a reserved
 * page or one that is still mapped prints "BUG: Bad page state" and
 * leaves the free lists untouched.
 *
 * Context: any, including interrupt handlers.
 */
void __free_pages(struct page *page, unsigned int order)
{
	if (unlikely(atomic_read(&page->_count) <= 0)) {
		bad_page(page);
		return;
	}
	if (!put_page_testzero(page))
		return;
	if (order == 0)
		free_hot_cold_page(page, 0);
	else
		__free_pages_ok(page, order);
}
EXPORT_SYMBOL(__free_pages);

/**
 * free_pages - free a block given its (direct-map) address
 * @addr: the address __get_free_pages() returned; 0 does nothing
 * @order: the order it was allocated with
 *
 * Context: any, including interrupt handlers.
 */
void free_pages(unsigned long addr, unsigned int order)
{
	if (addr != 0) {
		BUG_ON(!virt_addr_valid(addr));
		__free_pages(virt_to_page((void *)addr), order);
	}
}
EXPORT_SYMBOL(free_pages);

/**
 * put_page - drop a reference to a page, freeing it with the last one
 * @page: any page of an order-0 or compound block
 *
 * Context: any, including interrupt handlers.
 */
void put_page(struct page *page)
{
	struct page *head = compound_head(page);

	if (PageCompound(head))
		__free_pages(head, compound_order(head));
	else
		__free_pages(head, 0);
}
EXPORT_SYMBOL(put_page);

/**
 * __free_pages_bootmem - hand a block of boot memory to the buddy allocator
 * @page: its first page (reserved until now)
 * @order: its order
 *
 * Context: boot, from free_all_bootmem().
 */
void __free_pages_bootmem(struct page *page, unsigned int order)
{
	unsigned long i, nr = 1UL << order;

	for (i = 0; i < nr; i++) {
		__ClearPageReserved(page + i);
		set_page_count(page + i, 0);
	}
	page_zone(page)->managed_pages += nr;
	totalram_pages += nr;
	if (PageHighMem(page))
		totalhigh_pages += nr;
	set_page_count(page, 1);
	set_page_alloc_order(page, order);
	__free_pages(page, order);
}

/* ---- allocation ---- */

/* rmqueue_pcp - take a page from the per-CPU list, refilling it by @batch when empty */
static inline struct page *rmqueue_pcp(struct zone *zone, int cold)
{
	struct per_cpu_pages *pcp = &zone->pageset[0].pcp;
	struct page *page = NULL;
	unsigned long flags;

	local_irq_save(flags);
	if (unlikely(list_empty(&pcp->list)))
		pcp->count += rmqueue_bulk(zone, 0, pcp->batch, &pcp->list, cold);
	if (likely(pcp->count)) {
		/* cppcheck-suppress nullPointer ; container_of, not a dereference */
		page = list_entry(cold ? pcp->list.prev : pcp->list.next, struct page, lru);
		list_del(&page->lru);
		pcp->count--;
	}
	local_irq_restore(flags);
	return page;
}

/*
 * buffered_rmqueue - take a block from @zone: order 0 through the per-CPU
 * list, larger orders from the buddy lists. A page that fails the checks
 * is leaked (bad_page) and the next one is tried, as in 2.6.32: falling
 * back to another zone because of one bad page would be wrong.
 */
static struct page *buffered_rmqueue(struct zone *zone, unsigned int order, gfp_t gfp_flags)
{
	struct page *page;
	unsigned long flags;

again:
	if (likely(order == 0)) {
		page = rmqueue_pcp(zone, !!(gfp_flags & __GFP_COLD));
	} else {
		spin_lock_irqsave(&zone->lock, flags);
		page = __rmqueue_smallest(zone, order);
		if (page)
			__mod_zone_page_state(zone, NR_FREE_PAGES, -(1 << order));
		spin_unlock_irqrestore(&zone->lock, flags);
	}
	if (unlikely(!page))
		return NULL;
	if (unlikely(!prep_new_page(page, order, gfp_flags)))
		goto again;
	return page;
}

/*
 * The watermark check itself, inline in get_page_from_freelist(): for the
 * common order-0 request it is a load and two comparisons, and a call
 * with five arguments would cost more than the check.
 */
static __always_inline bool __zone_watermark_ok(struct zone *z, unsigned int order,
						unsigned long mark, int classzone_idx,
						int alloc_flags)
{
	long min = mark;
	long free_pages = (long)zone_page_state(z, NR_FREE_PAGES) - (1L << order) + 1;
	unsigned int o;

	if (alloc_flags & ALLOC_HIGH)
		min -= min / 2;
	if (alloc_flags & ALLOC_HARDER)
		min -= min / 4;
	if (free_pages <= min + (long)z->lowmem_reserve[classzone_idx])
		return false;
	for (o = 0; o < order; o++) {
		free_pages -= z->free_area[o].nr_free << o;
		min >>= 1;
		if (free_pages <= min)
			return false;
	}
	return true;
}

/**
 * zone_watermark_ok - would @z still have enough free after giving 2^@order pages?
 * @z: the zone
 * @order: the order of the request
 * @mark: the watermark to respect (pages)
 * @classzone_idx: the request's preferred zone, selecting the lowmem_reserve
 * @alloc_flags: ALLOC_HIGH and ALLOC_HARDER lower the mark
 *
 * Besides the total, enough of the free memory must be in blocks of at
 * least @order: at each order below, half as much is required above it.
 *
 * Context: any; reads without the lock (a hint, as in Linux).
 * Return: true if the allocation may go ahead.
 */
bool zone_watermark_ok(struct zone *z, unsigned int order, unsigned long mark, int classzone_idx,
		       int alloc_flags)
{
	return __zone_watermark_ok(z, order, mark, classzone_idx, alloc_flags);
}

static struct page *get_page_from_freelist(gfp_t gfp_mask, unsigned int order,
					   struct zonelist *zonelist, int alloc_flags)
{
	int classzone_idx = zone_idx(zonelist->zones[0]);
	struct zone **z;

	for (z = zonelist->zones; *z; z++) {
		struct page *page;

		if (!(alloc_flags & ALLOC_NO_WATERMARKS) &&
		    !__zone_watermark_ok(*z, order, (*z)->watermark[alloc_flags & ALLOC_WMARK_MASK],
					 classzone_idx, alloc_flags))
			continue;
		page = buffered_rmqueue(*z, order, gfp_mask);
		if (page)
			return page;
	}
	return NULL;
}

/**
 * node_zonelist - the zonelist a request with @flags walks
 * @nid: the node (0)
 * @flags: the request's GFP flags
 *
 * The zonelist of gfp_zone(@flags) (include/linux/gfp.h). 2.6.32 returns
 * the node's one zonelist here and filters it by gfp_zone() as it walks
 * (struct zonelist says why Linnet keeps one per zone).
 *
 * Context: any.
 * Return: the zonelist, preferred zone first.
 */
struct zonelist *node_zonelist(int nid, gfp_t flags)
{
	return &NODE_DATA(nid)->node_zonelists[gfp_zone(flags)];
}

/* The slow path's flags: atomic and __GFP_HIGH requests may go below min */
static int gfp_to_alloc_flags(gfp_t gfp_mask)
{
	int alloc_flags = ALLOC_WMARK_MIN;

	if (gfp_mask & __GFP_HIGH)
		alloc_flags |= ALLOC_HIGH;
	if (!(gfp_mask & __GFP_WAIT))
		alloc_flags |= ALLOC_HARDER;
	/* The OOM killer's victim may take the reserves to die with */
	if (!(gfp_mask & __GFP_NOMEMALLOC) && !in_interrupt() && test_thread_flag(TIF_MEMDIE))
		alloc_flags |= ALLOC_NO_WATERMARKS;
	return alloc_flags;
}

/*
 * alloc_failure_ratelimit - printk_ratelimit()'s rule, 10 reports every
 * 5 seconds, for the allocation failure report (2.6.32 calls
 * printk_ratelimit(); Linnet has none, so the same limit lives here).
 */
static bool alloc_failure_ratelimit(void)
{
	static unsigned long begin, printed;

	if (!begin || time_after(jiffies, begin + 5 * HZ)) {
		begin = jiffies;
		printed = 0;
	}
	return printed++ < 10;
}

static void warn_alloc_failed(gfp_t gfp_mask, unsigned int order)
{
	if (!alloc_failure_ratelimit())
		return;
	printk(KERN_WARNING "%s: page allocation failure. order:%u, mode:0x%x\n", current->comm,
	       order, gfp_mask);
	dump_stack();
	show_mem();
}

/*
 * The last chance before failing: at the high watermark (someone may have
 * freed a lot meanwhile), then the OOM killer for orders it can help.
 * Returns the page, or NULL with *@killed set if a process was killed
 * (or is still dying) and a retry may succeed.
 */
static struct page *__alloc_pages_may_oom(gfp_t gfp_mask, unsigned int order,
					  struct zonelist *zonelist, int *killed)
{
	struct page *page;

	*killed = 0;
	page = get_page_from_freelist(gfp_mask, order, zonelist, ALLOC_WMARK_HIGH);
	if (page)
		return page;
	/* The OOM killer will not help higher order allocations */
	if (order > PAGE_ALLOC_COSTLY_ORDER && !(gfp_mask & __GFP_NOFAIL))
		return NULL;
	if (out_of_memory(zonelist, gfp_mask, order))
		return NULL; /* nobody to kill */
	*killed = 1;
	/* Give the victim a moment to die, unless it is us */
	if (!test_thread_flag(TIF_MEMDIE))
		schedule_timeout_uninterruptible(1);
	return NULL;
}

/*
 * The slow path. Linux would now wake kswapd, reclaim and retry; Linnet
 * has nothing to reclaim. It retries once with the lower watermarks the
 * request is entitled to; for order > 0 it then gives the per-CPU lists
 * back to the buddy lists (2.6.32's drain_all_pages() after direct
 * reclaim), since a free buddy sitting on a per-CPU list cannot merge,
 * and tries again. A task the OOM killer chose (TIF_MEMDIE) may go below
 * the watermarks. A request that may sleep and enter file systems calls
 * the OOM killer and retries while it kills. A __GFP_NOFAIL request that
 * still fails panics: 2.6.32 would loop, but nothing can ever free memory
 * for it here.
 */
static struct page *__alloc_pages_slowpath(gfp_t gfp_mask, unsigned int order,
					   struct zonelist *zonelist)
{
	int alloc_flags = gfp_to_alloc_flags(gfp_mask), killed;
	struct page *page;

restart:
	page = get_page_from_freelist(gfp_mask, order, zonelist,
				      alloc_flags & ~ALLOC_NO_WATERMARKS);
	if (!page && order) {
		drain_local_pages(NULL);
		page = get_page_from_freelist(gfp_mask, order, zonelist,
					      alloc_flags & ~ALLOC_NO_WATERMARKS);
	}
	if (!page && (alloc_flags & ALLOC_NO_WATERMARKS))
		page = get_page_from_freelist(gfp_mask, order, zonelist, ALLOC_NO_WATERMARKS);
	if (page)
		return page;
	if ((gfp_mask & __GFP_WAIT) && (gfp_mask & __GFP_FS) && !(gfp_mask & __GFP_NORETRY) &&
	    !(alloc_flags & ALLOC_NO_WATERMARKS)) {
		page = __alloc_pages_may_oom(gfp_mask, order, zonelist, &killed);
		if (page)
			return page;
		if (killed) {
			/* We may have become the victim: the reserves are ours now */
			alloc_flags = gfp_to_alloc_flags(gfp_mask);
			goto restart;
		}
	}
	if (!(gfp_mask & __GFP_NOWARN) || (gfp_mask & __GFP_NOFAIL))
		warn_alloc_failed(gfp_mask, order);
	if (gfp_mask & __GFP_NOFAIL)
		panic("Out of memory: a __GFP_NOFAIL allocation of order %u cannot be satisfied",
		      order);
	return NULL;
}

/**
 * alloc_pages - allocate a block of 2^@order physically contiguous pages
 * @gfp_mask: GFP flags: which zones (__GFP_DMA, __GFP_HIGHMEM), how hard
 *            (__GFP_HIGH, __GFP_WAIT), and extras (__GFP_ZERO, __GFP_COMP,
 *            __GFP_COLD, __GFP_NOWARN, __GFP_NOFAIL)
 * @order: 0 to MAX_ORDER - 1
 *
 * Tries the zones of the request's zonelist at the low watermark, then
 * again at the lower marks the flags allow. On failure prints "page
 * allocation failure" with the zones' state, unless __GFP_NOWARN.
 *
 * Context: any if @gfp_mask has no __GFP_WAIT (GFP_ATOMIC); otherwise
 * process context with no spinlock held (GFP_KERNEL may sleep, as in
 * Linux, and __might_sleep() says so when called where it must not).
 * Return: the first page of the block (count 1), or NULL.
 */
struct page *alloc_pages(gfp_t gfp_mask, unsigned int order)
{
	struct zonelist *zonelist = node_zonelist(0, gfp_mask);
	struct page *page;

	might_sleep_if(gfp_mask & __GFP_WAIT);
	if (unlikely(order >= MAX_ORDER)) {
		WARN_ON_ONCE(!(gfp_mask & __GFP_NOWARN));
		return NULL;
	}
	if (unlikely(!zonelist->zones[0]) || should_fail_alloc_page(gfp_mask, order))
		return NULL;
	page = get_page_from_freelist(gfp_mask, order, zonelist, ALLOC_WMARK_LOW);
	if (unlikely(!page))
		page = __alloc_pages_slowpath(gfp_mask, order, zonelist);
	return page;
}
EXPORT_SYMBOL(alloc_pages);

/**
 * __get_free_pages - allocate a block and return its kernel virtual address
 * @gfp_mask: GFP flags; __GFP_HIGHMEM is not allowed (high pages have no address)
 * @order: the order
 *
 * Context: as alloc_pages().
 * Return: the address, or 0.
 */
unsigned long __get_free_pages(gfp_t gfp_mask, unsigned int order)
{
	struct page *page;

	BUG_ON(gfp_mask & __GFP_HIGHMEM);
	page = alloc_pages(gfp_mask, order);
	if (!page)
		return 0;
	return (unsigned long)page_address(page);
}
EXPORT_SYMBOL(__get_free_pages);

/**
 * get_zeroed_page - allocate one zeroed page and return its address
 * @gfp_mask: GFP flags, without __GFP_HIGHMEM
 *
 * Context: as alloc_pages().
 * Return: the address, or 0.
 */
unsigned long get_zeroed_page(gfp_t gfp_mask)
{
	return __get_free_pages(gfp_mask | __GFP_ZERO, 0);
}
EXPORT_SYMBOL(get_zeroed_page);

/**
 * split_page - make a block of 2^@order pages into as many order-0 pages
 * @page: the block's first page, as alloc_pages() returned it (not
 *        __GFP_COMP: a compound page is one page by design)
 * @order: the order it was allocated with
 *
 * Each page gets its own reference count of 1, so each can be freed on
 * its own with __free_page() or put_page(), in any order; the block is
 * never freed as a whole again. With CONFIG_DEBUG_PAGE_ORDER each page
 * records order 0, so freeing the head with the old order is reported.
 *
 * Context: any; the caller owns the block.
 */
void split_page(struct page *page, unsigned int order)
{
	unsigned long i;

	VM_BUG_ON(PageCompound(page));
	VM_BUG_ON(!page_count(page));
	set_page_alloc_order(page, 0);
	for (i = 1; i < (1UL << order); i++) {
		set_page_count(page + i, 1);
		set_page_alloc_order(page + i, 0);
	}
}

/**
 * alloc_pages_exact - allocate @size bytes of contiguous, direct-mapped pages
 * @size: how many bytes; rounded up to whole pages
 * @gfp_mask: GFP flags, without __GFP_HIGHMEM or __GFP_COMP
 *
 * A block of get_order(@size) is allocated, split (split_page()) and the
 * pages past PAGE_ALIGN(@size) given back at once, so a 5-page request
 * costs 5 pages, not the 8 of __get_free_pages(gfp_mask, 3).
 *
 * Context: as alloc_pages().
 * Return: the address of the first page, or NULL.
 */
void *alloc_pages_exact(size_t size, gfp_t gfp_mask)
{
	unsigned int order = get_order(size);
	unsigned long addr = __get_free_pages(gfp_mask, order);

	if (addr) {
		unsigned long end = addr + (PAGE_SIZE << order);
		unsigned long used = addr + PAGE_ALIGN(size);

		split_page(virt_to_page((void *)addr), order);
		for (; used < end; used += PAGE_SIZE)
			free_page(used);
	}
	return (void *)addr;
}
EXPORT_SYMBOL(alloc_pages_exact);

/**
 * free_pages_exact - free what alloc_pages_exact() gave
 * @virt: the address alloc_pages_exact() returned
 * @size: the size given to it
 *
 * Frees the pages one by one, as they were split.
 *
 * Context: any, including interrupt handlers.
 */
void free_pages_exact(void *virt, size_t size)
{
	unsigned long addr = (unsigned long)virt, end = addr + PAGE_ALIGN(size);

	for (; addr < end; addr += PAGE_SIZE)
		free_page(addr);
}
EXPORT_SYMBOL(free_pages_exact);

/**
 * drain_local_pages - give every page on this CPU's lists back to the buddy lists
 * @unused: ignored (Linux passes it through on_each_cpu)
 *
 * Context: any.
 */
void drain_local_pages(void *unused)
{
	struct zone *zone;
	unsigned long flags;

	local_irq_save(flags);
	for_each_populated_zone(zone)
	{
		struct per_cpu_pages *pcp = &zone->pageset[0].pcp;

		free_pcppages_bulk(zone, pcp->count, pcp);
		pcp->count = 0;
	}
	local_irq_restore(flags);
}

/* ---- counting ---- */

/**
 * nr_free_pages - free pages on the buddy lists of all zones
 *
 * As in 2.6.32, pages on the per-CPU lists are not counted: they are
 * free, but only this CPU's order-0 allocations can have them.
 *
 * Context: any.
 * Return: global_page_state(NR_FREE_PAGES).
 */
unsigned long nr_free_pages(void)
{
	return global_page_state(NR_FREE_PAGES);
}

/**
 * nr_free_highpages - free pages on ZONE_HIGHMEM's buddy lists
 *
 * Context: any.
 * Return: the count.
 */
unsigned long nr_free_highpages(void)
{
	return zone_page_state(&NODE_DATA(0)->node_zones[ZONE_HIGHMEM], NR_FREE_PAGES);
}

/**
 * nr_free_pagecache_pages - pages above the high watermark in the GFP_HIGHUSER zones
 *
 * Context: any.
 * Return: the sum over those zones of present pages minus the high watermark.
 */
unsigned long nr_free_pagecache_pages(void)
{
	struct zone **z = node_zonelist(0, GFP_HIGHUSER)->zones;
	unsigned long sum = 0;

	for (; *z; z++)
		if ((*z)->present_pages > high_wmark_pages(*z))
			sum += (*z)->present_pages - high_wmark_pages(*z);
	return sum;
}

/**
 * si_meminfo - fill in the memory totals
 * @val: where to put them
 *
 * Context: any.
 */
void si_meminfo(struct sysinfo *val)
{
	memset(val, 0, sizeof(*val));
	val->totalram = totalram_pages;
	val->freeram = nr_free_pages();
	val->totalhigh = totalhigh_pages;
	val->freehigh = nr_free_highpages();
	val->mem_unit = PAGE_SIZE;
}
EXPORT_SYMBOL(si_meminfo);

#define K(pages) ((pages) << (PAGE_SHIFT - 10))

/* show_zone_free_blocks - "Normal: 3*4kB 1*8kB ... = 1234kB", read under the lock */
static void show_zone_free_blocks(struct zone *zone)
{
	unsigned long nr[MAX_ORDER], flags, total = 0;
	unsigned int order;

	spin_lock_irqsave(&zone->lock, flags);
	for (order = 0; order < MAX_ORDER; order++) {
		nr[order] = zone->free_area[order].nr_free;
		total += nr[order] << order;
	}
	spin_unlock_irqrestore(&zone->lock, flags);
	printk("%s: ", zone->name);
	for (order = 0; order < MAX_ORDER; order++)
		printk("%lu*%lukB ", nr[order], K(1UL) << order);
	printk("= %lukB\n", K(total));
}

#define ZS(item) K(zone_page_state(zone, item))

static void show_zone(struct zone *zone)
{
	int i;

	printk("%s free:%lukB min:%lukB low:%lukB high:%lukB active_anon:%lukB inactive_anon:%lukB"
	       " active_file:%lukB inactive_file:%lukB unevictable:%lukB isolated(anon):%lukB"
	       " isolated(file):%lukB present:%lukB mlocked:%lukB dirty:%lukB writeback:%lukB"
	       " mapped:%lukB shmem:%lukB slab_reclaimable:%lukB slab_unreclaimable:%lukB"
	       " kernel_stack:%lukB pagetables:%lukB unstable:%lukB bounce:%lukB"
	       " writeback_tmp:%lukB pages_scanned:%lu all_unreclaimable? %s\n",
	       zone->name, ZS(NR_FREE_PAGES), K(min_wmark_pages(zone)), K(low_wmark_pages(zone)),
	       K(high_wmark_pages(zone)), ZS(NR_ACTIVE_ANON), ZS(NR_INACTIVE_ANON),
	       ZS(NR_ACTIVE_FILE), ZS(NR_INACTIVE_FILE), ZS(NR_UNEVICTABLE), ZS(NR_ISOLATED_ANON),
	       ZS(NR_ISOLATED_FILE), K(zone->present_pages), ZS(NR_MLOCK), ZS(NR_FILE_DIRTY),
	       ZS(NR_WRITEBACK), ZS(NR_FILE_MAPPED), ZS(NR_SHMEM), ZS(NR_SLAB_RECLAIMABLE),
	       ZS(NR_SLAB_UNRECLAIMABLE),
	       zone_page_state(zone, NR_KERNEL_STACK) * THREAD_SIZE / 1024, ZS(NR_PAGETABLE),
	       ZS(NR_UNSTABLE_NFS), ZS(NR_BOUNCE), ZS(NR_WRITEBACK_TEMP), 0UL, "no");
	printk("lowmem_reserve[]:");
	for (i = 0; i < MAX_NR_ZONES; i++)
		printk(" %lu", zone->lowmem_reserve[i]);
	printk("\n");
}

#define GS(item) global_page_state(item)

/**
 * show_free_areas - print the zones' state: per-CPU lists, counters, free blocks
 *
 * 2.6.32's format, line for line. With one node and no NUMA, 2.6.32
 * prints no "Node 0" prefix. Linnet has no reclaim, so pages_scanned is 0
 * and all_unreclaimable "no".
 *
 * Context: any.
 */
void show_free_areas(void)
{
	struct zone *zone;

	for_each_populated_zone(zone)
	{
		struct per_cpu_pages *pcp = &zone->pageset[0].pcp;

		printk("%s per-cpu:\n", zone->name);
		printk("CPU %4d: hi:%5d, btch:%4d usd:%4d\n", 0, pcp->high, pcp->batch, pcp->count);
	}
	printk("active_anon:%lu inactive_anon:%lu isolated_anon:%lu\n"
	       " active_file:%lu inactive_file:%lu isolated_file:%lu\n"
	       " unevictable:%lu dirty:%lu writeback:%lu unstable:%lu\n"
	       " free:%lu slab_reclaimable:%lu slab_unreclaimable:%lu\n"
	       " mapped:%lu shmem:%lu pagetables:%lu bounce:%lu\n",
	       GS(NR_ACTIVE_ANON), GS(NR_INACTIVE_ANON), GS(NR_ISOLATED_ANON), GS(NR_ACTIVE_FILE),
	       GS(NR_INACTIVE_FILE), GS(NR_ISOLATED_FILE), GS(NR_UNEVICTABLE), GS(NR_FILE_DIRTY),
	       GS(NR_WRITEBACK), GS(NR_UNSTABLE_NFS), GS(NR_FREE_PAGES), GS(NR_SLAB_RECLAIMABLE),
	       GS(NR_SLAB_UNRECLAIMABLE), GS(NR_FILE_MAPPED), GS(NR_SHMEM), GS(NR_PAGETABLE),
	       GS(NR_BOUNCE));
	for_each_populated_zone(zone) show_zone(zone);
	for_each_populated_zone(zone) show_zone_free_blocks(zone);
	printk("%ld total pagecache pages\n", (long)GS(NR_FILE_PAGES));
}

/**
 * show_mem - "Mem-Info:", show_free_areas() and a count of every page frame
 *
 * What the allocation failure report prints. 2.6.32 keeps it in
 * lib/show_mem.c.
 *
 * Context: any; walks all of mem_map.
 */
void show_mem(void)
{
	unsigned long pfn, total = 0, reserved = 0, shared = 0, nonshared = 0, highmem = 0;

	printk(KERN_INFO "Mem-Info:\n");
	show_free_areas();
	for (pfn = 0; pfn < max_mapnr; pfn++) {
		struct page *page = pfn_to_page(pfn);

		total++;
		if (PageHighMem(page))
			highmem++;
		if (PageReserved(page))
			reserved++;
		else if (page_count(page) == 1)
			nonshared++;
		else if (page_count(page) > 1)
			shared += page_count(page) - 1;
	}
	printk(KERN_INFO "%lu pages RAM\n", total);
	printk(KERN_INFO "%lu pages HighMem\n", highmem);
	printk(KERN_INFO "%lu pages reserved\n", reserved);
	printk(KERN_INFO "%lu pages shared\n", shared);
	printk(KERN_INFO "%lu pages non-shared\n", nonshared);
}

/* ---- setting up the zones ---- */

/*
 * zone_batchsize - how many pages move between the buddy and per-CPU lists
 * at a time: a quarter of 1/1024th of the zone, at most 512 KiB's worth,
 * then made 2^n - 1 (rounddown_pow_of_two(b + b/2) - 1), which 2.6.32
 * prefers because batches of a power of two pages kept mapping the same
 * cache colours. A small DMA zone gets 0 here: setup_pageset() makes it
 * high 0, batch 1, so its pages go straight back to the buddy lists.
 */
static int zone_batchsize(struct zone *zone)
{
	int batch = zone->present_pages / 1024;

	if (batch * PAGE_SIZE > 512 * 1024)
		batch = (512 * 1024) / PAGE_SIZE;
	batch /= 4;
	if (batch < 1)
		batch = 1;
	return rounddown_pow_of_two(batch + batch / 2) - 1;
}

/**
 * setup_pagelist_highmark - give a per-CPU list a new high mark
 * @p: the zone's pageset
 * @high: keep at most this many pages; 0 sends every freed page straight
 *        back to the buddy lists
 *
 * The batch becomes a quarter of @high (at least 1, at most
 * PAGE_SHIFT * 8), as 2.6.32 sets it when percpu_pagelist_fraction is
 * written. Linnet has no sysctl; the page benchmarks use this to measure
 * the buddy core through the same API (tests/bench/buddy_bench.c). The
 * list should be drained first (drain_local_pages()).
 *
 * Context: any; interrupts are turned off while the marks change.
 */
void setup_pagelist_highmark(struct per_cpu_pageset *p, unsigned long high)
{
	struct per_cpu_pages *pcp = &p->pcp;
	unsigned long flags;

	local_irq_save(flags);
	pcp->high = high;
	pcp->batch = max(1UL, high / 4);
	if (high / 4 > PAGE_SHIFT * 8)
		pcp->batch = PAGE_SHIFT * 8;
	local_irq_restore(flags);
}

/* setup_pageset - an empty list that keeps up to 6 batches (2.6.32's sizing) */
static void setup_pageset(struct per_cpu_pageset *p, int batch)
{
	struct per_cpu_pages *pcp = &p->pcp;

	pcp->count = 0;
	pcp->high = 6 * batch;
	pcp->batch = max(1, batch);
	INIT_LIST_HEAD(&pcp->list);
}

/* init_one_page - a reserved page with one reference; field by field, for speed */
static void init_one_page(struct page *page, enum zone_type zone)
{
	page->flags = (1UL << PG_reserved) | ((unsigned long)zone << ZONES_PGSHIFT);
	init_page_count(page);
	reset_page_mapcount(page);
	page->private = 0;
	page->mapping = NULL;
	page->index = 0;
	INIT_LIST_HEAD(&page->lru);
}

static void init_zone(struct zone *zone, enum zone_type j, unsigned long start_pfn,
		      unsigned long size, unsigned long holes)
{
	unsigned long pfn;
	unsigned int order;

	zone->name = zone_names[j];
	zone->zone_start_pfn = start_pfn;
	zone->spanned_pages = size;
	zone->present_pages = size - holes;
	zone->zone_mem_map = pfn_to_page(start_pfn);
	spin_lock_init(&zone->lock);
	for (order = 0; order < MAX_ORDER; order++)
		INIT_LIST_HEAD(&zone->free_area[order].free_list);
	for (pfn = start_pfn; pfn < start_pfn + size; pfn++)
		init_one_page(pfn_to_page(pfn), j);
	setup_pageset(&zone->pageset[0], zone_batchsize(zone));
	if (zone->present_pages)
		printk(KERN_DEBUG "  %s zone: %lu pages, LIFO batch:%u\n", zone->name,
		       zone->present_pages, zone_batchsize(zone));
}

/**
 * free_area_init_node - set up a node's zones and their struct pages
 * @nid: the node (0)
 * @zones_size: frames spanned by each zone, ZONE_DMA first
 * @node_start_pfn: the first frame of ZONE_DMA
 * @zholes_size: frames of holes in each zone
 *
 * mem_map must already cover frames 0 to the end of the last zone. Every
 * struct page starts reserved with a count of 1; the early allocator's
 * hand-over (__free_pages_bootmem) frees the usable ones.
 *
 * Context: boot.
 */
void free_area_init_node(int nid, unsigned long *zones_size, unsigned long node_start_pfn,
			 unsigned long *zholes_size)
{
	struct pglist_data *pgdat = NODE_DATA(nid);
	unsigned long pfn = node_start_pfn;
	int j;

	BUG_ON(!mem_map);
	pgdat->node_mem_map = mem_map + node_start_pfn;
	pgdat->node_start_pfn = node_start_pfn;
	pgdat->node_spanned_pages = 0;
	pgdat->node_present_pages = 0;
	for (j = 0; j < (int)node_start_pfn; j++)
		init_one_page(pfn_to_page(j), ZONE_DMA);
	for (j = 0; j < MAX_NR_ZONES; j++) {
		init_zone(&pgdat->node_zones[j], j, pfn, zones_size[j], zholes_size[j]);
		pfn += zones_size[j];
		pgdat->node_spanned_pages += zones_size[j];
		pgdat->node_present_pages += zones_size[j] - zholes_size[j];
		if (zones_size[j] - zholes_size[j])
			pgdat->nr_zones = j + 1;
	}
	max_mapnr = pfn;
}

/**
 * build_all_zonelists - say, for each preferred zone, which zones to try
 *
 * GFP_HIGHUSER walks HighMem, Normal, DMA; GFP_KERNEL Normal, DMA;
 * GFP_DMA only DMA. Empty zones are left out.
 *
 * Context: boot, after free_area_init_node().
 */
void build_all_zonelists(void)
{
	struct pglist_data *pgdat = NODE_DATA(0);
	int j, k, n;

	for (j = 0; j < MAX_NR_ZONES; j++) {
		struct zonelist *zl = &pgdat->node_zonelists[j];

		n = 0;
		for (k = j; k >= 0; k--)
			if (populated_zone(&pgdat->node_zones[k]))
				zl->zones[n++] = &pgdat->node_zones[k];
		zl->zones[n] = NULL;
	}
	printk(KERN_INFO "Built 1 zonelists in Zone order, mobility grouping off.  "
			 "Total pages: %lu\n",
	       nr_free_pagecache_pages());
}

/*
 * A lower zone keeps back, from requests that preferred a higher zone,
 * 1/ratio of the pages of all the zones between: so GFP_KERNEL cannot eat
 * the DMA zone that only GFP_DMA requests can use.
 */
static void setup_per_zone_lowmem_reserve(void)
{
	struct zone *zones = NODE_DATA(0)->node_zones;
	int j, idx;

	for (j = 0; j < MAX_NR_ZONES; j++) {
		unsigned long present = zones[j].present_pages;

		zones[j].lowmem_reserve[j] = 0;
		for (idx = j - 1; idx >= 0; idx--) {
			zones[idx].lowmem_reserve[j] = present / sysctl_lowmem_reserve_ratio[idx];
			present += zones[idx].present_pages;
		}
	}
}

/**
 * setup_per_zone_wmarks - share min_free_kbytes among the zones
 *
 * Each low zone's min is its share of min_free_kbytes in proportion to
 * its size; HighMem's min is small (1/1024 of it, 32 to 128 pages),
 * since nothing critical needs high pages. low = min + share/4,
 * high = min + share/2.
 *
 * Context: boot, or after min_free_kbytes changes.
 */
void setup_per_zone_wmarks(void)
{
	unsigned long pages_min = min_free_kbytes >> (PAGE_SHIFT - 10);
	unsigned long lowmem_pages = 0;
	struct zone *zone;

	for_each_zone(zone) if (!is_highmem(zone)) lowmem_pages += zone->present_pages;
	for_each_populated_zone(zone)
	{
		/* 64 bits: min_free_kbytes times a zone's pages overflows 32 */
		u64 share = (u64)pages_min * zone->present_pages;
		unsigned long tmp;

		tmp = share / lowmem_pages; /* 2.6.32: do_div(); libgcc does it here */

		if (is_highmem(zone))
			min_wmark_pages(zone) = clamp(zone->present_pages / 1024, 32UL, 128UL);
		else
			min_wmark_pages(zone) = tmp;
		low_wmark_pages(zone) = min_wmark_pages(zone) + (tmp >> 2);
		high_wmark_pages(zone) = min_wmark_pages(zone) + (tmp >> 1);
	}
}

/**
 * init_per_zone_wmark_min - compute min_free_kbytes, the watermarks and reserves
 *
 * min_free_kbytes = sqrt(16 * low memory in KiB), between 128 and 65536,
 * as Linux computes it: it grows with memory, but slower.
 *
 * Context: boot, once the zones have their pages.
 */
void init_per_zone_wmark_min(void)
{
	unsigned long lowmem_kbytes = 0;
	struct zone *zone;

	for_each_zone(zone) if (!is_highmem(zone)) lowmem_kbytes +=
		zone->present_pages * (PAGE_SIZE >> 10);
	min_free_kbytes = clamp(int_sqrt(lowmem_kbytes * 16), 128UL, 65536UL);
	setup_per_zone_wmarks();
	setup_per_zone_lowmem_reserve();
}

/* ---- the invariant checker ---- */

static int report(struct zone *zone, const char *what, unsigned long pfn, unsigned int order)
{
	printk(KERN_ERR "BUG: buddy invariant: %s (zone %s, pfn %05lx, order %u)\n", what,
	       zone->name, pfn, order);
	return 1;
}

/* check_block - one block on free_area[@order]: marked, aligned, interior clean */
static int check_block(struct zone *zone, struct page *page, unsigned int order)
{
	unsigned long pfn = page_to_pfn(page), i;

	if (!pfn_in_zone(zone, pfn) || !pfn_in_zone(zone, pfn + (1UL << order) - 1))
		return report(zone, "free block outside its zone", pfn, order);
	if (!PageBuddy(page) || page_private(page) != order)
		return report(zone, "free block not marked PageBuddy with its order", pfn, order);
	if (pfn & ((1UL << order) - 1))
		return report(zone, "free block not aligned to its order", pfn, order);
	if (page_zone(page) != zone)
		return report(zone, "free block with the wrong zone", pfn, order);
	for (i = 0; i < (1UL << order); i++)
		if (atomic_read(&page[i]._count) || (i && PageBuddy(page + i)) ||
		    PageReserved(page + i))
			return report(zone, "free block with a used, reserved or overlapping page",
				      pfn + i, order);
	if (order < MAX_ORDER - 1 && page_is_buddy(zone, pfn ^ (1UL << order), order))
		return report(zone, "free block whose free buddy was not merged", pfn, order);
	return 0;
}

/* check_list - walk a list both ways, bounded; counts its entries in @n */
static int check_list(struct zone *zone, struct list_head *head, unsigned long *n)
{
	struct list_head *p;

	*n = 0;
	for (p = head->next; p != head; p = p->next) {
		if (p->next->prev != p || p->prev->next != p)
			return report(zone, "free list links broken", 0, 0);
		if (++*n > zone->spanned_pages)
			return report(zone, "free list loops", 0, 0);
	}
	return 0;
}

/* in_free_block - is @pfn inside a block on the buddy lists? */
static bool in_free_block(struct zone *zone, unsigned long pfn)
{
	unsigned int order;

	for (order = 0; order < MAX_ORDER; order++) {
		unsigned long head = pfn & ~((1UL << order) - 1);

		if (pfn_in_zone(zone, head) && PageBuddy(pfn_to_page(head)) &&
		    page_private(pfn_to_page(head)) >= order)
			return true;
	}
	return false;
}

static int check_pcp(struct zone *zone, struct per_cpu_pages *pcp)
{
	unsigned long n;
	struct page *page;
	int bad = check_list(zone, &pcp->list, &n);

	if (bad)
		return bad;
	if (n != (unsigned long)pcp->count)
		return report(zone, "per-CPU list count differs from its length", 0, 0);
	list_for_each_entry(page, &pcp->list, lru) {
		unsigned long pfn = page_to_pfn(page);

		if (page_zone(page) != zone || atomic_read(&page->_count) || PageReserved(page))
			return report(zone, "bad page on a per-CPU list", pfn, 0);
		if (in_free_block(zone, pfn))
			return report(zone, "per-CPU page also on a buddy list", pfn, 0);
	}
	return 0;
}

/**
 * zone_check_invariants - check every free list of a zone
 * @zone: the zone
 *
 * Checks that each free block is marked (PageBuddy, order in @private),
 * aligned, inside the zone, not overlapping another, and not mergeable
 * with a free buddy; that nr_free matches each list and NR_FREE_PAGES
 * the sum; and that per-CPU pages are free, in this zone and on no
 * buddy list. Prints a "BUG: buddy invariant" line per problem found.
 *
 * Context: any; takes zone->lock with interrupts off. O(free pages).
 * Return: the number of problems (0 when all is well).
 */
int zone_check_invariants(struct zone *zone)
{
	unsigned long flags, n, total = 0;
	unsigned int order;
	struct page *page;
	int bad = 0;

	spin_lock_irqsave(&zone->lock, flags);
	for (order = 0; order < MAX_ORDER && !bad; order++) {
		struct free_area *area = &zone->free_area[order];

		bad += check_list(zone, &area->free_list, &n);
		if (!bad && n != area->nr_free)
			bad += report(zone, "nr_free differs from the list's length", 0, order);
		if (bad)
			break;
		list_for_each_entry(page, &area->free_list, lru)
			bad += check_block(zone, page, order);
		total += n << order;
	}
	if (!bad && total != zone_page_state(zone, NR_FREE_PAGES))
		bad += report(zone, "NR_FREE_PAGES differs from the lists' sum", 0, 0);
	if (!bad)
		bad += check_pcp(zone, &zone->pageset[0].pcp);
	spin_unlock_irqrestore(&zone->lock, flags);
	return bad;
}

/**
 * page_alloc_check - check the invariants of every populated zone
 *
 * Context: any. See zone_check_invariants().
 * Return: the number of problems found.
 */
int page_alloc_check(void)
{
	struct zone *zone;
	int bad = 0;

	for_each_populated_zone(zone) bad += zone_check_invariants(zone);
	return bad;
}
