/*
 * pgtable.c - page directories of processes, and the switch between them.
 *
 * Every process has its own page directory. Its lower 768 entries (user
 * space, below TASK_SIZE = 3 GiB) are the process's own; its upper 256
 * entries (the kernel's gigabyte) are copies of swapper_pg_dir's, made by
 * pgd_alloc(), so the kernel is mapped at the same place in every
 * address space and a system call or an interrupt needs no CR3 change:
 *
 *   pgd (a process)            swapper_pg_dir
 *   [0..767]    its page tables
 *   [768..1023] -- copied --> same page tables (direct map, vmalloc,
 *                             pkmap, fixmap)
 *
 * The page tables under the kernel half are shared, so a new kernel
 * mapping in an existing table shows everywhere at once. Only a new
 * page table in the vmalloc area (a new pgd entry in swapper_pg_dir) is
 * missing from the copies; i386 Linux fills it in when it is first
 * touched, in arch/x86/mm/fault.c:vmalloc_fault, and so does Linnet.
 * A KASAN kernel's shadow lies below PAGE_OFFSET; there TASK_SIZE is
 * lower and the shadow's entries are copied with the kernel's.
 *
 * A process's own page tables come from pte_alloc_one() and go back by
 * pte_free(); both count the page in NR_PAGETABLE (meminfo's PageTables,
 * zoneinfo's nr_page_table_pages), as 2.6.32's do through
 * pgtable_page_ctor/dtor. As in 2.6.32 on i386 without PAE, the page
 * directory itself is not counted, nor are the kernel's page tables.
 * 2.6.32 keeps these in asm/pgalloc.h; Linnet declares them beside
 * pgd_alloc in asm/pgtable.h. See docs/processes.md.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <asm/mmu_context.h>
#include <asm/pgtable.h>

/*
 * protection_map, as 2.6.32's mm/mmap.c indexes it by VM_READ|VM_WRITE|
 * VM_EXEC|VM_SHARED: i386 without NX cannot refuse execution, and a
 * private writable page starts read-only (PAGE_COPY) for copy-on-write.
 */
static const pgprot_t protection_map[16] = {
	PAGE_NONE,     PAGE_READONLY, PAGE_COPY,   PAGE_COPY,	  PAGE_READONLY, PAGE_READONLY,
	PAGE_COPY,     PAGE_COPY,     PAGE_NONE,   PAGE_READONLY, PAGE_SHARED,	 PAGE_SHARED,
	PAGE_READONLY, PAGE_READONLY, PAGE_SHARED, PAGE_SHARED,
};

/**
 * vm_get_page_prot - the pte bits for a vma with these flags
 * @vm_flags: VM_READ, VM_WRITE, VM_EXEC, VM_SHARED
 *
 * Context: any.
 * Return: the pgprot its present pages get.
 */
pgprot_t vm_get_page_prot(unsigned long vm_flags)
{
	return protection_map[vm_flags & (VM_READ | VM_WRITE | VM_EXEC | VM_SHARED)];
}

/**
 * pgd_alloc - a new page directory: empty user half, the kernel's upper half
 * @mm: the address space it is for
 *
 * Context: process context; may sleep.
 * Return: the page directory (a low page), or NULL.
 */
pgd_t *pgd_alloc(struct mm_struct *mm)
{
	pgd_t *pgd = (pgd_t *)__get_free_page(GFP_KERNEL);

	if (!pgd)
		return NULL;
	memset(pgd, 0, USER_PTRS_PER_PGD * sizeof(pgd_t));
	memcpy(pgd + USER_PTRS_PER_PGD, swapper_pg_dir + USER_PTRS_PER_PGD,
	       (PTRS_PER_PGD - USER_PTRS_PER_PGD) * sizeof(pgd_t));
	return pgd;
}

/**
 * pgd_free - free a page directory whose user page tables are gone
 * @mm: its address space
 * @pgd: the page directory
 *
 * Context: process context.
 */
void pgd_free(struct mm_struct *mm, pgd_t *pgd)
{
	free_page((unsigned long)pgd);
}

/**
 * pte_alloc_one - a zeroed page for one of a process's page tables
 * @mm: the address space it will map part of
 * @address: an address it will map
 *
 * Page tables stay in low memory (2.6.32 allows high memory with
 * CONFIG_HIGHPTE; Linnet does not have it).
 *
 * Context: process context; may sleep.
 * Return: the page, counted in NR_PAGETABLE, or NULL.
 */
struct page *pte_alloc_one(struct mm_struct *mm, unsigned long address)
{
	struct page *pte = alloc_page(GFP_KERNEL | __GFP_ZERO);

	if (pte)
		pgtable_page_ctor(pte);
	return pte;
}

/**
 * pte_free - give back a page table from pte_alloc_one()
 * @mm: its address space
 * @pte: the page table's page, no longer in any page directory
 *
 * Context: any.
 */
void pte_free(struct mm_struct *mm, struct page *pte)
{
	pgtable_page_dtor(pte);
	__free_page(pte);
}

/**
 * sync_kernel_pgd - copy swapper_pg_dir's entry for a kernel address into @pgd
 * @pgd: a process's page directory
 * @address: a kernel virtual address (the vmalloc area)
 *
 * Context: any; the kernel's page tables are never freed, so the entry
 * copied stays valid.
 */
void sync_kernel_pgd(pgd_t *pgd, unsigned long address)
{
	unsigned int i = pgd_index(address);

	if (pgd_none(pgd[i]))
		pgd[i] = swapper_pg_dir[i];
}

/**
 * switch_mm - make @next the address space the CPU translates through
 * @prev: the address space running now
 * @next: the one to switch to
 * @tsk: the task that will run on it
 *
 * @tsk's kernel stack is in the vmalloc area: its page table must be in
 * @next's pgd before %esp moves onto it, because a fault on the stack
 * could not push its own frame (it would double-fault). So must the
 * stack of the task switching away, which runs on until switch_to(): a
 * fork bomb filled new 4 MiB stretches of the vmalloc area with stacks,
 * and switching to an older address space then double-faulted.
 *
 * Context: the scheduler, interrupts off.
 */
void switch_mm(struct mm_struct *prev, struct mm_struct *next, struct task_struct *tsk)
{
	unsigned long stack = (unsigned long)tsk->stack;

	if (prev == next)
		return;
	sync_kernel_pgd(next->pgd, stack);
	sync_kernel_pgd(next->pgd, stack + THREAD_SIZE - 1);
	/* and the stack we are on until switch_to() leaves it (later Linux's sync_current_stack_to_mm) */
	stack = (unsigned long)current->stack;
	sync_kernel_pgd(next->pgd, stack);
	sync_kernel_pgd(next->pgd, stack + THREAD_SIZE - 1);
	write_cr3(__pa(next->pgd));
	if (unlikely(prev->context.ldt != next->context.ldt))
		load_LDT_nolock(&next->context); /* its LDT, or none: as 2.6.32 */
}
