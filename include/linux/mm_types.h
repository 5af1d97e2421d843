/*
 * mm_types.h - struct page: what the kernel knows about each physical page.
 *
 * There is one struct page for every page frame of RAM, in the array
 * mem_map (mem_map[pfn] describes physical page pfn). It must stay small,
 * because there are many: 32 bytes on i386, which is 0.8% of memory.
 * Its fields mean different things depending on who owns the page:
 *
 *   free in the buddy allocator:  PageBuddy set, @private = the block's
 *                                 order, @lru links it in free_area[order]
 *   on a per-CPU page list:       @lru links it in the list
 *   owned by the slab layer:      PageSlab set, @lru.next = the cache,
 *                                 @lru.prev = the slab (how kfree finds them)
 *   a compound page's tail:       PageTail set, @first_page = the head
 *
 * The zone a page belongs to is kept in the top bits of @flags. There is
 * no virtual-address field: a low page's address is computed from its pfn,
 * a high page's is looked up in the kmap tables (mm/highmem.c), as Linux
 * on i386 does. See docs/memory.md.
 */
#ifndef _LINUX_MM_TYPES_H
#define _LINUX_MM_TYPES_H

#include <linux/types.h>

/**
 * struct page - the state of one physical page frame
 * @flags: PG_* bits (include/linux/page-flags.h); the zone number in the top bits
 * @_count: references; 0 when free. Use page_count(), get_page(), put_page()
 * @_mapcount: -1 when the page is not mapped in any page table, else mappings - 1
 * @private: for a free buddy block, its order; otherwise the owner's
 * @mapping: unused by Linnet (Linux: the file or anon mapping)
 * @index: for an allocated block that is not compound, the order it was
 *         allocated with (so freeing with the wrong order is caught);
 *         Linux: the offset within the mapping
 * @first_page: for a compound page's tail pages, the head page
 * @lru: list link: free lists, per-CPU lists, or (slab) the cache and slab
 */
struct page {
	unsigned long flags;
	atomic_t _count;
	atomic_t _mapcount;
	unsigned long private;
	void *mapping;
	union {
		unsigned long index;
		struct page *first_page;
	};
	struct list_head lru;
};

#endif /* _LINUX_MM_TYPES_H */
