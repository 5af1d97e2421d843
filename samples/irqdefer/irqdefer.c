/*
 * irqdefer.c - an interrupt handler that hands its work on: a tasklet and a timer.
 *
 * A handler runs with its line masked and must be short: it notes what
 * happened and leaves the rest to later. This module shares an interrupt
 * line (request_irq with IRQF_SHARED; by default IRQ 1, the keyboard's,
 * which i8042 also requests shared, as in the classic book example) and
 * on each interrupt
 *
 *   - schedules a tasklet: it runs soon after, in softirq context, with
 *     interrupts on (tasklet_schedule; several interrupts before it runs
 *     make one run);
 *   - (re)arms a timer 100 ms ahead (mod_timer): it fires once the line
 *     has been quiet that long, a debounce.
 *
 * The handler returns IRQ_NONE: it only watches, the interrupt belongs to
 * the other driver on the line. free_irq() on rmmod waits for a running
 * handler, tasklet_kill() and del_timer_sync() for the deferred parts, so
 * no code of the module runs after its memory is gone. Removal prints the
 * counts. See docs/modules.md and docs/interrupts.md.
 */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/interrupt.h>
#include <linux/jiffies.h>
#include <linux/timer.h>

static int irq = 1;
module_param(irq, int, 0444);
MODULE_PARM_DESC(irq, "the (shared) interrupt line to watch");

static unsigned long irq_count, tasklet_count, timer_count;

static void irqdefer_tasklet_fn(unsigned long data)
{
	tasklet_count++;
}
static DECLARE_TASKLET(irqdefer_tasklet, irqdefer_tasklet_fn, 0);

static void irqdefer_timer_fn(unsigned long data)
{
	timer_count++;
}
static struct timer_list irqdefer_timer;

static irqreturn_t irqdefer_interrupt(int irq, void *dev_id)
{
	irq_count++;
	tasklet_schedule(&irqdefer_tasklet);
	mod_timer(&irqdefer_timer, jiffies + msecs_to_jiffies(100));
	return IRQ_NONE;
}

static int __init irqdefer_init(void)
{
	int ret;

	setup_timer(&irqdefer_timer, irqdefer_timer_fn, 0);
	ret = request_irq(irq, irqdefer_interrupt, IRQF_SHARED, "irqdefer", &irq_count);
	if (ret) {
		printk(KERN_ERR "irqdefer: cannot share IRQ %d (%d)\n", irq, ret);
		return ret;
	}
	printk(KERN_INFO "irqdefer: watching IRQ %d\n", irq);
	return 0;
}

static void __exit irqdefer_exit(void)
{
	free_irq(irq, &irq_count);
	tasklet_kill(&irqdefer_tasklet);
	del_timer_sync(&irqdefer_timer);
	printk(KERN_INFO "irqdefer: %lu interrupts, %lu tasklet runs, %lu timer runs\n", irq_count,
	       tasklet_count, timer_count);
}

module_init(irqdefer_init);
module_exit(irqdefer_exit);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("A tasklet and a timer scheduled from a shared interrupt handler");
