/*
 * wait.h - wait queues: sleeping until something happens.
 *
 * A wait queue head is a list of sleepers waiting for one kind of event
 * ("data arrived", "the buffer has room"). A sleeper puts an entry with
 * its task on the list, sets its state to sleeping, tests the condition
 * once more and calls schedule(); whoever makes the condition true calls
 * wake_up() on the head, which calls each entry's wake function.
 *
 *   wait_queue_head_t          wait_queue_t          wait_queue_t
 *   +-----------+        +--------------+      +--------------------+
 *   | lock      |        | flags 0      |      | flags EXCLUSIVE    |
 *   | task_list |<-----> | private=task |<---->| private=task       |<--> (head)
 *   +-----------+        | func         |      | func               |
 *                        +--------------+      +--------------------+
 *                        non-exclusive at the head, exclusive at the tail
 *
 * wake_up() wakes every non-exclusive waiter and at most one exclusive
 * one (wake_up_nr: nr of them; wake_up_all: all): exclusive waits are how
 * a thousand sleepers on one lock avoid a thundering herd.
 *
 * The wait_event*() macros are the loop every sleeper must write, written
 * once: prepare_to_wait(), test, schedule(), and finish_wait(). Setting
 * the state *before* testing the condition is what makes a wake-up that
 * comes between the test and schedule() impossible to lose. See
 * docs/wait.md.
 */
#ifndef _LINUX_WAIT_H
#define _LINUX_WAIT_H

#include <linux/kernel.h>
#include <linux/list.h>
#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/errno.h>

typedef struct __wait_queue wait_queue_t;
typedef int (*wait_queue_func_t)(wait_queue_t *wait, unsigned mode, int flags, void *key);
int default_wake_function(wait_queue_t *wait, unsigned mode, int flags, void *key);

#define WQ_FLAG_EXCLUSIVE 0x01

/**
 * struct __wait_queue - one sleeper's entry on a wait queue (wait_queue_t)
 * @flags: WQ_FLAG_EXCLUSIVE for an exclusive waiter
 * @private: the task to wake
 * @func: called by wake_up(); returns non-zero if it woke the task
 * @task_list: link in the head's list
 */
struct __wait_queue {
	unsigned int flags;
	void *private;
	wait_queue_func_t func;
	struct list_head task_list;
};

/**
 * struct __wait_queue_head - a wait queue (wait_queue_head_t)
 * @lock: protects @task_list; taken with interrupts off, so interrupt
 *        handlers may wake
 * @task_list: the waiters
 */
struct __wait_queue_head {
	spinlock_t lock;
	struct list_head task_list;
};
typedef struct __wait_queue_head wait_queue_head_t;

#define __WAITQUEUE_INITIALIZER(name, tsk)                                    \
	{                                                                     \
		.private = tsk, .func = default_wake_function,                \
		.task_list = { NULL, NULL }                                   \
	}

#define DECLARE_WAITQUEUE(name, tsk) wait_queue_t name = __WAITQUEUE_INITIALIZER(name, tsk)

#define __WAIT_QUEUE_HEAD_INITIALIZER(name)                                   \
	{                                                                     \
		.lock = __SPIN_LOCK_UNLOCKED(name.lock),                      \
		.task_list = { &(name).task_list, &(name).task_list }         \
	}

#define DECLARE_WAIT_QUEUE_HEAD(name) wait_queue_head_t name = __WAIT_QUEUE_HEAD_INITIALIZER(name)

void init_waitqueue_head(wait_queue_head_t *q);

static inline void init_waitqueue_entry(wait_queue_t *q, struct task_struct *p)
{
	q->flags = 0;
	q->private = p;
	q->func = default_wake_function;
}

static inline void init_waitqueue_func_entry(wait_queue_t *q, wait_queue_func_t func)
{
	q->flags = 0;
	q->private = NULL;
	q->func = func;
}

/* waitqueue_active - is anyone waiting? (without the lock: the caller orders) */
static inline int waitqueue_active(wait_queue_head_t *q)
{
	return !list_empty(&q->task_list);
}

static inline void __add_wait_queue(wait_queue_head_t *head, wait_queue_t *new)
{
	list_add(&new->task_list, &head->task_list);
}

static inline void __add_wait_queue_tail(wait_queue_head_t *head, wait_queue_t *new)
{
	list_add_tail(&new->task_list, &head->task_list);
}

static inline void __remove_wait_queue(wait_queue_head_t *head, wait_queue_t *old)
{
	list_del(&old->task_list);
}

