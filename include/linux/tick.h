/*
 * tick.h - the tick device: which clock event device gives this CPU its tick.
 *
 * kernel/time/tick-common.c picks the best clock event device and makes
 * it tick: in periodic mode (the PIT reloading itself every 1/HZ s, each
 * interrupt running tick_handle_periodic()), or, once hrtimers switch to
 * high resolution, in one-shot mode with the tick emulated by an hrtimer
 * (kernel/time/tick-sched.c:tick_sched_timer). See docs/time.md.
 */
#ifndef _LINUX_TICK_H
#define _LINUX_TICK_H

#include <linux/clockchips.h>

/**
 * enum tick_device_mode - how the tick device is driven
 * @TICKDEV_MODE_PERIODIC: the periodic tick
 * @TICKDEV_MODE_ONESHOT: one-shot, each event programmed by software
 */
enum tick_device_mode {
	TICKDEV_MODE_PERIODIC,
	TICKDEV_MODE_ONESHOT,
};

/**
 * struct tick_device - a CPU's tick
 * @evtdev: the clock event device that interrupts it
 * @mode: how it is driven
 */
struct tick_device {
	struct clock_event_device *evtdev;
	enum tick_device_mode mode;
};

extern struct tick_device tick_cpu_device;
extern ktime_t tick_period;
extern ktime_t tick_next_period;
extern int tick_do_timer_cpu;

void tick_handle_periodic(struct clock_event_device *dev);
void tick_check_new_device(struct clock_event_device *newdev);

#endif /* _LINUX_TICK_H */
