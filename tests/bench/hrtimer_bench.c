/*
 * hrtimer_bench.c - what an hrtimer costs, in instructions.
 *
 * Under `make bench` (QEMU -icount shift=0) the TSC counts instructions:
 *
 *   hrtimer_start_fire    hrtimer_start() of a timer that is already due,
 *                         to its callback's first instruction: the tree
 *                         insert, the HRTIMER softirq, hrtimer_interrupt(),
 *                         __run_hrtimer() and reprogramming the PIT for the
 *                         next event (the tick). High-resolution mode only.
 *   hrtimer_start_cancel  hrtimer_start() and hrtimer_cancel() of a timer
 *                         among 1,000 queued ones: two walks of a tree ten
 *                         levels deep, plus the rebalancing.
 *
 * The tick's own cost is irq_bench.c's tick_interrupt: in high-resolution
 * mode it is hrtimer_interrupt() -> tick_sched_timer() plus the PIT's
 * one-shot reprogramming; with highres=off, tick_handle_periodic().
 */
#include <linux/kernel.h>
#include <linux/hrtimer.h>
#include <linux/interrupt.h>
#include <linux/jiffies.h>
#include <asm/processor.h>
#include <linnet/bench.h>

static struct hrtimer bench_hrtimer;
static u64 hr_t0, hr_total;

static enum hrtimer_restart bench_hrtimer_fn(struct hrtimer *timer)
{
	hr_total += get_cycles() - hr_t0;
	return HRTIMER_NORESTART;
}

/* High resolution comes at the first TIMER softirq after boot: wait a few ticks. */
static bool wait_for_hres(void)
{
	unsigned long end = jiffies + 5;

	while (!hrtimer_hres_active() && time_before(jiffies, end))
		halt();
	return hrtimer_hres_active();
}

static u64 bench_hrtimer_start_fire(unsigned long iters)
{
	unsigned long i;

	if (!wait_for_hres()) {
		printk(KERN_INFO "hrtimer_start_fire: not in high-resolution mode (highres=off)\n");
		return 0;
	}
	hrtimer_init(&bench_hrtimer, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
	bench_hrtimer.function = bench_hrtimer_fn;
	hr_total = 0;
	for (i = 0; i < iters; i++) {
		local_bh_disable();
		hr_t0 = get_cycles();
		hrtimer_start(&bench_hrtimer, ktime_set(0, 0), HRTIMER_MODE_REL);
		local_bh_enable(); /* the HRTIMER softirq runs it */
	}
	WARN_ON(hrtimer_active(&bench_hrtimer));
	return hr_total;
}
DEFINE_BENCH(hrtimer_start_fire, bench_hrtimer_start_fire, 1000);

#define NR_QUEUED 1000
static struct hrtimer queued[NR_QUEUED];

static enum hrtimer_restart never_fn(struct hrtimer *timer)
{
	return HRTIMER_NORESTART;
}

static u64 bench_hrtimer_start_cancel(unsigned long iters)
{
	ktime_t far = ktime_add_ns(ktime_get(), 100ULL * NSEC_PER_SEC);
	unsigned long i;
	u64 t0;

	for (i = 0; i < NR_QUEUED; i++) {
		hrtimer_init(&queued[i], CLOCK_MONOTONIC, HRTIMER_MODE_ABS);
		queued[i].function = never_fn;
		hrtimer_start(&queued[i], ktime_add_ns(far, i * 1000ULL), HRTIMER_MODE_ABS);
	}
	hrtimer_init(&bench_hrtimer, CLOCK_MONOTONIC, HRTIMER_MODE_ABS);
	bench_hrtimer.function = never_fn;
	t0 = get_cycles();
	for (i = 0; i < iters; i++) {
		hrtimer_start(&bench_hrtimer, ktime_add_ns(far, (i % NR_QUEUED) * 1000ULL + 500),
			      HRTIMER_MODE_ABS);
		hrtimer_cancel(&bench_hrtimer);
	}
	t0 = get_cycles() - t0;
	for (i = 0; i < NR_QUEUED; i++)
		hrtimer_cancel(&queued[i]);
	return t0;
}
DEFINE_BENCH(hrtimer_start_cancel, bench_hrtimer_start_cancel, 1000);
