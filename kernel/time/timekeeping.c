/*
 * timekeeping.c - the wall clock and the monotonic clock, read from a clocksource.
 *
 * Time is not counted in ticks: it is read from a clocksource, a counter
 * that runs whether or not interrupts come (the TSC, see
 * kernel/time/clocksource.c). The tick only folds the time that has
 * passed into xtime, a whole tick interval at a time:
 *
 *   clocksource  |....|....|....|....|..       (cycles)
 *                     ^cycle_last     ^now
 *   update_wall_time(): while (now - cycle_last >= cycle_interval)
 *                          cycle_last += cycle_interval, xtime += one tick
 *   getnstimeofday():   xtime + (now - cycle_last) * mult >> shift
 *
 * If ticks are lost (interrupts off for longer than a tick, or an
 * emulator running late), the next update_wall_time() finds several
 * intervals waiting and folds them all in: no time is lost, and nothing
 * has to count the missed interrupts. jiffies, which counts interrupts,
 * does fall behind; that is 2.6.32's behaviour in periodic mode too.
 *
 * xtime is the wall clock (seconds since 1970, set from the CMOS RTC at
 * boot); wall_to_monotonic is what to add to it to get the monotonic
 * clock, ktime_get(), which starts near 0 at boot and never jumps. Both
 * are written under the xtime_lock seqlock by the tick, so readers never
 * block it and simply retry if it ran meanwhile.
 *
 * Linux 2.6.32 also steers mult with NTP's frequency and phase
 * corrections (ntp.c, timekeeping_adjust()) and keeps a raw monotonic
 * clock; Linnet has no NTP, so mult is never adjusted, and timekeeper
 * keeps the sub-nanosecond remainder in xtime_nsec (shifted nanoseconds)
 * rather than NTP's error term. See docs/time.md.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/clocksource.h>
#include <linux/ktime.h>
#include <linux/seqlock.h>
#include <linux/tick.h>
#include <linux/time.h>
#include <linux/timex.h>

/**
 * struct timekeeper - what update_wall_time() needs about the clocksource
 * @clock: the clocksource in use
 * @shift: its shift
 * @cycle_interval: the cycles in one tick interval (NTP_INTERVAL_LENGTH)
 * @xtime_interval: those cycles as shifted nanoseconds
 * @xtime_nsec: xtime's nanoseconds, shifted left by @shift (with the
 *	fraction of a nanosecond that xtime.tv_nsec drops)
 * @next_clock: the clocksource to take over at the next tick, if any
 *	(timekeeping_notify())
 */
struct timekeeper {
	struct clocksource *clock;
	struct clocksource *next_clock;
	u32 shift;
	cycle_t cycle_interval;
	u64 xtime_interval;
	u64 xtime_nsec;
};

static struct timekeeper timekeeper;

/* xtime_lock - the seqlock that guards xtime, wall_to_monotonic and jiffies_64 */
DEFINE_SEQLOCK(xtime_lock);
/* xtime - the wall-clock time at the last update_wall_time() */
struct timespec xtime __aligned(16);
/* wall_to_monotonic - add to xtime for the monotonic clock */
struct timespec wall_to_monotonic __aligned(16);

/* Take over @clock: from now on an interval is a tick's worth of its cycles. */
static void timekeeper_setup_internals(struct clocksource *clock)
{
	u64 interval = ((u64)NTP_INTERVAL_LENGTH << clock->shift) + clock->mult / 2;

	clock->cycle_last = clock->read(clock);
	interval /= clock->mult;
	if (!interval)
		interval = 1;
	timekeeper.clock = clock;
	timekeeper.shift = clock->shift;
	timekeeper.cycle_interval = interval;
	timekeeper.xtime_interval = interval * clock->mult;
	timekeeper.xtime_nsec = (u64)xtime.tv_nsec << clock->shift;
}

/* Shifted nanoseconds since cycle_last; xtime_lock held for reading. */
static u64 timekeeping_get_shifted_ns(void)
{
	struct clocksource *clock = timekeeper.clock;
	cycle_t delta = (clock->read(clock) - clock->cycle_last) & clock->mask;

	return delta * clock->mult;
}

/* Nanoseconds past xtime (which may be more than a second) */
static s64 timekeeping_get_ns(void)
{
	u64 frac = timekeeper.xtime_nsec - ((u64)xtime.tv_nsec << timekeeper.shift);

	return (s64)((timekeeping_get_shifted_ns() + frac) >> timekeeper.shift);
}

/* Add @ns shifted nanoseconds to xtime. */
static void timekeeping_accumulate(u64 ns)
{
	u64 nsecps = (u64)NSEC_PER_SEC << timekeeper.shift;

	timekeeper.xtime_nsec += ns;
	while (timekeeper.xtime_nsec >= nsecps) {
		timekeeper.xtime_nsec -= nsecps;
		xtime.tv_sec++;
	}
	xtime.tv_nsec = (long)(timekeeper.xtime_nsec >> timekeeper.shift);
}

