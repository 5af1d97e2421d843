/*
 * wait.c - wait queues: adding and removing sleepers, and waking them.
 *
 * The header (include/linux/wait.h) holds the data structures and the
 * wait_event*() loops; this file holds the operations on a queue, each
 * done under the queue's lock with interrupts off, so that an interrupt
 * handler can call wake_up() on a queue a task is just joining.
 *
 * The protocol that keeps a wake-up from being lost:
 *
 *   sleeper                               waker
 *   prepare_to_wait(q, &w, state)         condition = true
 *     (on the queue, state set)           wake_up(q)
 *   if (!condition)                         (state -> TASK_RUNNING,
 *           schedule()                       back on the run queue)
 *   finish_wait(q, &w)
 *
 * Whatever the interleaving, either the sleeper sees the condition, or
 * the waker finds it on the queue and makes it runnable, so schedule()
 * comes straight back. See docs/wait.md.
 */
#include <linux/module.h>
#include <linux/wait.h>
#include <linux/sched.h>

/**
 * init_waitqueue_head - initialise an empty wait queue
 * @q: the queue
 *
 * Context: any.
 */
void init_waitqueue_head(wait_queue_head_t *q)
{
	spin_lock_init(&q->lock);
	INIT_LIST_HEAD(&q->task_list);
}
EXPORT_SYMBOL(init_waitqueue_head);

/**
 * add_wait_queue - add a non-exclusive waiter at the head of a queue
 * @q: the queue
 * @wait: the entry; its exclusive flag is cleared
 *
 * Context: any. Does not sleep.
 */
void add_wait_queue(wait_queue_head_t *q, wait_queue_t *wait)
{
	unsigned long flags;

	wait->flags &= ~WQ_FLAG_EXCLUSIVE;
	spin_lock_irqsave(&q->lock, flags);
	__add_wait_queue(q, wait);
	spin_unlock_irqrestore(&q->lock, flags);
}
EXPORT_SYMBOL(add_wait_queue);

/**
 * add_wait_queue_exclusive - add an exclusive waiter at the tail of a queue
 * @q: the queue
 * @wait: the entry; it is marked WQ_FLAG_EXCLUSIVE
 *
 * Context: any. Does not sleep.
 */
void add_wait_queue_exclusive(wait_queue_head_t *q, wait_queue_t *wait)
{
	unsigned long flags;

	wait->flags |= WQ_FLAG_EXCLUSIVE;
	spin_lock_irqsave(&q->lock, flags);
	__add_wait_queue_tail(q, wait);
	spin_unlock_irqrestore(&q->lock, flags);
}
EXPORT_SYMBOL(add_wait_queue_exclusive);

/**
 * remove_wait_queue - take a waiter off a queue
 * @q: the queue
 * @wait: the entry, which must be on @q
 *
 * Context: any. Does not sleep.
 */
void remove_wait_queue(wait_queue_head_t *q, wait_queue_t *wait)
{
	unsigned long flags;

	spin_lock_irqsave(&q->lock, flags);
	__remove_wait_queue(q, wait);
	spin_unlock_irqrestore(&q->lock, flags);
}
EXPORT_SYMBOL(remove_wait_queue);

/*
 * The heart of every wake_up: walk the queue from the head, waking each
 * entry in turn. Non-exclusive entries (at the head) are all woken; each
 * exclusive entry that was really woken counts down @nr_exclusive, and
 * the walk stops at zero. @nr_exclusive == 0 never reaches zero: all.
 */
static __always_inline void __wake_up_common(wait_queue_head_t *q, unsigned int mode,
					     int nr_exclusive, int wake_flags, void *key)
{
	wait_queue_t *curr, *next;

	list_for_each_entry_safe(curr, next, &q->task_list, task_list) {
		unsigned int flags = curr->flags;

		if (curr->func(curr, mode, wake_flags, key) && (flags & WQ_FLAG_EXCLUSIVE) &&
		    !--nr_exclusive)
			break;
	}
}

