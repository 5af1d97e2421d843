/*
 * traps.c - the Interrupt Descriptor Table and the CPU's exceptions.
 *
 * When the CPU cannot go on with an instruction (a division by zero, a
 * page that is not mapped, an instruction it does not know) it raises an
 * exception: a vector number 0-31. It looks the vector up in the IDT,
 * whose gates trap_init() points at the stubs in arch/x86/kernel/entry_32.asm; the
 * stub saves the registers and calls do_trap_or_irq() with them.
 *
 * A kernel has no one to hand an exception to, so nearly all of them are
 * bugs, and the handler's job is to report the bug as well as possible:
 * die() prints a Linux-style oops (arch/x86/kernel/dumpstack.c). Two exceptions
 * have more to say: the invalid opcode may be a BUG() (include/linux/bug.h),
 * and the page fault knows the address that was touched (CR2); the page
 * fault has its own file, arch/x86/mm/fault.c. An exception raised by a
 * process in user mode is no bug of the kernel: it becomes a signal
 * (SIGSEGV, SIGILL, SIGFPE, SIGTRAP, SIGBUS) to the process. Vector 0x80
 * is the system call, reachable from ring 3 (a DPL 3 trap gate), as are
 * int3 and into; every other gate has DPL 0, so `int $13` from user mode
 * is a general protection fault.
 * The NMI has a path of its own (do_nmi): it is counted, offered to the
 * die chain, reported and survived, and it never preempts. Vectors 32-47 are the hardware
 * interrupts of the 8259A PICs, handed to the IRQ layer
 * (arch/x86/kernel/irq.c:do_IRQ). See docs/interrupts.md.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/bug.h>
#include <linux/kallsyms.h>
#include <linux/kdebug.h>
#include <linux/sched.h>
#include <linux/hardirq.h>
#include <linux/string.h>
#include <asm/desc.h>
#include <asm/io.h>
#include <asm/page.h>
#include <asm/processor.h>
#include <asm/traps.h>
#include <asm/uaccess.h>
#include <asm/i387.h>
#include <linux/sched.h>
#include <linux/signal.h>

extern void system_call(void);

/* show_unhandled_signals - print a line for each fatal user trap (2.6.32's sysctl) */
int show_unhandled_signals = 1;

static struct gate_desc idt_table[256] __aligned(8);
extern void *interrupt_stubs[NR_VECTORS];
extern const struct bug_entry __start___bug_table[], __stop___bug_table[];

void (*external_interrupt_handler)(struct pt_regs *regs);

static const char *const trap_names[] = {
	[X86_TRAP_DE] = "divide error",
	[X86_TRAP_DB] = "debug",
	[X86_TRAP_NMI] = "nmi",
	[X86_TRAP_BP] = "int3",
	[X86_TRAP_OF] = "overflow",
	[X86_TRAP_BR] = "bounds",
	[X86_TRAP_UD] = "invalid opcode",
	[X86_TRAP_NM] = "device not available",
	[X86_TRAP_DF] = "double fault",
	[X86_TRAP_OLD_MF] = "coprocessor segment overrun",
	[X86_TRAP_TS] = "invalid TSS",
	[X86_TRAP_NP] = "segment not present",
	[X86_TRAP_SS] = "stack segment",
	[X86_TRAP_GP] = "general protection fault",
	[X86_TRAP_PF] = "page fault",
	[X86_TRAP_SPURIOUS] = "spurious interrupt bug",
	[X86_TRAP_MF] = "coprocessor error",
	[X86_TRAP_AC] = "alignment check",
	[X86_TRAP_MC] = "machine check",
	[X86_TRAP_XF] = "simd floating point exception",
};

/**
 * trap_name - the name Linux gives an exception vector
 * @trapnr: the vector
 *
 * Return: a name such as "divide error", or "reserved".
 */
const char *trap_name(unsigned int trapnr)
{
	if (trapnr < ARRAY_SIZE(trap_names) && trap_names[trapnr])
		return trap_names[trapnr];
	return "reserved";
}

