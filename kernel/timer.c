/*
 * timer.c - jiffies_64 and the cascading timer wheel.
 *
 * Kernel timers (struct timer_list) are filed by expiry in a wheel of
 * five levels of lists, so adding and deleting are O(1) however many
 * timers there are. tv1 has 256 slots, one per jiffy; tv2..tv5 have 64
 * slots each, a slot covering 2^8, 2^14, 2^20 and 2^26 jiffies:
 *
 *          timer_jiffies bits:  | tv5:6 | tv4:6 | tv3:6 | tv2:6 | tv1:8 |
 *   tv1 [256]  expires within 256 jiffies    -> slot = expires & 255
 *   tv2 [64]   within 2^14                   -> slot = (expires >> 8) & 63
 *   tv3 [64]   within 2^20                   -> slot = (expires >> 14) & 63
 *   tv4 [64]   within 2^26                   -> ...
 *   tv5 [64]   anything later (at most 2^32 - 1 ahead)
 *
 * Every tick __run_timers() runs the tv1 slot for the current jiffy. When
 * the tv1 index wraps to 0, the next tv2 slot is "cascaded": its timers
 * are re-filed, now close enough to land in tv1; and so on up the levels.
 * A timer is thus moved at most four times in its life. All arithmetic is
 * relative to base.timer_jiffies, so the 32-bit wrap of jiffies needs no
 * special case. Each jiffy's tv1 slot is detached onto a local work_list
 * before its timers run, so a timer a callback re-arms for one full turn
 * (256 jiffies) waits that turn instead of running in the same pass.
 *
 * The file also holds do_timer(), the tick's jiffies_64 += 1 (called by
 * kernel/time/tick-common.c), and, as in 2.6.32, the sleeping calls built on
 * a timer: schedule_timeout() and msleep(). schedule_timeout(n) is schedule()
 * with an alarm clock: it arms a timer for n jiffies whose function wakes
 * the task, then schedules. The caller sets its state first, so whichever
 * comes first (the event's wake_up, a signal for TASK_INTERRUPTIBLE, or the
 * timer) ends the sleep:
 *
 *   set_current_state(TASK_INTERRUPTIBLE)
 *   schedule_timeout(n) --> add timer(jiffies + n, process_timeout)
 *                           schedule()   ... zzz ...  <-- wake_up / signal
 *                           del timer                 <-- or the timer
 *                           return jiffies left (0 if the timer fired)
 *
 * Today's Linux moved these to kernel/time/timer.c and
 * kernel/time/sleep_timeout.c. See docs/time.md, then docs/sched.md.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/delay.h>
#include <linux/hrtimer.h>
#include <linux/interrupt.h>
#include <linux/jiffies.h>
#include <linux/list.h>
#include <linux/kernel_stat.h>
#include <linux/sched.h>
#include <linux/posix-timers.h>
#include <linux/rcupdate.h>
#include <linux/time.h>
#include <linux/timer.h>
#include <asm/irq_regs.h>
#include <asm/ptrace.h>

/*
 * jiffies_64 - ticks since boot, from INITIAL_JIFFIES. linker.ld makes
 * `jiffies` an alias of its low word (the first four bytes on i386).
 */
u64 jiffies_64 __aligned(8) = INITIAL_JIFFIES;
EXPORT_SYMBOL(jiffies_64);
/* jiffies is the low word of jiffies_64 (linker.ld), exported as 2.6.32 does */
EXPORT_SYMBOL(jiffies);

#define TVN_BITS 6
#define TVR_BITS 8
#define TVN_SIZE (1 << TVN_BITS)
#define TVR_SIZE (1 << TVR_BITS)
#define TVN_MASK (TVN_SIZE - 1)
#define TVR_MASK (TVR_SIZE - 1)

struct tvec {
	struct list_head vec[TVN_SIZE];
};

struct tvec_root {
	struct list_head vec[TVR_SIZE];
};

/*
 * The wheel. running_timer is the timer whose function runs now;
 * active_timers counts pending timers, so that an empty wheel can jump
 * straight to jiffies instead of stepping through every missed jiffy.
 */
struct tvec_base {
	struct timer_list *running_timer;
	unsigned long timer_jiffies;
	unsigned long active_timers;
	struct tvec_root tv1;
	struct tvec tv2, tv3, tv4, tv5;
};

