/*
 * rcu_test.c - RCU's promises, on one CPU: grace periods outlast readers.
 *
 * A reader that spins inside rcu_read_lock() while ticks and softirqs
 * come and go must not see its callback run; after rcu_read_unlock() the
 * callback runs. synchronize_rcu() cannot return while a reader that woke
 * its caller is still inside. rcu_barrier() waits for the callbacks
 * themselves. The list and hash-table helpers are exercised with the
 * updater and the readers really interleaved: on one CPU that means one
 * side runs in a hard interrupt (an hrtimer) and stops the other at any
 * instruction. Nodes come from a fixed pool and go back to it only from
 * an RCU callback, so a reader that ever reaches a node already back in
 * the pool caught a grace period that ended too soon.
 */
#include <kunit/test.h>
#include <linux/delay.h>
#include <linux/hashtable.h>
#include <linux/hrtimer.h>
#include <linux/interrupt.h>
#include <linux/jiffies.h>
#include <linux/kthread.h>
#include <linux/rculist.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/slab_def.h>
#include <linux/spinlock.h>

static unsigned int cb_runs;
static unsigned int cb_order[64];

struct rcu_test_cb {
	struct rcu_head rcu;
	unsigned int id;
};

static void count_cb(struct rcu_head *head)
{
	struct rcu_test_cb *c = container_of(head, struct rcu_test_cb, rcu);

	if (cb_runs < ARRAY_SIZE(cb_order))
		cb_order[cb_runs] = c->id;
	cb_runs++;
}

/* Let @n full ticks pass without sleeping: their interrupts and softirqs run meanwhile. */
static void spin_ticks(unsigned long n)
{
	unsigned long end = jiffies + n + 1;

	while (time_before(jiffies, end))
		cpu_relax();
}

static void rcu_callback_waits_for_reader_test(struct kunit *test)
{
	unsigned int softirqs = kstat_softirqs_cpu(RCU_SOFTIRQ, 0);
	struct rcu_test_cb c = { .id = 1 };

	cb_runs = 0;
	rcu_read_lock();
	call_rcu(&c.rcu, count_cb);
	spin_ticks(1); /* each tick interrupts a reader: no quiescent state */
	KUNIT_EXPECT_EQ(test, cb_runs, 0U);
	rcu_read_unlock();
	rcu_barrier();
	KUNIT_EXPECT_EQ(test, cb_runs, 1U);
	/* it ran from RCU_SOFTIRQ, which /proc/softirqs counts */
	KUNIT_EXPECT_GT(test, kstat_softirqs_cpu(RCU_SOFTIRQ, 0), softirqs);
}

static void rcu_nested_readers_test(struct kunit *test)
{
	struct rcu_test_cb c = { .id = 1 };

	cb_runs = 0;
	rcu_read_lock();
	rcu_read_lock();
	call_rcu(&c.rcu, count_cb);
	rcu_read_unlock(); /* the outer reader is still inside */
	spin_ticks(1);
	KUNIT_EXPECT_EQ(test, cb_runs, 0U);
	rcu_read_unlock();
	rcu_barrier();
	KUNIT_EXPECT_EQ(test, cb_runs, 1U);
}

/*
 * A busy kernel loop that neither sleeps nor holds a reader still lets
 * grace periods end: its ticks are quiescent states (preempt count 0).
 */
static void rcu_busy_loop_is_quiescent_test(struct kunit *test)
{
	struct rcu_test_cb c = { .id = 1 };
	unsigned long end;

	cb_runs = 0;
	call_rcu(&c.rcu, count_cb);
	end = jiffies + 5;
	while (!READ_ONCE(cb_runs) && time_before(jiffies, end))
		cpu_relax();
	KUNIT_EXPECT_EQ(test, cb_runs, 1U);
	rcu_barrier(); /* in case it did not run: @c lives on this stack */
}

static void rcu_bh_callback_waits_for_bh_reader_test(struct kunit *test)
{
	struct rcu_test_cb c = { .id = 1 };

	cb_runs = 0;
	rcu_read_lock_bh();
	call_rcu_bh(&c.rcu, count_cb);
	spin_ticks(1); /* no softirq can end while bottom halves are off */
	KUNIT_EXPECT_EQ(test, cb_runs, 0U);
	rcu_read_unlock_bh();
	rcu_barrier_bh();
	KUNIT_EXPECT_EQ(test, cb_runs, 1U);
}

