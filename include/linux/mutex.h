/*
 * mutex.h - sleeping locks with one owner.
 *
 * A mutex is a lock that sleeps instead of spinning: a task that finds
 * it taken joins its wait list and schedules away. Only the task that
 * locked it may unlock it (checked: "DEBUG_LOCKS_WARN_ON"), it may not be
 * taken in interrupt context, and it may be held across a sleep. The
 * count is Linux's: 1 unlocked, 0 locked, negative locked with possible
 * waiters, so the uncontended lock and unlock are a single atomic
 * operation each. Implemented in kernel/mutex.c; see docs/wait.md.
 */
#ifndef _LINUX_MUTEX_H
#define _LINUX_MUTEX_H

#include <linux/list.h>
#include <linux/spinlock.h>
#include <linux/atomic.h>

struct task_struct;

/**
 * struct mutex - a sleeping lock
 * @count: 1 unlocked, 0 locked, < 0 locked with possible waiters
 * @wait_lock: protects @wait_list
 * @wait_list: the sleeping waiters, first come first woken
 * @owner: the task holding it, for the owner check and for ps
 * @name: the lock's name, for reports
 */
struct mutex {
	atomic_t count;
	spinlock_t wait_lock;
	struct list_head wait_list;
	struct task_struct *owner;
	const char *name;
};

#define __MUTEX_INITIALIZER(lockname)                                        \
	{                                                                    \
		.count = ATOMIC_INIT(1),                                     \
		.wait_lock = __SPIN_LOCK_UNLOCKED(lockname.wait_lock),       \
		.wait_list = LIST_HEAD_INIT(lockname.wait_list),             \
		.owner = NULL, .name = #lockname                             \
	}

#define DEFINE_MUTEX(mutexname) struct mutex mutexname = __MUTEX_INITIALIZER(mutexname)

#define mutex_init(mutex) __mutex_init((mutex), #mutex)
void __mutex_init(struct mutex *lock, const char *name);

/* mutex_is_locked - is the mutex held? */
static inline int mutex_is_locked(struct mutex *lock)
{
	return atomic_read(&lock->count) != 1;
}

void mutex_lock(struct mutex *lock);
int __must_check mutex_lock_interruptible(struct mutex *lock);
int __must_check mutex_lock_killable(struct mutex *lock);
int mutex_trylock(struct mutex *lock);
void mutex_unlock(struct mutex *lock);

#endif /* _LINUX_MUTEX_H */
