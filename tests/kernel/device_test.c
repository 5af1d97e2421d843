/*
 * device_test.c - struct device's life cycle and managed resources.
 *
 * A device is freed by its release() when the last reference goes, not
 * when it is deleted; its managed resources (devm_*) are released when it
 * goes, newest first; kunit_device_register() ties a device to a test
 * case. device_create() gives a device of a class its /dev node and
 * device_destroy() takes it away; /proc/devices lists the regions of
 * device numbers. See docs/drivers-core.md.
 */
#include <kunit/test.h>
#include <kunit/device.h>
#include <linux/device.h>
#include <linux/interrupt.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/namei.h>
#include <linux/cdev.h>
#include <linux/module.h>
#include <linnet/devtmpfs.h>

static int released;

static void count_release(struct device *dev)
{
	released++;
}

static void device_refcount_test(struct kunit *test)
{
	static struct device dev;

	released = 0;
	memset(&dev, 0, sizeof(dev));
	dev.release = count_release;
	dev_set_name(&dev, "linnet%d", 3);
	KUNIT_EXPECT_STREQ(test, dev_name(&dev), "linnet3");
	KUNIT_ASSERT_EQ(test, device_register(&dev), 0);
	KUNIT_EXPECT_PTR_EQ(test, get_device(&dev), &dev);
	device_unregister(&dev); /* deleted, but still referenced */
	KUNIT_EXPECT_EQ(test, released, 0);
	put_device(&dev);
	KUNIT_EXPECT_EQ(test, released, 1);
}

static void device_add_needs_name_test(struct kunit *test)
{
	static struct device dev;

	released = 0;
	memset(&dev, 0, sizeof(dev));
	dev.release = count_release;
	KUNIT_EXPECT_EQ(test, device_register(&dev), -EINVAL);
	put_device(&dev); /* as in Linux, the caller puts even after a failure */
	KUNIT_EXPECT_EQ(test, released, 1);
}

static int order[8], norder;

static void record(void *data)
{
	order[norder++] = (int)(unsigned long)data;
}

static void devres_reverse_order_test(struct kunit *test)
{
	struct device *dev = kunit_device_register(test, "devres-order");
	int i;

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, dev);
	norder = 0;
	for (i = 1; i <= 4; i++)
		KUNIT_ASSERT_EQ(test, devm_add_action(dev, record, (void *)(unsigned long)i), 0);
	devm_release_action(dev, record, (void *)2UL); /* now, and only once */
	devm_remove_action(dev, record, (void *)3UL); /* never */
	KUNIT_EXPECT_EQ(test, norder, 1);
	kunit_device_unregister(test, dev);
	KUNIT_ASSERT_EQ(test, norder, 3);
	KUNIT_EXPECT_EQ(test, order[0], 2);
	KUNIT_EXPECT_EQ(test, order[1], 4); /* newest first */
	KUNIT_EXPECT_EQ(test, order[2], 1);
}

static void devm_kmalloc_test(struct kunit *test)
{
	struct device *dev = kunit_device_register(test, "devres-mem");
	u8 *a, *b;

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, dev);
	a = devm_kzalloc(dev, 100, GFP_KERNEL);
	b = devm_kmalloc_array(dev, 10, 10, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, a);
	KUNIT_ASSERT_NOT_NULL(test, b);
	KUNIT_EXPECT_EQ(test, a[0] | a[50] | a[99], 0);
	KUNIT_EXPECT_EQ(test, list_count_nodes(&dev->devres_head), 2);
	devm_kfree(dev, a);
	KUNIT_EXPECT_EQ(test, list_count_nodes(&dev->devres_head), 1);
	KUNIT_EXPECT_NULL(test, devm_kmalloc_array(dev, 0x10000, 0x10001, GFP_KERNEL));
	KUNIT_EXPECT_EQ(test, devres_release_all(dev), 1); /* b */
	KUNIT_EXPECT_TRUE(test, list_empty(&dev->devres_head));
}

static irqreturn_t nop_handler(int irq, void *dev_id)
{
	return IRQ_NONE;
}

static int irq_cookie;

