/*
 * dumpstack.c - the oops: reporting a kernel bug with everything we know.
 *
 * When the kernel faults, the one useful thing left to do is to tell the
 * person at the console exactly where and why. The report has Linux's
 * shape so that a student can read a real Linux oops afterwards:
 *
 *   BUG: unable to handle kernel NULL pointer dereference at 00000000
 *   IP: [<c0101234>] crash_null+0x4/0x10
 *   Oops: 0002 [#1]
 *   EIP: 0060:[<c0101234>] EFLAGS: 00010246 CPU: 0
 *   EIP is at crash_null+0x4/0x10
 *   EAX: ... (all registers)
 *   Stack: (the words at the stack pointer)
 *   Call Trace: (each return address, named by kallsyms)
 *   Code: (the bytes around the faulting instruction, <marked>)
 *
 * The call trace lists every word on the stack that points into kernel
 * code. The chain of saved frame pointers says which of them are real
 * return addresses: every function (built with -fno-omit-frame-pointer)
 * begins with "push %ebp; mov %esp,%ebp", so [ebp] is the caller's ebp
 * and [ebp+4] the return address into the caller. Words the chain does
 * not confirm are printed with "? ", as Linux does. See docs/debugging.md.
 */
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/utsrelease.h>
#include <linux/console.h>
#include <linux/kallsyms.h>
#include <linux/irqflags.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <asm/page.h>
#include <asm/segment.h>
#include <asm/processor.h>
#include <asm/traps.h>
#include <kunit/test.h>

#define STACK_WORDS 24
#define CODE_BYTES_BEFORE 43
#define CODE_BYTES 64

static int die_counter;

/* The THREAD_SIZE-aligned stack that contains @p */
static unsigned long stack_base(unsigned long p)
{
	return p & ~(THREAD_SIZE - 1UL);
}

static bool on_stack(unsigned long base, unsigned long p, size_t size)
{
	return p >= base && p + size <= base + THREAD_SIZE;
}

static void print_trace_address(unsigned long addr, bool reliable)
{
	printk(KERN_EMERG " [<%08lx>] %s%pB\n", addr, reliable ? "" : "? ", (void *)addr);
}

/**
 * show_trace - print the call trace of a stack, as Linux's i386 oops does
 * @stack: where to start reading (the stack pointer of the context)
 * @bp: that context's frame pointer
 *
 * Every word from @stack to the top of its stack that is an address in
 * kernel text is printed. Those that the frame-pointer chain confirms as
 * return addresses are "reliable"; the others (left over from earlier
 * calls, or the caller of a function that faulted before saving %ebp) are
 * marked "? ", exactly as Linux marks them.
 *
 * Context: any; reads only the stack that contains @stack.
 */
void show_trace(unsigned long *stack, unsigned long bp)
{
	unsigned long base = stack_base((unsigned long)stack);
	unsigned long *p;

	printk(KERN_EMERG "Call Trace:\n");
	for (p = stack; on_stack(base, (unsigned long)p, sizeof(*p)); p++) {
		bool reliable = (unsigned long)p == bp + sizeof(long);

		if (reliable)
			bp = on_stack(base, bp, sizeof(long)) ? *(unsigned long *)bp : 0;
		if (kernel_text_address(*p))
			print_trace_address(*p, reliable);
	}
}

static void show_stack_words(unsigned long *sp)
{
	unsigned long base = stack_base((unsigned long)sp);
	int i;

	printk(KERN_EMERG "Stack:\n");
	for (i = 0; i < STACK_WORDS && on_stack(base, (unsigned long)(sp + i), sizeof(long)); i++) {
		if (i && !(i % 8))
			printk(KERN_CONT "\n");
		printk(i % 8 ? KERN_CONT " %08lx" : KERN_EMERG " %08lx", sp[i]);
	}
	printk(KERN_CONT "\n");
}

static void show_code(unsigned long ip)
{
	const u8 *code = (const u8 *)ip - CODE_BYTES_BEFORE;
	int i;

	printk(KERN_EMERG "Code:");
	if (!kernel_text_address(ip) || !kernel_text_address((unsigned long)code)) {
		printk(KERN_CONT " Bad EIP value.\n");
		return;
	}
	for (i = 0; i < CODE_BYTES; i++) {
		if (code + i == (const u8 *)ip)
			printk(KERN_CONT " <%02x>", code[i]);
		else
			printk(KERN_CONT " %02x", code[i]);
	}
	printk(KERN_CONT "\n");
}

