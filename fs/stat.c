/*
 * stat.c - what stat() reports: inode attributes in a struct kstat.
 *
 * vfs_getattr() asks the file system (getattr) or copies the inode's
 * fields (generic_fillattr); the stat, lstat and fstat flavours differ
 * only in how they find the inode: a path followed through symlinks, a
 * path not followed at the end, or a descriptor. The system calls copy
 * the kstat out in the caller's layout (stat64). Linux 2.6.32's
 * functions. Read next: fs/libfs.c:simple_getattr, docs/files.md.
 */
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/file.h>
#include <linux/namei.h>
#include <linux/stat.h>
#include <linux/kernel.h>

/**
 * generic_fillattr - fill a kstat from an inode's fields
 * @inode: the inode
 * @stat: filled in
 *
 * Context: any.
 */
void generic_fillattr(struct inode *inode, struct kstat *stat)
{
	stat->dev = inode->i_sb->s_dev;
	stat->ino = inode->i_ino;
	stat->mode = inode->i_mode;
	stat->nlink = inode->i_nlink;
	stat->uid = inode->i_uid;
	stat->gid = inode->i_gid;
	stat->rdev = inode->i_rdev;
	stat->atime = inode->i_atime;
	stat->mtime = inode->i_mtime;
	stat->ctime = inode->i_ctime;
	stat->size = i_size_read(inode);
	stat->blocks = inode->i_blocks;
	stat->blksize = 1UL << inode->i_blkbits;
}

/**
 * vfs_getattr - the attributes of a dentry
 * @mnt: its mount
 * @dentry: the dentry
 * @stat: filled in
 *
 * Context: process context; may sleep.
 * Return: 0 or the file system's error.
 */
int vfs_getattr(struct vfsmount *mnt, struct dentry *dentry, struct kstat *stat)
{
	struct inode *inode = dentry->d_inode;

	if (inode->i_op->getattr)
		return inode->i_op->getattr(mnt, dentry, stat);
	generic_fillattr(inode, stat);
	return 0;
}

/**
 * vfs_fstat - stat of an open file
 * @fd: its descriptor
 * @stat: filled in
 *
 * Context: process context; may sleep.
 * Return: 0 or -EBADF.
 */
int vfs_fstat(unsigned int fd, struct kstat *stat)
{
	struct file *f = fget(fd);
	int error = -EBADF;

	if (f) {
		error = vfs_getattr(f->f_path.mnt, f->f_path.dentry, stat);
		fput(f);
	}
	return error;
}

/**
 * vfs_fstatat - stat of a path, from a directory descriptor
 * @dfd: where a relative path starts
 * @filename: the path
 * @stat: filled in
 * @flag: AT_SYMLINK_NOFOLLOW to stat a final symlink itself
 *
 * Context: process context; may sleep.
 * Return: 0, -EINVAL (other flags), or the lookup's error.
 */
int vfs_fstatat(int dfd, char __user *filename, struct kstat *stat, int flag)
{
	struct path path;
	int error;

	if (flag & ~AT_SYMLINK_NOFOLLOW)
		return -EINVAL;
	error = user_path_at(dfd, filename, flag & AT_SYMLINK_NOFOLLOW ? 0 : LOOKUP_FOLLOW, &path);
	if (error)
		return error;
	error = vfs_getattr(path.mnt, path.dentry, stat);
	path_put(&path);
	return error;
}

/**
 * vfs_stat - stat of a path, following symlinks
 * @name: the path
 * @stat: filled in
 *
 * Context: process context; may sleep.
 * Return: 0 or the lookup's error.
 */
int vfs_stat(char __user *name, struct kstat *stat)
{
	return vfs_fstatat(AT_FDCWD, name, stat, 0);
}

/**
 * vfs_lstat - stat of a path, not following a final symlink
 * @name: the path
 * @stat: filled in
 *
 * Context: process context; may sleep.
 * Return: 0 or the lookup's error.
 */
int vfs_lstat(char __user *name, struct kstat *stat)
{
	return vfs_fstatat(AT_FDCWD, name, stat, AT_SYMLINK_NOFOLLOW);
}

/**
 * inode_add_bytes - count bytes into an inode's i_blocks
 * @inode: the inode
 * @bytes: how many
 *
 * Context: any.
 */
void inode_add_bytes(struct inode *inode, loff_t bytes)
{
	inode->i_blocks += bytes >> 9;
}

/**
 * inode_sub_bytes - count bytes out of an inode's i_blocks
 * @inode: the inode
 * @bytes: how many
 *
 * Context: any.
 */
void inode_sub_bytes(struct inode *inode, loff_t bytes)
{
	inode->i_blocks -= bytes >> 9;
}
