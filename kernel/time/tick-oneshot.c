/*
 * tick-oneshot.c - driving the tick device in one-shot mode.
 *
 * In high-resolution mode nothing interrupts by itself: every interrupt is
 * asked for, at the time of the earliest hrtimer. tick_program_event()
 * does the asking; with @force it keeps trying (each time a little
 * further ahead, and raising the device's min_delta_ns if it must) until
 * the device accepts a time in the future, so an event is never lost.
 * tick_switch_to_oneshot() hands the device to a new handler,
 * hrtimer_interrupt(). See kernel/hrtimer.c and docs/time.md.
 */
#include <linux/kernel.h>
#include <linux/clockchips.h>
#include <linux/errno.h>
#include <linux/hrtimer.h>
#include <linux/tick.h>

static int tick_dev_program_event(struct clock_event_device *dev, ktime_t expires, int force)
{
	ktime_t now = ktime_get();
	int i;

	for (i = 0;;) {
		int ret = clockevents_program_event(dev, expires, now);

		if (!ret || !force)
			return ret;
		/* three tries at min_delta_ns failed: the device needs longer */
		if (++i > 2) {
			dev->min_delta_ns += dev->min_delta_ns >> 1;
			printk(KERN_WARNING "CE: %s increasing min_delta_ns to %lu nsec\n",
			       dev->name, dev->min_delta_ns);
			i = 0;
		}
		now = ktime_get();
		expires = ktime_add_ns(now, dev->min_delta_ns);
	}
}

/**
 * tick_program_event - ask the tick device for an interrupt at a time
 * @expires: the time, on ktime_get()'s clock
 * @force: if it has passed, program the soonest possible time instead
 *
 * Context: interrupts off.
 * Return: 0, or -ETIME if @expires has passed and !@force.
 */
int tick_program_event(ktime_t expires, int force)
{
	return tick_dev_program_event(tick_cpu_device.evtdev, expires, force);
}

/**
 * tick_switch_to_oneshot - put the tick device in one-shot mode
 * @handler: its new event handler
 *
 * Context: interrupts off.
 * Return: 0, or -EINVAL if the device cannot do one-shot events.
 */
int tick_switch_to_oneshot(void (*handler)(struct clock_event_device *))
{
	struct tick_device *td = &tick_cpu_device;
	struct clock_event_device *dev = td->evtdev;

	if (!dev || !(dev->features & CLOCK_EVT_FEAT_ONESHOT)) {
		printk(KERN_INFO "Clockevents: could not switch to one-shot mode:");
		printk(KERN_CONT " %s\n", dev ? "lacks one-shot mode" : "no tick device");
		return -EINVAL;
	}
	td->mode = TICKDEV_MODE_ONESHOT;
	dev->event_handler = handler;
	clockevents_set_mode(dev, CLOCK_EVT_MODE_ONESHOT);
	return 0;
}

/**
 * tick_is_oneshot_available - can the tick device do one-shot events?
 *
 * Context: any.
 * Return: nonzero if so.
 */
int tick_is_oneshot_available(void)
{
	struct clock_event_device *dev = tick_cpu_device.evtdev;

	return dev && (dev->features & CLOCK_EVT_FEAT_ONESHOT);
}

/**
 * tick_init_highres - give the tick device to hrtimer_interrupt()
 *
 * Context: interrupts off.
 * Return: 0, or -EINVAL (see tick_switch_to_oneshot()).
 */
int tick_init_highres(void)
{
	return tick_switch_to_oneshot(hrtimer_interrupt);
}
