/*
 * bootmem_test.c - mm/bootmem.c on the host: what "low" means.
 *
 * The early allocator runs on a simulated 64 MiB machine: host_ram is
 * physical address 0 (asm/page.h's LINNET_HOST __va/__pa).
 * Checked here: first fit from the goal, the fall back to the lowest
 * frames, and __alloc_bootmem_low, whose limit on x86 is all of low
 * memory as in 2.6.32 (ARCH_LOW_ADDRESS_LIMIT 0xffffffff): with the first
 * 16 MiB taken it still finds room above. Compiled against Linnet's
 * headers (LINNET_HOST); see tests/host/mm.mk.
 */
#include <linux/kernel.h>
#include <linux/bootmem.h>
#include <linux/mm.h>

void *mmap(void *addr, size_t len, int prot, int flags, int fd, long off);
int printf(const char *fmt, ...);

char *host_ram;
struct page *mem_map;

/* free_all_bootmem's hand-over is not tested here */
void __free_pages_bootmem(struct page *page, unsigned int order)
{
}

#define RAM_PAGES 0x4000 /* 64 MiB */
#define MB16_PFN 0x1000

#include "check.h"

static unsigned long pfn_of(void *p)
{
	return __pa(p) >> PAGE_SHIFT;
}

int main(void)
{
	void *p;

	/* PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE: only touched pages cost */
	host_ram = mmap(NULL, RAM_PAGES * PAGE_SIZE, 3, 0x02 | 0x20 | 0x4000, -1, 0);
	if (host_ram == (char *)-1)
		return 1;
	bootmem_add_memory(1, 0x9f);
	bootmem_add_memory(0x100, RAM_PAGES);
	max_pfn = max_low_pfn = RAM_PAGES;
	min_low_pfn = 1;

	/* the goal first, the lowest frames when the goal has no room */
	p = __alloc_bootmem(PAGE_SIZE, PAGE_SIZE, 0x2000000);
	CHECK(pfn_of(p) == 0x2000);
	p = __alloc_bootmem(PAGE_SIZE, PAGE_SIZE, (unsigned long)RAM_PAGES << PAGE_SHIFT);
	CHECK(pfn_of(p) == 1);
	/* low with goal 0: the lowest free frames, zeroed */
	p = __alloc_bootmem_low(2 * PAGE_SIZE, PAGE_SIZE, 0);
	CHECK(pfn_of(p) == 2);
	CHECK(((char *)p)[PAGE_SIZE + 7] == 0);

	/* the first 16 MiB all taken: "low" is all of low memory, as 2.6.32's */
	reserve_bootmem(0, MB16_PFN << PAGE_SHIFT, BOOTMEM_DEFAULT);
	p = __alloc_bootmem_low(PAGE_SIZE, PAGE_SIZE, 0);
	CHECK(pfn_of(p) >= MB16_PFN && pfn_of(p) < RAM_PAGES);

	return check_summary("bootmem_test");
}
