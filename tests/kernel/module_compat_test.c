/*
 * module_compat_test.c - a Linux book's first module, built into Linnet.
 *
 * The top half of this file is written exactly as a Linux textbook writes
 * a "hello" module with parameters and a character device: the
 * #include lines, module_param(), module_init(), MODULE_LICENSE(),
 * .owner = THIS_MODULE, copy_to_user(). It compiles unchanged and, as a
 * built-in Linux driver does, its init runs once at boot. The KUnit
 * suite below checks that it did, that its parameters are set from the
 * command line as "module_compat_test.howmany=3", and that its device
 * works through the character-device layer.
 */
#include <linux/init.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>

MODULE_LICENSE("Dual BSD/GPL");
MODULE_AUTHOR("A student");
MODULE_DESCRIPTION("Hello, with parameters and a device");

static int howmany = 1;
static char *whom = "world";
module_param(howmany, int, S_IRUGO);
module_param(whom, charp, S_IRUGO);

static int hello_init_calls;

static ssize_t hello_read(struct file *filp, char __user *buf, size_t count, loff_t *f_pos)
{
	char msg[64];
	size_t len = scnprintf(msg, sizeof(msg), "Hello, %s\n", whom);

	if (*f_pos >= len)
		return 0;
	if (count > len - *f_pos)
		count = len - *f_pos;
	if (copy_to_user(buf, msg + *f_pos, count))
		return -EFAULT;
	*f_pos += count;
	return count;
}

static const struct file_operations hello_fops = {
	.owner = THIS_MODULE,
	.read = hello_read,
	.llseek = no_llseek,
};

static int __init hello_init(void)
{
	int i;

	for (i = 0; i < howmany; i++)
		printk(KERN_DEBUG "Hello, %s\n", whom);
	hello_init_calls++;
	return 0;
}

static void __exit hello_exit(void)
{
	printk(KERN_DEBUG "Goodbye, %s\n", whom);
}

module_init(hello_init);
module_exit(hello_exit);

/* ---- the tests ---- */
#include <kunit/test.h>

static void module_init_ran_once_test(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, hello_init_calls, 1);
}

static void module_params_test(struct kunit *test)
{
	kunit_info(test, "howmany=%d whom=%s", howmany, whom);
	KUNIT_EXPECT_GE(test, howmany, 1);
	KUNIT_EXPECT_NOT_NULL(test, whom);
}

static void module_param_parsers_test(struct kunit *test)
{
	int v = 5;
	bool b = false;
	char *s = NULL;
	struct kernel_param kp = { .name = "t.v", .arg = &v };

	KUNIT_EXPECT_EQ(test, param_set_int("0x10", &kp), 0);
	KUNIT_EXPECT_EQ(test, v, 16);
	KUNIT_EXPECT_EQ(test, param_set_int("12abc", &kp), -EINVAL);
	KUNIT_EXPECT_EQ(test, v, 16);
	/* 2.6.32: any value that is not a number of the type is -EINVAL */
	KUNIT_EXPECT_EQ(test, param_set_int("99999999999", &kp), -EINVAL);
	kp.arg = &b;
	KUNIT_EXPECT_EQ(test, param_set_bool(NULL, &kp), 0);
	KUNIT_EXPECT_TRUE(test, b);
	KUNIT_EXPECT_EQ(test, param_set_bool("n", &kp), 0);
	KUNIT_EXPECT_FALSE(test, b);
	KUNIT_EXPECT_EQ(test, param_set_invbool("n", &kp), 0);
	KUNIT_EXPECT_TRUE(test, b);
	kp.arg = &s;
	KUNIT_EXPECT_EQ(test, param_set_charp("text", &kp), 0);
	KUNIT_EXPECT_STREQ(test, s, "text");
}

static void module_device_read_test(struct kunit *test)
{
	char want[64], buf[64];
	struct file *f;
	loff_t pos = 0;
	ssize_t n;
	int major = register_chrdev(0, "hello", &hello_fops);

	KUNIT_ASSERT_GT(test, major, 0);
	f = filp_open("hello", O_RDONLY, 0);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, f);
	n = vfs_read(f, (char __user *)buf, sizeof(buf), &f->f_pos);
	scnprintf(want, sizeof(want), "Hello, %s\n", whom);
	KUNIT_EXPECT_EQ(test, n, (ssize_t)strlen(want));
	KUNIT_EXPECT_MEMEQ(test, buf, want, strlen(want));
	KUNIT_EXPECT_EQ(test, vfs_read(f, (char __user *)buf, sizeof(buf), &f->f_pos), 0);
	KUNIT_EXPECT_EQ(test, hello_fops.llseek(f, 0, 0), (loff_t)-ESPIPE);
	KUNIT_EXPECT_EQ(test, copy_to_user((char __user *)NULL, buf, 4), 4UL);
	KUNIT_EXPECT_EQ(test, hello_read(f, (char __user *)NULL + 8, 4, &pos), -EFAULT);
	filp_close(f, NULL);
	unregister_chrdev(major, "hello");
}

static struct kunit_case module_compat_cases[] = { KUNIT_CASE(module_init_ran_once_test),
						   KUNIT_CASE(module_params_test),
						   KUNIT_CASE(module_param_parsers_test),
						   KUNIT_CASE(module_device_read_test),
						   {} };

static struct kunit_suite module_compat_suite = {
	.name = "module_compat",
	.test_cases = module_compat_cases,
};
kunit_test_suite(module_compat_suite);
