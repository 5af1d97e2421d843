/*
 * fsnotify.h - the hooks the VFS calls when something happens to a file.
 *
 * Each hook names one kind of change (a name created, a file written, an
 * inode gone) and turns it into an fsnotify() call on the inode it
 * happened to and, for a file in a directory, a __fsnotify_parent() call
 * that reports it to the directory as a child's event with the child's
 * name. The VFS calls them where Linux 2.6.32 does:
 *
 *   fs/namei.c   vfs_create, vfs_mknod, vfs_symlink -> fsnotify_create
 *                vfs_mkdir -> fsnotify_mkdir, vfs_link -> fsnotify_link
 *                vfs_unlink -> fsnotify_link_count, vfs_rename -> fsnotify_move
 *   fs/dcache.c  d_delete -> fsnotify_nameremove; dentry_iput of an inode
 *                with no links left -> fsnotify_inoderemove (IN_DELETE_SELF)
 *   fs/open.c    do_sys_open -> fsnotify_open; fs/exec.c open_exec too
 *   fs/file_table.c  __fput -> fsnotify_close
 *   fs/read_write.c  vfs_read, readv -> fsnotify_access; vfs_write,
 *                writev -> fsnotify_modify
 *   fs/attr.c    notify_change -> fsnotify_change (chmod, chown, utimes, truncate)
 *
 * Nobody watching costs two tests: __fsnotify_parent() stops at the
 * dentry's DCACHE_FSNOTIFY_PARENT_WATCHED bit and fsnotify() at the
 * inode's i_fsnotify_mask. Linux 2.6.32's hooks also feed the old
 * in-kernel inotify (for audit) beside fsnotify; Linnet has fsnotify
 * only. Read next: fs/notify/fsnotify.c, docs/notify.md.
 */
#ifndef _LINUX_FS_NOTIFY_H
#define _LINUX_FS_NOTIFY_H

#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/fsnotify_backend.h>

/* fsnotify_d_instantiate - @entry now names @inode: does its parent watch it? */
static inline void fsnotify_d_instantiate(struct dentry *entry, struct inode *inode)
{
	__fsnotify_d_instantiate(entry, inode);
}

/* fsnotify_parent - tell @dentry's parent directory of an event on @dentry */
static inline void fsnotify_parent(struct dentry *dentry, __u32 mask)
{
	__fsnotify_parent(dentry, mask);
}

/* fsnotify_d_move - @entry has a new parent (dcache_lock held): recompute its flag */
static inline void fsnotify_d_move(struct dentry *entry)
{
	__fsnotify_update_dcache_flags(entry);
}

/* fsnotify_link_count - @inode's link count changed: IN_ATTRIB */
static inline void fsnotify_link_count(struct inode *inode)
{
	fsnotify(inode, FS_ATTRIB, inode, FSNOTIFY_EVENT_INODE, NULL, 0);
}

/**
 * fsnotify_move - a rename: @old_name in @old_dir is now @new_name in @new_dir
 * @old_dir: the source directory
 * @new_dir: the target directory
 * @old_name: the old name (a copy: the dentry has its new name by now)
 * @new_name: the new name
 * @isdir: whether a directory moved
 * @target: the inode the new name named before, now unlinked, or NULL
 * @moved: the dentry that moved
 *
 * The two directories get IN_MOVED_FROM and IN_MOVED_TO with one cookie,
 * a replaced @target IN_ATTRIB (its IN_DELETE_SELF comes when its dentry
 * lets go of it), the moved inode IN_MOVE_SELF.
 *
 * Context: process context, the rename's locks held.
 */
static inline void fsnotify_move(struct inode *old_dir, struct inode *new_dir, const char *old_name,
				 const char *new_name, int isdir, struct inode *target,
				 struct dentry *moved)
{
	struct inode *source = moved->d_inode;
	u32 fs_cookie = fsnotify_get_cookie();
	__u32 old_dir_mask = FS_EVENT_ON_CHILD | FS_MOVED_FROM;
	__u32 new_dir_mask = FS_EVENT_ON_CHILD | FS_MOVED_TO;

	if (old_dir == new_dir)
		old_dir_mask |= FS_DN_RENAME;
	if (isdir) {
		old_dir_mask |= FS_IN_ISDIR;
		new_dir_mask |= FS_IN_ISDIR;
	}
	fsnotify(old_dir, old_dir_mask, old_dir, FSNOTIFY_EVENT_INODE, old_name, fs_cookie);
	fsnotify(new_dir, new_dir_mask, new_dir, FSNOTIFY_EVENT_INODE, new_name, fs_cookie);
	if (target)
		fsnotify_link_count(target);
	if (source)
		fsnotify(source, FS_MOVE_SELF, source, FSNOTIFY_EVENT_INODE, NULL, 0);
}

/* fsnotify_inode_delete - @inode is being freed: its marks go (no event) */
static inline void fsnotify_inode_delete(struct inode *inode)
{
	__fsnotify_inode_delete(inode);
}

/* fsnotify_nameremove - @dentry's name was removed from its directory: IN_DELETE */
static inline void fsnotify_nameremove(struct dentry *dentry, int isdir)
{
	__u32 mask = FS_DELETE;

	if (isdir)
		mask |= FS_IN_ISDIR;
	fsnotify_parent(dentry, mask);
}

