/*
 * clocksource.c - the registry of clocksources, and picking the best one.
 *
 * Drivers describe their counters as struct clocksource and register
 * them here: the TSC (arch/x86/kernel/tsc.c, rating 300), the PIT
 * (arch/x86/kernel/i8253.c, 110) and jiffies (kernel/time/jiffies.c, 1).
 * The list is kept sorted by rating, and once booting is far enough along
 * (clocksource_done_booting()) the best one is handed to timekeeping,
 * which from then on reads time from it:
 *
 *   clocksource_list:  tsc (300) -> pit (110) -> jiffies (1)
 *                       ^ curr_clocksource -> timekeeping_notify()
 *
 * The hard part of a clocksource is its mult/shift pair: conversion to
 * nanoseconds is a multiply and a shift, never a division, because it
 * happens on every clock read. clocksource_khz2mult() and
 * clocksource_hz2mult() compute mult for a chosen shift.
 *
 * Linux 2.6.32 also has a watchdog that checks a MUST_VERIFY clocksource
 * (the TSC) against another and demotes it if it drifts, and a sysfs file
 * to override the choice; Linnet has neither: QEMU's TSC is stable. See
 * docs/time.md.
 */
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/init.h>
#include <linux/clocksource.h>
#include <linux/list.h>
#include <linux/spinlock.h>
#include <linux/time.h>

static LIST_HEAD(clocksource_list);
static DEFINE_SPINLOCK(clocksource_lock);
static struct clocksource *curr_clocksource;
static int finished_booting;

void timekeeping_notify(struct clocksource *clock);

/**
 * clocksource_khz2mult - the mult for a clock counting at @khz kHz
 * @khz: the clock's rate in kHz
 * @shift_constant: the shift the mult is for
 *
 * A cycle lasts 10^6 / @khz ns, so mult = (10^6 << shift) / khz, rounded
 * to the nearest. A larger shift keeps more precision but leaves fewer
 * bits before cycles * mult overflows 64 bits.
 *
 * Context: any.
 * Return: the mult.
 */
u32 clocksource_khz2mult(u32 khz, u32 shift_constant)
{
	u64 tmp = ((u64)1000000) << shift_constant;

	tmp += khz / 2; /* round to the nearest */
	return (u32)(tmp / khz);
}

/**
 * clocksource_hz2mult - the mult for a clock counting at @hz Hz
 * @hz: the clock's rate in Hz
 * @shift_constant: the shift the mult is for
 *
 * As clocksource_khz2mult(), for slow clocks such as the PIT's 1.19 MHz.
 *
 * Context: any.
 * Return: (10^9 << shift) / hz, rounded to the nearest.
 */
u32 clocksource_hz2mult(u32 hz, u32 shift_constant)
{
	u64 tmp = ((u64)1000000000) << shift_constant;

	tmp += hz / 2;
	return (u32)(tmp / hz);
}

/* The highest-rated clocksource goes to timekeeping; once booted only. */
static void clocksource_select(void)
{
	struct clocksource *best;

	if (!finished_booting || list_empty(&clocksource_list))
		return;
	/* cppcheck-suppress nullPointer ; container_of's offsetof */
	best = list_first_entry(&clocksource_list, struct clocksource, list);
	if (curr_clocksource != best) {
		printk(KERN_INFO "Switching to clocksource %s\n", best->name);
		curr_clocksource = best;
		timekeeping_notify(best);
	}
}

static void clocksource_enqueue(struct clocksource *cs)
{
	struct list_head *entry = &clocksource_list;
	struct clocksource *tmp;

	list_for_each_entry(tmp, &clocksource_list, list)
		if (tmp->rating >= cs->rating)
			entry = &tmp->list; /* insert after the last as good */
	list_add(&cs->list, entry);
}

/**
 * clocksource_register - offer a clocksource to timekeeping
 * @cs: the clocksource, with read, mask, mult, shift and rating set
 *
 * Context: process context or boot.
 * Return: 0.
 */
int clocksource_register(struct clocksource *cs)
{
	unsigned long flags;

	spin_lock_irqsave(&clocksource_lock, flags);
	clocksource_enqueue(cs);
	clocksource_select();
	spin_unlock_irqrestore(&clocksource_lock, flags);
	return 0;
}
EXPORT_SYMBOL(clocksource_register);

/**
 * clocksource_unregister - withdraw a clocksource
 * @cs: the clocksource; if it is in use, the next best takes over
 *
 * Context: process context or boot.
 */
void clocksource_unregister(struct clocksource *cs)
{
	unsigned long flags;

	spin_lock_irqsave(&clocksource_lock, flags);
	list_del(&cs->list);
	clocksource_select();
	spin_unlock_irqrestore(&clocksource_lock, flags);
}
EXPORT_SYMBOL(clocksource_unregister);

/*
 * Until now timekeeping ran on jiffies (clocksource_default_clock()),
 * which needs no calibration; now the best registered one takes over.
 */
static int clocksource_done_booting(void)
{
	unsigned long flags;

	spin_lock_irqsave(&clocksource_lock, flags);
	curr_clocksource = clocksource_default_clock();
	finished_booting = 1;
	clocksource_select();
	spin_unlock_irqrestore(&clocksource_lock, flags);
	return 0;
}
fs_initcall(clocksource_done_booting);
