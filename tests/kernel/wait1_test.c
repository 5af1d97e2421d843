/*
 * wait1_test.c - lab 3's grader: /dev/wait1's poll() gives the mask the
 * ring's state calls for and registers the poller on both wait queues;
 * its readers wait exclusively, so a write wakes one reader, the one
 * that has waited longest, and the others sleep on undisturbed.
 *
 * The tests call the driver's methods (drivers/char/wait1.c:wait1_fops)
 * directly with a struct file of their own: they run before the device
 * registers. See docs/labs/lab3-wait1-poll.md.
 */
#include <kunit/test.h>
#include <linux/delay.h>
#include <linux/fs.h>
#include <linux/kthread.h>
#include <linux/poll.h>
#include <linux/sched.h>
#include <linnet/wait1.h>
#include <asm/barrier.h>

static ssize_t put(const char *s, size_t n)
{
	struct file f = { .f_flags = O_NONBLOCK };
	loff_t pos = 0;

	return wait1_fops.write(&f, (const char __user *)s, n, &pos);
}

/* empty the ring, so each test starts from the same state */
static void drain(void)
{
	struct file f = { .f_flags = O_NONBLOCK };
	char buf[64];
	loff_t pos = 0;

	while (wait1_fops.read(&f, (char __user *)buf, sizeof(buf), &pos) > 0)
		;
}

static unsigned int poll_mask(poll_table *pt)
{
	struct file f = { .f_flags = 0 };

	return wait1_fops.poll(&f, pt);
}

static void wait1_poll_empty_test(struct kunit *test)
{
	drain();
	KUNIT_EXPECT_EQ(test, poll_mask(NULL), (unsigned int)(POLLOUT | POLLWRNORM));
}

static void wait1_poll_data_test(struct kunit *test)
{
	drain();
	KUNIT_ASSERT_EQ(test, put("hi", 2), (ssize_t)2);
	KUNIT_EXPECT_EQ(test, poll_mask(NULL),
			(unsigned int)(POLLIN | POLLRDNORM | POLLOUT | POLLWRNORM));
	drain();
}

static void wait1_poll_full_test(struct kunit *test)
{
	static const char bytes[64] =
		"0123456789012345678901234567890123456789012345678901234567890123";

	drain();
	KUNIT_ASSERT_EQ(test, put(bytes, 64), (ssize_t)64);
	KUNIT_EXPECT_EQ(test, poll_mask(NULL), (unsigned int)(POLLIN | POLLRDNORM));
	KUNIT_EXPECT_EQ(test, put("x", 1), (ssize_t)-EAGAIN);
	drain();
}

struct queues {
	poll_table pt;
	int n;
	wait_queue_head_t *wq[4];
};

static void note_queue(struct file *file, wait_queue_head_t *wq, poll_table *pt)
{
	struct queues *q = container_of(pt, struct queues, pt);

	if (q->n < 4)
		q->wq[q->n] = wq;
	q->n++;
}

struct reader {
	struct task_struct *task;
	char c;
	ssize_t ret;
	int done;
};

static int reader_fn(void *arg)
{
	struct reader *r = arg;
	struct file f = { .f_flags = 0 };
	loff_t pos = 0;

	r->ret = wait1_fops.read(&f, (char __user *)&r->c, 1, &pos);
	smp_wmb();
	r->done = 1;
	return 0;
}

static void wait1_poll_registers_test(struct kunit *test)
{
	struct queues q = { .pt = { .qproc = note_queue } };
	struct reader r = {};
	int i;

	drain();
	poll_mask(&q.pt);
	KUNIT_ASSERT_EQ(test, q.n, 2);
	KUNIT_EXPECT_PTR_NE(test, q.wq[0], q.wq[1]);
	/* a blocked reader sleeps on one of the two queues poll() named */
	r.task = kthread_run(reader_fn, &r, "wait1-reader");
	KUNIT_ASSERT_FALSE(test, IS_ERR(r.task));
	msleep(20);
	KUNIT_EXPECT_TRUE(test, waitqueue_active(q.wq[0]) || waitqueue_active(q.wq[1]));
	for (i = 0; i < 20 && !r.done; i++) {
		put("q", 1);
		msleep(10);
	}
	KUNIT_ASSERT_TRUE(test, r.done);
	drain();
}

static void wait1_exclusive_fifo_test(struct kunit *test)
{
	struct reader r[3] = {};
	unsigned long sw1, sw2;
	int i;

	drain();
	for (i = 0; i < 3; i++) {
		r[i].task = kthread_run(reader_fn, &r[i], "wait1-reader%d", i);
		KUNIT_ASSERT_FALSE(test, IS_ERR(r[i].task));
		msleep(20); /* asleep on the queue, in order: 0, then 1, then 2 */
		KUNIT_EXPECT_FALSE(test, r[i].done);
	}
	sw1 = r[1].task->nvcsw;
	sw2 = r[2].task->nvcsw;
	KUNIT_EXPECT_EQ(test, put("x", 1), (ssize_t)1);
	msleep(20);
	/* one byte, one reader woken: the first to sleep; the others never woke */
	KUNIT_EXPECT_TRUE(test, r[0].done && r[0].ret == 1 && r[0].c == 'x');
	KUNIT_EXPECT_FALSE(test, r[1].done);
	KUNIT_EXPECT_FALSE(test, r[2].done);
	if (!r[1].done)
		KUNIT_EXPECT_EQ(test, r[1].task->nvcsw, sw1);
	if (!r[2].done)
		KUNIT_EXPECT_EQ(test, r[2].task->nvcsw, sw2);
	/* two bytes: reader 1 takes one and passes the wake-up on to reader 2 */
	KUNIT_EXPECT_EQ(test, put("yz", 2), (ssize_t)2);
	msleep(20);
	KUNIT_EXPECT_TRUE(test, r[1].done && r[1].c == 'y');
	KUNIT_EXPECT_TRUE(test, r[2].done && r[2].c == 'z');
	/* whatever happened, release every reader before the stack goes */
	for (i = 0; i < 20 && !(r[0].done && r[1].done && r[2].done); i++) {
		put("q", 1);
		msleep(10);
	}
	KUNIT_ASSERT_TRUE(test, r[0].done && r[1].done && r[2].done);
	drain();
}

static struct kunit_case wait1_cases[] = {
	KUNIT_CASE(wait1_poll_empty_test),     KUNIT_CASE(wait1_poll_data_test),
	KUNIT_CASE(wait1_poll_full_test),      KUNIT_CASE(wait1_poll_registers_test),
	KUNIT_CASE(wait1_exclusive_fifo_test), {}
};

static struct kunit_suite wait1_suite = {
	.name = "wait1",
	.test_cases = wait1_cases,
};
kunit_test_suite(wait1_suite);
