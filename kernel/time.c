/*
 * time.c - converting between jiffies and human units.
 *
 * A jiffy is 1/HZ s. Converting milliseconds to jiffies rounds up, so
 * that a timeout of "at least 1 ms" never becomes 0 jiffies (which would
 * mean "now"); results too big for a timeout saturate at
 * MAX_JIFFY_OFFSET. Converting jiffies back is exact when HZ divides
 * 1000 (100, 250, 1000) and rounds up otherwise (300).
 *
 * Also here: timespec/timeval arithmetic and mktime(), the calendar to
 * seconds-since-1970 conversion the RTC needs. See docs/time.md.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/jiffies.h>
#include <linux/time.h>

/**
 * jiffies_to_msecs - jiffies as milliseconds
 * @j: a number of jiffies
 *
 * Context: any.
 * Return: the milliseconds, rounded up when HZ does not divide 1000.
 */
unsigned int jiffies_to_msecs(const unsigned long j)
{
	if (MSEC_PER_SEC % HZ == 0)
		return (MSEC_PER_SEC / HZ) * j;
	return (unsigned int)(((u64)j * MSEC_PER_SEC + HZ - 1) / HZ);
}
EXPORT_SYMBOL(jiffies_to_msecs);

/**
 * jiffies_to_usecs - jiffies as microseconds
 * @j: a number of jiffies
 *
 * Context: any.
 * Return: the microseconds, rounded up when HZ does not divide 10^6.
 */
unsigned int jiffies_to_usecs(const unsigned long j)
{
	if (USEC_PER_SEC % HZ == 0)
		return (USEC_PER_SEC / HZ) * j;
	return (unsigned int)(((u64)j * USEC_PER_SEC + HZ - 1) / HZ);
}
EXPORT_SYMBOL(jiffies_to_usecs);

/**
 * jiffies_to_nsecs - jiffies as nanoseconds
 * @j: a number of jiffies
 *
 * Context: any.
 * Return: the nanoseconds.
 */
u64 jiffies_to_nsecs(const unsigned long j)
{
	return (u64)j * (NSEC_PER_SEC / HZ);
}

/**
 * msecs_to_jiffies - milliseconds as jiffies, rounded up
 * @m: milliseconds
 *
 * Context: any.
 * Return: the jiffies, at most MAX_JIFFY_OFFSET.
 */
unsigned long msecs_to_jiffies(const unsigned int m)
{
	u64 j;

	if ((int)m < 0)
		return MAX_JIFFY_OFFSET;
	j = ((u64)m * HZ + MSEC_PER_SEC - 1) / MSEC_PER_SEC;
	return j > MAX_JIFFY_OFFSET ? MAX_JIFFY_OFFSET : (unsigned long)j;
}
EXPORT_SYMBOL(msecs_to_jiffies);

/**
 * usecs_to_jiffies - microseconds as jiffies, rounded up
 * @u: microseconds
 *
 * Context: any.
 * Return: the jiffies, at most MAX_JIFFY_OFFSET.
 */
unsigned long usecs_to_jiffies(const unsigned int u)
{
	u64 j;

	if ((int)u < 0)
		return MAX_JIFFY_OFFSET;
	j = ((u64)u * HZ + USEC_PER_SEC - 1) / USEC_PER_SEC;
	return j > MAX_JIFFY_OFFSET ? MAX_JIFFY_OFFSET : (unsigned long)j;
}
EXPORT_SYMBOL(usecs_to_jiffies);

/**
 * timespec_to_jiffies - a timespec as jiffies, rounded up
 * @value: the interval
 *
 * Context: any.
 * Return: the jiffies, at most MAX_JIFFY_OFFSET.
 */
unsigned long timespec_to_jiffies(const struct timespec *value)
{
	u64 ns = (u64)value->tv_sec * NSEC_PER_SEC + value->tv_nsec;
	u64 j = (ns + TICK_NSEC - 1) / TICK_NSEC;

	if (value->tv_sec < 0)
		return 0;
	return j > MAX_JIFFY_OFFSET ? MAX_JIFFY_OFFSET : (unsigned long)j;
}
EXPORT_SYMBOL(timespec_to_jiffies);

/**
 * jiffies_to_timespec - jiffies as a timespec
 * @jiffies: the interval
 * @value: the result
 *
 * Context: any.
 */
void jiffies_to_timespec(const unsigned long jiffies, struct timespec *value)
{
	u64 ns = (u64)jiffies * TICK_NSEC;

	value->tv_sec = (time_t)(ns / NSEC_PER_SEC);
	value->tv_nsec = (long)(ns % NSEC_PER_SEC);
}
EXPORT_SYMBOL(jiffies_to_timespec);

