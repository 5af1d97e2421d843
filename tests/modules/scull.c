/*
 * scull.c - lab 6's module: a char driver in a loadable module, after
 * LDD3's scull ("Simple Character Utility for Loading Localities").
 *
 * Loading it (load_module_image, kernel/module.c) runs scull_init: it
 * asks for scull_nr_devs device numbers with alloc_chrdev_region() (a
 * free major), and makes each device live with cdev_init()/cdev_add(),
 * which also makes its node /dev/scullN. Each device is a 1 KiB buffer:
 * write() stores at the file position, read() returns what was stored.
 * Unloading runs scull_exit, which must undo all of it, in reverse: a
 * module that leaves its cdev behind leaves the kernel calling into
 * freed code. The file's .owner = THIS_MODULE pins the module while a
 * file is open (fs/char_dev.c). This is lab 6's reference solution: the
 * LAB 6 regions are what `make lab-6` takes out. Read docs/modules.md and
 * docs/labs/lab6-module-chardev.md; the grader is tests/kernel/scull_test.c.
 */
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/cdev.h>
#include <linux/fs.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/uaccess.h>

#define SCULL_SIZE 1024
#define SCULL_MAX_DEVS 4

static int scull_nr_devs = 2;
module_param(scull_nr_devs, int, 0444);
MODULE_PARM_DESC(scull_nr_devs, "how many devices (1 to 4)");

struct scull_dev {
	char data[SCULL_SIZE];
	size_t size;
	struct mutex lock;
	struct cdev cdev;
};

static struct scull_dev *scull_devices;
static dev_t scull_first;

static int scull_open(struct inode *inode, struct file *filp)
{
	filp->private_data = container_of(inode->i_cdev, struct scull_dev, cdev);
	return 0;
}

static ssize_t scull_read(struct file *filp, char __user *buf, size_t count, loff_t *f_pos)
{
	struct scull_dev *dev = filp->private_data;
	ssize_t ret = 0;

	/* LAB 6: BEGIN SOLUTION */
	mutex_lock(&dev->lock);
	if (*f_pos < dev->size) {
		count = min_t(size_t, count, dev->size - *f_pos);
		if (copy_to_user(buf, dev->data + *f_pos, count)) {
			ret = -EFAULT;
		} else {
			*f_pos += count;
			ret = count;
		}
	}
	mutex_unlock(&dev->lock);
	/* LAB 6: END SOLUTION (skeleton: (void)dev;) */
	return ret;
}

static ssize_t scull_write(struct file *filp, const char __user *buf, size_t count, loff_t *f_pos)
{
	struct scull_dev *dev = filp->private_data;
	ssize_t ret = -ENOSPC;

	/* LAB 6: BEGIN SOLUTION */
	if (*f_pos >= SCULL_SIZE)
		return -ENOSPC;
	count = min_t(size_t, count, SCULL_SIZE - *f_pos);
	mutex_lock(&dev->lock);
	if (copy_from_user(dev->data + *f_pos, buf, count)) {
		ret = -EFAULT;
	} else {
		*f_pos += count;
		dev->size = max_t(size_t, dev->size, *f_pos);
		ret = count;
	}
	mutex_unlock(&dev->lock);
	/* LAB 6: END SOLUTION (skeleton: (void)dev;) */
	return ret;
}

static const struct file_operations scull_fops = {
	.owner = THIS_MODULE,
	.open = scull_open,
	.read = scull_read,
	.write = scull_write,
};

static int __init scull_init(void)
{
	int i, err;

	if (scull_nr_devs < 1 || scull_nr_devs > SCULL_MAX_DEVS)
		return -EINVAL;
	scull_devices = kzalloc(scull_nr_devs * sizeof(*scull_devices), GFP_KERNEL);
	if (!scull_devices)
		return -ENOMEM;
	/* LAB 6: BEGIN SOLUTION */
	err = alloc_chrdev_region(&scull_first, 0, scull_nr_devs, "scull");
	if (err)
		goto fail_region;
	for (i = 0; i < scull_nr_devs; i++) {
		mutex_init(&scull_devices[i].lock);
		cdev_init(&scull_devices[i].cdev, &scull_fops);
		scull_devices[i].cdev.owner = THIS_MODULE;
		err = cdev_add(&scull_devices[i].cdev, MKDEV(MAJOR(scull_first), i), 1);
		if (err)
			goto fail_cdev;
	}
	printk(KERN_INFO "scull: %d devices at major %d\n", scull_nr_devs, MAJOR(scull_first));
	return 0;

fail_cdev:
	while (--i >= 0)
		cdev_del(&scull_devices[i].cdev);
	unregister_chrdev_region(scull_first, scull_nr_devs);
fail_region:
	kfree(scull_devices);
	return err;
	/* LAB 6: END SOLUTION
	 * skeleton:
	 *	(void)i;
	 *	(void)err;
	 *	(void)scull_first;
	 *	(void)scull_fops;
	 *	return 0;
	 */
}

static void __exit scull_exit(void)
{
	int i;

	/* LAB 6: BEGIN SOLUTION */
	for (i = 0; i < scull_nr_devs; i++)
		cdev_del(&scull_devices[i].cdev);
	unregister_chrdev_region(scull_first, scull_nr_devs);
	/* LAB 6: END SOLUTION (skeleton: (void)i;) */
	kfree(scull_devices);
}

module_init(scull_init);
module_exit(scull_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("LDD3's scull, lab 6 of docs/labs");