/* Fold the time read on the old clock into xtime and take over @clock. */
static void timekeeping_change_clocksource(struct clocksource *clock)
{
	if (timekeeper.clock) {
		timekeeping_accumulate(timekeeping_get_shifted_ns());
		timekeeper.clock->cycle_last = timekeeper.clock->read(timekeeper.clock);
	}
	timekeeper_setup_internals(clock);
	timekeeper.next_clock = NULL;
}

/**
 * update_wall_time - fold the time since the last tick into xtime
 *
 * Whole tick intervals of the clocksource are added; the remainder stays
 * for the next call (getnstimeofday() reads it live). After lost ticks
 * several intervals are folded in at once. A clocksource change that
 * waits for a tick (timekeeping_notify()) is made here.
 *
 * Context: the tick (do_timer()), xtime_lock held for writing.
 */
void update_wall_time(void)
{
	struct clocksource *clock = timekeeper.clock;
	cycle_t offset;

	if (!clock)
		return;
	offset = (clock->read(clock) - clock->cycle_last) & clock->mask;
	while (offset >= timekeeper.cycle_interval) {
		clock->cycle_last += timekeeper.cycle_interval;
		timekeeping_accumulate(timekeeper.xtime_interval);
		offset -= timekeeper.cycle_interval;
	}
	if (timekeeper.next_clock) {
		timekeeping_change_clocksource(timekeeper.next_clock);
		tick_clock_notify();
	}
}

/**
 * timekeeping_notify - switch timekeeping to another clocksource
 * @clock: the new clocksource
 *
 * The time read so far on the old clock is folded into xtime first, so
 * the switch does not step the time. A clock that only counts ticks
 * (jiffies: not CLOCK_SOURCE_IS_CONTINUOUS) knows nothing of the time
 * since its last tick, and switching between two ticks would drop that
 * part of a tick for good: the monotonic clock would then run behind the
 * ticks the tick charges to the CPU, and /proc/uptime's idle figure ahead
 * of its uptime. So from such a clock the switch waits for the next tick
 * (update_wall_time() makes it), where the old clock is exact. Linux
 * 2.6.32 switches at once (change_clocksource() under stop_machine());
 * 2.6.28 switched from the tick, as Linnet does here.
 *
 * Context: any; called by kernel/time/clocksource.c.
 */
void timekeeping_notify(struct clocksource *clock)
{
	unsigned long flags;
	bool now = true;

	write_seqlock_irqsave(&xtime_lock, flags);
	if (timekeeper.clock == clock) {
		timekeeper.next_clock = NULL;
	} else if (timekeeper.clock && !(timekeeper.clock->flags & CLOCK_SOURCE_IS_CONTINUOUS)) {
		timekeeper.next_clock = clock;
		now = false;
	} else {
		timekeeping_change_clocksource(clock);
	}
	write_sequnlock_irqrestore(&xtime_lock, flags);
	if (now)
		tick_clock_notify();
}

/**
 * timekeeping_valid_for_hres - can hrtimers run in high-resolution mode?
 *
 * Context: any.
 * Return: nonzero if the clocksource reads time between ticks
 * (CLOCK_SOURCE_IS_CONTINUOUS); jiffies and the PIT do not.
 */
int timekeeping_valid_for_hres(void)
{
	unsigned long seq;
	int ret;

	do {
		seq = read_seqbegin(&xtime_lock);
		ret = timekeeper.clock && (timekeeper.clock->flags & CLOCK_SOURCE_IS_CONTINUOUS);
	} while (read_seqretry(&xtime_lock, seq));
	return ret;
}

/**
 * timekeeping_clocksource_name - the name of the clocksource in use
 *
 * Linnet-only: the kernel shell's timer_list view prints it.
 *
 * Context: any.
 * Return: the name.
 */
const char *timekeeping_clocksource_name(void)
{
	return timekeeper.clock ? timekeeper.clock->name : "none";
}

/**
 * timekeeping_init - set the clocks from the RTC and start on jiffies
 *
 * Context: boot, interrupts off.
 */
void timekeeping_init(void)
{
	struct timespec now;
	unsigned long flags;

	read_persistent_clock(&now);
	write_seqlock_irqsave(&xtime_lock, flags);
	xtime = now;
	timekeeper_setup_internals(clocksource_default_clock());
	set_normalized_timespec(&wall_to_monotonic, -xtime.tv_sec, -xtime.tv_nsec);
	write_sequnlock_irqrestore(&xtime_lock, flags);
}

/**
 * getnstimeofday - the wall-clock time, to the nanosecond
 * @ts: the result: seconds and nanoseconds since 1970-01-01 UTC
 *
 * Context: any but the tick's own write of xtime_lock.
 */
