/*
 * mqueue_test.c - POSIX message queues (ipc/mqueue.c) driven through
 * their system calls from the kernel, with kernel buffers (KERNEL_DS):
 * a long pseudo-random run of priorities comes out highest first and in
 * sending order within a priority (msg_insert's sorted array), a full
 * queue and an empty one answer -EAGAIN under O_NONBLOCK, and unlinking
 * and closing a queue gives its RLIMIT_MSGQUEUE charge back to the user
 * (user_struct.mq_bytes), which no user program can see directly; root
 * may pass msg_max up to HARD_MSGMAX but no further, and attributes whose
 * charge would overflow are -EINVAL.
 * See docs/ipc.md, "POSIX message queues".
 */
#include <kunit/test.h>
#include <linux/mqueue.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/sched.h>
#include <linux/cred.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <linux/string.h>
#include <linux/kernel.h>
#include <linux/capability.h>

#define NAME "kunit-mq"
#define NMSG 64

struct kmsg {
	int seq; /* sending order */
	unsigned int prio;
};

/* Run @fn's system calls with kernel pointers */
static mm_segment_t kernel_ds(void)
{
	mm_segment_t old = get_fs();

	set_fs(KERNEL_DS);
	return old;
}

static long open_queue(long maxmsg, long msgsize)
{
	struct mq_attr attr = { .mq_maxmsg = maxmsg, .mq_msgsize = msgsize };

	return sys_mq_open(NAME, O_RDWR | O_CREAT | O_EXCL | O_NONBLOCK, 0600, &attr);
}

static void mq_priority_order_test(struct kunit *test)
{
	mm_segment_t old = kernel_ds();
	unsigned int seed = 12345, prio, last_prio = MQ_PRIO_MAX;
	int i, last_seq[8], fd;
	struct kmsg m;

	fd = open_queue(NMSG, sizeof(m));
	KUNIT_ASSERT_GE(test, fd, 0);
	for (i = 0; i < NMSG; i++) {
		seed = seed * 1103515245 + 12345;
		m.seq = i;
		m.prio = (seed >> 16) % 8 * 1000; /* eight priorities, each many times */
		KUNIT_EXPECT_EQ(test, sys_mq_timedsend(fd, (char *)&m, sizeof(m), m.prio, NULL), 0);
	}
	KUNIT_EXPECT_EQ(test, sys_mq_timedsend(fd, (char *)&m, sizeof(m), 0, NULL), -EAGAIN);
	memset(last_seq, -1, sizeof(last_seq));
	for (i = 0; i < NMSG; i++) {
		KUNIT_ASSERT_EQ(test, sys_mq_timedreceive(fd, (char *)&m, sizeof(m), &prio, NULL),
				(long)sizeof(m));
		KUNIT_EXPECT_EQ(test, prio, m.prio);
		KUNIT_EXPECT_LE(test, prio, last_prio); /* highest first */
		KUNIT_EXPECT_GT(test, m.seq, last_seq[prio / 1000]); /* FIFO within one */
		last_seq[prio / 1000] = m.seq;
		last_prio = prio;
	}
	KUNIT_EXPECT_EQ(test, sys_mq_timedreceive(fd, (char *)&m, sizeof(m), &prio, NULL), -EAGAIN);
	KUNIT_EXPECT_EQ(test, sys_mq_unlink(NAME), 0);
	sys_close(fd);
	set_fs(old);
}

static void mq_charge_returned_test(struct kunit *test)
{
	mm_segment_t old = kernel_ds();
	struct user_struct *u = alloc_uid(current_uid(), GFP_KERNEL);
	unsigned long before;
	long fd;

	KUNIT_ASSERT_NOT_NULL(test, u);
	before = u->mq_bytes;
	fd = open_queue(4, 100);
	KUNIT_ASSERT_GE(test, fd, 0);
	/* four slot pointers and four messages of 100 bytes */
	KUNIT_EXPECT_EQ(test, u->mq_bytes - before, 4 * sizeof(void *) + 4 * 100);
	KUNIT_EXPECT_EQ(test, sys_mq_unlink(NAME), 0);
	KUNIT_EXPECT_EQ(test, u->mq_bytes - before, 4 * sizeof(void *) + 4 * 100); /* still open */
	sys_close(fd);
	KUNIT_EXPECT_EQ(test, u->mq_bytes, before);
	free_uid(u);
	set_fs(old);
}

/* Root (CAP_SYS_RESOURCE) passes msg_max, not HARD_MSGMAX; the charge may not overflow */
static void mq_attr_limits_test(struct kunit *test)
{
	mm_segment_t old = kernel_ds();
	long fd;

	KUNIT_ASSERT_TRUE(test, capable(CAP_SYS_RESOURCE));
	KUNIT_EXPECT_EQ(test, open_queue(HARD_MSGMAX + 1, 1), -EINVAL);
	KUNIT_EXPECT_EQ(test, open_queue(2, LONG_MAX), -EINVAL); /* 2 * LONG_MAX + 8 wraps */
	KUNIT_EXPECT_EQ(test, open_queue(0, 1), -EINVAL);
	KUNIT_EXPECT_EQ(test, open_queue(1, -1), -EINVAL);
	fd = open_queue(HARD_MSGMAX, 1); /* 32768 pointers and bytes: 160 KiB of the 800 */
	KUNIT_EXPECT_GE(test, fd, 0);
	if (fd >= 0) {
		KUNIT_EXPECT_EQ(test, sys_mq_unlink(NAME), 0);
		sys_close(fd);
	}
	set_fs(old);
}

/*
 * A case cut short (an allocation failslab= made fail after the queue was
 * created, as an open(O_CREAT) leaves its file) may leave the queue
 * behind: the next case would find it there (O_EXCL, -EEXIST).
 */
static int mqueue_test_init(struct kunit *test)
{
	mm_segment_t old = kernel_ds();

	(void)test;
	sys_mq_unlink(NAME);
	set_fs(old);
	return 0;
}

static struct kunit_case mqueue_cases[] = { KUNIT_CASE(mq_priority_order_test),
					    KUNIT_CASE(mq_charge_returned_test),
					    KUNIT_CASE(mq_attr_limits_test),
					    {} };

static struct kunit_suite mqueue_suite = {
	.name = "mqueue",
	.init = mqueue_test_init,
	.test_cases = mqueue_cases,
};
kunit_test_suite(mqueue_suite);
