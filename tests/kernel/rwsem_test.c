/*
 * rwsem_test.c - reader-writer semaphores: sharing, exclusion, fairness.
 *
 * Readers share; a writer excludes everyone; once a writer waits, a new
 * reader queues behind it instead of slipping in (so writers are not
 * starved); the queue is served strictly in order, a run of readers at
 * its head as one batch, as in Linux 2.6.32's lib/rwsem-spinlock.c;
 * downgrade_write() lets the readers at the head in. Also the old 2.6.32
 * spelling of a one-unit semaphore, DECLARE_MUTEX.
 */
#include <kunit/test.h>
#include <linux/delay.h>
#include <linux/kthread.h>
#include <linux/rwsem.h>
#include <linux/sched.h>
#include <linux/semaphore.h>
#include <linux/string.h>

static DECLARE_RWSEM(test_sem);
static DECLARE_MUTEX(old_style_sem);
static int order[8], n_order, seen_activity[8];

static int reader(void *arg)
{
	down_read(&test_sem);
	order[n_order++] = (int)(long)arg;
	up_read(&test_sem);
	return 0;
}

/* A reader that notes how many readers the semaphore counted as it entered */
static int counting_reader(void *arg)
{
	int id = (int)(long)arg;

	down_read(&test_sem);
	seen_activity[id] = test_sem.activity;
	order[n_order++] = id;
	up_read(&test_sem);
	return 0;
}

static int writer(void *arg)
{
	down_write(&test_sem);
	order[n_order++] = (int)(long)arg;
	msleep(5);
	up_write(&test_sem);
	return 0;
}

static void wait_dead(struct task_struct *t)
{
	while (t->state != TASK_DEAD)
		msleep(1);
	put_task_struct(t);
}

static struct task_struct *start(int (*fn)(void *), long id)
{
	struct task_struct *t = kthread_run(fn, (void *)id, "rwsem%ld", id);

	if (IS_ERR(t))
		return t;
	get_task_struct(t);
	msleep(2); /* let it reach down_*() */
	return t;
}

static void rwsem_readers_share_test(struct kunit *test)
{
	down_read(&test_sem);
	KUNIT_EXPECT_EQ(test, down_read_trylock(&test_sem), 1);
	KUNIT_EXPECT_EQ(test, down_write_trylock(&test_sem), 0);
	up_read(&test_sem);
	up_read(&test_sem);
	KUNIT_EXPECT_EQ(test, down_write_trylock(&test_sem), 1);
	KUNIT_EXPECT_EQ(test, down_read_trylock(&test_sem), 0);
	up_write(&test_sem);
	KUNIT_EXPECT_EQ(test, test_sem.activity, 0);
}

/* Held for reading; a writer waits; a later reader must queue behind it */
static void rwsem_writer_not_starved_test(struct kunit *test)
{
	struct task_struct *w, *r;

	n_order = 0;
	down_read(&test_sem);
	w = start(writer, 1);
	if (IS_ERR(w))
		up_read(&test_sem);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, w);
	r = start(reader, 2);
	if (IS_ERR(r)) { /* the writer gets the lock and finishes */
		up_read(&test_sem);
		wait_dead(w);
	}
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, r);
	KUNIT_EXPECT_EQ(test, n_order, 0);
	up_read(&test_sem);
	wait_dead(w);
	wait_dead(r);
	KUNIT_ASSERT_EQ(test, n_order, 2);
	KUNIT_EXPECT_EQ(test, order[0], 1);
	KUNIT_EXPECT_EQ(test, order[1], 2);
}

static void rwsem_downgrade_lets_readers_in_test(struct kunit *test)
{
	struct task_struct *r;

	n_order = 0;
	down_write(&test_sem);
	r = start(reader, 3);
	if (IS_ERR(r))
		up_write(&test_sem);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, r);
	KUNIT_EXPECT_EQ(test, n_order, 0);
	downgrade_write(&test_sem);
	wait_dead(r);
	KUNIT_EXPECT_EQ(test, n_order, 1);
	up_read(&test_sem);
	KUNIT_EXPECT_EQ(test, test_sem.activity, 0);
}

