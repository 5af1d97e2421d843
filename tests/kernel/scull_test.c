/*
 * scull_test.c - lab 6's grader: the scull module (tests/modules/scull.c)
 * loads, registers its devices with nodes /dev/scull0 and /dev/scull1 on
 * a major of its own, keeps each device's data apart, and unloads
 * leaving no node, no major and no cdev behind, so it loads again.
 * The module is loaded from the image built into the kernel (as
 * module_test.c loads its modules). See docs/labs/lab6-module-chardev.md.
 */
#include <kunit/test.h>
#include <linux/err.h>
#include <linux/fcntl.h>
#include <linux/fs.h>
#include <linux/init_syscalls.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/stat.h>
#include <linux/string.h>

extern const char __blob_scull_start[], __blob_scull_end[];

static long load_scull(void)
{
	return load_module_image(__blob_scull_start, __blob_scull_end - __blob_scull_start,
				 "scull_nr_devs=2");
}

static ssize_t rw(const char *path, bool write, char *buf, size_t n)
{
	struct file *f = filp_open(path, write ? O_WRONLY : O_RDONLY, 0);
	ssize_t r;

	if (IS_ERR(f))
		return PTR_ERR(f);
	r = write ? vfs_write(f, (const char __user *)buf, n, &f->f_pos) :
		    vfs_read(f, (char __user *)buf, n, &f->f_pos);
	filp_close(f, NULL);
	return r;
}

/* The device number of @path's node, or 0 if there is none */
static dev_t node_rdev(const char *path)
{
	struct kstat st;

	return init_stat(path, &st, 0) == 0 && S_ISCHR(st.mode) ? st.rdev : 0;
}

/* Unload scull if the case left it loaded (an unloaded one answers -ENOENT) */
static void unload_scull(void *unused)
{
	unload_module("scull", 0);
}

/*
 * Each case loads its own scull and unloads it however it ends, so a case
 * that stops early (an allocation made to fail under fault injection)
 * leaves no module, node or major to the next one.
 */
static void scull_loaded(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, load_scull(), 0L);
	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test, unload_scull, NULL), 0);
}

static void scull_load_test(struct kunit *test)
{
	dev_t d0, d1;

	scull_loaded(test);
	d0 = node_rdev("/dev/scull0");
	d1 = node_rdev("/dev/scull1");
	/* two minors of one dynamically allocated major */
	KUNIT_EXPECT_NE(test, MAJOR(d0), 0U);
	KUNIT_EXPECT_EQ(test, MAJOR(d1), MAJOR(d0));
	KUNIT_EXPECT_EQ(test, MINOR(d0), 0U);
	KUNIT_EXPECT_EQ(test, MINOR(d1), 1U);
	KUNIT_EXPECT_EQ(test, node_rdev("/dev/scull2"), (dev_t)0);
}

static void scull_write_read_test(struct kunit *test)
{
	char buf[32] = "";

	scull_loaded(test);
	KUNIT_EXPECT_EQ(test, rw("/dev/scull0", true, "hello, scull", 12), (ssize_t)12);
	KUNIT_EXPECT_EQ(test, rw("/dev/scull0", false, buf, sizeof(buf)), (ssize_t)12);
	KUNIT_EXPECT_TRUE(test, !memcmp(buf, "hello, scull", 12));
}

static void scull_two_devices_test(struct kunit *test)
{
	char buf[32] = "";

	scull_loaded(test);
	KUNIT_EXPECT_EQ(test, rw("/dev/scull0", true, "hello, scull", 12), (ssize_t)12);
	KUNIT_EXPECT_EQ(test, rw("/dev/scull1", true, "second", 6), (ssize_t)6);
	KUNIT_EXPECT_EQ(test, rw("/dev/scull1", false, buf, sizeof(buf)), (ssize_t)6);
	KUNIT_EXPECT_TRUE(test, !memcmp(buf, "second", 6));
	memset(buf, 0, sizeof(buf));
	KUNIT_EXPECT_EQ(test, rw("/dev/scull0", false, buf, sizeof(buf)), (ssize_t)12);
	KUNIT_EXPECT_TRUE(test, !memcmp(buf, "hello, scull", 12));
}

static void scull_unload_test(struct kunit *test)
{
	struct kstat st;

	scull_loaded(test);
	KUNIT_ASSERT_EQ(test, unload_module("scull", 0), 0L);
	KUNIT_EXPECT_EQ(test, init_stat("/dev/scull0", &st, 0), -ENOENT);
	KUNIT_EXPECT_EQ(test, init_stat("/dev/scull1", &st, 0), -ENOENT);
}

static void scull_reload_test(struct kunit *test)
{
	char buf[32] = "";

	scull_loaded(test);
	KUNIT_EXPECT_EQ(test, rw("/dev/scull0", true, "first", 5), (ssize_t)5);
	KUNIT_ASSERT_EQ(test, unload_module("scull", 0), 0L);
	KUNIT_ASSERT_EQ(test, load_scull(), 0L);
	/* a new module, new devices: nothing left from the first load */
	KUNIT_EXPECT_EQ(test, rw("/dev/scull0", false, buf, sizeof(buf)), (ssize_t)0);
	KUNIT_EXPECT_EQ(test, rw("/dev/scull0", true, "again", 5), (ssize_t)5);
	KUNIT_EXPECT_EQ(test, rw("/dev/scull0", false, buf, sizeof(buf)), (ssize_t)5);
	KUNIT_EXPECT_EQ(test, unload_module("scull", 0), 0L);
	KUNIT_EXPECT_EQ(test, node_rdev("/dev/scull0"), (dev_t)0);
}

static struct kunit_case scull_cases[] = {
	KUNIT_CASE(scull_load_test),	    KUNIT_CASE(scull_write_read_test),
	KUNIT_CASE(scull_two_devices_test), KUNIT_CASE(scull_unload_test),
	KUNIT_CASE(scull_reload_test),	    {}
};

static struct kunit_suite scull_suite = {
	.name = "scull",
	.test_cases = scull_cases,
};
kunit_test_suite(scull_suite);
