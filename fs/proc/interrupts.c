/*
 * interrupts.c - /proc/interrupts: the interrupt count of each line
 * (arch/x86/kernel/irq.c:show_interrupts prints it, through seq_print_cb).
 * Linux 2.6.32 walks the lines with a seq_operations, one line a record;
 * Linnet has 16 lines and prints them as one record. See docs/procfs.md.
 */
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/init.h>
#include <linux/interrupt.h>

static int interrupts_proc_show(struct seq_file *m, void *v)
{
	show_interrupts(seq_print_cb, m);
	return 0;
}

static int interrupts_open(struct inode *inode, struct file *file)
{
	return single_open(file, interrupts_proc_show, NULL);
}

static const struct file_operations proc_interrupts_operations = {
	.open = interrupts_open,
	.read = seq_read,
	.llseek = seq_lseek,
	.release = single_release,
};

static int proc_interrupts_init(void)
{
	proc_create("interrupts", 0, NULL, &proc_interrupts_operations);
	return 0;
}
fs_initcall(proc_interrupts_init);
