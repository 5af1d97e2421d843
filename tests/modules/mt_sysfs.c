/*
 * mt_sysfs.c - a driver written the way LDD3 and today's tutorials write
 * one: a class with a device (class_create, device_create), a file of its
 * own in the device's sysfs directory (DEVICE_ATTR + device_create_file),
 * a parameter writable through /sys/module/mt_sysfs/parameters, and a
 * debugfs directory with a u32 and a file of its own operations.
 *
 *   /sys/class/mt_sysfs/mt_sysfs0/value        read: "<value>\n", write: a number
 *   /sys/module/mt_sysfs/parameters/step       0644 int
 *   /sys/module/mt_sysfs/parameters/label      0644 charp
 *   /sys/kernel/debug/mt_sysfs/count           debugfs_create_u32
 *   /sys/kernel/debug/mt_sysfs/hello           "hello from mt_sysfs\n"
 *
 * Writing a number to value adds step to it; writing anything else is
 * -EINVAL; every write counts in count. Unloading takes all of it away.
 * tests/kernel/sysfs_test.c loads it and checks each file.
 */
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/device.h>
#include <linux/debugfs.h>
#include <linux/fs.h>
#include <linux/err.h>
#include <linux/kdev_t.h>

static int step = 1;
module_param(step, int, 0644);
MODULE_PARM_DESC(step, "what a write adds to value");
static char *label = "none";
module_param(label, charp, 0644);
MODULE_PARM_DESC(label, "a name, to read back");

static struct class *mt_class;
static struct device *mt_dev;
static struct dentry *mt_dir;
static u32 mt_count;
static long mt_value;

static ssize_t value_show(struct device *dev, struct device_attribute *attr, char *buf)
{
	return sprintf(buf, "%ld\n", mt_value);
}

static ssize_t value_store(struct device *dev, struct device_attribute *attr, const char *buf,
			   size_t count)
{
	long v;

	mt_count++;
	if (kstrtol(buf, 0, &v))
		return -EINVAL;
	mt_value = v + step;
	return count;
}

static DEVICE_ATTR(value, 0644, value_show, value_store);

static ssize_t hello_read(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	static const char msg[] = "hello from mt_sysfs\n";

	return simple_read_from_buffer(buf, count, ppos, msg, sizeof(msg) - 1);
}

static const struct file_operations hello_fops = {
	.owner = THIS_MODULE,
	.read = hello_read,
};

static int __init mt_sysfs_init(void)
{
	int err;

	mt_class = class_create(THIS_MODULE, "mt_sysfs");
	if (IS_ERR(mt_class))
		return PTR_ERR(mt_class);
	/* no device number: a sysfs directory, no /dev node */
	mt_dev = device_create(mt_class, NULL, MKDEV(0, 0), NULL, "mt_sysfs%d", 0);
	if (IS_ERR(mt_dev)) {
		err = PTR_ERR(mt_dev);
		goto out_class;
	}
	err = device_create_file(mt_dev, &dev_attr_value);
	if (err)
		goto out_dev;
	mt_dir = debugfs_create_dir("mt_sysfs", NULL);
	if (!mt_dir || !debugfs_create_u32("count", 0644, mt_dir, &mt_count) ||
	    !debugfs_create_file("hello", 0444, mt_dir, NULL, &hello_fops)) {
		err = -ENOMEM;
		goto out_debugfs;
	}
	return 0;
out_debugfs:
	debugfs_remove_recursive(mt_dir);
	device_remove_file(mt_dev, &dev_attr_value);
out_dev:
	device_unregister(mt_dev);
out_class:
	class_destroy(mt_class);
	return err;
}

static void __exit mt_sysfs_exit(void)
{
	debugfs_remove_recursive(mt_dir);
	device_remove_file(mt_dev, &dev_attr_value);
	device_unregister(mt_dev);
	class_destroy(mt_class);
}

module_init(mt_sysfs_init);
module_exit(mt_sysfs_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("A class device with a sysfs attribute, a parameter and debugfs files");
