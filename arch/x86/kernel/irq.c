/*
 * irq.c - the x86 side of interrupts: do_IRQ and /proc/interrupts.
 *
 * do_IRQ() is where a hardware interrupt enters C: it brackets the line's
 * flow handler (kernel/irq/chip.c:handle_level_irq) with irq_enter() and
 * irq_exit(), so the preempt count says "hard interrupt" meanwhile and
 * pending softirqs run on the way out.
 *
 * show_interrupts() prints the interrupt table with the format strings of
 * Linux 2.6.32's arch/x86/kernel/irq.c, for the configuration Linnet is:
 * one CPU, the two 8259As and no local APIC or IO-APIC (a 2.6.32 kernel
 * booted with noapic on a PC without them):
 *
 *              CPU0
 *     0:       1234    XT-PIC-XT        timer
 *     2:          0    XT-PIC-XT        cascade
 *     5:         17    XT-PIC-XT        linnet-a, linnet-b
 *   NMI:          0   Non-maskable interrupts
 *   LOC:          0   Local timer interrupts
 *   SPU:          0   Spurious interrupts
 *   PMI:          0   Performance monitoring interrupts
 *   PND:          0   Performance pending work
 *   ERR:          0
 *
 * "XT-PIC" is the chip's name and "XT" the flow's (the name given to
 * set_irq_chip_and_handler_name). A line is shown while it has a handler
 * or has ever counted an interrupt, so a line keeps its row after
 * free_irq(). 2.6.32 built with local APIC support (CONFIG_X86_LOCAL_APIC,
 * on in every i386 defconfig) prints the LOC, SPU, PMI and PND rows
 * whatever the machine; Linnet drives the local APIC
 * (arch/x86/kernel/apic/apic.c) and prints them too, from irq_stat
 * (asm/hardirq.h). It prints no MIS row (no IO-APIC support), no RES,
 * CAL or TLB rows (no SMP) and no TRM, THR, MCE or MCP rows (no machine
 * check support), as 2.6.32 configured without those prints none.
 * Linux 6.1, which the oracle boots with noapic, prints more rows
 * (IWI, RTR, DFR, PIN, NPI, PIW...); nothing compares them.
 *
 * Linux prints through seq_file; Linnet's view prints through a
 * show_print_t callback, so that one function serves /proc/interrupts
 * (fs/proc/interrupts.c, through seq_print_cb), the kernel shell's
 * `interrupts` and a test's buffer. See docs/interrupts.md.
 */
#include <linux/kernel.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <asm/traps.h>
#include <asm/irq_regs.h>
#include <asm/hardirq.h>

/* irq_err_count - interrupts the controller made up: the ERR row */
atomic_t irq_err_count;

/* irq_stat - the local APIC's counts: the LOC, SPU, PMI and PND rows */
irq_cpustat_t irq_stat;

/* irq_regs - the registers of the interrupt being handled (asm/irq_regs.h) */
struct pt_regs *irq_regs;

/**
 * do_IRQ - the C entry point of a hardware interrupt
 * @regs: the interrupted registers; ~@regs->orig_ax is the vector (2.6.32's encoding)
 *
 * Context: hard interrupt, interrupts off (from arch/x86/kernel/entry_32.asm).
 * Return: 1 (Linux's convention: the interrupt was processed).
 */
unsigned int do_IRQ(struct pt_regs *regs)
{
	unsigned int vector = ~regs->orig_ax;
	unsigned int irq = vector - IRQ0_VECTOR;
	struct pt_regs *old_regs = set_irq_regs(regs);

	irq_enter();
	if (likely(irq < NR_IRQS && irq_desc[irq].handle_irq))
		generic_handle_irq(irq);
	else
		printk(KERN_EMERG "do_IRQ: cannot handle IRQ %u (vector %u)\n", irq, vector);
	irq_exit();
	set_irq_regs(old_regs);
	return 1;
}

/* The width of the IRQ number column: 3 digits, more if there were more lines */
static int irq_prec(void)
{
	int prec, j;

	for (prec = 3, j = 1000; prec < 10 && j <= NR_IRQS; ++prec)
		j *= 10;
	return prec;
}

/* one row: its name, the count (2.6.32 prints one column per online CPU), what it counts */
static void show_row(show_print_t print, void *arg, int prec, const char *name, unsigned int count,
		     const char *what)
{
	print(arg, "%*s: %10u   %s\n", prec, name, count, what);
}

/*
 * The rows after the lines. 2.6.32 counts NMIs per CPU in irq_stat; Linnet,
 * with one CPU, in nmi_count (arch/x86/kernel/traps.c:do_nmi), and the
 * local APIC's interrupts in its one irq_stat.
 */
static void show_other_interrupts(show_print_t print, void *arg, int prec)
{
	show_row(print, arg, prec, "NMI", nmi_count, "Non-maskable interrupts");
	show_row(print, arg, prec, "LOC", irq_stat.apic_timer_irqs, "Local timer interrupts");
	show_row(print, arg, prec, "SPU", irq_stat.irq_spurious_count, "Spurious interrupts");
	show_row(print, arg, prec, "PMI", irq_stat.apic_perf_irqs,
		 "Performance monitoring interrupts");
	show_row(print, arg, prec, "PND", irq_stat.apic_pending_irqs, "Performance pending work");
	print(arg, "%*s: %10u\n", prec, "ERR", atomic_read(&irq_err_count));
}

/*
 * One line of the table. It is formatted into a buffer under the line's
 * lock and handed to @print after the lock is dropped: @print may sleep
 * (the shell's writes to the tty take a mutex), as Linux's seq_printf()
 * under desc->lock only fills a buffer.
 */
static void show_irq_line(show_print_t print, void *arg, unsigned int irq, int prec)
{
	struct irq_desc *desc = &irq_desc[irq];
	struct irqaction *action;
	unsigned long flags;
	char line[160];
	int n = 0;

	spin_lock_irqsave(&desc->lock, flags);
	action = desc->action;
	if (!action && !kstat_irqs(irq))
		goto out;
	n = scnprintf(line, sizeof(line), "%*d: ", prec, irq);
	n += scnprintf(line + n, sizeof(line) - n, "%10u ", kstat_irqs(irq));
	n += scnprintf(line + n, sizeof(line) - n, " %8s", desc->chip->name);
	n += scnprintf(line + n, sizeof(line) - n, "-%-8s", desc->name);
	if (action) {
		n += scnprintf(line + n, sizeof(line) - n, "  %s", action->name);
		while ((action = action->next) != NULL)
			n += scnprintf(line + n, sizeof(line) - n, ", %s", action->name);
	}
out:
	spin_unlock_irqrestore(&desc->lock, flags);
	if (n)
		print(arg, "%s\n", line);
}

/**
 * show_interrupts - print the interrupt table in /proc/interrupts' format
 * @print: called with @arg and a printf format for each piece of text
 * @arg: passed to @print
 *
 * Context: process context (takes each line's lock with interrupts off).
 */
void show_interrupts(show_print_t print, void *arg)
{
	int prec = irq_prec();
	unsigned int irq;

	print(arg, "%*s", prec + 8, "");
	print(arg, "CPU%-8d", 0);
	print(arg, "\n");
	for (irq = 0; irq < NR_IRQS; irq++)
		show_irq_line(print, arg, irq, prec);
	show_other_interrupts(print, arg, prec);
}