/**
 * timeval_to_jiffies - a timeval as jiffies, rounded up
 * @value: the interval
 *
 * Context: any.
 * Return: the jiffies, at most MAX_JIFFY_OFFSET.
 */
unsigned long timeval_to_jiffies(const struct timeval *value)
{
	struct timespec ts = { value->tv_sec, value->tv_usec * NSEC_PER_USEC };

	return timespec_to_jiffies(&ts);
}
EXPORT_SYMBOL(timeval_to_jiffies);

/**
 * jiffies_to_timeval - jiffies as a timeval
 * @jiffies: the interval
 * @value: the result
 *
 * Context: any.
 */
void jiffies_to_timeval(const unsigned long jiffies, struct timeval *value)
{
	struct timespec ts;

	jiffies_to_timespec(jiffies, &ts);
	value->tv_sec = ts.tv_sec;
	value->tv_usec = ts.tv_nsec / NSEC_PER_USEC;
}
EXPORT_SYMBOL(jiffies_to_timeval);

/**
 * set_normalized_timespec - set a timespec, carrying nanoseconds into seconds
 * @ts: the result; 0 <= tv_nsec < NSEC_PER_SEC
 * @sec: seconds
 * @nsec: nanoseconds, possibly negative or more than a second
 *
 * Context: any.
 */
void set_normalized_timespec(struct timespec *ts, time_t sec, s64 nsec)
{
	while (nsec >= NSEC_PER_SEC) {
		nsec -= NSEC_PER_SEC;
		++sec;
	}
	while (nsec < 0) {
		nsec += NSEC_PER_SEC;
		--sec;
	}
	ts->tv_sec = sec;
	ts->tv_nsec = (long)nsec;
}
EXPORT_SYMBOL(set_normalized_timespec);

/**
 * timespec_sub - the difference of two timespecs
 * @lhs: the minuend
 * @rhs: the subtrahend
 *
 * Context: any.
 * Return: @lhs - @rhs, normalised.
 */
struct timespec timespec_sub(struct timespec lhs, struct timespec rhs)
{
	struct timespec ts;

	set_normalized_timespec(&ts, lhs.tv_sec - rhs.tv_sec, lhs.tv_nsec - rhs.tv_nsec);
	return ts;
}

/**
 * ns_to_timespec - nanoseconds as a timespec
 * @nsec: nanoseconds, possibly negative
 *
 * Context: any.
 * Return: the timespec, with 0 <= tv_nsec < NSEC_PER_SEC.
 */
struct timespec ns_to_timespec(const s64 nsec)
{
	struct timespec ts;
	s64 rem = nsec % NSEC_PER_SEC;

	ts.tv_sec = (time_t)(nsec / NSEC_PER_SEC);
	if (rem < 0) {
		ts.tv_sec--;
		rem += NSEC_PER_SEC;
	}
	ts.tv_nsec = (long)rem;
	return ts;
}
EXPORT_SYMBOL(ns_to_timespec);

/**
 * ns_to_timeval - nanoseconds as a timeval
 * @nsec: nanoseconds
 *
 * Context: any.
 * Return: the timeval (microseconds truncated).
 */
struct timeval ns_to_timeval(const s64 nsec)
{
	struct timespec ts = ns_to_timespec(nsec);
	struct timeval tv = { ts.tv_sec, ts.tv_nsec / NSEC_PER_USEC };

	return tv;
}
EXPORT_SYMBOL(ns_to_timeval);

/**
 * mktime - a Gregorian date and time as seconds since 1970-01-01 00:00:00
 * @year: e.g. 2024
 * @mon: 1-12
 * @day: 1-31
 * @hour: 0-23
 * @min: 0-59
 * @sec: 0-59
 *
 * Gauss's trick: count March as the first month, so the leap day falls
 * at the end of the year and the day count of months is a formula.
 *
 * Context: any.
 * Return: seconds since the epoch.
 */
unsigned long mktime(const unsigned int year, const unsigned int mon, const unsigned int day,
		     const unsigned int hour, const unsigned int min, const unsigned int sec)
{
	unsigned int y = year, m = mon;

	if (0 >= (int)(m -= 2)) { /* 1..12 -> 11,12,1..10 */
		m += 12;
		y -= 1;
	}
	return ((((unsigned long)(y / 4 - y / 100 + y / 400 + 367 * m / 12 + day) + y * 365 -
		  719499) *
			 24 +
		 hour) * 60 +
		min) * 60 +
	       sec;
}
EXPORT_SYMBOL(mktime);

