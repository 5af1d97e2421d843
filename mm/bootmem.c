/*
 * bootmem.c - the early allocator: memory for the kernel before the buddy allocator.
 *
 * To build the page allocator the kernel needs memory: page tables for the
 * direct map, and mem_map (a struct page per frame: 28 MiB for 3.5 GiB).
 * This allocator works from two lists of page-frame ranges: the RAM the
 * firmware reported (e820) and the ranges already taken (the kernel image,
 * the boot loader's data, earlier allocations):
 *
 *   memory:    [1 ....... 9f)      [100 ........................ 7fe0)
 *   reserved:                      [100 kernel 1e0) [400 mem_map 5c0)
 *   free:      [1 ....... 9f)                  [1e0 400)       [5c0 7fe0)
 *
 * An allocation takes the first free range at or above a goal (16 MiB by
 * default, to leave ZONE_DMA for those who need it) that is big enough,
 * and adds it to the reserved list. Nothing is ever freed back here:
 * when the zones are ready, free_all_bootmem() hands every page that is
 * RAM and not reserved to the buddy allocator, in the largest aligned
 * blocks that fit, and the early allocator is done. The API keeps Linux
 * 2.6's bootmem names; the inside is like today's memblock, since a list
 * of ranges is simpler to read than 2.6's bitmap. Granularity is a page.
 * See docs/memory.md.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/bootmem.h>
#include <linux/mm.h>

#define MAX_RANGES 64

/*
 * The highest physical address a "low" boot allocation may use. An
 * architecture with a narrower limit defines it; x86 does not, so, as in
 * 2.6.32, it is all of low memory.
 */
#ifndef ARCH_LOW_ADDRESS_LIMIT
#define ARCH_LOW_ADDRESS_LIMIT 0xffffffffUL
#endif

struct pfn_range {
	unsigned long start, end; /* [start, end) in page frames */
};

static struct pfn_range memory[MAX_RANGES], reserved[MAX_RANGES];
static int nr_memory, nr_reserved;

unsigned long max_low_pfn;
unsigned long min_low_pfn;
unsigned long max_pfn;

/* add_range - add [start, end), extending a range it touches (allocations are adjacent) */
static void add_range(struct pfn_range *r, int *nr, unsigned long start, unsigned long end)
{
	int i;

	if (start >= end)
		return;
	for (i = 0; i < *nr; i++) {
		if (r[i].end == start) {
			r[i].end = end;
			return;
		}
		if (r[i].start == end) {
			r[i].start = start;
			return;
		}
	}
	if (*nr == MAX_RANGES)
		panic("bootmem: more than %d ranges", MAX_RANGES);
	r[*nr].start = start;
	r[(*nr)++].end = end;
}

/**
 * bootmem_add_memory - tell the early allocator about a range of RAM
 * @start_pfn: its first frame
 * @end_pfn: the frame after its last
 *
 * Context: boot, from setup_memory().
 */
void bootmem_add_memory(unsigned long start_pfn, unsigned long end_pfn)
{
	add_range(memory, &nr_memory, start_pfn, end_pfn);
}

/**
 * reserve_bootmem - mark a physical range as taken: never allocated or freed
 * @addr: its physical start
 * @size: its length in bytes (whole pages are reserved)
 * @flags: BOOTMEM_DEFAULT
 *
 * Context: boot, before free_all_bootmem().
 * Return: 0.
 */
int reserve_bootmem(unsigned long addr, unsigned long size, int flags)
{
	add_range(reserved, &nr_reserved, PFN_DOWN(addr), PFN_UP(addr + size));
	return 0;
}

/* first_overlap - a reserved range overlapping [start, end), or NULL */
static struct pfn_range *first_overlap(unsigned long start, unsigned long end)
{
	int i;

	for (i = 0; i < nr_reserved; i++)
		if (reserved[i].start < end && start < reserved[i].end)
			return &reserved[i];
	return NULL;
}

/* find_free - the first @pages free frames, aligned, in [@goal, @limit) */
static unsigned long find_free(unsigned long pages, unsigned long align, unsigned long goal,
			       unsigned long limit)
{
	int i;

	for (i = 0; i < nr_memory; i++) {
		unsigned long start = ALIGN(max(memory[i].start, goal), align);
		unsigned long end = min(memory[i].end, limit);
		struct pfn_range *r;

		while (start + pages <= end) {
			r = first_overlap(start, start + pages);
			if (!r)
				return start;
			start = ALIGN(r->end, align);
		}
	}
	return 0;
}

static void *alloc_core(unsigned long size, unsigned long align, unsigned long goal,
			unsigned long limit)
{
	unsigned long pages = PFN_UP(size), apages = max(1UL, align >> PAGE_SHIFT);
	unsigned long pfn = find_free(pages, apages, PFN_DOWN(goal), limit);

	if (!pfn)
		pfn = find_free(pages, apages, 0, limit);
	if (!pfn)
		panic("Out of memory: bootmem could not allocate %lu bytes", size);
	add_range(reserved, &nr_reserved, pfn, pfn + pages);
	return __va(pfn << PAGE_SHIFT);
}

