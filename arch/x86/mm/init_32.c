/*
 * init_32.c - setting up i386 memory: the direct map, the zones, the hand-over.
 *
 * boot/head.asm left the kernel running on page tables that map only the
 * first 16 MiB. This file takes memory from there to a working page
 * allocator, in three steps that start_kernel() calls in order:
 *
 *   setup_memory()  the e820 map -> the early allocator's RAM ranges;
 *                   max_pfn, max_low_pfn (at most 896 MiB); the kernel
 *                   image and the boot loader's data reserved
 *   paging_init()   the page directory mapping all low memory at
 *                   PAGE_OFFSET: 4 MiB pages (PSE) where the CPU has them,
 *                   4 KiB pages for the first 4 MiB, the kernel's code and
 *                   a tail shorter than 4 MiB; plus the page tables of the
 *                   pkmap area and the fixmaps; then mem_map and the zones
 *   mem_init()      every free page to the buddy allocator; watermarks,
 *                   zonelists; the "Memory: ...k/...k available" line
 *
 * The direct map is 2.6.32's (init_memory_mapping, kernel_physical_mapping_init):
 * a large page where the CPU has PSE and a whole 4 MiB is mapped alike, so
 * 128 MiB take 31 directory entries rather than 32 page tables of 1024
 * entries to fill. Two differences: page 0 is left unmapped, so that a
 * stray access at PAGE_OFFSET faults, and the kernel's code and read-only
 * data are mapped read-only from the start (2.6.32 does that only with
 * CONFIG_DEBUG_RODATA, splitting the large page at the end of boot); both
 * keep 4 KiB pages where they are. No kernel entry is global (no PGE), so
 * flush_tlb_kernel_range() may reload CR3.
 *
 * See docs/memory.md.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/bootmem.h>
#include <linux/initrd.h>
#include <linux/highmem.h>
#include <linux/spinlock.h>
#include <asm/dma.h>
#include <asm/e820.h>
#include <asm/setup.h>
#include <asm/processor.h>

#define FOUR_GB_PFN 0x100000ULL

extern char _text[], _etext[], _sdata[], _edata[], _end[], __end_rodata[];

/* The size of a linker-defined section, from its start and end symbols */
#define section_size(start, end) ((unsigned long)(end) - (unsigned long)(start))

void *high_memory;
EXPORT_SYMBOL(high_memory);
static unsigned long highstart_pfn;

#define pages_to_mb(x) ((x) >> (20 - PAGE_SHIFT))

/* The boot loader's data: the information block, the map, the strings */
static void reserve_multiboot(void)
{
	const struct multiboot_info *mbi = __va(multiboot_info_phys);

	if (multiboot_magic != MULTIBOOT_BOOTLOADER_MAGIC)
		return;
	reserve_bootmem(multiboot_info_phys, sizeof(*mbi), BOOTMEM_DEFAULT);
	if (mbi->flags & MULTIBOOT_INFO_MEM_MAP)
		reserve_bootmem(mbi->mmap_addr, mbi->mmap_length, BOOTMEM_DEFAULT);
	if (mbi->flags & MULTIBOOT_INFO_CMDLINE)
		reserve_bootmem(mbi->cmdline, COMMAND_LINE_SIZE, BOOTMEM_DEFAULT);
}

/* The e820 RAM ranges as whole frames below 4 GiB, page 0 left out (as Linux) */
static void add_e820_memory(void)
{
	u32 i;

	for (i = 0; i < e820.nr_map; i++) {
		const struct e820entry *e = &e820.map[i];
		u64 start = (e->addr + PAGE_SIZE - 1) >> PAGE_SHIFT;
		u64 end = (e->addr + e->size) >> PAGE_SHIFT;

		if (e->type != E820_RAM)
			continue;
		start = max(start, 1ULL);
		end = min(end, FOUR_GB_PFN);
		if (start >= end)
			continue;
		bootmem_add_memory(start, end);
		if (!min_low_pfn || start < min_low_pfn)
			min_low_pfn = start;
		max_pfn = max(max_pfn, (unsigned long)end);
	}
}

/**
 * setup_memory - find the machine's memory and start the early allocator
 *
 * Context: boot, after setup_arch() read the memory map.
 */
void setup_memory(void)
{
	add_e820_memory();
	max_low_pfn = min(max_pfn, (unsigned long)MAXMEM_PFN);
	highstart_pfn = max_low_pfn;
	num_physpages = max_pfn; /* as 2.6.32's highend_pfn: holes included */
	high_memory = (char *)__va(max_low_pfn * PAGE_SIZE - 1) + 1;
	if (max_pfn > max_low_pfn)
		printk(KERN_NOTICE "%luMB HIGHMEM available.\n",
		       pages_to_mb(max_pfn - highstart_pfn));
	printk(KERN_NOTICE "%luMB LOWMEM available.\n", pages_to_mb(max_low_pfn));
	reserve_bootmem(__pa(_text), section_size(_text, _end), BOOTMEM_DEFAULT);
	reserve_multiboot();
	reserve_initrd();
}

