/*
 * proc.c - the interrupt and softirq counters, printed as Linux's /proc files.
 *
 * Linnet has no /proc yet, so each view is a function that prints through
 * a callback (the shell passes one that writes to the console; a test
 * passes one that fills a buffer). The text is exactly that of
 * /proc/interrupts and /proc/softirqs on a one-CPU i386 Linux with the
 * 8259A (booted with noapic), so the two can be compared side by side:
 *
 *              CPU0
 *     0:       1234          XT-PIC  timer
 *     2:          0          XT-PIC  cascade
 *   NMI:          0
 *   ERR:          0
 *
 * There is no LOC row (no local APIC timer) and no MIS row (no IO-APIC).
 * See docs/interrupts.md.
 */
#include <linux/kernel.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <asm/traps.h>

/**
 * show_print_printk - a show_print_t that writes to the kernel log
 * @arg: unused
 * @fmt: the format
 *
 * Context: any.
 */
void show_print_printk(void *arg, const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	vprintk(fmt, args);
	va_end(args);
}

/*
 * One line of the table. It is formatted into a buffer under the line's
 * lock and handed to @print after the lock is dropped: @print may sleep
 * (the shell's writes to the tty take a mutex), as Linux's seq_printf()
 * under desc->lock only fills a buffer.
 */
static void show_irq_line(show_print_t print, void *arg, unsigned int irq)
{
	struct irq_desc *desc = &irq_desc[irq];
	struct irqaction *action;
	unsigned long flags;
	char line[160];
	int n = 0;

	spin_lock_irqsave(&desc->lock, flags);
	action = desc->action;
	if (action) {
		n = scnprintf(line, sizeof(line), "%3d: %10u  %14s  %s", irq, kstat_irqs(irq),
			      desc->chip->name, action->name);
		for (action = action->next; action; action = action->next)
			n += scnprintf(line + n, sizeof(line) - n, ", %s", action->name);
	}
	spin_unlock_irqrestore(&desc->lock, flags);
	if (n)
		print(arg, "%s\n", line);
}

/**
 * show_interrupts - print the interrupt table in /proc/interrupts' format
 * @print: called with @arg and a printf format for each piece of text
 * @arg: passed to @print
 *
 * Lines without a handler are left out, as Linux leaves them out.
 *
 * Context: process context (takes each line's lock with interrupts off).
 */
void show_interrupts(show_print_t print, void *arg)
{
	unsigned int irq;

	print(arg, "           ");
	print(arg, "CPU%d       ", 0);
	print(arg, "\n");
	for (irq = 0; irq < NR_IRQS; irq++)
		show_irq_line(print, arg, irq);
	print(arg, "NMI: ");
	print(arg, "%10u ", nmi_count);
	print(arg, "\n");
	print(arg, "ERR: %10u\n", atomic_read(&irq_err_count));
}

/**
 * show_softirqs - print the softirq counters in /proc/softirqs' format
 * @print: called with @arg and a printf format for each piece of text
 * @arg: passed to @print
 *
 * Context: any.
 */
void show_softirqs(show_print_t print, void *arg)
{
	int i;

	print(arg, "                    ");
	print(arg, "CPU%-8d", 0);
	print(arg, "\n");
	for (i = 0; i < NR_SOFTIRQS; i++) {
		print(arg, "%12s:", softirq_to_name[i]);
		print(arg, " %10u", kstat_softirqs_cpu(i, 0));
		print(arg, "\n");
	}
}
