/*
 * version.c - /proc/version: the banner the kernel printed at boot.
 *
 * Linux 2.6.32 prints "Linux version 2.6.32 (user@host) (gcc ...) #1 ..."
 * from utsname(); Linnet prints its own banner (init/main.c:linux_banner),
 * "Linnet version ...", the first line of every boot. See docs/procfs.md.
 */
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/init.h>

extern const char linux_banner[];

static int version_proc_show(struct seq_file *m, void *v)
{
	return seq_puts(m, linux_banner);
}

static int version_proc_open(struct inode *inode, struct file *file)
{
	return single_open(file, version_proc_show, NULL);
}

static const struct file_operations version_proc_fops = {
	.open = version_proc_open,
	.read = seq_read,
	.llseek = seq_lseek,
	.release = single_release,
};

static int proc_version_init(void)
{
	proc_create("version", 0, NULL, &version_proc_fops);
	return 0;
}
fs_initcall(proc_version_init);