/*
 * The time system calls: time, stime, gettimeofday, settimeofday. The
 * wall clock is xtime plus the clocksource's progress since the last
 * tick (kernel/time/timekeeping.c). Setting it moves the wall clock only:
 * the monotonic clock does not jump (wall_to_monotonic absorbs it).
 */
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/cred.h>
#include <asm/uaccess.h>

/**
 * jiffies_to_clock_t - jiffies as the clock ticks user space counts in (USER_HZ)
 * @x: jiffies
 *
 * Context: any.
 * Return: the ticks, at 100 a second.
 */
long jiffies_to_clock_t(unsigned long x)
{
	return (long)div_u64((u64)x * USER_HZ, HZ);
}

/**
 * nsec_to_clock_t - nanoseconds as USER_HZ clock ticks
 * @x: nanoseconds
 *
 * Context: any.
 * Return: the ticks, rounded down.
 */
long nsec_to_clock_t(u64 x)
{
	return (long)div_u64(x, NSEC_PER_SEC / USER_HZ);
}

/**
 * struct timezone - gettimeofday's obsolete time zone (kept, never used)
 * @tz_minuteswest: minutes west of Greenwich
 * @tz_dsttime: the kind of daylight saving correction
 */
struct timezone {
	int tz_minuteswest;
	int tz_dsttime;
};

/* sys_tz - the time zone settimeofday last set */
static struct timezone sys_tz;

/**
 * sys_time - seconds since 1970 (system call 13)
 * @tloc: where to store them too, or NULL
 *
 * Context: process context (system call).
 * Return: the seconds, or -EFAULT.
 */
asmlinkage long sys_time(time_t __user *tloc)
{
	time_t i = get_seconds();

	if (tloc && put_user(i, tloc))
		return -EFAULT;
	return i;
}

/**
 * do_sys_settimeofday - set the wall clock and/or the time zone
 * @tv: the new time, or NULL
 * @tz: the new time zone, or NULL
 *
 * Context: process context.
 * Return: 0, -EPERM (not root), -EINVAL (a bad time).
 */
int do_sys_settimeofday(struct timespec *tv, struct timezone *tz)
{
	if (!capable(CAP_SYS_TIME))
		return -EPERM;
	if (tv && (tv->tv_sec < 0 || (unsigned long)tv->tv_nsec >= NSEC_PER_SEC))
		return -EINVAL;
	if (tz)
		sys_tz = *tz;
	if (tv)
		do_settimeofday(tv);
	return 0;
}

/**
 * sys_stime - set the wall clock in whole seconds (system call 25)
 * @tptr: the new time
 *
 * Context: process context (system call).
 * Return: 0, -EFAULT, -EPERM.
 */
asmlinkage long sys_stime(time_t __user *tptr)
{
	struct timespec tv;

	if (get_user(tv.tv_sec, tptr))
		return -EFAULT;
	tv.tv_nsec = 0;
	return do_sys_settimeofday(&tv, NULL);
}

/**
 * sys_gettimeofday - the wall clock, to the microsecond (system call 78)
 * @tv: where the time goes, or NULL
 * @tz: where the time zone goes, or NULL
 *
 * Context: process context (system call).
 * Return: 0, or -EFAULT.
 */
asmlinkage long sys_gettimeofday(struct timeval __user *tv, struct timezone __user *tz)
{
	if (tv) {
		struct timeval ktv;

		do_gettimeofday(&ktv);
		if (copy_to_user(tv, &ktv, sizeof(ktv)))
			return -EFAULT;
	}
	if (tz && copy_to_user(tz, &sys_tz, sizeof(sys_tz)))
		return -EFAULT;
	return 0;
}

/**
 * sys_settimeofday - set the wall clock and/or the time zone (system call 79)
 * @tv: the new time, or NULL
 * @tz: the new time zone, or NULL
 *
 * Context: process context (system call).
 * Return: 0, -EFAULT, -EPERM, -EINVAL.
 */
asmlinkage long sys_settimeofday(struct timeval __user *tv, struct timezone __user *tz)
{
	struct timeval user_tv;
	struct timespec new_ts;
	struct timezone new_tz;

	if (tv) {
		if (copy_from_user(&user_tv, tv, sizeof(*tv)))
			return -EFAULT;
		new_ts.tv_sec = user_tv.tv_sec;
		new_ts.tv_nsec = user_tv.tv_usec * NSEC_PER_USEC;
	}
	if (tz && copy_from_user(&new_tz, tz, sizeof(*tz)))
		return -EFAULT;
	return do_sys_settimeofday(tv ? &new_ts : NULL, tz ? &new_tz : NULL);
}
