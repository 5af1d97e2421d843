/*
 * classdev.c - a driver with a class: its /dev nodes come and go with it.
 *
 * A driver gets a /dev node the way Linux 2.6.32's do: it makes a class
 * (class_create: a kind of device, here "classdev") and in it one device
 * per minor with device_create(); the driver core gives each device with
 * a number its node, /dev/classdev0, /dev/classdev1..., through devtmpfs
 * (drivers/base/core.c:device_add). rmmod runs the exit, whose
 * device_destroy() calls take the nodes away again. This is the shape of
 * 2.6.32's lp.c: register_chrdev for the major, then a class and a device
 * per minor.
 *
 *   insmod classdev.ko ndevs=3   ->  /dev/classdev0 1 2   (major M, minors 0 1 2)
 *   cat /dev/classdev1           ->  classdev1: minor 1 of 3, read 1 times
 *   rmmod classdev               ->  the nodes are gone
 *
 * Linux has no node for register_chrdev alone; Linnet also makes
 * /dev/classdev for it (fs/char_dev.c says why). See docs/modules.md and
 * docs/drivers-core.md.
 */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/fs.h>
#include <linux/device.h>
#include <linux/err.h>
#include <linux/kdev_t.h>
#include <linux/mutex.h>
#include <linux/uaccess.h>

#define CLASSDEV_MAX 4

static int ndevs = 2;
module_param(ndevs, int, 0444);
MODULE_PARM_DESC(ndevs, "how many devices (1-4), each a minor with its node");

static int classdev_major;
static struct class *classdev_class;
static DEFINE_MUTEX(classdev_lock);
static unsigned int classdev_reads[CLASSDEV_MAX];

/* Which device: the node's minor, kept for read */
static int classdev_open(struct inode *inode, struct file *file)
{
	if (iminor(inode) >= (unsigned int)ndevs)
		return -ENXIO;
	file->private_data = (void *)(unsigned long)iminor(inode);
	return 0;
}

static ssize_t classdev_read(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	unsigned int minor = (unsigned long)file->private_data;
	unsigned int reads;
	char text[64];
	size_t len;

	mutex_lock(&classdev_lock);
	if (*ppos == 0)
		classdev_reads[minor]++;
	reads = classdev_reads[minor];
	mutex_unlock(&classdev_lock);
	len = scnprintf(text, sizeof(text), "classdev%u: minor %u of %d, read %u times\n", minor,
			minor, ndevs, reads);
	if (*ppos >= len)
		return 0;
	if (count > len - *ppos)
		count = len - *ppos;
	if (copy_to_user(buf, text + *ppos, count))
		return -EFAULT;
	*ppos += count;
	return count;
}

static const struct file_operations classdev_fops = {
	.owner = THIS_MODULE,
	.open = classdev_open,
	.read = classdev_read,
};

/* Undo the first @made devices, the class and the major */
static void classdev_teardown(int made)
{
	while (made--)
		device_destroy(classdev_class, MKDEV(classdev_major, made));
	class_destroy(classdev_class);
	unregister_chrdev(classdev_major, "classdev");
}

static int __init classdev_init(void)
{
	struct device *dev;
	int i;

	if (ndevs < 1 || ndevs > CLASSDEV_MAX)
		return -EINVAL;
	classdev_major = register_chrdev(0, "classdev", &classdev_fops);
	if (classdev_major < 0)
		return classdev_major;
	classdev_class = class_create(THIS_MODULE, "classdev");
	if (IS_ERR(classdev_class)) {
		unregister_chrdev(classdev_major, "classdev");
		return PTR_ERR(classdev_class);
	}
	for (i = 0; i < ndevs; i++) {
		dev = device_create(classdev_class, NULL, MKDEV(classdev_major, i), NULL,
				    "classdev%d", i);
		if (IS_ERR(dev)) {
			classdev_teardown(i);
			return PTR_ERR(dev);
		}
	}
	printk(KERN_INFO "classdev: major %d, %d devices\n", classdev_major, ndevs);
	return 0;
}

static void __exit classdev_exit(void)
{
	classdev_teardown(ndevs);
	printk(KERN_INFO "classdev: gone\n");
}

module_init(classdev_init);
module_exit(classdev_exit);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("A class with a device per minor: /dev nodes from device_create");
