/*
 * proc.c - the softirq counters, printed as Linux's /proc/softirqs.
 *
 * Each view is a function that prints through a callback, so one function
 * serves /proc/softirqs (fs/proc/softirqs.c passes seq_print_cb), the
 * shell (a callback that writes to the console) and a test (one that
 * fills a buffer). show_softirqs() uses the format
 * strings of Linux 2.6.32's fs/proc/softirqs.c and its names, so the
 * output can be compared with a 2.6.32 kernel's line by line:
 *
 *                   CPU0
 *         HI:          0
 *      TIMER:       1234
 *     NET_TX:          0
 *     NET_RX:          0
 *      BLOCK:          0
 *   BLOCK_IOPOLL:          0
 *    TASKLET:         12
 *      SCHED:          0
 *    HRTIMER:          0
 *        RCU:          0
 *
 * (2.6.32's "%8s" is narrower than BLOCK_IOPOLL, so that row is wider;
 * later Linux widened the column to "%12s" and renamed it IRQ_POLL.)
 * In 2.6.32 this is fs/proc/softirqs.c, and /proc/interrupts is
 * arch/x86/kernel/irq.c:show_interrupts; this file moves to fs/proc/ when
 * Linnet has /proc. See docs/bottom-halves.md.
 */
#include <linux/kernel.h>
#include <linux/interrupt.h>
#include <linux/irq.h>

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

	print(arg, "                ");
	print(arg, "CPU%-8d", 0);
	print(arg, "\n");
	for (i = 0; i < NR_SOFTIRQS; i++) {
		print(arg, "%8s:", softirq_to_name[i]);
		print(arg, " %10u", kstat_softirqs_cpu(i, 0));
		print(arg, "\n");
	}
}
