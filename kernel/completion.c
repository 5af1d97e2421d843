/*
 * completion.c - complete() and the wait_for_completion() family.
 *
 * A waiter joins the completion's queue as an exclusive waiter, so each
 * complete() wakes exactly one waiter for the one event it adds; the
 * woken waiter consumes the event (done--) under the queue's lock.
 * complete_all() adds so many events that nobody ever waits again, and
 * wakes everyone:
 *
 *   waiter                          completer
 *   lock; while (!done) {           lock; done++;
 *     sleep (unlock, schedule,      wake one exclusive waiter; unlock
 *     lock) }; done--; unlock
 *
 * Every wait is one loop (do_wait_for_common) parameterised by the sleep
 * state and the timeout, as in Linux 2.6.32's kernel/sched.c.
 * See docs/wait.md.
 */
#include <linux/module.h>
#include <linux/completion.h>
#include <linux/sched.h>
#include <linux/kernel.h>

/**
 * complete - signal one completion: wake one waiter
 * @x: the completion
 *
 * Context: any, including hard interrupt handlers.
 */
void complete(struct completion *x)
{
	unsigned long flags;

	spin_lock_irqsave(&x->wait.lock, flags);
	x->done++;
	__wake_up_locked(&x->wait, TASK_NORMAL);
	spin_unlock_irqrestore(&x->wait.lock, flags);
}
EXPORT_SYMBOL(complete);

/**
 * complete_all - signal every waiter, now and later
 * @x: the completion; stays done until INIT_COMPLETION()
 *
 * Context: any, including hard interrupt handlers.
 */
void complete_all(struct completion *x)
{
	unsigned long flags;

	spin_lock_irqsave(&x->wait.lock, flags);
	x->done += UINT_MAX / 2;
	__wake_up_locked_nr(&x->wait, TASK_NORMAL, 0);
	spin_unlock_irqrestore(&x->wait.lock, flags);
}
EXPORT_SYMBOL(complete_all);

/*
 * Sleep in @state until done, a signal (for the states a signal ends)
 * or the end of @timeout jiffies. Called and returns with the queue's
 * lock held. Returns the jiffies left (at least 1) when done, 0 on
 * timeout, -ERESTARTSYS on a signal.
 */
static long __sched do_wait_for_common(struct completion *x, long timeout, int state)
{
	DECLARE_WAITQUEUE(wait, current);

	if (x->done)
		goto done;
	wait.flags |= WQ_FLAG_EXCLUSIVE;
	__add_wait_queue_tail(&x->wait, &wait);
	do {
		if (signal_pending_state(state, current)) {
			timeout = -ERESTARTSYS;
			break;
		}
		__set_current_state(state);
		spin_unlock_irq(&x->wait.lock);
		timeout = schedule_timeout(timeout);
		spin_lock_irq(&x->wait.lock);
	} while (!x->done && timeout);
	__remove_wait_queue(&x->wait, &wait);
	if (!x->done)
		return timeout;
done:
	x->done--;
	return timeout ?: 1;
}

static long __sched wait_for_common(struct completion *x, long timeout, int state)
{
	might_sleep();
	spin_lock_irq(&x->wait.lock);
	timeout = do_wait_for_common(x, timeout, state);
	spin_unlock_irq(&x->wait.lock);
	return timeout;
}

/**
 * wait_for_completion - wait (uninterruptibly) for a completion
 * @x: the completion
 *
 * Context: process context; sleeps.
 */
void __sched wait_for_completion(struct completion *x)
{
	wait_for_common(x, MAX_SCHEDULE_TIMEOUT, TASK_UNINTERRUPTIBLE);
}
EXPORT_SYMBOL(wait_for_completion);

/**
 * wait_for_completion_timeout - wait for a completion, at most some jiffies
 * @x: the completion
 * @timeout: the longest wait, in jiffies
 *
 * Context: process context; sleeps uninterruptibly.
 * Return: 0 if the time ran out, else the jiffies that were left (at
 * least 1).
 */
unsigned long __sched wait_for_completion_timeout(struct completion *x, unsigned long timeout)
{
	return wait_for_common(x, timeout, TASK_UNINTERRUPTIBLE);
}
EXPORT_SYMBOL(wait_for_completion_timeout);

/**
 * wait_for_completion_interruptible - wait for a completion or a signal
 * @x: the completion
 *
 * Context: process context; sleeps.
 * Return: 0 when completed, -ERESTARTSYS on a signal.
 */
int __sched wait_for_completion_interruptible(struct completion *x)
{
	long t = wait_for_common(x, MAX_SCHEDULE_TIMEOUT, TASK_INTERRUPTIBLE);

	return t == -ERESTARTSYS ? t : 0;
}
EXPORT_SYMBOL(wait_for_completion_interruptible);

/**
 * wait_for_completion_interruptible_timeout - wait for a completion, a signal or a timeout
 * @x: the completion
 * @timeout: the longest wait, in jiffies
 *
 * Context: process context; sleeps.
 * Return: -ERESTARTSYS on a signal, 0 if the time ran out, else the
 * jiffies that were left (at least 1).
 */
long __sched wait_for_completion_interruptible_timeout(struct completion *x, unsigned long timeout)
{
	return wait_for_common(x, timeout, TASK_INTERRUPTIBLE);
}
EXPORT_SYMBOL(wait_for_completion_interruptible_timeout);

/**
 * wait_for_completion_killable - wait for a completion or a fatal signal
 * @x: the completion
 *
 * Context: process context; sleeps.
 * Return: 0 when completed, -ERESTARTSYS on SIGKILL.
 */
int __sched wait_for_completion_killable(struct completion *x)
{
	long t = wait_for_common(x, MAX_SCHEDULE_TIMEOUT, TASK_KILLABLE);

	return t == -ERESTARTSYS ? t : 0;
}
EXPORT_SYMBOL(wait_for_completion_killable);

/**
 * wait_for_completion_killable_timeout - wait for a completion, SIGKILL or a timeout
 * @x: the completion
 * @timeout: the longest wait, in jiffies
 *
 * Context: process context; sleeps.
 * Return: -ERESTARTSYS on SIGKILL, 0 if the time ran out, else the
 * jiffies that were left (at least 1).
 */
long __sched wait_for_completion_killable_timeout(struct completion *x, unsigned long timeout)
{
	return wait_for_common(x, timeout, TASK_KILLABLE);
}

/**
 * try_wait_for_completion - consume a completion if one is there, without waiting
 * @x: the completion
 *
 * Context: any.
 * Return: true if one was consumed, false if it would have to wait.
 */
bool try_wait_for_completion(struct completion *x)
{
	unsigned long flags;
	bool ret = false;

	spin_lock_irqsave(&x->wait.lock, flags);
	if (x->done) {
		x->done--;
		ret = true;
	}
	spin_unlock_irqrestore(&x->wait.lock, flags);
	return ret;
}
EXPORT_SYMBOL(try_wait_for_completion);

/**
 * completion_done - would a wait return at once?
 * @x: the completion
 *
 * Context: any.
 * Return: true if a completion is pending.
 */
bool completion_done(struct completion *x)
{
	return READ_ONCE(x->done) != 0;
}
EXPORT_SYMBOL(completion_done);
