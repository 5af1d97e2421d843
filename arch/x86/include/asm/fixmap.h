/*
 * asm/fixmap.h - fixed virtual addresses at the top of the address space.
 *
 * Some mappings need a virtual address known at compile time: the
 * kmap_atomic() slots above all, whose page changes on every use. Linux
 * i386 keeps them in the last pages below 4 GiB, growing downwards:
 *
 *   0xfffff000  FIXADDR_TOP    (index 0: a hole, never mapped)
 *   0xffffe000  index 1        FIX_KMAP_BEGIN: KM_BOUNCE_READ's slot
 *      ...                     one page per enum km_type slot
 *   FIXADDR_START              the lowest fixmap page
 *
 * fix_to_virt(idx) = FIXADDR_TOP - idx * PAGE_SIZE. All of them fit in
 * the last 4 MiB, so one page table (arch/x86/mm/init_32.c) serves them all.
 * See docs/memory.md.
 */
#ifndef _ASM_FIXMAP_H
#define _ASM_FIXMAP_H

#include <asm/page.h>
#include <asm/kmap_types.h>

#define FIXADDR_TOP 0xfffff000UL

/**
 * enum fixed_addresses - the fixmap slots, counted down from FIXADDR_TOP
 * @FIX_HOLE: unmapped, so a stray access just below the top faults
 * @FIX_KMAP_BEGIN: the first kmap_atomic() slot
 * @FIX_KMAP_END: the last kmap_atomic() slot (KM_TYPE_NR per CPU; one CPU)
 * @__end_of_fixed_addresses: the number of slots
 */
enum fixed_addresses {
	FIX_HOLE,
	FIX_KMAP_BEGIN,
	FIX_KMAP_END = FIX_KMAP_BEGIN + KM_TYPE_NR - 1,
	__end_of_fixed_addresses
};

#define __FIXADDR_SIZE (__end_of_fixed_addresses << PAGE_SHIFT)
#define FIXADDR_START (FIXADDR_TOP - __FIXADDR_SIZE)

#define __fix_to_virt(x) (FIXADDR_TOP - ((unsigned long)(x) << PAGE_SHIFT))
#define __virt_to_fix(x) ((FIXADDR_TOP - ((x) & PAGE_MASK)) >> PAGE_SHIFT)

/* fix_to_virt - the virtual address of fixmap slot @idx */
static inline unsigned long fix_to_virt(const unsigned int idx)
{
	return __fix_to_virt(idx);
}

#endif /* _ASM_FIXMAP_H */
