/*
 * fs/debugfs/inode.c - debugfs: a ramfs-like tree the kernel fills itself.
 *
 * Unlike sysfs, debugfs keeps its files as ordinary dentries and inodes
 * (the libfs helpers of fs/libfs.c do the directory work): creating a
 * file is a lookup of the name in the parent (lookup_one_len) and a
 * mknod-like instantiation with the caller's file operations and data
 * (in i_private, which the operations' open finds). The tree lives in an
 * internal mount pinned once per file (simple_pin_fs), so it exists
 * before and after user space mounts it; `mount -t debugfs` shows the
 * same super block (get_sb_single):
 *
 *   debugfs_create_file("x", 0644, parent, data, fops)
 *     simple_pin_fs -> i_mutex of parent -> lookup_one_len("x")
 *       -> debugfs_get_inode(S_IFREG | 0644): i_fop = fops, i_private = data
 *       -> d_instantiate + dget (the pin that keeps the name)
 *
 * debugfs_remove() drops that pin (simple_unlink/simple_rmdir) and the
 * file system's pin. /sys/kernel/debug is made at boot as the usual
 * mount point. As in Linux 2.6.32 (debugfs_rename is left out).
 * See docs/drivers-core.md.
 */
#include <linux/module.h>
#include <linux/fs.h>
#include <linux/mount.h>
#include <linux/namei.h>
#include <linux/dcache.h>
#include <linux/debugfs.h>
#include <linux/kobject.h>
#include <linux/magic.h>
#include <linux/init.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/err.h>

static struct vfsmount *debugfs_mount;
static int debugfs_mount_count;
static bool debugfs_registered;

static struct inode *debugfs_get_inode(struct super_block *sb, int mode, dev_t dev)
{
	struct inode *inode = new_inode(sb);

	if (!inode)
		return NULL;
	inode->i_mode = mode;
	inode->i_atime = inode->i_mtime = inode->i_ctime = current_fs_time(sb);
	switch (mode & S_IFMT) {
	default:
		init_special_inode(inode, mode, dev);
		break;
	case S_IFREG:
		inode->i_fop = &debugfs_file_operations;
		break;
	case S_IFLNK:
		inode->i_op = &debugfs_link_operations;
		break;
	case S_IFDIR:
		inode->i_op = &simple_dir_inode_operations;
		inode->i_fop = &simple_dir_operations;
		/* directories start with 2 links: their name and "." */
		inc_nlink(inode);
		break;
	}
	return inode;
}

/* Give @dentry an inode of @mode; the dget is the pin that keeps it */
static int debugfs_mknod(struct inode *dir, struct dentry *dentry, int mode, dev_t dev)
{
	struct inode *inode;

	if (dentry->d_inode)
		return -EEXIST;
	inode = debugfs_get_inode(dir->i_sb, mode, dev);
	if (!inode)
		return -EPERM;
	d_instantiate(dentry, inode);
	dget(dentry);
	return 0;
}

static int debugfs_mkdir(struct inode *dir, struct dentry *dentry, int mode)
{
	int res = debugfs_mknod(dir, dentry, (mode & (S_IRWXUGO | S_ISVTX)) | S_IFDIR, 0);

	if (!res)
		inc_nlink(dir);
	return res;
}

static int debugfs_link(struct inode *dir, struct dentry *dentry, int mode)
{
	return debugfs_mknod(dir, dentry, (mode & S_IALLUGO) | S_IFLNK, 0);
}

static int debugfs_create(struct inode *dir, struct dentry *dentry, int mode)
{
	return debugfs_mknod(dir, dentry, (mode & S_IALLUGO) | S_IFREG, 0);
}

static inline int debugfs_positive(struct dentry *dentry)
{
	return dentry->d_inode && !d_unhashed(dentry);
}

static int debug_fill_super(struct super_block *sb, void *data, int silent)
{
	static struct tree_descr debug_files[] = { { "" } };

	return simple_fill_super(sb, DEBUGFS_MAGIC, debug_files);
}

static int debug_get_sb(struct file_system_type *fs_type, int flags, const char *dev_name,
			void *data, struct vfsmount *mnt)
{
	return get_sb_single(fs_type, flags, data, debug_fill_super, mnt);
}