/**
 * __wake_up - wake the waiters of a queue
 * @q: the queue
 * @mode: which sleepers may be woken (TASK_NORMAL, TASK_INTERRUPTIBLE)
 * @nr_exclusive: how many exclusive waiters to wake; 0 means all
 * @key: passed to each wake function
 *
 * Every non-exclusive waiter whose state is in @mode is woken, then at
 * most @nr_exclusive exclusive ones.
 *
 * Context: any, including hard interrupt handlers. Does not sleep.
 */
void __wake_up(wait_queue_head_t *q, unsigned int mode, int nr_exclusive, void *key)
{
	unsigned long flags;

	spin_lock_irqsave(&q->lock, flags);
	__wake_up_common(q, mode, nr_exclusive, 0, key);
	spin_unlock_irqrestore(&q->lock, flags);
}
EXPORT_SYMBOL(__wake_up);

/**
 * __wake_up_locked - wake one exclusive waiter, the caller holding @q->lock
 * @q: the queue, locked
 * @mode: which sleepers may be woken
 *
 * Context: any, with @q->lock held.
 */
void __wake_up_locked(wait_queue_head_t *q, unsigned int mode)
{
	__wake_up_common(q, mode, 1, 0, NULL);
}

/**
 * __wake_up_locked_key - __wake_up_locked() passing a key to the wake functions
 * @q: the queue, locked
 * @mode: which sleepers may be woken
 * @key: passed to each wake function
 *
 * Context: any, with @q->lock held.
 */
void __wake_up_locked_key(wait_queue_head_t *q, unsigned int mode, void *key)
{
	__wake_up_common(q, mode, 1, 0, key);
}

/**
 * __wake_up_locked_nr - __wake_up() for a caller already holding @q->lock
 * @q: the queue, locked
 * @mode: which sleepers may be woken
 * @nr_exclusive: how many exclusive waiters to wake; 0 means all
 *
 * Context: any, with @q->lock held.
 */
void __wake_up_locked_nr(wait_queue_head_t *q, unsigned int mode, int nr_exclusive)
{
	__wake_up_common(q, mode, nr_exclusive, 0, NULL);
}

/**
 * __wake_up_sync_key - __wake_up() from a waker that is about to sleep
 * @q: the queue
 * @mode: which sleepers may be woken
 * @nr_exclusive: how many exclusive waiters to wake; 0 means all
 * @key: passed to each wake function
 *
 * WF_SYNC tells the scheduler the waker is going to sleep at once (a pipe
 * writer that filled the pipe wakes the reader, then waits for room), so
 * the woken task need not preempt it: it gets the CPU when the waker
 * sleeps, one switch instead of two. Waking all (@nr_exclusive 0) is
 * never sync, as in 2.6.32: the waker cannot hand the CPU to them all.
 *
 * Context: any. Does not sleep.
 */
void __wake_up_sync_key(wait_queue_head_t *q, unsigned int mode, int nr_exclusive, void *key)
{
	unsigned long flags;

	spin_lock_irqsave(&q->lock, flags);
	__wake_up_common(q, mode, nr_exclusive, nr_exclusive ? WF_SYNC : 0, key);
	spin_unlock_irqrestore(&q->lock, flags);
}
EXPORT_SYMBOL_GPL(__wake_up_sync_key);

/**
 * __wake_up_sync - __wake_up_sync_key() with no key
 * @q: the queue
 * @mode: which sleepers may be woken
 * @nr_exclusive: how many exclusive waiters to wake; 0 means all
 *
 * What wake_up_interruptible_sync() calls (LDD3's scull_p_write, after
 * filling the buffer, wakes the readers this way before it sleeps).
 *
 * Context: any. Does not sleep.
 */
void __wake_up_sync(wait_queue_head_t *q, unsigned int mode, int nr_exclusive)
{
	__wake_up_sync_key(q, mode, nr_exclusive, NULL);
}
EXPORT_SYMBOL_GPL(__wake_up_sync);

