/*
 * tsc.c - measuring the CPU clock against the 8254 and counting time with it.
 *
 * The TSC counts CPU cycles, but nothing says how fast: that has to be
 * measured against a clock of known rate. The 8254 PIT runs at 1193182 Hz
 * on every PC. Channel 2 (the one wired to the speaker) can be started
 * and stopped through port 0x61 without disturbing channel 0, the tick:
 * start it counting down from 0xffff, read its count together with the
 * TSC, wait CAL_TICKS ticks (2.1 ms), read both again: cycles over ticks
 * times the PIT's rate is cpu_khz, known to 1/2048 (quick_pit_calibrate's
 * bound: a tick of 2048 and room for the reads; longer if they were slow).
 *
 * "Together" is the point. Each reference is a TSC read, a latch and read
 * of the count, and a second TSC read (tsc_read_pit_ref(), 2.6.32's
 * tsc_read_refs()): if the two TSC reads are more than SMI_TRESHOLD
 * cycles apart, something (an SMI on hardware; on a loaded host, QEMU's
 * thread losing the CPU) came between them and the pair is worthless.
 * The best of REF_TRIES pairs is kept, and its midpoint is the TSC at the
 * count. A delay anywhere else costs nothing: both clocks go on counting
 * through it. (The first version timed 10 ms of the channel's output
 * with one TSC read on each side: on a loaded host it was up to 2.4
 * times off.) A bad pair, or a wait past the counter's 55 ms, makes the
 * measurement try again, up to CAL_TRIES times, keeping the tightest
 * try: the best of several, as 2.6.32's native_calibrate_tsc().
 *
 * Linux 2.6.32's native_calibrate_tsc() first tries quick_pit_calibrate()
 * (the TSC at each change of the count's high byte, until the uncertainty
 * is under 1/2048), then three rounds of pit_calibrate_tsc(), which times
 * the output like Linnet's first version and rejects a round whose wait
 * loop saw one iteration ten times longer than another, each checked
 * against the HPET or the ACPI PM timer with tsc_read_refs(). Linnet
 * pairs the PIT itself instead: under QEMU's TCG neither check can pass.
 * Tried: the quick way's first step includes QEMU translating the loop's
 * exit (about 10 us), so it needs some 17 ms of steps, and a loaded host
 * misses a 215 us step; the loop check sees that same first iteration.
 * Linux 6.1 in the same QEMU also finds the PIT unusable and calibrates
 * against the HPET (docs/performance.md). tests/kernel/tsc_test.c checks
 * the result against a longer measurement (docs/time.md).
 *
 * The TSC is then registered as a clocksource of rating 300
 * (init_tsc_clocksource()): a 64-bit counter, continuous, with
 * mult = clocksource_khz2mult(tsc_khz, 22), so timekeeping reads time
 * from it and lost ticks cost no time. 2.6.32 marks it MUST_VERIFY for
 * its clocksource watchdog; Linnet has no watchdog (QEMU's TSC is steady).
 *
 * sched_clock() turns TSC readings into nanoseconds with one multiply
 * and a shift, as 2.6.32's cycles_2_ns(): the scheduler
 * reads it at every switch and wake-up, where two 64-bit divisions
 * would cost more than the rest of the switch. ns = cycles * scale >>
 * 10, scale = 10^6 * 2^10 / cpu_khz (1024 at 1 GHz).
 * Under QEMU's -icount shift=0 the TSC counts instructions and the PIT
 * follows the same virtual clock, so cpu_khz comes out at 1000000 (one
 * instruction per nanosecond) to the PIT's tick: within 100 ppm.
 *
 * 2.6.32's sched_clock() counts from TSC 0 (the CPU's reset); Linnet's
 * counts from the start of the calibration in tsc_init(), so printk's
 * timestamps start near 0 on a machine whose firmware ran long (under
 * QEMU the two differ by the few milliseconds before the kernel).
 * See docs/time.md.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/clocksource.h>
#include <linux/errno.h>
#include <linux/math64.h>
#include <linux/spinlock.h>
#include <linux/time.h>
#include <asm/i8253.h>
#include <asm/io.h>
#include <asm/timex.h>
#include <asm/tsc.h>

#define PORT_B 0x61 /* the keyboard controller's port B: speaker gate */
#define PORT_B_GATE2 0x01 /* channel 2 gate: counting when set */
#define PORT_B_SPEAKER 0x02 /* speaker data: keep it off */
#define PORT_B_OUT2 0x20 /* channel 2 output, read-only */
#define CAL_TICKS 2560 /* 2.1 ms: 2048 ticks for the count's tick, room for the pairs' spread */
#define CAL_PRECISION 2048 /* quick_pit_calibrate()'s: the window must be known to 1/2048 */
#define CAL_TRIES 3
#define REF_TRIES 5 /* 2.6.32's MAX_RETRIES */
#define SMI_TRESHOLD 50000 /* 2.6.32's: cycles a pair of reads may take (20 us at 2.5 GHz) */
#define PIT_LATCH_CH2 0x80 /* channel 2, counter latch command */

