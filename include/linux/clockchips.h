/*
 * clockchips.h - clock event devices: hardware that interrupts when told.
 *
 * Where a clocksource is read, a clock event device is programmed: "give
 * me an interrupt every tick" (periodic mode) or "give me one interrupt
 * in this many nanoseconds" (one-shot mode). The 8254 PIT does both
 * (arch/x86/kernel/i8253.c). The tick layer (kernel/time/tick-common.c)
 * owns the device and sets its @event_handler: tick_handle_periodic()
 * for the periodic tick, hrtimer_interrupt() in high-resolution mode.
 * Nanoseconds become device clocks as  clocks = (ns * mult) >> shift.
 * See kernel/time/clockevents.c and docs/time.md.
 */
#ifndef _LINUX_CLOCKCHIPS_H
#define _LINUX_CLOCKCHIPS_H

#include <linux/ktime.h>
#include <linux/list.h>

struct clock_event_device;

/**
 * enum clock_event_mode - what a clock event device is doing
 * @CLOCK_EVT_MODE_UNUSED: not used by anyone
 * @CLOCK_EVT_MODE_SHUTDOWN: stopped
 * @CLOCK_EVT_MODE_PERIODIC: interrupting every tick by itself
 * @CLOCK_EVT_MODE_ONESHOT: interrupting once, when programmed
 * @CLOCK_EVT_MODE_RESUME: coming back from suspend
 */
enum clock_event_mode {
	CLOCK_EVT_MODE_UNUSED = 0,
	CLOCK_EVT_MODE_SHUTDOWN,
	CLOCK_EVT_MODE_PERIODIC,
	CLOCK_EVT_MODE_ONESHOT,
	CLOCK_EVT_MODE_RESUME,
};

#define CLOCK_EVT_FEAT_PERIODIC 0x000001
#define CLOCK_EVT_FEAT_ONESHOT 0x000002

/**
 * struct clock_event_device - a programmable source of timer interrupts
 * @name: its name
 * @features: CLOCK_EVT_FEAT_PERIODIC and/or CLOCK_EVT_FEAT_ONESHOT
 * @max_delta_ns: the longest one-shot delay it can be programmed for
 * @min_delta_ns: the shortest
 * @mult: ns to device clocks multiplier
 * @shift: ns to device clocks divisor, a power of two
 * @rating: how good it is; the best registered device gets the tick
 * @irq: its interrupt line
 * @set_next_event: program a one-shot interrupt @evt clocks from now
 * @set_mode: switch the hardware to a mode
 * @event_handler: called from its interrupt, set by the tick layer
 * @mode: the current mode
 * @next_event: the absolute (ktime_get()) time of the programmed event
 * @list: on the list of registered devices
 */
struct clock_event_device {
	const char *name;
	unsigned int features;
	unsigned long max_delta_ns;
	unsigned long min_delta_ns;
	u32 mult;
	int shift;
	int rating;
	int irq;
	int (*set_next_event)(unsigned long evt, struct clock_event_device *dev);
	void (*set_mode)(enum clock_event_mode mode, struct clock_event_device *dev);
	void (*event_handler)(struct clock_event_device *dev);
	enum clock_event_mode mode;
	ktime_t next_event;
	struct list_head list;
};

/**
 * div_sc - the mult for converting ns to clocks of a device
 * @ticks: the device's clocks in @nsec nanoseconds
 * @nsec: the nanoseconds (NSEC_PER_SEC with @ticks the rate in Hz)
 * @shift: the shift the mult is for
 *
 * Return: (@ticks << @shift) / @nsec.
 */
static inline unsigned long div_sc(unsigned long ticks, unsigned long nsec, int shift)
{
	return (unsigned long)(((u64)ticks << shift) / nsec);
}

unsigned long clockevent_delta2ns(unsigned long latch, struct clock_event_device *evt);
void clockevents_register_device(struct clock_event_device *dev);
void clockevents_set_mode(struct clock_event_device *dev, enum clock_event_mode mode);
int clockevents_program_event(struct clock_event_device *dev, ktime_t expires, ktime_t now);
void clockevents_handle_noop(struct clock_event_device *dev);

extern struct clock_event_device *global_clock_event;

#endif /* _LINUX_CLOCKCHIPS_H */
