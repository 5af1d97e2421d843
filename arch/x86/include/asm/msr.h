/*
 * asm/msr.h - the time-stamp counter, and model-specific registers.
 *
 * rdtsc reads a 64-bit count that rises once per CPU clock. Under QEMU
 * with -icount shift=0 it rises once per guest instruction instead, which
 * is what makes `make bench` repeat exactly from run to run.
 */
#ifndef _ASM_MSR_H
#define _ASM_MSR_H

#include <linux/types.h>

static inline u64 native_read_tsc(void)
{
	u32 lo, hi;

	__asm__ __volatile__("rdtsc" : "=a"(lo), "=d"(hi));
	return ((u64)hi << 32) | lo;
}

#define rdtscll(val) ((val) = native_read_tsc())

/* rdmsr - read model-specific register @msr into @lo and @hi (2.6.32's macro) */
#define rdmsr(msr, lo, hi) __asm__ __volatile__("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr))

#endif /* _ASM_MSR_H */
