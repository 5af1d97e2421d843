/*
 * version.c - /proc/version: which kernel this is, in Linux's words.
 *
 * Linux 2.6.32 prints linux_proc_banner with utsname()'s names: "Linux
 * version 2.6.32 (user@host) (gcc version ...) #1 ...", and so does
 * Linnet, with its uname(2) names ("Linux", "2.6.32-linnet"): programs
 * read the release from this line (procps parses "Linux version %d.%d.%d").
 * The boot log's first line stays Linnet's own banner
 * (init/main.c:linux_banner, "Linnet version ..."), which 2.6.32 prints
 * with the same text as this file. See docs/procfs.md.
 */
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/init.h>
#include <linux/utsname.h>

static const char linux_proc_banner[] =
	"%s version %s (linnet@linnet) (gcc version " __VERSION__ ") %s\n";

static int version_proc_show(struct seq_file *m, void *v)
{
	struct new_utsname *uts = utsname();

	return seq_printf(m, linux_proc_banner, uts->sysname, uts->release, uts->version);
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
