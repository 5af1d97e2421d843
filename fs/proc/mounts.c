/*
 * mounts.c - /proc/mounts and /proc/filesystems.
 *
 * /proc/mounts lists the mounts, one a line, as 2.6.32's show_vfsmnt
 * prints them: "device mountpoint type options 0 0", e.g.
 * "rootfs / rootfs rw 0 0". /proc/filesystems lists the registered file
 * system types, "nodev" for those that need no block device
 * (fs/filesystems.c:get_filesystem_list prints it).
 *
 * Differences from 2.6.32: /proc/mounts is a file of its own, not a
 * symlink to /proc/self/mounts (there are no per-process directories
 * yet, and one mount namespace); the mount options are only rw/ro;
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

#define MOUNTS_PATH_MAX 256

static int mounts_show(struct seq_file *m, void *v)
{
	char *buf = kmalloc(MOUNTS_PATH_MAX, GFP_KERNEL);
	struct vfsmount *mnt;

	if (!buf)
		return -ENOMEM;
	spin_lock(&vfsmount_lock);
	list_for_each_entry(mnt, &vfsmount_list, mnt_list) {
		struct path path = { .mnt = mnt, .dentry = mnt->mnt_root };
		char *p = d_path(&path, buf, MOUNTS_PATH_MAX);

		seq_printf(m, "%s %s %s %s 0 0\n", mnt->mnt_devname ?: "none", IS_ERR(p) ? "?" : p,
			   mnt->mnt_sb->s_type->name,
			   (mnt->mnt_sb->s_flags & MS_RDONLY) ? "ro" : "rw");
	}
	spin_unlock(&vfsmount_lock);
	kfree(buf);
	return 0;
}

static int mounts_open(struct inode *inode, struct file *file)
{
	return single_open(file, mounts_show, NULL);
}

static const struct file_operations proc_mounts_operations = {
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
	proc_create("mounts", 0, NULL, &proc_mounts_operations);
	proc_create("filesystems", 0, NULL, &filesystems_proc_fops);
	return 0;
}
fs_initcall(proc_mounts_init);
