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
#include <asm/param.h>

#ifndef HZ
#error "HZ must be set by the build (make HZ=100|250|300|1000)"
#endif

/*
 * SHIFT_HZ - log2(HZ) rounded to the nearest power of two, as 2.6.32's
 * jiffies.h gives it (NTP's loop used it; mm/oom_kill.c:badness still does).
 */
#if HZ >= 12 && HZ < 24
#define SHIFT_HZ 4
#elif HZ >= 24 && HZ < 48
#define SHIFT_HZ 5
#elif HZ >= 48 && HZ < 96
#define SHIFT_HZ 6
#elif HZ >= 96 && HZ < 192
#define SHIFT_HZ 7
#elif HZ >= 192 && HZ < 384
#define SHIFT_HZ 8
#elif HZ >= 384 && HZ < 768
#define SHIFT_HZ 9
#elif HZ >= 768 && HZ < 1536
#define SHIFT_HZ 10
#elif HZ >= 1536 && HZ < 3072
#define SHIFT_HZ 11
#elif HZ >= 3072 && HZ < 6144
#define SHIFT_HZ 12
#elif HZ >= 6144 && HZ < 12288
#define SHIFT_HZ 13
#else
#error "HZ out of range"
#endif

/* LATCH - the PIT channel 0 count for one tick, rounded to nearest */
#define LATCH ((CLOCK_TICK_RATE + HZ / 2) / HZ)

/*
 * SH_DIV - NOM / DEN with LSH extra bits of fraction, in 32-bit arithmetic:
 * the quotient and the remainder are shifted separately, so NOM << LSH
 * never has to fit in a long. Both NOM / DEN and NOM % DEN must fit in
 * 32 - LSH bits. The last step rounds to nearest.
 */
#define SH_DIV(NOM, DEN, LSH) \
	((((NOM) / (DEN)) << (LSH)) + ((((NOM) % (DEN)) << (LSH)) + (DEN) / 2) / (DEN))

/* ACTHZ - the tick rate the PIT really makes, in 1/256 Hz (HZ=100: 25600) */
#define ACTHZ (SH_DIV(CLOCK_TICK_RATE, LATCH, 8))

/*
 * TICK_NSEC - a tick in ns, as 2.6.32 derives it from ACTHZ. ACTHZ keeps
 * only 8 bits of fraction, so this is not the PIT's exact period
 * (LATCH / 1193182 s): HZ=100 gives 10000000 (the PIT: 10000150.9),
 * HZ=250 4000250 (4000228.0), HZ=1000 999848 (999847.5). Jiffies-based
 * conversions (kernel/time.c) use it; the clocksources measure real time.
 */
#define TICK_NSEC (SH_DIV(1000000UL * 1000, ACTHZ, 8))

/* TICK_USEC - a USER_HZ tick in us (what adjtimex calls "tick") */
#define TICK_USEC ((1000000UL + USER_HZ / 2) / USER_HZ)

/* TICK_USEC_TO_NSEC - the ns a tick lasts if a USER_HZ tick is TUSEC us */
#define TICK_USEC_TO_NSEC(TUSEC) (SH_DIV((TUSEC) * USER_HZ * 1000, ACTHZ, 8))

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
