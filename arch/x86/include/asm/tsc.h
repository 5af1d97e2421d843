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

/**
 * struct tsc_pit_ref - PIT channel 2's count with the TSC read around it
 * @tsc: the midpoint of the two TSC reads
 * @spread: cycles between them: how far @tsc may be from the count's moment
 * @count: the latched count
 */
struct tsc_pit_ref {
	u64 tsc;
	u32 spread;
	u16 count;
};

int tsc_read_pit_ref(struct tsc_pit_ref *ref);
unsigned long tsc_pit_khz(const struct tsc_pit_ref *start, const struct tsc_pit_ref *end);
unsigned long tsc_measure_pit(u32 ticks, int tries, struct tsc_pit_ref *start);
u8 pit_start_ch2(void);
bool pit_ch2_wrapped(void);
void pit_stop_ch2(u8 portb);

#endif /* _ASM_TSC_H */