static struct tvec_base timer_base;

/**
 * get_jiffies_64 - read the 64-bit tick count
 *
 * The two halves cannot be read in one instruction on i386, so the read
 * is done with interrupts off, when the tick cannot change them.
 *
 * Context: any.
 * Return: jiffies_64.
 */
u64 get_jiffies_64(void)
{
	unsigned long flags;
	u64 ret;

	local_irq_save(flags);
	ret = jiffies_64;
	local_irq_restore(flags);
	return ret;
}
EXPORT_SYMBOL(get_jiffies_64);

/**
 * do_timer - the tick's share of timekeeping
 * @ticks: how many ticks passed (1 from the periodic tick)
 *
 * Advances jiffies_64 and lets update_wall_time() read the clocksource.
 * Time that passed while ticks were lost is found there; jiffies, which
 * counts interrupts, is not corrected.
 *
 * Context: the tick, interrupts off, xtime_lock held for writing.
 */
void do_timer(unsigned long ticks)
{
	jiffies_64 += ticks;
	update_wall_time();
	calc_global_load();
}

static struct list_head *timer_slot(struct tvec_base *base, unsigned long expires)
{
	unsigned long idx = expires - base->timer_jiffies;

	if (idx < TVR_SIZE)
		return base->tv1.vec + (expires & TVR_MASK);
	if (idx < 1 << (TVR_BITS + TVN_BITS))
		return base->tv2.vec + ((expires >> TVR_BITS) & TVN_MASK);
	if (idx < 1 << (TVR_BITS + 2 * TVN_BITS))
		return base->tv3.vec + ((expires >> (TVR_BITS + TVN_BITS)) & TVN_MASK);
	if (idx < 1 << (TVR_BITS + 3 * TVN_BITS))
		return base->tv4.vec + ((expires >> (TVR_BITS + 2 * TVN_BITS)) & TVN_MASK);
	if ((long)idx < 0)
		/* already expired (or 2^31 or more ahead: the same thing): next tick */
		return base->tv1.vec + (base->timer_jiffies & TVR_MASK);
	return base->tv5.vec + ((expires >> (TVR_BITS + 3 * TVN_BITS)) & TVN_MASK);
}

static void internal_add_timer(struct tvec_base *base, struct timer_list *timer)
{
	list_add_tail(&timer->entry, timer_slot(base, timer->expires));
}

static void detach_timer(struct tvec_base *base, struct timer_list *timer)
{
	list_del(&timer->entry);
	timer->entry.next = NULL;
	base->active_timers--;
}

/**
 * init_timer - prepare a timer for use (not pending)
 * @timer: the timer; ->function, ->data and ->expires are set by the caller
 *
 * Context: any.
 */
void init_timer(struct timer_list *timer)
{
	timer->entry.next = NULL;
	timer->entry.prev = NULL;
}
EXPORT_SYMBOL(init_timer);

/* Move a timer to @expires (pending or not); returns whether it was pending. */
static int __mod_timer(struct timer_list *timer, unsigned long expires, bool pending_only)
{
	struct tvec_base *base = &timer_base;
	unsigned long flags;
	int ret = 0;

	BUG_ON(!timer->function);
	local_irq_save(flags);
	if (timer_pending(timer)) {
		detach_timer(base, timer);
		ret = 1;
	} else if (pending_only) {
		local_irq_restore(flags);
		return 0;
	}
	if (!base->active_timers++)
		base->timer_jiffies = jiffies; /* an empty wheel has nothing to catch up */
	timer->expires = expires;
	internal_add_timer(base, timer);
	local_irq_restore(flags);
	return ret;
}

/**
 * add_timer - start a timer that is not pending
 * @timer: the timer, with ->expires, ->function and ->data set
 *
 * It runs once, at the first tick at which jiffies >= ->expires.
 *
 * Context: any. Adding a pending timer is a BUG (use mod_timer()).
 */
void add_timer(struct timer_list *timer)
{
	BUG_ON(timer_pending(timer));
	mod_timer(timer, timer->expires);
}
EXPORT_SYMBOL(add_timer);

