/*
 * time.c - the PC's timer interrupt and the start of time.
 *
 * IRQ0 comes from the 8254 PIT (arch/x86/kernel/i8253.c), which is
 * registered as a clock event device. The interrupt handler does no
 * timekeeping itself: it calls whatever event handler the tick layer
 * gave the device, tick_handle_periodic() (kernel/time/tick-common.c) in
 * periodic mode or hrtimer_interrupt() (kernel/hrtimer.c) in high
 * resolution mode.
 *
 * Linux 2.6.32 defers time_init()'s work to late_time_init and picks the
 * HPET over the PIT when there is one; Linnet has no HPET, and calls
 * tsc_init() earlier, from start_kernel(), so that delays work early.
 * See docs/time.md.
 */
#include <linux/kernel.h>
#include <linux/clockchips.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/time.h>
#include <asm/i8253.h>

static irqreturn_t timer_interrupt(int irq, void *dev_id)
{
	global_clock_event->event_handler(global_clock_event);
	return IRQ_HANDLED;
}

static struct irqaction irq0 = {
	.handler = timer_interrupt,
	.flags = IRQF_DISABLED | IRQF_TIMER,
	.name = "timer",
};

/**
 * setup_default_timer_irq - claim IRQ0 for the timer
 *
 * Context: boot, after init_IRQ().
 */
void setup_default_timer_irq(void)
{
	setup_irq(0, &irq0);
}

/**
 * time_init - start the tick: register the PIT and claim IRQ0
 *
 * Context: boot, interrupts off, after tsc_init(), init_IRQ() and
 * timekeeping_init().
 */
void time_init(void)
{
	setup_pit_timer();
	setup_default_timer_irq();
}
