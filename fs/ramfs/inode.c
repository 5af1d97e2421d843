/*
 * inode.c - ramfs: a file system that is nothing but the page cache
 * and the dentry cache.
 *
 * A ramfs file's data lives only in its page cache: its pages are never
 * written anywhere, so they are marked dirty and never reclaimed, and
 * reading a page that was never written supplies zeroes. Its names live
 * only in the dcache: each dentry is pinned by an extra reference for as
 * long as the name exists, and lookup of anything not cached answers
 * "no such file". There is no size limit: a ramfs grows until memory
 * runs out, and then a write fails with -ENOMEM after the bytes that fit.
 *
 *   mkdir /tmp  -> ramfs_mkdir -> ramfs_get_inode(S_IFDIR) -> d_instantiate + dget (pin)
 *
 * A new file belongs to the caller's fsuid and fsgid, except that in a
 * set-group-ID directory it takes the directory's group (and a new
 * directory there is set-group-ID too): the BSD rule, as 2.6.32's
 * ramfs_get_inode and ramfs_mknod apply it.
 *
 * The same code is rootfs, the root file system mounted at boot
 * (init_rootfs; fs/namespace.c:init_mount_tree), and, as in a 2.6.32
 * kernel built without CONFIG_SHMEM, tmpfs (mm/shmem.c). Linux 2.6.32's
 * structure; options other than mode= are ignored, as 2.6.32's are.
 * Read next: fs/ramfs/file-mmu.c, fs/libfs.c, docs/files.md.
 */
#include <linux/fs.h>
#include <linux/ramfs.h>
#include <linux/dcache.h>
#include <linux/pagemap.h>
#include <linux/magic.h>
#include <linux/module.h>
#include <linux/init.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/kernel.h>
#include <linux/sched.h>

#define RAMFS_DEFAULT_MODE 0755

static const struct super_operations ramfs_ops;
static const struct inode_operations ramfs_dir_inode_operations;

/**
 * ramfs_get_inode - a new ramfs inode of a given type
 * @sb: the super block
 * @mode: type and permissions
 * @dev: the device number for a device node
 *
 * Context: process context; may sleep.
 * Return: the inode or NULL.
 */
struct inode *ramfs_get_inode(struct super_block *sb, int mode, dev_t dev)
{
	struct inode *inode = new_inode(sb);

	if (!inode)
		return NULL;
	inode->i_mode = mode;
	inode->i_uid = current_fsuid();
	inode->i_gid = current_fsgid();
	inode->i_mapping->a_ops = &ramfs_aops;
	mapping_set_gfp_mask(inode->i_mapping, GFP_HIGHUSER);
	mapping_set_unevictable(inode->i_mapping); /* nothing to write them back to */
	inode->i_atime = inode->i_mtime = inode->i_ctime = current_fs_time(sb);
	switch (mode & S_IFMT) {
	default:
		init_special_inode(inode, mode, dev);
		break;
	case S_IFREG:
		inode->i_op = &ramfs_file_inode_operations;
		inode->i_fop = &ramfs_file_operations;
		break;
	case S_IFDIR:
		inode->i_op = &ramfs_dir_inode_operations;
		inode->i_fop = &simple_dir_operations;
		inc_nlink(inode); /* a directory starts with two links: its name and "." */
		break;
	case S_IFLNK:
		inode->i_op = &page_symlink_inode_operations;
		break;
	}
	return inode;
}
EXPORT_SYMBOL(ramfs_get_inode);

static int ramfs_mknod(struct inode *dir, struct dentry *dentry, int mode, dev_t dev)
{
	struct inode *inode = ramfs_get_inode(dir->i_sb, mode, dev);

	if (!inode)
		return -ENOSPC;
	if (dir->i_mode & S_ISGID) { /* a set-group-ID directory hands down its group */
		inode->i_gid = dir->i_gid;
		if (S_ISDIR(mode))
			inode->i_mode |= S_ISGID;
	}
	d_instantiate(dentry, inode);
	dget(dentry); /* the pin: the name lives as long as the file is linked here */
	dir->i_mtime = dir->i_ctime = current_fs_time(dir->i_sb);
	return 0;
}

static int ramfs_mkdir(struct inode *dir, struct dentry *dentry, int mode)
{
	int retval = ramfs_mknod(dir, dentry, mode | S_IFDIR, 0);

	if (!retval)
		inc_nlink(dir);
	return retval;
}

static int ramfs_create(struct inode *dir, struct dentry *dentry, int mode, struct nameidata *nd)
{
	return ramfs_mknod(dir, dentry, mode | S_IFREG, 0);
}