/* IRQ 5 is free on the PC (LPT2/sound); an unshared line takes one handler. */
static void devm_request_irq_test(struct kunit *test)
{
	struct device *dev = kunit_device_register(test, "devres-irq");

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, dev);
	KUNIT_ASSERT_EQ(test, devm_request_irq(dev, 5, nop_handler, 0, "devres-irq", &irq_cookie),
			0);
	KUNIT_EXPECT_EQ(test, request_irq(5, nop_handler, 0, "other", &released), -EBUSY);
	devm_free_irq(dev, 5, &irq_cookie);
	KUNIT_ASSERT_EQ(test, request_irq(5, nop_handler, 0, "other", &released), 0);
	free_irq(5, &released);
	/* and freed with the device */
	KUNIT_ASSERT_EQ(test, devm_request_irq(dev, 5, nop_handler, 0, "devres-irq", &irq_cookie),
			0);
	kunit_device_unregister(test, dev);
	KUNIT_ASSERT_EQ(test, request_irq(5, nop_handler, 0, "other", &released), 0);
	free_irq(5, &released);
}

static struct device *leaked;

/* The device is left registered: the runner must unregister it ... */
static void kunit_device_left_test(struct kunit *test)
{
	leaked = kunit_device_register(test, "kunit-left");
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, leaked);
	KUNIT_ASSERT_EQ(test, devm_request_irq(leaked, 5, nop_handler, 0, "left", &irq_cookie), 0);
}

/* ... and with it free the interrupt the test never freed. */
static void kunit_device_gone_test(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, request_irq(5, nop_handler, 0, "after", &released), 0);
	free_irq(5, &released);
}

/* The device number /dev/@name has, or a negative errno if it is not there */
static long node_devt(const char *name)
{
	struct path path;
	long ret;
	int err = kern_path(name, 0, &path);

	if (err)
		return err;
	ret = S_ISCHR(path.dentry->d_inode->i_mode) ? (long)path.dentry->d_inode->i_rdev : -EINVAL;
	path_put(&path);
	return ret;
}

/* 240-254 are the majors for local use (Documentation/devices.txt) */
#define TEST_DEVT MKDEV(240, 7)

static void device_create_makes_node_test(struct kunit *test)
{
	struct class *cls = class_create(THIS_MODULE, "kunit-class");
	struct device *dev;

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, cls);
	dev = device_create(cls, NULL, TEST_DEVT, &released, "kunit-dev%d", 7);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, dev);
	KUNIT_EXPECT_STREQ(test, dev_name(dev), "kunit-dev7");
	KUNIT_EXPECT_PTR_EQ(test, dev_get_drvdata(dev), (void *)&released);
	KUNIT_EXPECT_EQ(test, node_devt("/dev/kunit-dev7"), (long)TEST_DEVT);
	device_destroy(cls, TEST_DEVT);
	KUNIT_EXPECT_EQ(test, node_devt("/dev/kunit-dev7"), (long)-ENOENT);
	device_destroy(cls, TEST_DEVT); /* no such device any more: nothing happens */
	class_destroy(cls);
}

/* 0 if /dev/@name is a directory, else a negative errno */
static long dir_exists(const char *name)
{
	struct path path;
	long ret;
	int err = kern_path(name, 0, &path);

	if (err)
		return err;
	ret = S_ISDIR(path.dentry->d_inode->i_mode) ? 0 : -ENOTDIR;
	path_put(&path);
	return ret;
}

/*
 * A name with '/' puts the node in a subdirectory, made on demand; the
 * device's own name keeps a '!' (a sysfs name in 2.6.32). A directory goes
 * with its last node, innermost first, not before.
 */
