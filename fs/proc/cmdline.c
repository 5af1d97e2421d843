/*
 * cmdline.c - /proc/cmdline: the kernel's command line, as the boot
 * loader passed it (arch/x86/kernel/setup.c keeps a copy). See docs/procfs.md.
 */
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/init.h>

static int cmdline_proc_show(struct seq_file *m, void *v)
{
	return seq_printf(m, "%s\n", boot_command_line);
}

static int cmdline_proc_open(struct inode *inode, struct file *file)
{
	return single_open(file, cmdline_proc_show, NULL);
}

static const struct file_operations cmdline_proc_fops = {
	.open = cmdline_proc_open,
	.read = seq_read,
	.llseek = seq_lseek,
	.release = single_release,
};

static int proc_cmdline_init(void)
{
	proc_create("cmdline", 0, NULL, &cmdline_proc_fops);
	return 0;
}
fs_initcall(proc_cmdline_init);