/**
 * free_initrd_mem - give the unpacked initramfs's pages to the page allocator
 * @start: the archive's first byte (kernel virtual)
 * @end: the byte after it
 *
 * Only whole pages are freed: a last, partial page may share its frame
 * with the boot loader's other data, so it stays reserved (at most 4 KiB).
 *
 * Context: process context, once, after populate_rootfs().
 */
void free_initrd_mem(unsigned long start, unsigned long end)
{
	unsigned long addr, freed = 0;

	for (addr = PAGE_ALIGN(start); addr + PAGE_SIZE <= end; addr += PAGE_SIZE) {
		__free_pages_bootmem(virt_to_page(addr), 0);
		freed += PAGE_SIZE;
	}
	printk(KERN_INFO "Freeing initrd memory: %luk freed\n", freed >> 10);
}

#define X86_CR4_PSE 0x00000010UL
#define X86_FEATURE_PSE_BIT 3 /* CPUID.1:EDX: 4 MiB pages */

/* use_pse - map low memory with 4 MiB pages where it can (the CPU has PSE) */
static bool use_pse;

/* max_pfn_mapped - the frames the page tables in use map (boot/head.asm's 16 MiB) */
static unsigned long max_pfn_mapped = 0x1000000UL >> PAGE_SHIFT;
/* The frames set aside for the kernel's page tables: [start, top), end the next free */
static unsigned long table_start, table_end, table_top;

/*
 * find_early_table_space - set aside the kernel's page tables in memory the
 * boot tables already map, so each can be written before it is in use: one
 * per 4 MiB of low memory, one for the pkmap area and one for the fixmaps.
 * 2.6.32 looks for the room in the e820 map below max_pfn_mapped; Linnet
 * asks the early allocator for the lowest free frames and checks them.
 */
static bool map_large(unsigned long pfn);

static void find_early_table_space(void)
{
	unsigned long pfn, tables = 2;
	void *p;

	for (pfn = 0; pfn < max_low_pfn; pfn += PTRS_PER_PTE)
		if (!map_large(pfn))
			tables++;
	p = __alloc_bootmem_raw(tables * PAGE_SIZE, PAGE_SIZE, 0);

	table_start = __pa(p) >> PAGE_SHIFT;
	if (table_start + tables > max_pfn_mapped)
		panic("Cannot find space for the kernel page tables");
	memset(p, 0, tables * PAGE_SIZE);
	table_end = table_start;
	table_top = table_start + tables;
}

/* alloc_low_page - the next zeroed page table of that space */
static pte_t *alloc_low_page(void)
{
	unsigned long pfn = table_end++;

	if (pfn >= table_top)
		panic("alloc_low_page: ran out of memory");
	return __va(pfn << PAGE_SHIFT);
}

static void set_pgd_table(unsigned long vaddr, pte_t *table)
{
	set_pmd(pmd_offset(pgd_offset_k(vaddr), vaddr), __pmd(__pa(table) | _KERNPG_TABLE));
}

/*
 * The kernel's code and read-only data ([_text, __end_rodata), page
 * aligned by linker.ld) are mapped without _PAGE_RW: with CR0.WP set
 * (boot/head.asm) a stray write there oopses instead of changing code.
 */
static pgprot_t kernel_page_prot(unsigned long pfn)
{
	if (pfn >= __pa(_text) >> PAGE_SHIFT && pfn < PAGE_ALIGN(__pa(__end_rodata)) >> PAGE_SHIFT)
		return PAGE_KERNEL_RO;
	return PAGE_KERNEL;
}

/*
 * probe_pse - turn on 4 MiB pages if the CPU has them (2.6.32's
 * init_memory_mapping: cpu_has_pse, then set_in_cr4(X86_CR4_PSE))
 */
static void probe_pse(void)
{
	unsigned int a, b, c, d;

	cpuid(1, &a, &b, &c, &d);
	if (d & (1U << X86_FEATURE_PSE_BIT)) {
		set_in_cr4(X86_CR4_PSE);
		use_pse = true;
	}
}

/*
 * map_large - whether the 4 MiB of frames from @pfn (a multiple of 1024)
 * can be one large page: all low memory, all PAGE_KERNEL. The first 4 MiB
 * never is, as in 2.6.32 (there page 0 is left out here, and fixed-range
 * MTRRs there would split a large page in the TLB, 2.6.32 says).
 */
