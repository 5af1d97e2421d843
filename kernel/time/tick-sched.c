/*
 * tick-sched.c - the periodic tick emulated by an hrtimer.
 *
 * Once the tick device is one-shot (high-resolution mode) no interrupt
 * comes every 1/HZ by itself, so the tick becomes an hrtimer,
 * tick_sched_timer, that re-arms itself tick_period later each time. Its
 * callback does what tick_handle_periodic() did: jiffies and the wall
 * clock (tick_do_update_jiffies64() -> do_timer()), then
 * update_process_times(). jiffies is now computed from the time since
 * the last update, so after a late interrupt it catches up by every whole
 * tick that passed.
 *
 *   hrtimer_interrupt ─> tick_sched_timer ─> tick_do_update_jiffies64 ─> do_timer(n)
 *                                         ─> update_process_times
 *                                         ─> hrtimer_forward(timer, now, tick_period)
 *
 * Linux 2.6.32's file also stops this tick when the CPU goes idle
 * (NO_HZ, tick_nohz_stop_sched_tick()); Linnet keeps ticking in idle.
 * It keeps NO_HZ's idle accounting, as 2.6.32 built with NO_HZ keeps it
 * when the tick is not stopped (nohz=off): the idle loop starts the
 * idle clock (tick_nohz_stop_sched_tick(1)), an interrupt stops it
 * (irq_enter -> tick_check_idle), irq_exit starts it again after the
 * softirqs if the CPU goes back to idling, and the idle loop stops it
 * before schedule() (tick_nohz_restart_sched_tick). idle_sleeptime, in
 * /proc/timer_list, is then the time the CPU idled to the ns, interrupts
 * left out; under QEMU's -icount, the monotonic clock less it is the
 * instructions the CPU executed (tests/harness/bench.py:boot_to_prompt).
 * See docs/time.md.
 */
#include <asm/irq_regs.h>
#include <asm/ptrace.h>
#include <linux/kernel.h>
#include <linux/hrtimer.h>
#include <linux/jiffies.h>
#include <linux/seqlock.h>
#include <linux/sched.h>
#include <linux/tick.h>
#include <linux/timer.h>
#include <asm/irq_regs.h>
#include <asm/ptrace.h>
#include <asm/bitops.h>

static struct tick_sched tick_cpu_sched;
/* the time jiffies was last advanced; guarded by xtime_lock */
static ktime_t last_jiffies_update;

/**
 * tick_get_tick_sched - a CPU's tick_sched
 * @cpu: the CPU (0)
 *
 * Context: any.
 * Return: its tick_sched.
 */
struct tick_sched *tick_get_tick_sched(int cpu)
{
	return &tick_cpu_sched;
}

/* The idle period that began at idle_entrytime ends at @now. */
static void tick_nohz_stop_idle(struct tick_sched *ts, ktime_t now)
{
	ktime_t delta = ktime_sub(now, ts->idle_entrytime);

	ts->idle_lastupdate = now;
	ts->idle_sleeptime = ktime_add(ts->idle_sleeptime, delta);
	ts->idle_active = 0;
}

/**
 * tick_nohz_stop_sched_tick - the CPU begins (or goes back) to idle
 * @inidle: 1 from the idle loop; 0 from irq_exit(), which starts the idle
 *	clock again only if the idle loop had started it
 *
 * 2.6.32's function also stops the tick here when no timer is due for a
 * while; Linnet never stops it (nohz_mode stays NOHZ_MODE_INACTIVE), so
 * only the idle accounting is done, as in 2.6.32 with nohz=off.
 *
 * Context: the idle task, or irq_exit() interrupting it.
 */
void tick_nohz_stop_sched_tick(int inidle)
{
	struct tick_sched *ts = &tick_cpu_sched;
	unsigned long flags;
	ktime_t now;

	local_irq_save(flags);
	/*
	 * The idle loop's call when irq_exit() already started the clock
	 * again: the period goes on (2.6.32 calls this once per idle loop)
	 */
	if (inidle && ts->inidle && ts->idle_active) {
		local_irq_restore(flags);
		return;
	}
	if (inidle || ts->inidle) {
		ts->inidle = 1;
		now = ktime_get();
		if (ts->idle_active)
			tick_nohz_stop_idle(ts, now);
		ts->idle_entrytime = now;
		ts->idle_active = 1;
	}
	local_irq_restore(flags);
}

/**
 * tick_nohz_restart_sched_tick - the idle loop ends: a task is to run
 *
 * Context: the idle task, interrupts on, before schedule().
 */
