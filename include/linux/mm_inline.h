/*
 * mm_inline.h - which LRU list a page belongs on, from its flags.
 *
 * A page's list follows from three flags: PG_unevictable puts it on the
 * unevictable list; otherwise PG_swapbacked (anonymous memory) picks the
 * anon lists and its absence the file lists, and PG_active the active
 * list of the pair. Since enum lru_list numbers the lists as
 * LRU_BASE + LRU_FILE? + LRU_ACTIVE?, page_lru() is arithmetic.
 *
 * As Linux 2.6.32's; its add/del helpers here work on zone->lru[], which
 * Linnet does not have (mm/swap.c keeps the lists; the counters are the
 * zone's), so they live in mm/swap.c. See docs/memory.md.
 */
#ifndef LINUX_MM_INLINE_H
#define LINUX_MM_INLINE_H

#include <linux/mm.h>

/* page_is_file_cache - 1 if @page belongs on a file list, 0 for the anon lists */
static inline int page_is_file_cache(struct page *page)
{
	return !PageSwapBacked(page);
}

/* page_lru_base_type - LRU_INACTIVE_FILE or LRU_INACTIVE_ANON for @page */
static inline enum lru_list page_lru_base_type(struct page *page)
{
	if (page_is_file_cache(page))
		return LRU_INACTIVE_FILE;
	return LRU_INACTIVE_ANON;
}

/* page_lru - the list @page is on, from its flags */
static inline enum lru_list page_lru(struct page *page)
{
	enum lru_list lru;

	if (PageUnevictable(page))
		return LRU_UNEVICTABLE;
	lru = page_lru_base_type(page);
	if (PageActive(page))
		lru += LRU_ACTIVE;
	return lru;
}

#endif /* LINUX_MM_INLINE_H */
