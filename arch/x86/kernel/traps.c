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
 * and the page fault knows the address that was touched (CR2).
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
	die(trap_name(X86_TRAP_UD), regs, regs->orig_ax);
}

static void show_fault_oops(struct pt_regs *regs, unsigned long address)
{
	unsigned long *pgd = (unsigned long *)(read_cr3() + PAGE_OFFSET);

	printk(KERN_ALERT "BUG: unable to handle kernel ");
	if (address < PAGE_SIZE)
		printk(KERN_CONT "NULL pointer dereference");
	else
		printk(KERN_CONT "paging request");
	printk(KERN_CONT " at %08lx\n", address);
	printk(KERN_ALERT "IP: [<%08lx>] %pS\n", regs->ip, (void *)regs->ip);
	printk(KERN_ALERT "*pde = %08lx", pgd[address >> 22]);
	/* Page tables live in low memory, so the direct map reaches them */
	if ((pgd[address >> 22] & 1) && (pgd[address >> 22] & PAGE_MASK) < __pa(high_memory)) {
		unsigned long *pte = __va(pgd[address >> 22] & PAGE_MASK);

		printk(KERN_CONT " *pte = %08lx", pte[(address >> 12) & 1023]);
	}
	printk(KERN_CONT "\n");
}

/*
 * Hook for the memory manager: a fault it can explain (a vmalloc guard
 * page, a stack guard page) adds a line naming the area before the oops.
 */
void (*page_fault_notify)(unsigned long address);

static void do_page_fault(struct pt_regs *regs)
{
	unsigned long address = read_cr2();

	show_fault_oops(regs, address);
	if (page_fault_notify)
		page_fault_notify(address);
	die("Oops", regs, regs->orig_ax);
}

/**
 * do_trap_or_irq - the C entry point of every exception and interrupt
 * @regs: the saved registers; @regs->trapno is the vector
 *
 * Context: called from arch/x86/kernel/entry_32.asm with interrupts off.
 */
asmlinkage void do_trap_or_irq(struct pt_regs *regs)
{
	switch (regs->trapno) {
	case X86_TRAP_UD:
		do_invalid_op(regs);
		break;
	case X86_TRAP_PF:
		do_page_fault(regs);
		break;
	default:
		if (regs->trapno >= FIRST_EXTERNAL_VECTOR && external_interrupt_handler) {
			external_interrupt_handler(regs);
			break;
		}
		if (regs->trapno >= FIRST_EXTERNAL_VECTOR)
			printk(KERN_ERR
			       "unexpected interrupt on vector %lu (IRQ%lu): no IRQ layer\n",
			       regs->trapno, regs->trapno - FIRST_EXTERNAL_VECTOR);
		else
			die(trap_name(regs->trapno), regs, regs->orig_ax);
	}
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
	__asm__ __volatile__("lidt %0" : : "m"(idt_descr));
}