/* fsnotify_inoderemove - @inode lost its last name and its dentry: IN_DELETE_SELF */
static inline void fsnotify_inoderemove(struct inode *inode)
{
	fsnotify(inode, FS_DELETE_SELF, inode, FSNOTIFY_EVENT_INODE, NULL, 0);
	__fsnotify_inode_delete(inode);
}

/* fsnotify_create - @dentry was created in the directory @inode: IN_CREATE */
static inline void fsnotify_create(struct inode *inode, struct dentry *dentry)
{
	fsnotify(inode, FS_CREATE, dentry->d_inode, FSNOTIFY_EVENT_INODE,
		 (const char *)dentry->d_name.name, 0);
}

/* fsnotify_link - @new_dentry in @dir is a new name of @inode: IN_ATTRIB, IN_CREATE */
static inline void fsnotify_link(struct inode *dir, struct inode *inode, struct dentry *new_dentry)
{
	fsnotify_link_count(inode);
	fsnotify(dir, FS_CREATE, inode, FSNOTIFY_EVENT_INODE, (const char *)new_dentry->d_name.name,
		 0);
}

/* fsnotify_mkdir - the directory @dentry was made in @inode: IN_CREATE|IN_ISDIR */
static inline void fsnotify_mkdir(struct inode *inode, struct dentry *dentry)
{
	__u32 mask = FS_CREATE | FS_IN_ISDIR;

	fsnotify(inode, mask, dentry->d_inode, FSNOTIFY_EVENT_INODE,
		 (const char *)dentry->d_name.name, 0);
}

/* __fsnotify_self - @mask (| IN_ISDIR for a directory) to the inode and to its parent */
static inline void __fsnotify_self(struct dentry *dentry, __u32 mask)
{
	struct inode *inode = dentry->d_inode;

	if (S_ISDIR(inode->i_mode))
		mask |= FS_IN_ISDIR;
	fsnotify_parent(dentry, mask);
	fsnotify(inode, mask, inode, FSNOTIFY_EVENT_INODE, NULL, 0);
}

/* fsnotify_access - the file was read: IN_ACCESS */
static inline void fsnotify_access(struct dentry *dentry)
{
	__fsnotify_self(dentry, FS_ACCESS);
}

/* fsnotify_modify - the file was written: IN_MODIFY */
static inline void fsnotify_modify(struct dentry *dentry)
{
	__fsnotify_self(dentry, FS_MODIFY);
}

/* fsnotify_open - the file was opened: IN_OPEN */
static inline void fsnotify_open(struct dentry *dentry)
{
	__fsnotify_self(dentry, FS_OPEN);
}

/* fsnotify_close - @file is closing: IN_CLOSE_WRITE if it was open for writing, else _NOWRITE */
static inline void fsnotify_close(struct file *file)
{
	struct dentry *dentry = file->f_path.dentry;
	struct inode *inode = dentry->d_inode;
	__u32 mask = (file->f_mode & FMODE_WRITE) ? FS_CLOSE_WRITE : FS_CLOSE_NOWRITE;

	if (S_ISDIR(inode->i_mode))
		mask |= FS_IN_ISDIR;
	fsnotify_parent(dentry, mask);
	fsnotify(inode, mask, file, FSNOTIFY_EVENT_FILE, NULL, 0);
}

/* fsnotify_xattr - an extended attribute changed: IN_ATTRIB */
static inline void fsnotify_xattr(struct dentry *dentry)
{
	__fsnotify_self(dentry, FS_ATTRIB);
}

/**
 * fsnotify_change - notify_change() changed @ia_valid's attributes of @dentry
 * @dentry: the file
 * @ia_valid: ATTR_* of what changed
 *
 * Owner, group and mode are IN_ATTRIB, the size IN_MODIFY; both times
 * together (utimes) IN_ATTRIB, only the access time IN_ACCESS, only the
 * modification time IN_MODIFY.
 *
 * Context: process context.
 */
static inline void fsnotify_change(struct dentry *dentry, unsigned int ia_valid)
{
	__u32 mask = 0;

	if (ia_valid & (ATTR_UID | ATTR_GID | ATTR_MODE))
		mask |= FS_ATTRIB;
	if (ia_valid & ATTR_SIZE)
		mask |= FS_MODIFY;
	if ((ia_valid & (ATTR_ATIME | ATTR_MTIME)) == (ATTR_ATIME | ATTR_MTIME))
		mask |= FS_ATTRIB;
	else if (ia_valid & ATTR_ATIME)
		mask |= FS_ACCESS;
	else if (ia_valid & ATTR_MTIME)
		mask |= FS_MODIFY;
	if (mask)
		__fsnotify_self(dentry, mask);
}

/* fsnotify_oldname_init - a copy of a name about to change (NULL if memory ran out) */
static inline const char *fsnotify_oldname_init(const unsigned char *name)
{
	return kstrdup((const char *)name, GFP_KERNEL);
}

/* fsnotify_oldname_free - free fsnotify_oldname_init()'s copy */
static inline void fsnotify_oldname_free(const char *old_name)
{
	kfree(old_name);
}

#endif /* _LINUX_FS_NOTIFY_H */
