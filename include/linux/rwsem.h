/*
 * rwsem.h - reader-writer semaphores: many readers or one writer, sleeping.
 *
 * Like rwlock_t but for long sections that may sleep: a reader or writer
 * who cannot enter waits on a wait queue instead of spinning. Fairness
 * follows Linux: once a writer waits, new readers queue behind it, so a
 * stream of readers cannot starve writers. See kernel/rwsem.c and
 * docs/wait.md.
 */
#ifndef _LINUX_RWSEM_H
#define _LINUX_RWSEM_H

#include <linux/spinlock.h>
#include <linux/wait.h>

/**
 * struct rw_semaphore - a reader-writer semaphore
 * @activity: readers inside (> 0), a writer inside (-1), or free (0)
 * @waiting_writers: writers asleep, waiting to enter
 * @wait_lock: protects the counts
 * @wait: where blocked readers and writers sleep
 */
struct rw_semaphore {
	int activity;
	int waiting_writers;
	spinlock_t wait_lock;
	wait_queue_head_t wait;
};

#define __RWSEM_INITIALIZER(name)                                                \
	{ .activity = 0, .waiting_writers = 0,                                 \
	  .wait_lock = __SPIN_LOCK_UNLOCKED((name).wait_lock),                 \
	  .wait = __WAIT_QUEUE_HEAD_INITIALIZER((name).wait) }

#define DECLARE_RWSEM(name) struct rw_semaphore name = __RWSEM_INITIALIZER(name)

void init_rwsem(struct rw_semaphore *sem);
void down_read(struct rw_semaphore *sem);
int down_read_trylock(struct rw_semaphore *sem);
void up_read(struct rw_semaphore *sem);
void down_write(struct rw_semaphore *sem);
int down_write_trylock(struct rw_semaphore *sem);
void up_write(struct rw_semaphore *sem);
void downgrade_write(struct rw_semaphore *sem);

#endif /* _LINUX_RWSEM_H */
