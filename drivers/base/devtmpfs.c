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
 * A node's name may have directories in it ("snd/controlC0", "input/mice":
 * a class's devnode() gives them, or a device named with a '/', which
 * dev_set_name() stores as '!'). As in 2.6.32, the missing directories
 * are made (create_path, 0755) before the node, and when the node goes
 * the directories it leaves empty go with it, innermost first
 * (delete_path); a directory that still holds something stays.
 *
 * In 2.6.32 device_add() calls devtmpfs_create_node(dev) for every
 * struct device with a device number, and so does Linnet's
 * (drivers/base/core.c): the devices of the classes "mem" (mem.c) and
 * "misc" (misc_register) get their nodes that way. Linnet's calls take a name, a
 * mode and a number instead of the device, because other callers make
 * nodes without a struct device: the char device registration functions
 * (fs/char_dev.c, which says why) and the tty layer. Linux 2.6.32 mounts
 * devtmpfs at /dev only when it mounts a real root
 * (CONFIG_DEVTMPFS_MOUNT); with an initramfs, /init does it. Linnet
 * mounts it itself after unpacking the initramfs (devtmpfs_mount), so
 * that /dev is there for the kernel monitor, which runs with no /init.
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
#include <linux/slab.h>

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

/* mkdir @name (a path inside devtmpfs) with @mode; -EEXIST if it is there */
static int dev_mkdir(const char *name, mode_t mode)
{
	struct nameidata nd;
	struct dentry *dentry;
	int err;

	err = vfs_path_lookup(dev_mnt->mnt_root, dev_mnt, name, LOOKUP_PARENT, &nd);
	if (err)
		return err;
	dentry = lookup_create(&nd, 1);
	if (!IS_ERR(dentry)) {
		err = vfs_mkdir(nd.path.dentry->d_inode, dentry, mode);
		dput(dentry);
	} else {
		err = PTR_ERR(dentry);
	}
	mutex_unlock(&nd.path.dentry->d_inode->i_mutex);
	path_put(&nd.path);
	return err;
}

/*
 * Make every directory on the way to the node @nodepath: "a/b/node" makes
 * "a", then "a/b"; one already there is fine.
 */
static int create_path(const char *nodepath)
{
	char *path = kstrdup(nodepath, GFP_KERNEL);
	char *s;
	int err = 0;

	if (!path)
		return -ENOMEM;
	for (s = strchr(path, '/'); s; s = strchr(s + 1, '/')) {
		*s = '\0';
		err = dev_mkdir(path, 0755);
		*s = '/';
		if (err && err != -EEXIST)
			break;
		err = 0;
	}
	kfree(path);
	return err;
}

/* rmdir @name inside devtmpfs: -ENOTEMPTY while something is in it */
static int dev_rmdir(const char *name)
{
	struct nameidata nd;
	struct dentry *dentry;
	int err;

	err = vfs_path_lookup(dev_mnt->mnt_root, dev_mnt, name, LOOKUP_PARENT, &nd);
	if (err)
		return err;
	mutex_lock(&nd.path.dentry->d_inode->i_mutex);
	dentry = lookup_one_len((const char *)nd.last.name, nd.path.dentry, nd.last.len);
	if (!IS_ERR(dentry)) {
		err = dentry->d_inode ? vfs_rmdir(nd.path.dentry->d_inode, dentry) : -ENOENT;
		dput(dentry);
	} else {
		err = PTR_ERR(dentry);
	}
	mutex_unlock(&nd.path.dentry->d_inode->i_mutex);
	path_put(&nd.path);
	return err;
}

/* Remove the directories of @nodepath from the innermost out, until one is not empty */
static int delete_path(const char *nodepath)
{
	char *path = kstrdup(nodepath, GFP_KERNEL);
	char *base;
	int err = 0;

	if (!path)
		return -ENOMEM;
	while ((base = strrchr(path, '/'))) {
		*base = '\0';
		err = dev_rmdir(path);
		if (err)
			break;
	}
	kfree(path);
	return err;
}

/* The parent directory of @name, walked with LOOKUP_PARENT; its missing directories made */
static int dev_lookup_parent(const char *name, struct nameidata *nd)
{
	int err = vfs_path_lookup(dev_mnt->mnt_root, dev_mnt, name, LOOKUP_PARENT, nd);

	if (err != -ENOENT)
		return err;
	create_path(name);
	return vfs_path_lookup(dev_mnt->mnt_root, dev_mnt, name, LOOKUP_PARENT, nd);
}

/**
 * devtmpfs_create_node - make /dev/NAME for a device
 * @name: the node's path inside /dev ("ttyS0", or "snd/controlC0": the
 *        directories are made as needed)
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
	err = dev_lookup_parent(name, &nd);
	if (err)
		return err;
	dentry = lookup_create(&nd, 0);
	if (!IS_ERR(dentry)) {
		err = vfs_mknod(nd.path.dentry->d_inode, dentry, S_IFCHR | ((mode & 07777) ?: 0600),
				dev);
		dput(dentry);
	} else {
		err = PTR_ERR(dentry);
	}
	mutex_unlock(&nd.path.dentry->d_inode->i_mutex);
	path_put(&nd.path);
	return err;
}

/**
 * devtmpfs_delete_node - remove /dev/NAME when its device goes
 * @name: the node's path inside /dev; directories it leaves empty go too
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
	err = vfs_path_lookup(dev_mnt->mnt_root, dev_mnt, name, LOOKUP_PARENT, &nd);
	if (err)
		return err;
	mutex_lock(&nd.path.dentry->d_inode->i_mutex);
	dentry = lookup_one_len((const char *)nd.last.name, nd.path.dentry, nd.last.len);
	if (!IS_ERR(dentry)) {
		err = dentry->d_inode ? vfs_unlink(nd.path.dentry->d_inode, dentry) : -ENOENT;
		dput(dentry);
	} else {
		err = PTR_ERR(dentry);
	}
	mutex_unlock(&nd.path.dentry->d_inode->i_mutex);
	path_put(&nd.path);
	if (!err && strchr(name, '/'))
		delete_path(name);
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
