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

/* __pa - the physical address of a direct-mapped kernel virtual address */
#define __pa(x) ((unsigned long)(x) - PAGE_OFFSET)
/* __va - the kernel virtual address of a physical address in low memory */
#define __va(x) ((void *)((unsigned long)(x) + PAGE_OFFSET))

#define PAGE_ALIGN(addr) (((addr) + PAGE_SIZE - 1) & PAGE_MASK)
#define PFN_UP(x) (((x) + PAGE_SIZE - 1) >> PAGE_SHIFT)
#define PFN_DOWN(x) ((x) >> PAGE_SHIFT)
#define PFN_PHYS(x) ((unsigned long long)(x) << PAGE_SHIFT)

#endif

#endif /* _ASM_PAGE_H */