/*
 * The sleep_on() family: join the queue, sleep, leave. The caller tested
 * its condition before calling, so a wake_up() between that test and
 * joining the queue is lost and the sleeper sleeps on (docs/wait.md,
 * section 2): the race wait_event() closes. 2.6.32 keeps them, in
 * kernel/sched.c, for the drivers written with them (LDD3's jiq.c);
 * Linux removed them in 3.15.
 */
static long sleep_on_common(wait_queue_head_t *q, int state, long timeout)
{
	unsigned long flags;
	wait_queue_t wait;

	init_waitqueue_entry(&wait, current);
	__set_current_state(state);
	spin_lock_irqsave(&q->lock, flags);
	__add_wait_queue(q, &wait);
	spin_unlock_irqrestore(&q->lock, flags);
	timeout = schedule_timeout(timeout);
	spin_lock_irqsave(&q->lock, flags);
	__remove_wait_queue(q, &wait);
	spin_unlock_irqrestore(&q->lock, flags);
	return timeout;
}

/**
 * interruptible_sleep_on - sleep on @q until woken or a signal comes
 * @q: the queue
 *
 * Racy by design (see above); use wait_event_interruptible() in new code.
 *
 * Context: process context; sleeps.
 */
void interruptible_sleep_on(wait_queue_head_t *q)
{
	sleep_on_common(q, TASK_INTERRUPTIBLE, MAX_SCHEDULE_TIMEOUT);
}
EXPORT_SYMBOL(interruptible_sleep_on);

/**
 * interruptible_sleep_on_timeout - interruptible_sleep_on() for at most @timeout
 * @q: the queue
 * @timeout: jiffies
 *
 * Context: process context; sleeps.
 * Return: the jiffies left when woken (or signalled), 0 if the time ran out.
 */
long interruptible_sleep_on_timeout(wait_queue_head_t *q, long timeout)
{
	return sleep_on_common(q, TASK_INTERRUPTIBLE, timeout);
}
EXPORT_SYMBOL(interruptible_sleep_on_timeout);

/**
 * sleep_on - sleep on @q until woken; signals do not end it
 * @q: the queue
 *
 * Context: process context; sleeps.
 */
void sleep_on(wait_queue_head_t *q)
{
	sleep_on_common(q, TASK_UNINTERRUPTIBLE, MAX_SCHEDULE_TIMEOUT);
}
EXPORT_SYMBOL(sleep_on);

/**
 * sleep_on_timeout - sleep_on() for at most @timeout
 * @q: the queue
 * @timeout: jiffies
 *
 * Context: process context; sleeps.
 * Return: the jiffies left when woken, 0 if the time ran out.
 */
long sleep_on_timeout(wait_queue_head_t *q, long timeout)
{
	return sleep_on_common(q, TASK_UNINTERRUPTIBLE, timeout);
}
EXPORT_SYMBOL(sleep_on_timeout);

/**
 * prepare_to_wait - join a queue (if not on it) and set the sleep state
 * @q: the queue
 * @wait: the entry, from DEFINE_WAIT(); joins at the head, non-exclusive
 * @state: TASK_INTERRUPTIBLE or TASK_UNINTERRUPTIBLE (or TASK_KILLABLE)
 *
 * The state is set under the queue's lock, after the entry is visible,
 * so a wake_up from now on finds us. The caller then tests its condition
 * and calls schedule() if it is still false.
 *
 * Context: process context.
 */
void prepare_to_wait(wait_queue_head_t *q, wait_queue_t *wait, int state)
{
	unsigned long flags;

	wait->flags &= ~WQ_FLAG_EXCLUSIVE;
	spin_lock_irqsave(&q->lock, flags);
	if (list_empty(&wait->task_list))
		__add_wait_queue(q, wait);
	set_current_state(state);
	spin_unlock_irqrestore(&q->lock, flags);
}
EXPORT_SYMBOL(prepare_to_wait);

