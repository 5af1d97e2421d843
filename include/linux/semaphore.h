/*
 * semaphore.h - counting semaphores.
 *
 * A semaphore holds a count of free units: down() takes one, sleeping
 * while there are none; up() gives one back, waking the first sleeper.
 * Unlike a mutex it has no owner: any task (or an interrupt handler) may
 * up() it, which is what makes it a signalling tool as well as a lock.
 * Linux 2.6.26 rewrote them as this simple spinlock-and-list design
 * (kernel/semaphore.c). See docs/wait.md.
 */
#ifndef _LINUX_SEMAPHORE_H
#define _LINUX_SEMAPHORE_H

#include <linux/list.h>
#include <linux/spinlock.h>

/**
 * struct semaphore - a counting semaphore
 * @lock: protects the fields
 * @count: units free; the sleepers on @wait_list wait for one
 * @wait_list: the sleepers, first come first served
 */
struct semaphore {
	spinlock_t lock;
	unsigned int count;
	struct list_head wait_list;
};

#define __SEMAPHORE_INITIALIZER(name, n)                                      \
	{                                                                     \
		.lock = __SPIN_LOCK_UNLOCKED((name).lock), .count = n,        \
		.wait_list = LIST_HEAD_INIT((name).wait_list),                \
	}

#define DEFINE_SEMAPHORE(name) struct semaphore name = __SEMAPHORE_INITIALIZER(name, 1)
/* DECLARE_MUTEX - 2.6.32's name for a semaphore of one (a struct mutex is DEFINE_MUTEX) */
#define DECLARE_MUTEX(name) DEFINE_SEMAPHORE(name)

/* sema_init - a semaphore with @val units free */
static inline void sema_init(struct semaphore *sem, int val)
{
	*sem = (struct semaphore)__SEMAPHORE_INITIALIZER(*sem, val);
}

#define init_MUTEX(sem) sema_init(sem, 1)
#define init_MUTEX_LOCKED(sem) sema_init(sem, 0)

void down(struct semaphore *sem);
int __must_check down_interruptible(struct semaphore *sem);
int __must_check down_killable(struct semaphore *sem);
int __must_check down_trylock(struct semaphore *sem);
void up(struct semaphore *sem);

#endif /* _LINUX_SEMAPHORE_H */
