/*
 * devtmpfs.c - /dev filled by the kernel: a node appears when a driver
 * registers its device, and goes when it unregisters.
 *
 * devtmpfs is a ramfs instance of its own, mounted inside the kernel at
 * boot (dev_mnt) and shown at /dev. devtmpfs_create_node() makes a node
 * in it with vfs_mknod(), whether or not it is mounted anywhere yet, so
 * the devices registered during boot are all there when /dev is mounted.
 * Nodes can also be made by hand (mknod) like in any ramfs.
 *
 * In 2.6.32 device_add() calls devtmpfs_create_node(dev) for every
 * struct device with a device number. Linnet has no driver core yet
 * (struct device, drivers/base/core.c), so the callers are the
 * registration functions themselves: register_chrdev() and friends
 * (fs/char_dev.c), mem.c for each of its minors and misc_register(),
 * which give a name, a mode and a number. Linux 2.6.32 mounts devtmpfs at
 * /dev only when it mounts a real root (CONFIG_DEVTMPFS_MOUNT); with an
 * initramfs, /init does it. Linnet runs no /init yet, so the kernel
 * mounts it after unpacking the initramfs (devtmpfs_mount).
 * See docs/procfs.md.
 */
#include <linnet/devtmpfs.h>
#include <linux/fs.h>
#include <linux/mount.h>
#include <linux/namei.h>
#include <linux/dcache.h>
#include <linux/ramfs.h>
#include <linux/init.h>
#include <linux/err.h>
#include <linux/fcntl.h>
#include <linux/syscalls.h>
#include <linux/printk.h>
#include <linux/string.h>

static struct vfsmount *dev_mnt;

static int dev_get_sb(struct file_system_type *fs_type, int flags, const char *dev_name, void *data,
		      struct vfsmount *mnt)
{
	return get_sb_single(fs_type, flags, data, ramfs_fill_super, mnt);
}

static struct file_system_type dev_fs_type = {
	.name = "devtmpfs",
	.get_sb = dev_get_sb,
	.kill_sb = kill_litter_super,
};

/* The dentry for @name in devtmpfs's root, locked parent; or an ERR_PTR */
static struct dentry *dev_lookup_create(const char *name, struct nameidata *nd)
{
	int err = vfs_path_lookup(dev_mnt->mnt_root, dev_mnt, ".", 0, nd);

	if (err)
		return ERR_PTR(err);
	mutex_lock(&nd->path.dentry->d_inode->i_mutex);
	return lookup_one_len(name, nd->path.dentry, strlen(name));
}

static void dev_unlock(struct nameidata *nd)
{
	mutex_unlock(&nd->path.dentry->d_inode->i_mutex);
	path_put(&nd->path);
}

/**
 * devtmpfs_create_node - make /dev/NAME for a device
 * @name: the node's name (no '/')
 * @mode: its permissions (S_IFCHR is added); 0 means 0600
 * @dev: the device number
 *
 * Return: 0, -EEXIST if the name is taken, or another negative errno;
 * 0 before devtmpfs exists (boot has not reached fs_initcall).
 * Context: process context; may sleep.
 */
int devtmpfs_create_node(const char *name, mode_t mode, dev_t dev)
{
	struct nameidata nd;
	struct dentry *dentry;
	int err;

	if (!dev_mnt)
		return 0;
	if (strchr(name, '/'))
		return -EINVAL;
	dentry = dev_lookup_create(name, &nd);
	if (IS_ERR(dentry)) {
		err = PTR_ERR(dentry);
		if (err != -ENOENT && err != -ENOTDIR)
			dev_unlock(&nd);
		return err;
	}
	if (dentry->d_inode)
		err = -EEXIST;
	else
		err = vfs_mknod(nd.path.dentry->d_inode, dentry, S_IFCHR | ((mode & 07777) ?: 0600),
				dev);
	dput(dentry);
	dev_unlock(&nd);
	return err;
}

/**
 * devtmpfs_delete_node - remove /dev/NAME when its device goes
 * @name: the node's name
 *
 * Return: 0, or a negative errno (-ENOENT if there is no such node).
 * Context: process context; may sleep.
 */
int devtmpfs_delete_node(const char *name)
{
	struct nameidata nd;
	struct dentry *dentry;
	int err;

	if (!dev_mnt)
		return 0;
	dentry = dev_lookup_create(name, &nd);
	if (IS_ERR(dentry)) {
		err = PTR_ERR(dentry);
		if (err != -ENOENT && err != -ENOTDIR)
			dev_unlock(&nd);
		return err;
	}
	err = dentry->d_inode ? vfs_unlink(nd.path.dentry->d_inode, dentry) : -ENOENT;
	dput(dentry);
	dev_unlock(&nd);
	return err;
}

/**
 * devtmpfs_mount - show devtmpfs at @mntdir
 * @mntdir: where ("/dev")
 *
 * Return: 0 or a negative errno.
 * Context: process context; may sleep.
 */
int devtmpfs_mount(const char *mntdir)
{
	long err;

	if (!dev_mnt)
		return 0;
	err = sys_mkdirat(AT_FDCWD, mntdir, 0755);
	if (err && err != -EEXIST)
		return err;
	err = do_mount("devtmpfs", (char *)mntdir, "devtmpfs", 0, NULL);
	if (err)
		printk(KERN_INFO "devtmpfs: error mounting %ld\n", err);
	else
		printk(KERN_INFO "devtmpfs: mounted\n");
	return err;
}

/**
 * devtmpfs_init - register devtmpfs and mount it inside the kernel
 *
 * Return: 0 or a negative errno.
 * Context: boot, before the drivers register (core initcall level).
 */
int devtmpfs_init(void)
{
	int err = register_filesystem(&dev_fs_type);

	if (err) {
		printk(KERN_ERR "devtmpfs: unable to register devtmpfs type %i\n", err);
		return err;
	}
	dev_mnt = kern_mount_data(&dev_fs_type, NULL);
	if (IS_ERR(dev_mnt)) {
		err = PTR_ERR(dev_mnt);
		printk(KERN_ERR "devtmpfs: unable to create devtmpfs %i\n", err);
		unregister_filesystem(&dev_fs_type);
		dev_mnt = NULL;
		return err;
	}
	printk(KERN_INFO "devtmpfs: initialized\n");
	return 0;
}
core_initcall(devtmpfs_init);

/* After the initramfs is unpacked: devtmpfs at /dev (see the top of the file) */
static int devtmpfs_mount_at_boot(void)
{
	devtmpfs_mount("/dev");
	return 0;
}
late_initcall(devtmpfs_mount_at_boot);
