/*
 * rwsem-spinlock.c - reader-writer semaphores on a spinlock: strict FIFO.
 *
 * The state is one number and one queue, both under wait_lock:
 *
 *   activity   > 0: that many readers inside; -1: one writer; 0: nobody
 *   wait_list  sleepers, oldest first: R R W R R W ...
 *
 * Entering: a reader gets in at once if no writer is inside AND nobody
 * waits; a writer if nobody is inside AND nobody waits. Anyone else joins
 * the tail of the queue and sleeps. Checking "nobody waits" is what makes
 * the queue fair: a new reader never overtakes a waiting writer, so writers
 * cannot starve, and a new writer never overtakes waiting readers.
 *
 * Leaving hands the semaphore on from the head of the queue, granting it
 * before the sleeper even runs (the waker sets activity and clears
 * waiter->task; the sleeper only waits for task to become NULL):
 *
 *   up_write        head is a writer: grant it alone (activity = -1)
 *                   head is a reader: grant every reader up to the first
 *                   writer, as one batch (activity = their number)
 *   up_read         the last reader out grants the head, which can only
 *                   be a writer (readers behind no writer were let in)
 *   downgrade_write the writer becomes a reader (activity = 1) and the
 *                   readers at the head join it; a writer at the head
 *                   keeps everyone behind it waiting
 *
 *   R1 inside; queue: W2 R3 R4 W5 R6
 *   up_read  -> W2;   up_write -> R3+R4 together;   last up_read -> W5 ...
 *
 * This is the algorithm of Linux 2.6.32's lib/rwsem-spinlock.c, the
 * generic one; i386 Linux normally uses lib/rwsem.c, which keeps the same
 * queue with an atomic count so the uncontended paths take no spinlock.
 * Linux pins the sleeper with get_task_struct() until the waker is done
 * with it; Linnet does too. See docs/wait.md.
 */
#include <linux/kernel.h>
#include <linux/list.h>
#include <linux/rwsem.h>
#include <linux/sched.h>
#include <asm/barrier.h>
#include <linux/module.h>

/**
 * struct rwsem_waiter - one sleeper on a rw_semaphore, on its stack
 * @list: its place in the semaphore's wait_list
 * @task: the sleeper; set to NULL by the waker when the lock is granted
 * @flags: RWSEM_WAITING_FOR_READ or RWSEM_WAITING_FOR_WRITE
 */
struct rwsem_waiter {
	struct list_head list;
	struct task_struct *task;
	unsigned int flags;
};

#define RWSEM_WAITING_FOR_READ 0x00000001
#define RWSEM_WAITING_FOR_WRITE 0x00000002

/* Hand the lock to @waiter: off the queue, then let it run */
static void grant(struct rwsem_waiter *waiter)
{
	struct task_struct *tsk = waiter->task;

	list_del(&waiter->list);
	smp_mb(); /* the waiter may return, and its stack frame go, once task is NULL */
	waiter->task = NULL;
	wake_up_process(tsk);
	put_task_struct(tsk);
}

static struct rwsem_waiter *first_waiter(struct rw_semaphore *sem)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
	return list_first_entry(&sem->wait_list, struct rwsem_waiter, list);
}

/* Grant every reader at the head of the queue, up to the first writer */
static void grant_readers(struct rw_semaphore *sem)
{
	int woken = 0;

	while (!list_empty(&sem->wait_list)) {
		struct rwsem_waiter *waiter = first_waiter(sem);

		if (!(waiter->flags & RWSEM_WAITING_FOR_READ))
			break;
		grant(waiter);
		woken++;
	}
	sem->activity += woken;
}

/*
 * The semaphore became free (or, with @wakewrite 0, held by readers only):
 * serve the head of the queue. Called with wait_lock held and the queue
 * not empty.
 */
static void __rwsem_do_wake(struct rw_semaphore *sem, int wakewrite)
{
	struct rwsem_waiter *waiter = first_waiter(sem);

	if (waiter->flags & RWSEM_WAITING_FOR_WRITE) {
		if (wakewrite) {
			sem->activity = -1;
			grant(waiter);
		}
		return;
	}
	grant_readers(sem);
}

/* Queue @flags's kind of waiter at the tail and sleep until granted */
static void rwsem_wait(struct rw_semaphore *sem, unsigned int flags)
{
	struct task_struct *tsk = current;
	struct rwsem_waiter waiter = { .task = tsk, .flags = flags };

	set_task_state(tsk, TASK_UNINTERRUPTIBLE);
	get_task_struct(tsk);
	list_add_tail(&waiter.list, &sem->wait_list);
	spin_unlock_irq(&sem->wait_lock);

	for (;;) {
		if (!READ_ONCE(waiter.task))
			break;
		schedule();
		set_task_state(tsk, TASK_UNINTERRUPTIBLE);
	}
	__set_task_state(tsk, TASK_RUNNING);
}