unsigned int cpu_khz;
EXPORT_SYMBOL(cpu_khz);
unsigned int tsc_khz;
EXPORT_SYMBOL(tsc_khz);
static unsigned long long tsc_at_boot;
/* 2.6.32's cyc2ns: nanoseconds per cycle, in units of 2^-CYC2NS_SCALE_FACTOR */
#define CYC2NS_SCALE_FACTOR 10
static unsigned long cyc2ns_scale;

/* One pair: the TSC, channel 2's latched count, the TSC again. */
static void pit_ref_once(struct tsc_pit_ref *ref)
{
	unsigned long flags;
	u64 t1, t2;
	u8 lo, hi;

	spin_lock_irqsave(&i8253_lock, flags);
	t1 = get_cycles();
	outb(PIT_LATCH_CH2, PIT_MODE);
	lo = inb(PIT_CH2);
	hi = inb(PIT_CH2);
	t2 = get_cycles();
	spin_unlock_irqrestore(&i8253_lock, flags);
	ref->tsc = t1 + (t2 - t1) / 2;
	ref->spread = (u32)min_t(u64, t2 - t1, ~0U);
	ref->count = (u16)(hi << 8 | lo);
}

/**
 * tsc_read_pit_ref - read PIT channel 2's count and the TSC at the same time
 * @ref: where the best of REF_TRIES pairs goes
 *
 * Channel 2 must be counting (pit_start_ch2()). Each try reads the TSC
 * on both sides of the count; the try whose two reads are closest is
 * kept. As 2.6.32's tsc_read_refs(), with the PIT as the reference.
 *
 * Context: any; takes i8253_lock with interrupts off around each pair.
 * Return: 0, or -EIO if no pair was read within SMI_TRESHOLD cycles
 * (@ref then holds the best one anyway).
 */
int tsc_read_pit_ref(struct tsc_pit_ref *ref)
{
	struct tsc_pit_ref r;
	int i;

	ref->spread = ~0U;
	for (i = 0; i < REF_TRIES; i++) {
		pit_ref_once(&r);
		if (r.spread < ref->spread)
			*ref = r;
	}
	return ref->spread < SMI_TRESHOLD ? 0 : -EIO;
}

/**
 * tsc_pit_khz - TSC cycles per millisecond between two references
 * @start: the earlier reference
 * @end: the later one, less than 0x10000 PIT ticks after @start
 *
 * Context: any.
 * Return: the rate in kHz, or 0 if no PIT tick passed between them.
 */
unsigned long tsc_pit_khz(const struct tsc_pit_ref *start, const struct tsc_pit_ref *end)
{
	u32 ticks = (u16)(start->count - end->count); /* counting down, modulo 2^16 */

	if (!ticks || end->tsc <= start->tsc)
		return 0;
	return (unsigned long)div64_u64((end->tsc - start->tsc) * PIT_TICK_RATE, (u64)ticks * 1000);
}

/**
 * pit_start_ch2 - start PIT channel 2 counting down from 0xffff, speaker off
 *
 * Mode 0: the output goes high when the count reaches 0 (55 ms later)
 * and stays high, so pit_ch2_wrapped() tells a wait that ran past it.
 *
 * Context: boot or a test; nothing else may be using channel 2.
 * Return: port 0x61 as it was, for pit_stop_ch2().
 */
u8 pit_start_ch2(void)
{
	unsigned long flags;
	u8 b = inb(PORT_B);

	spin_lock_irqsave(&i8253_lock, flags);
	outb((b & ~PORT_B_SPEAKER) | PORT_B_GATE2, PORT_B);
	/* 0xb0: channel 2, lobyte/hibyte, mode 0 (interrupt on terminal count), binary */
	outb(0xb0, PIT_MODE);
	outb(0xff, PIT_CH2);
	outb(0xff, PIT_CH2);
	spin_unlock_irqrestore(&i8253_lock, flags);
	return b;
}

/**
 * pit_ch2_wrapped - has channel 2 counted down to 0 since pit_start_ch2()?
 *
 * Context: any.
 * Return: true once 0xffff ticks (55 ms) have passed.
 */
bool pit_ch2_wrapped(void)
{
	return inb(PORT_B) & PORT_B_OUT2;
}

/**
 * pit_stop_ch2 - give port 0x61 back as pit_start_ch2() found it
 * @portb: what pit_start_ch2() returned
 *
 * Context: any.
 */
void pit_stop_ch2(u8 portb)
{
	outb(portb, PORT_B);
}

/*
 * Is the window r1..r2 known to 1/2048? Each TSC is off by half its
 * pair's spread, and the count difference by less than a tick.
 */
