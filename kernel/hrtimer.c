/*
 * hrtimer.c - high-resolution timers: red-black trees of nanosecond events.
 *
 * Each clock (CLOCK_REALTIME, CLOCK_MONOTONIC) has a clock base holding
 * its queued timers in a red-black tree ordered by expiry, with the
 * leftmost node cached in base->first:
 *
 *   hrtimer_bases.clock_base[CLOCK_MONOTONIC].active
 *                     [t=40ms]
 *                    /        \
 *           [t=12ms]            [t=90ms]
 *           /      \
 *   first->[t=10ms] [t=20ms]
 *
 * Inserting and removing are O(log n); finding the next timer is O(1).
 *
 * Two modes, as in 2.6.32:
 *
 * - low resolution, at boot: the periodic tick calls hrtimer_run_queues(),
 *   which runs every timer whose time has come. Timers fire on tick
 *   boundaries, never early.
 * - high resolution: at the first TIMER softirq after a continuous
 *   clocksource (the TSC) is in use, hrtimer_run_pending() switches the
 *   tick device (the 8254 PIT) to one-shot mode with hrtimer_interrupt()
 *   as its handler. The device is then always programmed for the earliest
 *   timer of all bases (cpu_base->expires_next), and the periodic tick
 *   becomes one more hrtimer (kernel/time/tick-sched.c:tick_sched_timer).
 *   `highres=off` on the command line keeps the periodic tick.
 *
 * Callbacks run in hard interrupt context with interrupts off, with the
 * base's lock dropped so they may re-arm timers; while one runs its timer
 * is in HRTIMER_STATE_CALLBACK and hrtimer_try_to_cancel() returns -1.
 *
 * Linux 2.6.32 has a base per CPU and migrates timers between them; Linnet
 * has one CPU and one base. 2.6.32 has per-task timer slack
 * (current->timer_slack_ns) for nanosleep; Linnet sleeps with no slack.
 * See docs/time.md.
 */
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/clockchips.h>
#include <linux/errno.h>
#include <linux/hardirq.h>
#include <linux/hrtimer.h>
#include <linux/init.h>
#include <linux/interrupt.h>
#include <linux/sched.h>
#include <linux/seqlock.h>
#include <linux/string.h>
#include <linux/tick.h>
#include <asm/uaccess.h>

/* hrtimer_bases - the CPU's clock bases: REALTIME and MONOTONIC */
struct hrtimer_cpu_base hrtimer_bases = {
	.clock_base = {
		{ .index = CLOCK_REALTIME, .get_time = ktime_get_real },
		{ .index = CLOCK_MONOTONIC, .get_time = ktime_get },
	},
};

/* the tick-coarse times of both clocks, for low-resolution mode */
static void hrtimer_get_softirq_time(struct hrtimer_cpu_base *base)
{
	struct timespec xts, tom;
	unsigned long seq;

	do {
		seq = read_seqbegin(&xtime_lock);
		xts = xtime;
		tom = wall_to_monotonic;
	} while (read_seqretry(&xtime_lock, seq));
	base->clock_base[CLOCK_REALTIME].softirq_time = timespec_to_ktime(xts);
	set_normalized_timespec(&xts, xts.tv_sec + tom.tv_sec, xts.tv_nsec + tom.tv_nsec);
	base->clock_base[CLOCK_MONOTONIC].softirq_time = timespec_to_ktime(xts);
}

static struct hrtimer_clock_base *lock_hrtimer_base(const struct hrtimer *timer,
						    unsigned long *flags)
{
	struct hrtimer_clock_base *base = timer->base;

	spin_lock_irqsave(&base->cpu_base->lock, *flags);
	return base;
}

static void unlock_hrtimer_base(const struct hrtimer *timer, unsigned long *flags)
{
	spin_unlock_irqrestore(&timer->base->cpu_base->lock, *flags);
}

/* ---- high resolution: programming the clock event device ---- */

static int hrtimer_hres_enabled = 1;

static int setup_hrtimer_hres(char *str)
{
	if (!strcmp(str, "off"))
		hrtimer_hres_enabled = 0;
	else if (!strcmp(str, "on"))
		hrtimer_hres_enabled = 1;
	else
		return 0;
	return 1;
}
__setup("highres=", setup_hrtimer_hres);