static void set_gate(unsigned int n, u8 type, unsigned long offset, u16 seg)
{
	struct gate_desc *g = &idt_table[n];

	g->offset_low = offset & 0xffff;
	g->segment = seg;
	g->reserved = 0;
	g->type = type;
	g->offset_high = offset >> 16;
}

/**
 * set_intr_gate - make vector @n call @addr with interrupts off
 * @n: the vector
 * @addr: the entry stub
 *
 * Context: boot.
 */
void set_intr_gate(unsigned int n, void *addr)
{
	set_gate(n, GATE_INTERRUPT, (unsigned long)addr, __KERNEL_CS);
}

/**
 * set_task_gate - make vector @n switch to the task whose TSS is in a GDT entry
 * @n: the vector (the double fault)
 * @gdt_entry: the GDT index of the TSS
 *
 * Context: boot.
 */
void set_task_gate(unsigned int n, unsigned int gdt_entry)
{
	set_gate(n, GATE_TASK, 0, gdt_entry * 8);
}

static const struct bug_entry *find_bug(unsigned long ip)
{
	const struct bug_entry *b;

	for (b = __start___bug_table; b < __stop___bug_table; b++)
		if (b->bug_addr == ip)
			return b;
	return NULL;
}

/* nmi_count - NMIs taken: the NMI row of /proc/interrupts */
unsigned int nmi_count;

/*
 * An NMI nobody claimed is not a bug of the running code: say what port
 * 0x61 (the NMI status and control register) reports, and carry on, in
 * 2.6.32's words.
 */
static void unknown_nmi_error(unsigned char reason, struct pt_regs *regs)
{
	if (notify_die(DIE_NMIUNKNOWN, "nmi", regs, reason, X86_TRAP_NMI, SIGINT) == NOTIFY_STOP)
		return;
	printk(KERN_EMERG "Uhhuh. NMI received for unknown reason %02x on CPU %d.\n", reason, 0);
	printk(KERN_EMERG "Do you have a strange power saving mode enabled?\n");
	printk(KERN_EMERG "Dazed and confused, but trying to continue\n");
}

/* Bit 7 of port 0x61: a memory parity error (SERR#) raised the NMI */
static void mem_parity_error(unsigned char reason, struct pt_regs *regs)
{
	printk(KERN_EMERG "Uhhuh. NMI received for unknown reason %02x on CPU %d.\n", reason, 0);
	printk(KERN_EMERG "You have some hardware problem, likely on the PCI bus.\n");
	printk(KERN_EMERG "Dazed and confused, but trying to continue\n");
	outb((reason & 0xf) | 4, 0x61); /* clear and disable the parity line */
}

/* Bit 6 of port 0x61: an I/O channel check (IOCHK#) raised the NMI */
static void io_check_error(unsigned char reason, struct pt_regs *regs)
{
	printk(KERN_EMERG "NMI: IOCK error (debug interrupt?)\n");
	outb((reason & 0xf) | 8, 0x61); /* pulse the IOCHK enable to re-arm it */
	outb(reason & 0xf & ~8, 0x61);
}

/*
 * Port 0x61 (the NMI status and control register) says which of the PC
 * board's two sources raised the NMI; with neither bit set the NMI came
 * from somewhere else (a watchdog, a debugger, QEMU's "nmi" command).
 * 2.6.32's io_check_error also dumps the registers and waits two seconds
 * before re-arming; Linnet only re-arms.
 */
static void default_do_nmi(struct pt_regs *regs)
{
	unsigned char reason = inb(0x61);

	if (!(reason & 0xc0)) {
		if (notify_die(DIE_NMI_IPI, "nmi_ipi", regs, reason, X86_TRAP_NMI, SIGINT) ==
		    NOTIFY_STOP)
			return;
		unknown_nmi_error(reason, regs);
		return;
	}
	if (notify_die(DIE_NMI, "nmi", regs, reason, X86_TRAP_NMI, SIGINT) == NOTIFY_STOP)
		return;
	if (reason & 0x80)
		mem_parity_error(reason, regs);
	if (reason & 0x40)
		io_check_error(reason, regs);
}

