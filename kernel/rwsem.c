/*
 * rwsem.c - reader-writer semaphores: the API drivers call.
 *
 * As in Linux 2.6.32, this file only wraps the algorithm: each call
 * states that it may sleep (might_sleep) and calls the slow path of
 * lib/rwsem-spinlock.c, where the FIFO queue and the batch wake-up of
 * readers live. Read that file for how the semaphore works; see
 * docs/wait.md for when to use one.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/rwsem.h>
#include <linux/sched.h>

/**
 * init_rwsem - initialise a reader-writer semaphore, free
 * @sem: the semaphore
 *
 * Context: any.
 */
void init_rwsem(struct rw_semaphore *sem)
{
	sem->activity = 0;
	spin_lock_init(&sem->wait_lock);
	INIT_LIST_HEAD(&sem->wait_list);
}

/**
 * down_read - enter as a reader; sleeps while a writer is inside or anyone waits
 * @sem: the semaphore
 *
 * Context: process context; sleeps uninterruptibly.
 */
void down_read(struct rw_semaphore *sem)
{
	might_sleep();
	__down_read(sem);
}
EXPORT_SYMBOL(down_read);

/**
 * down_read_trylock - enter as a reader if that needs no waiting
 * @sem: the semaphore
 *
 * Context: any.
 * Return: 1 if entered, 0 if not (note: the opposite of down_trylock()).
 */
int down_read_trylock(struct rw_semaphore *sem)
{
	return __down_read_trylock(sem);
}
EXPORT_SYMBOL(down_read_trylock);

/**
 * up_read - leave as a reader
 * @sem: the semaphore
 *
 * Context: any.
 */
void up_read(struct rw_semaphore *sem)
{
	__up_read(sem);
}
EXPORT_SYMBOL(up_read);

/**
 * down_write - enter as the writer; sleeps while anyone is inside or waits
 * @sem: the semaphore
 *
 * Context: process context; sleeps uninterruptibly.
 */
void down_write(struct rw_semaphore *sem)
{
	might_sleep();
	__down_write(sem);
}
EXPORT_SYMBOL(down_write);

/**
 * down_write_trylock - enter as the writer if that needs no waiting
 * @sem: the semaphore
 *
 * Context: any.
 * Return: 1 if entered, 0 if not.
 */
int down_write_trylock(struct rw_semaphore *sem)
{
	return __down_write_trylock(sem);
}
EXPORT_SYMBOL(down_write_trylock);

/**
 * up_write - leave as the writer
 * @sem: the semaphore
 *
 * Context: any.
 */
void up_write(struct rw_semaphore *sem)
{
	__up_write(sem);
}
EXPORT_SYMBOL(up_write);

/**
 * downgrade_write - turn a held write lock into a read lock, atomically
 * @sem: the semaphore, held for writing
 *
 * The readers at the head of the queue come in with the caller; a writer
 * at the head keeps its place, and the readers behind it keep theirs.
 *
 * Context: any.
 */
void downgrade_write(struct rw_semaphore *sem)
{
	__downgrade_write(sem);
}
EXPORT_SYMBOL(downgrade_write);