/**
 * __alloc_bootmem_raw - allocate boot memory in low memory, not zeroed
 * @size: bytes (rounded up to pages)
 * @align: alignment in bytes
 * @goal: try at or above this physical address first
 *
 * Like today's memblock_alloc_raw: for mem_map, which is initialised page
 * by page anyway, so that large machines do not pay for zeroing it twice.
 *
 * Context: boot. Panics if there is no room.
 * Return: the direct-map address of the block.
 */
void *__alloc_bootmem_raw(unsigned long size, unsigned long align, unsigned long goal)
{
	return alloc_core(size, align, goal, max_low_pfn);
}

/**
 * __alloc_bootmem - allocate zeroed boot memory in low memory
 * @size: bytes (rounded up to pages)
 * @align: alignment in bytes
 * @goal: try at or above this physical address first
 *
 * Context: boot. Panics if there is no room, as Linux's does.
 * Return: the direct-map address of the zeroed block.
 */
void *__alloc_bootmem(unsigned long size, unsigned long align, unsigned long goal)
{
	void *p = __alloc_bootmem_raw(size, align, goal);

	memset(p, 0, size);
	return p;
}

/**
 * __alloc_bootmem_low - allocate zeroed boot memory below ARCH_LOW_ADDRESS_LIMIT
 * @size: bytes (rounded up to pages)
 * @align: alignment in bytes
 * @goal: try at or above this physical address first
 *
 * On x86 the limit is all of low memory, as in 2.6.32: "low" then only
 * means "not above @goal if there is room there" (0 asks for the lowest).
 * Memory the boot page tables must already map is found another way
 * (arch/x86/mm/init_32.c:find_early_table_space).
 *
 * Context: boot. Panics if there is no room.
 * Return: the direct-map address of the zeroed block.
 */
void *__alloc_bootmem_low(unsigned long size, unsigned long align, unsigned long goal)
{
	void *p = alloc_core(size, align, goal, min(max_low_pfn, PFN_DOWN(ARCH_LOW_ADDRESS_LIMIT)));

	memset(p, 0, size);
	return p;
}

/**
 * bootmem_present_pages - frames of RAM in a range of frames
 * @start_pfn: the range's first frame
 * @end_pfn: the frame after its last
 *
 * Context: boot.
 * Return: the count, holes excluded.
 */
unsigned long bootmem_present_pages(unsigned long start_pfn, unsigned long end_pfn)
{
	unsigned long n = 0;
	int i;

	for (i = 0; i < nr_memory; i++) {
		unsigned long s = max(memory[i].start, start_pfn), e = min(memory[i].end, end_pfn);

		if (s < e)
			n += e - s;
	}
	return n;
}

/**
 * bootmem_print_ranges - print the RAM ranges as Linux's "early_node_map" lines
 *
 * Context: boot.
 */
void bootmem_print_ranges(void)
{
	int i;

	printk(KERN_INFO "early_node_map[%d] active PFN ranges\n", nr_memory);
	for (i = 0; i < nr_memory; i++)
		printk(KERN_INFO "    %3d: %#010lx -> %#010lx\n", 0, memory[i].start,
		       memory[i].end);
}

/* free_range - free [start, end) in the largest aligned blocks that fit */
static unsigned long free_range(unsigned long start, unsigned long end)
{
	unsigned long pfn = start;

	while (pfn < end) {
		unsigned int order = MAX_ORDER - 1;

		while ((pfn & ((1UL << order) - 1)) || pfn + (1UL << order) > end)
			order--;
		__free_pages_bootmem(pfn_to_page(pfn), order);
		pfn += 1UL << order;
	}
	return end - start;
}

/* free_unreserved - free what of [start, end) no reserved range covers */
static unsigned long free_unreserved(unsigned long start, unsigned long end)
{
	struct pfn_range *r = first_overlap(start, end);

	if (!r)
		return free_range(start, end);
	return (r->start > start ? free_unreserved(start, r->start) : 0) +
	       (r->end < end ? free_unreserved(r->end, end) : 0);
}

/**
 * free_all_bootmem - give every unreserved page of RAM to the buddy allocator
 *
 * Zone boundaries (16 MiB, max_low_pfn) are multiples of the largest
 * block, so no block crosses one.
 *
 * Context: boot, once, after free_area_init_node().
 * Return: the number of pages freed.
 */
unsigned long free_all_bootmem(void)
{
	unsigned long n = 0;
	int i;

	for (i = 0; i < nr_memory; i++)
		n += free_unreserved(memory[i].start, memory[i].end);
	return n;
}
