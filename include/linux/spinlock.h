/*
 * spinlock.h - spinlocks for a uniprocessor, with Linux's API and rules.
 *
 * On SMP a spinlock makes other CPUs spin until it is free. Linnet has one
 * CPU, so the only things that can interleave with a holder are an
 * interrupt handler and, since the kernel is preemptive, another task
 * preempting it. So on Linnet:
 *
 *   spin_lock()            disables preemption (the count goes up: in_atomic())
 *   spin_lock_bh()         also disables softirqs (bottom halves)
 *   spin_lock_irq()        also disables interrupts
 *   spin_lock_irqsave()    the same, remembering whether they were on
 *
 * Choose the variant by who else takes the lock: another task only:
 * spin_lock; a softirq or tasklet: spin_lock_bh; a hard interrupt handler:
 * spin_lock_irqsave. With CONFIG_DEBUG_SPINLOCK (the Makefile's default)
 * the lock word is still kept, so that taking a lock the same context
 * already holds (a deadlock on SMP, and a bug anywhere) is reported:
 * "BUG: spinlock recursion", as Linux's spinlock debugging reports it.
 * Without it (`make bench`'s kernel, as 2.6.32's defconfig) a lock is
 * only its preempt count and interrupt flag, as 2.6.32's spinlock_up.h:
 * spin_is_locked() is 0 and spin_trylock() succeeds. See docs/interrupts.md.
 */
#ifndef _LINUX_SPINLOCK_H
#define _LINUX_SPINLOCK_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/irqflags.h>
#include <linux/preempt.h>
#include <linux/bottom_half.h>

/**
 * spinlock_t - a spinlock
 * @locked: 1 while held; checked to catch recursion and unlocking a free lock
 * @name: the lock's name, for reports
 */
typedef struct {
	volatile unsigned int locked;
	const char *name;
} spinlock_t;

#define __SPIN_LOCK_UNLOCKED(lockname)         \
	{                                      \
		.locked = 0, .name = #lockname \
	}
#define SPIN_LOCK_UNLOCKED __SPIN_LOCK_UNLOCKED(old_style_spin_init)
#define DEFINE_SPINLOCK(x) spinlock_t x = __SPIN_LOCK_UNLOCKED(x)
#define spin_lock_init(lock)                                      \
	do {                                                      \
		*(lock) = (spinlock_t)__SPIN_LOCK_UNLOCKED(lock); \
	} while (0)

void spin_bug(spinlock_t *lock, const char *msg);

#if defined(CONFIG_DEBUG_SPINLOCK) || defined(LINNET_HOST)
static inline void do_raw_spin_lock(spinlock_t *lock)
{
	if (unlikely(lock->locked))
		spin_bug(lock, "recursion");
	lock->locked = 1;
}

static inline void do_raw_spin_unlock(spinlock_t *lock)
{
	if (unlikely(!lock->locked))
		spin_bug(lock, "already unlocked");
	lock->locked = 0;
}

static inline int do_raw_spin_trylock(spinlock_t *lock)
{
	if (lock->locked)
		return 0;
	lock->locked = 1;
	return 1;
}

#define spin_is_locked(lock) ((lock)->locked != 0)
#define assert_spin_locked(lock) BUG_ON(!spin_is_locked(lock))
#else
static inline void do_raw_spin_lock(spinlock_t *lock)
{
	(void)lock;
}

static inline void do_raw_spin_unlock(spinlock_t *lock)
{
	(void)lock;
}

static inline int do_raw_spin_trylock(spinlock_t *lock)
{
	(void)lock;
	return 1;
}

#define spin_is_locked(lock) ((void)(lock), 0)
#define assert_spin_locked(lock) ((void)(lock))
#endif

static inline void spin_lock(spinlock_t *lock)
{
	preempt_disable();
	do_raw_spin_lock(lock);
}

static inline void spin_unlock(spinlock_t *lock)
{
	do_raw_spin_unlock(lock);
	preempt_enable();
}

static inline int spin_trylock(spinlock_t *lock)
{
	preempt_disable();
	if (!do_raw_spin_trylock(lock)) {
		preempt_enable();
		return 0;
	}
	return 1;
}

static inline void spin_lock_irq(spinlock_t *lock)
{
	local_irq_disable();
	spin_lock(lock);
}

static inline void spin_unlock_irq(spinlock_t *lock)
{
	do_raw_spin_unlock(lock);
	local_irq_enable();
	preempt_enable();
}

#define spin_lock_irqsave(lock, flags) \
	do {                           \
		local_irq_save(flags); \
		spin_lock(lock);       \
	} while (0)

static inline void spin_unlock_irqrestore(spinlock_t *lock, unsigned long flags)
{
	do_raw_spin_unlock(lock);
	local_irq_restore(flags);
	preempt_enable();
}

static inline void spin_lock_bh(spinlock_t *lock)
{
	local_bh_disable();
	spin_lock(lock);
}

static inline void spin_unlock_bh(spinlock_t *lock)
{
	do_raw_spin_unlock(lock);
	preempt_enable_no_resched();
	local_bh_enable();
}

#include <linux/rwlock.h>

#endif /* _LINUX_SPINLOCK_H */
