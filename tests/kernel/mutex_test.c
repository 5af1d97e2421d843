/*
 * mutex_test.c - the sleeping mutex and the counting semaphore.
 */
#include <kunit/test.h>
#include <kunit/printk_capture.h>
#include <linux/mutex.h>
#include <linux/semaphore.h>
#include <linux/kthread.h>

struct shared {
	struct mutex lock;
	int inside, overlaps, total;
};

static int locker(void *data)
{
	struct shared *s = data;
	int i;

	for (i = 0; i < 200; i++) {
		mutex_lock(&s->lock);
		if (s->inside++)
			s->overlaps++;
		yield(); /* sleep-ish inside: the others must wait */
		s->total++;
		s->inside--;
		mutex_unlock(&s->lock);
	}
	return 0;
}

static void mutex_excludes_test(struct kunit *test)
{
	static struct shared s;
	struct task_struct *t[3];
	int i;

	mutex_init(&s.lock);
	s.inside = s.overlaps = s.total = 0;
	for (i = 0; i < 3; i++) {
		t[i] = kthread_run(locker, &s, "locker%d", i);
		if (IS_ERR(t[i]))
			break;
		get_task_struct(t[i]);
	}
	if (i < 3) { /* let the lockers already started finish first */
		long err = PTR_ERR(t[i]);

		while (i--) {
			while (t[i]->state != TASK_DEAD)
				yield();
			put_task_struct(t[i]);
		}
		KUNIT_ASSERT_EQ(test, err, 0L);
	}
	for (i = 0; i < 3; i++) {
		while (t[i]->state != TASK_DEAD)
			yield();
		put_task_struct(t[i]);
	}
	KUNIT_EXPECT_EQ(test, s.total, 600);
	KUNIT_EXPECT_EQ(test, s.overlaps, 0);
	KUNIT_EXPECT_FALSE(test, mutex_is_locked(&s.lock));
}

static void mutex_trylock_test(struct kunit *test)
{
	DEFINE_MUTEX(m);

	KUNIT_EXPECT_EQ(test, mutex_trylock(&m), 1);
	KUNIT_EXPECT_EQ(test, mutex_trylock(&m), 0);
	KUNIT_EXPECT_PTR_EQ(test, m.owner, current);
	mutex_unlock(&m);
	KUNIT_EXPECT_FALSE(test, mutex_is_locked(&m));
}

struct intr {
	struct mutex *m;
	int ret;
	bool done;
};

static int intr_locker(void *data)
{
	struct intr *in = data;

	allow_signal(SIGINT);
	in->ret = mutex_lock_interruptible(in->m);
	if (!in->ret)
		mutex_unlock(in->m);
	in->done = true;
	return 0;
}

static void mutex_lock_interruptible_test(struct kunit *test)
{
	DEFINE_MUTEX(m);
	struct intr in = { .m = &m, .ret = 1 };
	struct task_struct *t;

	mutex_lock(&m);
	t = kthread_run(intr_locker, &in, "intr_locker");
	if (IS_ERR(t))
		mutex_unlock(&m);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
	while (t->state == TASK_RUNNING)
		yield();
	send_sig(SIGINT, t, 0);
	while (!in.done)
		yield();
	KUNIT_EXPECT_EQ(test, in.ret, -EINTR);
	/* the waiter left: the owner still holds it, and unlocks cleanly */
	KUNIT_EXPECT_PTR_EQ(test, m.owner, current);
	mutex_unlock(&m);
	KUNIT_EXPECT_FALSE(test, mutex_is_locked(&m));
}

static int wrong_unlocker(void *data)
{
	mutex_unlock(data);
	return 0;
}

static void mutex_unlock_by_non_owner_is_reported_test(struct kunit *test)
{
	static struct printk_capture cap;
	DEFINE_MUTEX(m);
	struct task_struct *t;

	mutex_lock(&m);
	printk_capture_start(&cap);
	t = kthread_run(wrong_unlocker, &m, "wrong_unlocker");
	if (IS_ERR(t)) {
		printk_capture_stop(&cap);
		mutex_unlock(&m);
	}
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
	get_task_struct(t);
	while (t->state != TASK_DEAD)
		yield();
	printk_capture_stop(&cap);
	put_task_struct(t);
	KUNIT_EXPECT_TRUE(
		test, printk_capture_contains(&cap, "DEBUG_LOCKS_WARN_ON(lock->owner != current)"));
	KUNIT_EXPECT_FALSE(test, mutex_is_locked(&m));
}

struct sem_user {
	struct semaphore *sem;
	int ret;
	bool done;
};

static int sem_downer(void *data)
{
	struct sem_user *u = data;

	allow_signal(SIGINT);
	u->ret = down_interruptible(u->sem);
	u->done = true;
	return 0;
}

static void semaphore_counts_test(struct kunit *test)
{
	struct semaphore sem;
	struct sem_user u = { .sem = &sem, .ret = 1 };
	struct task_struct *t;

	sema_init(&sem, 2);
	KUNIT_EXPECT_EQ(test, down_trylock(&sem), 0);
	down(&sem);
	KUNIT_EXPECT_EQ(test, down_trylock(&sem), 1);
	t = kthread_run(sem_downer, &u, "sem_downer");
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
	get_task_struct(t);
	while (t->state == TASK_RUNNING)
		yield();
	KUNIT_EXPECT_FALSE(test, u.done);
	up(&sem); /* handed straight to the sleeper */
	KUNIT_EXPECT_EQ(test, sem.count, 0U);
	while (!u.done)
		yield();
	KUNIT_EXPECT_EQ(test, u.ret, 0);
	up(&sem);
	up(&sem);
	KUNIT_EXPECT_EQ(test, sem.count, 2U);
	put_task_struct(t);
}

static void semaphore_interrupted_test(struct kunit *test)
{
	struct semaphore sem;
	struct sem_user u = { .sem = &sem, .ret = 1 };
	struct task_struct *t;

	sema_init(&sem, 0);
	t = kthread_run(sem_downer, &u, "sem_downer");
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, t);
	get_task_struct(t);
	while (t->state == TASK_RUNNING)
		yield();
	send_sig(SIGINT, t, 0);
	while (!u.done)
		yield();
	KUNIT_EXPECT_EQ(test, u.ret, -EINTR);
	KUNIT_EXPECT_TRUE(test, list_empty(&sem.wait_list));
	put_task_struct(t);
}

static struct kunit_case mutex_cases[] = { KUNIT_CASE(mutex_excludes_test),
					   KUNIT_CASE(mutex_trylock_test),
					   KUNIT_CASE(mutex_lock_interruptible_test),
					   KUNIT_CASE(mutex_unlock_by_non_owner_is_reported_test),
					   KUNIT_CASE(semaphore_counts_test),
					   KUNIT_CASE(semaphore_interrupted_test),
					   {} };

static struct kunit_suite mutex_suite = {
	.name = "mutex",
	.test_cases = mutex_cases,
};
kunit_test_suite(mutex_suite);