/**
 * do_nmi - the C entry point of the non-maskable interrupt
 * @regs: the interrupted registers
 * @error_code: always 0
 *
 * The NMI has its own stub in arch/x86/kernel/entry_32.asm, which returns
 * straight to the interrupted code: an NMI may arrive anywhere, even
 * inside a spinlock with interrupts off or between local_irq_enable() and
 * schedule() in the idle loop, so it must never preempt. Between
 * nmi_enter() and nmi_exit() in_nmi() is true, and the die chain
 * (register_die_notifier) hears of it before the default report.
 *
 * Context: NMI: any code may have been interrupted; take no lock.
 */
asmlinkage void do_nmi(struct pt_regs *regs, long error_code)
{
	nmi_enter();
	nmi_count++;
	default_do_nmi(regs);
	nmi_exit();
}

static void do_invalid_op(struct pt_regs *regs)
{
	const struct bug_entry *bug = find_bug(regs->ip);

	if (bug) {
		printk(KERN_EMERG "------------[ cut here ]------------\n");
		printk(KERN_EMERG "kernel BUG at %s:%u!\n", bug->file, bug->line);
	}
	die(trap_name(X86_TRAP_UD), regs, current->thread.error_code);
}

/* A fault the task caused in user mode: a signal, as 2.6.32's do_trap */
static void do_user_trap(struct pt_regs *regs, unsigned long trapnr)
{
	static const unsigned char trap_signal[] = {
		[X86_TRAP_DE] = SIGFPE,	    [X86_TRAP_DB] = SIGTRAP, [X86_TRAP_BP] = SIGTRAP,
		[X86_TRAP_OF] = SIGSEGV,    [X86_TRAP_BR] = SIGSEGV, [X86_TRAP_UD] = SIGILL,
		[X86_TRAP_OLD_MF] = SIGFPE, [X86_TRAP_TS] = SIGSEGV, [X86_TRAP_NP] = SIGBUS,
		[X86_TRAP_SS] = SIGBUS,	    [X86_TRAP_GP] = SIGSEGV, [X86_TRAP_MF] = SIGFPE,
		[X86_TRAP_AC] = SIGBUS,	    [X86_TRAP_XF] = SIGFPE,
	};
	int sig = trapnr < ARRAY_SIZE(trap_signal) && trap_signal[trapnr] ? trap_signal[trapnr] :
									    SIGSEGV;

	if (show_unhandled_signals && unhandled_signal(current, sig))
		printk(KERN_INFO "%s[%d] trap %s ip:%lx sp:%lx error:%lx\n", current->comm,
		       current->pid, trap_name(trapnr), regs->ip, regs->sp,
		       current->thread.error_code);
	force_sig(sig, current);
}

/*
 * A general protection fault in the kernel may be expected: reloading a
 * segment register the process left invalid, on the way out. The
 * exception table says where to go on (arch/x86/mm/extable.c).
 */
static void do_general_protection(struct pt_regs *regs)
{
	if (user_mode(regs)) {
		if (show_unhandled_signals && unhandled_signal(current, SIGSEGV))
			printk(KERN_INFO "%s[%d] general protection ip:%lx sp:%lx error:%lx\n",
			       current->comm, current->pid, regs->ip, regs->sp,
			       current->thread.error_code);
		force_sig(SIGSEGV, current);
		return;
	}
	if (fixup_exception(regs))
		return;
	die(trap_name(X86_TRAP_GP), regs, current->thread.error_code);
}

/*
 * The debug exception (#DB): in Linnet only EFLAGS.TF raises it, set by
 * PTRACE_SINGLESTEP (or by the program itself): after one user
 * instruction, SIGTRAP with TRAP_TRACE and the address of the next one.
 * Every gate into the kernel clears TF, so a #DB in kernel mode is no
 * step of the program: TF is cleared and the kernel goes on (2.6.32 does
 * the same for a step into sysenter). 2.6.32's do_debug, without the
 * hardware breakpoints of DR0-DR3.
 */