static struct file_system_type debug_fs_type = {
	.name = "debugfs",
	.get_sb = debug_get_sb,
	.kill_sb = kill_litter_super,
};

/* Make @name in @parent (NULL: the root) with @mode, under the parent's i_mutex */
static int debugfs_create_by_name(const char *name, mode_t mode, struct dentry *parent,
				  struct dentry **dentry)
{
	int error;

	if (!parent)
		parent = debugfs_mount->mnt_sb->s_root;
	*dentry = NULL;
	mutex_lock(&parent->d_inode->i_mutex);
	*dentry = lookup_one_len(name, parent, strlen(name));
	if (!IS_ERR(*dentry)) {
		switch (mode & S_IFMT) {
		case S_IFDIR:
			error = debugfs_mkdir(parent->d_inode, *dentry, mode);
			break;
		case S_IFLNK:
			error = debugfs_link(parent->d_inode, *dentry, mode);
			break;
		default:
			error = debugfs_create(parent->d_inode, *dentry, mode);
			break;
		}
		dput(*dentry);
	} else {
		error = PTR_ERR(*dentry);
	}
	mutex_unlock(&parent->d_inode->i_mutex);
	return error;
}

/**
 * debugfs_create_file - make a file in debugfs
 * @name: its name
 * @mode: its type and permissions (S_IFREG is assumed when no type is given)
 * @parent: the directory (a dentry debugfs_create_dir() gave), or NULL for the root
 * @data: put in the inode's i_private, for @fops's open to find
 * @fops: its file operations (NULL: reads give nothing, writes are swallowed)
 *
 * Remove it with debugfs_remove() (a module must, in its exit).
 *
 * Context: process context; may sleep.
 * Return: the file's dentry, or NULL on any error (-EEXIST, -ENOMEM...).
 */
struct dentry *debugfs_create_file(const char *name, mode_t mode, struct dentry *parent, void *data,
				   const struct file_operations *fops)
{
	struct dentry *dentry = NULL;
	int error;

	pr_debug("debugfs: creating file '%s'\n", name);
	error = simple_pin_fs(&debug_fs_type, &debugfs_mount, &debugfs_mount_count);
	if (error)
		return NULL;
	error = debugfs_create_by_name(name, mode, parent, &dentry);
	if (error) {
		dentry = NULL;
		simple_release_fs(&debugfs_mount, &debugfs_mount_count);
		return NULL;
	}
	if (dentry->d_inode) {
		if (data)
			dentry->d_inode->i_private = data;
		if (fops)
			dentry->d_inode->i_fop = fops;
	}
	return dentry;
}
EXPORT_SYMBOL_GPL(debugfs_create_file);

/**
 * debugfs_create_dir - make a directory in debugfs
 * @name: its name
 * @parent: the directory it goes in, or NULL for the root
 *
 * Context: process context; may sleep.
 * Return: its dentry, or NULL on error.
 */
struct dentry *debugfs_create_dir(const char *name, struct dentry *parent)
{
	return debugfs_create_file(name, S_IFDIR | S_IRWXU | S_IRUGO | S_IXUGO, parent, NULL, NULL);
}
EXPORT_SYMBOL_GPL(debugfs_create_dir);

/**
 * debugfs_create_symlink - make a symbolic link in debugfs
 * @name: its name
 * @parent: the directory it goes in, or NULL for the root
 * @target: what it points to (copied)
 *
 * Context: process context; may sleep.
 * Return: its dentry, or NULL on error.
 */
struct dentry *debugfs_create_symlink(const char *name, struct dentry *parent, const char *target)
{
	struct dentry *result;
	char *link = kstrdup(target, GFP_KERNEL);

	if (!link)
		return NULL;
	result = debugfs_create_file(name, S_IFLNK | S_IRWXUGO, parent, link, NULL);
	if (!result)
		kfree(link);
	return result;
}
EXPORT_SYMBOL_GPL(debugfs_create_symlink);

