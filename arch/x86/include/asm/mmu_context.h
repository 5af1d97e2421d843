/*
 * asm/mmu_context.h - switching the CPU from one address space to another (i386).
 *
 * An address space is a page directory; the CPU uses the one whose
 * physical address is in CR3. Loading CR3 flushes every non-global TLB
 * entry, so switch_mm() does it only when the address space changes: a
 * switch between two threads of one process, or to a kernel thread, keeps
 * the TLB.
 *
 * Linux 2.6.32 lets a kernel thread borrow the previous task's mm ("lazy
 * TLB", counted in mm_count, dropped in finish_task_switch). Linnet gives
 * every kernel thread init_mm (swapper_pg_dir), so the pgd under a
 * running kernel thread is never a dying process's: one CR3 load more
 * per switch to a kernel thread, no lazy references to count.
 *
 * Kernel stacks live in the vmalloc area, whose page tables may have
 * been created after this pgd was copied from swapper_pg_dir; the stack
 * of the task being switched to must be mapped before %esp moves onto it
 * (a fault there could not push its own frame), so its pgd entry is
 * synced first. Every other vmalloc address syncs lazily, in
 * arch/x86/mm/fault.c:vmalloc_fault. An address space with a local
 * descriptor table (modify_ldt) has it loaded with the page directory,
 * and one without gets a null LDTR (arch/x86/kernel/ldt.c). See
 * docs/processes.md.
 */
#ifndef _ASM_MMU_CONTEXT_H
#define _ASM_MMU_CONTEXT_H

#include <linux/mm_types.h>

struct task_struct;

void switch_mm(struct mm_struct *prev, struct mm_struct *next, struct task_struct *tsk);

/* arch/x86/kernel/ldt.c: the address space's LDT */
int init_new_context(struct mm_struct *mm, struct mm_struct *oldmm);
void destroy_context(struct mm_struct *mm);
void load_LDT_nolock(mm_context_t *pc);

#endif /* _ASM_MMU_CONTEXT_H */