/* Program the device for the earliest timer of all bases. */
static void hrtimer_force_reprogram(struct hrtimer_cpu_base *cpu_base, int skip_equal)
{
	struct hrtimer_clock_base *base = cpu_base->clock_base;
	ktime_t expires, expires_next = { .tv64 = KTIME_MAX };
	int i;

	for (i = 0; i < HRTIMER_MAX_CLOCK_BASES; i++, base++) {
		struct hrtimer *timer;

		if (!base->first)
			continue;
		/* cppcheck-suppress nullPointer ; container_of's offsetof */
		timer = rb_entry(base->first, struct hrtimer, node);
		expires = ktime_sub(hrtimer_get_expires(timer), base->offset);
		if (expires.tv64 < 0)
			expires.tv64 = 0;
		if (expires.tv64 < expires_next.tv64)
			expires_next = expires;
	}
	if (skip_equal && expires_next.tv64 == cpu_base->expires_next.tv64)
		return;
	cpu_base->expires_next = expires_next;
	if (cpu_base->expires_next.tv64 != KTIME_MAX)
		tick_program_event(cpu_base->expires_next, 1);
}

/*
 * A timer became the first of its base: program the device for it if it
 * is earlier than what is programmed. Return: -ETIME if it has already
 * expired (the caller raises HRTIMER_SOFTIRQ to run it), else 0.
 */
static int hrtimer_reprogram(struct hrtimer *timer, struct hrtimer_clock_base *base)
{
	ktime_t *expires_next = &base->cpu_base->expires_next;
	ktime_t expires = ktime_sub(hrtimer_get_expires(timer), base->offset);
	int res;

	/* re-armed from its own callback: hrtimer_interrupt() reprograms after */
	if (hrtimer_callback_running(timer))
		return 0;
	if (expires.tv64 < 0)
		return -ETIME;
	if (expires.tv64 >= expires_next->tv64)
		return 0;
	res = tick_program_event(expires, 0);
	if (!res)
		*expires_next = expires;
	return res;
}

/* Realtime timers are kept in wall time: offset = realtime - monotonic. */
static void hrtimer_update_offsets(struct hrtimer_cpu_base *base)
{
	struct timespec realtime_offset, wtm;
	unsigned long seq;

	do {
		seq = read_seqbegin(&xtime_lock);
		wtm = wall_to_monotonic;
	} while (read_seqretry(&xtime_lock, seq));
	set_normalized_timespec(&realtime_offset, -wtm.tv_sec, -wtm.tv_nsec);
	base->clock_base[CLOCK_REALTIME].offset = timespec_to_ktime(realtime_offset);
}

/**
 * clock_was_set - the wall clock was set: CLOCK_REALTIME timers move with it
 *
 * An absolute CLOCK_REALTIME timer (timer_settime with TIMER_ABSTIME)
 * expires at a wall time, so when settimeofday moves the wall clock the
 * base's offset to the monotonic clock changes and the next event is
 * programmed again (2.6.32's clock_was_set, one CPU). In low-resolution
 * mode the next tick sees the new time anyway.
 *
 * Context: process context, after xtime changed.
 */
void clock_was_set(void)
{
	struct hrtimer_cpu_base *base = &hrtimer_bases;
	unsigned long flags;

	local_irq_save(flags);
	if (base->hres_active) {
		spin_lock(&base->lock);
		hrtimer_update_offsets(base);
		hrtimer_force_reprogram(base, 0);
		spin_unlock(&base->lock);
	}
	local_irq_restore(flags);
}

static int hrtimer_switch_to_hres(void)
{
	struct hrtimer_cpu_base *base = &hrtimer_bases;
	unsigned long flags;

	if (base->hres_active)
		return 1;
	local_irq_save(flags);
	if (tick_init_highres()) {
		local_irq_restore(flags);
		printk(KERN_WARNING "Could not switch to high resolution mode on CPU %d\n", 0);
		return 0;
	}
	base->hres_active = 1;
	base->clock_base[CLOCK_REALTIME].resolution = KTIME_HIGH_RES;
	base->clock_base[CLOCK_MONOTONIC].resolution = KTIME_HIGH_RES;
	tick_setup_sched_timer();
	spin_lock(&base->lock);
	hrtimer_update_offsets(base);
	hrtimer_force_reprogram(base, 0);
	spin_unlock(&base->lock);
	local_irq_restore(flags);
	printk(KERN_DEBUG "Switched to high resolution mode on CPU %d\n", 0);
	return 1;
}

