/*
 * cl_scull.c - a scull-like memory device in the LDD3 manner: a dev_t
 * from alloc_chrdev_region (or a given major), a struct cdev embedded in
 * the device, container_of in open, a semaphore around the data,
 * copy_to_user/copy_from_user, llseek.
 */
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/errno.h>
#include <linux/types.h>
#include <linux/fcntl.h>
#include <linux/cdev.h>
#include <linux/kdev_t.h>
#include <linux/version.h>
#include <asm/system.h>
#include <asm/uaccess.h>

int scull_major = 0;
int scull_minor = 0;
int scull_size = 4000;
module_param(scull_major, int, S_IRUGO);
module_param(scull_size, int, S_IRUGO);

MODULE_AUTHOR("A student");
MODULE_LICENSE("Dual BSD/GPL");

struct scull_dev {
	char *data;
	unsigned long size;
	struct semaphore sem;
	struct cdev cdev;
};

static struct scull_dev *scull_device;

int scull_open(struct inode *inode, struct file *filp)
{
	struct scull_dev *dev = container_of(inode->i_cdev, struct scull_dev, cdev);

	filp->private_data = dev;
	if ((filp->f_flags & O_ACCMODE) == O_WRONLY) {
		if (down_interruptible(&dev->sem))
			return -ERESTARTSYS;
		dev->size = 0;
		up(&dev->sem);
	}
	return 0;
}

int scull_release(struct inode *inode, struct file *filp)
{
	return 0;
}

ssize_t scull_read(struct file *filp, char __user *buf, size_t count, loff_t *f_pos)
{
	struct scull_dev *dev = filp->private_data;
	ssize_t retval = 0;

	if (down_interruptible(&dev->sem))
		return -ERESTARTSYS;
	if (*f_pos >= dev->size)
		goto out;
	if (*f_pos + count > dev->size)
		count = dev->size - *f_pos;
	if (copy_to_user(buf, dev->data + *f_pos, count)) {
		retval = -EFAULT;
		goto out;
	}
	*f_pos += count;
	retval = count;
out:
	up(&dev->sem);
	return retval;
}

ssize_t scull_write(struct file *filp, const char __user *buf, size_t count, loff_t *f_pos)
{
	struct scull_dev *dev = filp->private_data;
	ssize_t retval = -ENOMEM;

	if (down_interruptible(&dev->sem))
		return -ERESTARTSYS;
	if (*f_pos >= scull_size)
		goto out;
	if (*f_pos + count > scull_size)
		count = scull_size - *f_pos;
	if (copy_from_user(dev->data + *f_pos, buf, count)) {
		retval = -EFAULT;
		goto out;
	}
	*f_pos += count;
	retval = count;
	if (dev->size < *f_pos)
		dev->size = *f_pos;
out:
	up(&dev->sem);
	return retval;
}

loff_t scull_llseek(struct file *filp, loff_t off, int whence)
{
	struct scull_dev *dev = filp->private_data;
	loff_t newpos;

	switch (whence) {
	case 0:
		newpos = off;
		break;
	case 1:
		newpos = filp->f_pos + off;
		break;
	case 2:
		newpos = dev->size + off;
		break;
	default:
		return -EINVAL;
	}
	if (newpos < 0)
		return -EINVAL;
	filp->f_pos = newpos;
	return newpos;
}

struct file_operations scull_fops = {
	.owner = THIS_MODULE,
	.llseek = scull_llseek,
	.read = scull_read,
	.write = scull_write,
	.open = scull_open,
	.release = scull_release,
};

void scull_cleanup_module(void)
{
	dev_t devno = MKDEV(scull_major, scull_minor);

	if (scull_device) {
		cdev_del(&scull_device->cdev);
		kfree(scull_device->data);
		kfree(scull_device);
	}
	unregister_chrdev_region(devno, 1);
}

int scull_init_module(void)
{
	int result, err;
	dev_t dev = 0;

	if (scull_major) {
		dev = MKDEV(scull_major, scull_minor);
		result = register_chrdev_region(dev, 1, "cl_scull");
	} else {
		result = alloc_chrdev_region(&dev, scull_minor, 1, "cl_scull");
		scull_major = MAJOR(dev);
	}
	if (result < 0) {
		printk(KERN_WARNING "scull: can't get major %d\n", scull_major);
		return result;
	}
	scull_device = kmalloc(sizeof(struct scull_dev), GFP_KERNEL);
	if (!scull_device) {
		result = -ENOMEM;
		goto fail;
	}
	memset(scull_device, 0, sizeof(struct scull_dev));
	scull_device->data = kmalloc(scull_size, GFP_KERNEL);
	if (!scull_device->data) {
		result = -ENOMEM;
		goto fail;
	}
	init_MUTEX(&scull_device->sem);
	cdev_init(&scull_device->cdev, &scull_fops);
	scull_device->cdev.owner = THIS_MODULE;
	scull_device->cdev.ops = &scull_fops;
	err = cdev_add(&scull_device->cdev, MKDEV(scull_major, scull_minor), 1);
	if (err)
		printk(KERN_NOTICE "Error %d adding scull", err);
	printk(KERN_INFO "cl_scull: major %d, %d bytes, kernel %d.%d.%d\n", scull_major, scull_size,
	       LINUX_VERSION_CODE >> 16, (LINUX_VERSION_CODE >> 8) & 0xff,
	       LINUX_VERSION_CODE & 0xff);
	return 0;
fail:
	scull_cleanup_module();
	return result;
}

module_init(scull_init_module);
module_exit(scull_cleanup_module);