/**
 * show_regs - print the registers of an interrupted context, and its stack
 * @regs: the context
 *
 * Context: any.
 */
void show_regs(struct pt_regs *regs)
{
	unsigned long sp = kernel_stack_pointer(regs);

	printk(KERN_EMERG "EIP: %04lx:[<%08lx>] EFLAGS: %08lx CPU: 0\n", regs->cs & 0xffff,
	       regs->ip, regs->flags);
	printk(KERN_EMERG "EIP is at %pS\n", (void *)regs->ip);
	printk(KERN_EMERG "EAX: %08lx EBX: %08lx ECX: %08lx EDX: %08lx\n", regs->ax, regs->bx,
	       regs->cx, regs->dx);
	printk(KERN_EMERG "ESI: %08lx EDI: %08lx EBP: %08lx ESP: %08lx\n", regs->si, regs->di,
	       regs->bp, sp);
	printk(KERN_EMERG " DS: %04lx ES: %04lx FS: %04lx GS: %04lx SS: %04x\n", regs->ds & 0xffff,
	       regs->es & 0xffff, regs->fs & 0xffff, regs->gs & 0xffff, __KERNEL_DS);
	printk(KERN_EMERG "CR0: %08lx CR2: %08lx CR3: %08lx CR4: %08lx\n", read_cr0(), read_cr2(),
	       read_cr3(), read_cr4());
	show_stack_words((unsigned long *)sp);
	show_trace((unsigned long *)sp, regs->bp);
	show_code(regs->ip);
}

/**
 * dump_stack - print a call trace of the current context
 *
 * Context: any.
 */
void dump_stack(void)
{
	unsigned long bp;

	__asm__ __volatile__("mov %%ebp, %0" : "=r"(bp));
	printk(KERN_EMERG "Pid: %d, comm: %.20s %s %s\n", current->pid, current->comm,
	       print_tainted(), UTS_RELEASE);
	show_trace((unsigned long *)&bp, bp);
}
EXPORT_SYMBOL(dump_stack);

/* panic_on_oops - an oops panics (SysRq-c sets it, as 2.6.32's kernel.panic_on_oops) */
int panic_on_oops;

/**
 * oops_begin - prepare the consoles for an oops
 *
 * Context: the exception path, interrupts off.
 */
void oops_begin(void)
{
	local_irq_disable();
	bust_spinlocks(1);
	console_verbose();
}

/**
 * oops_end - finish an oops: end the test case, the task or the kernel
 * @regs: the faulting context
 * @signr: the signal that kills the faulting task (SIGSEGV)
 *
 * A fault inside a KUnit case ends that case as failed, and the tests go
 * on (Linux's KUnit runs each case in a thread that the oops kills). A
 * fault in any other task kills that task, as Linux kills the task that
 * oopsed, and the system goes on. A fault in an interrupt handler or in
 * the idle task is fatal: there is nothing to kill.
 *
 * Context: the exception path, interrupts off.
 */
void oops_end(struct pt_regs *regs, int signr)
{
	printk(KERN_EMERG "---[ end trace %08x ]---\n", die_counter);
	bust_spinlocks(0);
	if (kunit_case_running())
		kunit_abort_fault();
	if (in_interrupt())
		panic("Fatal exception in interrupt");
	if (panic_on_oops)
		panic("Fatal exception");
	if (current == &init_task)
		panic("Fatal exception");
	do_exit(signr);
}

/**
 * die - print an oops for a kernel fault and end the faulting context
 * @str: what happened ("Oops" for a page fault, else the exception name)
 * @regs: the faulting context
 * @err: the CPU's error code
 *
 * Context: the exception path. Does not return.
 */
void die(const char *str, struct pt_regs *regs, long err)
{
	oops_begin();
	printk(KERN_EMERG "%s: %04lx [#%d] (vector %lu)\n", str, err & 0xffff, ++die_counter,
	       current->thread.trap_no);
	print_modules();
	printk(KERN_EMERG "Pid: %d, comm: %.20s %s %s\n", current->pid, current->comm,
	       print_tainted(), UTS_RELEASE);
	show_regs(regs);
	printk(KERN_EMERG "EIP: [<%08lx>] %pS SS:ESP %04x:%08lx\n", regs->ip, (void *)regs->ip,
	       __KERNEL_DS, kernel_stack_pointer(regs));
	oops_end(regs, 11);
}