static void device_create_subdirectory_test(struct kunit *test)
{
	struct class *cls = class_create(THIS_MODULE, "kunit-class");
	struct device *dev;

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, cls);
	dev = device_create(cls, NULL, MKDEV(240, 8), NULL, "kunit-snd/controlC%d", 0);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, dev);
	KUNIT_EXPECT_STREQ(test, dev_name(dev), "kunit-snd!controlC0");
	KUNIT_EXPECT_EQ(test, dir_exists("/dev/kunit-snd"), 0L);
	KUNIT_EXPECT_EQ(test, node_devt("/dev/kunit-snd/controlC0"), (long)MKDEV(240, 8));
	dev = device_create(cls, NULL, MKDEV(240, 9), NULL, "kunit-snd/pcmC0D0p");
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, dev);
	dev = device_create(cls, NULL, MKDEV(240, 10), NULL, "kunit-a/b/c");
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, dev);
	KUNIT_EXPECT_EQ(test, node_devt("/dev/kunit-a/b/c"), (long)MKDEV(240, 10));

	device_destroy(cls, MKDEV(240, 8));
	KUNIT_EXPECT_EQ(test, node_devt("/dev/kunit-snd/controlC0"), (long)-ENOENT);
	KUNIT_EXPECT_EQ(test, dir_exists("/dev/kunit-snd"), 0L); /* pcmC0D0p is still in it */
	device_destroy(cls, MKDEV(240, 9));
	KUNIT_EXPECT_EQ(test, dir_exists("/dev/kunit-snd"), (long)-ENOENT);
	device_destroy(cls, MKDEV(240, 10));
	KUNIT_EXPECT_EQ(test, dir_exists("/dev/kunit-a/b"), (long)-ENOENT);
	KUNIT_EXPECT_EQ(test, dir_exists("/dev/kunit-a"), (long)-ENOENT);
	class_destroy(cls);
}

/* A directory that holds something else (a node made by hand) stays */
static void device_destroy_keeps_busy_directory_test(struct kunit *test)
{
	struct class *cls = class_create(THIS_MODULE, "kunit-class");
	struct device *dev;

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, cls);
	dev = device_create(cls, NULL, MKDEV(240, 11), NULL, "kunit-d/e/node");
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, dev);
	KUNIT_ASSERT_EQ(test, devtmpfs_create_node("kunit-d/other", 0, MKDEV(240, 12)), 0);
	device_destroy(cls, MKDEV(240, 11));
	KUNIT_EXPECT_EQ(test, dir_exists("/dev/kunit-d/e"), (long)-ENOENT);
	KUNIT_EXPECT_EQ(test, dir_exists("/dev/kunit-d"), 0L);
	KUNIT_EXPECT_EQ(test, devtmpfs_delete_node("kunit-d/other"), 0);
	KUNIT_EXPECT_EQ(test, dir_exists("/dev/kunit-d"), (long)-ENOENT);
	class_destroy(cls);
}

/* The class's devnode() names the node, as 2.6.32's input class gives "input/NAME" */
static char *kunit_input_devnode(struct device *dev, mode_t *mode)
{
	char *name = kmalloc(DEVICE_NAME_SIZE + 16, GFP_KERNEL);

	*mode = 0644;
	if (name)
		snprintf(name, DEVICE_NAME_SIZE + 16, "kunit-input/%s", dev_name(dev));
	return name;
}

static void class_devnode_test(struct kunit *test)
{
	struct class *cls = class_create(THIS_MODULE, "kunit-input");
	struct device *dev;
	struct path path;

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, cls);
	cls->devnode = kunit_input_devnode;
	dev = device_create(cls, NULL, MKDEV(240, 13), NULL, "mice");
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, dev);
	KUNIT_EXPECT_STREQ(test, dev_name(dev), "mice");
	KUNIT_EXPECT_EQ(test, node_devt("/dev/kunit-input/mice"), (long)MKDEV(240, 13));
	KUNIT_EXPECT_EQ(test, node_devt("/dev/mice"), (long)-ENOENT);
	if (!kern_path("/dev/kunit-input/mice", 0, &path)) {
		KUNIT_EXPECT_EQ(test, path.dentry->d_inode->i_mode & 07777, 0644);
		path_put(&path);
	}
	device_destroy(cls, MKDEV(240, 13));
	KUNIT_EXPECT_EQ(test, dir_exists("/dev/kunit-input"), (long)-ENOENT);
	class_destroy(cls);
}

