/*
 * locking_test.c - spinlocks, rwlocks and per-CPU data on one CPU.
 *
 * Holding any of them must disable preemption (in_atomic() is true); the
 * _irq forms must turn interrupts off and restore them; and misuse that
 * would deadlock on SMP must be reported rather than pass silently.
 */
#include <kunit/test.h>
#include <kunit/printk_capture.h>
#include <linux/hardirq.h>
#include <linux/percpu.h>
#include <linux/smp.h>
#include <linux/spinlock.h>

static DEFINE_SPINLOCK(test_lock);
static DEFINE_RWLOCK(test_rwlock);
static DEFINE_PER_CPU(int, test_counter);

static void spinlock_disables_preemption_test(struct kunit *test)
{
	unsigned long flags;

	KUNIT_EXPECT_FALSE(test, in_atomic());
	spin_lock(&test_lock);
	KUNIT_EXPECT_TRUE(test, in_atomic());
#ifdef CONFIG_DEBUG_SPINLOCK
	KUNIT_EXPECT_TRUE(test, spin_is_locked(&test_lock));
#endif
	spin_unlock(&test_lock);
	spin_lock_irqsave(&test_lock, flags);
	KUNIT_EXPECT_TRUE(test, irqs_disabled());
	spin_unlock_irqrestore(&test_lock, flags);
	KUNIT_EXPECT_FALSE(test, irqs_disabled());
	KUNIT_EXPECT_FALSE(test, in_atomic());
	KUNIT_EXPECT_TRUE(test, spin_trylock(&test_lock));
#ifdef CONFIG_DEBUG_SPINLOCK /* without it, as 2.6.32's UP spinlocks: trylock always succeeds */
	KUNIT_EXPECT_FALSE(test, spin_trylock(&test_lock));
#endif
	spin_unlock(&test_lock);
}

static void rwlock_readers_nest_test(struct kunit *test)
{
	read_lock(&test_rwlock);
	read_lock(&test_rwlock);
	KUNIT_EXPECT_EQ(test, test_rwlock.readers, 2);
	KUNIT_EXPECT_TRUE(test, in_atomic());
	read_unlock(&test_rwlock);
	read_unlock(&test_rwlock);
	write_lock_irq(&test_rwlock);
	KUNIT_EXPECT_TRUE(test, irqs_disabled());
	KUNIT_EXPECT_EQ(test, test_rwlock.writer, 1);
	write_unlock_irq(&test_rwlock);
	KUNIT_EXPECT_FALSE(test, in_atomic());
}

static void rwlock_misuse_reported_test(struct kunit *test)
{
	static struct printk_capture cap;

	printk_capture_start(&cap);
	read_lock(&test_rwlock);
	write_lock(&test_rwlock); /* would deadlock on SMP */
	write_unlock(&test_rwlock);
	read_unlock(&test_rwlock);
	write_unlock(&test_rwlock); /* not held */
	printk_capture_stop(&cap);
	preempt_disable(); /* the bogus unlock dropped a level it never took */
	KUNIT_EXPECT_TRUE(test,
			  printk_capture_contains(&cap, "BUG: rwlock write_lock of a held lock"));
	KUNIT_EXPECT_TRUE(test,
			  printk_capture_contains(&cap, "BUG: rwlock write_unlock of a lock not"));
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, ".name: test_rwlock"));
	rwlock_init(&test_rwlock);
	KUNIT_EXPECT_FALSE(test, in_atomic());
}

static void percpu_get_put_test(struct kunit *test)
{
	int cpu = get_cpu();

	KUNIT_EXPECT_EQ(test, cpu, 0);
	KUNIT_EXPECT_TRUE(test, in_atomic());
	per_cpu(test_counter, cpu) = 41;
	put_cpu();
	get_cpu_var(test_counter)++;
	KUNIT_EXPECT_TRUE(test, in_atomic());
	put_cpu_var(test_counter);
	KUNIT_EXPECT_EQ(test, __get_cpu_var(test_counter), 42);
	KUNIT_EXPECT_EQ(test, num_online_cpus(), 1U);
	KUNIT_EXPECT_FALSE(test, in_atomic());
}

static struct kunit_case locking_cases[] = { KUNIT_CASE(spinlock_disables_preemption_test),
					     KUNIT_CASE(rwlock_readers_nest_test),
					     KUNIT_CASE(rwlock_misuse_reported_test),
					     KUNIT_CASE(percpu_get_put_test),
					     {} };

static struct kunit_suite locking_suite = {
	.name = "locking",
	.test_cases = locking_cases,
};
kunit_test_suite(locking_suite);
