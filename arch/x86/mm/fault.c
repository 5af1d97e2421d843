/*
 * fault.c - the page fault: from the trap to a new PTE, a signal, or an oops.
 *
 * The CPU raises a page fault (vector 14) when a translation is missing
 * or forbids the access; CR2 holds the address and the error code says
 * why (PF_PROT: the page was present; PF_WRITE: a write; PF_USER: from
 * ring 3). do_page_fault() sorts the cases as 2.6.32's does:
 *
 *   address in the kernel's gigabyte
 *       vmalloc area, missing from this pgd only -> vmalloc_fault copies
 *                                                   swapper_pg_dir's entry
 *       otherwise -> user mode: SIGSEGV; kernel: fixup or oops
 *   address in user space
 *       inside a vma, access allowed -> handle_mm_fault (mm/memory.c):
 *                                       demand-zero page, a file's page
 *                                       from the page cache, or
 *                                       copy-on-write; a file page past
 *                                       the end of the file is SIGBUS
 *       just below a VM_GROWSDOWN vma -> expand_stack, then as above
 *       no vma / not allowed -> user mode: SIGSEGV (SEGV_MAPERR or
 *                               SEGV_ACCERR); kernel mode: the exception
 *                               table's fixup (copy_to_user -> -EFAULT),
 *                               else an oops
 *
 * The fault handler may sleep (it takes mmap_sem, allocates pages), so
 * interrupts go back on if the faulting code had them on; a fault in
 * atomic context or in a kernel thread (no mm) cannot be served and
 * goes straight to the fixup-or-oops path. See docs/processes.md.
 */
#include <linux/oom.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/irqflags.h>
#include <linux/hardirq.h>
#include <linux/rwsem.h>
#include <asm/pgtable.h>
#include <asm/processor.h>
#include <asm/traps.h>
#include <asm/uaccess.h>

/*
 * Hook for the memory manager: a fault it can explain (a vmalloc guard
 * page, a stack guard page) adds a line naming the area before the oops.
 */
void (*page_fault_notify)(unsigned long address);

/*
 * A vmalloc address missing from this page directory but present in
 * swapper_pg_dir: copy the pgd entry (the page table itself is shared).
 */
static int vmalloc_fault(unsigned long address)
{
	unsigned int i = pgd_index(address);
	pgd_t *pgd = (pgd_t *)__va(read_cr3()) + i;
	pgd_t *pgd_k = swapper_pg_dir + i;

	if (address < VMALLOC_START || address >= VMALLOC_END)
		return -1;
	if (pgd_none(*pgd_k))
		return -1;
	if (pgd_none(*pgd))
		*pgd = *pgd_k;
	if (!pte_present(*pte_offset_kernel((pmd_t *)pgd_k, address)))
		return -1;
	return 0;
}

/* 2.6.32's dump_pagetable: the page-directory entry, and the pte if there is one */
static void dump_pagetable(unsigned long address)
{
	pgd_t *pgd = (pgd_t *)__va(read_cr3()) + pgd_index(address);

	printk(KERN_ALERT "*pde = %08lx ", pgd_val(*pgd));
	/*
	 * Page tables live in low memory, so the direct map reaches them; a
	 * large page (_PAGE_PSE) has none
	 */
	if ((pgd_val(*pgd) & (_PAGE_PRESENT | _PAGE_PSE)) == _PAGE_PRESENT &&
	    (pgd_val(*pgd) & PAGE_MASK) < __pa(high_memory))
		printk(KERN_CONT "*pte = %08lx ",
		       pte_val(*pte_offset_kernel((pmd_t *)pgd, address)));
	printk(KERN_CONT "\n");
}

static void show_fault_oops(struct pt_regs *regs, unsigned long address)
{
	printk(KERN_ALERT "BUG: unable to handle kernel ");
	if (address < PAGE_SIZE)
		printk(KERN_CONT "NULL pointer dereference");
	else
		printk(KERN_CONT "paging request");
	/* %p, as 2.6.32: address 0 prints "(null)" */
	printk(KERN_CONT " at %p\n", (void *)address);
	printk(KERN_ALERT "IP: [<%p>] %pS\n", (void *)regs->ip, (void *)regs->ip);
	dump_pagetable(address);
}

/*
 * A kernel-mode fault nothing could resolve: the fixup, or an oops. As in
 * 2.6.32 the task is killed with SIGKILL (a trap's oops uses SIGSEGV),
 * and the faulting address is repeated last ("CR2: ...") in case the
 * report scrolled away.
 */
