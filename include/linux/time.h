/*
 * time.h - time units and the kernel's clocks.
 *
 * sched_clock() is the fine clock: nanoseconds since boot from the TSC,
 * once arch/x86/kernel/tsc.c has measured the TSC against the 8254 PIT. It is what
 * printk's timestamps show.
 *
 * The wall clock (xtime) is read once from the CMOS real-time clock at
 * boot (arch/x86/kernel/rtc.c:read_persistent_clock) and then kept by the
 * clocksource (the TSC): do_gettimeofday() and getnstimeofday() read it
 * to the nanosecond; current_kernel_time() is the value at the last tick.
 * ktime_get() (<linux/ktime.h>) is the monotonic clock.
 * See kernel/time/timekeeping.c and docs/time.md.
 */
#ifndef _LINUX_TIME_H
#define _LINUX_TIME_H

#include <linux/types.h>
#include <linux/math64.h>

#define MSEC_PER_SEC 1000L
#define USEC_PER_MSEC 1000L
#define NSEC_PER_USEC 1000L
#define NSEC_PER_MSEC 1000000L
#define USEC_PER_SEC 1000000L
#define NSEC_PER_SEC 1000000000L

/**
 * struct timespec - a time in seconds and nanoseconds
 * @tv_sec: seconds
 * @tv_nsec: nanoseconds, 0 to NSEC_PER_SEC - 1
 */
struct timespec {
	time_t tv_sec;
	long tv_nsec;
};

/**
 * struct itimerspec - a timer's setting: its period and its next expiry
 * @it_interval: the period; zero for a timer that fires once
 * @it_value: the (first) expiry; zero for a disarmed timer
 */
struct itimerspec {
	struct timespec it_interval;
	struct timespec it_value;
};

/**
 * timespec_valid - is @ts a time a user may pass: tv_sec >= 0, tv_nsec in 0..999999999?
 * @ts: the time
 *
 * Return: true if valid.
 */
static inline int timespec_valid(const struct timespec *ts)
{
	if (ts->tv_sec < 0)
		return 0;
	if ((unsigned long)ts->tv_nsec >= NSEC_PER_SEC)
		return 0;
	return 1;
}

/**
 * struct timeval - a time in seconds and microseconds
 * @tv_sec: seconds
 * @tv_usec: microseconds, 0 to USEC_PER_SEC - 1
 */
struct timeval {
	time_t tv_sec;
	long tv_usec;
};

unsigned long long sched_clock(void);

/* time64_t - seconds since 1970 in 64 bits: no year-2038 wrap (Linux 3.17+) */
typedef s64 time64_t;

/**
 * struct tm - a broken-down date, as time64_to_tm() fills it
 * @tm_sec: seconds, 0..59
 * @tm_min: minutes, 0..59
 * @tm_hour: hours, 0..23
 * @tm_mday: day of the month, 1..31
 * @tm_mon: month, 0..11
 * @tm_year: years since 1900 (may be negative)
 * @tm_wday: day of the week, 0..6, Sunday 0
 * @tm_yday: day of the year, 0..365
 */
struct tm {
	int tm_sec;
	int tm_min;
	int tm_hour;
	int tm_mday;
	int tm_mon;
	long tm_year;
	int tm_wday;
	int tm_yday;
};

void time64_to_tm(time64_t totalsecs, int offset, struct tm *result);

/* the POSIX clocks hrtimers run on (2.6.32 has clockid_t in linux/types.h) */
typedef int clockid_t;
#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 1

/**
 * timespec_equal - are two timespecs the same time?
 * @a: one
 * @b: the other
 *
 * Return: true if equal.
 */
static inline int timespec_equal(const struct timespec *a, const struct timespec *b)
{
	return (a->tv_sec == b->tv_sec) && (a->tv_nsec == b->tv_nsec);
}

/**
 * timespec_compare - order two normalised timespecs
 * @lhs: the left side
 * @rhs: the right side
 *
 * Return: <0 if @lhs is earlier, 0 if equal, >0 if later.
 */
static inline int timespec_compare(const struct timespec *lhs, const struct timespec *rhs)
{
	if (lhs->tv_sec < rhs->tv_sec)
		return -1;
	if (lhs->tv_sec > rhs->tv_sec)
		return 1;
	return lhs->tv_nsec - rhs->tv_nsec;
}

/**
 * timespec_to_ns - a timespec as nanoseconds
 * @ts: the time
 *
 * Return: @ts in ns.
 */
static inline s64 timespec_to_ns(const struct timespec *ts)
{
	return ((s64)ts->tv_sec * NSEC_PER_SEC) + ts->tv_nsec;
}

/**
 * timeval_to_ns - a timeval as nanoseconds
 * @tv: the time
 *
 * Return: @tv in ns.
 */
static inline s64 timeval_to_ns(const struct timeval *tv)
{
	return ((s64)tv->tv_sec * NSEC_PER_SEC) + tv->tv_usec * NSEC_PER_USEC;
}

void set_normalized_timespec(struct timespec *ts, time_t sec, s64 nsec);
struct timespec ns_to_timespec(const s64 nsec);
struct timeval ns_to_timeval(const s64 nsec);
struct timespec timespec_sub(struct timespec lhs, struct timespec rhs);
unsigned long mktime(const unsigned int year, const unsigned int mon, const unsigned int day,
		     const unsigned int hour, const unsigned int min, const unsigned int sec);

extern struct timespec xtime;
extern struct timespec wall_to_monotonic;
/* the seqlock_t guarding them is xtime_lock, declared in <linux/seqlock.h> */

void do_gettimeofday(struct timeval *tv);
int do_settimeofday(struct timespec *tv);
struct timezone;
int do_sys_settimeofday(struct timespec *tv, struct timezone *tz);
int do_clock_gettime(clockid_t which_clock, struct timespec *tp);
long jiffies_to_clock_t(unsigned long x);
long nsec_to_clock_t(u64 x);
void getnstimeofday(struct timespec *ts);
struct timespec current_kernel_time(void);
unsigned long get_seconds(void);
void read_persistent_clock(struct timespec *ts);
void update_wall_time(void);
int timekeeping_valid_for_hres(void);
const char *timekeeping_clocksource_name(void);
void timekeeping_init(void);
void time_init(void);

#endif /* _LINUX_TIME_H */
