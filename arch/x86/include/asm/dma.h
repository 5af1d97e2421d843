/*
 * asm/dma.h - where ISA DMA can reach: the first 16 MiB.
 *
 * The PC's ISA DMA controller (the 8237, for the floppy and old sound
 * cards) drives 24 address lines, so a buffer it reads or writes must lie
 * below 16 MiB. That is why ZONE_DMA ends there (arch/x86/mm/init_32.c:
 * zone_sizes_init), and why boot allocations start above it by default
 * (include/linux/bootmem.h's alloc_bootmem(): goal MAX_DMA_ADDRESS), to
 * leave that memory for whoever needs it. Linnet drives no ISA DMA
 * device; the names and values are 2.6.32's. See docs/memory.md.
 */
#ifndef _ASM_X86_DMA_H
#define _ASM_X86_DMA_H

#include <asm/page.h>

/* MAX_DMA_PFN - the first frame ISA DMA cannot reach (16 MiB) */
#define MAX_DMA_PFN ((16 * 1024 * 1024) >> PAGE_SHIFT)

/* MAX_DMA_ADDRESS - the virtual address of that boundary in the direct map */
#define MAX_DMA_ADDRESS (PAGE_OFFSET + 0x1000000UL)

#endif /* _ASM_X86_DMA_H */
