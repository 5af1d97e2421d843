/*
 * rwsem.h - reader-writer semaphores: many readers or one writer, sleeping.
 *
 * Like rwlock_t but for long sections that may sleep: a reader or writer
 * who cannot enter sleeps instead of spinning. This is Linux 2.6.32's
 * generic spinlock-based rwsem (include/linux/rwsem-spinlock.h,
 * lib/rwsem-spinlock.c): a count of who is inside and a FIFO queue of
 * sleepers, served strictly in order. i386 Linux 2.6.32 normally builds
 * the atomic xadd version instead (asm/rwsem.h, lib/rwsem.c), which keeps
 * the same FIFO rules in one atomic word; Linnet has the spinlock one
 * because its rules can be read off the code. See lib/rwsem-spinlock.c and
 * docs/wait.md.
 */
#ifndef _LINUX_RWSEM_H
#define _LINUX_RWSEM_H

#include <linux/list.h>
#include <linux/spinlock.h>

/**
 * struct rw_semaphore - a reader-writer semaphore
 * @activity: readers inside (> 0), a writer inside (-1), or nobody (0)
 * @wait_lock: protects @activity and @wait_list
 * @wait_list: the sleepers (struct rwsem_waiter), first come first served
 */
struct rw_semaphore {
	int activity;
	spinlock_t wait_lock;
	struct list_head wait_list;
};

#define __RWSEM_INITIALIZER(name)                                                \
	{ .activity = 0, .wait_lock = __SPIN_LOCK_UNLOCKED((name).wait_lock),  \
	  .wait_list = LIST_HEAD_INIT((name).wait_list) }

#define DECLARE_RWSEM(name) struct rw_semaphore name = __RWSEM_INITIALIZER(name)

void init_rwsem(struct rw_semaphore *sem);
void down_read(struct rw_semaphore *sem);
int down_read_trylock(struct rw_semaphore *sem);
void up_read(struct rw_semaphore *sem);
void down_write(struct rw_semaphore *sem);
int down_write_trylock(struct rw_semaphore *sem);
void up_write(struct rw_semaphore *sem);
void downgrade_write(struct rw_semaphore *sem);

/* The slow paths, in lib/rwsem-spinlock.c */
void __down_read(struct rw_semaphore *sem);
int __down_read_trylock(struct rw_semaphore *sem);
void __down_write(struct rw_semaphore *sem);
int __down_write_trylock(struct rw_semaphore *sem);
void __up_read(struct rw_semaphore *sem);
void __up_write(struct rw_semaphore *sem);
void __downgrade_write(struct rw_semaphore *sem);

/**
 * rwsem_is_locked - is anyone inside?
 * @sem: the semaphore
 *
 * Context: any; the answer may be stale at once.
 * Return: non-zero if a reader or a writer holds @sem.
 */
static inline int rwsem_is_locked(struct rw_semaphore *sem)
{
	return sem->activity != 0;
}

#endif /* _LINUX_RWSEM_H */
