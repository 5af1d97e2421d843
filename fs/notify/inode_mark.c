/*
 * inode_mark.c - marks: one group's watch on one inode.
 *
 * A mark sits on two lists, its inode's i_fsnotify_mark_entries and its
 * group's mark_entries, and holds a reference to the inode (igrab), so a
 * watched inode stays in memory while the watch exists. The inode's
 * i_fsnotify_mask is kept equal to the OR of its marks' masks
 * (fsnotify_recalc_inode_mask): it is the test every VFS hook makes.
 *
 * A mark can be destroyed from three sides: its group's owner removes it
 * (inotify_rm_watch, IN_ONESHOT), the group goes (close of the inotify
 * descriptor: fsnotify_clear_marks_by_group), or the inode goes (its last
 * link and dentry: fsnotify_clear_marks_by_inode). Whichever comes first
 * does the work in fsnotify_destroy_mark_by_entry(), which takes the mark
 * off both lists under the locks in the order
 *
 *     entry->lock  ->  group->mark_lock  ->  inode->i_lock
 *
 * and marks it dead (group and inode NULL) so that the others see there
 * is nothing left to do. The group then hears of it (ops->freeing_mark:
 * inotify queues IN_IGNORED) and the inode reference is dropped. Marks
 * are counted (refcnt): the lists hold one, and a caller working on a
 * mark holds its own.
 *
 * An unmount sends each watch on the file system IN_UNMOUNT and removes
 * it (fs/inode.c:fsnotify_unmount_inodes), so that no mark holds an inode
 * of a super block that is gone.
 *
 * As Linux 2.6.32's fs/notify/inode_mark.c; fsnotify_unmount_inodes is in
 * fs/inode.c, beside the inode_lock it needs. Read next: fs/notify/group.c.
 */
#include <linux/fs.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/module.h>
#include <linux/fsnotify_backend.h>
#include "fsnotify.h"

/**
 * fsnotify_get_mark - take a reference to a mark
 * @entry: the mark
 *
 * Context: any.
 */
void fsnotify_get_mark(struct fsnotify_mark_entry *entry)
{
	atomic_inc(&entry->refcnt);
}

/**
 * fsnotify_put_mark - drop a reference to a mark, freeing it at the last
 * @entry: the mark
 *
 * Context: any (free_mark must not sleep).
 */
void fsnotify_put_mark(struct fsnotify_mark_entry *entry)
{
	if (atomic_dec_and_test(&entry->refcnt))
		entry->free_mark(entry);
}

/* the inode's mask from its marks; i_lock held */
static void fsnotify_recalc_inode_mask_locked(struct inode *inode)
{
	struct fsnotify_mark_entry *entry;
	__u32 new_mask = 0;

	assert_spin_locked(&inode->i_lock);
	hlist_for_each_entry(entry, &inode->i_fsnotify_mark_entries, i_list)
		new_mask |= entry->mask;
	inode->i_fsnotify_mask = new_mask;
}

/**
 * fsnotify_recalc_inode_mask - recompute an inode's mask after a mark's mask changed
 * @inode: the inode
 *
 * A directory's children learn whether it still watches them.
 *
 * Context: process context.
 */
void fsnotify_recalc_inode_mask(struct inode *inode)
{
	spin_lock(&inode->i_lock);
	fsnotify_recalc_inode_mask_locked(inode);
	spin_unlock(&inode->i_lock);
	__fsnotify_update_child_dentry_flags(inode);
}

/**
 * fsnotify_destroy_mark_by_entry - take a mark off its inode and group
 * @entry: the mark; the caller holds a reference
 *
 * Nothing happens if someone else destroyed it first. The children of a
 * directory are not told at once that it stopped watching them: the next
 * child event finds out (fs/notify/fsnotify.c:__fsnotify_parent), because
 * the inode may be gone as soon as its reference is dropped here.
 *
 * Context: process context; may sleep (the inode's last reference may go).
 */
void fsnotify_destroy_mark_by_entry(struct fsnotify_mark_entry *entry)
{
	struct fsnotify_group *group;
	struct inode *inode;

	spin_lock(&entry->lock);
	group = entry->group;
	inode = entry->inode;
	BUG_ON(!group != !inode);
	if (!group) {
		spin_unlock(&entry->lock);
		return;
	}
	BUG_ON(atomic_read(&entry->refcnt) < 2); /* the caller's and the lists' */
	spin_lock(&group->mark_lock);
	spin_lock(&inode->i_lock);
	hlist_del_init(&entry->i_list);
	entry->inode = NULL;
	list_del_init(&entry->g_list);
	entry->group = NULL;
	fsnotify_put_mark(entry); /* the lists' reference; the caller's keeps it */
	fsnotify_recalc_inode_mask_locked(inode);
	spin_unlock(&inode->i_lock);
	spin_unlock(&group->mark_lock);
	spin_unlock(&entry->lock);
	if (group->ops->freeing_mark)
		group->ops->freeing_mark(entry, group);
	iput(inode);
	/* the group may have been put meanwhile, waiting for this mark to go */
	if (atomic_dec_and_test(&group->num_marks))
		fsnotify_final_destroy_group(group);
}