#define DR_STEP 0x4000 /* DR6: the single step trap */

static void do_debug(struct pt_regs *regs)
{
	unsigned long dr6;

	__asm__ __volatile__("mov %%db6, %0" : "=r"(dr6));
	__asm__ __volatile__("mov %0, %%db6" : : "r"(0UL)); /* the CPU never clears it */
	if (!user_mode(regs)) {
		regs->flags &= ~X86_EFLAGS_TF;
		return;
	}
	force_sig_fault(SIGTRAP, (dr6 & DR_STEP) ? TRAP_TRACE : TRAP_BRKPT, (void __user *)regs->ip,
			current);
}

static void do_exception(struct pt_regs *regs, unsigned long trapnr)
{
	unsigned long error_code = regs->orig_ax;

	/* As 2.6.32's error_code: orig_ax -1 says "no system call to restart" */
	regs->orig_ax = -1;
	current->thread.trap_no = trapnr;
	current->thread.error_code = error_code;
	switch (trapnr) {
	case X86_TRAP_PF:
		do_page_fault(regs, error_code);
		break;
	case X86_TRAP_GP:
		do_general_protection(regs);
		break;
	case X86_TRAP_NM:
		math_state_restore();
		break;
	case X86_TRAP_DB:
		do_debug(regs);
		break;
	case X86_TRAP_UD:
		if (!user_mode(regs)) {
			do_invalid_op(regs);
			break;
		}
		do_user_trap(regs, trapnr);
		break;
	default:
		if (user_mode(regs))
			do_user_trap(regs, trapnr);
		else
			die(trap_name(trapnr), regs, error_code);
	}
}

/**
 * do_trap_or_irq - the C entry point of every exception and interrupt
 * @regs: the saved registers
 * @vector: the vector (0-31 exceptions, 32-47 the 8259A's IRQs)
 *
 * An exception in user mode becomes a signal to the task (SIGSEGV,
 * SIGILL, SIGFPE...); in the kernel it is a bug, and an oops, unless
 * the exception table has a fixup for the instruction.
 *
 * Context: called from arch/x86/kernel/entry_32.asm with interrupts off.
 */
asmlinkage void do_trap_or_irq(struct pt_regs *regs, unsigned long vector)
{
	if (vector < FIRST_EXTERNAL_VECTOR) {
		do_exception(regs, vector);
		return;
	}
	if (external_interrupt_handler)
		external_interrupt_handler(regs);
	else
		printk(KERN_ERR "unexpected interrupt on vector %lu (IRQ%lu): no IRQ layer\n",
		       vector, vector - FIRST_EXTERNAL_VECTOR);
}

/**
 * trap_init - fill the IDT with the exception and interrupt stubs and load it
 *
 * Context: boot, interrupts off.
 */
void trap_init(void)
{
	struct desc_ptr idt_descr = {
		.size = sizeof(idt_table) - 1,
		.address = (u32)idt_table,
	};
	unsigned int i;

	for (i = 0; i < NR_VECTORS; i++)
		set_intr_gate(i, interrupt_stubs[i]);
	/* int3 and into may be used by user mode; int $0x80 is the system call */
	set_gate(X86_TRAP_BP, GATE_INTERRUPT | GATE_DPL3, (unsigned long)interrupt_stubs[3],
		 __KERNEL_CS);
	set_gate(X86_TRAP_OF, GATE_INTERRUPT | GATE_DPL3, (unsigned long)interrupt_stubs[4],
		 __KERNEL_CS);
	set_gate(SYSCALL_VECTOR, GATE_TRAP | GATE_DPL3, (unsigned long)system_call, __KERNEL_CS);
	sort_main_extable();
	fpu_init();
	__asm__ __volatile__("lidt %0" : : "m"(idt_descr));
}
