/*
 * timekeeping.c - the tick: counting jiffies and keeping the wall clock.
 *
 * IRQ0 arrives HZ times a second from the PIT (arch/x86/kernel/i8253.c).
 * timer_interrupt() works out how many ticks really happened since the
 * last one it saw, do_timer() adds them to jiffies_64 and to the wall
 * clock (xtime), and update_process_times() raises the TIMER softirq and
 * gives the scheduler its tick.
 *
 * Why "how many ticks": if interrupts stay off for longer than a tick,
 * or the emulator delivers ticks late, the PIT's edges arrive while IRQ0
 * is already pending and merge into one interrupt. Counting interrupts
 * would lose time. So, as Linux's i386 TSC timer did, each tick reads
 * the PIT counter (how far into the current tick we are) and the TSC,
 * which places the latest PIT edge on the TSC's time line; the distance
 * from the previous edge, in PIT periods, is the number of ticks:
 *
 *   edges     |        |        |        |        |
 *   irq            ^ (late)                  ^ (interrupts were off)
 *   accounted      1                         3
 *
 * Under QEMU -icount no tick is ever late and this always counts 1.
 *
 * The wall clock: xtime is set from the CMOS RTC at boot and advanced a
 * tick's length (TICK_NSEC) per tick; getnstimeofday() adds the TSC time
 * since the last edge. See docs/time.md.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/jiffies.h>
#include <linux/rtc.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <linux/timer.h>
#include <asm/i8253.h>
#include <asm/timex.h>

/* xtime - the wall-clock time at the last tick edge */
static struct timespec xtime;
/* TSC at the last accounted PIT edge; TSC cycles per PIT period */
static cycles_t last_edge_tsc;
static u64 cycles_per_tick;

/**
 * do_timer - account ticks: advance jiffies_64 and the wall clock
 * @ticks: how many ticks passed
 *
 * Context: the tick interrupt, interrupts off.
 */
void do_timer(unsigned long ticks)
{
	jiffies_64 += ticks;
	set_normalized_timespec(&xtime, xtime.tv_sec, xtime.tv_nsec + (s64)ticks * TICK_NSEC);
}

static u64 pit_clocks_to_cycles(unsigned int clocks)
{
	return (u64)clocks * cpu_khz * 1000 / PIT_TICK_RATE;
}

/*
 * Place the latest PIT edge on the TSC's time line and count the
 * periods since the previous one, rounded to the nearest: a duplicate
 * interrupt for an edge already counted gives 0.
 */
static unsigned long ticks_since_last_edge(void)
{
	cycles_t now = get_cycles();
	unsigned int count = pit_read_count();
	cycles_t edge = now - pit_clocks_to_cycles(LATCH - min(count, (unsigned int)LATCH));
	unsigned long ticks;

	if (!cycles_per_tick)
		return 1;
	ticks = (unsigned long)((edge - last_edge_tsc + cycles_per_tick / 2) / cycles_per_tick);
	/* anchor on the measured edge, so TSC calibration error cannot pile up */
	if (ticks)
		last_edge_tsc = edge;
	return ticks;
}

static irqreturn_t timer_interrupt(int irq, void *dev_id)
{
	unsigned long ticks = ticks_since_last_edge();

	if (!ticks)
		return IRQ_HANDLED;
	do_timer(ticks);
	update_process_times(0);
	return IRQ_HANDLED;
}

static struct irqaction irq0 = {
	.handler = timer_interrupt,
	.flags = IRQF_DISABLED | IRQF_TIMER,
	.name = "timer",
};

/**
 * time_init - start the tick: program the PIT and claim IRQ0
 *
 * Context: boot, interrupts off, after tsc_init() and init_IRQ().
 */
void time_init(void)
{
	cycles_per_tick = pit_clocks_to_cycles(LATCH);
	setup_pit_timer();
	last_edge_tsc = get_cycles();
	setup_irq(0, &irq0);
}

/**
 * timekeeping_init - set the wall clock from the CMOS RTC
 *
 * Context: boot.
 */
void timekeeping_init(void)
{
	xtime.tv_sec = mach_get_cmos_time();
	xtime.tv_nsec = 0;
}

/**
 * getnstimeofday - the wall-clock time, to the nanosecond
 * @ts: the result: seconds and nanoseconds since 1970-01-01 UTC
 *
 * Context: any.
 */
void getnstimeofday(struct timespec *ts)
{
	unsigned long flags;
	cycles_t since;
	s64 ns;

	local_irq_save(flags);
	*ts = xtime;
	since = get_cycles() - last_edge_tsc;
	local_irq_restore(flags);
	ns = cpu_khz ? (s64)(since * 1000000 / cpu_khz) : 0;
	set_normalized_timespec(ts, ts->tv_sec, ts->tv_nsec + ns);
}
EXPORT_SYMBOL_GPL(getnstimeofday);

/**
 * do_gettimeofday - the wall-clock time, to the microsecond
 * @tv: the result: seconds and microseconds since 1970-01-01 UTC
 *
 * Context: any.
 */
void do_gettimeofday(struct timeval *tv)
{
	struct timespec ts;

	getnstimeofday(&ts);
	tv->tv_sec = ts.tv_sec;
	tv->tv_usec = ts.tv_nsec / NSEC_PER_USEC;
}
EXPORT_SYMBOL(do_gettimeofday);

/**
 * current_kernel_time - the wall-clock time at the last tick
 *
 * Cheaper than getnstimeofday() and a tick coarse.
 *
 * Context: any.
 * Return: the time at the last tick.
 */
struct timespec current_kernel_time(void)
{
	unsigned long flags;
	struct timespec now;

	local_irq_save(flags);
	now = xtime;
	local_irq_restore(flags);
	return now;
}
EXPORT_SYMBOL(current_kernel_time);

/**
 * get_seconds - the wall-clock seconds at the last tick
 *
 * Context: any.
 * Return: seconds since 1970-01-01 UTC.
 */
unsigned long get_seconds(void)
{
	return xtime.tv_sec;
}
EXPORT_SYMBOL(get_seconds);
