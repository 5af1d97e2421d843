/*
 * pid_test.c - the pid hash under RCU (kernel/pid.c).
 *
 * find_pid() walks a hash chain with no lock, inside rcu_read_lock(); the
 * updater takes a struct pid out with free_pid(), which must leave it
 * whole until the readers that may have found it are done. The test is a
 * reader that finds a pid, watches it being freed (free_pid() and the
 * owner's put_pid() run inside the reader, as an updater interrupting
 * it would) and spins through ticks, softirqs and RCU's own softirq: the
 * pid must still read as itself (a KUnit boot runs with slab_debug, so a
 * struct freed at once would read as POISON_FREE, 0x6b6b6b6b). After the
 * reader and a grace period the struct is gone and the number free.
 * Then every live task is found by its number through the hash, and a
 * task's pid stands for it alone.
 */
#include <kunit/test.h>
#include <linux/err.h>
#include <linux/jiffies.h>
#include <linux/pid.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>

/* Let @n full ticks pass without sleeping: their interrupts and softirqs run meanwhile */
static void spin_ticks(unsigned long n)
{
	unsigned long end = jiffies + n + 1;

	while (time_before(jiffies, end))
		cpu_relax();
}

static void pid_survives_free_until_grace_period_test(struct kunit *test)
{
	struct pid *pid = alloc_pid(), *found;
	int nr;

	KUNIT_ASSERT_FALSE(test, IS_ERR(pid));
	nr = pid->nr;
	rcu_read_lock();
	found = find_pid(nr);
	KUNIT_EXPECT_PTR_EQ(test, found, pid);
	free_pid(pid); /* the updater: out of the hash */
	put_pid(pid); /* and the owner's reference */
	KUNIT_EXPECT_NULL(test, find_pid(nr)); /* new readers do not find it */
	spin_ticks(3);
	/* this reader still holds a whole struct pid */
	KUNIT_EXPECT_EQ(test, found->nr, nr);
	KUNIT_EXPECT_EQ(test, atomic_read(&found->count), 1);
	KUNIT_EXPECT_NULL(test, pid_task(found, PIDTYPE_PID));
	rcu_read_unlock();
	synchronize_rcu();
	rcu_barrier(); /* the callback itself has run: the struct and its number are free */
	rcu_read_lock();
	KUNIT_EXPECT_NULL(test, find_pid(nr));
	rcu_read_unlock();
}

/* Another pid hashed meanwhile is found, and the freed one is not */
static void pid_hash_finds_live_pids_test(struct kunit *test)
{
	struct pid *a = alloc_pid(), *b;

	KUNIT_ASSERT_FALSE(test, IS_ERR(a));
	b = alloc_pid();
	if (IS_ERR(b)) {
		free_pid(a);
		put_pid(a);
		KUNIT_FAIL(test, "alloc_pid: %ld", PTR_ERR(b));
		return;
	}
	KUNIT_EXPECT_NE(test, a->nr, b->nr);
	rcu_read_lock();
	KUNIT_EXPECT_PTR_EQ(test, find_pid(a->nr), a);
	KUNIT_EXPECT_PTR_EQ(test, find_pid(b->nr), b);
	rcu_read_unlock();
	free_pid(a);
	rcu_read_lock();
	KUNIT_EXPECT_NULL(test, find_pid(a->nr));
	KUNIT_EXPECT_PTR_EQ(test, find_pid(b->nr), b);
	rcu_read_unlock();
	put_pid(a);
	free_pid(b);
	put_pid(b);
}

/* Every task on the task list is its pid's task, found through the hash */
static void every_task_found_by_pid_test(struct kunit *test)
{
	struct task_struct *p;
	unsigned long flags;
	int tasks = 0, found = 0;

	spin_lock_irqsave(&tasklist_lock, flags);
	list_for_each_entry(p, &init_task.tasks, tasks) {
		tasks++;
		found +=
			pid_task(find_pid(p->pid), PIDTYPE_PID) == p && p->thread_pid->nr == p->pid;
	}
	spin_unlock_irqrestore(&tasklist_lock, flags);
	KUNIT_EXPECT_GT(test, tasks, 1);
	KUNIT_EXPECT_EQ(test, found, tasks);
	KUNIT_EXPECT_PTR_EQ(test, find_task_by_pid(current->pid), current);
	KUNIT_EXPECT_PTR_EQ(test, find_task_by_pid(0), &init_task);
	KUNIT_EXPECT_NULL(test, pid_task(current->thread_pid, PIDTYPE_PGID));
}

static struct kunit_case pid_cases[] = {
	KUNIT_CASE(pid_survives_free_until_grace_period_test),
	KUNIT_CASE(pid_hash_finds_live_pids_test),
	KUNIT_CASE(every_task_found_by_pid_test),
	{},
};

static struct kunit_suite pid_suite = {
	.name = "pid",
	.test_cases = pid_cases,
};
kunit_test_suite(pid_suite);