void tick_nohz_restart_sched_tick(void)
{
	struct tick_sched *ts = &tick_cpu_sched;

	local_irq_disable();
	if (ts->idle_active)
		tick_nohz_stop_idle(ts, ktime_get());
	ts->inidle = 0;
	local_irq_enable();
}

/**
 * tick_check_idle - an interrupt arrived while the CPU idled
 * @cpu: the CPU (0)
 *
 * Its handler's time is not idle time: the idle clock stops until
 * irq_exit() starts it again.
 *
 * Context: hard interrupt (irq_enter()), interrupts off.
 */
void tick_check_idle(int cpu)
{
	struct tick_sched *ts = &tick_cpu_sched;

	if (ts->idle_active)
		tick_nohz_stop_idle(ts, ktime_get());
}

/* Advance jiffies by every whole tick_period since the last update. */
static void tick_do_update_jiffies64(ktime_t now)
{
	unsigned long ticks = 0;
	ktime_t delta;

	write_seqlock(&xtime_lock);
	delta = ktime_sub(now, last_jiffies_update);
	if (delta.tv64 >= tick_period.tv64) {
		delta = ktime_sub(delta, tick_period);
		last_jiffies_update = ktime_add(last_jiffies_update, tick_period);
		if (unlikely(delta.tv64 >= tick_period.tv64)) {
			s64 incr = ktime_to_ns(tick_period);

			ticks = (u64)delta.tv64 / (u64)incr;
			last_jiffies_update = ktime_add_ns(last_jiffies_update, incr * ticks);
		}
		do_timer(++ticks);
		tick_next_period = ktime_add(last_jiffies_update, tick_period);
	}
	write_sequnlock(&xtime_lock);
}

static ktime_t tick_init_jiffy_update(void)
{
	ktime_t period;

	write_seqlock(&xtime_lock);
	if (last_jiffies_update.tv64 == 0)
		last_jiffies_update = tick_next_period;
	period = last_jiffies_update;
	write_sequnlock(&xtime_lock);
	return period;
}

static enum hrtimer_restart tick_sched_timer(struct hrtimer *timer)
{
	ktime_t now = ktime_get();

	if (tick_do_timer_cpu == 0)
		tick_do_update_jiffies64(now);
	update_process_times(get_irq_regs() && user_mode(get_irq_regs()));
	hrtimer_forward(timer, now, tick_period);
	return HRTIMER_RESTART;
}

/**
 * tick_setup_sched_timer - start the hrtimer that makes the tick
 *
 * It starts on the jiffy boundary the periodic tick was keeping, so the
 * tick does not jump at the switch.
 *
 * Context: interrupts off (hrtimer_switch_to_hres()).
 */
void tick_setup_sched_timer(void)
{
	struct tick_sched *ts = &tick_cpu_sched;
	ktime_t now = ktime_get();

	hrtimer_init(&ts->sched_timer, CLOCK_MONOTONIC, HRTIMER_MODE_ABS);
	ts->sched_timer.function = tick_sched_timer;
	hrtimer_set_expires(&ts->sched_timer, tick_init_jiffy_update());
	for (;;) {
		hrtimer_forward(&ts->sched_timer, now, tick_period);
		hrtimer_start_expires(&ts->sched_timer, HRTIMER_MODE_ABS);
		if (hrtimer_active(&ts->sched_timer))
			break;
		now = ktime_get();
	}
}

/**
 * tick_clock_notify - the clocksource changed: recheck for one-shot mode
 *
 * Context: any.
 */
void tick_clock_notify(void)
{
	set_bit(0, &tick_cpu_sched.check_clocks);
}

/**
 * tick_oneshot_notify - a clock event device arrived: recheck
 *
 * Context: any.
 */
void tick_oneshot_notify(void)
{
	set_bit(0, &tick_cpu_sched.check_clocks);
}

/**
 * tick_check_oneshot_change - may the tick device go one-shot now?
 * @allow_nohz: high resolution is off, NO_HZ alone may switch
 *
 * Context: the TIMER softirq (hrtimer_run_pending()).
 * Return: 1 if the clocks changed and now allow high resolution (a
 * continuous clocksource and a one-shot device) and it is wanted; else 0.
 * Without NO_HZ, @allow_nohz (highres=off) means: stay periodic.
 */
int tick_check_oneshot_change(int allow_nohz)
{
	if (!test_and_clear_bit(0, &tick_cpu_sched.check_clocks))
		return 0;
	if (!timekeeping_valid_for_hres() || !tick_is_oneshot_available())
		return 0;
	return !allow_nohz;
}
