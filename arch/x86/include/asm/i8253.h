/*
 * asm/i8253.h - the 8254 programmable interval timer (PIT).
 *
 * Three counters share the 1193182 Hz input clock: channel 0 drives IRQ0
 * (the tick, a clock event device), channel 1 once refreshed DRAM,
 * channel 2 drives the speaker and is free for measuring
 * (arch/x86/kernel/tsc.c). See arch/x86/kernel/i8253.c.
 */
#ifndef _ASM_I8253_H
#define _ASM_I8253_H

#include <linux/spinlock.h>

#define PIT_MODE 0x43
#define PIT_CH0 0x40
#define PIT_CH2 0x42

extern spinlock_t i8253_lock;
struct clock_event_device;
extern struct clock_event_device *global_clock_event;

void setup_pit_timer(void);

#endif /* _ASM_I8253_H */
