/*
 * doublefault_32.c - the double-fault task: surviving a kernel stack overflow.
 *
 * Every thread's stack has an unmapped guard page below it
 * (kernel/fork.c). When a thread overflows its stack, the push that
 * reaches the guard page faults; to report that page fault the CPU must
 * push an exception frame onto... the same stack, which faults again:
 * a fault while delivering a fault is a double fault. Its handler cannot
 * run on that stack either, so vector 8 is not an interrupt gate but a
 * *task gate*: the CPU saves every register of the running context into
 * the current TSS (init_tss), and loads a complete new context, with its
 * own stack, from doublefault_tss, as Linux on i386 does
 * (arch/x86/kernel/doublefault_32.c):
 *
 *   overflowing thread          CPU                   double-fault task
 *   call f  -> #PF (guard)
 *   push #PF frame -> #PF  -->  #DF via task gate -->  doublefault_fn()
 *                              regs -> init_tss         finds the thread,
 *                                                        oopses, rewrites
 *   resumes in stack_overflow_exit() <-- iret (NT) <--  init_tss to exit
 *
 * The thread's thread_info, at the base of its stack, was overwritten on
 * the way down, so it cannot simply go on: doublefault_fn() names it
 * (its esp is in its own guard page), rebuilds its thread_info, and
 * makes it resume in stack_overflow_exit() on the middle of its stack,
 * which calls do_exit(SIGSEGV). Anything the thread held (a lock, a
 * preempt count) is lost with it. A double fault that is not a stack
 * overflow of a thread (the boot stack has no guard page) cannot be
 * repaired: that panics. See docs/sched.md.
 */
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/utsrelease.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/hardirq.h>
#include <asm/desc.h>
#include <asm/page.h>
#include <asm/pgtable.h>
#include <asm/processor.h>
#include <asm/segment.h>
#include <asm/traps.h>

/* bit 1 of EFLAGS is always 1; IF stays 0 */
#define EFLAGS_FIXED 0x00000002UL

extern void doublefault_entry(void);

/* Its own stack, with a thread_info at the base as every kernel stack */
static union thread_union doublefault_stack __aligned(THREAD_SIZE);

static struct tss_struct doublefault_tss __aligned(64);

static struct task_struct *find_overflowed_task(unsigned long sp)
{
	struct task_struct *p;

	list_for_each_entry(p, &init_task.tasks, tasks)
		if (task_stack_guard(p, sp))
			return p;
	return NULL;
}

/* The overflowed thread resumes here, on a repaired stack */
static void __noreturn stack_overflow_exit(void)
{
	do_exit(SIGSEGV);
}

/*
 * Make the interrupted context (saved in @t) resume in
 * stack_overflow_exit() in the middle of @p's stack: the frames of the
 * runaway recursion below it are dead, kthread()'s frame at the top is
 * still needed by do_exit().
 */
static void redirect_to_exit(struct tss_struct *t, struct task_struct *p)
{
	struct thread_info *ti = p->stack;
	unsigned long *sp = (unsigned long *)((char *)p->stack + THREAD_SIZE / 2);

	memset(ti, 0, sizeof(*ti));
	ti->task = p;
	*--sp = 0; /* a return address: none */
	t->sp = (unsigned long)sp;
	t->bp = 0;
	t->ip = (unsigned long)stack_overflow_exit;
	t->flags = EFLAGS_FIXED;
}

static void print_tss(struct tss_struct *t)
{
	printk(KERN_EMERG "double fault, gdt at %08lx [%d bytes]\n", (unsigned long)gdt_table,
	       (int)sizeof(gdt_table) - 1);
	printk(KERN_EMERG "double fault, tss at %08lx\n", (unsigned long)t);
	printk(KERN_EMERG "eip = %08x, esp = %08x\n", t->ip, t->sp);
	printk(KERN_EMERG "eax = %08x, ebx = %08x, ecx = %08x, edx = %08x\n", t->ax, t->bx, t->cx,
	       t->dx);
	printk(KERN_EMERG "esi = %08x, edi = %08x, ebp = %08x\n", t->si, t->di, t->bp);
}

static int doublefault_count;

/**
 * doublefault_fn - handle a double fault, in the double-fault task
 *
 * Context: the double-fault task (arch/x86/kernel/entry_32.asm:doublefault_entry),
 * interrupts off; the interrupted context is saved in init_tss.
 */
asmlinkage void doublefault_fn(void)
{
	struct tss_struct *t = &init_tss;
	/*
	 * A push that faults leaves %esp unchanged: the stack pointer can be the
	 * stack's very base while the write that faulted was 4 bytes below it.
	 */
	struct task_struct *p = find_overflowed_task(t->sp - 4);

	current_thread_info()->task = p ? p : &init_task;
	current_thread_info()->preempt_count = HARDIRQ_OFFSET;
	oops_begin();
	print_tss(t);
	if (!p)
		panic("double fault, not a stack overflow of a thread: cannot recover");
	printk(KERN_EMERG "BUG: kernel stack overflow: esp %08x in the guard page below"
			  " the stack %p-%p\n",
	       t->sp, p->stack, (char *)p->stack + THREAD_SIZE);
	printk(KERN_EMERG "double fault: 0000 [#%d]\n", ++doublefault_count);
	print_modules();
	printk(KERN_EMERG "Pid: %d, comm: %.20s %s %s\n", p->pid, p->comm, print_tainted(),
	       UTS_RELEASE);
	printk(KERN_EMERG "EIP is at %pS\n", (void *)(unsigned long)t->ip);
	printk(KERN_EMERG "---[ end trace: killing %s[%d] ]---\n", p->comm, p->pid);
	add_taint(TAINT_DIE);
	redirect_to_exit(t, p);
	bust_spinlocks(0);
}

/**
 * doublefault_init - install the double-fault task and its task gate
 *
 * Context: boot, after trap_init(), interrupts off.
 */
void doublefault_init(void)
{
	unsigned long top = (unsigned long)&doublefault_stack + THREAD_SIZE;
	struct tss_struct *t = &doublefault_tss;

	t->sp0 = t->sp = top;
	t->ss0 = t->ss = t->ds = t->es = t->fs = t->gs = __KERNEL_DS;
	t->cs = __KERNEL_CS;
	t->ip = (unsigned long)doublefault_entry;
	t->flags = EFLAGS_FIXED;
	t->cr3 = __pa(swapper_pg_dir);
	t->io_bitmap_base = sizeof(*t);
	doublefault_stack.thread_info.task = &init_task;
	/* A task switch loads CR3 from the TSS it enters but never saves it */
	init_tss.cr3 = t->cr3;
	set_tss_desc(GDT_ENTRY_DOUBLEFAULT_TSS, t);
	set_task_gate(X86_TRAP_DF, GDT_ENTRY_DOUBLEFAULT_TSS);
}
