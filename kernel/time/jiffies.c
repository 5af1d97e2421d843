/*
 * jiffies.c - jiffies as a clocksource: the clock of last resort.
 *
 * Every kernel has jiffies, so timekeeping can start on it before any
 * hardware clock is calibrated (kernel/time/timekeeping.c:timekeeping_init).
 * A "cycle" of this clock is a whole tick: its resolution is 1/HZ and a
 * lost tick is lost time, which is why its rating is 1, the lowest valid
 * one, and the TSC or PIT replaces it as soon as they register.
 *
 * mult/shift: a jiffy is TICK_NSEC ns, so mult = TICK_NSEC << 8 with
 * shift 8 (2.6.32 uses the same JIFFIES_SHIFT, to leave room for NTP's
 * fine adjustments of mult). See kernel/time/clocksource.c, docs/time.md.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/clocksource.h>
#include <linux/jiffies.h>

#define JIFFIES_SHIFT 8

static cycle_t jiffies_read(struct clocksource *cs)
{
	return (cycle_t)jiffies;
}

/* clocksource_jiffies - the tick count as a (poor) clocksource */
struct clocksource clocksource_jiffies = {
	.name = "jiffies",
	.rating = 1, /* the lowest valid rating */
	.read = jiffies_read,
	.mask = CLOCKSOURCE_MASK(32),
	.mult = TICK_NSEC << JIFFIES_SHIFT,
	.shift = JIFFIES_SHIFT,
};

/**
 * clocksource_default_clock - the clocksource timekeeping starts on
 *
 * Context: boot.
 * Return: &clocksource_jiffies.
 */
struct clocksource *clocksource_default_clock(void)
{
	return &clocksource_jiffies;
}

static int init_jiffies_clocksource(void)
{
	return clocksource_register(&clocksource_jiffies);
}
core_initcall(init_jiffies_clocksource);
