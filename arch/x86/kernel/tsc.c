/*
 * tsc.c - measuring the CPU clock against the 8254 and counting time with it.
 *
 * The TSC counts CPU cycles, but nothing says how fast: that has to be
 * measured against a clock of known rate. The 8254 PIT runs at 1193182 Hz
 * on every PC. Channel 2 (the one wired to the speaker) can be started
 * and stopped through port 0x61 without disturbing channel 0, the tick:
 * load it with a count worth CAL_MS milliseconds in mode 0, read the TSC,
 * wait for the channel's output to go high, read the TSC again. The
 * difference divided by CAL_MS is cycles per millisecond: cpu_khz.
 *
 * Linux 2.6.32's native_calibrate_tsc() first tries quick_pit_calibrate():
 * count channel 2 down from 0xffff and read the TSC at each change of the
 * count's high byte (every 256 PIT ticks, 215 us), until the uncertainty
 * of those readings (the time of one PIT read on each side) is under
 * 1/2048 of the interval, giving up after 25 ms; then it falls back to a
 * loop like the one here, run up to three times and checked against the
 * HPET or the ACPI PM timer. Linnet runs the fallback alone, once: under
 * QEMU's TCG the quick way cannot succeed. Tried on Linnet: the first
 * step's uncertainty includes QEMU translating the wait loop's exit
 * (about 10 us, 20 000 cycles), which needs some 17 ms of steps to fall
 * under 1/2048, longer than the 10 ms it would save; and on a loaded host
 * QEMU's thread is descheduled for more than 215 us and misses a step, so
 * it fails after all. Linux 6.1 in the same QEMU also finds the PIT
 * unusable and calibrates against the HPET (docs/performance.md).
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
 * follows the same virtual clock, so cpu_khz comes out at exactly
 * 1000000 (one instruction per nanosecond).
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
#include <linux/time.h>
#include <asm/i8253.h>
#include <asm/io.h>
#include <asm/timex.h>
#include <asm/tsc.h>

#define PORT_B 0x61 /* the keyboard controller's port B: speaker gate */
#define PORT_B_GATE2 0x01 /* channel 2 gate: counting when set */
#define PORT_B_SPEAKER 0x02 /* speaker data: keep it off */
#define PORT_B_OUT2 0x20 /* channel 2 output, read-only */
#define CAL_MS 10
#define CAL_LATCH (PIT_TICK_RATE / (1000 / CAL_MS))

unsigned int cpu_khz;
EXPORT_SYMBOL(cpu_khz);
unsigned int tsc_khz;
EXPORT_SYMBOL(tsc_khz);
static unsigned long long tsc_at_boot;
/* 2.6.32's cyc2ns: nanoseconds per cycle, in units of 2^-CYC2NS_SCALE_FACTOR */
#define CYC2NS_SCALE_FACTOR 10
static unsigned long cyc2ns_scale;

/* Time CAL_MS milliseconds of PIT channel 2 with the TSC. */
static unsigned long long pit_measure_tsc(void)
{
	unsigned long long t1, t2;
	u8 b = inb(PORT_B);

	outb((b & ~PORT_B_SPEAKER) | PORT_B_GATE2, PORT_B);
	/* 0xb0: channel 2, lobyte/hibyte, mode 0 (interrupt on terminal count), binary */
	outb(0xb0, PIT_MODE);
	outb(CAL_LATCH & 0xff, PIT_CH2);
	outb(CAL_LATCH >> 8, PIT_CH2);
	t1 = get_cycles();
	while (!(inb(PORT_B) & PORT_B_OUT2))
		;
	t2 = get_cycles();
	outb(b, PORT_B);
	return t2 - t1;
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
	unsigned long long delta = pit_measure_tsc();

	cpu_khz = (unsigned int)(delta / CAL_MS);
	tsc_khz = cpu_khz;
	tsc_at_boot = get_cycles() - delta;
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
