/*
 * dumpstack.c - the oops: reporting a kernel bug with everything we know.
 *
 * When the kernel faults, the one useful thing left to do is to tell the
 * person at the console exactly where and why. The report is 2.6.32's,
 * line for line, so that a student can read a real Linux oops afterwards:
 *
 *   BUG: unable to handle kernel NULL pointer dereference at (null)
 *   IP: [<c0101234>] crash_null+0x4/0x10          (arch/x86/mm/fault.c)
 *   *pde = 00000000
 *   Oops: 0002 [#1] PREEMPT                       (__die)
 *   Modules linked in: wait1                      (show_registers)
 *
 *   Pid: 5, comm: crash-null Not tainted (2.6.32-linnet #1)   (__show_regs)
 *   EIP: 0060:[<c0101234>] EFLAGS: 00010246 CPU: 0
 *   EIP is at crash_null+0x4/0x10
 *   EAX: ... (the registers; CR0-CR4 and DR0-DR7 only for SysRq-p)
 *   Process crash-null (pid: 5, ti=c7c1c000 task=c7c18000 task.ti=c7c1c000)
 *   Stack:                                        (24 words at the stack pointer)
 *   Call Trace:                                   (each return address, named by kallsyms)
 *   Code: 55 89 e5 ... <c7> 05 ...                (43 bytes before EIP, EIP's in <>, 20 after)
 *   EIP: [<c0101234>] crash_null+0x4/0x10 SS:ESP 0068:c7c1df34
 *   CR2: 0000000000000000                         (fault.c: the page fault's address)
 *   ---[ end trace 5f3e29b1c0d4a817 ]---          (kernel/panic.c:oops_exit)
 *
 * The "Pid:" line carries the taint flags (kernel/panic.c:print_tainted):
 * the first oops says "Not tainted", and every later one "Tainted: G      D   ",
 * since oops_end() sets TAINT_DIE: what a kernel prints after it has
 * oopsed once is less to be trusted. The code bytes are read with
 * probe_kernel_address(), which turns a fault into -EFAULT (the exception
 * table), so a jump to a bad address prints "Code:  Bad EIP value."
 * instead of faulting again inside the oops.
 *
 * The call trace lists every word on the stack that points into kernel
 * code. The chain of saved frame pointers says which of them are real
 * return addresses: every function (built with -fno-omit-frame-pointer)
 * begins with "push %ebp; mov %esp,%ebp", so [ebp] is the caller's ebp
 * and [ebp+4] the return address into the caller. Words the chain does
 * not confirm are printed with "? ", as Linux does. See docs/debugging.md.
 *
 * Differences from 2.6.32: no "last sysfs file:" line (Linnet has no
 * sysfs); no separate interrupt stacks to follow in the call trace (an
 * interrupt runs on the interrupted task's stack); and oops_end() keeps
 * interrupts off until do_exit() (2.6.32 restores the flags oops_begin()
 * saved) because Linnet's exit path after an oops has been written and
 * tested that way.
 */
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/utsrelease.h>
#include <linux/console.h>
#include <linux/kallsyms.h>
#include <linux/irqflags.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/uaccess.h>
#include <linux/utsname.h>
#include <asm/page.h>
#include <asm/segment.h>
#include <asm/processor.h>
#include <asm/traps.h>
#include <linux/kdebug.h>
#include <kunit/test.h>

#define STACKSLOTS_PER_LINE 8
#define STACK_WORDS (3 * STACKSLOTS_PER_LINE) /* 2.6.32's kstack_depth_to_print */
#define CODE_BYTES 64 /* 2.6.32's code_bytes */
#define CODE_PROLOGUE (CODE_BYTES * 43 / 64) /* bytes shown before EIP */

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

	for (i = 0; i < STACK_WORDS && on_stack(base, (unsigned long)(sp + i), sizeof(long)); i++) {
		if (i && !(i % STACKSLOTS_PER_LINE))
			printk(KERN_CONT "\n");
		printk(i % STACKSLOTS_PER_LINE ? KERN_CONT " %08lx" : KERN_EMERG " %08lx", sp[i]);
	}
	printk(KERN_CONT "\n");
}

/* One byte of code for the "Code:" line, or -EFAULT if it cannot be read */
static int code_byte(const u8 *p, u8 *c)
{
	if ((unsigned long)p < PAGE_OFFSET)
		return -EFAULT;
	return probe_kernel_address(p, *c);
}

/*
 * The "Code:" line, as 2.6.32's show_registers: 64 bytes starting 43
 * before EIP (or 22 from EIP itself if the earlier ones cannot be read),
 * the byte at EIP in <..>; the first byte that cannot be read ends the
 * line with " Bad EIP value.". Feed the bytes to scripts/decodecode (or
 * objdump) to see the instructions.
 */
