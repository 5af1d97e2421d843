/*
 * attr.c - changing an inode's attributes: size, mode, owner, times.
 *
 * notify_change() is the one way in (chmod, chown, utimes, truncate);
 * it stamps ctime and calls the file system's setattr, or the generic
 * inode_change_ok() + inode_setattr(). A size change goes through
 * vmtruncate(), which drops the page cache beyond the new end.
 *
 * inode_change_ok() holds the rules of ownership, as 2.6.32's: only
 * CAP_CHOWN gives a file away; the owner may change its group to one
 * he is in; only the owner (or CAP_FOWNER) changes the mode or sets
 * explicit times; and a mode change by someone outside the file's group
 * without CAP_FSETID loses set-group-ID. ATTR_FORCE (the kernel's own
 * changes, such as file_remove_suid) skips them. One addition: a size
 * past the file system's limit is -EFBIG here (2.6.32 asks that in
 * vmtruncate's inode_newsize_ok). Read next: mm/truncate.c, docs/files.md.
 */
#include <linux/module.h>
#include <linux/fs.h>
#include <linux/fsnotify.h>
#include <linux/dcache.h>
#include <linux/time.h>
#include <linux/kernel.h>
#include <linux/sched.h>

/**
 * inode_change_ok - may this change be made?
 * @inode: the inode
 * @attr: the change
 *
 * Context: process context.
 * Return: 0, -EPERM (not allowed), or -EFBIG for a size past the file
 * system's limit. May clear S_ISGID in @attr->ia_mode.
 */
int inode_change_ok(const struct inode *inode, struct iattr *attr)
{
	unsigned int ia_valid = attr->ia_valid;

	if ((ia_valid & ATTR_SIZE) && attr->ia_size > inode->i_sb->s_maxbytes)
		return -EFBIG;
	if (ia_valid & ATTR_FORCE)
		return 0;
	if ((ia_valid & ATTR_UID) &&
	    (current_fsuid() != inode->i_uid || attr->ia_uid != inode->i_uid) &&
	    !capable(CAP_CHOWN))
		return -EPERM;
	if ((ia_valid & ATTR_GID) &&
	    (current_fsuid() != inode->i_uid ||
	     (!in_group_p(attr->ia_gid) && attr->ia_gid != inode->i_gid)) &&
	    !capable(CAP_CHOWN))
		return -EPERM;
	if (ia_valid & ATTR_MODE) {
		if (!is_owner_or_cap(inode))
			return -EPERM;
		if (!in_group_p((ia_valid & ATTR_GID) ? attr->ia_gid : inode->i_gid) &&
		    !capable(CAP_FSETID))
			attr->ia_mode &= ~S_ISGID;
	}
	if ((ia_valid & (ATTR_MTIME_SET | ATTR_ATIME_SET | ATTR_TIMES_SET)) &&
	    !is_owner_or_cap(inode))
		return -EPERM;
	return 0;
}
EXPORT_SYMBOL(inode_change_ok);

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
EXPORT_SYMBOL(inode_setattr);

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
	if (inode->i_op->setattr) {
		error = inode->i_op->setattr(dentry, attr);
	} else {
		error = inode_change_ok(inode, attr);
		if (!error)
			error = inode_setattr(inode, attr);
	}
	if (!error)
		fsnotify_change(dentry, attr->ia_valid);
	return error;
}
EXPORT_SYMBOL(notify_change);
