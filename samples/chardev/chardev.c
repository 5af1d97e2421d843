/*
 * chardev.c - a character device: a number, a cdev, and file operations.
 *
 * A driver asks for a device number (alloc_chrdev_region: a free major,
 * here with one minor), fills a struct cdev with its file_operations and
 * adds it (cdev_add): from then on open() of a node with that number
 * lands in chardev_open(). The device keeps the last line written to it
 * and reads back "chardev: opened N times, said: LINE".
 *
 * .owner = THIS_MODULE is what keeps the module in memory while a file
 * is open: chrdev_open() takes a reference on the owner (try_module_get),
 * the last close drops it, and rmmod meanwhile answers -EWOULDBLOCK.
 *
 * Linux 2.6.32 makes /dev/chardev when the driver also creates a device
 * in a class (class_create, device_create) and devtmpfs or udev sees it;
 * Linnet's cdev_add() makes the devtmpfs node itself, named after the
 * region. See docs/modules.md and docs/drivers.md.
 */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/fs.h>
#include <linux/cdev.h>
#include <linux/mutex.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#define CHARDEV_LINE 64

static char *greeting = "nothing yet";
module_param(greeting, charp, 0444);
MODULE_PARM_DESC(greeting, "what the device says before anyone writes");

static dev_t chardev_devt;
static struct cdev chardev_cdev;
static DEFINE_MUTEX(chardev_lock);
static char chardev_said[CHARDEV_LINE];
static unsigned int chardev_opens;

static int chardev_open(struct inode *inode, struct file *file)
{
	mutex_lock(&chardev_lock);
	chardev_opens++;
	mutex_unlock(&chardev_lock);
	return 0;
}

static ssize_t chardev_read(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	char text[CHARDEV_LINE + 48];
	size_t len;

	mutex_lock(&chardev_lock);
	len = scnprintf(text, sizeof(text), "chardev: opened %u times, said: %s\n", chardev_opens,
			chardev_said);
	mutex_unlock(&chardev_lock);
	if (*ppos >= len)
		return 0;
	if (count > len - *ppos)
		count = len - *ppos;
	if (copy_to_user(buf, text + *ppos, count))
		return -EFAULT;
	*ppos += count;
	return count;
}

static ssize_t chardev_write(struct file *file, const char __user *buf, size_t count, loff_t *ppos)
{
	char line[CHARDEV_LINE];
	size_t n = min(count, sizeof(line) - 1);

	if (copy_from_user(line, buf, n))
		return -EFAULT;
	line[n] = '\0';
	mutex_lock(&chardev_lock);
	strscpy(chardev_said, strim(line), sizeof(chardev_said));
	mutex_unlock(&chardev_lock);
	return count;
}

static const struct file_operations chardev_fops = {
	.owner = THIS_MODULE,
	.open = chardev_open,
	.read = chardev_read,
	.write = chardev_write,
};

static int __init chardev_init(void)
{
	int ret = alloc_chrdev_region(&chardev_devt, 0, 1, "chardev");

	if (ret)
		return ret;
	strscpy(chardev_said, greeting, sizeof(chardev_said));
	cdev_init(&chardev_cdev, &chardev_fops);
	chardev_cdev.owner = THIS_MODULE;
	ret = cdev_add(&chardev_cdev, chardev_devt, 1);
	if (ret) {
		unregister_chrdev_region(chardev_devt, 1);
		return ret;
	}
	printk(KERN_INFO "chardev: major %d\n", MAJOR(chardev_devt));
	return 0;
}

static void __exit chardev_exit(void)
{
	cdev_del(&chardev_cdev);
	unregister_chrdev_region(chardev_devt, 1);
	printk(KERN_INFO "chardev: opened %u times, gone\n", chardev_opens);
}

module_init(chardev_init);
module_exit(chardev_exit);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("A character device that remembers the last line written");