static bool map_large(unsigned long pfn)
{
	unsigned long ro_start = __pa(_text) >> PAGE_SHIFT;
	unsigned long ro_end = PAGE_ALIGN(__pa(__end_rodata)) >> PAGE_SHIFT;
	unsigned long end = pfn + PTRS_PER_PTE;

	return use_pse && pfn && end <= max_low_pfn && (end <= ro_start || pfn >= ro_end);
}

/*
 * The direct map: frame pfn at PAGE_OFFSET + pfn * 4 KiB, for all low
 * memory; a directory entry with _PAGE_PSE maps 4 MiB itself, the others
 * point to a page table.
 */
static void kernel_physical_mapping_init(void)
{
	unsigned long pfn = 0;

	while (pfn < max_low_pfn) {
		unsigned long vaddr = (unsigned long)__va(pfn << PAGE_SHIFT);
		pte_t *table;
		int i;

		if (map_large(pfn)) {
			set_pmd(pmd_offset(pgd_offset_k(vaddr), vaddr),
				__pmd((pfn << PAGE_SHIFT) | __PAGE_KERNEL_LARGE));
			pfn += PTRS_PER_PTE;
			continue;
		}
		table = alloc_low_page();
		for (i = 0; i < PTRS_PER_PTE && pfn < max_low_pfn; i++, pfn++)
			if (pfn)
				set_pte(&table[i], pfn_pte(pfn, kernel_page_prot(pfn)));
		set_pgd_table(vaddr, table);
	}
}

/*
 * Zone sizes from the RAM ranges: DMA below 16 MiB, Normal to max_low_pfn,
 * HighMem to max_pfn. ZONE_MOVABLE gets nothing (no kernelcore=), so
 * 2.6.32's "Movable zone start PFN" list below stays empty.
 */
static void zone_sizes_init(void)
{
	unsigned long start = min_low_pfn,
		      dma_end = max_low_pfn < MAX_DMA_PFN ? max_low_pfn : MAX_DMA_PFN;
	unsigned long bounds[MAX_NR_ZONES + 1] = { start, dma_end, max_low_pfn, max_pfn, max_pfn };
	unsigned long size[MAX_NR_ZONES], holes[MAX_NR_ZONES];
	int i;

	printk(KERN_INFO "Zone PFN ranges:\n");
	for (i = 0; i < MAX_NR_ZONES; i++) {
		unsigned long lo = bounds[i], hi = max(bounds[i], bounds[i + 1]);

		size[i] = hi - lo;
		holes[i] = size[i] - bootmem_present_pages(lo, hi);
		if (i != ZONE_MOVABLE)
			printk(KERN_INFO "  %-8s %#010lx -> %#010lx\n", zone_names[i], lo, hi);
		bounds[i + 1] = hi;
	}
	printk(KERN_INFO "Movable zone start PFN for each node\n");
	bootmem_print_ranges();
	printk(KERN_DEBUG "On node 0 totalpages: %lu\n", bootmem_present_pages(0, max_pfn));
	free_area_init_node(0, size, start, holes);
}

/**
 * paging_init - build the kernel's page tables and the zones
 *
 * Replaces boot/head.asm's 16 MiB map with a map of all low memory, of
 * 4 MiB pages where the CPU has PSE, with page 0 unmapped and the
 * kernel's text and read-only data read-only (4 KiB pages there); adds
 * the page tables of the pkmap area and the fixmaps; then allocates
 * mem_map and sets up the zones.
 *
 * Context: boot, after setup_memory().
 */
void paging_init(void)
{
	probe_pse();
	find_early_table_space();
	kernel_physical_mapping_init();
	pkmap_page_table = alloc_low_page();
	set_pgd_table(PKMAP_BASE, pkmap_page_table);
	set_pgd_table(FIXADDR_START, alloc_low_page());
	write_cr3(read_cr3());
	max_pfn_mapped = max_low_pfn;
	kmap_init();
	mem_map = __alloc_bootmem_raw(max_pfn * sizeof(struct page), PAGE_SIZE,
				      __pa(MAX_DMA_ADDRESS));
	zone_sizes_init();
}

