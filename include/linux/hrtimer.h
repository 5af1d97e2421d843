/*
 * hrtimer.h - high-resolution timers: one event at a nanosecond time.
 *
 * The timer wheel (kernel/timer.c) files timeouts by jiffy and is cheap
 * when most are cancelled before they fire. An hrtimer is for events that
 * must happen at a precise time: it is kept in a red-black tree ordered by
 * expiry, one tree per clock (CLOCK_REALTIME, CLOCK_MONOTONIC), and in
 * high-resolution mode the clock event device is programmed for the
 * leftmost timer, so it fires within microseconds of its time instead of
 * at the next tick. See kernel/hrtimer.c and docs/time.md.
 *
 * Layout and names are 2.6.32's; the per-CPU bases are one base here.
 */
#ifndef _LINUX_HRTIMER_H
#define _LINUX_HRTIMER_H

#include <linux/ktime.h>
#include <linux/rbtree.h>
#include <linux/spinlock.h>
#include <linux/time.h>

struct hrtimer_clock_base;
struct hrtimer_cpu_base;
struct task_struct;
struct clock_event_device;

/**
 * enum hrtimer_mode - how hrtimer_start() reads its time
 * @HRTIMER_MODE_ABS: the time is absolute, on the timer's clock
 * @HRTIMER_MODE_REL: the time is relative to now
 * @HRTIMER_MODE_PINNED: stay on this CPU (always so on Linnet)
 * @HRTIMER_MODE_ABS_PINNED: both
 * @HRTIMER_MODE_REL_PINNED: both
 */
enum hrtimer_mode {
	HRTIMER_MODE_ABS = 0x0,
	HRTIMER_MODE_REL = 0x1,
	HRTIMER_MODE_PINNED = 0x02,
	HRTIMER_MODE_ABS_PINNED = 0x02,
	HRTIMER_MODE_REL_PINNED = 0x03,
};

/**
 * enum hrtimer_restart - what a callback returns
 * @HRTIMER_NORESTART: the timer is done
 * @HRTIMER_RESTART: re-queue it at its (forwarded) expiry
 */
enum hrtimer_restart {
	HRTIMER_NORESTART,
	HRTIMER_RESTART,
};

/*
 * timer->state bits: INACTIVE (0); ENQUEUED: in a tree; CALLBACK: its
 * function runs now. ENQUEUED|CALLBACK: it re-armed itself from its
 * callback. MIGRATE is unused on one CPU.
 */
#define HRTIMER_STATE_INACTIVE 0x00
#define HRTIMER_STATE_ENQUEUED 0x01
#define HRTIMER_STATE_CALLBACK 0x02
#define HRTIMER_STATE_MIGRATE 0x04

/**
 * struct hrtimer - a high-resolution timer
 * @node: its node in the clock base's red-black tree
 * @_expires: the latest time it may fire (soft expiry + slack)
 * @_softexpires: the earliest time it may fire
 * @function: the callback, run in hard interrupt context, interrupts off
 * @base: the clock base it belongs to
 * @state: HRTIMER_STATE_* bits
 */
struct hrtimer {
	struct rb_node node;
	ktime_t _expires;
	ktime_t _softexpires;
	enum hrtimer_restart (*function)(struct hrtimer *);
	struct hrtimer_clock_base *base;
	unsigned long state;
};

/**
 * struct hrtimer_sleeper - an hrtimer that wakes a task
 * @timer: the timer
 * @task: the task to wake; NULL once woken
 */
struct hrtimer_sleeper {
	struct hrtimer timer;
	struct task_struct *task;
};

/**
 * struct hrtimer_clock_base - the timers of one clock
 * @cpu_base: the per-CPU base it is part of
 * @index: its clock: CLOCK_REALTIME or CLOCK_MONOTONIC
 * @active: the red-black tree of queued timers, ordered by expiry
 * @first: the leftmost node: the timer that expires first
 * @resolution: KTIME_HIGH_RES in high-resolution mode, else a tick
 * @get_time: reads the clock (ktime_get_real or ktime_get)
 * @softirq_time: the clock's time at the tick (low-resolution mode)
 * @offset: this clock minus CLOCK_MONOTONIC (for REALTIME: the wall time
 *	at boot); hrtimer_interrupt() reads one clock and adds it
 */
struct hrtimer_clock_base {
	struct hrtimer_cpu_base *cpu_base;
	clockid_t index;
	struct rb_root active;
	struct rb_node *first;
	ktime_t resolution;
	ktime_t (*get_time)(void);
	ktime_t softirq_time;
	ktime_t offset;
};

#define HRTIMER_MAX_CLOCK_BASES 2

/**
 * struct hrtimer_cpu_base - a CPU's hrtimers
 * @lock: guards the trees and the fields below
 * @clock_base: one base per clock
 * @expires_next: the time the clock event device is programmed for
 * @hres_active: nonzero in high-resolution mode
 * @hang_detected: the last hrtimer_interrupt() could not keep up
 * @nr_events: hrtimer_interrupt() calls
 * @nr_retries: times it had to loop because time ran on meanwhile
 * @nr_hangs: times it gave up looping
 * @max_hang_time: the longest such interrupt
 */
struct hrtimer_cpu_base {
	spinlock_t lock;
	struct hrtimer_clock_base clock_base[HRTIMER_MAX_CLOCK_BASES];
	ktime_t expires_next;
	int hres_active;
	int hang_detected;
	unsigned long nr_events;
	unsigned long nr_retries;
	unsigned long nr_hangs;
	ktime_t max_hang_time;
};

