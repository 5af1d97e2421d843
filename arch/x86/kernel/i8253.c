/*
 * i8253.c - the 8254 programmable interval timer: a clock event device and a clocksource.
 *
 * The PIT divides its 1193182 Hz input by a 16-bit count. Channel 0's
 * output is wired to IRQ0. Two of its modes make it a clock event device
 * (include/linux/clockchips.h):
 *
 * - periodic, mode 2 (rate generator): it loads LATCH, counts down, and
 *   when it reaches 1 it pulses its output and reloads by itself, so an
 *   interrupt comes every LATCH / 1193182 s with no software in the loop:
 *
 *     count  LATCH ... 3 2 1 LATCH ... 3 2 1 LATCH
 *     OUT    ~~~~~~~~~~~~~~~|_|~~~~~~~~~~~~~~|_|~~~~    (IRQ0 on each rise)
 *
 * - one-shot, mode 4 (software-triggered strobe): writing a count starts
 *   it; at 0 the output pulses once and the counter stops there. That is
 *   how hrtimers ask for "an interrupt in 137 us" (pit_next_event()).
 *
 * LATCH = (1193182 + HZ/2) / HZ, so HZ=100 gives 11932 (a tick every
 * 10.00015 ms). The counter is also a clocksource of rating 110: jiffies
 * times LATCH plus how far the counter has run into the current tick
 * (pit_read()). It only makes sense while the PIT ticks periodically, so
 * it is registered only then, and it is not continuous: lost ticks are
 * lost from it. The TSC (arch/x86/kernel/tsc.c) outranks it.
 * See kernel/time/clockevents.c and docs/time.md.
 */
#include <linux/kernel.h>
#include <linux/clockchips.h>
#include <linux/clocksource.h>
#include <linux/init.h>
#include <linux/jiffies.h>
#include <linux/spinlock.h>
#include <asm/i8253.h>
#include <asm/io.h>

/* mode/command register values for channel 0, lobyte/hibyte, binary */
#define PIT_CMD_CH0_RATEGEN 0x34 /* mode 2: periodic */
#define PIT_CMD_CH0_ONESHOT 0x38 /* mode 4: software-triggered strobe */
#define PIT_CMD_CH0_STOP 0x30 /* mode 0 with no count written: stays quiet */
#define PIT_CMD_CH0_LATCH 0x00 /* latch the count for reading */

/* i8253_lock - serialises channel 0's mode and count registers */
DEFINE_SPINLOCK(i8253_lock);

/* global_clock_event - the device whose IRQ0 arch/x86/kernel/time.c serves */
struct clock_event_device *global_clock_event;

static void init_pit_timer(enum clock_event_mode mode, struct clock_event_device *evt)
{
	unsigned long flags;

	spin_lock_irqsave(&i8253_lock, flags);
	switch (mode) {
	case CLOCK_EVT_MODE_PERIODIC:
		outb_p(PIT_CMD_CH0_RATEGEN, PIT_MODE);
		outb_p(LATCH & 0xff, PIT_CH0);
		outb(LATCH >> 8, PIT_CH0);
		break;
	case CLOCK_EVT_MODE_SHUTDOWN:
	case CLOCK_EVT_MODE_UNUSED:
		if (evt->mode == CLOCK_EVT_MODE_PERIODIC || evt->mode == CLOCK_EVT_MODE_ONESHOT) {
			outb_p(PIT_CMD_CH0_STOP, PIT_MODE);
			outb_p(0, PIT_CH0);
			outb_p(0, PIT_CH0);
		}
		break;
	case CLOCK_EVT_MODE_ONESHOT:
		outb_p(PIT_CMD_CH0_ONESHOT, PIT_MODE); /* counts once a count is written */
		break;
	case CLOCK_EVT_MODE_RESUME:
		break;
	}
	spin_unlock_irqrestore(&i8253_lock, flags);
}

/* One-shot: interrupt after @delta PIT clocks; the count starts at once. */
static int pit_next_event(unsigned long delta, struct clock_event_device *evt)
{
	unsigned long flags;

	spin_lock_irqsave(&i8253_lock, flags);
	outb_p(delta & 0xff, PIT_CH0);
	outb(delta >> 8, PIT_CH0);
	spin_unlock_irqrestore(&i8253_lock, flags);
	return 0;
}

/* pit_ce - channel 0 as a clock event device, periodic or one-shot */
static struct clock_event_device pit_ce = {
	.name = "pit",
	.features = CLOCK_EVT_FEAT_PERIODIC | CLOCK_EVT_FEAT_ONESHOT,
	.set_mode = init_pit_timer,
	.set_next_event = pit_next_event,
	.shift = 32,
	.irq = 0,
};

/**
 * setup_pit_timer - register channel 0 as the clock event device
 *
 * The tick layer takes it and starts it in periodic mode; the first
 * interrupt comes one tick after this returns. The one-shot range is
 * 0xF to 0x7FFF PIT clocks (12.6 us to 27.5 ms), as in 2.6.32.
 *
 * Context: boot, interrupts off.
 */
void setup_pit_timer(void)
{
	pit_ce.mult = div_sc(CLOCK_TICK_RATE, NSEC_PER_SEC, pit_ce.shift);
	pit_ce.max_delta_ns = clockevent_delta2ns(0x7FFF, &pit_ce);
	pit_ce.min_delta_ns = clockevent_delta2ns(0xF, &pit_ce);
	clockevents_register_device(&pit_ce);
	global_clock_event = &pit_ce;
}

/*
 * The count since boot, in PIT clocks: jiffies * LATCH plus the clocks
 * run in the current tick. jiffies is read before the counter is
 * latched, so it is never newer than the count; a count that seems to go
 * up within one jiffy (the counter wrapped, IRQ0 not yet taken) is held
 * at the last value, so the clock never goes back.
 */
static cycle_t pit_read(struct clocksource *cs)
{
	static unsigned int old_count;
	static unsigned long old_jifs;
	unsigned long flags, jifs;
	unsigned int count;

	spin_lock_irqsave(&i8253_lock, flags);
	jifs = jiffies;
	outb_p(PIT_CMD_CH0_LATCH, PIT_MODE);
	count = inb_p(PIT_CH0);
	count |= inb_p(PIT_CH0) << 8;
	if (count > LATCH)
		count = LATCH;
	if (count > old_count && jifs == old_jifs)
		count = old_count;
	old_count = count;
	old_jifs = jifs;
	spin_unlock_irqrestore(&i8253_lock, flags);
	return (cycle_t)(u32)(jifs * LATCH + (LATCH - count));
}

/* pit_cs - the PIT as a clocksource, a 32-bit count of 1.19 MHz clocks */
static struct clocksource pit_cs = {
	.name = "pit",
	.rating = 110,
	.read = pit_read,
	.mask = CLOCKSOURCE_MASK(32),
	.shift = 20,
};

static int init_pit_clocksource(void)
{
	if (pit_ce.mode != CLOCK_EVT_MODE_PERIODIC)
		return 0;
	pit_cs.mult = clocksource_hz2mult(CLOCK_TICK_RATE, pit_cs.shift);
	return clocksource_register(&pit_cs);
}
arch_initcall(init_pit_clocksource);
