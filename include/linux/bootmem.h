/*
 * bootmem.h - the early allocator, used before the buddy allocator exists.
 *
 * The page allocator needs memory to describe memory (mem_map), and the
 * kernel needs page tables before it can touch most of RAM. The early
 * allocator hands out such boot-time blocks from the firmware's memory
 * map, never freeing them, then gives every page it did not hand out to
 * the buddy allocator (free_all_bootmem) and retires. The names are
 * Linux 2.6's bootmem API; the inside is a list of regions like today's
 * memblock. See mm/bootmem.c and docs/memory.md.
 */
#ifndef _LINUX_BOOTMEM_H
#define _LINUX_BOOTMEM_H

#include <linux/types.h>
#include <asm/dma.h> /* MAX_DMA_ADDRESS: boot allocations start there, to leave ZONE_DMA free */

#define BOOTMEM_DEFAULT 0

extern unsigned long max_low_pfn;
extern unsigned long min_low_pfn;
extern unsigned long max_pfn;

void bootmem_add_memory(unsigned long start_pfn, unsigned long end_pfn);
int reserve_bootmem(unsigned long addr, unsigned long size, int flags);
void *__alloc_bootmem(unsigned long size, unsigned long align, unsigned long goal);
void *__alloc_bootmem_raw(unsigned long size, unsigned long align, unsigned long goal);
void *__alloc_bootmem_low(unsigned long size, unsigned long align, unsigned long goal);
unsigned long free_all_bootmem(void);
unsigned long bootmem_present_pages(unsigned long start_pfn, unsigned long end_pfn);
void bootmem_print_ranges(void);

#define alloc_bootmem(x) __alloc_bootmem(x, SMP_CACHE_BYTES, __pa(MAX_DMA_ADDRESS))
#define alloc_bootmem_pages(x) __alloc_bootmem(x, PAGE_SIZE, __pa(MAX_DMA_ADDRESS))
#define alloc_bootmem_low_pages(x) __alloc_bootmem_low(x, PAGE_SIZE, 0)
#define SMP_CACHE_BYTES 64

#endif /* _LINUX_BOOTMEM_H */