static void show_code(unsigned long ip)
{
	const u8 *p = (const u8 *)ip - CODE_PROLOGUE;
	unsigned int len = CODE_BYTES;
	unsigned int i;
	u8 c;

	printk(KERN_EMERG "Code: ");
	if (code_byte(p, &c)) {
		p = (const u8 *)ip;
		len = CODE_BYTES - CODE_PROLOGUE + 1;
	}
	for (i = 0; i < len; i++, p++) {
		if (code_byte(p, &c)) {
			printk(KERN_CONT " Bad EIP value.");
			break;
		}
		if ((unsigned long)p == ip)
			printk(KERN_CONT "<%02x> ", c);
		else
			printk(KERN_CONT "%02x ", c);
	}
	printk(KERN_CONT "\n");
}

static unsigned long read_debugreg(int n)
{
	unsigned long v = 0;

	switch (n) {
	case 0:
		__asm__ __volatile__("mov %%db0, %0" : "=r"(v));
		break;
	case 1:
		__asm__ __volatile__("mov %%db1, %0" : "=r"(v));
		break;
	case 2:
		__asm__ __volatile__("mov %%db2, %0" : "=r"(v));
		break;
	case 3:
		__asm__ __volatile__("mov %%db3, %0" : "=r"(v));
		break;
	case 6:
		__asm__ __volatile__("mov %%db6, %0" : "=r"(v));
		break;
	case 7:
		__asm__ __volatile__("mov %%db7, %0" : "=r"(v));
		break;
	}
	return v;
}

/* The stack pointer and %ss of a context: the saved ones for user mode */
static void context_sp_ss(struct pt_regs *regs, unsigned long *sp, unsigned int *ss)
{
	if (user_mode(regs)) {
		*sp = regs->sp;
		*ss = regs->ss & 0xffff;
	} else {
		*sp = kernel_stack_pointer(regs);
		*ss = __KERNEL_DS;
	}
}

/**
 * __show_regs - print a context's registers, as 2.6.32's process_32.c does
 * @regs: the context
 * @all: also the control and debug registers (SysRq-p); an oops leaves them out
 *
 * Context: any.
 */
void __show_regs(struct pt_regs *regs, int all)
{
	struct new_utsname *u = init_utsname();
	unsigned long sp;
	unsigned int ss;

	context_sp_ss(regs, &sp, &ss);
	/* The blank line, and no board name after the version: Linnet reads no DMI */
	printk(KERN_DEFAULT "\n");
	printk(KERN_DEFAULT "Pid: %d, comm: %s %s (%s %.*s) \n", current->pid, current->comm,
	       print_tainted(), u->release, (int)strcspn(u->version, " "), u->version);
	printk(KERN_DEFAULT "EIP: %04x:[<%08lx>] EFLAGS: %08lx CPU: 0\n", (u16)regs->cs, regs->ip,
	       regs->flags);
	/* print_symbol, as 2.6.32: an address outside the kernel prints as hex ("0x0") */
	print_symbol(KERN_DEFAULT "EIP is at %s\n", regs->ip);
	printk(KERN_DEFAULT "EAX: %08lx EBX: %08lx ECX: %08lx EDX: %08lx\n", regs->ax, regs->bx,
	       regs->cx, regs->dx);
	printk(KERN_DEFAULT "ESI: %08lx EDI: %08lx EBP: %08lx ESP: %08lx\n", regs->si, regs->di,
	       regs->bp, sp);
	printk(KERN_DEFAULT " DS: %04x ES: %04x FS: %04x GS: %04x SS: %04x\n", (u16)regs->ds,
	       (u16)regs->es, (u16)regs->fs, (u16)regs->gs, ss);
	if (!all)
		return;
	printk(KERN_DEFAULT "CR0: %08lx CR2: %08lx CR3: %08lx CR4: %08lx\n", read_cr0(), read_cr2(),
	       read_cr3(), read_cr4());
	printk(KERN_DEFAULT "DR0: %08lx DR1: %08lx DR2: %08lx DR3: %08lx\n", read_debugreg(0),
	       read_debugreg(1), read_debugreg(2), read_debugreg(3));
	printk(KERN_DEFAULT "DR6: %08lx DR7: %08lx\n", read_debugreg(6), read_debugreg(7));
}

/**
 * show_regs - print a context's registers and its call trace (SysRq-p)
 * @regs: the context
 *
 * Context: any.
 */
