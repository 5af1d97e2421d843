/*
 * i8253.c - the 8254 programmable interval timer, channel 0: the tick.
 *
 * The PIT divides its 1193182 Hz input by a 16-bit count. Channel 0 runs
 * in mode 2 (rate generator): it loads LATCH, counts down, and when it
 * reaches 1 it pulses its output - wired to IRQ0 - and reloads by itself,
 * so ticks come every LATCH / 1193182 s with no software in the loop:
 *
 *   count  LATCH ... 3 2 1 LATCH ... 3 2 1 LATCH
 *   OUT    ~~~~~~~~~~~~~~~|_|~~~~~~~~~~~~~~|_|~~~~    (IRQ0 on each rise)
 *
 * LATCH = (1193182 + HZ/2) / HZ, so HZ=100 gives 11932 (a tick every
 * 10.00015 ms) and HZ=1000 gives 1193. Reading the counter tells how far
 * into the current tick we are, which kernel/time/timekeeping.c uses to find
 * how many ticks really passed when interrupts were held off.
 * See docs/time.md.
 */
#include <linux/kernel.h>
#include <linux/irqflags.h>
#include <linux/jiffies.h>
#include <asm/i8253.h>
#include <asm/io.h>

/* mode/command register: channel 0, lobyte/hibyte, mode 2, binary */
#define PIT_CMD_CH0_RATEGEN 0x34
/* ... channel 0, counter latch command */
#define PIT_CMD_CH0_LATCH 0x00

/**
 * setup_pit_timer - start channel 0 ticking at HZ
 *
 * The count starts from LATCH as soon as the high byte is written, so
 * the first tick comes one period after this returns.
 *
 * Context: boot, interrupts off.
 */
void setup_pit_timer(void)
{
	outb_p(PIT_CMD_CH0_RATEGEN, PIT_MODE);
	outb_p(LATCH & 0xff, PIT_CH0);
	outb(LATCH >> 8, PIT_CH0);
}

/**
 * pit_read_count - the current value of channel 0's counter
 *
 * Latches the counter (so the two bytes belong together) and reads it.
 *
 * Context: any; takes interrupts off around the three port accesses.
 * Return: LATCH down to 1: the PIT clocks left until the next tick.
 */
unsigned int pit_read_count(void)
{
	unsigned long flags;
	unsigned int count;

	local_irq_save(flags);
	outb(PIT_CMD_CH0_LATCH, PIT_MODE);
	count = inb(PIT_CH0);
	count |= inb(PIT_CH0) << 8;
	local_irq_restore(flags);
	return count;
}
