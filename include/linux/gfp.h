/*
 * gfp.h - "get free pages" flags: how an allocation may be satisfied.
 *
 * Every allocation in the kernel says what it allows the allocator to do:
 * which memory it can use (the zone modifiers: __GFP_DMA below 16 MiB,
 * __GFP_HIGHMEM above 896 MiB allowed), whether it may sleep to wait for
 * memory (__GFP_WAIT: never in interrupt context), whether it may dig into
 * the emergency reserves (__GFP_HIGH), and what to do on failure. The
 * values are Linux 2.6.32's. The page allocator is mm/page_alloc.c; see
 * docs/memory.md.
 */
#ifndef _LINUX_GFP_H
#define _LINUX_GFP_H

#include <linux/types.h>
#include <linux/numa.h>

/* Zone modifiers: where the memory may come from */
#define __GFP_DMA ((__force gfp_t)0x01u)     /* ZONE_DMA only: below 16 MiB */
#define __GFP_HIGHMEM ((__force gfp_t)0x02u) /* ZONE_HIGHMEM allowed (and preferred) */
#define __GFP_DMA32 ((__force gfp_t)0x04u)   /* not on i386; kept for source compatibility */
#define __GFP_MOVABLE ((__force gfp_t)0x08u)
#define GFP_ZONEMASK (__GFP_DMA | __GFP_HIGHMEM | __GFP_DMA32 | __GFP_MOVABLE)

/* Action modifiers: how the allocator may behave */
#define __GFP_WAIT ((__force gfp_t)0x10u)     /* may sleep */
#define __GFP_HIGH ((__force gfp_t)0x20u)     /* may use the emergency reserves */
#define __GFP_IO ((__force gfp_t)0x40u)       /* may start I/O */
#define __GFP_FS ((__force gfp_t)0x80u)       /* may call into a filesystem */
#define __GFP_COLD ((__force gfp_t)0x100u)    /* cache-cold page wanted */
#define __GFP_NOWARN ((__force gfp_t)0x200u)  /* no "page allocation failure" report */
#define __GFP_REPEAT ((__force gfp_t)0x400u)  /* try hard; may still fail */
#define __GFP_NOFAIL ((__force gfp_t)0x800u)  /* retry forever; cannot fail */
#define __GFP_NORETRY ((__force gfp_t)0x1000u) /* do not retry; fail at once */
#define __GFP_COMP ((__force gfp_t)0x4000u)   /* make a compound page */
#define __GFP_ZERO ((__force gfp_t)0x8000u)   /* return zeroed memory */
#define __GFP_NOMEMALLOC ((__force gfp_t)0x10000u) /* never use the reserves */
#define __GFP_HARDWALL ((__force gfp_t)0x20000u)   /* cpuset limit (no effect here) */

#define __GFP_BITS_SHIFT 22
#define __GFP_BITS_MASK ((__force gfp_t)((1 << __GFP_BITS_SHIFT) - 1))

/* The combinations code uses */
#define GFP_NOWAIT (GFP_ATOMIC & ~__GFP_HIGH)
#define GFP_ATOMIC (__GFP_HIGH)
#define GFP_NOIO (__GFP_WAIT)
#define GFP_NOFS (__GFP_WAIT | __GFP_IO)
#define GFP_KERNEL (__GFP_WAIT | __GFP_IO | __GFP_FS)
#define GFP_TEMPORARY (__GFP_WAIT | __GFP_IO | __GFP_FS)
#define GFP_USER (__GFP_WAIT | __GFP_IO | __GFP_FS | __GFP_HARDWALL)
#define GFP_HIGHUSER (GFP_USER | __GFP_HIGHMEM)
#define GFP_HIGHUSER_MOVABLE (GFP_HIGHUSER | __GFP_MOVABLE)
#define GFP_DMA __GFP_DMA

struct page;

struct page *alloc_pages(gfp_t gfp_mask, unsigned int order);
#define alloc_page(gfp_mask) alloc_pages(gfp_mask, 0)
unsigned long __get_free_pages(gfp_t gfp_mask, unsigned int order);
unsigned long get_zeroed_page(gfp_t gfp_mask);
#define __get_free_page(gfp_mask) __get_free_pages((gfp_mask), 0)
#define __get_dma_pages(gfp_mask, order) __get_free_pages((gfp_mask) | GFP_DMA, (order))
void __free_pages(struct page *page, unsigned int order);
void free_pages(unsigned long addr, unsigned int order);
#define __free_page(page) __free_pages((page), 0)
#define free_page(addr) free_pages((addr), 0)
void free_hot_page(struct page *page);
void free_cold_page(struct page *page);

#endif /* _LINUX_GFP_H */
