/*
 * group.c - fsnotify groups: the listeners, and the global list fsnotify()
 * walks.
 *
 * A group is made by fsnotify_obtain_group() (inotify makes one per
 * inotify_init) and lives on fsnotify_groups while its owner holds it.
 * Its mask is the OR of its marks' masks (fsnotify_recalc_group_mask),
 * and fsnotify_mask the OR of every group's, so that an event nobody at
 * all watches for stops at the first tests of fsnotify().
 *
 * Freeing takes two steps, because marks can be destroyed from two
 * sides at once (the group closing, the inode going): the owner's last
 * fsnotify_put_group() takes the group off the list and destroys its
 * marks; num_marks counts the marks plus one for the list, and whoever
 * brings it to 0 frees the group (fsnotify_final_destroy_group).
 *
 * As Linux 2.6.32's fs/notify/group.c, less the priority order (for
 * fanotify, 2.6.36), and with fsnotify_grp_sem, taken for writing to
 * change the list, where 2.6.32 waits for SRCU readers
 * (fs/notify/fsnotify.c says why). Read next: fs/notify/inode_mark.c.
 */
#include <linux/fs.h>
#include <linux/slab.h>
#include <linux/mutex.h>
#include <linux/err.h>
#include <linux/module.h>
#include <linux/fsnotify_backend.h>
#include "fsnotify.h"

/* serialises changes to fsnotify_groups and the global mask */
static DEFINE_MUTEX(fsnotify_grp_mutex);
DECLARE_RWSEM(fsnotify_grp_sem);
LIST_HEAD(fsnotify_groups);
__u32 fsnotify_mask;

/* fsnotify_recalc_global_mask - fsnotify_mask from every group's mask */
static void fsnotify_recalc_global_mask(void)
{
	struct fsnotify_group *group;
	__u32 mask = 0;

	mutex_lock(&fsnotify_grp_mutex);
	list_for_each_entry(group, &fsnotify_groups, group_list)
		mask |= group->mask;
	fsnotify_mask = mask;
	mutex_unlock(&fsnotify_grp_mutex);
}

/**
 * fsnotify_recalc_group_mask - a group's mask from its marks' masks
 * @group: the group
 *
 * Context: process context; may sleep.
 */
void fsnotify_recalc_group_mask(struct fsnotify_group *group)
{
	struct fsnotify_mark_entry *entry;
	__u32 old_mask = group->mask, mask = 0;

	spin_lock(&group->mark_lock);
	list_for_each_entry(entry, &group->mark_entries, g_list)
		mask |= entry->mask;
	spin_unlock(&group->mark_lock);
	group->mask = mask;
	if (old_mask != mask)
		fsnotify_recalc_global_mask();
}

/**
 * fsnotify_final_destroy_group - free a group with no marks left
 * @group: the group
 *
 * Context: process context; may sleep.
 */
void fsnotify_final_destroy_group(struct fsnotify_group *group)
{
	fsnotify_flush_notify(group);
	if (group->ops->free_group_priv)
		group->ops->free_group_priv(group);
	kfree(group);
}

/* drop the group's marks, then the count the list held */
static void fsnotify_destroy_group(struct fsnotify_group *group)
{
	fsnotify_clear_marks_by_group(group);
	if (atomic_dec_and_test(&group->num_marks))
		fsnotify_final_destroy_group(group);
}

/**
 * fsnotify_put_group - drop a reference to a group
 * @group: the group
 *
 * The last one takes it off the list, once no fsnotify() walks it, and
 * destroys it.
 *
 * Context: process context; may sleep. Not from inside fsnotify().
 */
void fsnotify_put_group(struct fsnotify_group *group)
{
	mutex_lock(&fsnotify_grp_mutex);
	if (!atomic_dec_and_test(&group->refcnt)) {
		mutex_unlock(&fsnotify_grp_mutex);
		return;
	}
	if (group->on_group_list) {
		down_write(&fsnotify_grp_sem); /* waits for the walks under way */
		list_del(&group->group_list);
		up_write(&fsnotify_grp_sem);
	}
	group->on_group_list = 0;
	mutex_unlock(&fsnotify_grp_mutex);
	fsnotify_recalc_global_mask();
	fsnotify_destroy_group(group);
}

/**
 * fsnotify_obtain_group - a new group on the list
 * @group_num: its number (2.6.32 returns an existing group of that number;
 *             inotify always asks for a new one)
 * @mask: its first mask (inotify: 0, set as watches are added)
 * @ops: what it does with events
 *
 * Context: process context; may sleep.
 * Return: the group with one reference, or ERR_PTR(-ENOMEM), or
 * ERR_PTR(-EEXIST) if a group of that number has other @ops or @mask.
 */
struct fsnotify_group *fsnotify_obtain_group(unsigned int group_num, __u32 mask,
					     const struct fsnotify_ops *ops)
{
	struct fsnotify_group *group = kzalloc(sizeof(*group), GFP_KERNEL), *iter;

	if (!group)
		return ERR_PTR(-ENOMEM);
	atomic_set(&group->refcnt, 1);
	group->group_num = group_num;
	group->mask = mask;
	mutex_init(&group->notification_mutex);
	INIT_LIST_HEAD(&group->notification_list);
	init_waitqueue_head(&group->notification_waitq);
	group->max_events = UINT_MAX;
	spin_lock_init(&group->mark_lock);
	INIT_LIST_HEAD(&group->mark_entries);
	group->ops = ops;
	mutex_lock(&fsnotify_grp_mutex);
	list_for_each_entry(iter, &fsnotify_groups, group_list) {
		if (iter->group_num == group_num) {
			if (iter->mask != mask || iter->ops != ops)
				iter = ERR_PTR(-EEXIST);
			else
				atomic_inc(&iter->refcnt);
			mutex_unlock(&fsnotify_grp_mutex);
			kfree(group);
			return iter;
		}
	}
	down_write(&fsnotify_grp_sem);
	list_add(&group->group_list, &fsnotify_groups);
	up_write(&fsnotify_grp_sem);
	group->on_group_list = 1;
	atomic_set(&group->num_marks, 1); /* being on the list holds one */
	mutex_unlock(&fsnotify_grp_mutex);
	if (mask)
		fsnotify_recalc_global_mask();
	return group;
}
