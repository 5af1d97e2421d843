/*
 * asm/i8253.h - the 8254 programmable interval timer (PIT).
 *
 * Three counters share the 1193182 Hz input clock: channel 0 drives IRQ0
 * (the tick), channel 1 once refreshed DRAM, channel 2 drives the speaker
 * and is free for measuring (arch/x86/kernel/tsc.c). See arch/x86/kernel/i8253.c.
 */
#ifndef _ASM_I8253_H
#define _ASM_I8253_H

#define PIT_MODE 0x43
#define PIT_CH0 0x40
#define PIT_CH2 0x42

void setup_pit_timer(void);
unsigned int pit_read_count(void);

#endif /* _ASM_I8253_H */
