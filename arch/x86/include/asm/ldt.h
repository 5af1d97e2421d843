/*
 * asm/ldt.h - the size of a local descriptor table (arch/x86/kernel/ldt.c),
 * Linux's ABI: at most 8192 descriptors of 8 bytes. The descriptions
 * modify_ldt takes are set_thread_area's struct user_desc (asm/tls.h).
 */
#ifndef _ASM_X86_LDT_H
#define _ASM_X86_LDT_H

#define LDT_ENTRIES 8192 /* the maximum number of LDT entries */
#define LDT_ENTRY_SIZE 8 /* the size of each, in bytes */

#endif /* _ASM_X86_LDT_H */
