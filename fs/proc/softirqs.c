/*
 * softirqs.c - /proc/softirqs: how often each softirq ran
 * (kernel/softirq.c:show_softirqs prints it). See docs/procfs.md.
 */
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/init.h>
#include <linux/interrupt.h>

static int show_softirqs_proc(struct seq_file *m, void *v)
{
	show_softirqs(seq_print_cb, m);
	return 0;
}

static int softirqs_open(struct inode *inode, struct file *file)
{
	return single_open(file, show_softirqs_proc, NULL);
}

static const struct file_operations proc_softirqs_operations = {
	.open = softirqs_open,
	.read = seq_read,
	.llseek = seq_lseek,
	.release = single_release,
};

static int proc_softirqs_init(void)
{
	proc_create("softirqs", 0, NULL, &proc_softirqs_operations);
	return 0;
}
fs_initcall(proc_softirqs_init);