void getnstimeofday(struct timespec *ts)
{
	unsigned long seq;
	s64 nsecs;

	do {
		seq = read_seqbegin(&xtime_lock);
		*ts = xtime;
		nsecs = timekeeping_get_ns();
	} while (read_seqretry(&xtime_lock, seq));
	set_normalized_timespec(ts, ts->tv_sec, ts->tv_nsec + nsecs);
}
EXPORT_SYMBOL_GPL(getnstimeofday);

/**
 * do_settimeofday - set the wall clock
 * @tv: the new time (valid: checked by the caller)
 *
 * xtime moves to @tv, keeping the clocksource's progress since the last
 * tick and the sub-nanosecond remainder; wall_to_monotonic moves the
 * other way, so the monotonic clock does not jump; the hrtimers on
 * CLOCK_REALTIME are told (clock_was_set()), as in 2.6.32.
 *
 * Context: process context.
 * Return: 0.
 */
int do_settimeofday(struct timespec *tv)
{
	struct timespec now, delta;
	unsigned long flags;
	u64 frac;
	s64 ns;

	write_seqlock_irqsave(&xtime_lock, flags);
	ns = timekeeping_get_ns();
	frac = timekeeper.xtime_nsec - ((u64)xtime.tv_nsec << timekeeper.shift);
	set_normalized_timespec(&now, xtime.tv_sec, xtime.tv_nsec + ns);
	delta = timespec_sub(*tv, now);
	set_normalized_timespec(&wall_to_monotonic, wall_to_monotonic.tv_sec - delta.tv_sec,
				wall_to_monotonic.tv_nsec - delta.tv_nsec);
	set_normalized_timespec(&xtime, xtime.tv_sec + delta.tv_sec, xtime.tv_nsec + delta.tv_nsec);
	timekeeper.xtime_nsec = ((u64)xtime.tv_nsec << timekeeper.shift) + frac;
	write_sequnlock_irqrestore(&xtime_lock, flags);
	clock_was_set();
	return 0;
}

/**
 * ktime_get - the monotonic clock
 *
 * Nanoseconds since about boot, from the clocksource; never goes back and
 * never jumps when the wall clock is set. hrtimers' CLOCK_MONOTONIC.
 *
 * Context: any but the tick's own write of xtime_lock.
 * Return: the time.
 */
ktime_t ktime_get(void)
{
	unsigned long seq;
	s64 secs, nsecs;

	do {
		seq = read_seqbegin(&xtime_lock);
		secs = xtime.tv_sec + wall_to_monotonic.tv_sec;
		nsecs = xtime.tv_nsec + wall_to_monotonic.tv_nsec;
		nsecs += timekeeping_get_ns();
	} while (read_seqretry(&xtime_lock, seq));
	return ns_to_ktime(secs * NSEC_PER_SEC + nsecs);
}
EXPORT_SYMBOL_GPL(ktime_get);

/**
 * ktime_get_ts - the monotonic clock as a timespec
 * @ts: the result
 *
 * Context: as ktime_get().
 */
void ktime_get_ts(struct timespec *ts)
{
	*ts = ktime_to_timespec(ktime_get());
}
EXPORT_SYMBOL_GPL(ktime_get_ts);

/**
 * ktime_get_real - the wall clock as a ktime_t
 *
 * Context: as getnstimeofday().
 * Return: nanoseconds since 1970-01-01 UTC. hrtimers' CLOCK_REALTIME.
 */
ktime_t ktime_get_real(void)
{
	struct timespec now;

	getnstimeofday(&now);
	return timespec_to_ktime(now);
}
EXPORT_SYMBOL_GPL(ktime_get_real);

/**
 * do_gettimeofday - the wall-clock time, to the microsecond
 * @tv: the result: seconds and microseconds since 1970-01-01 UTC
 *
 * Context: as getnstimeofday().
 */
void do_gettimeofday(struct timeval *tv)
{
	struct timespec now;

	getnstimeofday(&now);
	tv->tv_sec = now.tv_sec;
	tv->tv_usec = now.tv_nsec / NSEC_PER_USEC;
}
EXPORT_SYMBOL(do_gettimeofday);

/**
 * current_kernel_time - the wall-clock time at the last tick
 *
 * Cheaper than getnstimeofday() (no clocksource read) and a tick coarse.
 *
 * Context: as getnstimeofday().
 * Return: xtime.
 */
struct timespec current_kernel_time(void)
{
	struct timespec now;
	unsigned long seq;

	do {
		seq = read_seqbegin(&xtime_lock);
		now = xtime;
	} while (read_seqretry(&xtime_lock, seq));
	return now;
}
EXPORT_SYMBOL(current_kernel_time);

/**
 * get_seconds - the wall-clock seconds at the last tick
 *
 * Context: any.
 * Return: seconds since 1970-01-01 UTC.
 */
unsigned long get_seconds(void)
{
	return xtime.tv_sec;
}
EXPORT_SYMBOL(get_seconds);
