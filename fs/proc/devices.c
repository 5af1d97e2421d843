/*
 * devices.c - /proc/devices: the registered character device majors
 * (fs/char_dev.c:chrdev_show), then the block devices (Linnet has none,
 * so the heading stands alone, as on a 2.6.32 kernel without block
 * drivers). See docs/procfs.md.
 */
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/init.h>

static int devinfo_show(struct seq_file *m, void *v)
{
	chrdev_show(seq_print_cb, m);
	return seq_puts(m, "\nBlock devices:\n");
}

static int devinfo_open(struct inode *inode, struct file *filp)
{
	return single_open(filp, devinfo_show, NULL);
}

static const struct file_operations proc_devinfo_operations = {
	.open = devinfo_open,
	.read = seq_read,
	.llseek = seq_lseek,
	.release = single_release,
};

static int proc_devices_init(void)
{
	proc_create("devices", 0, NULL, &proc_devinfo_operations);
	return 0;
}
fs_initcall(proc_devices_init);
