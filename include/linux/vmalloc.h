/*
 * vmalloc.h - virtually contiguous memory from scattered pages.
 *
 * kmalloc() memory is physically contiguous, which large requests can
 * rarely have once memory is fragmented. vmalloc() takes single pages
 * from anywhere (high memory first) and maps them side by side in the
 * vmalloc area of the kernel's address space, between VMALLOC_START and
 * VMALLOC_END (<asm/pgtable.h>). Each area is described by a struct
 * vm_struct on the sorted list vmlist, and is followed by an unmapped
 * guard page, so running off its end faults. See docs/vmalloc.md.
 */
#ifndef _LINUX_VMALLOC_H
#define _LINUX_VMALLOC_H

#include <linux/types.h>
#include <linux/gfp.h>
#include <asm/page.h>
#include <asm/pgtable.h>

struct page;

/* vm_struct flags, Linux 2.6's values */
#define VM_IOREMAP 0x00000001 /* ioremap() and friends */
#define VM_ALLOC 0x00000002   /* vmalloc() */
#define VM_MAP 0x00000004     /* vmap()ed pages */
#define VM_VPAGES 0x00000010  /* the pages array itself was vmalloc()ed */

/**
 * struct vm_struct - one area of the vmalloc space
 * @next: the next area, by address (vmlist is sorted)
 * @addr: the first address of the area
 * @size: its size in bytes, the guard page included
 * @flags: VM_ALLOC, VM_MAP or VM_IOREMAP
 * @pages: the pages mapped there (vmalloc only; NULL for vmap)
 * @nr_pages: how many entries @pages has
 * @phys_addr: the physical address of an ioremap, else 0
 * @caller: who made the area (vmallocinfo shows it)
 */
struct vm_struct {
	struct vm_struct *next;
	void *addr;
	unsigned long size;
	unsigned long flags;
	struct page **pages;
	unsigned int nr_pages;
	unsigned long phys_addr;
	void *caller;
};

/**
 * struct vmalloc_info - meminfo's view of the vmalloc area
 * @used: bytes in areas, guard pages included
 * @largest_chunk: the largest gap between areas, in bytes
 */
struct vmalloc_info {
	unsigned long used;
	unsigned long largest_chunk;
};

extern struct vm_struct *vmlist;

void *vmalloc(unsigned long size);
void *vzalloc(unsigned long size);
void *vmalloc_32(unsigned long size);
void *__vmalloc(unsigned long size, gfp_t gfp_mask, pgprot_t prot);
/*
 * __vmalloc(size, gfp) - today's form (5.8 dropped the protection, which was
 * always PAGE_KERNEL). Both forms compile: two arguments mean PAGE_KERNEL.
 * The function keeps 2.6.32's three parameters; vmalloc.c defines it as
 * (__vmalloc) so that this macro does not expand there.
 */
#define __vmalloc_pick(_1, _2, _3, form, ...) form
#define __vmalloc_2(size, gfp) (__vmalloc)(size, gfp, PAGE_KERNEL)
#define __vmalloc_3(size, gfp, prot) (__vmalloc)(size, gfp, prot)
#define __vmalloc(...) __vmalloc_pick(__VA_ARGS__, __vmalloc_3, __vmalloc_2, _)(__VA_ARGS__)
void vfree(const void *addr);
void *vmap(struct page **pages, unsigned int count, unsigned long flags, pgprot_t prot);
void vunmap(const void *addr);
struct vm_struct *get_vm_area(unsigned long size, unsigned long flags);
struct vm_struct *find_vm_area(const void *addr);
struct vm_struct *remove_vm_area(const void *addr);
int map_vm_area(struct vm_struct *area, pgprot_t prot, struct page ***pages);
unsigned long vmalloc_to_pfn(const void *addr);
void get_vmalloc_info(struct vmalloc_info *vmi);
int vmallocinfo_show(char *buf, size_t size);
void vmalloc_init(void);

#endif /* _LINUX_VMALLOC_H */
