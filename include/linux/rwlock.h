/*
 * rwlock.h - reader-writer spinlocks for a uniprocessor.
 *
 * Many readers or one writer. On one CPU, as with spinlock_t, taking the
 * lock disables preemption (and interrupts or softirqs in the _irq and
 * _bh forms); the counts are kept so that misuse is reported: a writer
 * taking a lock that is held, or releasing one it does not hold, would
 * deadlock or corrupt on SMP ("BUG: rwlock ..."). Readers may nest, as in
 * Linux. Included by <linux/spinlock.h>.
 */
#ifndef _LINUX_RWLOCK_H
#define _LINUX_RWLOCK_H

/**
 * rwlock_t - a reader-writer spinlock
 * @readers: readers inside
 * @writer: 1 while a writer is inside
 * @name: for reports
 */
typedef struct {
	volatile int readers;
	volatile int writer;
	const char *name;
} rwlock_t;

#define __RW_LOCK_UNLOCKED(lockname) { .readers = 0, .writer = 0, .name = #lockname }
#define DEFINE_RWLOCK(x) rwlock_t x = __RW_LOCK_UNLOCKED(x)
#define rwlock_init(lock)                                          \
	do {                                                       \
		*(lock) = (rwlock_t)__RW_LOCK_UNLOCKED(lock);      \
	} while (0)

void rwlock_bug(rwlock_t *lock, const char *msg);

static inline void read_lock(rwlock_t *lock)
{
	preempt_disable();
	if (unlikely(lock->writer))
		rwlock_bug(lock, "read_lock while write-locked (deadlock)");
	lock->readers++;
}

static inline void read_unlock(rwlock_t *lock)
{
	if (unlikely(lock->readers <= 0))
		rwlock_bug(lock, "read_unlock of a lock not read-locked");
	else
		lock->readers--;
	preempt_enable();
}

static inline void write_lock(rwlock_t *lock)
{
	preempt_disable();
	if (unlikely(lock->writer || lock->readers))
		rwlock_bug(lock, "write_lock of a held lock (deadlock)");
	lock->writer = 1;
}

static inline void write_unlock(rwlock_t *lock)
{
	if (unlikely(!lock->writer))
		rwlock_bug(lock, "write_unlock of a lock not write-locked");
	lock->writer = 0;
	preempt_enable();
}

#define read_lock_irq(lock) do { local_irq_disable(); read_lock(lock); } while (0)
#define read_unlock_irq(lock) do { read_unlock(lock); local_irq_enable(); } while (0)
#define write_lock_irq(lock) do { local_irq_disable(); write_lock(lock); } while (0)
#define write_unlock_irq(lock) do { write_unlock(lock); local_irq_enable(); } while (0)
#define read_lock_irqsave(lock, flags) do { local_irq_save(flags); read_lock(lock); } while (0)
#define read_unlock_irqrestore(lock, flags) \
	do { read_unlock(lock); local_irq_restore(flags); } while (0)
#define write_lock_irqsave(lock, flags) do { local_irq_save(flags); write_lock(lock); } while (0)
#define write_unlock_irqrestore(lock, flags) \
	do { write_unlock(lock); local_irq_restore(flags); } while (0)
#define read_lock_bh(lock) do { local_bh_disable(); read_lock(lock); } while (0)
#define read_unlock_bh(lock) do { read_unlock(lock); local_bh_enable(); } while (0)
#define write_lock_bh(lock) do { local_bh_disable(); write_lock(lock); } while (0)
#define write_unlock_bh(lock) do { write_unlock(lock); local_bh_enable(); } while (0)

#endif /* _LINUX_RWLOCK_H */