/* ---- the trees ---- */

/* Insert @timer in its base's tree; return 1 if it is now the first. */
static int enqueue_hrtimer(struct hrtimer *timer, struct hrtimer_clock_base *base)
{
	struct rb_node **link = &base->active.rb_node;
	struct rb_node *parent = NULL;
	int leftmost = 1;

	while (*link) {
		struct hrtimer *entry;

		parent = *link;
		/* cppcheck-suppress nullPointer ; container_of's offsetof */
		entry = rb_entry(parent, struct hrtimer, node);
		/* equal expiries go right: timers with the same time fire in FIFO order */
		if (hrtimer_get_expires(timer).tv64 < hrtimer_get_expires(entry).tv64) {
			link = &(*link)->rb_left;
		} else {
			link = &(*link)->rb_right;
			leftmost = 0;
		}
	}
	if (leftmost)
		base->first = &timer->node;
	rb_link_node(&timer->node, parent, link);
	rb_insert_color(&timer->node, &base->active);
	timer->state |= HRTIMER_STATE_ENQUEUED;
	return leftmost;
}

static void __remove_hrtimer(struct hrtimer *timer, struct hrtimer_clock_base *base,
			     unsigned long newstate, int reprogram)
{
	if (timer->state & HRTIMER_STATE_ENQUEUED) {
		if (base->first == &timer->node) {
			base->first = rb_next(&timer->node);
			/* the device may be set for this one: set it for the next */
			if (reprogram && hrtimer_hres_active())
				hrtimer_force_reprogram(base->cpu_base, 1);
		}
		rb_erase(&timer->node, &base->active);
	}
	timer->state = newstate;
}

static int remove_hrtimer(struct hrtimer *timer, struct hrtimer_clock_base *base)
{
	if (!hrtimer_is_queued(timer))
		return 0;
	/* keep CALLBACK: the callback may still be running */
	__remove_hrtimer(timer, base, timer->state & HRTIMER_STATE_CALLBACK, 1);
	return 1;
}

/**
 * hrtimer_init - prepare a timer for a clock and a mode
 * @timer: the timer
 * @clock_id: CLOCK_REALTIME or CLOCK_MONOTONIC
 * @mode: HRTIMER_MODE_ABS or HRTIMER_MODE_REL
 *
 * A relative CLOCK_REALTIME timer is put on CLOCK_MONOTONIC, as 2.6.32
 * does: "in 5 seconds" must not move when the wall clock is set.
 * The caller then sets @timer->function.
 *
 * Context: any.
 */
void hrtimer_init(struct hrtimer *timer, clockid_t clock_id, enum hrtimer_mode mode)
{
	BUG_ON(clock_id != CLOCK_REALTIME && clock_id != CLOCK_MONOTONIC);
	memset(timer, 0, sizeof(*timer));
	if (clock_id == CLOCK_REALTIME && mode != HRTIMER_MODE_ABS)
		clock_id = CLOCK_MONOTONIC;
	timer->base = &hrtimer_bases.clock_base[clock_id];
}
EXPORT_SYMBOL_GPL(hrtimer_init);

/**
 * hrtimer_start_range_ns - (re)start a timer, with slack
 * @timer: the timer
 * @tim: the expiry: absolute on its clock, or relative to now
 * @delta_ns: how much later than @tim it may fire
 * @mode: HRTIMER_MODE_ABS or HRTIMER_MODE_REL
 *
 * Context: any.
 * Return: 1 if the timer was queued (and is now moved), else 0.
 */
int hrtimer_start_range_ns(struct hrtimer *timer, ktime_t tim, unsigned long delta_ns,
			   const enum hrtimer_mode mode)
{
	struct hrtimer_clock_base *base;
	unsigned long flags;
	int ret, leftmost;

	base = lock_hrtimer_base(timer, &flags);
	ret = remove_hrtimer(timer, base);
	if (mode & HRTIMER_MODE_REL)
		tim = ktime_add(tim, base->get_time());
	hrtimer_set_expires_range_ns(timer, tim, delta_ns);
	leftmost = enqueue_hrtimer(timer, base);
	if (leftmost && base->cpu_base->hres_active && hrtimer_reprogram(timer, base))
		raise_softirq_irqoff(HRTIMER_SOFTIRQ); /* already due: run it now */
	unlock_hrtimer_base(timer, &flags);
	return ret;
}
EXPORT_SYMBOL_GPL(hrtimer_start_range_ns);

