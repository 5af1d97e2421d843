/*
 * asm/pgtable.h - the kernel's page tables and its virtual memory layout (i386).
 *
 * Two-level paging without PAE: CR3 points at a page directory of 1024
 * entries (each covers 4 MiB), each pointing at a page table of 1024
 * entries (each maps a 4 KiB page), or, with _PAGE_PSE (CR4.PSE on), mapping
 * its 4 MiB itself: most of the direct map (arch/x86/mm/init_32.c). The
 * kernel's top gigabyte is laid out as in Linux 2.6 on i386:
 *
 *   0xC0000000  PAGE_OFFSET   direct map of low memory (at most 896 MiB)
 *   high_memory               end of the direct map
 *               8 MiB gap     catches overruns off the end of low memory
 *   VMALLOC_START             vmalloc area (mm/vmalloc.c)
 *   VMALLOC_END               = PKMAP_BASE - 2 pages
 *   PKMAP_BASE                1024 kmap() slots: one page table, 4 MiB
 *   FIXADDR_START             fixmaps (kmap_atomic slots), up to 0xfffff000
 *
 * The kernel has one page directory, swapper_pg_dir (boot/head.asm);
 * arch/x86/mm/init_32.c fills it. See docs/memory.md.
 */
#ifndef _ASM_PGTABLE_H
#define _ASM_PGTABLE_H

#include <linux/types.h>
#include <asm/page.h>
#include <asm/fixmap.h>
#include <asm/processor.h>

#define PGDIR_SHIFT 22
#define PTRS_PER_PGD 1024
#define PTRS_PER_PTE 1024
#define PGDIR_SIZE (1UL << PGDIR_SHIFT)
#define PGDIR_MASK (~(PGDIR_SIZE - 1))
#define PMD_SIZE PGDIR_SIZE
#define PMD_MASK PGDIR_MASK
#define KERNEL_PGD_BOUNDARY (PAGE_OFFSET >> PGDIR_SHIFT)

/* Page-table entry bits (Intel SDM vol. 3, "4-KByte page") */
#define _PAGE_PRESENT 0x001
#define _PAGE_RW 0x002
#define _PAGE_USER 0x004
#define _PAGE_PWT 0x008
#define _PAGE_PCD 0x010
#define _PAGE_ACCESSED 0x020
#define _PAGE_DIRTY 0x040
#define _PAGE_PSE 0x080
#define _PAGE_GLOBAL 0x100

#define _KERNPG_TABLE (_PAGE_PRESENT | _PAGE_RW | _PAGE_ACCESSED | _PAGE_DIRTY)
#define __PAGE_KERNEL (_PAGE_PRESENT | _PAGE_RW | _PAGE_ACCESSED | _PAGE_DIRTY)
#define PAGE_KERNEL __pgprot(__PAGE_KERNEL)
#define PAGE_KERNEL_RO __pgprot(_PAGE_PRESENT | _PAGE_ACCESSED)
/* A directory entry that maps 4 MiB of the kernel itself (the direct map, with PSE) */
#define __PAGE_KERNEL_LARGE (__PAGE_KERNEL | _PAGE_PSE)
#define kmap_prot PAGE_KERNEL

/* The layout above (2.6's include/asm-i386/pgtable.h and highmem.h) */
#define __VMALLOC_RESERVE (128UL << 20)
#define MAXMEM (-__PAGE_OFFSET - __VMALLOC_RESERVE)
#define MAXMEM_PFN (MAXMEM >> PAGE_SHIFT)
#define VMALLOC_OFFSET (8UL << 20)
#define VMALLOC_START \
	(((unsigned long)high_memory + 2 * VMALLOC_OFFSET - 1) & ~(VMALLOC_OFFSET - 1))
#define LAST_PKMAP 1024
#define LAST_PKMAP_MASK (LAST_PKMAP - 1)
#define PKMAP_BASE ((FIXADDR_START - PAGE_SIZE * (LAST_PKMAP + 1)) & PMD_MASK)
#define PKMAP_NR(virt) (((virt) - PKMAP_BASE) >> PAGE_SHIFT)
#define PKMAP_ADDR(nr) (PKMAP_BASE + ((nr) << PAGE_SHIFT))
#define VMALLOC_END (PKMAP_BASE - 2 * PAGE_SIZE)

extern void *high_memory;
extern pgd_t swapper_pg_dir[PTRS_PER_PGD];

#define pgd_index(addr) (((addr) >> PGDIR_SHIFT) & (PTRS_PER_PGD - 1))
#define pte_index(addr) (((addr) >> PAGE_SHIFT) & (PTRS_PER_PTE - 1))
#define pgd_offset_k(addr) (swapper_pg_dir + pgd_index(addr))
#define pmd_offset(pgd, addr) ((pmd_t *)(pgd))
#define pgd_none(pgd) (!pgd_val(pgd))
#define pmd_none(pmd) (!pmd_val(pmd))
#define pmd_present(pmd) (pmd_val(pmd) & _PAGE_PRESENT)
#define pmd_page_vaddr(pmd) ((unsigned long)__va(pmd_val(pmd) & PAGE_MASK))
#define pte_none(pte) (!pte_val(pte))
#define pte_present(pte) (pte_val(pte) & _PAGE_PRESENT)
#define pte_pfn(pte) (pte_val(pte) >> PAGE_SHIFT)
#define pte_page(pte) pfn_to_page(pte_pfn(pte))
#define pfn_pte(pfn, prot) __pte(((pfn) << PAGE_SHIFT) | pgprot_val(prot))
#define mk_pte(page, prot) pfn_pte(page_to_pfn(page), (prot))

