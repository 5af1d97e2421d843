/*
 * vmscan.c - page reclaim: in 2.6.32, the code that scans the LRU lists
 * and frees the pages used least recently when memory runs short.
 *
 * Linnet has no reclaim: it has no swap and no disk to write file pages
 * back to (its files live in ramfs), so when memory runs out the OOM
 * killer (mm/oom_kill.c) is the only answer, as in a 2.6.32 kernel
 * whose pages are all unevictable. What remains here is the test reclaim
 * would ask of every page, page_evictable(), which mm/swap.c uses to put
 * a page on the unevictable list when it is added (2.6.32 asks it when
 * reclaim first scans the page; see mm/swap.c), and putback_lru_page(),
 * which moves a page to the list it belongs on after mlock or munlock.
 * See docs/memory.md.
 */
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/swap.h>
#include <linux/rmap.h>
#include <linux/mm_inline.h>

/**
 * page_evictable - could reclaim ever evict this page?
 * @page: the page
 * @vma: the vma it is or will be mapped in, or NULL
 *
 * A page is not evictable when its file says so (mapping_unevictable:
 * ramfs, which has nowhere to write the page), when it is mlock()ed
 * (PG_mlocked), or when it is about to be mapped in an mlock()ed @vma,
 * which mlocks it (is_mlocked_vma), as 2.6.32's.
 *
 * Context: any.
 * Return: 1 if evictable, 0 if not.
 */
int page_evictable(struct page *page, struct vm_area_struct *vma)
{
	if (mapping_unevictable(page->mapping))
		return 0;
	if (PageMlocked(page) || (vma && is_mlocked_vma(vma, page)))
		return 0;
	return 1;
}

/**
 * putback_lru_page - put an isolated page back on the list it belongs on now
 * @page: a page isolate_lru_page() took off its list
 *
 * An evictable page goes back on its inactive or active list (an
 * unevictable one lost PG_active and comes back inactive), anything else
 * on the unevictable list: an mlock()ed page moves there, and back when
 * it is munlocked (mm/mlock.c).
 *
 * Context: any.
 */
void putback_lru_page(struct page *page)
{
	int active = PageActive(page);

	ClearPageActive(page);
	ClearPageUnevictable(page);
	if (page_evictable(page, NULL))
		lru_cache_add_lru(page, page_lru_base_type(page) + (active ? LRU_ACTIVE : 0));
	else
		add_page_to_unevictable_list(page);
}
