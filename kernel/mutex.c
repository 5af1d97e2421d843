/*
 * mutex.c - the sleeping mutex.
 *
 * The fast paths are one atomic instruction: lock decrements the count
 * from 1 to 0, unlock sets it back to 1. Only when the lock is contended
 * does the slow path run, under the wait_lock:
 *
 *   count:   1 ----lock----> 0 ----lock (contended)----> -1 (waiters)
 *            ^                |                            |
 *            +----unlock------+       unlock: count = 1, wake the
 *                                     first waiter, which retries
 *
 * A waiter sets the count to -1 whenever it tries, so the unlocker knows
 * it must look at the wait list; the last waiter to get the lock sets it
 * back to 0 if nobody else waits. The owner is recorded so that an
 * unlock by another task is reported, as Linux's mutex debugging does.
 * See docs/wait.md.
 */
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/sched.h>
#include <linux/kernel.h>
#include <linux/errno.h>

/* One sleeping task on a mutex's wait list, on the sleeper's stack */
struct mutex_waiter {
	struct list_head list;
	struct task_struct *task;
};

#define DEBUG_LOCKS_WARN_ON(c) WARN(c, "DEBUG_LOCKS_WARN_ON(%s)\n", #c)

/**
 * __mutex_init - initialise a mutex, unlocked (mutex_init())
 * @lock: the mutex
 * @name: its name, for reports
 *
 * Context: any.
 */
void __mutex_init(struct mutex *lock, const char *name)
{
	atomic_set(&lock->count, 1);
	spin_lock_init(&lock->wait_lock);
	INIT_LIST_HEAD(&lock->wait_list);
	lock->owner = NULL;
	lock->name = name;
}
EXPORT_SYMBOL(__mutex_init);

/*
 * The slow path stays out of line, as 2.6.32's __mutex_lock_slowpath: its
 * waiter on the stack would otherwise bring the stack protector's canary
 * into every uncontended mutex_lock().
 */
static noinline int __sched __mutex_lock_common(struct mutex *lock, long state)
{
	struct task_struct *task = current;
	struct mutex_waiter waiter = { .task = task };
	int ret = 0;

	spin_lock(&lock->wait_lock);
	list_add_tail(&waiter.list, &lock->wait_list);
	for (;;) {
		if (atomic_xchg(&lock->count, -1) == 1)
			break;
		if (unlikely(signal_pending_state(state, task))) {
			ret = -EINTR;
			break;
		}
		__set_task_state(task, state);
		spin_unlock(&lock->wait_lock);
		schedule();
		spin_lock(&lock->wait_lock);
	}
	__set_task_state(task, TASK_RUNNING);
	list_del(&waiter.list);
	if (list_empty(&lock->wait_list) && !ret)
		atomic_set(&lock->count, 0);
	spin_unlock(&lock->wait_lock);
	return ret;
}

static int mutex_lock_state(struct mutex *lock, long state)
{
	int ret = 0;

	might_sleep();
	if (unlikely(atomic_dec_return(&lock->count) < 0))
		ret = __mutex_lock_common(lock, state);
	if (!ret)
		lock->owner = current;
	return ret;
}

/**
 * mutex_lock - take a mutex, sleeping (uninterruptibly) until it is free
 * @lock: the mutex
 *
 * Context: process context; may sleep. Not recursive.
 */
void __sched mutex_lock(struct mutex *lock)
{
	mutex_lock_state(lock, TASK_UNINTERRUPTIBLE);
}
EXPORT_SYMBOL(mutex_lock);

/**
 * mutex_lock_interruptible - take a mutex unless a signal comes first
 * @lock: the mutex
 *
 * Context: process context; may sleep.
 * Return: 0 with the mutex held, or -EINTR on a signal (not held).
 */
int __sched mutex_lock_interruptible(struct mutex *lock)
{
	return mutex_lock_state(lock, TASK_INTERRUPTIBLE);
}
EXPORT_SYMBOL(mutex_lock_interruptible);

/**
 * mutex_lock_killable - take a mutex unless SIGKILL comes first
 * @lock: the mutex
 *
 * Context: process context; may sleep.
 * Return: 0 with the mutex held, or -EINTR on SIGKILL.
 */
int __sched mutex_lock_killable(struct mutex *lock)
{
	return mutex_lock_state(lock, TASK_KILLABLE);
}
EXPORT_SYMBOL(mutex_lock_killable);

/**
 * mutex_trylock - take a mutex if it is free, without sleeping
 * @lock: the mutex
 *
 * Note the return value is the opposite of down_trylock()'s.
 *
 * Context: process context (not interrupts: the owner would be wrong).
 * Return: 1 if taken, 0 if it was held.
 */
int mutex_trylock(struct mutex *lock)
{
	if (atomic_cmpxchg(&lock->count, 1, 0) != 1)
		return 0;
	lock->owner = current;
	return 1;
}
EXPORT_SYMBOL(mutex_trylock);

static void __mutex_unlock_slowpath(struct mutex *lock)
{
	spin_lock(&lock->wait_lock);
	if (!list_empty(&lock->wait_list)) {
		struct mutex_waiter *waiter;

		/* cppcheck-suppress nullPointer ; container_of's offsetof */
		waiter = list_first_entry(&lock->wait_list, struct mutex_waiter, list);

		wake_up_process(waiter->task);
	}
	spin_unlock(&lock->wait_lock);
}

/**
 * mutex_unlock - release a mutex, waking the first waiter
 * @lock: the mutex, held by the caller
 *
 * Unlocking a mutex another task holds (or nobody holds) is a bug,
 * reported with "DEBUG_LOCKS_WARN_ON(lock->owner != current)" and a
 * backtrace; the mutex is released all the same, as Linux does.
 *
 * Context: process context, by the owner.
 */
void mutex_unlock(struct mutex *lock)
{
	DEBUG_LOCKS_WARN_ON(lock->owner != current);
	lock->owner = NULL;
	if (unlikely(atomic_xchg(&lock->count, 1) != 0))
		__mutex_unlock_slowpath(lock);
}
EXPORT_SYMBOL(mutex_unlock);