/**
 * fsnotify_clear_marks_by_group - destroy every mark of a group
 * @group: the group (going away)
 *
 * Context: process context; may sleep.
 */
void fsnotify_clear_marks_by_group(struct fsnotify_group *group)
{
	struct fsnotify_mark_entry *lentry, *entry;
	LIST_HEAD(free_list);

	spin_lock(&group->mark_lock);
	list_for_each_entry_safe(entry, lentry, &group->mark_entries, g_list) {
		list_add(&entry->free_g_list, &free_list);
		list_del_init(&entry->g_list);
		fsnotify_get_mark(entry);
	}
	spin_unlock(&group->mark_lock);
	list_for_each_entry_safe(entry, lentry, &free_list, free_g_list) {
		fsnotify_destroy_mark_by_entry(entry);
		fsnotify_put_mark(entry);
	}
}

/**
 * fsnotify_clear_marks_by_inode - destroy every mark on an inode
 * @inode: the inode (going away)
 *
 * Context: process context; may sleep.
 */
void fsnotify_clear_marks_by_inode(struct inode *inode)
{
	struct fsnotify_mark_entry *entry, *lentry;
	struct hlist_node *n;
	LIST_HEAD(free_list);

	spin_lock(&inode->i_lock);
	hlist_for_each_entry_safe(entry, n, &inode->i_fsnotify_mark_entries, i_list) {
		list_add(&entry->free_i_list, &free_list);
		hlist_del_init(&entry->i_list);
		fsnotify_get_mark(entry);
	}
	spin_unlock(&inode->i_lock);
	list_for_each_entry_safe(entry, lentry, &free_list, free_i_list) {
		fsnotify_destroy_mark_by_entry(entry);
		fsnotify_put_mark(entry);
	}
}

/**
 * fsnotify_find_mark_entry - a group's mark on an inode
 * @group: the group
 * @inode: the inode
 *
 * Context: @inode's i_lock held.
 * Return: the mark with a reference taken, or NULL.
 */
struct fsnotify_mark_entry *fsnotify_find_mark_entry(struct fsnotify_group *group,
						     struct inode *inode)
{
	struct fsnotify_mark_entry *entry;

	assert_spin_locked(&inode->i_lock);
	hlist_for_each_entry(entry, &inode->i_fsnotify_mark_entries, i_list) {
		if (entry->group == group) {
			fsnotify_get_mark(entry);
			return entry;
		}
	}
	return NULL;
}

/**
 * fsnotify_init_mark - set up a new mark, on nothing yet
 * @entry: the mark
 * @free_mark: frees what embeds it, at its last reference
 *
 * Context: any.
 */
void fsnotify_init_mark(struct fsnotify_mark_entry *entry,
			void (*free_mark)(struct fsnotify_mark_entry *entry))
{
	spin_lock_init(&entry->lock);
	atomic_set(&entry->refcnt, 1);
	INIT_HLIST_NODE(&entry->i_list);
	INIT_LIST_HEAD(&entry->g_list);
	entry->group = NULL;
	entry->mask = 0;
	entry->inode = NULL;
	entry->free_mark = free_mark;
}

/**
 * fsnotify_add_mark - put a mark on an inode for a group
 * @entry: the mark (fsnotify_init_mark'ed, its mask set)
 * @group: the group
 * @inode: the inode
 *
 * Context: process context.
 * Return: 0, -EEXIST if the group already has a mark there, -EINVAL if
 * the inode is being freed.
 */
int fsnotify_add_mark(struct fsnotify_mark_entry *entry, struct fsnotify_group *group,
		      struct inode *inode)
{
	struct fsnotify_mark_entry *lentry;

	inode = igrab(inode);
	if (unlikely(!inode))
		return -EINVAL;
	spin_lock(&entry->lock);
	spin_lock(&group->mark_lock);
	spin_lock(&inode->i_lock);
	lentry = fsnotify_find_mark_entry(group, inode);
	if (!lentry) {
		entry->group = group;
		entry->inode = inode;
		hlist_add_head(&entry->i_list, &inode->i_fsnotify_mark_entries);
		list_add(&entry->g_list, &group->mark_entries);
		fsnotify_get_mark(entry); /* for the lists */
		atomic_inc(&group->num_marks);
		fsnotify_recalc_inode_mask_locked(inode);
	}
	spin_unlock(&inode->i_lock);
	spin_unlock(&group->mark_lock);
	spin_unlock(&entry->lock);
	if (lentry) {
		iput(inode);
		fsnotify_put_mark(lentry);
		return -EEXIST;
	}
	__fsnotify_update_child_dentry_flags(inode);
	return 0;
}
