/*
 * delay.h - busy-waiting for short, exact times.
 *
 * udelay(), ndelay() and mdelay() spin on the TSC, whose rate arch/x86/kernel/tsc.c
 * measured against the PIT at boot (cpu_khz). They burn the CPU and work
 * with interrupts off, so they are for the microseconds a device needs
 * between two register writes, not for waiting on people: for that,
 * sleep (msleep, once there is a scheduler) or set a timer.
 * See arch/x86/lib/delay.c and docs/time.md.
 */
#ifndef _LINUX_DELAY_H
#define _LINUX_DELAY_H

#include <linux/kernel.h>

void __delay(unsigned long cycles);
void __udelay(unsigned long usecs);
void __ndelay(unsigned long nsecs);

#define udelay(n) __udelay(n)
#define ndelay(n) __ndelay(n)

/* MAX_UDELAY_MS - longer waits are split into milliseconds by mdelay() */
#define MAX_UDELAY_MS 5

#define mdelay(n)                                         \
	do {                                              \
		unsigned long __ms = (n);                 \
		while (__ms--)                            \
			udelay(1000);                     \
	} while (0)

void msleep(unsigned int msecs);
unsigned long msleep_interruptible(unsigned int msecs);

/* ssleep - sleep for at least @seconds seconds (uninterruptibly) */
static inline void ssleep(unsigned int seconds)
{
	msleep(seconds * 1000);
}

#endif /* _LINUX_DELAY_H */