/**
 * hrtimer_start - (re)start a timer
 * @timer: the timer
 * @tim: the expiry: absolute on its clock, or relative to now
 * @mode: HRTIMER_MODE_ABS or HRTIMER_MODE_REL
 *
 * Context: any.
 * Return: 1 if the timer was queued (and is now moved), else 0.
 */
int hrtimer_start(struct hrtimer *timer, ktime_t tim, const enum hrtimer_mode mode)
{
	return hrtimer_start_range_ns(timer, tim, 0, mode);
}
EXPORT_SYMBOL_GPL(hrtimer_start);

/**
 * hrtimer_start_expires - start a timer at the expiry already set in it
 * @timer: the timer, with hrtimer_set_expires*() done
 * @mode: HRTIMER_MODE_ABS (REL would add now to it again)
 *
 * Context: any.
 * Return: as hrtimer_start().
 */
int hrtimer_start_expires(struct hrtimer *timer, enum hrtimer_mode mode)
{
	ktime_t soft = hrtimer_get_softexpires(timer);
	ktime_t hard = hrtimer_get_expires(timer);

	return hrtimer_start_range_ns(timer, soft, ktime_to_ns(ktime_sub(hard, soft)), mode);
}

/**
 * hrtimer_try_to_cancel - stop a timer unless its callback is running
 * @timer: the timer
 *
 * Context: any.
 * Return: 1 if it was queued (now not), 0 if it was not active,
 * -1 if its callback is running (nothing done).
 */
int hrtimer_try_to_cancel(struct hrtimer *timer)
{
	struct hrtimer_clock_base *base;
	unsigned long flags;
	int ret = -1;

	base = lock_hrtimer_base(timer, &flags);
	if (!hrtimer_callback_running(timer))
		ret = remove_hrtimer(timer, base);
	unlock_hrtimer_base(timer, &flags);
	return ret;
}
EXPORT_SYMBOL_GPL(hrtimer_try_to_cancel);

/**
 * hrtimer_cancel - stop a timer and wait for its callback to finish
 * @timer: the timer
 *
 * On return the timer is neither queued nor running, even if it re-armed
 * itself. On one CPU a callback can only be "running" here if we were
 * called from inside it, where waiting would spin forever (as it would in
 * Linux): that is warned about and the timer is only dequeued.
 *
 * Context: any but the timer's own callback.
 * Return: 1 if it was active, 0 if not.
 */
int hrtimer_cancel(struct hrtimer *timer)
{
	for (;;) {
		int ret = hrtimer_try_to_cancel(timer);

		if (ret >= 0)
			return ret;
		if (WARN_ONCE(in_irq() || irqs_disabled(),
			      "hrtimer_cancel(%pS) from its own callback\n", timer->function)) {
			unsigned long flags;
			struct hrtimer_clock_base *base = lock_hrtimer_base(timer, &flags);

			remove_hrtimer(timer, base);
			unlock_hrtimer_base(timer, &flags);
			return 1;
		}
		cpu_relax();
	}
}
EXPORT_SYMBOL_GPL(hrtimer_cancel);

/**
 * hrtimer_get_remaining - the time left until a timer expires
 * @timer: the timer
 *
 * Context: any.
 * Return: expiry minus now on the timer's clock (negative if past).
 */
ktime_t hrtimer_get_remaining(const struct hrtimer *timer)
{
	unsigned long flags;
	ktime_t rem;

	lock_hrtimer_base(timer, &flags);
	rem = ktime_sub(hrtimer_get_expires(timer), timer->base->get_time());
	unlock_hrtimer_base(timer, &flags);
	return rem;
}
EXPORT_SYMBOL_GPL(hrtimer_get_remaining);

/**
 * hrtimer_forward - move a timer's expiry forward past a time
 * @timer: the timer, not queued (typically in its own callback)
 * @now: the time to move past
 * @interval: the period
 *
 * Adds whole periods until the expiry is after @now; a period shorter
 * than the base's resolution is raised to it.
 *
 * Context: any; the caller owns the timer.
 * Return: the number of periods added (overruns + 1), 0 if the expiry
 * was already after @now.
 */