/**
 * __down_read - take @sem for reading, queueing behind anyone waiting
 * @sem: the semaphore
 *
 * Context: process context; sleeps uninterruptibly.
 */
void __down_read(struct rw_semaphore *sem)
{
	spin_lock_irq(&sem->wait_lock);
	if (sem->activity >= 0 && list_empty(&sem->wait_list)) {
		sem->activity++;
		spin_unlock_irq(&sem->wait_lock);
		return;
	}
	rwsem_wait(sem, RWSEM_WAITING_FOR_READ); /* drops wait_lock */
}
EXPORT_SYMBOL(__down_read);

/**
 * __down_read_trylock - take @sem for reading if nobody is in the way
 * @sem: the semaphore
 *
 * Context: any.
 * Return: 1 if taken, 0 if a writer is inside or anyone waits.
 */
int __down_read_trylock(struct rw_semaphore *sem)
{
	unsigned long flags;
	int ret = 0;

	spin_lock_irqsave(&sem->wait_lock, flags);
	if (sem->activity >= 0 && list_empty(&sem->wait_list)) {
		sem->activity++;
		ret = 1;
	}
	spin_unlock_irqrestore(&sem->wait_lock, flags);
	return ret;
}
EXPORT_SYMBOL(__down_read_trylock);

/**
 * __down_write - take @sem for writing, queueing behind anyone waiting
 * @sem: the semaphore
 *
 * Context: process context; sleeps uninterruptibly.
 */
void __down_write(struct rw_semaphore *sem)
{
	spin_lock_irq(&sem->wait_lock);
	if (sem->activity == 0 && list_empty(&sem->wait_list)) {
		sem->activity = -1;
		spin_unlock_irq(&sem->wait_lock);
		return;
	}
	rwsem_wait(sem, RWSEM_WAITING_FOR_WRITE); /* drops wait_lock */
}
EXPORT_SYMBOL(__down_write);

/**
 * __down_write_trylock - take @sem for writing if it is free and nobody waits
 * @sem: the semaphore
 *
 * Context: any.
 * Return: 1 if taken, 0 if not.
 */
int __down_write_trylock(struct rw_semaphore *sem)
{
	unsigned long flags;
	int ret = 0;

	spin_lock_irqsave(&sem->wait_lock, flags);
	if (sem->activity == 0 && list_empty(&sem->wait_list)) {
		sem->activity = -1;
		ret = 1;
	}
	spin_unlock_irqrestore(&sem->wait_lock, flags);
	return ret;
}
EXPORT_SYMBOL(__down_write_trylock);

/**
 * __up_read - a reader leaves; the last one out hands @sem to the waiting writer
 * @sem: the semaphore
 *
 * Context: any.
 */
void __up_read(struct rw_semaphore *sem)
{
	unsigned long flags;

	spin_lock_irqsave(&sem->wait_lock, flags);
	if (--sem->activity == 0 && !list_empty(&sem->wait_list))
		__rwsem_do_wake(sem, 1);
	spin_unlock_irqrestore(&sem->wait_lock, flags);
}
EXPORT_SYMBOL(__up_read);

/**
 * __up_write - the writer leaves; the head of the queue gets @sem
 * @sem: the semaphore
 *
 * Context: any.
 */
void __up_write(struct rw_semaphore *sem)
{
	unsigned long flags;

	spin_lock_irqsave(&sem->wait_lock, flags);
	sem->activity = 0;
	if (!list_empty(&sem->wait_list))
		__rwsem_do_wake(sem, 1);
	spin_unlock_irqrestore(&sem->wait_lock, flags);
}
EXPORT_SYMBOL(__up_write);

/**
 * __downgrade_write - the writer becomes a reader; readers at the head join it
 * @sem: the semaphore
 *
 * Context: any.
 */
void __downgrade_write(struct rw_semaphore *sem)
{
	unsigned long flags;

	spin_lock_irqsave(&sem->wait_lock, flags);
	sem->activity = 1;
	if (!list_empty(&sem->wait_list))
		__rwsem_do_wake(sem, 0);
	spin_unlock_irqrestore(&sem->wait_lock, flags);
}
EXPORT_SYMBOL(__downgrade_write);