/**
 * mod_timer - change a timer's expiry, starting it if it is not pending
 * @timer: the timer
 * @expires: the new expiry, in jiffies
 *
 * mod_timer(t, x) is del_timer(t); t->expires = x; add_timer(t) in one
 * step, the safe way to re-arm a timer that may be running or pending.
 *
 * Context: any.
 * Return: 1 if the timer was pending, 0 if it was inactive.
 */
int mod_timer(struct timer_list *timer, unsigned long expires)
{
	if (timer_pending(timer) && timer->expires == expires)
		return 1;
	return __mod_timer(timer, expires, false);
}
EXPORT_SYMBOL(mod_timer);

/**
 * mod_timer_pending - change the expiry of a timer only if it is pending
 * @timer: the timer
 * @expires: the new expiry
 *
 * Context: any.
 * Return: 1 if the timer was pending (and was moved), 0 if not (untouched).
 */
int mod_timer_pending(struct timer_list *timer, unsigned long expires)
{
	return __mod_timer(timer, expires, true);
}
EXPORT_SYMBOL(mod_timer_pending);

/**
 * del_timer - stop a timer
 * @timer: the timer
 *
 * On return it is not pending, but (from another context) its function
 * may still be running: use del_timer_sync() before freeing what it uses.
 *
 * Context: any.
 * Return: 1 if the timer was pending, 0 if it was inactive.
 */
int del_timer(struct timer_list *timer)
{
	unsigned long flags;
	int ret = 0;

	local_irq_save(flags);
	if (timer_pending(timer)) {
		detach_timer(&timer_base, timer);
		ret = 1;
	}
	local_irq_restore(flags);
	return ret;
}
EXPORT_SYMBOL(del_timer);

/**
 * try_to_del_timer_sync - stop a timer unless its function is running
 * @timer: the timer
 *
 * Context: any.
 * Return: -1 if the function is running now (nothing done), else as del_timer().
 */
int try_to_del_timer_sync(struct timer_list *timer)
{
	unsigned long flags;
	int ret = -1;

	local_irq_save(flags);
	if (timer_base.running_timer != timer) {
		ret = 0;
		if (timer_pending(timer)) {
			detach_timer(&timer_base, timer);
			ret = 1;
		}
	}
	local_irq_restore(flags);
	return ret;
}
EXPORT_SYMBOL(try_to_del_timer_sync);

/**
 * del_timer_sync - stop a timer and wait for its function to finish
 * @timer: the timer
 *
 * On return the timer is not pending and its function is not running,
 * even if it re-armed itself. The caller must not hold a lock the
 * function takes, and must not be in interrupt context: on one CPU the
 * function can only be "running" here if we interrupted it, so this is a
 * BUG-class mistake and is warned about instead of spinning forever.
 *
 * Context: process context (or a softirq other than the timer's own).
 * Return: 1 if the timer was pending, 0 if it was inactive.
 */
int del_timer_sync(struct timer_list *timer)
{
	int ret;

	WARN_ON(in_irq());
	for (;;) {
		ret = try_to_del_timer_sync(timer);
		if (ret >= 0)
			return ret;
		if (WARN_ONCE(in_interrupt(), "del_timer_sync(%pS) from inside the timer\n",
			      timer->function))
			return del_timer(timer);
		cpu_relax();
	}
}
EXPORT_SYMBOL(del_timer_sync);

/* Re-file every timer of one upper-level slot; returns the slot index. */
static int cascade(struct tvec_base *base, struct tvec *tv, int index)
{
	struct timer_list *timer, *tmp;
	LIST_HEAD(tv_list);

	list_replace_init(tv->vec + index, &tv_list);
	list_for_each_entry_safe(timer, tmp, &tv_list, entry)
		internal_add_timer(base, timer);
	return index;
}

#define INDEX(N) ((base->timer_jiffies >> (TVR_BITS + (N)*TVN_BITS)) & TVN_MASK)

static void cascade_all(struct tvec_base *base)
{
	int index = base->timer_jiffies & TVR_MASK;

	if (!index && !cascade(base, &base->tv2, INDEX(0)) &&
	    !cascade(base, &base->tv3, INDEX(1)) && !cascade(base, &base->tv4, INDEX(2)))
		cascade(base, &base->tv5, INDEX(3));
}

