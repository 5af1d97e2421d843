/*
 * rtc.h - the battery-backed real-time clock: the date at boot.
 *
 * See arch/x86/kernel/rtc.c and docs/time.md.
 */
#ifndef _LINUX_RTC_H
#define _LINUX_RTC_H

/**
 * struct rtc_time - a broken-down date, as struct tm
 * @tm_sec: seconds, 0-59
 * @tm_min: minutes, 0-59
 * @tm_hour: hours, 0-23
 * @tm_mday: day of the month, 1-31
 * @tm_mon: month, 0-11
 * @tm_year: years since 1900
 * @tm_wday: day of the week (not filled in by cmos_read_time)
 * @tm_yday: day of the year (not filled in)
 * @tm_isdst: daylight saving (not filled in)
 */
struct rtc_time {
	int tm_sec;
	int tm_min;
	int tm_hour;
	int tm_mday;
	int tm_mon;
	int tm_year;
	int tm_wday;
	int tm_yday;
	int tm_isdst;
};

void cmos_read_time(struct rtc_time *tm);
unsigned long mach_get_cmos_time(void);

#endif /* _LINUX_RTC_H */