void add_wait_queue(wait_queue_head_t *q, wait_queue_t *wait);
void add_wait_queue_exclusive(wait_queue_head_t *q, wait_queue_t *wait);
void remove_wait_queue(wait_queue_head_t *q, wait_queue_t *wait);

void __wake_up(wait_queue_head_t *q, unsigned int mode, int nr_exclusive, void *key);
void __wake_up_locked(wait_queue_head_t *q, unsigned int mode);
void __wake_up_locked_key(wait_queue_head_t *q, unsigned int mode, void *key);
void __wake_up_locked_nr(wait_queue_head_t *q, unsigned int mode, int nr_exclusive);

#define wake_up(x) __wake_up(x, TASK_NORMAL, 1, NULL)
#define wake_up_nr(x, nr) __wake_up(x, TASK_NORMAL, nr, NULL)
#define wake_up_all(x) __wake_up(x, TASK_NORMAL, 0, NULL)
#define wake_up_locked(x) __wake_up_locked((x), TASK_NORMAL)
#define wake_up_all_locked(x) __wake_up_locked_nr((x), TASK_NORMAL, 0)
#define wake_up_interruptible(x) __wake_up(x, TASK_INTERRUPTIBLE, 1, NULL)
#define wake_up_interruptible_nr(x, nr) __wake_up(x, TASK_INTERRUPTIBLE, nr, NULL)
#define wake_up_interruptible_all(x) __wake_up(x, TASK_INTERRUPTIBLE, 0, NULL)

/* The same, telling the wake functions which POLL* events happened (epoll filters on it) */
#define wake_up_poll(x, m) __wake_up(x, TASK_NORMAL, 1, (void *)(m))
#define wake_up_locked_poll(x, m) __wake_up_locked_key((x), TASK_NORMAL, (void *)(m))
#define wake_up_interruptible_poll(x, m) __wake_up(x, TASK_INTERRUPTIBLE, 1, (void *)(m))

/* The waker sleeps right after: the woken need not preempt it (WF_SYNC) */
void __wake_up_sync(wait_queue_head_t *q, unsigned int mode, int nr_exclusive);
void __wake_up_sync_key(wait_queue_head_t *q, unsigned int mode, int nr_exclusive, void *key);
#define wake_up_interruptible_sync(x) __wake_up_sync((x), TASK_INTERRUPTIBLE, 1)

/* 2.6.32's old sleep_on() API: racy, kept for the drivers that use it (kernel/wait.c) */
void interruptible_sleep_on(wait_queue_head_t *q);
long interruptible_sleep_on_timeout(wait_queue_head_t *q, long timeout);
void sleep_on(wait_queue_head_t *q);
long sleep_on_timeout(wait_queue_head_t *q, long timeout);

void prepare_to_wait(wait_queue_head_t *q, wait_queue_t *wait, int state);
void prepare_to_wait_exclusive(wait_queue_head_t *q, wait_queue_t *wait, int state);
void finish_wait(wait_queue_head_t *q, wait_queue_t *wait);
void abort_exclusive_wait(wait_queue_head_t *q, wait_queue_t *wait, unsigned int mode,
			  void *key);
int autoremove_wake_function(wait_queue_t *wait, unsigned mode, int sync, void *key);

#define DEFINE_WAIT_FUNC(name, function)                                      \
	wait_queue_t name = {                                                 \
		.private = current,                                           \
		.func = function,                                             \
		.task_list = LIST_HEAD_INIT((name).task_list),                \
	}

#define DEFINE_WAIT(name) DEFINE_WAIT_FUNC(name, autoremove_wake_function)

#define init_wait(wait)                                                       \
	do {                                                                  \
		(wait)->private = current;                                    \
		(wait)->func = autoremove_wake_function;                      \
		INIT_LIST_HEAD(&(wait)->task_list);                           \
		(wait)->flags = 0;                                            \
	} while (0)

/*
 * The wait_event family. Each is "if (condition) done; else loop:
 * prepare_to_wait, test, schedule", and each tests @condition after the
 * state is set, so a wake_up between the test and schedule() only makes
 * schedule() return at once. @condition is evaluated many times: it must
 * have no side effects.
 */
#define __wait_event(wq, condition)                                           \
	do {                                                                  \
		DEFINE_WAIT(__wait);                                          \
		for (;;) {                                                    \
			prepare_to_wait(&wq, &__wait, TASK_UNINTERRUPTIBLE);  \
			if (condition)                                        \
				break;                                        \
			schedule();                                           \
		}                                                             \
		finish_wait(&wq, &__wait);                                    \
	} while (0)

