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
 * reclaim first scans the page; see mm/swap.c).
 * See docs/memory.md.
 */
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/swap.h>

/**
 * page_evictable - could reclaim ever evict this page?
 * @page: the page
 * @vma: the vma it is or will be mapped in, or NULL
 *
 * A page is not evictable when its file says so (mapping_unevictable:
 * ramfs, which has nowhere to write the page). 2.6.32 also refuses
 * mlock()ed pages (PageMlocked, or @vma VM_LOCKED); Linnet has no mlock,
 * so @vma is not consulted.
 *
 * Context: any.
 * Return: 1 if evictable, 0 if not.
 */
int page_evictable(struct page *page, struct vm_area_struct *vma)
{
	(void)vma;
	return !mapping_unevictable(page->mapping);
}