static void rcu_barrier_waits_for_all_callbacks_test(struct kunit *test)
{
	static struct rcu_test_cb cbs[40];
	unsigned int i;
	bool in_order = true;

	cb_runs = 0;
	rcu_read_lock(); /* none may run before rcu_barrier() is called */
	for (i = 0; i < ARRAY_SIZE(cbs); i++) {
		cbs[i].id = i;
		call_rcu(&cbs[i].rcu, count_cb);
	}
	rcu_read_unlock();
	rcu_barrier();
	KUNIT_EXPECT_EQ(test, cb_runs, (unsigned int)ARRAY_SIZE(cbs));
	for (i = 0; i < ARRAY_SIZE(cbs); i++)
		in_order &= cb_order[i] == i;
	KUNIT_EXPECT_TRUE_MSG(test, in_order, "callbacks ran out of queue order");
}

/* synchronize_rcu() cannot return before a reader that was inside has left */
static struct completion reader_inside;
static int reader_done;

static int waking_reader_fn(void *unused)
{
	rcu_read_lock();
	complete(&reader_inside); /* wakes the higher-priority updater */
	mdelay(10);
	WRITE_ONCE(reader_done, 1);
	rcu_read_unlock();
	set_current_state(TASK_INTERRUPTIBLE);
	while (!kthread_should_stop()) {
		schedule();
		set_current_state(TASK_INTERRUPTIBLE);
	}
	__set_current_state(TASK_RUNNING);
	return 0;
}

static void synchronize_rcu_waits_for_reader_test(struct kunit *test)
{
	struct sched_param fifo = { .sched_priority = 10 }, normal = { .sched_priority = 0 };
	int old_policy = current->policy;
	struct task_struct *t;

	init_completion(&reader_inside);
	reader_done = 0;
	/* the updater outranks the reader: only the reader itself can keep it off the CPU */
	KUNIT_ASSERT_EQ(test, sched_setscheduler_nocheck(current, SCHED_FIFO, &fifo), 0);
	t = kthread_run(waking_reader_fn, NULL, "rcu_reader");
	if (IS_ERR(t)) /* an assertion ends the case: the runner must not stay SCHED_FIFO */
		sched_setscheduler_nocheck(current, old_policy, &normal);
	KUNIT_ASSERT_FALSE(test, IS_ERR(t));
	wait_for_completion(&reader_inside);
	synchronize_rcu();
	KUNIT_EXPECT_EQ(test, READ_ONCE(reader_done), 1);
	sched_setscheduler_nocheck(current, old_policy, &normal);
	kthread_stop(t);
}

static void kfree_rcu_frees_after_grace_period_test(struct kunit *test)
{
	struct kfree_me {
		int payload[5];
		struct rcu_head rcu;
	} * p;
	struct kmem_cache *cachep;
	unsigned int avail;

	cachep = kmem_cache_create("rcu_test_kfree", sizeof(*p), 0, 0, NULL);
	KUNIT_ASSERT_NOT_NULL(test, cachep);
	p = kmem_cache_alloc(cachep, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, p);
	rcu_read_lock();
	avail = cachep->array.avail; /* a free pushes the object here */
	kfree_rcu(p, rcu);
	spin_ticks(1);
	KUNIT_EXPECT_EQ(test, cachep->array.avail, avail);
	rcu_read_unlock();
	rcu_barrier();
	/* kfree() found its cache; under KASAN the object waits in its quarantine first */
	if (!IS_ENABLED(CONFIG_KASAN))
		KUNIT_EXPECT_EQ(test, cachep->array.avail, avail + 1);
	kmem_cache_destroy(cachep);
}

/* The pool of list nodes ---------------------------------------------- */

enum { NODE_FREE, NODE_LIVE, NODE_RETIRED };

struct rnode {
	struct list_head list;
	struct hlist_node hnode;
	struct rcu_head rcu;
	unsigned int key;
	int state;
};