/* Unlink @dentry from @parent (i_mutex held); 0 or simple_rmdir's -ENOTEMPTY */
static int __debugfs_remove(struct dentry *dentry, struct dentry *parent)
{
	int ret = 0;

	if (!debugfs_positive(dentry))
		return 0;
	dget(dentry);
	switch (dentry->d_inode->i_mode & S_IFMT) {
	case S_IFDIR:
		ret = simple_rmdir(parent->d_inode, dentry);
		break;
	case S_IFLNK:
		kfree(dentry->d_inode->i_private);
		dentry->d_inode->i_private = NULL;
		ret = simple_unlink(parent->d_inode, dentry);
		break;
	default:
		ret = simple_unlink(parent->d_inode, dentry);
		break;
	}
	if (!ret)
		d_delete(dentry);
	dput(dentry);
	return ret;
}

/**
 * debugfs_remove - remove a file or an empty directory made in debugfs
 * @dentry: what debugfs_create_*() returned; NULL is allowed
 *
 * A directory that is not empty stays (use debugfs_remove_recursive()).
 * Open files keep working with the data until closed, so a module must
 * not free what they use before its files close.
 *
 * Context: process context; may sleep.
 */
void debugfs_remove(struct dentry *dentry)
{
	struct dentry *parent;
	int ret;

	if (!dentry || IS_ERR(dentry))
		return;
	parent = dentry->d_parent;
	if (!parent || !parent->d_inode)
		return;
	mutex_lock(&parent->d_inode->i_mutex);
	ret = __debugfs_remove(dentry, parent);
	mutex_unlock(&parent->d_inode->i_mutex);
	if (!ret)
		simple_release_fs(&debugfs_mount, &debugfs_mount_count);
}
EXPORT_SYMBOL_GPL(debugfs_remove);

/* The first positive child of @dir, or NULL (dcache_lock taken here) */
static struct dentry *debugfs_first_child(struct dentry *dir)
{
	struct dentry *child, *found = NULL;

	spin_lock(&dcache_lock);
	list_for_each_entry(child, &dir->d_subdirs, d_u.d_child)
		if (debugfs_positive(child)) {
			found = child;
			break;
		}
	spin_unlock(&dcache_lock);
	return found;
}

/* Remove everything below @dir, deepest first; @dir's i_mutex is not held */
static void debugfs_remove_children(struct dentry *dir)
{
	struct dentry *child;

	mutex_lock(&dir->d_inode->i_mutex);
	while ((child = debugfs_first_child(dir))) {
		if (S_ISDIR(child->d_inode->i_mode) && debugfs_first_child(child)) {
			dget(child);
			mutex_unlock(&dir->d_inode->i_mutex);
			debugfs_remove_children(child);
			mutex_lock(&dir->d_inode->i_mutex);
			dput(child);
			continue;
		}
		if (__debugfs_remove(child, dir))
			break;
		simple_release_fs(&debugfs_mount, &debugfs_mount_count);
	}
	mutex_unlock(&dir->d_inode->i_mutex);
}

/**
 * debugfs_remove_recursive - remove a directory of debugfs and all it holds
 * @dentry: the directory (or a file); NULL is allowed
 *
 * Context: process context; may sleep.
 */
void debugfs_remove_recursive(struct dentry *dentry)
{
	if (!dentry || IS_ERR(dentry) || !dentry->d_parent || !dentry->d_parent->d_inode)
		return;
	if (S_ISDIR(dentry->d_inode->i_mode))
		debugfs_remove_children(dentry);
	debugfs_remove(dentry);
}
EXPORT_SYMBOL_GPL(debugfs_remove_recursive);

/**
 * debugfs_initialized - has debugfs been registered yet?
 *
 * Context: any.
 * Return: true after debugfs_init().
 */
bool debugfs_initialized(void)
{
	return debugfs_registered;
}
EXPORT_SYMBOL_GPL(debugfs_initialized);

static struct kobject *debug_kobj;

/* Register "debugfs" and make /sys/kernel/debug, its mount point */
static int __init debugfs_init(void)
{
	int retval;

	debug_kobj = kobject_create_and_add("debug", kernel_kobj);
	if (!debug_kobj)
		return -EINVAL;
	retval = register_filesystem(&debug_fs_type);
	if (retval)
		kobject_put(debug_kobj);
	else
		debugfs_registered = true;
	return retval;
}
core_initcall(debugfs_init);