static void device_create_bad_class_test(struct kunit *test)
{
	struct device *dev = device_create(ERR_PTR(-ENOMEM), NULL, TEST_DEVT, NULL, "kunit-bad");

	KUNIT_EXPECT_EQ(test, PTR_ERR(dev), -ENODEV);
	KUNIT_EXPECT_EQ(test, node_devt("/dev/kunit-bad"), (long)-ENOENT);
	class_destroy(ERR_PTR(-ENOMEM)); /* as Linux's, ignores an error pointer */
}

/* A device of a class without its own release() is freed by the class's dev_release */
static void class_dev_release(struct device *dev)
{
	released++;
}

static void class_dev_release_test(struct kunit *test)
{
	static struct class cls = { .name = "kunit-static", .dev_release = class_dev_release };
	static struct device dev;

	released = 0;
	KUNIT_ASSERT_EQ(test, class_register(&cls), 0);
	memset(&dev, 0, sizeof(dev));
	device_initialize(&dev);
	dev.class = &cls;
	dev_set_name(&dev, "kunit-nodevt");
	KUNIT_ASSERT_EQ(test, device_add(&dev), 0);
	KUNIT_EXPECT_FALSE(test, list_empty(&cls.devices));
	device_unregister(&dev);
	KUNIT_EXPECT_TRUE(test, list_empty(&cls.devices));
	KUNIT_EXPECT_EQ(test, released, 1);
	class_unregister(&cls);
}

static char devices_text[2048];

static void devices_print(void *arg, const char *fmt, ...)
{
	size_t len = strlen(devices_text);
	va_list args;

	va_start(args, fmt);
	vsnprintf(devices_text + len, sizeof(devices_text) - len, fmt, args);
	va_end(args);
}

static const char *proc_devices(void)
{
	devices_text[0] = '\0';
	chrdev_show(devices_print, NULL);
	return devices_text;
}

/* /proc/devices lists regions from both calls, by major, as 2.6.32's chrdev_show */
static void proc_devices_regions_test(struct kunit *test)
{
	dev_t dyn;
	char line[32];

	KUNIT_ASSERT_EQ(test, alloc_chrdev_region(&dyn, 0, 2, "kunit-dyn"), 0);
	KUNIT_ASSERT_EQ(test, register_chrdev_region(MKDEV(241, 0), 4, "kunit-fixed"), 0);
	KUNIT_EXPECT_NOT_NULL(test, strstr(proc_devices(), "\n241 kunit-fixed\n"));
	snprintf(line, sizeof(line), "\n%3u kunit-dyn\n", MAJOR(dyn));
	KUNIT_EXPECT_NOT_NULL(test, strstr(devices_text, line));
	/* by major: the fixed 241 comes before the dynamic ones, which count down from 234+ */
	KUNIT_EXPECT_TRUE(
		test, MAJOR(dyn) < 241 ?
			      strstr(devices_text, line) < strstr(devices_text, "241 kunit-fixed") :
			      strstr(devices_text, line) > strstr(devices_text, "241 kunit-fixed"));
	unregister_chrdev_region(MKDEV(241, 0), 4);
	unregister_chrdev_region(dyn, 2);
	KUNIT_EXPECT_NULL(test, strstr(proc_devices(), "kunit-"));
}

static struct kunit_case device_cases[] = {
	KUNIT_CASE(device_create_makes_node_test),
	KUNIT_CASE(device_create_bad_class_test),
	KUNIT_CASE(class_dev_release_test),
	KUNIT_CASE(proc_devices_regions_test),
	KUNIT_CASE(device_refcount_test),
	KUNIT_CASE(device_add_needs_name_test),
	KUNIT_CASE(devres_reverse_order_test),
	KUNIT_CASE(devm_kmalloc_test),
	KUNIT_CASE(devm_request_irq_test),
	KUNIT_CASE(kunit_device_left_test),
	KUNIT_CASE(kunit_device_gone_test),
	KUNIT_CASE(device_create_subdirectory_test),
	KUNIT_CASE(device_destroy_keeps_busy_directory_test),
	KUNIT_CASE(class_devnode_test),
	{},
};

static struct kunit_suite device_suite = {
	.name = "device",
	.test_cases = device_cases,
};
kunit_test_suite(device_suite);