u64 hrtimer_forward(struct hrtimer *timer, ktime_t now, ktime_t interval)
{
	ktime_t delta = ktime_sub(now, hrtimer_get_expires(timer));
	u64 orun = 1;

	if (delta.tv64 < 0)
		return 0;
	if (interval.tv64 < timer->base->resolution.tv64)
		interval.tv64 = timer->base->resolution.tv64;
	if (unlikely(delta.tv64 >= interval.tv64)) {
		s64 incr = ktime_to_ns(interval);

		orun = (u64)delta.tv64 / (u64)incr;
		hrtimer_add_expires_ns(timer, incr * orun);
		if (hrtimer_get_expires(timer).tv64 > now.tv64)
			return orun;
		orun++;
	}
	hrtimer_add_expires_ns(timer, interval.tv64);
	return orun;
}
EXPORT_SYMBOL_GPL(hrtimer_forward);

/**
 * hrtimer_forward_now - hrtimer_forward() past the clock's current time
 * @timer: the timer
 * @interval: the period
 *
 * Context: as hrtimer_forward().
 * Return: as hrtimer_forward().
 */
u64 hrtimer_forward_now(struct hrtimer *timer, ktime_t interval)
{
	return hrtimer_forward(timer, timer->base->get_time(), interval);
}

/* ---- expiry ---- */

static void __run_hrtimer(struct hrtimer *timer)
{
	struct hrtimer_clock_base *base = timer->base;
	struct hrtimer_cpu_base *cpu_base = base->cpu_base;
	enum hrtimer_restart (*fn)(struct hrtimer *) = timer->function;
	enum hrtimer_restart restart;

	WARN_ON(!irqs_disabled());
	__remove_hrtimer(timer, base, HRTIMER_STATE_CALLBACK, 0);
	/* drop the lock: the callback may start or cancel other timers */
	spin_unlock(&cpu_base->lock);
	restart = fn(timer);
	spin_lock(&cpu_base->lock);
	if (restart != HRTIMER_NORESTART) {
		BUG_ON(timer->state != HRTIMER_STATE_CALLBACK);
		enqueue_hrtimer(timer, base);
	}
	timer->state &= ~HRTIMER_STATE_CALLBACK;
}

/* Run every expired timer of every base; return the next expiry (monotonic). */
static ktime_t hrtimer_run_expired(struct hrtimer_cpu_base *cpu_base, ktime_t now)
{
	struct hrtimer_clock_base *base = cpu_base->clock_base;
	ktime_t expires_next = { .tv64 = KTIME_MAX };
	int i;

	for (i = 0; i < HRTIMER_MAX_CLOCK_BASES; i++, base++) {
		ktime_t basenow = ktime_add(now, base->offset);
		struct rb_node *node;

		while ((node = base->first)) {
			/* cppcheck-suppress nullPointer ; container_of's offsetof */
			struct hrtimer *timer = rb_entry(node, struct hrtimer, node);

			if (basenow.tv64 < hrtimer_get_softexpires(timer).tv64) {
				ktime_t expires =
					ktime_sub(hrtimer_get_expires(timer), base->offset);

				if (expires.tv64 < expires_next.tv64)
					expires_next = expires;
				break;
			}
			__run_hrtimer(timer);
		}
	}
	return expires_next;
}

/* Three tries took too long: give the machine some air before the next. */
static void hrtimer_interrupt_hang(struct hrtimer_cpu_base *cpu_base, ktime_t entry_time)
{
	ktime_t now = ktime_get(), delta = ktime_sub(now, entry_time);
	ktime_t expires_next;

	cpu_base->nr_hangs++;
	cpu_base->hang_detected = 1;
	if (delta.tv64 > cpu_base->max_hang_time.tv64)
		cpu_base->max_hang_time = delta;
	if (delta.tv64 > 100 * NSEC_PER_MSEC)
		expires_next = ktime_add_ns(now, 100 * NSEC_PER_MSEC);
	else
		expires_next = ktime_add(now, delta);
	tick_program_event(expires_next, 1);
	if (!cpu_base->max_hang_time.tv64 || cpu_base->nr_hangs == 1) /* as printk_once */
		printk(KERN_WARNING "hrtimer: interrupt took %llu ns\n", ktime_to_ns(delta));
}

