/*
 * kernel/time/timeconv.c - seconds since 1970 to a calendar date.
 *
 * time64_to_tm() splits a time into days and seconds of the day (the
 * seconds give hours, minutes, seconds), then turns the day count into a
 * date of the proleptic Gregorian calendar. The calendar repeats every
 * 400 years (146097 days: an "era"), so the day count is first reduced to
 * a day within an era. Counting years from 1 March makes February, with
 * its leap day, the last month, so the day of the year gives the month
 * by one formula: the months March..January alternate 31 and 30 days in
 * a pattern that (153 * m + 2) / 5 reproduces exactly. Negative times
 * (before 1970) work the same, with floor division.
 *
 * Linux 2.6.32 has time_to_tm() for a 32-bit time_t, by a loop over the
 * years; 3.17 made it time64_to_tm(), and 6.1 replaced the loop with this
 * kind of arithmetic (Neri and Schneider's). See docs/time.md.
 */
#include <linux/kernel.h>
#include <linux/time.h>

#define SECS_PER_DAY 86400
#define DAYS_PER_ERA 146097 /* 400 Gregorian years */

static bool is_leap_year(long year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/* floor(a / b) and a - floor(a / b) * b, for b > 0 */
static s64 floor_div(s64 a, s32 b, s32 *rem)
{
	s64 q = div_s64_rem(a, b, rem);

	if (*rem < 0) {
		*rem += b;
		q--;
	}
	return q;
}

/**
 * time64_to_tm - break seconds since the epoch down into a date and time
 * @totalsecs: seconds since 1970-01-01 00:00:00 UTC (may be negative)
 * @offset: seconds to add first (a time zone's offset from UTC)
 * @result: the broken-down time
 *
 * Context: any.
 */
void time64_to_tm(time64_t totalsecs, int offset, struct tm *result)
{
	s32 rem, doe, yoe, doy, mp;
	s64 days, era;
	long year;

	days = floor_div(totalsecs + offset, SECS_PER_DAY, &rem);
	result->tm_hour = rem / 3600;
	rem %= 3600;
	result->tm_min = rem / 60;
	result->tm_sec = rem % 60;

	/* 1970-01-01 was a Thursday */
	floor_div(days + 4, 7, &rem);
	result->tm_wday = rem;

	/* days since 0000-03-01, split into eras and a day in the era */
	era = floor_div(days + 719468, DAYS_PER_ERA, &doe);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365; /* 0..399 */
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100); /* 0..365 */
	mp = (5 * doy + 2) / 153; /* 0 = March */
	year = (long)(era * 400 + yoe) + (mp >= 10);

	result->tm_mday = doy - (153 * mp + 2) / 5 + 1;
	result->tm_mon = mp < 10 ? mp + 2 : mp - 10;
	result->tm_year = year - 1900;
	result->tm_yday = mp < 10 ? doy + 59 + is_leap_year(year) : doy - 306;
}
