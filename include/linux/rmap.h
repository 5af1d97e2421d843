/*
 * rmap.h - counting the page-table mappings of a page (page->_mapcount).
 *
 * Every pte that maps a page adds one to its mapcount; page_mapcount() is
 * _mapcount + 1, so a page mapped nowhere has _mapcount -1. The reference
 * count (page->_count) is separate: each mapping also holds a reference,
 * and the page cache holds one more of its own, so unmapping a file page
 * never frees it while it is cached. The page allocator refuses to free a
 * page whose mapcount is not zero ("Bad page state"), which catches a
 * lost page_remove_rmap().
 *
 *   fault on a file page:     page_add_file_rmap    (NR_FILE_MAPPED on first map)
 *   new anonymous page:       page_add_new_anon_rmap (NR_ANON_PAGES, and
 *                             onto the active anon LRU list, mm/swap.c)
 *   fork copies the pte:      page_dup_rmap
 *   unmap (zap, munmap, exit) page_remove_rmap (an anonymous page's last
 *                             unmap also takes it off its LRU list: 2.6.32
 *                             does that at its last put_page)
 *
 * Linux 2.6.32's mm/rmap.c also links each page back to the vmas that map
 * it (anon_vma lists for anonymous pages, the i_mmap prio tree for file
 * pages) so that reclaim can find and clear every pte of a page. Linnet
 * reclaims nothing, so it keeps only the counts and the zone counters,
 * inline here; an anonymous page's ->mapping stays NULL (2.6.32 points it
 * at its anon_vma with PAGE_MAPPING_ANON set). 2.6.32 moves the zone
 * counters with the __ variants under the pte lock; Linnet's unmap path
 * holds no such lock, so these use the interrupt-safe ones.
 * See docs/processes.md.
 */
#ifndef _LINUX_RMAP_H
#define _LINUX_RMAP_H

#include <linux/mm.h>
#include <linux/vmstat.h>
#include <linux/swap.h>

/* PageAnon - a mapped page that belongs to no file (Linnet: ->mapping NULL) */
static inline int PageAnon(struct page *page)
{
	return page->mapping == NULL;
}

/*
 * is_mlocked_vma - a new page in an mlock()ed vma is mlocked at once
 * (PG_mlocked, NR_MLOCK), as 2.6.32's mm/internal.h does; it then goes
 * on the unevictable list. Returns nonzero if it did.
 */
static inline int is_mlocked_vma(struct vm_area_struct *vma, struct page *page)
{
	if ((vma->vm_flags & (VM_LOCKED | VM_IO)) != VM_LOCKED)
		return 0;
	if (!TestSetPageMlocked(page))
		inc_zone_page_state(page, NR_MLOCK);
	return 1;
}

/* page_add_new_anon_rmap - the first mapping of a freshly allocated anonymous page in @vma */
static inline void page_add_new_anon_rmap(struct page *page, struct vm_area_struct *vma)
{
	SetPageSwapBacked(page);
	atomic_set(&page->_mapcount, 0);
	inc_zone_page_state(page, NR_ANON_PAGES);
	if (is_mlocked_vma(vma, page))
		add_page_to_unevictable_list(page);
	else
		lru_cache_add_active_anon(page);
}

/* page_add_file_rmap - one more pte maps this page-cache page */
static inline void page_add_file_rmap(struct page *page)
{
	if (atomic_inc_and_test(&page->_mapcount))
		inc_zone_page_state(page, NR_FILE_MAPPED);
}

/* page_dup_rmap - fork copied a pte: the page has one more mapping */
static inline void page_dup_rmap(struct page *page)
{
	atomic_inc(&page->_mapcount);
}

/* page_remove_rmap - a pte mapping this page is gone */
static inline void page_remove_rmap(struct page *page)
{
	if (!atomic_add_negative(-1, &page->_mapcount))
		return;
	dec_zone_page_state(page, PageAnon(page) ? NR_ANON_PAGES : NR_FILE_MAPPED);
	if (PageAnon(page)) /* unmapped for good: with no swap, about to be freed */
		lru_cache_del(page);
}

#endif /* _LINUX_RMAP_H */
