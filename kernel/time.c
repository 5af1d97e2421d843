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
