/*
 * spinlock.c - reporting spinlock misuse.
 *
 * The lock operations themselves are inline (include/linux/spinlock.h).
 * What lives here is the slow path taken only when something is wrong:
 * a context taking a lock it already holds (which on SMP would spin
 * forever) or releasing a lock nobody holds. Linux's spinlock debugging
 * prints "BUG: spinlock recursion on CPU#0"; so does Linnet, with a
 * backtrace, and then carries on so the report reaches the console.
 * See docs/locking.md.
 */
#include <linux/kernel.h>
#include <linux/spinlock.h>
#include <linux/module.h>

/**
 * spin_bug - report a misused spinlock
 * @lock: the lock
 * @msg: what is wrong ("recursion", "already unlocked")
 *
 * Context: any.
 */
void spin_bug(spinlock_t *lock, const char *msg)
{
	printk(KERN_EMERG "BUG: spinlock %s on CPU#0, lock: %p, .name: %s\n", msg, lock,
	       lock->name ? lock->name : "?");
	dump_stack();
}
EXPORT_SYMBOL(spin_bug);

/**
 * rwlock_bug - report a misused reader-writer lock
 * @lock: the lock
 * @msg: what is wrong
 *
 * Context: any.
 */
void rwlock_bug(rwlock_t *lock, const char *msg)
{
	printk(KERN_EMERG "BUG: rwlock %s on CPU#0, lock: %p, .name: %s\n", msg, lock,
	       lock->name ? lock->name : "?");
	dump_stack();
}
