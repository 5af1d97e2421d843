/*
 * jiffies.c - jiffies as a clocksource: the clock of last resort.
 *
 * Every kernel has jiffies, so timekeeping can start on it before any
 * hardware clock is calibrated (kernel/time/timekeeping.c:timekeeping_init).
 * A "cycle" of this clock is a whole tick: its resolution is 1/HZ and a
 * lost tick is lost time, which is why its rating is 1, the lowest valid
 * one, and the TSC or PIT replaces it as soon as they register.
 *
 * mult/shift: a jiffy is NSEC_PER_JIFFY ns, 10^9 / ACTHZ truncated (HZ=100:
 * 10000000; HZ=1000: 999847, one less than TICK_NSEC, which rounds), so
 * mult = NSEC_PER_JIFFY << 8 with shift 8, as 2.6.32: the shift leaves
 * room for NTP's fine adjustments of mult, and more than 8 bits would
 * overflow 32 at HZ=100. See kernel/time/clocksource.c, docs/time.md.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/clocksource.h>
#include <linux/jiffies.h>

/* NSEC_PER_JIFFY - a tick in ns at the PIT's real rate ACTHZ (1/256 Hz units) */
#define NSEC_PER_JIFFY ((u32)((((u64)NSEC_PER_SEC) << 8) / ACTHZ))
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
	.mult = NSEC_PER_JIFFY << JIFFIES_SHIFT,
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
