/*
 * tests/host/include/linux/mm.h - pages, simulated on the host.
 *
 * The slab layer asks the kernel's page allocator for pages and maps
 * addresses back to their struct page. On the host, tests/host/slab_env.c
 * provides the same calls over a static array of "RAM" with its own
 * mem_map: a first-fit allocator of naturally aligned blocks, with the
 * first quarter standing for ZONE_DMA. Freed pages are poisoned for
 * AddressSanitizer, so the slab layer touching a page it gave back is
 * caught. The names and meanings are those of the kernel's <linux/mm.h>.
 */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/atomic.h>
#include <linux/mm_types.h>
#include <linux/gfp.h>
#include <asm/page.h>

#define PG_head 14
#define PG_tail 15
#define PG_slab 7

#define PageSlab(page) (((page)->flags >> PG_slab) & 1)
#define __SetPageSlab(page) ((page)->flags |= 1UL << PG_slab)
#define __ClearPageSlab(page) ((page)->flags &= ~(1UL << PG_slab))
#define PageHead(page) (((page)->flags >> PG_head) & 1)
#define PageTail(page) (((page)->flags >> PG_tail) & 1)

static inline struct page *compound_head(struct page *page)
{
	return PageTail(page) ? page->first_page : page;
}

static inline unsigned int compound_order(struct page *page)
{
	return PageHead(page) ? (unsigned int)page->private : 0;
}

static inline int page_count(struct page *page)
{
	return atomic_read(&compound_head(page)->_count);
}

/* tests/host/slab_env.c: the simulated RAM and its mem_map */
#define HOST_PAGES 4096 /* 16 MiB */
extern u8 host_ram[HOST_PAGES * PAGE_SIZE];
extern struct page host_mem_map[HOST_PAGES];

/* Inline, as the kernel's are: the benchmark counts them. */
static inline struct page *virt_to_page(const void *addr)
{
	return &host_mem_map[((const u8 *)addr - host_ram) >> PAGE_SHIFT];
}

static inline void *page_address(struct page *page)
{
	return host_ram + ((unsigned long)(page - host_mem_map) << PAGE_SHIFT);
}

static inline bool virt_addr_valid(const void *addr)
{
	return (unsigned long)((const u8 *)addr - host_ram) < sizeof(host_ram);
}

int is_vmalloc_addr(const void *addr);

#endif /* _LINUX_MM_H */
