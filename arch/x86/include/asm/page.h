/*
 * asm/page.h - pages and the kernel's place in the address space (i386).
 *
 * Linnet splits the 4 GiB virtual address space as Linux does on i386:
 * user space below PAGE_OFFSET (3 GiB), the kernel above. Low physical
 * memory is mapped one-to-one at PAGE_OFFSET, so converting between a
 * kernel virtual address and a physical one is a subtraction: __pa() and
 * __va(). See docs/boot.md and docs/memory.md.
 */
#ifndef _ASM_PAGE_H
#define _ASM_PAGE_H

#define PAGE_SHIFT 12
#define PAGE_SIZE (1UL << PAGE_SHIFT)
#define PAGE_MASK (~(PAGE_SIZE - 1))

#define __PAGE_OFFSET 0xC0000000UL
#define PAGE_OFFSET ((unsigned long)__PAGE_OFFSET)

#define THREAD_SIZE 8192

#ifndef __ASSEMBLY__

#ifdef LINNET_HOST
/*
 * The host test build of the page allocator simulates physical memory
 * with a buffer (tests/host/mm_glue.c): physical address 0 is its start.
 */
extern char *host_ram;
#define __pa(x) ((unsigned long)((char *)(x) - host_ram))
#define __va(x) ((void *)(host_ram + (unsigned long)(x)))
#else
/* __pa - the physical address of a direct-mapped kernel virtual address */
#define __pa(x) ((unsigned long)(x) - PAGE_OFFSET)
/* __va - the kernel virtual address of a physical address in low memory */
#define __va(x) ((void *)((unsigned long)(x) + PAGE_OFFSET))
#endif

#define PAGE_ALIGN(addr) (((addr) + PAGE_SIZE - 1) & PAGE_MASK)

/**
 * get_order - the smallest order whose block holds @size bytes
 * @size: bytes, at least 1
 *
 * get_order(PAGE_SIZE) is 0, get_order(PAGE_SIZE + 1) is 1. 2.6.32 keeps
 * it in asm-generic/getorder.h, which x86's asm/page.h includes. As
 * there, @size 0 gives the order of the whole 32-bit space (20).
 *
 * Context: any.
 * Return: the order.
 */
static inline int get_order(unsigned long size)
{
	size = (size - 1) >> PAGE_SHIFT;
	return size ? (int)(sizeof(long) * 8) - __builtin_clzl(size) : 0;
}
#define PFN_UP(x) (((x) + PAGE_SIZE - 1) >> PAGE_SHIFT)
#define PFN_DOWN(x) ((x) >> PAGE_SHIFT)
#define PFN_PHYS(x) ((unsigned long long)(x) << PAGE_SHIFT)

/*
 * Page-table entries, two-level (no PAE) as on Linux i386: a page
 * directory (pgd) of 1024 entries each covering 4 MiB, pointing to page
 * tables of 1024 ptes each mapping one 4 KiB page. The pmd level of the
 * generic code is folded into the pgd. Wrapped in structs so that an
 * entry cannot be mixed up with a plain number by accident.
 */

/**
 * pte_t - a page-table entry: a frame address and its _PAGE_* bits
 * @pte_low: the entry (pte_val())
 */
typedef struct {
	unsigned long pte_low;
} pte_t;

/**
 * pgd_t - a page-directory entry: a page table's address and its bits
 * @pgd: the entry (pgd_val())
 */
typedef struct {
	unsigned long pgd;
} pgd_t;

/**
 * pmd_t - the middle level, folded into the pgd on two-level i386
 * @pgd: the pgd entry it really is
 */
typedef struct {
	pgd_t pgd;
} pmd_t;

/**
 * pgprot_t - protection bits for a mapping (PAGE_KERNEL, PAGE_KERNEL_RO...)
 * @pgprot: the _PAGE_* bits
 */
typedef struct {
	unsigned long pgprot;
} pgprot_t;

#define pte_val(x) ((x).pte_low)
#define pgd_val(x) ((x).pgd)
#define pmd_val(x) (pgd_val((x).pgd))
#define pgprot_val(x) ((x).pgprot)
#define __pte(x) ((pte_t){ (x) })
#define __pgd(x) ((pgd_t){ (x) })
#define __pgprot(x) ((pgprot_t){ (x) })
#define __pmd(x) ((pmd_t){ __pgd(x) })

#ifdef LINNET_HOST
/* On the host, the direct map is the simulated RAM buffer up to high_memory. */
#define virt_addr_valid(kaddr) \
	((char *)(kaddr) >= host_ram && (void *)(kaddr) < high_memory)
#else
#define virt_addr_valid(kaddr) \
	((unsigned long)(kaddr) >= PAGE_OFFSET && (void *)(kaddr) < high_memory)
#endif

#endif

#endif /* _ASM_PAGE_H */
