/*
 * gfp.h - "get free pages" flags: how an allocation may be satisfied.
 *
 * Every allocation in the kernel says what it allows the allocator to do:
 * which memory it can use (the zone modifiers: __GFP_DMA below 16 MiB,
 * __GFP_HIGHMEM above 896 MiB allowed), whether it may sleep to wait for
 * memory (__GFP_WAIT: never in interrupt context), whether it may dig into
 * the emergency reserves (__GFP_HIGH), and what to do on failure. The
 * values are Linux 2.6.32's.
 *
 * The four zone modifier bits pick the request's preferred (highest
 * allowed) zone through a table, as in 2.6.32: the 16 combinations of
 * __GFP_DMA, __GFP_HIGHMEM, __GFP_DMA32 and __GFP_MOVABLE index
 * GFP_ZONE_TABLE, a word of 16 two-bit zone numbers, and gfp_zone() is
 * one shift and one mask. The combinations that ask for two zones at
 * once (__GFP_DMA | __GFP_HIGHMEM...) are marked in GFP_ZONE_BAD, and
 * gfp_zone() BUGs on them with CONFIG_DEBUG_VM; Linnet always checks
 * (include/linux/mmdebug.h), so a bad combination is always a BUG here.
 * On i386 there is no ZONE_DMA32: __GFP_DMA32 means ZONE_NORMAL (all low
 * memory is below 4 GiB). __GFP_HIGHMEM | __GFP_MOVABLE (GFP_HIGHUSER_MOVABLE)
 * means ZONE_MOVABLE, which is empty unless kernelcore= or movablecore=
 * carves it out; Linnet has neither option, so its ZONE_MOVABLE is always
 * empty and such requests start at HighMem, as on a 2.6.32 booted without
 * them. The page allocator is mm/page_alloc.c; see docs/memory.md.
 */
#ifndef _LINUX_GFP_H
#define _LINUX_GFP_H

#include <linux/types.h>
#include <linux/numa.h>
#include <asm/bitsperlong.h>
#include <linux/mmzone.h>
#include <linux/mmdebug.h>

/* Zone modifiers: where the memory may come from */
#define __GFP_DMA ((__force gfp_t)0x01u)     /* ZONE_DMA only: below 16 MiB */
#define __GFP_HIGHMEM ((__force gfp_t)0x02u) /* ZONE_HIGHMEM allowed (and preferred) */
#define __GFP_DMA32 ((__force gfp_t)0x04u)   /* below 4 GiB: ZONE_NORMAL on i386 */
#define __GFP_MOVABLE ((__force gfp_t)0x08u) /* the page can be migrated or reclaimed */
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
#define GFP_DMA32 __GFP_DMA32

/* Zones a configuration may lack: each falls back to ZONE_NORMAL (2.6.32) */
#define OPT_ZONE_DMA ZONE_DMA
#define OPT_ZONE_HIGHMEM ZONE_HIGHMEM
#define OPT_ZONE_DMA32 ZONE_NORMAL /* i386 has no ZONE_DMA32 */

/*
 * GFP_ZONE_TABLE - the zone of each combination of the four zone bits,
 * ZONES_SHIFT bits an entry, indexed by flags & GFP_ZONEMASK:
 *
 *   0x0 Normal    0x4 Normal (DMA32)  0x8 Normal (MOVABLE)   0xc Normal (MOVABLE|DMA32)
 *   0x1 DMA       0x5 bad             0x9 DMA (MOVABLE|DMA)  0xd bad
 *   0x2 HighMem   0x6 bad             0xa Movable            0xe bad
 *   0x3 bad       0x7 bad             0xb bad                0xf bad
 *
 * __GFP_MOVABLE is a policy as well as a zone: with another zone bit it
 * keeps that zone, and only with __GFP_HIGHMEM does it reach ZONE_MOVABLE.
 * The bad entries are 0 (ZONE_DMA) in the table; GFP_ZONE_BAD marks them.
 */
#define GFP_ZONE_TABLE                                                       \
	((ZONE_NORMAL << 0 * ZONES_SHIFT) |                                  \
	 (OPT_ZONE_DMA << __GFP_DMA * ZONES_SHIFT) |                         \
	 (OPT_ZONE_HIGHMEM << __GFP_HIGHMEM * ZONES_SHIFT) |                 \
	 (OPT_ZONE_DMA32 << __GFP_DMA32 * ZONES_SHIFT) |                     \
	 (ZONE_NORMAL << __GFP_MOVABLE * ZONES_SHIFT) |                      \
	 (OPT_ZONE_DMA << (__GFP_MOVABLE | __GFP_DMA) * ZONES_SHIFT) |       \
	 (ZONE_MOVABLE << (__GFP_MOVABLE | __GFP_HIGHMEM) * ZONES_SHIFT) |   \
	 (OPT_ZONE_DMA32 << (__GFP_MOVABLE | __GFP_DMA32) * ZONES_SHIFT))

/* GFP_ZONE_BAD - bit n set: zone bits n ask for two zones at once */
#define GFP_ZONE_BAD                                                \
	(1 << (__GFP_DMA | __GFP_HIGHMEM) | 1 << (__GFP_DMA | __GFP_DMA32) | \
	 1 << (__GFP_DMA32 | __GFP_HIGHMEM) |                        \
	 1 << (__GFP_DMA | __GFP_DMA32 | __GFP_HIGHMEM) |            \
	 1 << (__GFP_MOVABLE | __GFP_HIGHMEM | __GFP_DMA) |          \
	 1 << (__GFP_MOVABLE | __GFP_DMA32 | __GFP_DMA) |            \
	 1 << (__GFP_MOVABLE | __GFP_DMA32 | __GFP_HIGHMEM) |        \
	 1 << (__GFP_MOVABLE | __GFP_DMA32 | __GFP_DMA | __GFP_HIGHMEM))

/**
 * gfp_zone - the preferred (highest allowed) zone of a request
 * @flags: the request's GFP flags; only the zone bits matter
 *
 * One lookup in GFP_ZONE_TABLE. A combination GFP_ZONE_BAD marks (two
 * zones asked for at once, such as __GFP_DMA | __GFP_HIGHMEM) is a BUG,
 * as in 2.6.32 with CONFIG_DEBUG_VM, which Linnet always has
 * (VM_BUG_ON). 2.6.32 also tries a compile-time check for a constant
 * @flags (MAYBE_BUILD_BUG_ON); inside an inline function its array size
 * is not a constant expression, so it never fails a build, and Linnet
 * leaves it out.
 *
 * Context: any.
 * Return: the zone the request's zonelist starts at.
 */
static inline enum zone_type gfp_zone(gfp_t flags)
{
	int bit = (__force int)(flags & GFP_ZONEMASK);

	/* 16 entries of ZONES_SHIFT bits must fit in the word */
	BUILD_BUG_ON(16 * ZONES_SHIFT > BITS_PER_LONG);
	VM_BUG_ON((GFP_ZONE_BAD >> bit) & 1);
	return (GFP_ZONE_TABLE >> (bit * ZONES_SHIFT)) & ((1 << ZONES_SHIFT) - 1);
}

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
void *alloc_pages_exact(size_t size, gfp_t gfp_mask);
void free_pages_exact(void *virt, size_t size);

#endif /* _LINUX_GFP_H */
