/*
 * fsnotify.c - the one call through which the VFS reports what happens to
 * files, and how a child finds its watching parent.
 *
 * A hook of include/linux/fsnotify.h calls fsnotify(inode, mask, ...).
 * When nobody watches for @mask on @inode, the inode's i_fsnotify_mask
 * (the OR of its marks' masks) says so with one AND and the call returns.
 * Otherwise fsnotify() walks the groups (fsnotify_groups); each group
 * whose mask has the event is asked whether it has a mark on the inode
 * that wants it (ops->should_send_event), and the first that does makes
 * fsnotify() build the event (fs/notify/notification.c), which every
 * interested group then queues (ops->handle_event).
 *
 * A directory's watch also sees its children's events, with their names.
 * A child finds out cheaply whether its parent cares: its dentry carries
 * DCACHE_FSNOTIFY_PARENT_WATCHED, set on every child's dentry when a mark
 * that wants child events lands on the directory
 * (__fsnotify_update_child_dentry_flags), on a new child when it is
 * instantiated, and recomputed when it moves. When the parent's watches
 * go, the bits are cleared lazily, by the first child event that finds
 * the parent no longer interested (__fsnotify_parent).
 *
 *   vfs_write -> fsnotify_modify(dentry)
 *     -> __fsnotify_parent: d_flags & PARENT_WATCHED? -> fsnotify(dir, MODIFY|EVENT_ON_CHILD, name)
 *     -> fsnotify(inode, MODIFY): i_fsnotify_mask & MODIFY? -> groups -> handle_event
 *
 * As Linux 2.6.32's fs/notify/fsnotify.c, except: 2.6.32 walks the groups
 * under SRCU, which Linnet does not have; a read-write semaphore
 * (fsnotify_grp_sem) does the same job - walks never wait for each
 * other, and a group leaves the list only when no walk is under way.
 * Linnet has one dcache_lock where 2.6.32 also takes a dentry's d_lock.
 * The work behind the first tests is out of line (fsnotify_send,
 * fsnotify_parent_watched), so that the tests pay no register-saving
 * prologue: 2.6.32 writes each as one function.
 * Read next: fs/notify/notification.c, fs/notify/inotify/inotify_user.c,
 * docs/notify.md.
 */
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/init.h>
#include <linux/module.h>
#include <linux/fsnotify.h>
#include "fsnotify.h"

/**
 * __fsnotify_inode_delete - an inode is being freed: remove its marks
 * @inode: the inode
 *
 * Each mark's group hears of it (inotify queues IN_IGNORED).
 *
 * Context: process context; may sleep.
 */
void __fsnotify_inode_delete(struct inode *inode)
{
	fsnotify_clear_marks_by_inode(inode);
}
EXPORT_SYMBOL_GPL(__fsnotify_inode_delete);

/* set or clear @dentry's PARENT_WATCHED bit from its parent's marks; dcache_lock held */
static void fsnotify_set_dcache_flag(struct dentry *dentry)
{
	struct inode *p_inode = dentry->d_parent->d_inode;

	if (p_inode && fsnotify_inode_watches_children(p_inode))
		dentry->d_flags |= DCACHE_FSNOTIFY_PARENT_WATCHED;
	else
		dentry->d_flags &= ~DCACHE_FSNOTIFY_PARENT_WATCHED;
}

/**
 * __fsnotify_update_dcache_flags - recompute a dentry's PARENT_WATCHED bit
 * @dentry: the dentry (it may just have moved to another parent)
 *
 * Context: dcache_lock held.
 */
void __fsnotify_update_dcache_flags(struct dentry *dentry)
{
	fsnotify_set_dcache_flag(dentry);
}

/**
 * __fsnotify_d_instantiate - a dentry got its inode: does its parent watch it?
 * @dentry: the dentry
 * @inode: its new inode, or NULL
 *
 * Context: dcache_lock held.
 */
void __fsnotify_d_instantiate(struct dentry *dentry, struct inode *inode)
{
	if (inode)
		fsnotify_set_dcache_flag(dentry);
}

/**
 * __fsnotify_update_child_dentry_flags - tell a directory's children whether it watches them
 * @inode: the directory (anything else is left alone)
 *
 * Called after the directory's marks changed; walks every child dentry
 * of each of its names (a directory has one).
 *
 * Context: process context; takes dcache_lock.
 */
