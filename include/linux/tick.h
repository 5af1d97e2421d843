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
#include <linux/hrtimer.h>

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

/**
 * struct tick_sched - the tick once it is an hrtimer
 * @sched_timer: the hrtimer that emulates the periodic tick
 * @check_clocks: bit 0 set when a clocksource or clock event device
 *	changed: the next TIMER softirq checks whether one-shot mode is possible
 * @nohz_mode: always 0 (NOHZ_MODE_INACTIVE): Linnet never stops the tick
 * @idle_jiffies: not used without stopping the tick (kept for 2.6.32's timer_list)
 * @inidle: the idle loop runs (from tick_nohz_stop_sched_tick(1) to
 *	tick_nohz_restart_sched_tick())
 * @idle_active: the CPU idles now: no interrupt handler runs, since
 *	@idle_entrytime
 * @idle_entrytime: when the CPU last began to idle (monotonic clock)
 * @idle_lastupdate: when @idle_sleeptime last grew
 * @idle_sleeptime: the time the CPU idled, interrupts left out, to the ns
 */
struct tick_sched {
	struct hrtimer sched_timer;
	unsigned long check_clocks;
	int nohz_mode;
	unsigned long idle_jiffies;
	int inidle;
	int idle_active;
	ktime_t idle_entrytime;
	ktime_t idle_lastupdate;
	ktime_t idle_sleeptime;
};

extern struct tick_device tick_cpu_device;
extern ktime_t tick_period;
extern ktime_t tick_next_period;
extern int tick_do_timer_cpu;

void tick_handle_periodic(struct clock_event_device *dev);
void tick_check_new_device(struct clock_event_device *newdev);
int tick_program_event(ktime_t expires, int force);
int tick_switch_to_oneshot(void (*handler)(struct clock_event_device *));
int tick_is_oneshot_available(void);
int tick_init_highres(void);
void tick_setup_sched_timer(void);
void tick_clock_notify(void);
void tick_oneshot_notify(void);
int tick_check_oneshot_change(int allow_nohz);
struct tick_sched *tick_get_tick_sched(int cpu);
void tick_nohz_stop_sched_tick(int inidle);
void tick_nohz_restart_sched_tick(void);
void tick_check_idle(int cpu);

#endif /* _LINUX_TICK_H */
