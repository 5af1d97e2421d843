/*
 * clockevents.c - the layer between timer hardware and the tick.
 *
 * A clock event device (include/linux/clockchips.h) is hardware that can
 * be told to interrupt: periodically, or once after a delay. Drivers
 * register theirs here; the tick layer (kernel/time/tick-common.c) takes
 * the best and sets its event_handler. Everyone else programs events in
 * absolute monotonic time and lets this file turn the delay into device
 * clocks, clamped to what the hardware can count:
 *
 *   clockevents_program_event(dev, expires, now)
 *       delta = expires - now              (ns; <= 0: -ETIME, too late)
 *       clamp to [min_delta_ns, max_delta_ns]
 *       dev->set_next_event((delta * mult) >> shift, dev)
 *
 * Linux 2.6.32 also has a notifier chain for CPU hotplug, broadcast and
 * suspend; Linnet has one CPU and calls the tick layer directly.
 * See docs/time.md.
 */
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/clockchips.h>
#include <linux/errno.h>
#include <linux/list.h>
#include <linux/tick.h>

static LIST_HEAD(clockevent_devices);

/**
 * clockevent_delta2ns - a number of device clocks as nanoseconds
 * @latch: the clocks
 * @evt: the device, with mult and shift set
 *
 * Drivers use it to fill in min_delta_ns and max_delta_ns.
 *
 * Context: any.
 * Return: the nanoseconds, at least 1000 (1 us) and at most LONG_MAX.
 */
unsigned long clockevent_delta2ns(unsigned long latch, struct clock_event_device *evt)
{
	u64 clc = ((u64)latch << evt->shift) / evt->mult;

	if (clc < 1000)
		clc = 1000;
	if (clc > LONG_MAX)
		clc = LONG_MAX;
	return (unsigned long)clc;
}
EXPORT_SYMBOL_GPL(clockevent_delta2ns);

/**
 * clockevents_set_mode - switch a device to periodic, one-shot or off
 * @dev: the device
 * @mode: the mode
 *
 * Context: interrupts off.
 */
void clockevents_set_mode(struct clock_event_device *dev, enum clock_event_mode mode)
{
	if (dev->mode == mode)
		return;
	dev->set_mode(mode, dev);
	dev->mode = mode;
}

/**
 * clockevents_program_event - ask for an interrupt at a time
 * @dev: the device, in one-shot mode
 * @expires: when, in ktime_get() time
 * @now: the current ktime_get()
 *
 * Context: interrupts off.
 * Return: 0, or -ETIME if @expires has already passed (nothing programmed;
 * the caller runs the event itself), or the driver's error.
 */
int clockevents_program_event(struct clock_event_device *dev, ktime_t expires, ktime_t now)
{
	s64 delta;
	u64 clc;

	if (unlikely(expires.tv64 < 0)) {
		WARN_ON_ONCE(1);
		return -ETIME;
	}
	delta = ktime_to_ns(ktime_sub(expires, now));
	if (delta <= 0)
		return -ETIME;
	dev->next_event = expires;
	if (dev->mode == CLOCK_EVT_MODE_SHUTDOWN)
		return 0;
	if (delta > (s64)dev->max_delta_ns)
		delta = dev->max_delta_ns;
	if (delta < (s64)dev->min_delta_ns)
		delta = dev->min_delta_ns;
	clc = ((u64)delta * dev->mult) >> dev->shift;
	return dev->set_next_event((unsigned long)clc, dev);
}

/**
 * clockevents_register_device - offer a clock event device to the tick
 * @dev: the device, mode CLOCK_EVT_MODE_UNUSED
 *
 * Context: boot, interrupts off.
 */
void clockevents_register_device(struct clock_event_device *dev)
{
	BUG_ON(dev->mode != CLOCK_EVT_MODE_UNUSED);
	list_add(&dev->list, &clockevent_devices);
	tick_check_new_device(dev);
}
EXPORT_SYMBOL_GPL(clockevents_register_device);

/**
 * clockevents_handle_noop - the event handler of a device nobody uses
 * @dev: the device
 *
 * Context: its interrupt.
 */
void clockevents_handle_noop(struct clock_event_device *dev)
{
}
