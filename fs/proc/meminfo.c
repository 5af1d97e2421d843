/*
 * meminfo.c - /proc/meminfo: memory totals (mm/vmstat.c:meminfo_show).
 *
 * The text is printed by mm's view into the seq_file's buffer
 * (fs/seq_file.c:seq_show_buf); Linux 2.6.32 prints it here with
 * seq_printf. See docs/procfs.md.
 */
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/init.h>
#include <linux/vmstat.h>

static int meminfo_proc_show(struct seq_file *m, void *v)
{
	return seq_show_buf(m, meminfo_show);
}

static int meminfo_proc_open(struct inode *inode, struct file *file)
{
	return single_open(file, meminfo_proc_show, NULL);
}

static const struct file_operations meminfo_proc_fops = {
	.open = meminfo_proc_open,
	.read = seq_read,
	.llseek = seq_lseek,
	.release = single_release,
};

static int proc_meminfo_init(void)
{
	proc_create("meminfo", 0, NULL, &meminfo_proc_fops);
	return 0;
}
fs_initcall(proc_meminfo_init);
