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
#include <linux/completion.h>
#include <linux/sched.h>

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

/*
 * Sleep in @state until done or a signal (for the states a signal
 * ends). Called and returns with the queue's lock held. Returns 0 when
 * done, -ERESTARTSYS on a signal.
 */
static long __sched do_wait_for_common(struct completion *x, int state)
{
	DECLARE_WAITQUEUE(wait, current);
	long ret = 0;

	if (x->done)
		goto done;
	wait.flags |= WQ_FLAG_EXCLUSIVE;
	__add_wait_queue_tail(&x->wait, &wait);
	do {
		if (signal_pending_state(state, current)) {
			ret = -ERESTARTSYS;
			break;
		}
		__set_current_state(state);
		spin_unlock_irq(&x->wait.lock);
		schedule();
		spin_lock_irq(&x->wait.lock);
	} while (!x->done);
	__remove_wait_queue(&x->wait, &wait);
	if (!x->done)
		return ret;
done:
	x->done--;
	return 0;
}

static long __sched wait_for_common(struct completion *x, int state)
{
	long ret;

	spin_lock_irq(&x->wait.lock);
	ret = do_wait_for_common(x, state);
	spin_unlock_irq(&x->wait.lock);
	return ret;
}

/**
 * wait_for_completion - wait (uninterruptibly) for a completion
 * @x: the completion
 *
 * Context: process context; sleeps.
 */
void __sched wait_for_completion(struct completion *x)
{
	wait_for_common(x, TASK_UNINTERRUPTIBLE);
}

/**
 * wait_for_completion_interruptible - wait for a completion or a signal
 * @x: the completion
 *
 * Context: process context; sleeps.
 * Return: 0 when completed, -ERESTARTSYS on a signal.
 */
int __sched wait_for_completion_interruptible(struct completion *x)
{
	return wait_for_common(x, TASK_INTERRUPTIBLE);
}

/**
 * wait_for_completion_killable - wait for a completion or a fatal signal
 * @x: the completion
 *
 * Context: process context; sleeps.
 * Return: 0 when completed, -ERESTARTSYS on SIGKILL.
 */
int __sched wait_for_completion_killable(struct completion *x)
{
	return wait_for_common(x, TASK_KILLABLE);
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
