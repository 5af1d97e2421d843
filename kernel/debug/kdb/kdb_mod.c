/*
 * kdb_mod.c - the shell's module commands: insmod, rmmod, lsmod.
 *
 * They do what busybox's applets of the same names do, through the same
 * system calls: insmod reads a .ko file (from the initramfs, e.g.
 * /lib/modules/2.6.32-linnet/hello.ko) and passes its bytes and the
 * remaining words as the parameter string to sys_init_module(); rmmod
 * calls sys_delete_module() with O_NONBLOCK, or O_NONBLOCK|O_TRUNC with
 * -f, or 0 with -w (wait for the references to go, 2.6.32's behaviour
 * without O_NONBLOCK); lsmod prints /proc/modules. The buffers are kernel
 * memory, so the calls run with the address limit raised (set_fs), as
 * 2.6.32's kernel callers of system calls do.
 *
 * Linux's kdb has lsmod but no insmod or rmmod (a debugger stops the
 * machine; it does not load code): Linnet's monitor is also its shell
 * until the userland issue, so it has all three. See docs/modules.md.
 */
#include <linnet/shell.h>
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/fcntl.h>
#include <linux/fs.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <linux/vmalloc.h>

/* The largest .ko the shell reads (2.6.32's loader takes up to 64 MiB) */
#define SHELL_MAX_KO (4UL << 20)

/* read_ko - the whole file at @path into a vmalloc buffer; its size in *@len */
static void *read_ko(const char *path, unsigned long *len)
{
	struct file *f = filp_open(path, O_RDONLY, 0);
	void *buf;
	loff_t size;
	int n;

	if (IS_ERR(f))
		return f;
	size = f->f_inode->i_size;
	buf = size > 0 && size <= SHELL_MAX_KO ? vmalloc(size) : NULL;
	if (!buf) {
		filp_close(f, NULL);
		return ERR_PTR(size > SHELL_MAX_KO ? -EFBIG : -ENOMEM);
	}
	n = kernel_read(f, 0, buf, size);
	filp_close(f, NULL);
	if (n != size) {
		vfree(buf);
		return ERR_PTR(n < 0 ? n : -EIO);
	}
	*len = size;
	return buf;
}

/* join_args - the words after the file name, as insmod joins them */
static char *join_args(int argc, char **argv)
{
	size_t len = 1;
	char *s;
	int i;

	for (i = 0; i < argc; i++)
		len += strlen(argv[i]) + 1;
	s = kmalloc(len, GFP_KERNEL);
	if (!s)
		return NULL;
	s[0] = '\0';
	for (i = 0; i < argc; i++) {
		if (i)
			strcat(s, " ");
		strcat(s, argv[i]);
	}
	return s;
}

static int cmd_insmod(int argc, char **argv, const char *redirect)
{
	unsigned long len = 0;
	mm_segment_t fs;
	char *args;
	void *image;
	long ret;

	if (argc < 2) {
		shell_printf("usage: insmod FILE [NAME=VALUE...]\n");
		return -EINVAL;
	}
	image = read_ko(argv[1], &len);
	if (IS_ERR(image))
		return shell_errno(argv[1], PTR_ERR(image));
	args = join_args(argc - 2, argv + 2);
	if (!args) {
		vfree(image);
		return shell_errno("insmod", -ENOMEM);
	}
	fs = get_fs();
	set_fs(KERNEL_DS);
	ret = sys_init_module((void __user *)image, len, (const char __user *)args);
	set_fs(fs);
	kfree(args);
	vfree(image);
	if (ret)
		shell_printf("insmod: can't insert '%s': %s\n", argv[1],
			     ret == -ENOEXEC ? "invalid module format" :
			     ret == -ENOENT  ? "unknown symbol in module, or unknown parameter" :
			     ret == -EEXIST  ? "module already loaded" :
			     ret == -EINVAL  ? "invalid parameters" :
					       "error");
	return ret ? shell_errno("insmod", ret) : 0;
}

static int cmd_rmmod(int argc, char **argv, const char *redirect)
{
	unsigned int flags = O_NONBLOCK;
	const char *name;
	mm_segment_t fs;
	long ret;
	int i = 1;

	for (; i < argc && argv[i][0] == '-'; i++) {
		if (!strcmp(argv[i], "-f"))
			flags |= O_TRUNC;
		else if (!strcmp(argv[i], "-w"))
			flags &= ~O_NONBLOCK;
		else
			break;
	}
	if (i != argc - 1) {
		shell_printf("usage: rmmod [-f] [-w] NAME   (-f: O_TRUNC, force; -w: wait)\n");
		return -EINVAL;
	}
	name = argv[i];
	fs = get_fs();
	set_fs(KERNEL_DS);
	ret = sys_delete_module((const char __user *)name, flags);
	set_fs(fs);
	return ret ? shell_errno(name, ret) : 0;
}

static int cmd_lsmod(int argc, char **argv, const char *redirect)
{
	return shell_show_file("/proc/modules");
}

const struct shell_command shell_mod_commands[] = {
	{ "insmod", "FILE [NAME=VALUE...]", "load a module (init_module)", cmd_insmod },
	{ "rmmod", "[-f] [-w] NAME", "remove a module (delete_module, O_NONBLOCK)", cmd_rmmod },
	{ "lsmod", "", "the loaded modules (/proc/modules)", cmd_lsmod },
	{ NULL },
};