/* the resolution of hrtimers in high-resolution mode: 1 ns */
#define KTIME_HIGH_RES (ktime_t){ .tv64 = 1 }

extern struct hrtimer_cpu_base hrtimer_bases;

/**
 * hrtimer_set_expires - set a timer's expiry (no slack)
 * @timer: the timer, not queued
 * @time: the expiry
 */
static inline void hrtimer_set_expires(struct hrtimer *timer, ktime_t time)
{
	timer->_expires = time;
	timer->_softexpires = time;
}

/**
 * hrtimer_set_expires_range_ns - set an expiry with slack
 * @timer: the timer, not queued
 * @time: the earliest time it may fire
 * @delta: how much later it may fire, so that it can share an interrupt
 */
static inline void hrtimer_set_expires_range_ns(struct hrtimer *timer, ktime_t time,
						unsigned long delta)
{
	timer->_softexpires = time;
	timer->_expires = ktime_add_ns(time, delta);
}

/**
 * hrtimer_add_expires_ns - push a timer's expiry later
 * @timer: the timer, not queued
 * @ns: nanoseconds to add
 */
static inline void hrtimer_add_expires_ns(struct hrtimer *timer, u64 ns)
{
	timer->_expires = ktime_add_ns(timer->_expires, ns);
	timer->_softexpires = ktime_add_ns(timer->_softexpires, ns);
}

/**
 * hrtimer_get_expires - a timer's (latest) expiry
 * @timer: the timer
 *
 * Return: _expires.
 */
static inline ktime_t hrtimer_get_expires(const struct hrtimer *timer)
{
	return timer->_expires;
}

/**
 * hrtimer_get_softexpires - a timer's earliest expiry
 * @timer: the timer
 *
 * Return: _softexpires.
 */
static inline ktime_t hrtimer_get_softexpires(const struct hrtimer *timer)
{
	return timer->_softexpires;
}

/**
 * hrtimer_cb_get_time - the time on a timer's clock
 * @timer: the timer
 *
 * Return: the clock's current time.
 */
static inline ktime_t hrtimer_cb_get_time(struct hrtimer *timer)
{
	return timer->base->get_time();
}

/**
 * hrtimer_expires_remaining - how long until the timer's expiry
 * @timer: the timer
 *
 * Return: the expiry less the clock's time now (negative once past).
 */
static inline ktime_t hrtimer_expires_remaining(const struct hrtimer *timer)
{
	return ktime_sub(timer->_expires, timer->base->get_time());
}

/**
 * hrtimer_is_queued - is the timer in a tree?
 * @timer: the timer
 *
 * Return: nonzero if enqueued.
 */
static inline int hrtimer_is_queued(struct hrtimer *timer)
{
	return timer->state & HRTIMER_STATE_ENQUEUED;
}

/**
 * hrtimer_callback_running - is the timer's function running now?
 * @timer: the timer
 *
 * Return: nonzero while the callback runs.
 */
static inline int hrtimer_callback_running(struct hrtimer *timer)
{
	return timer->state & HRTIMER_STATE_CALLBACK;
}

/**
 * hrtimer_active - is the timer queued or running?
 * @timer: the timer
 *
 * Return: nonzero if queued or its callback runs.
 */
static inline int hrtimer_active(const struct hrtimer *timer)
{
	return timer->state != HRTIMER_STATE_INACTIVE;
}

/**
 * hrtimer_hres_active - is high-resolution mode on?
 *
 * Return: nonzero once the tick runs from an hrtimer.
 */
static inline int hrtimer_hres_active(void)
{
	return hrtimer_bases.hres_active;
}

void hrtimer_init(struct hrtimer *timer, clockid_t which_clock, enum hrtimer_mode mode);
int hrtimer_start(struct hrtimer *timer, ktime_t tim, const enum hrtimer_mode mode);
int hrtimer_start_range_ns(struct hrtimer *timer, ktime_t tim, unsigned long range_ns,
			   const enum hrtimer_mode mode);
int hrtimer_start_expires(struct hrtimer *timer, enum hrtimer_mode mode);

/**
 * hrtimer_restart - start a timer again at the expiry already set in it (hrtimer_forward)
 * @timer: the timer
 *
 * Context: any.
 * Return: as hrtimer_start_expires().
 */
static inline int hrtimer_restart(struct hrtimer *timer)
{
	return hrtimer_start_expires(timer, HRTIMER_MODE_ABS);
}
int hrtimer_cancel(struct hrtimer *timer);
int hrtimer_try_to_cancel(struct hrtimer *timer);
ktime_t hrtimer_get_remaining(const struct hrtimer *timer);
u64 hrtimer_forward(struct hrtimer *timer, ktime_t now, ktime_t interval);
u64 hrtimer_forward_now(struct hrtimer *timer, ktime_t interval);

void hrtimer_init_sleeper(struct hrtimer_sleeper *sl, struct task_struct *task);
long hrtimer_nanosleep(struct timespec *rqtp, struct timespec __user *rmtp,
		       const enum hrtimer_mode mode, const clockid_t clockid);
int schedule_hrtimeout(ktime_t *expires, const enum hrtimer_mode mode);
int schedule_hrtimeout_range(ktime_t *expires, unsigned long delta,
			     const enum hrtimer_mode mode);

void hrtimer_interrupt(struct clock_event_device *dev);
void hrtimer_run_queues(void);
void hrtimer_run_pending(void);
void clock_was_set(void);
void hrtimers_init(void);
void timer_list_show(void (*print)(void *arg, const char *fmt, ...), void *arg);

#endif /* _LINUX_HRTIMER_H */
