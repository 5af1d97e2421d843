/*
 * asm/segment.h - the GDT layout, with Linux i386's entry numbers.
 *
 * Linux puts the kernel's flat code and data segments at GDT entries 12
 * and 13, so the selectors a student sees in an oops (CS 0060, DS 0068)
 * are the same in Linnet, and the user's at 14 and 15 (CS 0073, DS 007b:
 * the low two bits of a selector are the privilege level, 3 for user
 * mode). Entries 6 to 8 are the thread-local-storage segments a process
 * sets with set_thread_area() (glibc loads %gs with entry 6's selector,
 * 0x33). Entry 16 is the TSS; entry 17 the running process's LDT (modify_ldt,
 * arch/x86/kernel/ldt.c), as Linux's; entry 31 the TSS of the double-fault task.
 */
#ifndef _ASM_SEGMENT_H
#define _ASM_SEGMENT_H

#define GDT_ENTRY_TLS_MIN 6
#define GDT_ENTRY_TLS_ENTRIES 3
#define GDT_ENTRY_TLS_MAX (GDT_ENTRY_TLS_MIN + GDT_ENTRY_TLS_ENTRIES - 1)
#define GDT_ENTRY_KERNEL_CS 12
#define GDT_ENTRY_KERNEL_DS 13
#define GDT_ENTRY_DEFAULT_USER_CS 14
#define GDT_ENTRY_DEFAULT_USER_DS 15
#define GDT_ENTRY_TSS 16
#define GDT_ENTRY_LDT 17
#define GDT_ENTRY_DOUBLEFAULT_TSS 31
#define GDT_ENTRIES 32

#define __KERNEL_CS (GDT_ENTRY_KERNEL_CS * 8)
#define __KERNEL_DS (GDT_ENTRY_KERNEL_DS * 8)
#define __USER_CS (GDT_ENTRY_DEFAULT_USER_CS * 8 + 3)
#define __USER_DS (GDT_ENTRY_DEFAULT_USER_DS * 8 + 3)
#define __TSS_SELECTOR (GDT_ENTRY_TSS * 8)
#define __DOUBLEFAULT_TSS_SELECTOR (GDT_ENTRY_DOUBLEFAULT_TSS * 8)

/* user_mode - did the exception come from ring 3? (the CPL in the saved %cs) */
#define SEGMENT_RPL_MASK 0x3
#define USER_RPL 0x3

#endif /* _ASM_SEGMENT_H */
