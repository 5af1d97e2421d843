/*
 * asm/segment.h - the GDT layout, with Linux i386's entry numbers.
 *
 * Linux puts the kernel's flat code and data segments at GDT entries 12
 * and 13, so the selectors a student sees in an oops (CS 0060, DS 0068)
 * are the same in Linnet. Entry 16 is the TSS; entry 31 the TSS of the
 * double-fault task.
 */
#ifndef _ASM_SEGMENT_H
#define _ASM_SEGMENT_H

#define GDT_ENTRY_KERNEL_CS 12
#define GDT_ENTRY_KERNEL_DS 13
#define GDT_ENTRY_TSS 16
#define GDT_ENTRY_DOUBLEFAULT_TSS 31
#define GDT_ENTRIES 32

#define __KERNEL_CS (GDT_ENTRY_KERNEL_CS * 8)
#define __KERNEL_DS (GDT_ENTRY_KERNEL_DS * 8)
#define __TSS_SELECTOR (GDT_ENTRY_TSS * 8)
#define __DOUBLEFAULT_TSS_SELECTOR (GDT_ENTRY_DOUBLEFAULT_TSS * 8)

#endif /* _ASM_SEGMENT_H */
