/*
 * timer.h - kernel timers: call a function once, some jiffies from now.
 *
 * A struct timer_list names a function, its argument and the jiffy at
 * which to call it. add_timer() files it in the timer wheel
 * (kernel/timer.c) in O(1); the TIMER softirq calls it once jiffies has
 * reached ->expires, in softirq context (it may not sleep). A timer fires
 * once: to repeat, the function re-arms it with mod_timer(). The
 * resolution is one tick, and a timer never fires early.
 *
 *   struct timer_list t;
 *   setup_timer(&t, my_fn, (unsigned long)my_dev);
 *   mod_timer(&t, jiffies + msecs_to_jiffies(100));
 *   ...
 *   del_timer_sync(&t);      before freeing what my_fn uses
 *
 * See docs/time.md.
 */
#ifndef _LINUX_TIMER_H
#define _LINUX_TIMER_H

#include <linux/list.h>
#include <linux/jiffies.h>

/**
 * struct timer_list - a kernel timer
 * @entry: its place in a wheel slot; entry.next is NULL when not pending
 * @expires: the jiffy at (or after) which to run @function
 * @function: the callback, run in softirq context
 * @data: the callback's argument
 */
struct timer_list {
	struct list_head entry;
	unsigned long expires;
	void (*function)(unsigned long);
	unsigned long data;
};

#define TIMER_INITIALIZER(_function, _expires, _data)                        \
	{                                                                    \
		.entry = { .next = NULL, .prev = NULL }, .expires = (_expires), \
		.function = (_function), .data = (_data)                     \
	}

#define DEFINE_TIMER(_name, _function, _expires, _data) \
	struct timer_list _name = TIMER_INITIALIZER(_function, _expires, _data)

void init_timer(struct timer_list *timer);

/**
 * setup_timer - initialise a timer with its function and argument
 * @timer: the timer
 * @function: the callback
 * @data: its argument
 *
 * Context: any.
 */
static inline void setup_timer(struct timer_list *timer, void (*function)(unsigned long),
			       unsigned long data)
{
	timer->function = function;
	timer->data = data;
	init_timer(timer);
}

/**
 * timer_pending - is a timer waiting in the wheel?
 * @timer: the timer
 *
 * The answer can change at the next tick unless the caller keeps the
 * timer softirq out (local_bh_disable() or interrupts off).
 *
 * Context: any.
 * Return: 1 if pending, 0 if not (never added, fired, or deleted).
 */
static inline int timer_pending(const struct timer_list *timer)
{
	return timer->entry.next != NULL;
}

void add_timer(struct timer_list *timer);
int mod_timer(struct timer_list *timer, unsigned long expires);
int mod_timer_pending(struct timer_list *timer, unsigned long expires);
int del_timer(struct timer_list *timer);
int try_to_del_timer_sync(struct timer_list *timer);
int del_timer_sync(struct timer_list *timer);
unsigned long round_jiffies(unsigned long j);

void init_timers(void);
void update_process_times(int user_tick);
void run_local_timers(void);

#endif /* _LINUX_TIMER_H */