void __fsnotify_update_child_dentry_flags(struct inode *inode)
{
	struct dentry *alias, *child;
	bool watched;

	if (!S_ISDIR(inode->i_mode))
		return;
	watched = fsnotify_inode_watches_children(inode);
	spin_lock(&dcache_lock);
	list_for_each_entry(alias, &inode->i_dentry, d_alias) {
		list_for_each_entry(child, &alias->d_subdirs, d_u.d_child) {
			if (!child->d_inode)
				continue;
			if (watched)
				child->d_flags |= DCACHE_FSNOTIFY_PARENT_WATCHED;
			else
				child->d_flags &= ~DCACHE_FSNOTIFY_PARENT_WATCHED;
		}
	}
	spin_unlock(&dcache_lock);
}

/* __fsnotify_parent's work, out of line so that the test before it costs no prologue */
static noinline void fsnotify_parent_watched(struct dentry *dentry, __u32 mask)
{
	struct dentry *parent;
	struct inode *p_inode;
	bool send = false, should_update_children = false;

	spin_lock(&dcache_lock);
	parent = dentry->d_parent;
	p_inode = parent->d_inode;
	if (fsnotify_inode_watches_children(p_inode))
		send = p_inode->i_fsnotify_mask & mask;
	else
		should_update_children = true;
	if (send || should_update_children)
		dget(parent);
	spin_unlock(&dcache_lock);
	if (send) {
		fsnotify(p_inode, mask | FS_EVENT_ON_CHILD, dentry->d_inode, FSNOTIFY_EVENT_INODE,
			 (const char *)dentry->d_name.name, 0);
		dput(parent);
	}
	if (unlikely(should_update_children)) {
		__fsnotify_update_child_dentry_flags(p_inode);
		dput(parent);
	}
}

/**
 * __fsnotify_parent - report an event on @dentry to its parent directory
 * @dentry: the child the event happened to
 * @mask: the event (FS_*)
 *
 * Nothing happens unless the dentry carries DCACHE_FSNOTIFY_PARENT_WATCHED.
 * A parent that stopped caring has its children's bits cleared here.
 *
 * Context: process context; may sleep.
 */
void __fsnotify_parent(struct dentry *dentry, __u32 mask)
{
	if (dentry->d_flags & DCACHE_FSNOTIFY_PARENT_WATCHED)
		fsnotify_parent_watched(dentry, mask);
}
EXPORT_SYMBOL_GPL(__fsnotify_parent);

/* offer the event (made on first need) to each group that wants it, under grp_sem; out of line */
static noinline void fsnotify_send(struct inode *to_tell, __u32 mask, void *data, int data_is,
				   const char *file_name, u32 cookie)
{
	__u32 test_mask = mask & ~FS_EVENT_ON_CHILD;
	struct fsnotify_event *event = NULL;
	struct fsnotify_group *group;

	down_read(&fsnotify_grp_sem);
	list_for_each_entry(group, &fsnotify_groups, group_list) {
		if (!(test_mask & group->mask))
			continue;
		if (!group->ops->should_send_event(group, to_tell, mask))
			continue;
		if (!event) {
			event = fsnotify_create_event(to_tell, mask, data, data_is, file_name,
						      cookie, GFP_KERNEL);
			if (!event)
				break; /* out of memory: the event is lost, as in 2.6.32 */
		}
		group->ops->handle_event(group, event);
	}
	up_read(&fsnotify_grp_sem);
	fsnotify_put_event(event);
}

/**
 * fsnotify - the VFS reports an event to whoever watches for it
 * @to_tell: the inode whose watches hear of it (a child's events: the parent)
 * @mask: FS_* of what happened, FS_EVENT_ON_CHILD for a child's event
 * @data: what it happened to: an inode, a struct file or a struct path
 * @data_is: FSNOTIFY_EVENT_INODE, _FILE, _PATH or _NONE: what @data is
 * @file_name: the child's name, or NULL
 * @cookie: pairs the two halves of a rename, 0 otherwise
 *
 * Costs three tests when nobody watches for @mask on @to_tell.
 *
 * Context: process context; may sleep (the event is allocated, queues locked).
 */
void fsnotify(struct inode *to_tell, __u32 mask, void *data, int data_is, const char *file_name,
	      u32 cookie)
{
	__u32 test_mask = mask & ~FS_EVENT_ON_CHILD;

	if (list_empty(&fsnotify_groups))
		return;
	if (!(test_mask & fsnotify_mask))
		return;
	if (!(test_mask & to_tell->i_fsnotify_mask))
		return;
	fsnotify_send(to_tell, mask, data, data_is, file_name, cookie);
}
EXPORT_SYMBOL_GPL(fsnotify);
