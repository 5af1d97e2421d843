/*
 * mem.c - the memory devices of major 1: /dev/null, /dev/zero, /dev/full,
 * /dev/random, /dev/urandom and /dev/kmsg.
 *
 * One driver serves the whole major. Its open (memory_open) looks at the
 * minor number and swaps in the operations of that device, as 2.6.32's
 * does, so a read of /dev/zero goes straight to read_zero:
 *
 *   minor 3 null     read: end of file     write: swallowed
 *   minor 5 zero     read: zeros           write: swallowed
 *                    mmap: anonymous memory (mmap_zero)
 *   minor 7 full     read: zeros           write: -ENOSPC (the disk is full)
 *   minor 8 random   drivers/char/random.c (blocks without entropy)
 *   minor 9 urandom  drivers/char/random.c (never blocks)
 *   minor 11 kmsg    write: a line into the kernel log (printk)
 *
 * Linux's mem (1), kmem (2) and port (4) give user space the machine's
 * memory and I/O ports; Linnet leaves them out. See docs/procfs.md.
 */
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/printk.h>
#include <linux/random.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/uaccess.h>
#include <linnet/devtmpfs.h>
#include <linux/device.h>
#include <linux/module.h>
#include <linux/err.h>
#include <linux/kdev_t.h>

#define MEM_MAJOR 1
#define KMSG_LINE 1024

static ssize_t read_null(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	return 0;
}

static ssize_t write_null(struct file *file, const char __user *buf, size_t count, loff_t *ppos)
{
	return count;
}

static loff_t null_lseek(struct file *file, loff_t offset, int orig)
{
	return file->f_pos = 0;
}

/* Zeros, a page at a time, giving the CPU away between pages of a long read */
static ssize_t read_zero(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	size_t done = 0;

	while (done < count) {
		size_t chunk = min_t(size_t, count - done, 4096);

		if (clear_user(buf + done, chunk))
			return done ? (ssize_t)done : -EFAULT;
		done += chunk;
		if (signal_pending(current))
			return done;
		cond_resched();
	}
	return done;
}

static ssize_t write_full(struct file *file, const char __user *buf, size_t count, loff_t *ppos)
{
	return -ENOSPC;
}

/* One write is one log line, at the default level unless it starts with "<N>" */
static ssize_t kmsg_write(struct file *file, const char __user *buf, size_t count, loff_t *ppos)
{
	char line[KMSG_LINE + 1];
	size_t len = min_t(size_t, count, KMSG_LINE);

	if (copy_from_user(line, buf, len))
		return -EFAULT;
	line[len] = '\0';
	printk("%s", line);
	return count;
}

static const struct file_operations null_fops = {
	.llseek = null_lseek,
	.read = read_null,
	.write = write_null,
};

/*
 * mmap of /dev/zero is anonymous memory: the vma has no vm_ops, so its
 * faults give zeroed pages. 2.6.32 backs a MAP_SHARED one with shmem
 * (shmem_zero_setup); Linnet fills it at mmap time as it does shared
 * anonymous memory (mm/mmap.c:mmap_region), so fork shares its pages.
 */
static int mmap_zero(struct file *file, struct vm_area_struct *vma)
{
	return 0;
}

static const struct file_operations zero_fops = {
	.llseek = null_lseek,
	.read = read_zero,
	.write = write_null,
	.mmap = mmap_zero,
};

static const struct file_operations full_fops = {
	.llseek = null_lseek,
	.read = read_zero,
	.write = write_full,
};

static const struct file_operations kmsg_fops = {
	.write = kmsg_write,
};

/**
 * struct memdev - one minor of major 1
 * @name: its name under /dev
 * @mode: the mode of its node
 * @fops: its operations
 */
static const struct memdev {
	const char *name;
	mode_t mode;
	const struct file_operations *fops;
} devlist[] = {
	[3] = { "null", 0666, &null_fops },	  [5] = { "zero", 0666, &zero_fops },
	[7] = { "full", 0666, &full_fops },	  [8] = { "random", 0666, &random_fops },
	[9] = { "urandom", 0666, &urandom_fops }, [11] = { "kmsg", 0644, &kmsg_fops },
};

static int memory_open(struct inode *inode, struct file *filp)
{
	unsigned int minor = iminor(inode);
	const struct memdev *dev;

	if (minor >= ARRAY_SIZE(devlist))
		return -ENXIO;
	dev = &devlist[minor];
	if (!dev->fops)
		return -ENXIO;
	fops_put(filp->f_op);
	filp->f_op = fops_get(dev->fops); /* built in: no module to pin */
	if (dev->fops->open)
		return dev->fops->open(inode, filp);
	return 0;
}

static const struct file_operations memory_fops = {
	.open = memory_open,
};

/**
 * mem_devnode_name - the /dev name of a minor of major 1
 * @minor: the minor
 * @mode: set to the node's mode
 *
 * Return: the name, or NULL if Linnet has no such device.
 * Context: any.
 */
const char *mem_devnode_name(unsigned int minor, mode_t *mode)
{
	if (minor >= ARRAY_SIZE(devlist) || !devlist[minor].name)
		return NULL;
	if (mode)
		*mode = devlist[minor].mode;
	return devlist[minor].name;
}

/* The mode of a memory device's node: the table's (2.6.32's mem_devnode) */
static char *mem_devnode(struct device *dev, mode_t *mode)
{
	if (mode && devlist[MINOR(dev->devt)].mode)
		*mode = devlist[MINOR(dev->devt)].mode;
	return NULL;
}

static struct class *mem_class;

/*
 * A device per minor in the class "mem", as 2.6.32's: each is
 * /sys/devices/virtual/mem/NAME and /sys/class/mem/NAME, and its node
 * comes from device_add(). The node fs/char_dev.c makes for the major's
 * minor 0 ("mem") is taken away: Linnet has no /dev/mem.
 */
static int chr_dev_init(void)
{
	unsigned int minor;

	if (register_chrdev(MEM_MAJOR, "mem", &memory_fops) < 0) {
		printk("unable to get major %d for memory devs\n", MEM_MAJOR);
		return 0;
	}
	devtmpfs_delete_node("mem");
	mem_class = class_create(THIS_MODULE, "mem");
	if (IS_ERR(mem_class))
		return PTR_ERR(mem_class);
	mem_class->devnode = mem_devnode;
	for (minor = 1; minor < ARRAY_SIZE(devlist); minor++)
		if (devlist[minor].name)
			device_create(mem_class, NULL, MKDEV(MEM_MAJOR, minor), NULL, "%s",
				      devlist[minor].name);
	return 0;
}
fs_initcall(chr_dev_init);