#define POOL 48
static struct rnode pool[POOL];
static DEFINE_SPINLOCK(pool_lock); /* excludes updaters: the pool and the lists */
static LIST_HEAD(rlist);
static DEFINE_HASHTABLE(rhash, 3);
static unsigned int nr_live, next_key, pool_retired;
static unsigned int reads, updates, bad_nodes, bad_walks;

static void rnode_free_cb(struct rcu_head *head)
{
	struct rnode *n = container_of(head, struct rnode, rcu);

	WRITE_ONCE(n->state, NODE_FREE); /* links kept: a reader here is counted, not crashed */
	pool_retired--;
}

static struct rnode *rnode_get(void)
{
	unsigned int i;

	for (i = 0; i < POOL; i++)
		if (pool[i].state == NODE_FREE) {
			pool[i].key = next_key++;
			pool[i].state = NODE_LIVE;
			return &pool[i];
		}
	return NULL;
}

/* Unlink the oldest node and hand it to RCU; readers may still be on it. */
static void rlist_retire_first(void)
{
	struct rnode *old = list_first_entry(&rlist, struct rnode, list);

	list_del_rcu(&old->list);
	hash_del_rcu(&old->hnode);
	old->state = NODE_RETIRED;
	pool_retired++;
	nr_live--;
	call_rcu(&old->rcu, rnode_free_cb);
}

/* One update under pool_lock: add a node, or replace the oldest one, or retire it. */
static void rlist_update_locked(unsigned int step)
{
	struct rnode *n, *old;

	if (nr_live < 12 && (n = rnode_get())) {
		list_add_tail_rcu(&n->list, &rlist);
		hash_add_rcu(rhash, &n->hnode, n->key);
		nr_live++;
	} else if (step % 3 == 0 && (n = rnode_get())) {
		old = list_first_entry(&rlist, struct rnode, list);
		list_replace_rcu(&old->list, &n->list);
		hash_add_rcu(rhash, &n->hnode, n->key);
		hash_del_rcu(&old->hnode);
		old->state = NODE_RETIRED;
		pool_retired++;
		call_rcu(&old->rcu, rnode_free_cb);
	} else if (!list_empty(&rlist)) {
		rlist_retire_first();
	}
	updates++;
}

static void rlist_update(unsigned int step)
{
	/* interrupts stay on: a reader in an hrtimer may stop the update anywhere */
	spin_lock(&pool_lock);
	rlist_update_locked(step);
	spin_unlock(&pool_lock);
}

/* A node a reader reached must not be back in the pool. */
static void check_node(struct rnode *n)
{
	if (n < pool || n >= pool + POOL || READ_ONCE(n->state) == NODE_FREE)
		bad_nodes++;
}

/* Walk the list and the newest key's hash bucket, each node checked; @delay_ms a node. */
static void rlist_read(unsigned int delay_ms)
{
	struct rnode *n;
	unsigned int steps = 0, key;

	rcu_read_lock();
	list_for_each_entry_rcu(n, &rlist, list) {
		check_node(n);
		if (delay_ms)
			mdelay(delay_ms);
		if (++steps > POOL) { /* a cycle: the walk never gets home */
			bad_walks++;
			break;
		}
	}
	key = READ_ONCE(next_key);
	hash_for_each_possible_rcu(rhash, n, hnode, key - 1)
		check_node(n);
	rcu_read_unlock();
	reads++;
}

static void rlist_reset(void)
{
	rcu_barrier();
	memset(pool, 0, sizeof(pool));
	INIT_LIST_HEAD(&rlist);
	hash_init(rhash);
	nr_live = next_key = pool_retired = 0;
	reads = updates = bad_nodes = bad_walks = 0;
}

static void rlist_drain(void)
{
	spin_lock(&pool_lock);
	while (nr_live)
		rlist_retire_first();
	spin_unlock(&pool_lock);
	rcu_barrier();
}

static enum hrtimer_restart reader_timer_fn(struct hrtimer *timer)
{
	rlist_read(0);
	hrtimer_forward_now(timer, ktime_set(0, 150 * NSEC_PER_USEC));
	return HRTIMER_RESTART;
}

