/*
 * procfs.c - a /proc file printed with seq_file, and written to.
 *
 * /proc/sample_procfs holds no bytes: each read prints it afresh.
 * proc_create() names the file and its file_operations; single_open()
 * and seq_read() turn one show function into read() and lseek() however
 * small the reads are. A write parses a number into the value shown.
 * The file belongs to the module (.owner), so rmmod waits for no reader:
 * remove_proc_entry() waits for any call in progress, and later opens
 * fail. See docs/modules.md and docs/procfs.md.
 */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/string.h>
#include <linux/uaccess.h>

static int value = 42;
module_param(value, int, 0444);
MODULE_PARM_DESC(value, "the number the file shows until one is written");

static unsigned int reads;

static int sample_show(struct seq_file *m, void *v)
{
	seq_printf(m, "value: %d\nreads: %u\n", value, ++reads);
	return 0;
}

static int sample_open(struct inode *inode, struct file *file)
{
	return single_open(file, sample_show, NULL);
}

static ssize_t sample_write(struct file *file, const char __user *buf, size_t count, loff_t *ppos)
{
	char text[16];
	size_t n = min(count, sizeof(text) - 1);
	int v;

	if (copy_from_user(text, buf, n))
		return -EFAULT;
	text[n] = '\0';
	if (kstrtoint(strim(text), 0, &v))
		return -EINVAL;
	value = v;
	return count;
}

static const struct file_operations sample_fops = {
	.owner = THIS_MODULE,
	.open = sample_open,
	.read = seq_read,
	.write = sample_write,
	.llseek = seq_lseek,
	.release = single_release,
};

static int __init sample_procfs_init(void)
{
	if (!proc_create("sample_procfs", 0644, NULL, &sample_fops))
		return -ENOMEM;
	return 0;
}

static void __exit sample_procfs_exit(void)
{
	remove_proc_entry("sample_procfs", NULL);
}

module_init(sample_procfs_init);
module_exit(sample_procfs_exit);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("A /proc file with seq_file");