/**
 * prepare_to_wait_exclusive - prepare_to_wait() as an exclusive waiter
 * @q: the queue
 * @wait: the entry; joins at the tail, marked exclusive
 * @state: TASK_INTERRUPTIBLE or TASK_UNINTERRUPTIBLE (or TASK_KILLABLE)
 *
 * Context: process context.
 */
void prepare_to_wait_exclusive(wait_queue_head_t *q, wait_queue_t *wait, int state)
{
	unsigned long flags;

	wait->flags |= WQ_FLAG_EXCLUSIVE;
	spin_lock_irqsave(&q->lock, flags);
	if (list_empty(&wait->task_list))
		__add_wait_queue_tail(q, wait);
	set_current_state(state);
	spin_unlock_irqrestore(&q->lock, flags);
}
EXPORT_SYMBOL(prepare_to_wait_exclusive);

/**
 * finish_wait - end a wait: back to TASK_RUNNING and off the queue
 * @q: the queue
 * @wait: the entry
 *
 * The entry may already be off the queue (autoremove_wake_function took
 * it off when it woke us): list_empty_careful() tells without the lock,
 * and the lock is taken only when there is something to remove.
 *
 * Context: process context.
 */
void finish_wait(wait_queue_head_t *q, wait_queue_t *wait)
{
	unsigned long flags;

	__set_current_state(TASK_RUNNING);
	if (!list_empty_careful(&wait->task_list)) {
		spin_lock_irqsave(&q->lock, flags);
		list_del_init(&wait->task_list);
		spin_unlock_irqrestore(&q->lock, flags);
	}
}
EXPORT_SYMBOL(finish_wait);

/**
 * abort_exclusive_wait - leave an exclusive wait early, passing on a wake-up
 * @q: the queue
 * @wait: the entry
 * @mode: the mode a passed-on wake-up uses
 * @key: the key a passed-on wake-up uses
 *
 * An exclusive waiter that leaves on a signal may already have been
 * chosen by a wake_up() (its entry is off the queue): that wake-up was
 * meant for one waiter, so it is given to the next one instead of being
 * lost.
 *
 * Context: process context.
 */
void abort_exclusive_wait(wait_queue_head_t *q, wait_queue_t *wait, unsigned int mode, void *key)
{
	unsigned long flags;

	__set_current_state(TASK_RUNNING);
	spin_lock_irqsave(&q->lock, flags);
	if (!list_empty(&wait->task_list))
		list_del_init(&wait->task_list);
	else if (waitqueue_active(q))
		__wake_up_locked_key(q, mode, key);
	spin_unlock_irqrestore(&q->lock, flags);
}
EXPORT_SYMBOL(abort_exclusive_wait);

/**
 * default_wake_function - the wake function of DECLARE_WAITQUEUE entries
 * @wait: the entry; @wait->private is the task
 * @mode: the states that may be woken
 * @flags: wake flags (unused on a uniprocessor)
 * @key: unused
 *
 * Context: any; called with the queue's lock held.
 * Return: 1 if the task was woken, 0 if it was not in a state of @mode.
 */
int default_wake_function(wait_queue_t *wait, unsigned mode, int flags, void *key)
{
	return try_to_wake_up(wait->private, mode, flags);
}
EXPORT_SYMBOL(default_wake_function);

/**
 * autoremove_wake_function - wake the task and take its entry off the queue
 * @wait: the entry
 * @mode: the states that may be woken
 * @sync: wake flags
 * @key: unused
 *
 * Removing the entry at once means a second wake_up() before the woken
 * task runs goes to the next waiter instead of waking this one twice.
 *
 * Context: any; called with the queue's lock held.
 * Return: 1 if the task was woken, else 0.
 */
int autoremove_wake_function(wait_queue_t *wait, unsigned mode, int sync, void *key)
{
	int ret = default_wake_function(wait, mode, sync, key);

	if (ret)
		list_del_init(&wait->task_list);
	return ret;
}
EXPORT_SYMBOL(autoremove_wake_function);
