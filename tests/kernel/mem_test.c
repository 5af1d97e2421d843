/*
 * mem_test.c - /dev through devtmpfs: the nodes appear when drivers
 * register, and major 1's devices do what Linux's do (drivers/char/mem.c),
 * reached through the VFS and chrdev_open.
 */
#include <kunit/test.h>
#include <linux/fs.h>
#include <linux/fcntl.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/stat.h>
#include <linux/string.h>
#include <linux/miscdevice.h>
#include <linux/init_syscalls.h>

static char buf[256];

static struct file *open_dev(struct kunit *test, const char *path, int flags)
{
	struct file *f = filp_open(path, flags, 0);

	KUNIT_ASSERT_FALSE_MSG(test, IS_ERR(f), "%s: %ld", path, PTR_ERR(f));
	return f;
}

static void mem_null_zero_full_test(struct kunit *test)
{
	struct file *f = open_dev(test, "/dev/null", O_RDWR);

	KUNIT_EXPECT_EQ(test, vfs_read(f, buf, sizeof(buf), &f->f_pos), 0);
	KUNIT_EXPECT_EQ(test, vfs_write(f, "gone", 4, &f->f_pos), 4);
	filp_close(f, NULL);
	f = open_dev(test, "/dev/zero", O_RDONLY);
	memset(buf, 0x55, sizeof(buf));
	KUNIT_EXPECT_EQ(test, vfs_read(f, buf, sizeof(buf), &f->f_pos), (ssize_t)sizeof(buf));
	KUNIT_EXPECT_PTR_EQ(test, memchr_inv(buf, 0, sizeof(buf)), NULL);
	filp_close(f, NULL);
	f = open_dev(test, "/dev/full", O_RDWR);
	KUNIT_EXPECT_EQ(test, vfs_write(f, "x", 1, &f->f_pos), -ENOSPC);
	KUNIT_EXPECT_EQ(test, vfs_read(f, buf, 8, &f->f_pos), 8);
	filp_close(f, NULL);
}

static void mem_urandom_kmsg_test(struct kunit *test)
{
	struct file *f = open_dev(test, "/dev/urandom", O_RDONLY);

	memset(buf, 0, sizeof(buf));
	KUNIT_EXPECT_EQ(test, vfs_read(f, buf, sizeof(buf), &f->f_pos), (ssize_t)sizeof(buf));
	KUNIT_EXPECT_PTR_NE(test, memchr_inv(buf + 200, 0, 56), NULL);
	filp_close(f, NULL);
	f = open_dev(test, "/dev/kmsg", O_WRONLY);
	KUNIT_EXPECT_EQ(test, vfs_write(f, "kmsg: hello from mem_test\n", 26, &f->f_pos), 26);
	filp_close(f, NULL);
}

/*
 * The nodes of the drivers registered by initcalls are in devtmpfs. (The
 * console, ttyS0 and wait1 register after the tests, in
 * console_drivers_init; the shell checks use their nodes.)
 */
static void devtmpfs_nodes_test(struct kunit *test)
{
	static const char *const nodes[] = { "/dev/null",   "/dev/zero",    "/dev/full",
					     "/dev/random", "/dev/urandom", "/dev/kmsg" };
	struct kstat st;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(nodes); i++) {
		KUNIT_EXPECT_EQ_MSG(test, init_stat(nodes[i], &st, 0), 0, "%s", nodes[i]);
		KUNIT_EXPECT_TRUE_MSG(test, S_ISCHR(st.mode), "%s", nodes[i]);
	}
	KUNIT_EXPECT_EQ(test, init_stat("/dev/mem", &st, 0), -ENOENT);
	KUNIT_EXPECT_EQ(test, init_stat("/dev/null", &st, 0), 0);
	KUNIT_EXPECT_EQ(test, st.rdev, MKDEV(1, 3));
	/* mknod works too, as in any ramfs */
	KUNIT_EXPECT_EQ(test,
			init_mknod("/dev/kt_null", S_IFCHR | 0600, new_encode_dev(MKDEV(1, 3))), 0);
	KUNIT_EXPECT_EQ(test, init_unlink("/dev/kt_null"), 0);
}

static ssize_t kt_misc_read(struct file *file, char __user *b, size_t n, loff_t *pos)
{
	return 0;
}

static const struct file_operations kt_misc_fops = { .read = kt_misc_read };

KUNIT_DEFINE_ACTION_WRAPPER(misc_deregister_action, misc_deregister, struct miscdevice *);

/*
 * The device is static and deregistered by a KUnit action, so a case
 * ended early (a failed assertion, an allocation failed on purpose by
 * fault injection) leaves no dangling entry on misc_list.
 */
static void misc_node_test(struct kunit *test)
{
	static struct miscdevice m;
	struct kstat st;
	struct file *f;

	m = (struct miscdevice){ .minor = MISC_DYNAMIC_MINOR,
				 .name = "kt_misc",
				 .fops = &kt_misc_fops };
	KUNIT_ASSERT_EQ(test, misc_register(&m), 0);
	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test, misc_deregister_action, &m), 0);
	KUNIT_EXPECT_EQ(test, init_stat("/dev/kt_misc", &st, 0), 0);
	KUNIT_EXPECT_EQ(test, st.rdev, MKDEV(MISC_MAJOR, m.minor));
	f = open_dev(test, "/dev/kt_misc", O_RDONLY);
	KUNIT_EXPECT_PTR_EQ(test, f->f_op, &kt_misc_fops); /* chrdev_open, then misc_open */
	filp_close(f, NULL);
	kunit_release_action(test, misc_deregister_action, &m);
	KUNIT_EXPECT_EQ(test, init_stat("/dev/kt_misc", &st, 0), -ENOENT);
}

static struct kunit_case mem_cases[] = { KUNIT_CASE(mem_null_zero_full_test),
					 KUNIT_CASE(mem_urandom_kmsg_test),
					 KUNIT_CASE(devtmpfs_nodes_test),
					 KUNIT_CASE(misc_node_test),
					 {} };

static struct kunit_suite mem_suite = {
	.name = "devtmpfs",
	.test_cases = mem_cases,
};
kunit_test_suite(mem_suite);
