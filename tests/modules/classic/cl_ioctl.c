/*
 * cl_ioctl.c - ioctl numbers, a named cdev, sleep_on and a seq_file, as the
 * 2.6 books write them.
 *
 * The commands are built with _IO/_IOR/_IOW (linux/ioctl.h) and taken
 * apart in the ioctl method with _IOC_TYPE/_IOC_NR/_IOC_DIR/_IOC_SIZE, as
 * LDD3's scull does. The cdev is named through its kobject and freed by
 * cdev_del() (cdev_alloc). At load the module sleeps twice with
 * interruptible_sleep_on_timeout(): once until the time runs out, once
 * until a timer wakes it with wake_up_interruptible_sync(). /proc/cl_iter
 * is LKMPG's procfs4 iterator: one number per open, then end of file.
 */
#include <linux/autoconf.h>
#include <linux/module.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/cdev.h>
#include <linux/sched.h>
#include <linux/timer.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <asm/uaccess.h>

MODULE_LICENSE("GPL");

#define CL_IOC_MAGIC 'k'
#define CL_IOCRESET _IO(CL_IOC_MAGIC, 0)
#define CL_IOCSQUANTUM _IOW(CL_IOC_MAGIC, 1, int)
#define CL_IOCGQUANTUM _IOR(CL_IOC_MAGIC, 2, int)
#define CL_IOCXQUANTUM _IOWR(CL_IOC_MAGIC, 3, int)
#define CL_IOC_MAXNR 3

static int quantum = 4000;
static dev_t cl_dev;
static struct cdev *cl_cdev;
static DECLARE_WAIT_QUEUE_HEAD(cl_wq);

static int cl_ioctl(struct inode *inode, struct file *filp, unsigned int cmd, unsigned long arg)
{
	int err = 0, tmp;

	if (_IOC_TYPE(cmd) != CL_IOC_MAGIC || _IOC_NR(cmd) > CL_IOC_MAXNR)
		return -ENOTTY;
	if (_IOC_DIR(cmd) & _IOC_READ)
		err = !access_ok(VERIFY_WRITE, (void __user *)arg, _IOC_SIZE(cmd));
	else if (_IOC_DIR(cmd) & _IOC_WRITE)
		err = !access_ok(VERIFY_READ, (void __user *)arg, _IOC_SIZE(cmd));
	if (err)
		return -EFAULT;
	switch (cmd) {
	case CL_IOCRESET:
		quantum = 4000;
		return 0;
	case CL_IOCSQUANTUM:
		if (!capable(CAP_SYS_ADMIN))
			return -EPERM;
		return __get_user(quantum, (int __user *)arg);
	case CL_IOCGQUANTUM:
		return __put_user(quantum, (int __user *)arg);
	case CL_IOCXQUANTUM:
		if (!capable(CAP_SYS_ADMIN))
			return -EPERM;
		tmp = quantum;
		err = __get_user(quantum, (int __user *)arg);
		return err ? err : __put_user(tmp, (int __user *)arg);
	}
	return -ENOTTY;
}

static const struct file_operations cl_fops = {
	.owner = THIS_MODULE,
	.ioctl = cl_ioctl,
};

static void cl_wake(unsigned long data)
{
	wake_up_interruptible_sync(&cl_wq);
}

static void *cl_seq_start(struct seq_file *s, loff_t *pos)
{
	static unsigned long counter;

	if (*pos == 0)
		return &counter;
	*pos = 0;
	return NULL;
}

static void *cl_seq_next(struct seq_file *s, void *v, loff_t *pos)
{
	(*(unsigned long *)v)++;
	(*pos)++;
	return NULL;
}

static void cl_seq_stop(struct seq_file *s, void *v)
{
}

static int cl_seq_show(struct seq_file *s, void *v)
{
	return seq_printf(s, "%lu\n", *(unsigned long *)v);
}

static struct seq_operations cl_seq_ops = {
	.start = cl_seq_start,
	.next = cl_seq_next,
	.stop = cl_seq_stop,
	.show = cl_seq_show,
};

static int cl_iter_open(struct inode *inode, struct file *file)
{
	return seq_open(file, &cl_seq_ops);
}

static struct file_operations cl_iter_fops = {
	.owner = THIS_MODULE,
	.open = cl_iter_open,
	.read = seq_read,
	.llseek = seq_lseek,
	.release = seq_release,
};

static int cl_ioctl_init(void)
{
	struct timer_list timer;
	long left;
	int err;

	printk(KERN_INFO "cl_ioctl: S 0x%08x G 0x%08x X 0x%08x: dir %u type %c nr %u size %u\n",
	       CL_IOCSQUANTUM, CL_IOCGQUANTUM, CL_IOCXQUANTUM, _IOC_DIR(CL_IOCXQUANTUM),
	       _IOC_TYPE(CL_IOCXQUANTUM), _IOC_NR(CL_IOCXQUANTUM), _IOC_SIZE(CL_IOCXQUANTUM));

	left = interruptible_sleep_on_timeout(&cl_wq, HZ / 20);
	printk(KERN_INFO "cl_ioctl: nobody woke us: %ld left\n", left);
	setup_timer(&timer, cl_wake, 0);
	mod_timer(&timer, jiffies + 2);
	left = interruptible_sleep_on_timeout(&cl_wq, 10 * HZ);
	del_timer_sync(&timer);
	printk(KERN_INFO "cl_ioctl: %s\n",
	       left > 0 ? "woken before the time ran out" : "timed out");

	err = alloc_chrdev_region(&cl_dev, 0, 1, "cl_ioctl");
	if (err)
		return err;
	cl_cdev = cdev_alloc();
	if (!cl_cdev) {
		unregister_chrdev_region(cl_dev, 1);
		return -ENOMEM;
	}
	cl_cdev->ops = &cl_fops;
	cl_cdev->owner = THIS_MODULE;
	kobject_set_name(&cl_cdev->kobj, "cl_ioctl%d", 0);
	err = cdev_add(cl_cdev, cl_dev, 1);
	if (err) {
		kobject_put(&cl_cdev->kobj);
		unregister_chrdev_region(cl_dev, 1);
		return err;
	}
	printk(KERN_INFO "cl_ioctl: cdev %s, root may set: %d\n", kobject_name(&cl_cdev->kobj),
	       capable(CAP_DAC_OVERRIDE));
	proc_create("cl_iter", 0, NULL, &cl_iter_fops);
	return 0;
}

static void cl_ioctl_exit(void)
{
	remove_proc_entry("cl_iter", NULL);
	cdev_del(cl_cdev);
	unregister_chrdev_region(cl_dev, 1);
}

module_init(cl_ioctl_init);
module_exit(cl_ioctl_exit);
