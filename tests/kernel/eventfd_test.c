/*
 * eventfd_test.c - the kernel's side of eventfd (fs/eventfd.c) and the
 * anonymous files under it (fs/anon_inodes.c): eventfd_signal() adds and
 * wakes with the POLLIN key a poll_table hook sees (the hook epoll uses),
 * the counter outlives its file while a kernel user holds it, and a file
 * that is no eventfd is refused.
 */
#include <kunit/test.h>
#include <linux/anon_inodes.h>
#include <linux/eventfd.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/poll.h>
#include <linux/err.h>
#include <linux/wait.h>

/* A poll_table that hooks one wait entry, recording each wake-up's key */
struct key_hook {
	poll_table pt;
	wait_queue_t wait;
	wait_queue_head_t *head;
	int wakeups;
	unsigned long key;
};

static int key_hook_wake(wait_queue_t *wait, unsigned mode, int sync, void *key)
{
	struct key_hook *h = container_of(wait, struct key_hook, wait);

	h->wakeups++;
	h->key = (unsigned long)key;
	return 0;
}

static void key_hook_queue(struct file *file, wait_queue_head_t *head, poll_table *pt)
{
	struct key_hook *h = container_of(pt, struct key_hook, pt);

	init_waitqueue_func_entry(&h->wait, key_hook_wake);
	h->head = head;
	add_wait_queue(head, &h->wait);
}

static void eventfd_signal_wakes_with_key_test(struct kunit *test)
{
	struct file *file = eventfd_file_create(0, EFD_NONBLOCK);
	struct key_hook h = { .wakeups = 0 };
	struct eventfd_ctx *ctx;

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, file);
	ctx = eventfd_ctx_fileget(file);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, ctx);
	init_poll_funcptr(&h.pt, key_hook_queue);
	KUNIT_EXPECT_EQ(test, file->f_op->poll(file, &h.pt), (unsigned int)POLLOUT);
	KUNIT_ASSERT_NOT_NULL(test, h.head);
	KUNIT_EXPECT_EQ(test, eventfd_signal(ctx, 3), 3);
	KUNIT_EXPECT_EQ(test, h.wakeups, 1);
	KUNIT_EXPECT_EQ(test, h.key, (unsigned long)POLLIN);
	KUNIT_EXPECT_EQ(test, file->f_op->poll(file, NULL), (unsigned int)(POLLIN | POLLOUT));
	KUNIT_EXPECT_EQ(test, eventfd_signal(ctx, -1), -EINVAL);
	KUNIT_EXPECT_EQ(test, h.wakeups, 1);
	remove_wait_queue(h.head, &h.wait);
	fput(file); /* the file goes; the counter stays for its kernel user */
	KUNIT_EXPECT_EQ(test, eventfd_signal(ctx, 2), 2);
	eventfd_ctx_put(ctx);
}

static const struct file_operations plain_fops;

static void anon_inode_file_test(struct kunit *test)
{
	struct file *file = anon_inode_getfile("[test]", &plain_fops, test, O_NONBLOCK | O_CLOEXEC);
	char buf[64], *name;

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, file);
	KUNIT_EXPECT_EQ(test, file->f_flags, (unsigned int)(O_RDWR | O_NONBLOCK));
	KUNIT_EXPECT_TRUE(test, (file->f_mode & (FMODE_READ | FMODE_WRITE)) ==
					(FMODE_READ | FMODE_WRITE));
	KUNIT_EXPECT_PTR_EQ(test, file->private_data, (void *)test);
	name = d_path(&file->f_path, buf, sizeof(buf));
	KUNIT_ASSERT_FALSE(test, IS_ERR(name));
	KUNIT_EXPECT_STREQ(test, name, "anon_inode:[test]");
	KUNIT_EXPECT_EQ(test, file->f_path.dentry->d_inode->i_mode, (umode_t)0600);
	KUNIT_EXPECT_EQ(test, PTR_ERR(eventfd_ctx_fileget(file)), -EINVAL);
	fput(file);
}

static struct kunit_case eventfd_cases[] = { KUNIT_CASE(eventfd_signal_wakes_with_key_test),
					     KUNIT_CASE(anon_inode_file_test),
					     {} };

static struct kunit_suite eventfd_suite = {
	.name = "eventfd",
	.test_cases = eventfd_cases,
};
kunit_test_suite(eventfd_suite);