static bool tsc_window_precise(const struct tsc_pit_ref *r1, const struct tsc_pit_ref *r2)
{
	u64 cycles = r2->tsc - r1->tsc;
	u32 ticks = (u16)(r1->count - r2->count);
	u64 error = r1->spread / 2 + r2->spread / 2 + div64_u64(cycles, ticks ? ticks : 1);

	return error * CAL_PRECISION <= cycles;
}

/**
 * tsc_measure_pit - time at least @ticks PIT ticks with the TSC
 * @ticks: how long to wait at least, in PIT ticks (under 0x8000: 27 ms)
 * @tries: how many times to try for pairs read within SMI_TRESHOLD
 * @start: the first reference of the try kept (its TSC starts sched_clock())
 *
 * Each try restarts channel 2, reads a reference, waits until the count
 * has gone down by @ticks, and reads another. While the two ends' error
 * (half of each pair's spread, and a tick) is more than 1/2048 of
 * the window, the window is doubled: the precision 2.6.32's
 * quick_pit_calibrate() stops at. The first try whose references are
 * both good is kept; if none is, the one whose pairs were tightest. A try
 * whose wait ran past the counter's 55 ms is dropped.
 *
 * Context: boot or a test, channel 2 free; interrupts may be on.
 * Return: the TSC rate in kHz, 0 if no try could be used.
 */
unsigned long tsc_measure_pit(u32 ticks, int tries, struct tsc_pit_ref *start)
{
	unsigned long khz = 0;
	u32 best = ~0U;
	int i;

	for (i = 0; i < tries; i++) {
		struct tsc_pit_ref r1, r2;
		u8 portb = pit_start_ch2();
		bool good = !tsc_read_pit_ref(&r1), wrapped;
		u32 wait = ticks, end_bad;

		for (;;) {
			do
				pit_ref_once(&r2);
			while ((u16)(r1.count - r2.count) < wait && !pit_ch2_wrapped());
			end_bad = tsc_read_pit_ref(&r2);
			if (tsc_window_precise(&r1, &r2) || wait >= 0x4000 || pit_ch2_wrapped())
				break;
			wait *= 2;
		}
		good &= !end_bad;
		wrapped = pit_ch2_wrapped();
		pit_stop_ch2(portb);
		if (wrapped)
			continue; /* the count passed 0: the ticks in between are unknown */
		if (r1.spread + r2.spread < best) {
			best = r1.spread + r2.spread;
			khz = tsc_pit_khz(&r1, &r2);
			*start = r1;
		}
		if (good)
			break;
	}
	return khz;
}

static cycle_t read_tsc(struct clocksource *cs)
{
	return (cycle_t)get_cycles();
}

/* clocksource_tsc - the TSC as timekeeping's clocksource */
static struct clocksource clocksource_tsc = {
	.name = "tsc",
	.rating = 300,
	.read = read_tsc,
	.mask = CLOCKSOURCE_MASK(64),
	.shift = 22,
	.flags = CLOCK_SOURCE_IS_CONTINUOUS | CLOCK_SOURCE_MUST_VERIFY,
};

/* Offer the TSC to timekeeping; it takes over at clocksource_done_booting(). */
static void init_tsc_clocksource(void)
{
	if (!tsc_khz)
		return;
	clocksource_tsc.mult = clocksource_khz2mult(tsc_khz, clocksource_tsc.shift);
	clocksource_register(&clocksource_tsc);
}

/**
 * tsc_init - measure the TSC's rate and start the sched_clock() clock
 *
 * Context: boot, interrupts off.
 */
void tsc_init(void)
{
	struct tsc_pit_ref start;
	unsigned long khz = tsc_measure_pit(CAL_TICKS, CAL_TRIES, &start);

	if (!khz)
		panic("TSC: unable to calibrate against the PIT");
	cpu_khz = khz;
	tsc_khz = cpu_khz;
	tsc_at_boot = start.tsc;
	cyc2ns_scale = (1000000UL << CYC2NS_SCALE_FACTOR) / cpu_khz;
	printk(KERN_INFO "Detected %u.%03u MHz processor.\n", cpu_khz / 1000, cpu_khz % 1000);
	init_tsc_clocksource();
}

/**
 * sched_clock - nanoseconds since the TSC's calibration began (2.6.32: since TSC 0)
 *
 * Context: any.
 * Return: 0 before tsc_init(), then a clock that never goes back.
 */
unsigned long long sched_clock(void)
{
	/* before tsc_init() cyc2ns_scale is 0, and so is the result: no test needed */
	unsigned long long cycles = get_cycles() - tsc_at_boot;

	/* overflows after 2^54 cycles (208 days at 1 GHz), as 2.6.32's */
	return (cycles * cyc2ns_scale) >> CYC2NS_SCALE_FACTOR;
}
