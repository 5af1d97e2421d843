/*
 * timer_list.c - every hrtimer and the tick device, in /proc/timer_list's format.
 *
 * A debugging view: for each clock base, its resolution, its clock, and
 * its queued timers in expiry order (a walk of the red-black tree from
 * base->first); then the hrtimer counters (hres_active, nr_events...) and
 * the tick device with its clock event device. The text is what Linux
 * 2.6.32 prints in /proc/timer_list ("Timer List Version: v0.5"), so the
 * two can be compared line by line. Linnet shows it as /proc/timer_list
 * (fs/proc/kviews.c) and as the kernel shell's `timer_list` command
 * (kernel/debug/kdb/kdb_views.c).
 *
 * The NO_HZ fields (nohz_mode, idle_tick ... idle_expires) are printed as
 * 2.6.32 built with NO_HZ prints them when it does not stop the tick
 * (nohz=off): zero but for the idle accounting's idle_entrytime and
 * idle_sleeptime (kernel/time/tick-sched.c).
 * As in 2.6.32, each timer is copied under the lock and printed after it
 * is dropped, since printing may sleep. See docs/time.md.
 */
#include <linux/kernel.h>
#include <linux/clockchips.h>
#include <linux/hrtimer.h>
#include <linux/jiffies.h>
#include <linux/kallsyms.h>
#include <linux/tick.h>

struct timer_list_out {
	void (*print)(void *arg, const char *fmt, ...);
	void *arg;
};

#define SEQ_printf(m, ...) ((m)->print((m)->arg, __VA_ARGS__))

static void print_name_offset(struct timer_list_out *m, const void *sym)
{
	char namebuf[KSYM_NAME_LEN];
	unsigned long size, offset;
	char *modname;

	if (kallsyms_lookup((unsigned long)sym, &size, &offset, &modname, namebuf))
		SEQ_printf(m, "%s", namebuf);
	else
		SEQ_printf(m, "<%p>", sym);
}

/* @taddr: the timer's address; @timer: a copy of it */
static void print_timer(struct timer_list_out *m, struct hrtimer *taddr, struct hrtimer *timer,
			int idx, u64 now)
{
	SEQ_printf(m, " #%d: ", idx);
	print_name_offset(m, taddr);
	SEQ_printf(m, ", ");
	print_name_offset(m, timer->function);
	SEQ_printf(m, ", S:%02lx\n", timer->state);
	SEQ_printf(m, " # expires at %llu-%llu nsecs [in %lld to %lld nsecs]\n",
		   (unsigned long long)ktime_to_ns(hrtimer_get_softexpires(timer)),
		   (unsigned long long)ktime_to_ns(hrtimer_get_expires(timer)),
		   (long long)(ktime_to_ns(hrtimer_get_softexpires(timer)) - now),
		   (long long)(ktime_to_ns(hrtimer_get_expires(timer)) - now));
}

/*
 * Print the queued timers in expiry order. @print may sleep, so each timer
 * is copied under the lock and printed after it is dropped; finding the
 * next one means walking from the first again (O(n^2), as in 2.6.32: the
 * tree may change while unlocked).
 */
static void print_active_timers(struct timer_list_out *m, struct hrtimer_clock_base *base, u64 now)
{
	struct hrtimer *timer, tmp;
	unsigned long next = 0, i, flags;
	struct rb_node *curr;

	for (;;) {
		spin_lock_irqsave(&base->cpu_base->lock, flags);
		for (i = 0, curr = base->first; curr && i < next; i++)
			curr = rb_next(curr);
		if (!curr) {
			spin_unlock_irqrestore(&base->cpu_base->lock, flags);
			return;
		}
		/* cppcheck-suppress nullPointer ; container_of's offsetof */
		timer = rb_entry(curr, struct hrtimer, node);
		tmp = *timer;
		spin_unlock_irqrestore(&base->cpu_base->lock, flags);
		print_timer(m, timer, &tmp, i, now);
		next++;
	}
}

static void print_base(struct timer_list_out *m, struct hrtimer_clock_base *base, u64 now)
{
	SEQ_printf(m, "  .base:       %p\n", base);
	SEQ_printf(m, "  .index:      %d\n", base->index);
	SEQ_printf(m, "  .resolution: %llu nsecs\n",
		   (unsigned long long)ktime_to_ns(base->resolution));
	SEQ_printf(m, "  .get_time:   ");
	print_name_offset(m, base->get_time);
	SEQ_printf(m, "\n");
	SEQ_printf(m, "  .offset:     %llu nsecs\n", (unsigned long long)ktime_to_ns(base->offset));
	SEQ_printf(m, "active timers:\n");
	print_active_timers(m, base, now);
}

