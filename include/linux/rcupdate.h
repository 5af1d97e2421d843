/*
 * rcupdate.h - read-copy update: readers that take no lock at all.
 *
 * A reader brackets its walk of a shared structure with rcu_read_lock()
 * and rcu_read_unlock() and fetches each shared pointer once, with
 * rcu_dereference(). An updater never changes what a reader may be
 * looking at: it builds a new version, publishes it with
 * rcu_assign_pointer() (or a list_*_rcu() helper), and frees the old one
 * only after a grace period, once every reader that might still hold it
 * has finished - either by waiting (synchronize_rcu()) or by asking for a
 * callback (call_rcu()):
 *
 *   updater:  unlink old --- call_rcu(&old->rcu, free_old) ....... free_old(old)
 *   reader A:   [rcu_read_lock ... sees old ... rcu_read_unlock]      |
 *   reader B:                      [rcu_read_lock ... sees new ... rcu_read_unlock]
 *                               grace period: every reader that began
 *                               before the unlink has ended  ----^
 *
 * Readers may not sleep. As in Linux 2.6.32's TREE_RCU, rcu_read_lock()
 * disables preemption, so on Linnet's single CPU a context switch, a tick
 * taken in user mode or in the idle loop, or a tick that interrupted code
 * holding no preempt count, proves that no reader is running: each is a
 * quiescent state, and a grace period is simply the next one. The _bh
 * flavour counts the end of any softirq handler as well; its readers
 * disable bottom halves. The _sched flavour is the same as the plain one
 * here (2.6.32 without TREE_PREEMPT_RCU has them equal too).
 *
 * The engine is kernel/rcutiny.c; see docs/rcu.md.
 */
#ifndef __LINUX_RCUPDATE_H
#define __LINUX_RCUPDATE_H

#include <linux/compiler.h>
#include <linux/completion.h>
#include <linux/bottom_half.h>
#include <linux/preempt.h>
#include <linux/stddef.h>
#include <asm/barrier.h>

/**
 * struct rcu_head - a callback waiting for a grace period
 * @next: the next callback in the queue
 * @func: what to call once the grace period has passed, with this rcu_head
 *
 * Embed one in the object to be freed; container_of() gets back to it.
 */
struct rcu_head {
	struct rcu_head *next;
	void (*func)(struct rcu_head *head);
};

#define RCU_HEAD_INIT { .next = NULL, .func = NULL }
#define RCU_HEAD(head) struct rcu_head head = RCU_HEAD_INIT
#define INIT_RCU_HEAD(ptr)           \
	do {                         \
		(ptr)->next = NULL;  \
		(ptr)->func = NULL;  \
	} while (0)

/* rcu_read_lock - begin a read-side critical section (nests; must not sleep) */
static inline void rcu_read_lock(void)
{
	preempt_disable();
}

/* rcu_read_unlock - end a read-side critical section */
static inline void rcu_read_unlock(void)
{
	preempt_enable();
}

/* rcu_read_lock_bh - begin a reader whose updaters use call_rcu_bh(): softirqs off */
static inline void rcu_read_lock_bh(void)
{
	local_bh_disable();
}

/* rcu_read_unlock_bh - end it; pending softirqs run here */
static inline void rcu_read_unlock_bh(void)
{
	local_bh_enable();
}

/* rcu_read_lock_sched - begin a reader paired with synchronize_sched() */
static inline void rcu_read_lock_sched(void)
{
	preempt_disable();
}

/* rcu_read_unlock_sched - end it */
static inline void rcu_read_unlock_sched(void)
{
	preempt_enable();
}

/* The _notrace pair is for tracers; Linnet has no tracing, so they are the same. */
static inline void rcu_read_lock_sched_notrace(void)
{
	preempt_disable();
}

static inline void rcu_read_unlock_sched_notrace(void)
{
	preempt_enable();
}

/*
 * rcu_dereference - fetch an RCU-protected pointer once, inside a reader.
 * The single load is what matters: the compiler may not re-read @p and
 * see two versions. (Alpha alone also needs a barrier here; x86 does not.)
 */