/* pte_offset_kernel - the pte mapping @addr in the page table @pmd points to */
#define pte_offset_kernel(pmd, addr) ((pte_t *)pmd_page_vaddr(*(pmd)) + pte_index(addr))

static inline void set_pte(pte_t *ptep, pte_t pte)
{
	*ptep = pte;
}

static inline void set_pmd(pmd_t *pmdp, pmd_t pmd)
{
	*pmdp = pmd;
}

struct mm_struct;

/* pte_clear - empty the pte of @addr in @mm (both unused on i386 without PAE, as in 2.6.32) */
static inline void pte_clear(struct mm_struct *mm, unsigned long addr, pte_t *ptep)
{
	ptep->pte_low = 0;
}

#ifndef LINNET_HOST
/* __flush_tlb_one - forget the TLB's translation of one virtual address */
static inline void __flush_tlb_one(unsigned long addr)
{
	__asm__ __volatile__("invlpg (%0)" : : "r"(addr) : "memory");
}

/* __flush_tlb_all - forget every (non-global) translation: reload CR3 */
static inline void __flush_tlb_all(void)
{
	unsigned long cr3;

	__asm__ __volatile__("mov %%cr3, %0; mov %0, %%cr3" : "=r"(cr3) : : "memory");
}
#define flush_tlb_all() __flush_tlb_all()
/*
 * A CR3 reload is enough for a kernel range only because no kernel entry is
 * _PAGE_GLOBAL (Linnet does not turn on CR4.PGE; 2.6.32 does, and flushes
 * kernel ranges with invlpg or a CR4.PGE toggle instead).
 */
#define flush_tlb_kernel_range(start, end) __flush_tlb_all()
#else
/* The host tests have no TLB: tests/host/mm_race_env.c records the flushes */
void flush_tlb_all(void);
void flush_tlb_kernel_range(unsigned long start, unsigned long end);
#endif

pte_t *pte_alloc_kernel(pmd_t *pmd, unsigned long address);
/**
 * enum pg_level - the size of mapping lookup_address() found (2.6.32's asm/pgtable_types.h)
 * @PG_LEVEL_NONE: nothing maps the address
 * @PG_LEVEL_4K: a 4 KiB page (a pte)
 * @PG_LEVEL_2M: a large page in the page directory (4 MiB without PAE)
 * @PG_LEVEL_1G: a 1 GiB page (64-bit only)
 * @PG_LEVEL_NUM: how many levels there are
 */
enum pg_level { PG_LEVEL_NONE, PG_LEVEL_4K, PG_LEVEL_2M, PG_LEVEL_1G, PG_LEVEL_NUM };

pte_t *lookup_address(unsigned long address, unsigned int *level);

/*
 * User pages (2.6.32's protection_map values for i386 without NX): a
 * private writable mapping starts as PAGE_COPY, read-only, so the
 * first write faults and do_wp_page() gives the process its own copy.
 */
#define PAGE_NONE __pgprot(_PAGE_ACCESSED)
#define PAGE_SHARED __pgprot(_PAGE_PRESENT | _PAGE_RW | _PAGE_USER | _PAGE_ACCESSED)
#define PAGE_COPY __pgprot(_PAGE_PRESENT | _PAGE_USER | _PAGE_ACCESSED)
#define PAGE_READONLY __pgprot(_PAGE_PRESENT | _PAGE_USER | _PAGE_ACCESSED)
#define _PAGE_TABLE (_PAGE_PRESENT | _PAGE_RW | _PAGE_USER | _PAGE_ACCESSED | _PAGE_DIRTY)
#define USER_PTRS_PER_PGD (TASK_SIZE / PGDIR_SIZE)

#define pgd_offset(mm, addr) ((mm)->pgd + pgd_index(addr))
#define pte_write(pte) (pte_val(pte) & _PAGE_RW)
#define pte_dirty(pte) (pte_val(pte) & _PAGE_DIRTY)
#define pte_wrprotect(pte) __pte(pte_val(pte) & ~_PAGE_RW)
#define pte_mkwrite(pte) __pte(pte_val(pte) | _PAGE_RW)
#define pte_mkdirty(pte) __pte(pte_val(pte) | _PAGE_DIRTY)
#define pte_mkyoung(pte) __pte(pte_val(pte) | _PAGE_ACCESSED)
#define pte_modify(pte, prot) __pte((pte_val(pte) & PAGE_MASK) | pgprot_val(prot))

struct mm_struct;
struct page;
pgd_t *pgd_alloc(struct mm_struct *mm);
void pgd_free(struct mm_struct *mm, pgd_t *pgd);
struct page *pte_alloc_one(struct mm_struct *mm, unsigned long address);
void pte_free(struct mm_struct *mm, struct page *pte);
void sync_kernel_pgd(pgd_t *pgd, unsigned long address);

#endif /* _ASM_PGTABLE_H */
