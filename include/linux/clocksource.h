/*
 * clocksource.h - free-running counters that timekeeping reads.
 *
 * A clocksource is any counter that runs at a known, steady rate: the
 * TSC, the PIT's channel 0 (with jiffies for the high bits), or jiffies
 * itself. It says how to read it (@read), how many bits it has (@mask),
 * and how to turn a difference of readings into nanoseconds without a
 * division:
 *
 *   ns = (cycles * mult) >> shift       mult / 2^shift = ns per cycle
 *
 * Each one also has a @rating (1: jiffies, 110: PIT, 300: TSC) and the
 * highest-rated registered one drives timekeeping. See
 * kernel/time/clocksource.c and docs/time.md.
 */
#ifndef _LINUX_CLOCKSOURCE_H
#define _LINUX_CLOCKSOURCE_H

#include <linux/types.h>
#include <linux/list.h>

typedef u64 cycle_t;

/**
 * struct clocksource - a counter timekeeping can read
 * @name: shown by the kernel shell's timer_list and at boot
 * @list: on the list of registered clocksources
 * @rating: how good it is: 1-99 unfit, 100-199 basic, 200-299 good,
 *	300-399 desired, 400-499 perfect; the highest is used
 * @read: returns the current count
 * @mask: the count's width: CLOCKSOURCE_MASK(bits)
 * @mult: cycle to ns multiplier (see clocksource_cyc2ns())
 * @shift: cycle to ns divisor, a power of two
 * @flags: CLOCK_SOURCE_IS_CONTINUOUS if fit for high-resolution timers
 * @cycle_last: the count at the last update_wall_time()
 */
struct clocksource {
	char *name;
	struct list_head list;
	int rating;
	cycle_t (*read)(struct clocksource *cs);
	cycle_t mask;
	u32 mult;
	u32 shift;
	unsigned long flags;
	cycle_t cycle_last;
};

#define CLOCK_SOURCE_IS_CONTINUOUS 0x01
#define CLOCK_SOURCE_MUST_VERIFY 0x02
#define CLOCKSOURCE_MASK(bits) (cycle_t)((bits) < 64 ? ((1ULL << (bits)) - 1) : -1)

/**
 * clocksource_cyc2ns - turn a count of cycles into nanoseconds
 * @cycles: the cycles
 * @mult: the clocksource's multiplier
 * @shift: the clocksource's shift
 *
 * Return: (@cycles * @mult) >> @shift. The product must fit in 64 bits:
 * callers convert at most a few ticks' worth at a time.
 */
static inline s64 clocksource_cyc2ns(cycle_t cycles, u32 mult, u32 shift)
{
	return ((u64)cycles * mult) >> shift;
}

u32 clocksource_khz2mult(u32 khz, u32 shift_constant);
u32 clocksource_hz2mult(u32 hz, u32 shift_constant);
int clocksource_register(struct clocksource *cs);
void clocksource_unregister(struct clocksource *cs);
struct clocksource *clocksource_default_clock(void);

extern struct clocksource clocksource_jiffies;

#endif /* _LINUX_CLOCKSOURCE_H */
