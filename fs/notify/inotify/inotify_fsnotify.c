/*
 * inotify_fsnotify.c - inotify as an fsnotify group: which events it takes
 * and how it queues them.
 *
 * fsnotify() asks each group should_send_event(): inotify looks for its
 * mark on the inode and compares masks. handle_event() hangs the watch
 * descriptor on the event (struct inotify_event_private_data) and queues
 * it; an IN_ONESHOT watch is destroyed right after its first event, and
 * its IN_IGNORED follows that event on the queue.
 *
 * As Linux 2.6.32's fs/notify/inotify/inotify_fsnotify.c. Read next:
 * inotify_user.c (the descriptor and the system calls).
 */
#include <linux/fs.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/fsnotify_backend.h>
#include "inotify.h"

/* a group's mark on @inode, with a reference, or NULL */
static struct fsnotify_mark_entry *inotify_find_mark(struct fsnotify_group *group,
						     struct inode *inode)
{
	struct fsnotify_mark_entry *entry;

	spin_lock(&inode->i_lock);
	entry = fsnotify_find_mark_entry(group, inode);
	spin_unlock(&inode->i_lock);
	return entry;
}

static int inotify_handle_event(struct fsnotify_group *group, struct fsnotify_event *event)
{
	struct fsnotify_mark_entry *entry = inotify_find_mark(group, event->to_tell);
	struct inotify_event_private_data *event_priv;
	int ret;

	if (unlikely(!entry)) /* the watch went since should_send_event */
		return 0;
	event_priv = kmem_cache_alloc(event_priv_cachep, GFP_KERNEL);
	if (unlikely(!event_priv)) {
		fsnotify_put_mark(entry);
		return -ENOMEM;
	}
	event_priv->fsnotify_event_priv_data.group = group;
	event_priv->wd = inotify_mark(entry)->wd;
	ret = fsnotify_add_notify_event(group, event, &event_priv->fsnotify_event_priv_data);
	if (ret) {
		inotify_free_event_priv(&event_priv->fsnotify_event_priv_data);
		if (ret == -EEXIST || ret == -EOVERFLOW) /* merged, or overflow queued */
			ret = 0;
	}
	if (entry->mask & IN_ONESHOT)
		fsnotify_destroy_mark_by_entry(entry);
	fsnotify_put_mark(entry);
	return ret;
}

static void inotify_freeing_mark(struct fsnotify_mark_entry *entry, struct fsnotify_group *group)
{
	inotify_ignored_and_remove_idr(entry, group);
}

static bool inotify_should_send_event(struct fsnotify_group *group, struct inode *inode, __u32 mask)
{
	struct fsnotify_mark_entry *entry = inotify_find_mark(group, inode);
	bool send;

	if (!entry)
		return false;
	send = entry->mask & mask & ~FS_EVENT_ON_CHILD;
	fsnotify_put_mark(entry);
	return send;
}

static void inotify_free_group_priv(struct fsnotify_group *group)
{
	int bkt;

	for (bkt = 0; bkt < (1 << INOTIFY_WD_HASH_BITS); bkt++)
		WARN_ON(!hlist_empty(&group->inotify_data.wd_hash[bkt])); /* a leaked watch */
	free_uid(group->inotify_data.user);
}

/**
 * inotify_free_event_priv - free inotify's private data of an event
 * @fsn_event_priv: the data
 *
 * Context: any.
 */
void inotify_free_event_priv(struct fsnotify_event_private_data *fsn_event_priv)
{
	kmem_cache_free(event_priv_cachep, inotify_priv(fsn_event_priv));
}

const struct fsnotify_ops inotify_fsnotify_ops = {
	.handle_event = inotify_handle_event,
	.should_send_event = inotify_should_send_event,
	.free_group_priv = inotify_free_group_priv,
	.free_event_priv = inotify_free_event_priv,
	.freeing_mark = inotify_freeing_mark,
};
