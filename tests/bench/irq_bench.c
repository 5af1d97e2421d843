/*
 * irq_bench.c - what interrupts, tasklets and timers cost, in instructions.
 *
 * Under `make bench` (QEMU -icount shift=0) the TSC counts instructions,
 * so these figures repeat exactly:
 *
 *   tick_interrupt       the whole tick: entry stub, do_IRQ, the XT-PIC
 *                        flow, timer_interrupt, irq_exit and the TIMER
 *                        softirq. Measured as the extra instructions a
 *                        fixed loop takes with interrupts on versus off.
 *   tasklet_schedule_run from tasklet_schedule() to the tasklet's first
 *                        instruction, through local_bh_enable().
 *   timer_add_expire     add_timer() of a due timer plus its share of the
 *                        TIMER softirq that runs it.
 */
#include <linux/kernel.h>
#include <linux/interrupt.h>
#include <linux/timer.h>
#include <linnet/bench.h>

/* Count loop rounds until jiffies reaches @end or @max rounds are done. */
static noinline unsigned long spin(unsigned long end, unsigned long max)
{
	unsigned long n = 0;

	while (time_before(jiffies, end) && n < max)
		n++;
	return n;
}

static u64 bench_tick(unsigned long iters)
{
	unsigned long flags, rounds, j = jiffies;
	u64 t0, with, without;

	while (jiffies == j)
		cpu_relax();
	t0 = get_cycles();
	rounds = spin(jiffies + iters, ULONG_MAX);
	with = get_cycles() - t0;
	local_irq_save(flags);
	t0 = get_cycles();
	spin(jiffies + ULONG_MAX / 2, rounds);
	without = get_cycles() - t0;
	local_irq_restore(flags);
	return with > without ? with - without : 0;
}
DEFINE_BENCH(tick_interrupt, bench_tick, 20);

static u64 tasklet_t0, tasklet_total;

static void bench_tasklet_fn(unsigned long data)
{
	tasklet_total += get_cycles() - tasklet_t0;
}

static u64 bench_tasklet(unsigned long iters)
{
	DECLARE_TASKLET(t, bench_tasklet_fn, 0);
	unsigned long i;

	tasklet_total = 0;
	for (i = 0; i < iters; i++) {
		local_bh_disable();
		tasklet_t0 = get_cycles();
		tasklet_schedule(&t);
		local_bh_enable();
	}
	return tasklet_total;
}
DEFINE_BENCH(tasklet_schedule_run, bench_tasklet, 1000);

#define NR_BENCH_TIMERS 1000
static struct timer_list bench_timers[NR_BENCH_TIMERS];
static unsigned long bench_fired;

static void bench_timer_fn(unsigned long data)
{
	bench_fired++;
}

static u64 bench_timer(unsigned long iters)
{
	unsigned long i, j;
	u64 t0;

	bench_fired = 0;
	for (i = 0; i < iters; i++)
		setup_timer(&bench_timers[i], bench_timer_fn, i);
	/*
	 * A timer due now fires at the next __run_timers() only if the
	 * timer wheel has not yet run this jiffy (base->timer_jiffies <=
	 * jiffies); after the tick's own softirq has run it, it waits for
	 * the next tick. So wait for a tick with softirqs held back: jiffies
	 * moves on and the wheel stays behind until local_bh_enable().
	 */
	local_bh_disable();
	j = jiffies;
	while (jiffies == j)
		cpu_relax();
	t0 = get_cycles();
	for (i = 0; i < iters; i++) {
		bench_timers[i].expires = jiffies;
		add_timer(&bench_timers[i]);
	}
	raise_softirq(TIMER_SOFTIRQ);
	local_bh_enable();
	t0 = get_cycles() - t0;
	WARN_ON(bench_fired != iters);
	return t0;
}
DEFINE_BENCH(timer_add_expire, bench_timer, NR_BENCH_TIMERS);