static int ramfs_symlink(struct inode *dir, struct dentry *dentry, const char *symname)
{
	struct inode *inode = ramfs_get_inode(dir->i_sb, S_IFLNK | S_IRWXUGO, 0);
	int error;

	if (!inode)
		return -ENOSPC;
	if (dir->i_mode & S_ISGID)
		inode->i_gid = dir->i_gid;
	error = page_symlink(inode, symname, strlen(symname) + 1);
	if (error) {
		iput(inode);
		return error;
	}
	d_instantiate(dentry, inode);
	dget(dentry);
	dir->i_mtime = dir->i_ctime = current_fs_time(dir->i_sb);
	return 0;
}

static const struct inode_operations ramfs_dir_inode_operations = {
	.create = ramfs_create,
	.lookup = simple_lookup,
	.link = simple_link,
	.unlink = simple_unlink,
	.symlink = ramfs_symlink,
	.mkdir = ramfs_mkdir,
	.rmdir = simple_rmdir,
	.mknod = ramfs_mknod,
	.rename = simple_rename,
};

static const struct super_operations ramfs_ops = {
	.statfs = simple_statfs,
	.drop_inode = generic_delete_inode,
};

/* ramfs_parse_options - "mode=0755"; other options are ignored, as 2.6.32's ramfs does */
static umode_t ramfs_parse_options(const char *data)
{
	char *opts = data ? kstrdup(data, GFP_KERNEL) : NULL, *rest = opts, *p;
	umode_t mode = RAMFS_DEFAULT_MODE;
	unsigned long val;

	while (rest && (p = strsep(&rest, ",")) != NULL)
		if (!strncmp(p, "mode=", 5) && !kstrtoul(p + 5, 8, &val))
			mode = val & S_IALLUGO;
	kfree(opts);
	return mode;
}

/**
 * ramfs_fill_super - set up a new ramfs super block: its operations and root
 * @sb: the super block
 * @data: the mount options ("mode=...")
 * @silent: do not complain
 *
 * Context: process context; may sleep.
 * Return: 0 or -ENOMEM.
 */
int ramfs_fill_super(struct super_block *sb, void *data, int silent)
{
	struct inode *inode;
	struct dentry *root;

	sb->s_maxbytes = MAX_LFS_FILESIZE;
	sb->s_blocksize = PAGE_CACHE_SIZE;
	sb->s_blocksize_bits = PAGE_CACHE_SHIFT;
	sb->s_magic = RAMFS_MAGIC;
	sb->s_op = &ramfs_ops;
	inode = ramfs_get_inode(sb, S_IFDIR | ramfs_parse_options(data), 0);
	if (!inode)
		return -ENOMEM;
	root = d_alloc_root(inode);
	if (!root) {
		iput(inode);
		return -ENOMEM;
	}
	sb->s_root = root;
	return 0;
}

/**
 * ramfs_get_sb - get_sb of ramfs: a new, empty file system at each mount
 * @fs_type: the type
 * @flags: MS_* flags
 * @dev_name: ignored
 * @data: the options
 * @mnt: the mount
 *
 * Context: process context; may sleep.
 * Return: 0 or -ENOMEM.
 */
int ramfs_get_sb(struct file_system_type *fs_type, int flags, const char *dev_name, void *data,
		 struct vfsmount *mnt)
{
	return get_sb_nodev(fs_type, flags, data, ramfs_fill_super, mnt);
}

static int rootfs_get_sb(struct file_system_type *fs_type, int flags, const char *dev_name,
			 void *data, struct vfsmount *mnt)
{
	return get_sb_nodev(fs_type, flags | MS_NOUSER, data, ramfs_fill_super, mnt);
}

static struct file_system_type ramfs_fs_type = {
	.name = "ramfs",
	.get_sb = ramfs_get_sb,
	.kill_sb = kill_litter_super,
};

static struct file_system_type rootfs_fs_type = {
	.name = "rootfs",
	.get_sb = rootfs_get_sb,
	.kill_sb = kill_litter_super,
};

static int __init init_ramfs_fs(void)
{
	return register_filesystem(&ramfs_fs_type);
}
module_init(init_ramfs_fs);

/**
 * init_rootfs - register rootfs, the ramfs mounted as "/" at boot
 *
 * Context: boot (mnt_init), before init_mount_tree().
 * Return: 0 or register_filesystem()'s error.
 */
int __init init_rootfs(void)
{
	return register_filesystem(&rootfs_fs_type);
}