static int updater_fn(void *unused)
{
	unsigned int step = 0;

	while (!kthread_should_stop()) {
		rlist_update(step++);
		if (step % 256 == 0)
			schedule_timeout_uninterruptible(1); /* let callbacks catch up */
	}
	return 0;
}

/* An updater kthread; readers in a hard interrupt that stops it at any instruction. */
static void rculist_updater_thread_interrupt_readers_test(struct kunit *test)
{
	struct task_struct *t;
	struct hrtimer timer;

	rlist_reset();
	hrtimer_init(&timer, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
	timer.function = reader_timer_fn;
	t = kthread_run(updater_fn, NULL, "rcu_updater");
	KUNIT_ASSERT_FALSE(test, IS_ERR(t));
	hrtimer_start(&timer, ktime_set(0, 150 * NSEC_PER_USEC), HRTIMER_MODE_REL);
	msleep(100);
	hrtimer_cancel(&timer);
	kthread_stop(t);
	rlist_drain();
	kunit_info(test, "%u interrupt readers, %u updates\n", reads, updates);
	KUNIT_EXPECT_GT(test, reads, 100U);
	KUNIT_EXPECT_GT(test, updates, 500U);
	KUNIT_EXPECT_EQ(test, bad_nodes, 0U);
	KUNIT_EXPECT_EQ(test, bad_walks, 0U);
	KUNIT_EXPECT_EQ(test, pool_retired, 0U);
}

static enum hrtimer_restart updater_timer_fn(struct hrtimer *timer)
{
	static unsigned int step;

	rlist_update(step++);
	hrtimer_forward_now(timer, ktime_set(0, 300 * NSEC_PER_USEC));
	return HRTIMER_RESTART;
}

/*
 * Readers in a task, walking slowly (a millisecond a node), while an
 * updater in a hard interrupt deletes and replaces the very nodes they
 * stand on; ticks and RCU_SOFTIRQ run under them too.
 */
static void rculist_slow_reader_interrupt_updater_test(struct kunit *test)
{
	unsigned int updates_seen = 0, i;
	struct hrtimer timer;

	rlist_reset();
	for (i = 0; i < 12; i++)
		rlist_update(1);
	hrtimer_init(&timer, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
	timer.function = updater_timer_fn;
	hrtimer_start(&timer, ktime_set(0, 300 * NSEC_PER_USEC), HRTIMER_MODE_REL);
	for (i = 0; i < 4; i++) {
		unsigned int before = READ_ONCE(updates);

		rlist_read(1);
		updates_seen += READ_ONCE(updates) - before;
		schedule_timeout_uninterruptible(1); /* a quiescent state: callbacks run */
	}
	hrtimer_cancel(&timer);
	rlist_drain();
	kunit_info(test, "%u updates under %u slow readers\n", updates_seen, reads);
	KUNIT_EXPECT_GT(test, updates_seen, 50U); /* the list changed under the readers */
	KUNIT_EXPECT_EQ(test, bad_nodes, 0U);
	KUNIT_EXPECT_EQ(test, bad_walks, 0U);
	KUNIT_EXPECT_EQ(test, pool_retired, 0U);
}

static struct kunit_case rcu_cases[] = { KUNIT_CASE(rcu_callback_waits_for_reader_test),
					 KUNIT_CASE(rcu_nested_readers_test),
					 KUNIT_CASE(rcu_busy_loop_is_quiescent_test),
					 KUNIT_CASE(rcu_bh_callback_waits_for_bh_reader_test),
					 KUNIT_CASE(rcu_barrier_waits_for_all_callbacks_test),
					 KUNIT_CASE(synchronize_rcu_waits_for_reader_test),
					 KUNIT_CASE(kfree_rcu_frees_after_grace_period_test),
					 KUNIT_CASE(rculist_updater_thread_interrupt_readers_test),
					 KUNIT_CASE(rculist_slow_reader_interrupt_updater_test),
					 {} };

static struct kunit_suite rcu_suite = {
	.name = "rcu",
	.test_cases = rcu_cases,
};
kunit_test_suite(rcu_suite);
