/*
 * rwsem.c - reader-writer semaphores.
 *
 * One counter says who is inside: n > 0 readers, -1 a writer, 0 nobody.
 * A reader may enter when no writer is inside and none is waiting; a
 * writer when nobody is inside. Everyone who cannot enter sleeps on one
 * wait queue, writers exclusively (only one of them can enter anyway),
 * readers not (all of them can). Leaving wakes the queue: wake_up() wakes
 * every waiting reader and one writer, and each re-checks its condition
 * under the lock, as the wait_event() loop always does. Counting waiting
 * writers is what keeps a stream of readers from starving them.
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
	*sem = (struct rw_semaphore)__RWSEM_INITIALIZER(*sem);
}

static bool read_enter(struct rw_semaphore *sem)
{
	unsigned long flags;
	bool ok;

	spin_lock_irqsave(&sem->wait_lock, flags);
	ok = sem->activity >= 0 && !sem->waiting_writers;
	if (ok)
		sem->activity++;
	spin_unlock_irqrestore(&sem->wait_lock, flags);
	return ok;
}

static bool write_enter(struct rw_semaphore *sem)
{
	unsigned long flags;
	bool ok;

	spin_lock_irqsave(&sem->wait_lock, flags);
	ok = sem->activity == 0;
	if (ok)
		sem->activity = -1;
	spin_unlock_irqrestore(&sem->wait_lock, flags);
	return ok;
}

static void add_waiting_writers(struct rw_semaphore *sem, int n)
{
	unsigned long flags;

	spin_lock_irqsave(&sem->wait_lock, flags);
	sem->waiting_writers += n;
	spin_unlock_irqrestore(&sem->wait_lock, flags);
}

/* Sleep exclusively until the writer may enter (one writer woken at a time) */
static void wait_to_write(struct rw_semaphore *sem)
{
	DEFINE_WAIT(wait);

	for (;;) {
		prepare_to_wait_exclusive(&sem->wait, &wait, TASK_UNINTERRUPTIBLE);
		if (write_enter(sem))
			break;
		schedule();
	}
	finish_wait(&sem->wait, &wait);
}

/**
 * down_read - enter as a reader, sleeping while a writer is inside or waiting
 * @sem: the semaphore
 *
 * Context: process context; sleeps uninterruptibly.
 */
void down_read(struct rw_semaphore *sem)
{
	might_sleep();
	wait_event(sem->wait, read_enter(sem));
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
	return read_enter(sem);
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
	unsigned long flags;
	bool last;

	spin_lock_irqsave(&sem->wait_lock, flags);
	WARN_ON(sem->activity <= 0);
	last = --sem->activity == 0;
	spin_unlock_irqrestore(&sem->wait_lock, flags);
	if (last)
		wake_up(&sem->wait);
}
EXPORT_SYMBOL(up_read);

/**
 * down_write - enter as the writer, sleeping while anyone is inside
 * @sem: the semaphore
 *
 * Context: process context; sleeps uninterruptibly.
 */
void down_write(struct rw_semaphore *sem)
{
	might_sleep();
	if (write_enter(sem))
		return;
	add_waiting_writers(sem, 1);
	wait_to_write(sem);
	add_waiting_writers(sem, -1);
}
EXPORT_SYMBOL(down_write);

/**
 * down_write_trylock - enter as the writer if nobody is inside
 * @sem: the semaphore
 *
 * Context: any.
 * Return: 1 if entered, 0 if not.
 */
int down_write_trylock(struct rw_semaphore *sem)
{
	return write_enter(sem);
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
	unsigned long flags;

	spin_lock_irqsave(&sem->wait_lock, flags);
	WARN_ON(sem->activity != -1);
	sem->activity = 0;
	spin_unlock_irqrestore(&sem->wait_lock, flags);
	wake_up_all(&sem->wait);
}
EXPORT_SYMBOL(up_write);

/**
 * downgrade_write - turn the writer into a reader, letting other readers in
 * @sem: the semaphore, held for writing
 *
 * Context: any.
 */
void downgrade_write(struct rw_semaphore *sem)
{
	unsigned long flags;

	spin_lock_irqsave(&sem->wait_lock, flags);
	WARN_ON(sem->activity != -1);
	sem->activity = 1;
	spin_unlock_irqrestore(&sem->wait_lock, flags);
	wake_up_all(&sem->wait);
}
EXPORT_SYMBOL(downgrade_write);
