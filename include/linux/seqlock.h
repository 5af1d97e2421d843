/*
 * seqlock.h - sequence locks: readers that never block the writer.
 *
 * A seqlock is a spinlock for writers plus a counter. The writer makes the
 * counter odd before it changes the data and even again after. A reader
 * takes no lock: it notes the counter, reads, and retries if the counter
 * was odd or has moved meanwhile:
 *
 *   do {
 *           seq = read_seqbegin(&xtime_lock);
 *           now = xtime;                          (may see a torn value...)
 *   } while (read_seqretry(&xtime_lock, seq));    (...then it reads again)
 *
 * It suits data written rarely and read often, where the reader can copy
 * the data out: xtime is the classic case (kernel/time/timekeeping.c).
 * A reader must never run inside the writer on the same CPU (it would spin
 * forever), so a writer in interrupt context is paired with readers that
 * are interruptible only by it: the tick writes xtime with interrupts off.
 * As Linux 2.6.32's include/linux/seqlock.h. See docs/time.md.
 */
#ifndef _LINUX_SEQLOCK_H
#define _LINUX_SEQLOCK_H

#include <linux/compiler.h>
#include <linux/spinlock.h>
#include <asm/barrier.h>
#include <asm/processor.h>

/**
 * seqlock_t - a sequence lock
 * @sequence: counts writes, twice each: odd while a write is under way
 * @lock: serialises the writers
 */
typedef struct {
	unsigned sequence;
	spinlock_t lock;
} seqlock_t;

#define __SEQLOCK_UNLOCKED(lockname) { 0, __SPIN_LOCK_UNLOCKED(lockname) }
#define DEFINE_SEQLOCK(x) seqlock_t x = __SEQLOCK_UNLOCKED(x)
#define seqlock_init(x)                        \
	do {                                   \
		(x)->sequence = 0;             \
		spin_lock_init(&(x)->lock);    \
	} while (0)

/**
 * write_seqlock - begin a write: take the lock, make the count odd
 * @sl: the seqlock
 *
 * Context: any; with interrupts off if an interrupt handler reads @sl.
 */
static inline void write_seqlock(seqlock_t *sl)
{
	spin_lock(&sl->lock);
	++sl->sequence;
	smp_wmb();
}

/**
 * write_sequnlock - end a write: make the count even, drop the lock
 * @sl: the seqlock
 *
 * Context: after write_seqlock().
 */
static inline void write_sequnlock(seqlock_t *sl)
{
	smp_wmb();
	sl->sequence++;
	spin_unlock(&sl->lock);
}

#define write_seqlock_irqsave(lock, flags)           \
	do {                                         \
		local_irq_save(flags);               \
		write_seqlock(lock);                 \
	} while (0)
#define write_sequnlock_irqrestore(lock, flags)      \
	do {                                         \
		write_sequnlock(lock);               \
		local_irq_restore(flags);            \
	} while (0)

/**
 * read_seqbegin - start a read section
 * @sl: the seqlock
 *
 * Context: any (not inside a write of @sl on this CPU).
 * Return: the count to hand to read_seqretry().
 */
static __always_inline unsigned read_seqbegin(const seqlock_t *sl)
{
	unsigned ret;

repeat:
	ret = READ_ONCE(sl->sequence);
	if (unlikely(ret & 1)) {
		cpu_relax();
		goto repeat;
	}
	smp_rmb();
	return ret;
}

/**
 * read_seqretry - end a read section: must it be redone?
 * @sl: the seqlock
 * @start: what read_seqbegin() returned
 *
 * Context: any.
 * Return: nonzero if a writer ran meanwhile and the data read may be torn.
 */
static __always_inline int read_seqretry(const seqlock_t *sl, unsigned start)
{
	smp_rmb();
	return unlikely(READ_ONCE(sl->sequence) != start);
}

/* xtime_lock - guards xtime, wall_to_monotonic and jiffies_64 (kernel/time/timekeeping.c) */
extern seqlock_t xtime_lock;

#endif /* _LINUX_SEQLOCK_H */