static void no_context(struct pt_regs *regs, unsigned long error_code, unsigned long address)
{
	struct task_struct *tsk = current;
	unsigned long flags;
	int sig;

	if (fixup_exception(regs))
		return;
	flags = oops_begin();
	show_fault_oops(regs, address);
	if (page_fault_notify)
		page_fault_notify(address);
	tsk->thread.cr2 = address;
	tsk->thread.trap_no = X86_TRAP_PF;
	tsk->thread.error_code = error_code;
	sig = SIGKILL;
	if (__die("Oops", regs, error_code))
		sig = 0;
	printk(KERN_EMERG "CR2: %016lx\n", address);
	oops_end(flags, regs, sig);
}

/* A bad access: SIGSEGV for user mode, no_context for the kernel */
static void bad_area_nosemaphore(struct pt_regs *regs, unsigned long error_code,
				 unsigned long address, int si_code)
{
	struct task_struct *tsk = current;

	if (!(error_code & PF_USER)) {
		no_context(regs, error_code, address);
		return;
	}
	if (show_unhandled_signals && unhandled_signal(tsk, SIGSEGV))
		printk(KERN_INFO "%s[%d]: segfault at %lx ip %08lx sp %08lx error %lx\n", tsk->comm,
		       tsk->pid, address, regs->ip, regs->sp, error_code);
	tsk->thread.cr2 = address;
	tsk->thread.error_code = error_code | (address >= TASK_SIZE ? PF_PROT : 0);
	tsk->thread.trap_no = X86_TRAP_PF;
	force_sig_fault(SIGSEGV, si_code, (void __user *)address, tsk);
}

/* May this access be made in this vma? */
static bool access_error(unsigned long error_code, struct vm_area_struct *vma)
{
	if (error_code & PF_WRITE)
		return !(vma->vm_flags & VM_WRITE);
	if (error_code & PF_PROT)
		return true; /* a read of a present page: only PROT_NONE refuses it */
	return !(vma->vm_flags & (VM_READ | VM_EXEC | VM_WRITE));
}

/* The vma that @address is in, or may grow into (a stack); NULL if none */
static struct vm_area_struct *fault_vma(struct mm_struct *mm, struct pt_regs *regs,
					unsigned long error_code, unsigned long address)
{
	struct vm_area_struct *vma = find_vma(mm, address);

	if (!vma)
		return NULL;
	if (vma->vm_start <= address)
		return vma;
	if (!(vma->vm_flags & VM_GROWSDOWN))
		return NULL;
	/*
	 * A user access far below %esp is a wild pointer, not the stack
	 * growing: 2.6.32 allows 65536 + 32 words (what `enter` and
	 * `pusha` can reach below %esp before it moves).
	 */
	if ((error_code & PF_USER) && address + 65536 + 32 * sizeof(unsigned long) < regs->sp)
		return NULL;
	if (expand_stack(vma, address))
		return NULL;
	return vma;
}

static void handle_user_address(struct pt_regs *regs, unsigned long error_code,
				unsigned long address)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;
	int fault;

	down_read(&mm->mmap_sem);
	vma = fault_vma(mm, regs, error_code, address);
	if (!vma || access_error(error_code, vma)) {
		up_read(&mm->mmap_sem);
		bad_area_nosemaphore(regs, error_code, address, vma ? SEGV_ACCERR : SEGV_MAPERR);
		return;
	}
	fault = handle_mm_fault(mm, vma, address, error_code & PF_WRITE ? FAULT_FLAG_WRITE : 0);
	up_read(&mm->mmap_sem);
	if (!(fault & VM_FAULT_ERROR)) {
		if (fault & VM_FAULT_MAJOR)
			current->maj_flt++;
		else
			current->min_flt++;
		return;
	}
	if (!(error_code & PF_USER)) {
		no_context(regs, error_code, address);
		return;
	}
	if (fault & VM_FAULT_OOM) {
		pagefault_out_of_memory();
	} else {
		force_sig_fault(SIGBUS, BUS_ADRERR, (void __user *)address, current);
	}
}

/**
 * do_page_fault - the page fault handler
 * @regs: the faulting context
 * @error_code: the CPU's PF_* bits
 *
 * Context: the exception path, interrupts off on entry; turned back on
 * (if the faulting code had them) before anything that may sleep.
 */
void do_page_fault(struct pt_regs *regs, unsigned long error_code)
{
	unsigned long address = read_cr2();

	if (unlikely(address >= TASK_SIZE)) {
		if (!(error_code & (PF_RSVD | PF_USER | PF_PROT)) && vmalloc_fault(address) >= 0)
			return;
		bad_area_nosemaphore(regs, error_code, address, SEGV_MAPERR);
		return;
	}
	if (regs->flags & X86_EFLAGS_IF)
		local_irq_enable();
	if (unlikely(in_atomic() || !current->mm)) {
		bad_area_nosemaphore(regs, error_code, address, SEGV_MAPERR);
		return;
	}
	handle_user_address(regs, error_code, address);
}