/**
 * wait_event - sleep (uninterruptibly) until a condition is true
 * @wq: the wait queue to wait on
 * @condition: a C expression, tested each time @wq is woken
 *
 * Context: process context; sleeps.
 */
#define wait_event(wq, condition)                                             \
	do {                                                                  \
		might_sleep();                                                \
		if (condition)                                                \
			break;                                                \
		__wait_event(wq, condition);                                  \
	} while (0)

/*
 * The timeout variants follow today's rule: the result is 0 only if the
 * condition is still false when the time is up; if it came true, the
 * jiffies left, at least 1 (even if it came true on the last tick).
 */
#define ___wait_cond_timeout(condition, __ret)                                \
	({                                                                    \
		bool __cond = (condition);                                    \
		if (__cond && !(__ret))                                       \
			(__ret) = 1;                                          \
		__cond || !(__ret);                                           \
	})

#define __wait_event_timeout(wq, condition, ret)                              \
	do {                                                                  \
		DEFINE_WAIT(__wait);                                          \
		for (;;) {                                                    \
			prepare_to_wait(&wq, &__wait, TASK_UNINTERRUPTIBLE);  \
			if (___wait_cond_timeout(condition, ret))             \
				break;                                        \
			ret = schedule_timeout(ret);                          \
		}                                                             \
		finish_wait(&wq, &__wait);                                    \
	} while (0)

/**
 * wait_event_timeout - sleep until a condition is true or a timeout passes
 * @wq: the wait queue to wait on
 * @condition: a C expression, tested each time @wq is woken
 * @timeout: the longest wait, in jiffies
 *
 * Context: process context; sleeps (uninterruptibly).
 * Return: 0 if @condition was still false when @timeout elapsed, else the
 * jiffies that were left (at least 1).
 */
#define wait_event_timeout(wq, condition, timeout)                            \
	({                                                                    \
		might_sleep();                                                \
		long __ret = timeout;                                         \
		if (!___wait_cond_timeout(condition, __ret))                  \
			__wait_event_timeout(wq, condition, __ret);           \
		__ret;                                                        \
	})

#define __wait_event_interruptible(wq, condition, ret)                        \
	do {                                                                  \
		DEFINE_WAIT(__wait);                                          \
		for (;;) {                                                    \
			prepare_to_wait(&wq, &__wait, TASK_INTERRUPTIBLE);    \
			if (condition)                                        \
				break;                                        \
			if (!signal_pending(current)) {                       \
				schedule();                                   \
				continue;                                     \
			}                                                     \
			ret = -ERESTARTSYS;                                   \
			break;                                                \
		}                                                             \
		finish_wait(&wq, &__wait);                                    \
	} while (0)

/**
 * wait_event_interruptible - sleep until a condition is true or a signal comes
 * @wq: the wait queue to wait on
 * @condition: a C expression, tested each time @wq is woken
 *
 * Context: process context; sleeps.
 * Return: 0 once @condition is true; -ERESTARTSYS if a signal arrived first.
 */
#define wait_event_interruptible(wq, condition)                               \
	({                                                                    \
		might_sleep();                                                \
		int __ret = 0;                                                \
		if (!(condition))                                             \
			__wait_event_interruptible(wq, condition, __ret);     \
		__ret;                                                        \
	})

#define __wait_event_interruptible_timeout(wq, condition, ret)                \
	do {                                                                  \
		DEFINE_WAIT(__wait);                                          \
		for (;;) {                                                    \
			prepare_to_wait(&wq, &__wait, TASK_INTERRUPTIBLE);    \
			if (___wait_cond_timeout(condition, ret))             \
				break;                                        \
			if (!signal_pending(current)) {                       \
				ret = schedule_timeout(ret);                  \
				continue;                                     \
			}                                                     \
			ret = -ERESTARTSYS;                                   \
			break;                                                \
		}                                                             \
		finish_wait(&wq, &__wait);                                    \
	} while (0)

/**
 * wait_event_interruptible_timeout - sleep until a condition, a signal or a timeout
 * @wq: the wait queue to wait on
 * @condition: a C expression, tested each time @wq is woken
 * @timeout: the longest wait, in jiffies
 *
 * Context: process context; sleeps.
 * Return: 0 if @condition was still false at the timeout, -ERESTARTSYS on
 * a signal, else the jiffies that were left (at least 1).
 */
#define wait_event_interruptible_timeout(wq, condition, timeout)              \
	({                                                                    \
		might_sleep();                                                \
		long __ret = timeout;                                         \
		if (!___wait_cond_timeout(condition, __ret))                  \
			__wait_event_interruptible_timeout(wq, condition,     \
							   __ret);            \
		__ret;                                                        \
	})

