/*
 * page-flags.h - the PG_* bits of struct page and their accessors.
 *
 * Each struct page carries a word of flags saying what the page is being
 * used for. The names and the accessor families are Linux 2.6.32's:
 *
 *   PageSlab(page)        test the bit
 *   SetPageSlab(page)     set it atomically (set_bit)
 *   ClearPageSlab(page)   clear it atomically
 *   __SetPageSlab(page)   set it non-atomically, when nobody else can see
 *                         the page (it is being allocated or freed)
 *   __ClearPageSlab(page)
 *
 * The top ZONES_WIDTH bits of the same word hold the page's zone number
 * (include/linux/mm.h: page_zonenum). PageHighMem() is not a bit: it asks
 * whether that zone is ZONE_HIGHMEM. See docs/memory.md.
 */
#ifndef _LINUX_PAGE_FLAGS_H
#define _LINUX_PAGE_FLAGS_H

#include <linux/types.h>
#include <linux/bitops.h>
#include <linux/mm_types.h>

/**
 * enum pageflags - the bit numbers of struct page's @flags
 * @PG_locked: the page is locked (I/O in flight); unused by Linnet so far
 * @PG_error: an I/O error happened on it
 * @PG_referenced: recently used (page reclaim)
 * @PG_uptodate: its contents are valid
 * @PG_dirty: its contents must be written back
 * @PG_lru: on an LRU list of page reclaim
 * @PG_active: on the active LRU list
 * @PG_slab: owned by the slab allocator (lru.next = cache, lru.prev = slab)
 * @PG_owner_priv_1: free for the owner's use
 * @PG_arch_1: architecture-private
 * @PG_reserved: never handed to the page allocator: a hole, firmware, the
 *               kernel image, the early allocator's blocks (mem_map...)
 * @PG_private: @private holds owner data
 * @PG_private_2: owner data of a second kind (FS-Cache); unused by Linnet
 * @PG_writeback: being written back
 * @PG_head: the first page of a compound page (__GFP_COMP)
 * @PG_tail: a later page of a compound page; @first_page is the head
 * @PG_swapcache: in the swap cache
 * @PG_mappedtodisk: has blocks on disk
 * @PG_reclaim: to be reclaimed soon
 * @PG_buddy: free, in the buddy allocator; @private is the block's order
 * @PG_swapbacked: backed by RAM or swap: an anonymous page (its LRU lists are the anon ones)
 * @PG_unevictable: on the unevictable LRU list (ramfs pages)
 * @PG_mlocked: in an mlock()ed vma (mm/mlock.c), counted in NR_MLOCK
 * @PG_uncached: mapped uncached (x86 PAT); unused by Linnet
 * @__NR_PAGEFLAGS: how many bits are used
 *
 * The bits are numbered as in a 2.6.32 i386 kernel (with PAT, without
 * memory-failure handling), so the flags word of a "Bad page state"
 * report decodes the same way; the bits Linnet never sets keep their
 * places.
 */
enum pageflags {
	PG_locked,
	PG_error,
	PG_referenced,
	PG_uptodate,
	PG_dirty,
	PG_lru,
	PG_active,
	PG_slab,
	PG_owner_priv_1,
	PG_arch_1,
	PG_reserved,
	PG_private,
	PG_private_2,
	PG_writeback,
	PG_head,
	PG_tail,
	PG_swapcache,
	PG_mappedtodisk,
	PG_reclaim,
	PG_buddy,
	PG_swapbacked,
	PG_unevictable,
	PG_mlocked,
	PG_uncached,
	__NR_PAGEFLAGS,
};

#define TESTPAGEFLAG(uname, lname)                                  \
	static inline int Page##uname(const struct page *page)      \
	{                                                           \
		return test_bit(PG_##lname, &page->flags);          \
	}
#define SETPAGEFLAG(uname, lname)                                   \
	static inline void SetPage##uname(struct page *page)        \
	{                                                           \
		set_bit(PG_##lname, &page->flags);                  \
	}
#define CLEARPAGEFLAG(uname, lname)                                 \
	static inline void ClearPage##uname(struct page *page)      \
	{                                                           \
		clear_bit(PG_##lname, &page->flags);                \
	}
#define __SETPAGEFLAG(uname, lname)                                 \
	static inline void __SetPage##uname(struct page *page)      \
	{                                                           \
		__set_bit(PG_##lname, &page->flags);                \
	}
#define __CLEARPAGEFLAG(uname, lname)                               \
	static inline void __ClearPage##uname(struct page *page)    \
	{                                                           \
		__clear_bit(PG_##lname, &page->flags);              \
	}
#define PAGEFLAG(uname, lname)                                      \
	TESTPAGEFLAG(uname, lname)                                  \
	SETPAGEFLAG(uname, lname)                                   \
	CLEARPAGEFLAG(uname, lname)                                 \
	__SETPAGEFLAG(uname, lname)                                 \
	__CLEARPAGEFLAG(uname, lname)

PAGEFLAG(Locked, locked)
PAGEFLAG(Error, error)
PAGEFLAG(Referenced, referenced)
PAGEFLAG(Uptodate, uptodate)
PAGEFLAG(Dirty, dirty)
PAGEFLAG(LRU, lru)
PAGEFLAG(Active, active)
PAGEFLAG(Slab, slab)
PAGEFLAG(Reserved, reserved)
PAGEFLAG(Private, private)
PAGEFLAG(Writeback, writeback)
PAGEFLAG(Head, head)
PAGEFLAG(Tail, tail)
PAGEFLAG(Buddy, buddy)
PAGEFLAG(SwapBacked, swapbacked)
PAGEFLAG(Unevictable, unevictable)
PAGEFLAG(Mlocked, mlocked)

/* TestSetPageMlocked - set PG_mlocked; nonzero if it was already set (mm/mlock.c) */
static inline int TestSetPageMlocked(struct page *page)
{
	return test_and_set_bit(PG_mlocked, &page->flags);
}

/* TestClearPageMlocked - clear PG_mlocked; nonzero if it was set */
static inline int TestClearPageMlocked(struct page *page)
{
	return test_and_clear_bit(PG_mlocked, &page->flags);
}

/* A compound page is a head followed by tails: either bit says "part of one" */
static inline int PageCompound(const struct page *page)
{
	return page->flags & ((1UL << PG_head) | (1UL << PG_tail));
}

/*
 * Flags a page must not have when it is freed (mm/page_alloc.c checks),
 * and flags the allocator clears when it hands a page out.
 */
#define PAGE_FLAGS_CHECK_AT_FREE                                                   \
	(1UL << PG_lru | 1UL << PG_locked | 1UL << PG_private | 1UL << PG_private_2 |  \
	 1UL << PG_writeback | 1UL << PG_reserved | 1UL << PG_slab | 1UL << PG_swapcache | \
	 1UL << PG_active | 1UL << PG_unevictable | 1UL << PG_mlocked | 1UL << PG_buddy)
#define PAGE_FLAGS_CHECK_AT_PREP ((1UL << __NR_PAGEFLAGS) - 1)

/* PageHighMem - is the page in ZONE_HIGHMEM (outside the direct map)? */
#define PageHighMem(page) is_highmem_idx(page_zonenum(page))

#endif /* _LINUX_PAGE_FLAGS_H */
