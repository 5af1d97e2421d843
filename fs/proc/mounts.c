/*
 * mounts.c - /proc/PID/mounts (and /proc/mounts, a link to self/mounts)
 * and /proc/filesystems.
 *
 * The mounts file lists the mounts, one a line, as 2.6.32's show_vfsmnt
 * prints them: "device mountpoint type options 0 0", e.g.
 * "rootfs / rootfs rw 0 0" or "proc /proc proc rw,nosuid,nodev,noexec 0 0".
 * Spaces, tabs, newlines and backslashes in the names print as octal
 * escapes (\040...), so the line splits on spaces; busybox's mount and df
 * and getmntent() read it (and /etc/mtab, a link to it). /proc/filesystems
 * lists the registered file system types, "nodev" for those that need no
 * block device (fs/filesystems.c:get_filesystem_list prints it).
 *
 * Differences from 2.6.32: there is one mount namespace, so every
 * process's mounts file shows the same mounts; the file is printed whole
 * by single_open rather than a line per mount (seq_operations over
 * mnt_list); file systems add no options of their own (show_options);
 * 2.6.32 registers /proc/filesystems from fs/filesystems.c.
 * See docs/procfs.md.
 */
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/fs.h>
#include <linux/mount.h>
#include <linux/path.h>
#include <linux/dcache.h>
#include <linux/init.h>
#include <linux/err.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "internal.h"

/* Print @s with space, tab, newline and backslash as \ooo (2.6.32's mangle) */
static void mangle(struct seq_file *m, const char *s)
{
	for (; *s; s++) {
		if (strchr(" \t\n\\", *s))
			seq_printf(m, "\\%03o", (unsigned char)*s);
		else
			seq_putc(m, *s);
	}
}

static const struct {
	int flag;
	const char *str;
} mnt_info[] = {
	{ MNT_NOSUID, ",nosuid" },
	{ MNT_NODEV, ",nodev" },
	{ MNT_NOEXEC, ",noexec" },
	{ MNT_NOATIME, ",noatime" },
};

static void show_vfsmnt(struct seq_file *m, struct vfsmount *mnt)
{
	struct path mnt_path = { .dentry = mnt->mnt_root, .mnt = mnt };
	bool ro = (mnt->mnt_flags & MNT_READONLY) || (mnt->mnt_sb->s_flags & MS_RDONLY);
	unsigned int i;

	mangle(m, mnt->mnt_devname ?: "none");
	seq_putc(m, ' ');
	seq_path(m, &mnt_path, " \t\n\\");
	seq_putc(m, ' ');
	mangle(m, mnt->mnt_sb->s_type->name);
	seq_puts(m, ro ? " ro" : " rw");
	for (i = 0; i < ARRAY_SIZE(mnt_info); i++)
		if (mnt->mnt_flags & mnt_info[i].flag)
			seq_puts(m, mnt_info[i].str);
	seq_puts(m, " 0 0\n");
}

/*
 * seq_path() may sleep (it allocates), so the mounts are first copied
 * with a reference each under vfsmount_lock, then printed.
 */
static int mounts_show(struct seq_file *m, void *v)
{
	struct vfsmount *mnt, **list;
	unsigned int n = 0, i, cap = 0;

	spin_lock(&vfsmount_lock);
	list_for_each_entry(mnt, &vfsmount_list, mnt_list)
		cap++;
	spin_unlock(&vfsmount_lock);
	list = kmalloc_array(cap + 1, sizeof(*list), GFP_KERNEL);
	if (!list)
		return -ENOMEM;
	spin_lock(&vfsmount_lock);
	list_for_each_entry(mnt, &vfsmount_list, mnt_list) {
		if (n == cap)
			break;
		list[n++] = mntget(mnt);
	}
	spin_unlock(&vfsmount_lock);
	for (i = 0; i < n; i++) {
		show_vfsmnt(m, list[i]);
		mntput(list[i]);
	}
	kfree(list);
	return 0;
}

static int mounts_open(struct inode *inode, struct file *file)
{
	return single_open(file, mounts_show, NULL);
}

const struct file_operations proc_mounts_operations = {
	.open = mounts_open,
	.read = seq_read,
	.llseek = seq_lseek,
	.release = single_release,
};

static int filesystems_list(char *buf, size_t size)
{
	return get_filesystem_list(buf, size);
}

static int filesystems_proc_show(struct seq_file *m, void *v)
{
	return seq_show_buf(m, filesystems_list);
}

static int filesystems_proc_open(struct inode *inode, struct file *file)
{
	return single_open(file, filesystems_proc_show, NULL);
}

static const struct file_operations filesystems_proc_fops = {
	.open = filesystems_proc_open,
	.read = seq_read,
	.llseek = seq_lseek,
	.release = single_release,
};

static int proc_mounts_init(void)
{
	proc_symlink("mounts", NULL, "self/mounts");
	proc_create("filesystems", 0, NULL, &filesystems_proc_fops);
	return 0;
}
fs_initcall(proc_mounts_init);
