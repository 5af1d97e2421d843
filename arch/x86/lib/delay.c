/*
 * delay.c - busy-wait delays timed by the TSC.
 *
 * arch/x86/kernel/tsc.c measured how many TSC cycles make a millisecond (cpu_khz);
 * a delay of n microseconds is then n * cpu_khz / 1000 cycles, spun off
 * by re-reading the TSC. Reading the TSC, rather than counting loop
 * iterations as the old BogoMIPS loop did, stays right when the loop is
 * interrupted: the time spent in the interrupt counts toward the delay.
 * Before calibration (cpu_khz == 0) a conservative 4 GHz is assumed, so
 * early delays are too long rather than too short. See docs/time.md.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/delay.h>
#include <asm/processor.h>
#include <asm/tsc.h>

#define DELAY_FALLBACK_KHZ 4000000U

/**
 * __delay - spin for a number of TSC cycles
 * @cycles: how many
 *
 * Context: any.
 */
void __delay(unsigned long cycles)
{
	cycles_t start = get_cycles();

	while (get_cycles() - start < cycles)
		cpu_relax();
}
EXPORT_SYMBOL(__delay);

static unsigned long delay_khz(void)
{
	return cpu_khz ? cpu_khz : DELAY_FALLBACK_KHZ;
}

/**
 * __udelay - spin for at least some microseconds
 * @usecs: how many (keep it below a few thousand; use mdelay() above)
 *
 * Context: any; interrupts may be off.
 */
void __udelay(unsigned long usecs)
{
	__delay((unsigned long)(((u64)usecs * delay_khz() + 999) / 1000));
}
EXPORT_SYMBOL(__udelay);

/**
 * __ndelay - spin for at least some nanoseconds
 * @nsecs: how many
 *
 * Context: any.
 */
void __ndelay(unsigned long nsecs)
{
	__delay((unsigned long)(((u64)nsecs * delay_khz() + 999999) / 1000000));
}
EXPORT_SYMBOL(__ndelay);