/**
 * hrtimer_interrupt - the clock event handler in high-resolution mode
 * @dev: the clock event device that interrupted
 *
 * Runs every timer whose soft expiry has passed, on both clocks, then
 * programs the device for the earliest one left. If that is already past
 * (the callbacks took long), it loops; after three tries it gives up for
 * a while and counts a hang.
 *
 * Context: hard interrupt, interrupts off.
 */
void hrtimer_interrupt(struct clock_event_device *dev)
{
	struct hrtimer_cpu_base *cpu_base = &hrtimer_bases;
	ktime_t expires_next, now, entry_time;
	int retries = 0;

	BUG_ON(!cpu_base->hres_active);
	cpu_base->nr_events++;
	dev->next_event.tv64 = KTIME_MAX;
	entry_time = now = ktime_get();
	for (;;) {
		spin_lock(&cpu_base->lock);
		/* while callbacks run, a new first timer must reprogram */
		cpu_base->expires_next.tv64 = KTIME_MAX;
		expires_next = hrtimer_run_expired(cpu_base, now);
		cpu_base->expires_next = expires_next;
		spin_unlock(&cpu_base->lock);
		if (expires_next.tv64 == KTIME_MAX || !tick_program_event(expires_next, 0)) {
			cpu_base->hang_detected = 0;
			return;
		}
		now = ktime_get();
		cpu_base->nr_retries++;
		if (++retries >= 3)
			break;
	}
	hrtimer_interrupt_hang(cpu_base, entry_time);
}

/* HRTIMER_SOFTIRQ: a timer was started already expired; run it now. */
static void run_hrtimer_softirq(struct softirq_action *h)
{
	unsigned long flags;

	local_irq_save(flags);
	if (hrtimer_hres_active())
		hrtimer_interrupt(tick_cpu_device.evtdev);
	local_irq_restore(flags);
}

/**
 * hrtimer_run_pending - switch to high resolution once it is possible
 *
 * Called from the TIMER softirq: once a continuous clocksource and a
 * one-shot clock event device are in place (and `highres=off` was not
 * given), the tick device goes one-shot and hrtimer_interrupt() takes it.
 *
 * Context: softirq.
 */
void hrtimer_run_pending(void)
{
	if (hrtimer_hres_active())
		return;
	if (tick_check_oneshot_change(!hrtimer_hres_enabled))
		hrtimer_switch_to_hres();
}

/**
 * hrtimer_run_queues - run expired timers from the periodic tick
 *
 * Low-resolution mode: the tick-coarse time (xtime) decides, so a timer
 * fires at the first tick at or after its expiry.
 *
 * Context: the tick interrupt, interrupts off.
 */
void hrtimer_run_queues(void)
{
	struct hrtimer_cpu_base *cpu_base = &hrtimer_bases;
	struct hrtimer_clock_base *base;
	int index, gettime = 1;

	if (hrtimer_hres_active())
		return;
	for (index = 0; index < HRTIMER_MAX_CLOCK_BASES; index++) {
		struct rb_node *node;

		base = &cpu_base->clock_base[index];
		if (!base->first)
			continue;
		if (gettime) {
			hrtimer_get_softirq_time(cpu_base);
			gettime = 0;
		}
		spin_lock(&cpu_base->lock);
		while ((node = base->first)) {
			/* cppcheck-suppress nullPointer ; container_of's offsetof */
			struct hrtimer *timer = rb_entry(node, struct hrtimer, node);

			if (base->softirq_time.tv64 <= hrtimer_get_expires(timer).tv64)
				break;
			__run_hrtimer(timer);
		}
		spin_unlock(&cpu_base->lock);
	}
}

/* ---- sleeping ---- */

static enum hrtimer_restart hrtimer_wakeup(struct hrtimer *timer)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof */
	struct hrtimer_sleeper *t = container_of(timer, struct hrtimer_sleeper, timer);
	struct task_struct *task = t->task;

	t->task = NULL;
	if (task)
		wake_up_process(task);
	return HRTIMER_NORESTART;
}

/**
 * hrtimer_init_sleeper - make a sleeper's timer wake a task
 * @sl: the sleeper, its timer hrtimer_init()ed
 * @task: the task to wake
 *
 * Context: any.
 */
