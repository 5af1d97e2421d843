/*
 * buddy_env.c - a simulated machine for the host build of mm/page_alloc.c.
 *
 * Compiled against Linnet's headers (LINNET_HOST). It provides what the
 * page allocator expects from the rest of the kernel: memory behind the
 * physical addresses (host_ram, an mmap'd region that costs only what is
 * touched), mem_map, kmap_atomic (every page is reachable through
 * host_ram, high or not), and the flags and thread_info the locks use.
 * buddy_env_init() lays out zones like a small PC with highmem scaled
 * down: DMA [1, 0x1000) with the 640K-1M hole, Normal to 0x3000 with a
 * hole, HighMem to 0x4000; the zone boundaries are passed in as i386's
 * would be. Used by tests/host/buddy_test.c and tests/fuzz/buddy_fuzz.c.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/highmem.h>
#include <linux/jiffies.h>
#include <linux/sched.h>
#include "buddy_env.h"

void *mmap(void *addr, size_t len, int prot, int flags, int fd, long off);
void *calloc(size_t n, size_t size);

char *host_ram;
unsigned long host_eflags;
/* The one context of the host build: a task named as Linux's idle task */
static struct task_struct host_task = { .comm = "swapper" };
struct thread_info host_thread_info = { .task = &host_task };
volatile unsigned long jiffies;
void *high_memory;

/* The RAM ranges of the simulated machine, in frames */
static const unsigned long ram[][2] = { { 1, 0x9f }, { 0x100, 0x2800 }, { 0x2a00, ENV_PAGES } };

/**
 * page_address - the simulated address of any page
 * @page: the page
 *
 * Context: any.
 * Return: its address in host_ram.
 */
void *page_address(const struct page *page)
{
	return lowmem_page_address(page);
}

/**
 * kmap_atomic - the simulated address of any page (no mapping needed here)
 * @page: the page
 * @type: the slot (unused)
 *
 * Context: any.
 * Return: its address in host_ram.
 */
void *kmap_atomic(struct page *page, enum km_type type)
{
	return page_address(page);
}

/**
 * kunmap_atomic - nothing to undo on the host
 * @kvaddr: the address
 * @type: the slot
 *
 * Context: any.
 */
void kunmap_atomic(void *kvaddr, enum km_type type)
{
}

static unsigned long present(unsigned long lo, unsigned long hi)
{
	unsigned long n = 0, i;

	for (i = 0; i < ARRAY_SIZE(ram); i++)
		if (min(ram[i][1], hi) > max(ram[i][0], lo))
			n += min(ram[i][1], hi) - max(ram[i][0], lo);
	return n;
}

/* free_range - as free_all_bootmem does: the largest aligned blocks */
static void free_range(unsigned long pfn, unsigned long end)
{
	while (pfn < end) {
		unsigned int order = MAX_ORDER - 1;

		while ((pfn & ((1UL << order) - 1)) || pfn + (1UL << order) > end)
			order--;
		__free_pages_bootmem(pfn_to_page(pfn), order);
		pfn += 1UL << order;
	}
}

static void env_init(int mmap_flags)
{
	unsigned long bounds[] = { 1, ENV_DMA_END, ENV_LOW_END, ENV_PAGES, ENV_PAGES };
	unsigned long size[MAX_NR_ZONES], holes[MAX_NR_ZONES];
	unsigned long i;

	host_ram = mmap(NULL, ENV_PAGES * PAGE_SIZE, 3 /* RW */, mmap_flags, -1, 0);
	if (host_ram == (char *)-1L) {
		printf("buddy_env: no %lu MiB for the simulated RAM\n", ENV_PAGES >> 8);
		abort();
	}
	high_memory = __va(ENV_LOW_END << PAGE_SHIFT);
	mem_map = calloc(ENV_PAGES, sizeof(struct page));
	for (i = 0; i < MAX_NR_ZONES; i++) {
		size[i] = bounds[i + 1] - bounds[i];
		holes[i] = size[i] - present(bounds[i], bounds[i + 1]);
	}
	host_eflags = 0x200;
	free_area_init_node(0, size, 1, holes);
	build_all_zonelists();
	for (i = 0; i < ARRAY_SIZE(ram); i++)
		free_range(ram[i][0], ram[i][1]);
	init_per_zone_wmark_min();
}

/**
 * buddy_env_init - build the simulated machine and hand its pages over
 *
 * Context: once per process.
 */
void buddy_env_init(void)
{
	env_init(0x22 /* MAP_PRIVATE | MAP_ANONYMOUS */);
}

/**
 * buddy_env_init_low - the same machine, its RAM in the host's first 2 GiB
 *
 * For tests that map the vmalloc area (tests/host/mm_race_test.c): i386's
 * VMALLOC_START follows high_memory, its VMALLOC_END is a 32-bit address
 * below the fixmaps, so the simulated direct map must end below 4 GiB for
 * the area to exist. MAP_32BIT (x86-64) puts it there.
 *
 * Context: once per process, instead of buddy_env_init().
 */
void buddy_env_init_low(void)
{
	env_init(0x62 /* MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT */);
}

/**
 * buddy_env_snapshot - record nr_free of every zone and order (lists drained)
 * @s: where to record
 *
 * Context: any.
 */
void buddy_env_snapshot(unsigned long s[MAX_NR_ZONES][MAX_ORDER])
{
	int z, o;

	drain_local_pages(NULL);
	for (z = 0; z < MAX_NR_ZONES; z++)
		for (o = 0; o < MAX_ORDER; o++)
			s[z][o] = NODE_DATA(0)->node_zones[z].free_area[o].nr_free;
}
