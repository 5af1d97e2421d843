/*
 * linux/timex.h - the architecture's cycle counter, seen from generic code.
 *
 * Generic code that wants a fast, fine-grained count (a delay loop, a
 * benchmark, the entropy a random number generator stirs in) includes this
 * header and calls get_cycles(). The architecture supplies it in
 * <asm/timex.h>: on x86 it is the time-stamp counter (arch/x86/include/asm/tsc.h),
 * which counts CPU clocks since reset. random_get_entropy() is the same
 * count for the random number generator (lib/random.c).
 *
 * Linux 2.6.32's <linux/timex.h> also holds NTP's struct timex and the
 * adjtimex() state; Linnet keeps no NTP discipline, so only the counter and
 * the length of timekeeping's update interval are here. See docs/time.md.
 */
#ifndef _LINUX_TIMEX_H
#define _LINUX_TIMEX_H

#include <asm/timex.h>
#include <linux/time.h>

/* NTP_INTERVAL_FREQ - how often timekeeping folds the clock into xtime (a tick) */
#define NTP_INTERVAL_FREQ (HZ)
/* NTP_INTERVAL_LENGTH - that interval in ns: 1/HZ s exactly */
#define NTP_INTERVAL_LENGTH (NSEC_PER_SEC / NTP_INTERVAL_FREQ)

#ifndef random_get_entropy
/* As Linux: the cycle counter, truncated to a long, is the entropy source. */
#define random_get_entropy() ((unsigned long)get_cycles())
#endif

#endif /* _LINUX_TIMEX_H */