#define rcu_dereference(p) READ_ONCE(p)
/* Later Linux's flavour-specific and checked spellings (no lockdep: the same load) */
#define rcu_dereference_raw(p) READ_ONCE(p)
#define rcu_dereference_bh(p) READ_ONCE(p)
#define rcu_dereference_sched(p) READ_ONCE(p)
#define rcu_dereference_check(p, c) READ_ONCE(p)
/* rcu_dereference_protected - the updater's view, under the lock that excludes other updaters */
#define rcu_dereference_protected(p, c) (p)
/* rcu_access_pointer - read the pointer's value only, not what it points to */
#define rcu_access_pointer(p) READ_ONCE(p)

/*
 * rcu_assign_pointer - publish @v in @p: the stores that initialised *@v
 * are ordered before the store of the pointer (smp_wmb), so a reader that
 * sees the new pointer sees a whole object. Returns @v, as 2.6.32's.
 */
#define rcu_assign_pointer(p, v)                                             \
	({                                                                   \
		if (!__builtin_constant_p(v) || ((v) != NULL))               \
			smp_wmb();                                           \
		WRITE_ONCE(p, v);                                            \
		(v);                                                         \
	})
/* RCU_INIT_POINTER - store with no barrier: for NULL, or before anyone can read @p */
#define RCU_INIT_POINTER(p, v) WRITE_ONCE(p, v)

void call_rcu(struct rcu_head *head, void (*func)(struct rcu_head *head));
void call_rcu_bh(struct rcu_head *head, void (*func)(struct rcu_head *head));
/* call_rcu_sched - the sched flavour's callback: the plain one here (readers disable preemption) */
#define call_rcu_sched call_rcu

void synchronize_sched(void);
/* synchronize_rcu - wait for a grace period: the sched flavour's (2.6.32 without PREEMPT_RCU) */
#define synchronize_rcu synchronize_sched
void synchronize_rcu_bh(void);
/* synchronize_sched_expedited - the same, faster on SMP; on one CPU there is nothing to hurry */
#define synchronize_sched_expedited synchronize_sched
/* synchronize_rcu_expedited - later Linux's name for the same */
#define synchronize_rcu_expedited synchronize_sched
void rcu_barrier(void);
void rcu_barrier_bh(void);
/* rcu_barrier_sched - wait for every call_rcu_sched() callback: call_rcu's here */
#define rcu_barrier_sched rcu_barrier

/**
 * struct rcu_synchronize - a waiter for one grace period
 * @head: the callback queued with call_rcu() or call_rcu_bh()
 * @completion: completed by wakeme_after_rcu() when it runs
 */
struct rcu_synchronize {
	struct rcu_head head;
	struct completion completion;
};

void wakeme_after_rcu(struct rcu_head *head);

/* The engine's hooks: kernel/rcutiny.c */
void rcu_init(void);
void rcu_sched_qs(int cpu);
void rcu_bh_qs(int cpu);
void rcu_check_callbacks(int cpu, int user);
int rcu_needs_cpu(int cpu);

/*
 * kfree_rcu - kfree(@ptr) after a grace period, with no callback to write
 * (Linux 3.0 added it). @rhf names the struct rcu_head member of *@ptr.
 * The callback's place holds the member's offset instead of a function:
 * offsets are below 4096, no function is, and rcu_do_callback() tells
 * them apart.
 */
#define __is_kfree_rcu_offset(offset) ((offset) < 4096)
#define kfree_rcu(ptr, rhf)                                                          \
	do {                                                                         \
		BUILD_BUG_ON(!__is_kfree_rcu_offset(offsetof(typeof(*(ptr)), rhf))); \
		call_rcu(&(ptr)->rhf,                                                \
			 (void (*)(struct rcu_head *))offsetof(typeof(*(ptr)), rhf));  \
	} while (0)

#endif /* __LINUX_RCUPDATE_H */
