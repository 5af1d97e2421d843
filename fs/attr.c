/*
 * attr.c - changing an inode's attributes: size, mode, owner, times.
 *
 * notify_change() is the one way in (chmod, chown, utimes, truncate);
 * it stamps ctime and calls the file system's setattr, or the generic
 * inode_change_ok() + inode_setattr(). A size change goes through
 * vmtruncate(), which drops the page cache beyond the new end. Linux
 * 2.6.32's functions; with only root, inode_change_ok() checks just the
 * size limit. Read next: mm/truncate.c, docs/files.md.
 */
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/time.h>
#include <linux/kernel.h>

/**
 * inode_change_ok - may this change be made?
 * @inode: the inode
 * @attr: the change
 *
 * Context: any.
 * Return: 0, or -EFBIG for a size past the file system's limit.
 */
int inode_change_ok(const struct inode *inode, struct iattr *attr)
{
	if ((attr->ia_valid & ATTR_SIZE) && attr->ia_size > inode->i_sb->s_maxbytes)
		return -EFBIG;
	return 0;
}

/**
 * inode_setattr - apply a change to an in-memory inode
 * @inode: the inode
 * @attr: the change
 *
 * Context: process context, i_mutex held; may sleep.
 * Return: 0, or vmtruncate()'s error.
 */
int inode_setattr(struct inode *inode, const struct iattr *attr)
{
	unsigned int ia_valid = attr->ia_valid;

	if ((ia_valid & ATTR_SIZE) && attr->ia_size != i_size_read(inode)) {
		int error = vmtruncate(inode, attr->ia_size);

		if (error)
			return error;
	}
	if (ia_valid & ATTR_UID)
		inode->i_uid = attr->ia_uid;
	if (ia_valid & ATTR_GID)
		inode->i_gid = attr->ia_gid;
	if (ia_valid & ATTR_ATIME)
		inode->i_atime = attr->ia_atime;
	if (ia_valid & ATTR_MTIME)
		inode->i_mtime = attr->ia_mtime;
	if (ia_valid & ATTR_CTIME)
		inode->i_ctime = attr->ia_ctime;
	if (ia_valid & ATTR_MODE)
		inode->i_mode = (inode->i_mode & S_IFMT) | (attr->ia_mode & S_IALLUGO);
	mark_inode_dirty(inode);
	return 0;
}

/**
 * notify_change - change a file's attributes
 * @dentry: the file
 * @attr: the change (ia_valid says which fields)
 *
 * Context: process context, the inode's i_mutex held; may sleep.
 * Return: 0 or a negative errno.
 */
int notify_change(struct dentry *dentry, struct iattr *attr)
{
	struct inode *inode = dentry->d_inode;
	struct timespec now = current_fs_time(inode->i_sb);
	int error;

	attr->ia_ctime = now;
	if (!(attr->ia_valid & ATTR_ATIME))
		attr->ia_atime = now;
	if (!(attr->ia_valid & ATTR_MTIME))
		attr->ia_mtime = now;
	attr->ia_valid |= ATTR_CTIME;
	if (inode->i_op->setattr)
		return inode->i_op->setattr(dentry, attr);
	error = inode_change_ok(inode, attr);
	if (!error)
		error = inode_setattr(inode, attr);
	return error;
}
