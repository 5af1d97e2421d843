/*
 * swap.c - the LRU lists: pages enter them when they start being used
 * as file cache or anonymous memory, and leave them when they stop.
 *
 * Page reclaim needs to know which pages were used least recently, so
 * each user page is kept on a list (enum lru_list): new page-cache pages
 * start on the inactive file list, new anonymous pages on the active
 * anon list, and pages that can never be evicted go straight to the
 * unevictable list, where reclaim never looks:
 *
 *   add_to_page_cache_lru -> lru_cache_add_file ----\
 *   do_anonymous_page -> page_add_new_anon_rmap ----+-> lru_cache_add_lru
 *        -> lru_cache_add_active_anon               |      page_evictable()?
 *                                                   |   yes: inactive/active list
 *                                                   \-> no: add_page_to_unevictable_list
 *
 * Each list's length is a zone counter (NR_LRU_BASE + lru), which
 * /proc/meminfo prints as Active(anon) .. Unevictable, and /proc/vmstat
 * and /proc/zoneinfo as nr_inactive_anon .. nr_unevictable.
 *
 * Differences from 2.6.32, said here because a reader of both meets them:
 *  - 2.6.32 checks evictability lazily: a ramfs page first goes on the
 *    inactive file list, and only when reclaim scans it does
 *    putback_lru_page() move it to the unevictable list; until memory runs
 *    short, meminfo shows it as Inactive(file). Linnet has no reclaim to
 *    scan, so it decides when the page is added, as later Linux does (6.1's
 *    lru_add_fn); Linux 6.1 shows a ramfs page as Unevictable at once.
 *  - 2.6.32 gathers additions in per-CPU pagevecs of 14 pages, so its
 *    counters lag by up to that many; Linnet adds each page at once.
 *  - 2.6.32 keeps the lists in the zone (zone->lru[], under
 *    zone->lru_lock); Linnet, which never scans them, keeps one set here
 *    under one lock; the counters are still the page's zone's.
 *  - 2.6.32 takes a page off its list at its last put_page()
 *    (__page_cache_release); Linnet when it leaves the page cache
 *    (remove_from_page_cache) or loses its last mapping as an anonymous
 *    page (page_remove_rmap), which, with no swap, is when it is freed.
 * 2.6.32's mark_page_accessed() and the active/inactive aging belong to
 * reclaim, which Linnet does not have: no page moves between lists.
 * See mm/vmscan.c:page_evictable, include/linux/mm_inline.h and docs/memory.md.
 */
#include <linux/mm.h>
#include <linux/mmdebug.h>
#include <linux/mm_inline.h>
#include <linux/swap.h>
#include <linux/spinlock.h>
#include <linux/module.h>

static struct list_head lru_lists[NR_LRU_LISTS] = {
	LIST_HEAD_INIT(lru_lists[0]), LIST_HEAD_INIT(lru_lists[1]), LIST_HEAD_INIT(lru_lists[2]),
	LIST_HEAD_INIT(lru_lists[3]), LIST_HEAD_INIT(lru_lists[4]),
};
static DEFINE_SPINLOCK(lru_lock);

static void add_page_to_lru_list(struct page *page, enum lru_list lru)
{
	list_add(&page->lru, &lru_lists[lru]);
	__inc_zone_page_state(page, NR_LRU_BASE + lru);
}

/**
 * lru_cache_add_lru - put a page that is on no list on the LRU list @lru
 * @page: a page-cache or anonymous page (PG_swapbacked set for anonymous)
 * @lru: the list it would go on if evictable
 *
 * A page that page_evictable() refuses goes on the unevictable list
 * instead (see the opening comment for how 2.6.32 differs).
 *
 * Context: any.
 */
void lru_cache_add_lru(struct page *page, enum lru_list lru)
{
	unsigned long flags;

	VM_BUG_ON(PageLRU(page) || PageActive(page) || PageUnevictable(page));
	if (!page_evictable(page, NULL)) {
		add_page_to_unevictable_list(page);
		return;
	}
	spin_lock_irqsave(&lru_lock, flags);
	SetPageLRU(page);
	if (lru == LRU_ACTIVE_ANON || lru == LRU_ACTIVE_FILE)
		SetPageActive(page);
	add_page_to_lru_list(page, lru);
	spin_unlock_irqrestore(&lru_lock, flags);
}
EXPORT_SYMBOL(lru_cache_add_lru);

/**
 * add_page_to_unevictable_list - put a page on the unevictable LRU list
 * @page: a page on no list, which reclaim must never consider
 *
 * Context: any.
 */
void add_page_to_unevictable_list(struct page *page)
{
	unsigned long flags;

	spin_lock_irqsave(&lru_lock, flags);
	SetPageUnevictable(page);
	SetPageLRU(page);
	add_page_to_lru_list(page, LRU_UNEVICTABLE);
	spin_unlock_irqrestore(&lru_lock, flags);
}

/**
 * lru_cache_del - take a page off its LRU list, if it is on one
 * @page: the page, leaving the page cache or losing its last mapping
 *
 * Clears the flags that said which list (PG_lru, PG_active,
 * PG_unevictable, PG_swapbacked): Linnet's allocator refuses a page
 * that still has them. 2.6.32 does this in __page_cache_release() at
 * the last put_page(), with del_page_from_lru(zone, page).
 *
 * Context: any.
 */
void lru_cache_del(struct page *page)
{
	unsigned long flags;

	spin_lock_irqsave(&lru_lock, flags);
	if (PageLRU(page)) {
		list_del_init(&page->lru);
		__dec_zone_page_state(page, NR_LRU_BASE + page_lru(page));
		ClearPageLRU(page);
		ClearPageActive(page);
		ClearPageUnevictable(page);
	}
	ClearPageSwapBacked(page);
	/* still mlocked as it goes (truncated under a locked mapping): 2.6.32's free_page_mlock */
	if (unlikely(PageMlocked(page))) { /* rare: a plain test, not a locked bit operation */
		ClearPageMlocked(page);
		__dec_zone_page_state(page, NR_MLOCK);
	}
	spin_unlock_irqrestore(&lru_lock, flags);
}
EXPORT_SYMBOL(lru_cache_del);

/**
 * isolate_lru_page - take a page off its LRU list, to put it back on another
 * @page: the page
 *
 * The page keeps PG_active and PG_unevictable, which say where it was;
 * putback_lru_page() (mm/vmscan.c) decides where it goes now. 2.6.32's is
 * in mm/vmscan.c; Linnet keeps it here, beside the lists and their lock.
 *
 * Context: any.
 * Return: 0, or -EBUSY if the page was on no list.
 */
int isolate_lru_page(struct page *page)
{
	unsigned long flags;
	int ret = -EBUSY;

	spin_lock_irqsave(&lru_lock, flags);
	if (PageLRU(page)) {
		list_del_init(&page->lru);
		__dec_zone_page_state(page, NR_LRU_BASE + page_lru(page));
		ClearPageLRU(page);
		ret = 0;
	}
	spin_unlock_irqrestore(&lru_lock, flags);
	return ret;
}
