/*
 * fs/sysfs/mount.c - the "sysfs" file system type, and inodes made from dirents.
 *
 * sysfs has one super block, made when the kernel starts (sysfs_init, from
 * mnt_init, before any kobject is added): `mount -t sysfs sysfs /sys` in
 * user space shows that same tree again (get_sb_single). Its inodes are
 * made on demand by sysfs_get_inode() when a lookup reaches a dirent, with
 * the dirent's inode number, mode and type; the inode holds a reference
 * on the dirent (i_private) until it is evicted, which happens as soon
 * as nothing uses it (generic_delete_inode): the dirents are the truth.
 *
 *   dirent type          inode
 *   SYSFS_DIR            directory, nlink 2 + subdirectories
 *   SYSFS_KOBJ_ATTR      regular file, size PAGE_SIZE (file.c)
 *   SYSFS_KOBJ_BIN_ATTR  regular file, the attribute's size (bin.c)
 *   SYSFS_KOBJ_LINK      symlink (symlink.c)
 *
 * As in Linux 2.6.32, except that a chmod or chown from user space lasts
 * only while the inode is cached (2.6.32 keeps it in the dirent's iattr),
 * and that the kernel mounts sysfs at /sys itself after unpacking the
 * initramfs (sysfs_mount_at_boot), as Linnet does /proc and /dev: the
 * kernel monitor, which runs with no /init, has it too, and the init
 * script's mount (usr/userland/etc/init.d/rcS) finds it there and costs
 * a stat() instead of a fork and an exec. Linux leaves it to user space.
 * See docs/drivers-core.md.
 */
#include <linux/module.h>
#include <linux/kobject.h>
#include <linux/mount.h>
#include <linux/pagemap.h>
#include <linux/magic.h>
#include <linux/init.h>
#include <linux/slab.h>
#include <linux/err.h>
#include <linux/printk.h>
#include <linux/fcntl.h>
#include <linux/syscalls.h>
#include "sysfs.h"

static struct vfsmount *sysfs_mount;

/* Release the inode's reference on its dirent when the inode goes */
static void sysfs_clear_inode(struct inode *inode)
{
	sysfs_put(inode->i_private);
	inode->i_private = NULL;
}

static const struct super_operations sysfs_ops = {
	.statfs = simple_statfs,
	.drop_inode = generic_delete_inode,
	.clear_inode = sysfs_clear_inode,
};

/* nlink of a directory: 2 + its subdirectories (sysfs_mutex held) */
static unsigned int sysfs_count_nlink(struct sysfs_dirent *sd)
{
	unsigned int nr = 2;

	for (sd = sd->s_dir.children; sd; sd = sd->s_sibling)
		if (sysfs_type(sd) == SYSFS_DIR)
			nr++;
	return nr;
}

static void sysfs_init_inode(struct sysfs_dirent *sd, struct inode *inode)
{
	inode->i_private = sysfs_get(sd);
	inode->i_mode = sd->s_mode;
	inode->i_mtime = inode->i_atime = inode->i_ctime = current_fs_time(inode->i_sb);
	switch (sysfs_type(sd)) {
	case SYSFS_DIR:
		inode->i_op = &sysfs_dir_inode_operations;
		inode->i_fop = &sysfs_dir_operations;
		inode->i_nlink = sysfs_count_nlink(sd);
		break;
	case SYSFS_KOBJ_ATTR:
		inode->i_size = PAGE_SIZE;
		inode->i_fop = &sysfs_file_operations;
		break;
	case SYSFS_KOBJ_BIN_ATTR:
		inode->i_size = sd->s_bin_attr.bin_attr->size;
		inode->i_fop = &bin_fops;
		break;
	case SYSFS_KOBJ_LINK:
		inode->i_op = &sysfs_symlink_inode_operations;
		break;
	default:
		BUG();
	}
}

/**
 * sysfs_get_inode - the inode of a dirent, made if not cached
 * @sb: sysfs's super block
 * @sd: the dirent
 *
 * Context: process context, sysfs_mutex held; may sleep.
 * Return: the inode with a reference, or NULL (no memory).
 */
struct inode *sysfs_get_inode(struct super_block *sb, struct sysfs_dirent *sd)
{
	struct inode *inode = iget_locked(sb, sd->s_ino);

	if (inode && (inode->i_state & I_NEW)) {
		sysfs_init_inode(sd, inode);
		unlock_new_inode(inode);
	}
	return inode;
}

static int sysfs_fill_super(struct super_block *sb, void *data, int silent)
{
	struct inode *inode;

	sb->s_blocksize = PAGE_CACHE_SIZE;
	sb->s_blocksize_bits = PAGE_CACHE_SHIFT;
	sb->s_magic = SYSFS_MAGIC;
	sb->s_op = &sysfs_ops;
	mutex_lock(&sysfs_mutex);
	inode = sysfs_get_inode(sb, &sysfs_root);
	mutex_unlock(&sysfs_mutex);
	if (!inode)
		return -ENOMEM;
	sb->s_root = d_alloc_root(inode);
	if (!sb->s_root) {
		iput(inode);
		return -ENOMEM;
	}
	return 0;
}

static int sysfs_get_sb(struct file_system_type *fs_type, int flags, const char *dev_name,
			void *data, struct vfsmount *mnt)
{
	return get_sb_single(fs_type, flags, data, sysfs_fill_super, mnt);
}

static struct file_system_type sysfs_fs_type = {
	.name = "sysfs",
	.get_sb = sysfs_get_sb,
	.kill_sb = kill_anon_super,
};

/**
 * sysfs_init - register "sysfs" and make its super block
 *
 * Context: boot, from mnt_init(), before the first kobject_add().
 * Return: 0 or a negative errno (sysfs is then missing; boot goes on).
 */
int __init sysfs_init(void)
{
	int err = sysfs_dirent_cache_init();

	if (err)
		return err;
	err = register_filesystem(&sysfs_fs_type);
	if (err)
		return err;
	sysfs_mount = kern_mount_data(&sysfs_fs_type, NULL);
	if (IS_ERR(sysfs_mount)) {
		printk(KERN_ERR "sysfs: could not mount!\n");
		err = PTR_ERR(sysfs_mount);
		sysfs_mount = NULL;
		unregister_filesystem(&sysfs_fs_type);
	}
	return err;
}

/* Mount sysfs at /sys, making the mount point if the initramfs has none */
static int __init sysfs_mount_at_boot(void)
{
	long err = sys_mkdirat(AT_FDCWD, "/sys", 0755);

	if (err && err != -EEXIST)
		goto fail;
	err = do_mount("sysfs", "/sys", "sysfs", 0, NULL);
	if (!err)
		return 0;
fail:
	printk(KERN_ERR "sysfs: cannot mount /sys: %ld\n", err);
	return 0;
}
late_initcall(sysfs_mount_at_boot);