static void call_timer_fn(struct tvec_base *base, struct timer_list *timer)
{
	void (*fn)(unsigned long) = timer->function;
	unsigned long data = timer->data;
	int count = preempt_count();

	detach_timer(base, timer);
	base->running_timer = timer;
	local_irq_enable();
	fn(data);
	local_irq_disable();
	if (WARN_ONCE(preempt_count() != count,
		      "timer %pS: entered with preempt_count %08x, exited with %08x\n", fn, count,
		      preempt_count()))
		preempt_count() = count;
}

/* Run the timers of every jiffy from base->timer_jiffies up to jiffies. */
static void __run_timers(struct tvec_base *base)
{
	local_irq_disable();
	if (!base->active_timers)
		base->timer_jiffies = jiffies;
	while (time_after_eq(jiffies, base->timer_jiffies)) {
		LIST_HEAD(work_list);
		struct list_head *head = &work_list;

		cascade_all(base);
		/*
		 * Detach this jiffy's slot before running it: a timer a
		 * callback (or an interrupt) adds for timer_jiffies + 256 goes
		 * into the same slot, and must wait a whole turn of tv1.
		 */
		list_replace_init(base->tv1.vec + (base->timer_jiffies & TVR_MASK), head);
		base->timer_jiffies++;
		while (!list_empty(head)) {
			/* cppcheck-suppress nullPointer ; container_of's offsetof */
			call_timer_fn(base, list_first_entry(head, struct timer_list, entry));
		}
	}
	base->running_timer = NULL;
	local_irq_enable();
}

static void run_timer_softirq(struct softirq_action *h)
{
	hrtimer_run_pending();
	__run_timers(&timer_base);
}

/**
 * run_local_timers - the tick's part for timers
 *
 * Runs expired hrtimers (in low-resolution mode; in high-resolution mode
 * they have their own interrupt) and raises the TIMER softirq for the wheel.
 *
 * Context: hard interrupt (the tick).
 */
void run_local_timers(void)
{
	hrtimer_run_queues();
	raise_softirq(TIMER_SOFTIRQ);
}

/**
 * update_process_times - the per-tick work for the running context
 * @user_tick: 1 if the tick interrupted user mode (user_mode(get_irq_regs()))
 *
 * The tick is charged to the task it interrupted, as user or system
 * time and to the CPU's time by kind (kernel/sched.c:account_process_tick),
 * and to its CPU interval timers, and RCU looks for a quiescent state.
 *
 * Context: hard interrupt (the tick).
 */
void update_process_times(int user_tick)
{
	struct task_struct *p = current;

	account_process_tick(p, user_tick);
	account_itimers(p, user_tick);
	run_posix_cpu_timers(p); /* RLIMIT_CPU */
	run_local_timers();
	rcu_check_callbacks(0, user_tick);
	scheduler_tick();
}

/**
 * round_jiffies - round a future jiffies value to a whole second
 * @j: the absolute time in jiffies
 *
 * Timers that need not be exact can be batched on whole seconds, so the
 * CPU wakes fewer times. Values less than a quarter second past a whole
 * second round down, others up; a result in the past is not returned.
 *
 * Context: any.
 * Return: the rounded time, or @j if rounding would move it into the past.
 */
unsigned long round_jiffies(unsigned long j)
{
	unsigned long original = j;
	unsigned long rem = j % HZ;

	if (rem < HZ / 4)
		j = j - rem;
	else
		j = j - rem + HZ;
	if (time_is_after_jiffies(j))
		return j;
	return original;
}
EXPORT_SYMBOL_GPL(round_jiffies);

static void init_timer_base(struct tvec_base *base)
{
	int j;

	for (j = 0; j < TVN_SIZE; j++) {
		INIT_LIST_HEAD(base->tv5.vec + j);
		INIT_LIST_HEAD(base->tv4.vec + j);
		INIT_LIST_HEAD(base->tv3.vec + j);
		INIT_LIST_HEAD(base->tv2.vec + j);
	}
	for (j = 0; j < TVR_SIZE; j++)
		INIT_LIST_HEAD(base->tv1.vec + j);
	base->timer_jiffies = jiffies;
}