#define P(x) SEQ_printf(m, "  .%-15s: %llu\n", #x, (unsigned long long)(cpu_base->x))
#define P_ns(x) \
	SEQ_printf(m, "  .%-15s: %llu nsecs\n", #x, (unsigned long long)ktime_to_ns(cpu_base->x))
#define P_ts_ns(x) \
	SEQ_printf(m, "  .%-15s: %llu nsecs\n", #x, (unsigned long long)ktime_to_ns(ts->x))
#define P_zero(x) SEQ_printf(m, "  .%-15s: 0\n", #x)
#define P_zero_ns(x) SEQ_printf(m, "  .%-15s: 0 nsecs\n", #x)

static void print_cpu(struct timer_list_out *m, int cpu, u64 now)
{
	struct hrtimer_cpu_base *cpu_base = &hrtimer_bases;
	struct tick_sched *ts = tick_get_tick_sched(cpu);
	int i;

	SEQ_printf(m, "\ncpu: %d\n", cpu);
	for (i = 0; i < HRTIMER_MAX_CLOCK_BASES; i++) {
		SEQ_printf(m, " clock %d:\n", i);
		print_base(m, cpu_base->clock_base + i, now);
	}
	P_ns(expires_next);
	P(hres_active);
	P(nr_events);
	P(nr_retries);
	P(nr_hangs);
	P_ns(max_hang_time);
	/*
	 * the NO_HZ state of struct tick_sched: the tick is never stopped, so
	 * only the idle accounting's fields are set, as 2.6.32 with nohz=off
	 */
	P_zero(nohz_mode);
	P_zero_ns(idle_tick);
	P_zero(tick_stopped);
	P_zero(idle_jiffies);
	P_zero(idle_calls);
	P_zero(idle_sleeps);
	P_ts_ns(idle_entrytime);
	P_zero_ns(idle_waketime);
	P_zero_ns(idle_exittime);
	P_ts_ns(idle_sleeptime);
	P_zero(last_jiffies);
	P_zero(next_jiffies);
	P_zero_ns(idle_expires);
	SEQ_printf(m, "jiffies: %llu\n", (unsigned long long)jiffies);
}

static void print_tickdevice(struct timer_list_out *m, struct tick_device *td, int cpu)
{
	struct clock_event_device *dev = td->evtdev;

	SEQ_printf(m, "\nTick Device: mode:     %d\n", td->mode);
	SEQ_printf(m, "Per CPU device: %d\n", cpu);
	SEQ_printf(m, "Clock Event Device: ");
	if (!dev) {
		SEQ_printf(m, "<NULL>\n");
		return;
	}
	SEQ_printf(m, "%s\n", dev->name);
	SEQ_printf(m, " max_delta_ns:   %lu\n", dev->max_delta_ns);
	SEQ_printf(m, " min_delta_ns:   %lu\n", dev->min_delta_ns);
	SEQ_printf(m, " mult:           %lu\n", (unsigned long)dev->mult);
	SEQ_printf(m, " shift:          %d\n", dev->shift);
	SEQ_printf(m, " mode:           %d\n", dev->mode);
	SEQ_printf(m, " next_event:     %lld nsecs\n", (long long)ktime_to_ns(dev->next_event));
	SEQ_printf(m, " set_next_event: ");
	print_name_offset(m, dev->set_next_event);
	SEQ_printf(m, "\n set_mode:       ");
	print_name_offset(m, dev->set_mode);
	SEQ_printf(m, "\n event_handler:  ");
	print_name_offset(m, dev->event_handler);
	SEQ_printf(m, "\n");
}

/**
 * timer_list_show - print /proc/timer_list
 * @print: called with @arg and a printf format for each piece of text
 * @arg: passed to @print
 *
 * Linnet-only signature (2.6.32's takes a seq_file); the text is 2.6.32's.
 *
 * Context: process context.
 */
void timer_list_show(void (*print)(void *arg, const char *fmt, ...), void *arg)
{
	struct timer_list_out out = { print, arg }, *m = &out;
	u64 now = ktime_to_ns(ktime_get());

	SEQ_printf(m, "Timer List Version: v0.5\n");
	SEQ_printf(m, "HRTIMER_MAX_CLOCK_BASES: %d\n", HRTIMER_MAX_CLOCK_BASES);
	SEQ_printf(m, "now at %lld nsecs\n", (long long)now);
	print_cpu(m, 0, now);
	SEQ_printf(m, "\n");
	print_tickdevice(m, &tick_cpu_device, 0);
	SEQ_printf(m, "\n");
}