/*
 * Held for writing while R1 W2 R3 R4 W5 R6 queue up, in that order. They
 * must get in in that order: R1 alone (a writer is next), W2, then R3 and
 * R4 granted together as one batch (the semaphore counts 2 readers as the
 * first of them runs), W5, R6. The writer-preferring rwsem this replaced
 * let W2 and W5 in before any reader.
 */
static void rwsem_fifo_order_test(struct kunit *test)
{
	static const char kinds[] = "?RWRRWR";
	struct task_struct *t[7];
	int i;

	n_order = 0;
	memset(seen_activity, 0, sizeof(seen_activity));
	down_write(&test_sem);
	for (i = 1; i <= 6; i++) {
		t[i] = start(kinds[i] == 'R' ? counting_reader : writer, i);
		if (IS_ERR(t[i])) {
			up_write(&test_sem);
			while (--i >= 1)
				wait_dead(t[i]);
			KUNIT_FAIL(test, "kthread_run failed");
			return;
		}
	}
	KUNIT_EXPECT_EQ(test, n_order, 0);
	up_write(&test_sem);
	for (i = 1; i <= 6; i++)
		wait_dead(t[i]);
	KUNIT_ASSERT_EQ(test, n_order, 6);
	KUNIT_EXPECT_EQ(test, order[0], 1);
	KUNIT_EXPECT_EQ(test, order[1], 2);
	KUNIT_EXPECT_EQ(test, order[2] + order[3], 3 + 4);
	KUNIT_EXPECT_EQ(test, order[4], 5);
	KUNIT_EXPECT_EQ(test, order[5], 6);
	KUNIT_EXPECT_EQ(test, seen_activity[1], 1);
	KUNIT_EXPECT_EQ(test, max(seen_activity[3], seen_activity[4]), 2);
	KUNIT_EXPECT_EQ(test, seen_activity[6], 1);
	KUNIT_EXPECT_EQ(test, test_sem.activity, 0);
}

/* A writer at the head of the queue keeps the readers behind it waiting */
static void rwsem_downgrade_keeps_fifo_test(struct kunit *test)
{
	struct task_struct *w, *r;

	n_order = 0;
	down_write(&test_sem);
	w = start(writer, 1);
	if (IS_ERR(w))
		up_write(&test_sem);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, w);
	r = start(reader, 2);
	if (IS_ERR(r)) {
		up_write(&test_sem);
		wait_dead(w);
	}
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, r);
	downgrade_write(&test_sem);
	msleep(5);
	KUNIT_EXPECT_EQ(test, n_order, 0);
	KUNIT_EXPECT_EQ(test, down_read_trylock(&test_sem), 0); /* others wait */
	up_read(&test_sem);
	wait_dead(w);
	wait_dead(r);
	KUNIT_ASSERT_EQ(test, n_order, 2);
	KUNIT_EXPECT_EQ(test, order[0], 1);
	KUNIT_EXPECT_EQ(test, order[1], 2);
}

static void old_style_semaphore_test(struct kunit *test)
{
	struct semaphore sem;

	KUNIT_EXPECT_EQ(test, down_trylock(&old_style_sem), 0);
	KUNIT_EXPECT_EQ(test, down_trylock(&old_style_sem), 1);
	up(&old_style_sem);
	init_MUTEX_LOCKED(&sem);
	KUNIT_EXPECT_EQ(test, down_trylock(&sem), 1);
}

static struct kunit_case rwsem_cases[] = { KUNIT_CASE(rwsem_readers_share_test),
					   KUNIT_CASE(rwsem_writer_not_starved_test),
					   KUNIT_CASE(rwsem_downgrade_lets_readers_in_test),
					   KUNIT_CASE(rwsem_fifo_order_test),
					   KUNIT_CASE(rwsem_downgrade_keeps_fifo_test),
					   KUNIT_CASE(old_style_semaphore_test),
					   {} };

static struct kunit_suite rwsem_suite = {
	.name = "rwsem",
	.test_cases = rwsem_cases,
};
kunit_test_suite(rwsem_suite);
