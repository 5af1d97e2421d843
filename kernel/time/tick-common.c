/*
 * tick-common.c - the periodic tick, and choosing the device that makes it.
 *
 * The tick is HZ interrupts a second that do the kernel's bookkeeping:
 * jiffies_64 and the wall clock (do_timer()), the TIMER softirq and the
 * scheduler's tick (update_process_times()). Which hardware interrupts
 * is not this file's business: it takes the best clock event device
 * registered (kernel/time/clockevents.c; on Linnet the 8254 PIT) and
 * points its event_handler here:
 *
 *   IRQ0 -> timer_interrupt (arch/x86/kernel/time.c)
 *        -> global_clock_event->event_handler = tick_handle_periodic
 *           -> tick_periodic -> do_timer(1) -> update_wall_time()
 *                            -> update_process_times()
 *
 * A device that can only do one-shot events gets its periodic tick by
 * reprogramming itself from the handler, one tick_period later each time.
 * Once hrtimers switch to high resolution the device leaves this file's
 * hands (kernel/time/tick-oneshot.c) and an hrtimer makes the tick.
 *
 * Linux 2.6.32 has a tick_device per CPU, a broadcast device for CPUs
 * whose local timer stops in deep idle, and tick_do_timer_cpu moving
 * between CPUs; Linnet has one CPU. See docs/time.md.
 */
#include <asm/irq_regs.h>
#include <asm/ptrace.h>
#include <linux/kernel.h>
#include <linux/clockchips.h>
#include <linux/jiffies.h>
#include <linux/seqlock.h>
#include <linux/sched.h>
#include <linux/tick.h>
#include <linux/timer.h>
#include <asm/irq_regs.h>
#include <asm/ptrace.h>

/* tick_cpu_device - the (one) CPU's tick device */
struct tick_device tick_cpu_device;
/* tick_next_period - when the next periodic tick is due */
ktime_t tick_next_period;
/* tick_period - the length of a tick: NSEC_PER_SEC / HZ */
ktime_t tick_period;
/* tick_do_timer_cpu - the CPU that runs do_timer(); always 0 on Linnet */
int tick_do_timer_cpu;

static void tick_periodic(int cpu)
{
	if (tick_do_timer_cpu == cpu) {
		write_seqlock(&xtime_lock);
		tick_next_period = ktime_add(tick_next_period, tick_period);
		do_timer(1);
		write_sequnlock(&xtime_lock);
	}
	update_process_times(get_irq_regs() && user_mode(get_irq_regs()));
}

/**
 * tick_handle_periodic - the periodic tick's event handler
 * @dev: the tick device that interrupted
 *
 * In one-shot mode the next tick is programmed from here; if it is
 * already past (we ran late), the ticks missed are run now, as long as
 * time comes from a real clocksource (jiffies would never catch up).
 *
 * Context: the tick interrupt, interrupts off.
 */
void tick_handle_periodic(struct clock_event_device *dev)
{
	ktime_t next;

	tick_periodic(0);
	if (dev->mode != CLOCK_EVT_MODE_ONESHOT)
		return;
	next = ktime_add(dev->next_event, tick_period);
	for (;;) {
		if (!clockevents_program_event(dev, next, ktime_get()))
			return;
		if (timekeeping_valid_for_hres())
			tick_periodic(0);
		next = ktime_add(next, tick_period);
	}
}

/* Make @dev tick periodically, natively or by one-shot reprogramming. */
static void tick_setup_periodic(struct clock_event_device *dev)
{
	ktime_t next;
	unsigned long seq;

	dev->event_handler = tick_handle_periodic;
	if (dev->features & CLOCK_EVT_FEAT_PERIODIC) {
		clockevents_set_mode(dev, CLOCK_EVT_MODE_PERIODIC);
		return;
	}
	do {
		seq = read_seqbegin(&xtime_lock);
		next = tick_next_period;
	} while (read_seqretry(&xtime_lock, seq));
	clockevents_set_mode(dev, CLOCK_EVT_MODE_ONESHOT);
	for (;;) {
		if (!clockevents_program_event(dev, next, ktime_get()))
			return;
		next = ktime_add(next, tick_period);
	}
}

/**
 * tick_check_new_device - take a newly registered device if it is better
 * @newdev: the device
 *
 * The first device, or one with a higher rating, becomes the tick device;
 * the one it replaces is shut down.
 *
 * Context: boot, interrupts off (clockevents_register_device()).
 */
void tick_check_new_device(struct clock_event_device *newdev)
{
	struct tick_device *td = &tick_cpu_device;
	struct clock_event_device *curdev = td->evtdev;

	if (curdev && curdev->rating >= newdev->rating)
		return;
	if (curdev) {
		clockevents_set_mode(curdev, CLOCK_EVT_MODE_SHUTDOWN);
		curdev->event_handler = clockevents_handle_noop;
	} else {
		tick_next_period = ktime_get();
		tick_period = ktime_set(0, NSEC_PER_SEC / HZ);
	}
	td->evtdev = newdev;
	td->mode = TICKDEV_MODE_PERIODIC;
	tick_setup_periodic(newdev);
	if (newdev->features & CLOCK_EVT_FEAT_ONESHOT)
		tick_oneshot_notify();
}
