/*
 * asm/tsc.h - the time-stamp counter as a clock.
 */
#ifndef _ASM_TSC_H
#define _ASM_TSC_H

#include <linux/types.h>
#include <asm/msr.h>

typedef unsigned long long cycles_t;

extern unsigned int cpu_khz;
extern unsigned int tsc_khz;

/**
 * get_cycles - read the cycle counter
 *
 * Context: any.
 * Return: the TSC.
 */
static inline cycles_t get_cycles(void)
{
	return native_read_tsc();
}

void tsc_init(void);

#endif /* _ASM_TSC_H */
