/*
 * misc.c - major 10, shared by small devices: misc_register() gives each
 * a minor, misc_open() passes an open to the right driver.
 *
 * A driver with one device node need not take a whole major: it registers
 * a struct miscdevice, with a fixed minor or MISC_DYNAMIC_MINOR. Dynamic
 * minors come from a bitmap of 64, counting down from 63, as 2.6.32's.
 * Opening a node of major 10 lands in misc_open(), which finds the
 * device by minor and replaces the file's operations with the driver's
 * (the way mem.c serves major 1). /proc/misc lists "minor name" lines.
 * Each misc device is a device of the class "misc", as in 2.6.32
 * (device_create): /sys/class/misc/NAME, and its node from device_add(),
 * named and moded by misc_devnode().
 * /proc/misc's seq_file iterator is lab 5's reference solution
 * (docs/labs/lab5-seq-file.md). See docs/procfs.md.
 */
#include <linux/miscdevice.h>
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/mutex.h>
#include <linux/errno.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/printk.h>
#include <linnet/devtmpfs.h>
#include <linux/device.h>
#include <linux/err.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/module.h>

#define DYNAMIC_MINORS 64

static LIST_HEAD(misc_list);
static DEFINE_MUTEX(misc_mtx);
static unsigned char misc_minors[DYNAMIC_MINORS / 8];
static struct class *misc_class;

static struct miscdevice *misc_find(int minor)
{
	struct miscdevice *c;

	list_for_each_entry(c, &misc_list, list)
		if (c->minor == minor)
			return c;
	return NULL;
}

static int misc_open(struct inode *inode, struct file *file)
{
	struct miscdevice *c;
	int err = -ENODEV;

	mutex_lock(&misc_mtx);
	c = misc_find(iminor(inode));
	if (c && c->fops) {
		const struct file_operations *new = fops_get(c->fops);

		if (new) {
			fops_put(file->f_op);
			file->f_op = new;
			err = file->f_op->open ? file->f_op->open(inode, file) : 0;
		}
	}
	mutex_unlock(&misc_mtx);
	return err;
}

static const struct file_operations misc_fops = {
	.open = misc_open,
};

/* A free dynamic minor, counting down from 63; -EBUSY if none */
static int misc_alloc_minor(void)
{
	int i;

	for (i = DYNAMIC_MINORS - 1; i >= 0; i--)
		if (!(misc_minors[i >> 3] & (1 << (i & 7))))
			return i;
	return -EBUSY;
}

/**
 * misc_register - register a misc device
 * @misc: the device; with MISC_DYNAMIC_MINOR its minor is filled in
 *
 * Return: 0, -EBUSY if the minor is taken (or no dynamic one is left).
 * Context: process context; may sleep.
 */
int misc_register(struct miscdevice *misc)
{
	int minor;

	INIT_LIST_HEAD(&misc->list);
	mutex_lock(&misc_mtx);
	if (misc->minor == MISC_DYNAMIC_MINOR) {
		minor = misc_alloc_minor();
		if (minor < 0) {
			mutex_unlock(&misc_mtx);
			return -EBUSY;
		}
		misc->minor = minor;
	} else if (misc_find(misc->minor)) {
		mutex_unlock(&misc_mtx);
		return -EBUSY;
	}
	misc->this_device = device_create(misc_class, misc->parent, MKDEV(MISC_MAJOR, misc->minor),
					  misc, "%s", misc->name);
	if (IS_ERR(misc->this_device)) {
		mutex_unlock(&misc_mtx);
		return PTR_ERR(misc->this_device);
	}
	if (misc->minor < DYNAMIC_MINORS)
		misc_minors[misc->minor >> 3] |= 1 << (misc->minor & 7);
	list_add(&misc->list, &misc_list);
	mutex_unlock(&misc_mtx);
	return 0;
}
EXPORT_SYMBOL(misc_register);

/**
 * misc_deregister - take a misc device away
 * @misc: the device misc_register() took
 *
 * Return: 0, or -EINVAL if it was not registered.
 * Context: process context; may sleep.
 */
int misc_deregister(struct miscdevice *misc)
{
	if (list_empty(&misc->list))
		return -EINVAL;
	mutex_lock(&misc_mtx);
	list_del_init(&misc->list);
	if (misc->minor < DYNAMIC_MINORS)
		misc_minors[misc->minor >> 3] &= ~(1 << (misc->minor & 7));
	device_destroy(misc_class, MKDEV(MISC_MAJOR, misc->minor));
	mutex_unlock(&misc_mtx);
	return 0;
}
EXPORT_SYMBOL(misc_deregister);

static void *misc_seq_start(struct seq_file *seq, loff_t *pos)
{
	/* LAB 5: BEGIN SOLUTION */
	mutex_lock(&misc_mtx);
	return seq_list_start(&misc_list, *pos);
	/* LAB 5: END SOLUTION (skeleton: return NULL;) */
}

static void *misc_seq_next(struct seq_file *seq, void *v, loff_t *pos)
{
	/* LAB 5: BEGIN SOLUTION */
	return seq_list_next(v, &misc_list, pos);
	/* LAB 5: END SOLUTION (skeleton: return NULL;) */
}

static void misc_seq_stop(struct seq_file *seq, void *v)
{
	/* LAB 5: BEGIN SOLUTION */
	mutex_unlock(&misc_mtx);
	/* LAB 5: END SOLUTION */
}

static int misc_seq_show(struct seq_file *seq, void *v)
{
	/* LAB 5: BEGIN SOLUTION */
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	const struct miscdevice *p = list_entry(v, struct miscdevice, list);

	seq_printf(seq, "%3i %s\n", p->minor, p->name ? p->name : "");
	/* LAB 5: END SOLUTION */
	return 0;
}

static const struct seq_operations misc_seq_ops = {
	.start = misc_seq_start,
	.next = misc_seq_next,
	.stop = misc_seq_stop,
	.show = misc_seq_show,
};

static int misc_seq_open(struct inode *inode, struct file *file)
{
	return seq_open(file, &misc_seq_ops);
}

static const struct file_operations misc_proc_fops = {
	.open = misc_seq_open,
	.read = seq_read,
	.llseek = seq_lseek,
	.release = seq_release,
};

/* The node of a misc device: its nodename if it has one, with its mode (0: 0600) */
static char *misc_devnode(struct device *dev, mode_t *mode)
{
	struct miscdevice *c = dev_get_drvdata(dev);

	if (mode && c->mode)
		*mode = c->mode;
	if (c->nodename)
		return kstrdup(c->nodename, GFP_KERNEL);
	return NULL;
}

static int misc_init(void)
{
	misc_class = class_create(THIS_MODULE, "misc");
	if (IS_ERR(misc_class))
		return PTR_ERR(misc_class);
	misc_class->devnode = misc_devnode;
	proc_create("misc", 0, NULL, &misc_proc_fops);
	if (register_chrdev(MISC_MAJOR, "misc", &misc_fops) < 0) {
		printk("unable to get major %d for misc devices\n", MISC_MAJOR);
		return -EIO;
	}
	devtmpfs_delete_node("misc"); /* fs/char_dev.c's node for minor 0: not a device */
	return 0;
}
subsys_initcall(misc_init);
