/*
 * time.h - time units and the kernel's clocks.
 *
 * sched_clock() is the fine clock: nanoseconds since boot from the TSC,
 * once kernel/tsc.c has measured the TSC against the 8254 PIT. It is what
 * printk's timestamps show.
 */
#ifndef _LINUX_TIME_H
#define _LINUX_TIME_H

#include <linux/types.h>

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
 * struct timeval - a time in seconds and microseconds
 * @tv_sec: seconds
 * @tv_usec: microseconds, 0 to USEC_PER_SEC - 1
 */
struct timeval {
	time_t tv_sec;
	long tv_usec;
};

unsigned long long sched_clock(void);

#endif /* _LINUX_TIME_H */