/**
 * init_timers - set up the wheel and the TIMER softirq
 *
 * Context: boot.
 */
void init_timers(void)
{
	init_timer_base(&timer_base);
	open_softirq(TIMER_SOFTIRQ, run_timer_softirq);
}

static void process_timeout(unsigned long data)
{
	wake_up_process((struct task_struct *)data);
}

/**
 * schedule_timeout - sleep until woken or until a number of jiffies pass
 * @timeout: jiffies to sleep at most; MAX_SCHEDULE_TIMEOUT: no limit
 *
 * The caller sets the task state first. In TASK_RUNNING it only yields.
 *
 * Context: process context; sleeps. Returns in TASK_RUNNING.
 * Return: 0 if the time ran out, else the jiffies left (MAX_SCHEDULE_TIMEOUT
 * for an unlimited sleep); a negative @timeout is reported and returns 0.
 */
long __sched schedule_timeout(long timeout)
{
	struct timer_list timer;
	unsigned long expire;

	might_sleep();
	if (timeout == MAX_SCHEDULE_TIMEOUT) {
		schedule();
		return timeout;
	}
	if (timeout < 0) {
		printk(KERN_ERR "schedule_timeout: wrong timeout value %lx\n",
		       (unsigned long)timeout);
		dump_stack();
		current->state = TASK_RUNNING;
		return 0;
	}
	expire = timeout + jiffies;
	setup_timer(&timer, process_timeout, (unsigned long)current);
	timer.expires = expire;
	add_timer(&timer);
	schedule();
	del_timer_sync(&timer);
	timeout = expire - jiffies;
	return timeout < 0 ? 0 : timeout;
}
EXPORT_SYMBOL(schedule_timeout);

/**
 * schedule_timeout_interruptible - schedule_timeout() in TASK_INTERRUPTIBLE
 * @timeout: jiffies to sleep at most
 *
 * Context: process context; sleeps; a signal ends it.
 * Return: as schedule_timeout().
 */
long __sched schedule_timeout_interruptible(long timeout)
{
	__set_current_state(TASK_INTERRUPTIBLE);
	return schedule_timeout(timeout);
}
EXPORT_SYMBOL(schedule_timeout_interruptible);

/**
 * schedule_timeout_killable - schedule_timeout() in TASK_KILLABLE
 * @timeout: jiffies to sleep at most
 *
 * Context: process context; sleeps; SIGKILL ends it.
 * Return: as schedule_timeout().
 */
long __sched schedule_timeout_killable(long timeout)
{
	__set_current_state(TASK_KILLABLE);
	return schedule_timeout(timeout);
}
EXPORT_SYMBOL(schedule_timeout_killable);

/**
 * schedule_timeout_uninterruptible - schedule_timeout() in TASK_UNINTERRUPTIBLE
 * @timeout: jiffies to sleep at most
 *
 * Context: process context; sleeps.
 * Return: as schedule_timeout().
 */
long __sched schedule_timeout_uninterruptible(long timeout)
{
	__set_current_state(TASK_UNINTERRUPTIBLE);
	return schedule_timeout(timeout);
}
EXPORT_SYMBOL(schedule_timeout_uninterruptible);

/**
 * msleep - sleep for at least a number of milliseconds
 * @msecs: the time; one jiffy more is added, as the current one is partly gone
 *
 * Context: process context; sleeps uninterruptibly.
 */
void __sched msleep(unsigned int msecs)
{
	long timeout = msecs_to_jiffies(msecs) + 1;

	while (timeout)
		timeout = schedule_timeout_uninterruptible(timeout);
}
EXPORT_SYMBOL(msleep);

/**
 * msleep_interruptible - sleep for some milliseconds unless a signal comes
 * @msecs: the time
 *
 * Context: process context; sleeps.
 * Return: 0 if the whole time passed, else the milliseconds that were left
 * when a signal ended the sleep.
 */
unsigned long __sched msleep_interruptible(unsigned int msecs)
{
	long timeout = msecs_to_jiffies(msecs) + 1;

	while (timeout && !signal_pending(current))
		timeout = schedule_timeout_interruptible(timeout);
	return jiffies_to_msecs(timeout);
}
EXPORT_SYMBOL(msleep_interruptible);
