/*
 * swap.h - the LRU lists of page reclaim (Linnet has no swap itself).
 *
 * Every page of the page cache and every anonymous page a process maps
 * sits on one of its zone's LRU lists (enum lru_list, include/linux/mmzone.h):
 * inactive and active anonymous, inactive and active file, unevictable.
 * Reclaim would scan the evictable ones; pages that can never be evicted
 * (a ramfs file's, which have nowhere to be written back) sit on the
 * unevictable list so that it never looks at them. The lists' lengths are
 * the zone counters NR_LRU_BASE + lru: meminfo's Active(anon),
 * Inactive(anon), Active(file), Inactive(file) and Unevictable.
 *
 * Linux 2.6.32's names; 2.6.32 declares much more here (swap entries,
 * swap files, the swap cache), which Linnet, with no swap, does not have.
 * See mm/swap.c and docs/memory.md.
 */
#ifndef _LINUX_SWAP_H
#define _LINUX_SWAP_H

#include <linux/mm.h>

struct vm_area_struct;

void lru_cache_add_lru(struct page *page, enum lru_list lru);
void add_page_to_unevictable_list(struct page *page);
void lru_cache_del(struct page *page);
int page_evictable(struct page *page, struct vm_area_struct *vma);
int isolate_lru_page(struct page *page);
void putback_lru_page(struct page *page);

/* lru_cache_add_file - a new page-cache page goes on the inactive file list */
static inline void lru_cache_add_file(struct page *page)
{
	lru_cache_add_lru(page, LRU_INACTIVE_FILE);
}

/* lru_cache_add_active_anon - a new anonymous page goes on the active anon list */
static inline void lru_cache_add_active_anon(struct page *page)
{
	lru_cache_add_lru(page, LRU_ACTIVE_ANON);
}

#endif /* _LINUX_SWAP_H */