static void print_layout(void)
{
	printk(KERN_INFO "virtual kernel memory layout:\n"
			 "    fixmap  : 0x%08lx - 0x%08lx   (%4ld kB)\n"
			 "    pkmap   : 0x%08lx - 0x%08lx   (%4ld kB)\n"
			 "    vmalloc : 0x%08lx - 0x%08lx   (%4ld MB)\n"
			 "    lowmem  : 0x%08lx - 0x%08lx   (%4ld MB)\n"
			 "      .data : 0x%08lx - 0x%08lx   (%4ld kB)\n"
			 "      .text : 0x%08lx - 0x%08lx   (%4ld kB)\n",
	       FIXADDR_START, FIXADDR_TOP, (FIXADDR_TOP - FIXADDR_START) >> 10, PKMAP_BASE,
	       PKMAP_BASE + LAST_PKMAP * PAGE_SIZE, (LAST_PKMAP * PAGE_SIZE) >> 10, VMALLOC_START,
	       VMALLOC_END, (VMALLOC_END - VMALLOC_START) >> 20, PAGE_OFFSET,
	       (unsigned long)high_memory, ((unsigned long)high_memory - PAGE_OFFSET) >> 20,
	       (unsigned long)_sdata, (unsigned long)_edata,
	       (long)section_size(_sdata, _edata) >> 10, (unsigned long)_text,
	       (unsigned long)_etext, (long)section_size(_text, _etext) >> 10);
}

/**
 * mem_init - hand the free memory to the buddy allocator and report it
 *
 * Context: boot, after paging_init().
 */
void mem_init(void)
{
	unsigned long freed, reserved;

	build_all_zonelists();
	freed = free_all_bootmem();
	init_per_zone_wmark_min();
	/*
	 * 2.6.32 counts the PageReserved frames of RAM below max_low_pfn:
	 * the RAM present that was not freed (nothing is reserved in highmem).
	 */
	reserved = NODE_DATA(0)->node_present_pages - freed;
	printk(KERN_INFO "Memory: %luk/%luk available (%ldk kernel code, %luk reserved, "
			 "%ldk data, %dk init, %luk highmem)\n",
	       nr_free_pages() << (PAGE_SHIFT - 10), num_physpages << (PAGE_SHIFT - 10),
	       (long)section_size(_text, _etext) >> 10, reserved << (PAGE_SHIFT - 10),
	       (long)section_size(_sdata, _edata) >> 10, 0, totalhigh_pages << (PAGE_SHIFT - 10));
	print_layout();
}

/*
 * Serialises filling an empty kernel page-directory entry. 2.6.32 uses
 * init_mm.page_table_lock; Linnet keeps a lock of its own for the kernel's
 * tables, apart from init_mm (mm/init-mm.c).
 */
static DEFINE_SPINLOCK(kernel_page_table_lock);

/**
 * pte_alloc_kernel - the pte for @address, allocating its page table if needed
 * @pmd: the (folded) page-directory entry covering @address
 * @address: a kernel virtual address (vmalloc area)
 *
 * Kernel page tables are shared by every address space Linnet will have,
 * since all use swapper_pg_dir's kernel half. Two tasks may find the same
 * entry empty at once: as 2.6.32's __pte_alloc_kernel(), each allocates
 * a table, then the entry is checked again under a lock, and the loser
 * frees its table (filling it twice would drop the winner's ptes). As
 * 2.6.32's pte_alloc_one_kernel(), the table is not counted in
 * NR_PAGETABLE: meminfo's PageTables counts only user page tables.
 *
 * Context: process context (allocates with GFP_KERNEL).
 * Return: the pte, or NULL if no page could be allocated.
 */
pte_t *pte_alloc_kernel(pmd_t *pmd, unsigned long address)
{
	if (pmd_none(*pmd)) {
		struct page *page = alloc_page(GFP_KERNEL | __GFP_ZERO);

		if (!page)
			return NULL;
		spin_lock(&kernel_page_table_lock);
		if (pmd_none(*pmd)) {
			set_pmd(pmd, __pmd(page_to_phys(page) | _KERNPG_TABLE));
			page = NULL;
		}
		spin_unlock(&kernel_page_table_lock);
		if (page)
			__free_page(page);
	}
	return pte_offset_kernel(pmd, address);
}

/**
 * lookup_address - the kernel pte mapping @address
 * @address: a kernel virtual address
 * @level: set to the size of the mapping found (enum pg_level)
 *
 * A large page (most of the direct map, kernel_physical_mapping_init)
 * is reported as 2.6.32 reports it: the directory entry, at PG_LEVEL_2M
 * (the name is the PAE size; without PAE the page is 4 MiB).
 *
 * Context: any.
 * Return: the pte, or NULL if no page table covers @address.
 */
pte_t *lookup_address(unsigned long address, unsigned int *level)
{
	pmd_t *pmd = pmd_offset(pgd_offset_k(address), address);

	*level = PG_LEVEL_NONE;
	if (pmd_none(*pmd))
		return NULL;
	*level = PG_LEVEL_2M;
	if ((pmd_val(*pmd) & _PAGE_PSE) || !pmd_present(*pmd))
		return (pte_t *)pmd;
	*level = PG_LEVEL_4K;
	return pte_offset_kernel(pmd, address);
}
EXPORT_SYMBOL_GPL(lookup_address);
