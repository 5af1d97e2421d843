/*
 * jiffies.h - the tick counter and the arithmetic that survives its wrap.
 *
 * jiffies_64 counts timer interrupts since boot, HZ a second
 * (kernel/timer.c:do_timer). jiffies is its low 32 bits: linker.ld
 * places the symbol `jiffies` at the address of jiffies_64, which on a
 * little-endian CPU is where the low word lives, so reading jiffies is one
 * load and needs no lock. It starts at INITIAL_JIFFIES, five minutes
 * before the 32-bit wrap, so code that compares jiffies with < instead of
 * time_after() breaks in every boot, not after 497 days (at HZ=100).
 *
 *   jiffies_64:  | high word | low word |
 *                             ^ jiffies (same address)
 *
 * time_after(a, b) subtracts and looks at the sign: correct as long as a
 * and b are less than 2^31 ticks apart, wrap or no wrap. See docs/time.md.
 */
#ifndef _LINUX_JIFFIES_H
#define _LINUX_JIFFIES_H

#include <linux/types.h>
#include <linux/kernel.h>
#include <linux/time.h>
#include <linux/typecheck.h>
#include <asm/timex.h>

#ifndef HZ
#error "HZ must be set by the build (make HZ=100|250|300|1000)"
#endif

/* LATCH - the PIT channel 0 count for one tick, rounded to nearest */
#define LATCH ((CLOCK_TICK_RATE + HZ / 2) / HZ)

/* TICK_NSEC - the length of a tick in ns, as the PIT really makes it */
#define TICK_NSEC ((u32)(((u64)LATCH * NSEC_PER_SEC + CLOCK_TICK_RATE / 2) / CLOCK_TICK_RATE))

/* INITIAL_JIFFIES - jiffies at boot: 300 s before the 32-bit wrap */
#define INITIAL_JIFFIES ((unsigned long)(unsigned int)(-300 * HZ))

extern u64 jiffies_64;
extern volatile unsigned long jiffies;

u64 get_jiffies_64(void);

#define time_after(a, b)                                      \
	(typecheck(unsigned long, a) && typecheck(unsigned long, b) && \
	 ((long)((b) - (a)) < 0))
#define time_before(a, b) time_after(b, a)
#define time_after_eq(a, b)                                   \
	(typecheck(unsigned long, a) && typecheck(unsigned long, b) && \
	 ((long)((a) - (b)) >= 0))
#define time_before_eq(a, b) time_after_eq(b, a)

/* time_in_range - is a in [b, c]? */
#define time_in_range(a, b, c) (time_after_eq(a, b) && time_before_eq(a, c))
/* time_in_range_open - is a in [b, c)? */
#define time_in_range_open(a, b, c) (time_after_eq(a, b) && time_before(a, c))

#define time_after64(a, b)                                \
	(typecheck(u64, a) && typecheck(u64, b) && ((s64)((b) - (a)) < 0))
#define time_before64(a, b) time_after64(b, a)
#define time_after_eq64(a, b)                             \
	(typecheck(u64, a) && typecheck(u64, b) && ((s64)((a) - (b)) >= 0))
#define time_before_eq64(a, b) time_after_eq64(b, a)

#define time_is_before_jiffies(a) time_after(jiffies, a)
#define time_is_after_jiffies(a) time_before(jiffies, a)
#define time_is_before_eq_jiffies(a) time_after_eq(jiffies, a)
#define time_is_after_eq_jiffies(a) time_before_eq(jiffies, a)

/* The longest timeout a timer or a sleep can take: half the jiffies space. */
#define MAX_JIFFY_OFFSET ((LONG_MAX >> 1) - 1)

unsigned int jiffies_to_msecs(const unsigned long j);
unsigned int jiffies_to_usecs(const unsigned long j);
u64 jiffies_to_nsecs(const unsigned long j);
unsigned long msecs_to_jiffies(const unsigned int m);
unsigned long usecs_to_jiffies(const unsigned int u);
unsigned long timespec_to_jiffies(const struct timespec *value);
void jiffies_to_timespec(const unsigned long jiffies, struct timespec *value);
unsigned long timeval_to_jiffies(const struct timeval *value);
void jiffies_to_timeval(const unsigned long jiffies, struct timeval *value);

#endif /* _LINUX_JIFFIES_H */