void hrtimer_init_sleeper(struct hrtimer_sleeper *sl, struct task_struct *task)
{
	sl->timer.function = hrtimer_wakeup;
	sl->task = task;
}
EXPORT_SYMBOL_GPL(hrtimer_init_sleeper);

/* Sleep until the timer fires or a signal comes; return 1 if it fired. */
static int do_nanosleep(struct hrtimer_sleeper *t, enum hrtimer_mode mode)
{
	hrtimer_init_sleeper(t, current);
	do {
		set_current_state(TASK_INTERRUPTIBLE);
		hrtimer_start_expires(&t->timer, mode);
		if (!hrtimer_active(&t->timer))
			t->task = NULL;
		if (likely(t->task))
			schedule();
		hrtimer_cancel(&t->timer);
		mode = HRTIMER_MODE_ABS;
	} while (t->task && !signal_pending(current));
	__set_current_state(TASK_RUNNING);
	return t->task == NULL;
}

/* Write the time left to user space; 1 if some was left, 0 if none, -EFAULT. */
static int update_rmtp(struct hrtimer *timer, struct timespec __user *rmtp)
{
	ktime_t rem = hrtimer_get_remaining(timer);
	struct timespec rmt;

	if (rem.tv64 <= 0)
		return 0;
	rmt = ktime_to_timespec(rem);
	if (copy_to_user(rmtp, &rmt, sizeof(*rmtp)))
		return -EFAULT;
	return 1;
}

/**
 * hrtimer_nanosleep_restart - restart_syscall's half of an interrupted nanosleep
 * @restart: current's restart block, filled in by hrtimer_nanosleep()
 *
 * Sleeps until the deadline the first call computed, so the time slept
 * before the signal is not slept again.
 *
 * Context: process context (system call 0); sleeps interruptibly.
 * Return: 0, -ERESTART_RESTARTBLOCK again on another signal, -EFAULT.
 */
long hrtimer_nanosleep_restart(struct restart_block *restart)
{
	struct hrtimer_sleeper t;
	struct timespec __user *rmtp = restart->nanosleep.rmtp;
	int ret;

	hrtimer_init(&t.timer, restart->nanosleep.index, HRTIMER_MODE_ABS);
	hrtimer_set_expires(&t.timer, ns_to_ktime(restart->nanosleep.expires));
	if (do_nanosleep(&t, HRTIMER_MODE_ABS))
		return 0;
	if (rmtp) {
		ret = update_rmtp(&t.timer, rmtp);
		if (ret <= 0)
			return ret;
	}
	return -ERESTART_RESTARTBLOCK; /* the restart block is still set up */
}

/**
 * hrtimer_nanosleep - the body of nanosleep() and clock_nanosleep()
 * @rqtp: the time to sleep (REL) or to sleep until (ABS)
 * @rmtp: user address for the time left when a signal interrupts, or NULL
 * @mode: HRTIMER_MODE_REL or HRTIMER_MODE_ABS
 * @clockid: CLOCK_MONOTONIC or CLOCK_REALTIME
 *
 * A relative sleep a signal interrupts writes the time left to @rmtp
 * and fills in current's restart block with the absolute deadline: if no
 * handler runs, restart_syscall finishes the sleep
 * (hrtimer_nanosleep_restart); if one does, the call fails with -EINTR.
 *
 * Context: process context; sleeps interruptibly.
 * Return: 0 when the time has passed; -ERESTART_RESTARTBLOCK (REL) or
 * -ERESTARTNOHAND (ABS) on a signal; -EFAULT if @rmtp is bad.
 */
long hrtimer_nanosleep(struct timespec *rqtp, struct timespec __user *rmtp,
		       const enum hrtimer_mode mode, const clockid_t clockid)
{
	struct restart_block *restart;
	struct hrtimer_sleeper t;
	long ret = 0;

	hrtimer_init(&t.timer, clockid, mode);
	hrtimer_set_expires(&t.timer, timespec_to_ktime(*rqtp));
	if (do_nanosleep(&t, mode))
		return 0;
	if (mode == HRTIMER_MODE_ABS)
		return -ERESTARTNOHAND;
	if (rmtp) {
		ret = update_rmtp(&t.timer, rmtp);
		if (ret <= 0)
			return ret;
	}
	restart = &current_thread_info()->restart_block;
	restart->fn = hrtimer_nanosleep_restart;
	restart->nanosleep.index = t.timer.base->index;
	restart->nanosleep.rmtp = rmtp;
	restart->nanosleep.expires = hrtimer_get_expires(&t.timer).tv64;
	return -ERESTART_RESTARTBLOCK;
}