void show_regs(struct pt_regs *regs)
{
	__show_regs(regs, 1);
	show_trace((unsigned long *)kernel_stack_pointer(regs), regs->bp);
}

/**
 * show_registers - the body of an oops: modules, registers, stack and code
 * @regs: the faulting context
 *
 * Context: the oops path.
 */
void show_registers(struct pt_regs *regs)
{
	struct thread_info *ti = current_thread_info();

	print_modules();
	__show_regs(regs, 0);
	printk(KERN_EMERG "Process %.*s (pid: %d, ti=%p task=%p task.ti=%p)\n", TASK_COMM_LEN,
	       current->comm, current->pid, ti, current, task_thread_info(current));
	if (user_mode(regs)) {
		printk(KERN_CONT "\n");
		return;
	}
	printk(KERN_EMERG "Stack:\n");
	show_stack_words((unsigned long *)kernel_stack_pointer(regs));
	show_trace((unsigned long *)kernel_stack_pointer(regs), regs->bp);
	show_code(regs->ip);
}

/**
 * dump_stack - print a call trace of the current context
 *
 * Context: any.
 */
void dump_stack(void)
{
	struct new_utsname *u = init_utsname();
	unsigned long bp;

	__asm__ __volatile__("mov %%ebp, %0" : "=r"(bp));
	printk(KERN_DEFAULT "Pid: %d, comm: %.20s %s %s %.*s\n", current->pid, current->comm,
	       print_tainted(), u->release, (int)strcspn(u->version, " "), u->version);
	show_trace((unsigned long *)&bp, bp);
}
EXPORT_SYMBOL(dump_stack);

/* panic_on_oops - an oops panics (kernel.panic_on_oops; SysRq-c sets it) */
int panic_on_oops;

static int die_counter;

/**
 * oops_begin - prepare the consoles for an oops
 *
 * Context: the exception path.
 * Return: the interrupt flags to give back to oops_end().
 */
unsigned long oops_begin(void)
{
	unsigned long flags;

	oops_enter();
	local_irq_save(flags);
	console_verbose();
	bust_spinlocks(1);
	return flags;
}

/**
 * oops_end - finish an oops: end the test case, the task or the kernel
 * @flags: what oops_begin() returned
 * @regs: the faulting context
 * @signr: the signal that kills the faulting task (SIGSEGV; SIGKILL for a
 *         page fault), or 0 to return to the caller
 *
 * The kernel is tainted D from here on. A fault inside a KUnit case ends
 * that case as failed, and the tests go on (Linux's KUnit runs each case
 * in a thread that the oops kills). A fault in any other task kills that
 * task, as Linux kills the task that oopsed, and the system goes on. A
 * fault in an interrupt handler or in the idle task is fatal: there is
 * nothing to kill.
 *
 * Context: the exception path.
 */
void oops_end(unsigned long flags, struct pt_regs *regs, int signr)
{
	bust_spinlocks(0);
	add_taint(TAINT_DIE);
	oops_exit();
	if (!signr) {
		local_irq_restore(flags);
		return;
	}
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
 * __die - print the oops report
 * @str: what happened ("Oops" for a page fault, else the exception's name)
 * @regs: the faulting context
 * @err: the CPU's error code
 *
 * "PREEMPT" says the kernel was built preemptible, as Linnet always is.
 *
 * Context: the oops path, between oops_begin() and oops_end().
 * Return: 1 if a die notifier took the oops over (the caller returns), else 0.
 */
int __die(const char *str, struct pt_regs *regs, long err)
{
	unsigned long sp;
	unsigned int ss;

	printk(KERN_EMERG "%s: %04lx [#%d] PREEMPT \n", str, err & 0xffff, ++die_counter);
	if (notify_die(DIE_OOPS, str, regs, err, current->thread.trap_no, SIGSEGV) == NOTIFY_STOP)
		return 1;
	show_registers(regs);
	context_sp_ss(regs, &sp, &ss);
	printk(KERN_EMERG "EIP: [<%08lx>] ", regs->ip);
	print_symbol(KERN_CONT "%s", regs->ip);
	printk(KERN_CONT " SS:ESP %04x:%08lx\n", ss, sp);
	return 0;
}

/**
 * die - print an oops for a kernel fault and end the faulting context
 * @str: what happened (the exception's name)
 * @regs: the faulting context
 * @err: the CPU's error code
 *
 * Context: the exception path. Does not return unless a die notifier
 * took the oops over.
 */
void die(const char *str, struct pt_regs *regs, long err)
{
	unsigned long flags = oops_begin();
	int sig = SIGSEGV;

	if (__die(str, regs, err))
		sig = 0;
	oops_end(flags, regs, sig);
}
