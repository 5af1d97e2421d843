/*
 * semaphore.c - down() and up().
 *
 * Everything happens under the semaphore's spinlock with interrupts off
 * (up() may be called from an interrupt handler). If a unit is free,
 * down() takes it. Otherwise the task queues a waiter on its own stack
 * and sleeps; up() with sleepers does not raise the count but hands the
 * unit straight to the first waiter (waiter->up = true), so a task that
 * comes along later cannot take it first:
 *
 *   up():  wait_list empty? count++ : first waiter gets the unit, woken
 *
 * A waiter that leaves on a signal has not been given a unit. This is
 * Linux's design since 2.6.26. See docs/wait.md.
 */
#include <linux/module.h>
#include <linux/semaphore.h>
#include <linux/sched.h>
#include <linux/kernel.h>
#include <linux/errno.h>

struct semaphore_waiter {
	struct list_head list;
	struct task_struct *task;
	bool up;
};

/* Sleep for a unit, @sem->lock held with interrupts off */
static int __sched __down_common(struct semaphore *sem, long state)
{
	struct task_struct *task = current;
	struct semaphore_waiter waiter = { .task = task, .up = false };

	list_add_tail(&waiter.list, &sem->wait_list);
	for (;;) {
		if (signal_pending_state(state, task)) {
			list_del(&waiter.list);
			return -EINTR;
		}
		__set_task_state(task, state);
		spin_unlock_irq(&sem->lock);
		schedule();
		spin_lock_irq(&sem->lock);
		if (waiter.up)
			return 0;
	}
}

static int down_state(struct semaphore *sem, long state)
{
	unsigned long flags;
	int ret = 0;

	might_sleep();
	spin_lock_irqsave(&sem->lock, flags);
	if (likely(sem->count > 0))
		sem->count--;
	else
		ret = __down_common(sem, state);
	spin_unlock_irqrestore(&sem->lock, flags);
	return ret;
}

/**
 * down - take a unit, sleeping uninterruptibly until one is free
 * @sem: the semaphore
 *
 * Context: process context; may sleep.
 */
void __sched down(struct semaphore *sem)
{
	down_state(sem, TASK_UNINTERRUPTIBLE);
}
EXPORT_SYMBOL(down);

/**
 * down_interruptible - take a unit unless a signal comes first
 * @sem: the semaphore
 *
 * Context: process context; may sleep.
 * Return: 0 with a unit taken, -EINTR on a signal.
 */
int __sched down_interruptible(struct semaphore *sem)
{
	return down_state(sem, TASK_INTERRUPTIBLE);
}
EXPORT_SYMBOL(down_interruptible);

/**
 * down_killable - take a unit unless SIGKILL comes first
 * @sem: the semaphore
 *
 * Context: process context; may sleep.
 * Return: 0 with a unit taken, -EINTR on SIGKILL.
 */
int __sched down_killable(struct semaphore *sem)
{
	return down_state(sem, TASK_KILLABLE);
}
EXPORT_SYMBOL(down_killable);

/**
 * down_trylock - take a unit if one is free, without sleeping
 * @sem: the semaphore
 *
 * Note the return value is the opposite of mutex_trylock()'s.
 *
 * Context: any, including interrupt handlers.
 * Return: 0 if a unit was taken, 1 if none was free.
 */
int down_trylock(struct semaphore *sem)
{
	unsigned long flags;
	int count;

	spin_lock_irqsave(&sem->lock, flags);
	count = sem->count - 1;
	if (likely(count >= 0))
		sem->count = count;
	spin_unlock_irqrestore(&sem->lock, flags);
	return count < 0;
}
EXPORT_SYMBOL(down_trylock);

/**
 * up - give a unit back, to the first sleeper if there is one
 * @sem: the semaphore
 *
 * Context: any, including hard interrupt handlers; any task may call it.
 */
void up(struct semaphore *sem)
{
	struct semaphore_waiter *waiter;
	unsigned long flags;

	spin_lock_irqsave(&sem->lock, flags);
	if (likely(list_empty(&sem->wait_list))) {
		sem->count++;
	} else {
		/* cppcheck-suppress nullPointer ; container_of's offsetof */
		waiter = list_first_entry(&sem->wait_list, struct semaphore_waiter, list);
		list_del(&waiter->list);
		waiter->up = true;
		wake_up_process(waiter->task);
	}
	spin_unlock_irqrestore(&sem->lock, flags);
}
EXPORT_SYMBOL(up);