/**
 * sys_nanosleep - sleep for a time (system call 162)
 * @rqtp: how long
 * @rmtp: where the time left goes if a signal interrupts, or NULL
 *
 * Context: process context (system call); sleeps.
 * Return: 0, -EFAULT, -EINVAL (a negative time or 10^9 ns or more),
 * -EINTR (a handler ran; *@rmtp says what was left).
 */
asmlinkage long sys_nanosleep(struct timespec __user *rqtp, struct timespec __user *rmtp)
{
	struct timespec tu;

	if (copy_from_user(&tu, rqtp, sizeof(tu)))
		return -EFAULT;
	if (tu.tv_sec < 0 || (unsigned long)tu.tv_nsec >= NSEC_PER_SEC)
		return -EINVAL;
	return hrtimer_nanosleep(&tu, rmtp, HRTIMER_MODE_REL, CLOCK_MONOTONIC);
}

/**
 * schedule_hrtimeout_range - sleep until a time, with slack
 * @expires: the time (NULL: no timeout; 0: return at once)
 * @delta: the slack: it may wake up to this much later
 * @mode: HRTIMER_MODE_ABS or HRTIMER_MODE_REL, on CLOCK_MONOTONIC
 *
 * As schedule_timeout(), the caller sets its state first, and a wake_up
 * or (in TASK_INTERRUPTIBLE) a signal ends the sleep early.
 *
 * Context: process context; sleeps. Returns in TASK_RUNNING.
 * Return: 0 when the time has passed, -EINTR if woken before.
 */
int schedule_hrtimeout_range(ktime_t *expires, unsigned long delta, const enum hrtimer_mode mode)
{
	struct hrtimer_sleeper t;

	if (expires && !expires->tv64) {
		__set_current_state(TASK_RUNNING);
		return 0;
	}
	if (!expires) {
		schedule();
		__set_current_state(TASK_RUNNING);
		return -EINTR;
	}
	hrtimer_init(&t.timer, CLOCK_MONOTONIC, mode);
	hrtimer_set_expires_range_ns(&t.timer, *expires, delta);
	hrtimer_init_sleeper(&t, current);
	hrtimer_start_expires(&t.timer, mode);
	if (!hrtimer_active(&t.timer))
		t.task = NULL;
	if (likely(t.task))
		schedule();
	hrtimer_cancel(&t.timer);
	__set_current_state(TASK_RUNNING);
	return !t.task ? 0 : -EINTR;
}
EXPORT_SYMBOL_GPL(schedule_hrtimeout_range);

/**
 * schedule_hrtimeout - sleep until a time
 * @expires: the time (NULL: no timeout)
 * @mode: HRTIMER_MODE_ABS or HRTIMER_MODE_REL, on CLOCK_MONOTONIC
 *
 * Context: process context; sleeps. Returns in TASK_RUNNING.
 * Return: 0 when the time has passed, -EINTR if woken before.
 */
int schedule_hrtimeout(ktime_t *expires, const enum hrtimer_mode mode)
{
	return schedule_hrtimeout_range(expires, 0, mode);
}
EXPORT_SYMBOL_GPL(schedule_hrtimeout);

/**
 * hrtimers_init - set up the clock bases and the HRTIMER softirq
 *
 * Context: boot, after init_timers().
 */
void hrtimers_init(void)
{
	struct hrtimer_cpu_base *cpu_base = &hrtimer_bases;
	int i;

	spin_lock_init(&cpu_base->lock);
	for (i = 0; i < HRTIMER_MAX_CLOCK_BASES; i++) {
		cpu_base->clock_base[i].cpu_base = cpu_base;
		cpu_base->clock_base[i].active = RB_ROOT;
		cpu_base->clock_base[i].resolution = KTIME_LOW_RES;
	}
	cpu_base->expires_next.tv64 = KTIME_MAX;
	open_softirq(HRTIMER_SOFTIRQ, run_hrtimer_softirq);
}
