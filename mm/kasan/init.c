/*
 * init.c - mapping KASAN's shadow: one byte for every 8 of the kernel's gigabyte.
 *
 * The shadow of 0xC0000000..0xFFFFFFFF is 128 MiB at 0xA0000000, below
 * PAGE_OFFSET: a KASAN kernel's user space ends there (TASK_SIZE,
 * asm/processor.h) and every page directory shares the shadow's entries
 * (arch/x86/mm/pgtable.c). Instrumented code
 * writes shadow from its first function on (GCC's prologues mark stack
 * red zones), long before there is memory to back 128 MiB, so the
 * shadow comes up in two steps, as on Linux's x86:
 *
 *   kasan_early_init()  first thing in start_kernel: every shadow page
 *                       maps one shared scratch page, writable. Checks
 *                       are off; the scratch page soaks up the writes.
 *
 *   kasan_init()        after paging_init(), before mem_init():
 *
 *     0xA0000000 +----------------------+ shadow of lowmem (0xC0000000 to
 *                | real pages, bootmem  | high_memory): 1/8 of lowmem,
 *                | (zero: all valid)    | 16 MiB for 128 MiB of RAM
 *                +----------------------+
 *                | kasan_zero_page,     | shadow of vmalloc, pkmap and the
 *                | read-only (valid)    | fixmaps; vmalloc replaces it with
 *     0xA8000000 +----------------------+ real pages as it maps areas
 *
 * The zero page reads as "every byte valid", which is true of pkmap and
 * fixmap addresses (they map whole pages) and harmless for unmapped
 * vmalloc space (an access there faults anyway). Then the checks go on,
 * and the compiler's constructors describe the globals' red zones.
 *
 * This file runs before the shadow exists: it is built without
 * instrumentation (Makefile). See docs/debugging.md.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/bootmem.h>
#include <linux/mm.h>
#include <asm/pgtable.h>
#include "kasan.h"

/* PAGE_SIZE-aligned, so the page tables can point at them */
static pte_t kasan_early_pte[PTRS_PER_PTE] __aligned(PAGE_SIZE);
static u8 kasan_early_shadow_page[PAGE_SIZE] __aligned(PAGE_SIZE);
/* The shadow of every address nobody poisons: all zero, mapped read-only */
u8 kasan_zero_page[PAGE_SIZE] __aligned(PAGE_SIZE);

/* The linker's list of constructors: GCC's __asan_register_globals calls */
extern void (*__ctors_start[])(void);
extern void (*__ctors_end[])(void);

static void set_shadow_table(unsigned long vaddr, pte_t *table)
{
	set_pmd(pmd_offset(pgd_offset_k(vaddr), vaddr), __pmd(__pa(table) | _KERNPG_TABLE));
}

/**
 * kasan_early_init - map the whole shadow to one writable scratch page
 *
 * Context: the first call of start_kernel(), on the boot page tables.
 */
void __init kasan_early_init(void)
{
	unsigned long addr;
	int i;

	for (i = 0; i < PTRS_PER_PTE; i++)
		kasan_early_pte[i] = __pte(__pa(kasan_early_shadow_page) | __PAGE_KERNEL);
	for (addr = KASAN_SHADOW_START; addr < KASAN_SHADOW_END; addr += PGDIR_SIZE)
		set_shadow_table(addr, kasan_early_pte);
	__flush_tlb_all();
}

/* Back the shadow page table at @table from @start to @end with zeroed pages */
static void populate_lowmem_shadow(pte_t *table, unsigned long start, unsigned long end)
{
	u8 *pages = __alloc_bootmem(end - start, PAGE_SIZE, __pa(MAX_DMA_ADDRESS));
	unsigned long addr;

	for (addr = start; addr < end; addr += PAGE_SIZE, pages += PAGE_SIZE)
		set_pte(&table[pte_index(addr)], pfn_pte(__pa(pages) >> PAGE_SHIFT, PAGE_KERNEL));
}

static void run_constructors(void)
{
	void (**fn)(void);

	for (fn = __ctors_start; fn < __ctors_end; fn++)
		(*fn)();
}

/**
 * kasan_init - give the shadow real pages and turn the checks on
 *
 * Context: boot, after paging_init() (page tables, bootmem) and before
 * mem_init() hands the free pages to the buddy allocator, which poisons
 * them in the shadow.
 */
void __init kasan_init(void)
{
	unsigned long lo = (unsigned long)kasan_mem_to_shadow((void *)PAGE_OFFSET);
	unsigned long hi = PAGE_ALIGN((unsigned long)kasan_mem_to_shadow(high_memory));
	unsigned long addr;
	int i;

	for (addr = KASAN_SHADOW_START; addr < KASAN_SHADOW_END; addr += PGDIR_SIZE) {
		pte_t *table = __alloc_bootmem_low(PAGE_SIZE, PAGE_SIZE, 0);
		unsigned long end = min(addr + PGDIR_SIZE, hi);

		for (i = 0; i < PTRS_PER_PTE; i++)
			table[i] = pfn_pte(__pa(kasan_zero_page) >> PAGE_SHIFT, PAGE_KERNEL_RO);
		if (addr < hi)
			populate_lowmem_shadow(table, max(addr, lo), end);
		set_shadow_table(addr, table);
	}
	__flush_tlb_all();
	kasan_enabled = true;
	run_constructors();
	printk(KERN_INFO "kasan: KernelAddressSanitizer initialized: shadow %#lx-%#lx, "
			 "%luk for lowmem\n",
	       KASAN_SHADOW_START, KASAN_SHADOW_END, (hi - lo) >> 10);
}
