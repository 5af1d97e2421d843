/*
 * rtc.c - reading the date from the battery-backed CMOS real-time clock.
 *
 * The PC's MC146818 RTC keeps the date while the machine is off. Its
 * registers sit behind an index port (0x70) and a data port (0x71):
 *
 *   0x00 seconds  0x02 minutes  0x04 hours  0x07 day  0x08 month
 *   0x09 year (two digits)      0x32 century (the ACPI FADT says where; 0x32 on PCs)
 *   0x0a status A: bit 7 UIP, an update is in progress (values changing)
 *   0x0b status B: bit 2 binary (else BCD), bit 1 24-hour mode
 *
 * The chip updates its registers once a second; a read during the update
 * can mix two seconds, so wait for UIP to clear and read until two
 * readings agree. Timekeeping reads the clock once, at boot, through
 * read_persistent_clock() (kernel/time/timekeeping.c:timekeeping_init);
 * afterwards the clocksource keeps time.
 * See docs/time.md.
 */
#include <linux/kernel.h>
#include <linux/irqflags.h>
#include <linux/string.h>
#include <linux/time.h>
#include <linux/rtc.h>
#include <asm/io.h>

#define RTC_PORT_INDEX 0x70
#define RTC_PORT_DATA 0x71
#define RTC_SECONDS 0x00
#define RTC_MINUTES 0x02
#define RTC_HOURS 0x04
#define RTC_DAY_OF_MONTH 0x07
#define RTC_MONTH 0x08
#define RTC_YEAR 0x09
#define RTC_CENTURY 0x32
#define RTC_REG_A 0x0a
#define RTC_UIP 0x80
#define RTC_REG_B 0x0b
#define RTC_DM_BINARY 0x04
#define RTC_24H 0x02
#define RTC_PM 0x80 /* in the hours register in 12-hour mode */

static unsigned char cmos_read(unsigned char addr)
{
	outb_p(addr, RTC_PORT_INDEX);
	return inb_p(RTC_PORT_DATA);
}

static unsigned int bcd2bin(unsigned char val)
{
	return (val & 0x0f) + (val >> 4) * 10;
}

static void cmos_read_raw(struct rtc_time *tm, unsigned int *century)
{
	while (cmos_read(RTC_REG_A) & RTC_UIP)
		cpu_relax();
	tm->tm_sec = cmos_read(RTC_SECONDS);
	tm->tm_min = cmos_read(RTC_MINUTES);
	tm->tm_hour = cmos_read(RTC_HOURS);
	tm->tm_mday = cmos_read(RTC_DAY_OF_MONTH);
	tm->tm_mon = cmos_read(RTC_MONTH);
	tm->tm_year = cmos_read(RTC_YEAR);
	*century = cmos_read(RTC_CENTURY);
}

static void cmos_decode(struct rtc_time *tm, unsigned int century)
{
	unsigned char b = cmos_read(RTC_REG_B);
	bool pm = !(b & RTC_24H) && (tm->tm_hour & RTC_PM);

	tm->tm_hour &= ~RTC_PM;
	if (!(b & RTC_DM_BINARY)) {
		tm->tm_sec = bcd2bin(tm->tm_sec);
		tm->tm_min = bcd2bin(tm->tm_min);
		tm->tm_hour = bcd2bin(tm->tm_hour);
		tm->tm_mday = bcd2bin(tm->tm_mday);
		tm->tm_mon = bcd2bin(tm->tm_mon);
		tm->tm_year = bcd2bin(tm->tm_year);
		century = bcd2bin(century);
	}
	if (!(b & RTC_24H))
		tm->tm_hour = tm->tm_hour % 12 + (pm ? 12 : 0);
	if (century < 19)
		century = tm->tm_year < 70 ? 20 : 19;
	/* struct rtc_time counts years from 1900 and months from 0, like struct tm */
	tm->tm_year += century * 100 - 1900;
	tm->tm_mon -= 1;
}

/**
 * cmos_read_time - read the date and time from the CMOS clock
 * @tm: filled in: tm_year from 1900, tm_mon 0-11, as in struct tm
 *
 * Context: any; takes interrupts off while it reads the chip.
 */
void cmos_read_time(struct rtc_time *tm)
{
	struct rtc_time again = { 0 };
	unsigned int century, century2;
	unsigned long flags;

	local_irq_save(flags);
	cmos_read_raw(&again, &century2);
	do {
		*tm = again;
		century = century2;
		cmos_read_raw(&again, &century2);
	} while (memcmp(tm, &again, sizeof(again)) || century != century2);
	cmos_decode(tm, century);
	local_irq_restore(flags);
}

/**
 * mach_get_cmos_time - the CMOS clock as seconds since 1970-01-01 00:00 UTC
 *
 * The clock is taken to keep UTC, as QEMU's does by default.
 *
 * Context: any.
 * Return: seconds since the epoch.
 */
unsigned long mach_get_cmos_time(void)
{
	struct rtc_time tm;

	cmos_read_time(&tm);
	return mktime(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
		      tm.tm_sec);
}

/**
 * read_persistent_clock - the time of the clock that survives power-off
 * @ts: set to the CMOS clock's time, to the second
 *
 * Context: boot (timekeeping_init()).
 */
void read_persistent_clock(struct timespec *ts)
{
	ts->tv_sec = mach_get_cmos_time();
	ts->tv_nsec = 0;
}
