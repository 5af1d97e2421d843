/*
 * asm/mmu.h - what an address space keeps for the x86 MMU beyond its page
 * tables: its local descriptor table (modify_ldt, arch/x86/kernel/ldt.c).
 * Linux 2.6.32's mm_context_t, without the vDSO's address Linnet has no
 * use for.
 */
#ifndef _ASM_X86_MMU_H
#define _ASM_X86_MMU_H

#include <linux/mutex.h>

/**
 * struct mm_context_t - an address space's LDT
 * @ldt: the descriptors, or NULL
 * @size: how many there are (a multiple of LDT_ENTRIES_PER_PAGE), 0 without an LDT
 * @lock: serializes modify_ldt's reads and writes
 */
typedef struct {
	void *ldt;
	int size;
	struct mutex lock;
} mm_context_t;

#endif /* _ASM_X86_MMU_H */