#define __wait_event_interruptible_exclusive(wq, condition, ret)              \
	do {                                                                  \
		DEFINE_WAIT(__wait);                                          \
		for (;;) {                                                    \
			prepare_to_wait_exclusive(&wq, &__wait,               \
						  TASK_INTERRUPTIBLE);        \
			if (condition) {                                      \
				finish_wait(&wq, &__wait);                    \
				break;                                        \
			}                                                     \
			if (!signal_pending(current)) {                       \
				schedule();                                   \
				continue;                                     \
			}                                                     \
			ret = -ERESTARTSYS;                                   \
			abort_exclusive_wait(&wq, &__wait,                    \
					     TASK_INTERRUPTIBLE, NULL);       \
			break;                                                \
		}                                                             \
	} while (0)

/**
 * wait_event_interruptible_exclusive - an exclusive interruptible wait
 * @wq: the wait queue to wait on
 * @condition: a C expression, tested each time @wq is woken
 *
 * Like wait_event_interruptible(), but the waiter queues at the tail as
 * an exclusive waiter, so wake_up() wakes only one such waiter. A waiter
 * that leaves on a signal after being woken passes the wake-up on.
 *
 * Context: process context; sleeps.
 * Return: 0 once @condition is true; -ERESTARTSYS on a signal.
 */
#define wait_event_interruptible_exclusive(wq, condition)                     \
	({                                                                    \
		might_sleep();                                                \
		int __ret = 0;                                                \
		if (!(condition))                                             \
			__wait_event_interruptible_exclusive(wq, condition,   \
							     __ret);          \
		__ret;                                                        \
	})

/**
 * wait_event_interruptible_locked_irq - wait with the queue's lock held
 * @wq: the wait queue; its lock is held by the caller, interrupts off
 * @condition: a C expression, tested with the lock held
 *
 * For a sleeper whose condition is state guarded by @wq's own lock (an
 * eventfd's count, a timerfd's ticks): the lock is dropped only around
 * schedule() and held again for every test, so the caller finds
 * @condition true and still locked when it returns 0. Linux 2.6.34's
 * (not in 2.6.32, whose fs/eventfd.c and timerfd.c wrote this loop out
 * each).
 *
 * Context: process context, @wq.lock held with spin_lock_irq(); sleeps.
 * Return: 0 once @condition is true; -ERESTARTSYS on a signal.
 */
#define wait_event_interruptible_locked_irq(wq, condition)                    \
	({                                                                    \
		int __ret = 0;                                                \
		DECLARE_WAITQUEUE(__wait, current);                           \
		__add_wait_queue_tail(&(wq), &__wait);                        \
		for (;;) {                                                    \
			set_current_state(TASK_INTERRUPTIBLE);                \
			if (condition)                                        \
				break;                                        \
			if (signal_pending(current)) {                        \
				__ret = -ERESTARTSYS;                         \
				break;                                        \
			}                                                     \
			spin_unlock_irq(&(wq).lock);                          \
			schedule();                                           \
			spin_lock_irq(&(wq).lock);                            \
		}                                                             \
		__remove_wait_queue(&(wq), &__wait);                          \
		__set_current_state(TASK_RUNNING);                            \
		__ret;                                                        \
	})

#define __wait_event_killable(wq, condition, ret)                             \
	do {                                                                  \
		DEFINE_WAIT(__wait);                                          \
		for (;;) {                                                    \
			prepare_to_wait(&wq, &__wait, TASK_KILLABLE);         \
			if (condition)                                        \
				break;                                        \
			if (!fatal_signal_pending(current)) {                 \
				schedule();                                   \
				continue;                                     \
			}                                                     \
			ret = -ERESTARTSYS;                                   \
			break;                                                \
		}                                                             \
		finish_wait(&wq, &__wait);                                    \
	} while (0)

/**
 * wait_event_killable - sleep until a condition is true or a fatal signal comes
 * @wq: the wait queue to wait on
 * @condition: a C expression, tested each time @wq is woken
 *
 * Only SIGKILL ends the sleep early; other signals are left pending.
 *
 * Context: process context; sleeps.
 * Return: 0 once @condition is true; -ERESTARTSYS on SIGKILL.
 */
#define wait_event_killable(wq, condition)                                    \
	({                                                                    \
		might_sleep();                                                \
		int __ret = 0;                                                \
		if (!(condition))                                             \
			__wait_event_killable(wq, condition, __ret);          \
		__ret;                                                        \
	})

#endif /* _LINUX_WAIT_H */
