/*
 * notification.c - fsnotify events and the queue each group keeps of them.
 *
 * fsnotify() makes one struct fsnotify_event per happening and every
 * group that wants it queues it: the event is counted (one reference per
 * queue, one for the sender) and hangs on each queue by a holder - the
 * one embedded in the event for the first queue, an allocated one for
 * any other. A group's private data for the event (inotify's watch
 * descriptor) hangs on the event's private_data_list, tagged with the
 * group.
 *
 *   group->notification_list: holder -> holder -> holder      (oldest first)
 *                               |         |         |
 *                             event     event     q_overflow_event
 *
 * Two rules keep a queue small. An event identical to the last one queued
 * (same mask, inode and name) is dropped: ten write()s in a row read as
 * one IN_MODIFY. And a queue holds at most max_events: past that, one
 * IN_Q_OVERFLOW event (a static one, with no private data: its wd reads
 * as -1) stands for everything lost until the reader catches up.
 *
 * As Linux 2.6.32's fs/notify/notification.c; the wakeup also sends
 * SIGIO to an O_ASYNC reader (kill_fasync), which 2.6.32's inotify lost
 * in its rewrite onto fsnotify and later Linux sends. Read next:
 * fs/notify/inotify/inotify_user.c (the reader).
 */
#include <linux/fs.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/mutex.h>
#include <linux/init.h>
#include <linux/module.h>
#include <linux/namei.h>
#include <linux/signal.h>
#include <linux/fsnotify_backend.h>
#include "fsnotify.h"

static struct kmem_cache *fsnotify_event_cachep;
static struct kmem_cache *fsnotify_event_holder_cachep;
/* the event a full queue gets instead; never freed (its count starts at 1) */
static struct fsnotify_event q_overflow_event;
static atomic_t fsnotify_sync_cookie = ATOMIC_INIT(0);

/**
 * fsnotify_get_cookie - a new number to pair the two events of one rename
 *
 * Context: any.
 * Return: the cookie.
 */
u32 fsnotify_get_cookie(void)
{
	return atomic_inc_return(&fsnotify_sync_cookie);
}
EXPORT_SYMBOL_GPL(fsnotify_get_cookie);

/**
 * fsnotify_notify_queue_is_empty - has a group no event queued?
 * @group: the group
 *
 * Context: @group's notification_mutex held.
 * Return: true if empty.
 */
bool fsnotify_notify_queue_is_empty(struct fsnotify_group *group)
{
	BUG_ON(!mutex_is_locked(&group->notification_mutex));
	return list_empty(&group->notification_list);
}

/**
 * fsnotify_get_event - take a reference to an event
 * @event: the event
 *
 * Context: any.
 */
void fsnotify_get_event(struct fsnotify_event *event)
{
	atomic_inc(&event->refcnt);
}

/**
 * fsnotify_put_event - drop a reference to an event, freeing it at the last
 * @event: the event, or NULL
 *
 * Context: process context (a path it holds is put).
 */
void fsnotify_put_event(struct fsnotify_event *event)
{
	if (!event || !atomic_dec_and_test(&event->refcnt))
		return;
	if (event->data_type == FSNOTIFY_EVENT_PATH)
		path_put(&event->path);
	BUG_ON(!list_empty(&event->private_data_list));
	kfree(event->file_name);
	kmem_cache_free(fsnotify_event_cachep, event);
}

/**
 * fsnotify_remove_priv_from_event - take a group's private data off an event
 * @group: the group
 * @event: the event
 *
 * Context: @event's lock held.
 * Return: the group's data, or NULL if it hung none there.
 */
struct fsnotify_event_private_data *fsnotify_remove_priv_from_event(struct fsnotify_group *group,
								    struct fsnotify_event *event)
{
	struct fsnotify_event_private_data *priv;

	assert_spin_locked(&event->lock);
	list_for_each_entry(priv, &event->private_data_list, event_list) {
		if (priv->group == group) {
			list_del(&priv->event_list);
			return priv;
		}
	}
	return NULL;
}

/* is @new the same as @old, the last event queued, so that it need not be queued? */
static bool event_compare(struct fsnotify_event *old, struct fsnotify_event *new)
{
	if (old->mask != new->mask || old->to_tell != new->to_tell ||
	    old->data_type != new->data_type || old->name_len != new->name_len)
		return false;
	switch (old->data_type) {
	case FSNOTIFY_EVENT_INODE:
		/* @old's inode may be gone by now: only the names can be compared */
		return !old->name_len || !strcmp(old->file_name, new->file_name);
	case FSNOTIFY_EVENT_PATH:
		return old->path.mnt == new->path.mnt && old->path.dentry == new->path.dentry;
	case FSNOTIFY_EVENT_NONE:
		return old->mask & FS_Q_OVERFLOW; /* IN_IGNORED events are never merged */
	}
	return false;
}

/* put @event on @group's queue under its mutex: 0, -EEXIST (merged), or -EOVERFLOW */
static int fsnotify_queue_locked(struct fsnotify_group *group, struct fsnotify_event *event,
				 struct fsnotify_event_private_data *priv,
				 struct fsnotify_event_holder **spare)
{
	struct list_head *list = &group->notification_list;
	struct fsnotify_event_holder *holder;

	if (!list_empty(list)) {
		/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
		holder = list_last_entry(list, struct fsnotify_event_holder, event_list);
		if (event_compare(holder->event, event))
			return -EEXIST;
	}
	spin_lock(&event->lock);
	if (list_empty(&event->holder.event_list)) {
		holder = &event->holder;
	} else {
		holder = *spare; /* the caller allocated one if it could */
		*spare = NULL;
	}
	if (!holder) {
		spin_unlock(&event->lock);
		return -ENOMEM;
	}
	group->q_len++;
	holder->event = event;
	fsnotify_get_event(event);
	list_add_tail(&holder->event_list, list);
	if (priv)
		list_add_tail(&priv->event_list, &event->private_data_list);
	spin_unlock(&event->lock);
	return 0;
}

/**
 * fsnotify_add_notify_event - queue an event on a group, and wake its readers
 * @group: the group
 * @event: the event (the queue takes a reference)
 * @priv: the group's private data to hang on it, or NULL
 *
 * A full queue gets the overflow event instead (once), and @priv is not
 * used; neither is it when the event merges with the last one queued.
 *
 * Context: process context; may sleep.
 * Return: 0 if queued (@priv with it); -EEXIST if merged, -EOVERFLOW if
 * the queue was full, -ENOMEM: then @priv is the caller's to free.
 */
int fsnotify_add_notify_event(struct fsnotify_group *group, struct fsnotify_event *event,
			      struct fsnotify_event_private_data *priv)
{
	struct fsnotify_event_holder *spare = NULL;
	int ret = 0, err;

	if (!list_empty(&event->holder.event_list) || event == &q_overflow_event)
		spare = kmem_cache_alloc(fsnotify_event_holder_cachep, GFP_KERNEL);
	mutex_lock(&group->notification_mutex);
	if (group->q_len >= group->max_events) {
		event = &q_overflow_event;
		ret = -EOVERFLOW;
		priv = NULL;
		if (!spare && !list_empty(&event->holder.event_list)) {
			mutex_unlock(&group->notification_mutex);
			spare = kmem_cache_alloc(fsnotify_event_holder_cachep, GFP_KERNEL);
			mutex_lock(&group->notification_mutex);
		}
	}
	err = fsnotify_queue_locked(group, event, priv, &spare);
	mutex_unlock(&group->notification_mutex);
	if (spare)
		kmem_cache_free(fsnotify_event_holder_cachep, spare);
	if (err)
		return err;
	wake_up(&group->notification_waitq);
	kill_fasync(&group->inotify_data.fa, SIGIO, POLL_IN);
	return ret;
}

/**
 * fsnotify_remove_notify_event - take the oldest event off a group's queue
 * @group: the group (its queue not empty)
 *
 * Context: @group's notification_mutex held.
 * Return: the event; the queue's reference passes to the caller.
 */
struct fsnotify_event *fsnotify_remove_notify_event(struct fsnotify_group *group)
{
	struct fsnotify_event_holder *holder;
	struct fsnotify_event *event;

	BUG_ON(!mutex_is_locked(&group->notification_mutex));
	/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
	holder = list_first_entry(&group->notification_list, struct fsnotify_event_holder,
				  event_list);
	event = holder->event;
	spin_lock(&event->lock);
	holder->event = NULL;
	list_del_init(&holder->event_list);
	spin_unlock(&event->lock);
	if (holder != &event->holder)
		kmem_cache_free(fsnotify_event_holder_cachep, holder);
	group->q_len--;
	return event;
}

/**
 * fsnotify_peek_notify_event - the oldest event on a group's queue, left there
 * @group: the group (its queue not empty)
 *
 * Context: @group's notification_mutex held.
 * Return: the event.
 */
struct fsnotify_event *fsnotify_peek_notify_event(struct fsnotify_group *group)
{
	struct fsnotify_event_holder *holder;

	BUG_ON(!mutex_is_locked(&group->notification_mutex));
	/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
	holder = list_first_entry(&group->notification_list, struct fsnotify_event_holder,
				  event_list);
	return holder->event;
}

/**
 * fsnotify_flush_notify - drop every event a group has queued
 * @group: the group (being freed)
 *
 * Context: process context; may sleep.
 */
void fsnotify_flush_notify(struct fsnotify_group *group)
{
	struct fsnotify_event_private_data *priv;
	struct fsnotify_event *event;

	mutex_lock(&group->notification_mutex);
	while (!fsnotify_notify_queue_is_empty(group)) {
		event = fsnotify_remove_notify_event(group);
		spin_lock(&event->lock);
		priv = fsnotify_remove_priv_from_event(group, event);
		spin_unlock(&event->lock);
		if (priv)
			group->ops->free_event_priv(priv);
		fsnotify_put_event(event);
	}
	mutex_unlock(&group->notification_mutex);
}

static void initialize_event(struct fsnotify_event *event)
{
	memset(event, 0, sizeof(*event));
	INIT_LIST_HEAD(&event->holder.event_list);
	atomic_set(&event->refcnt, 1);
	spin_lock_init(&event->lock);
	event->data_type = FSNOTIFY_EVENT_NONE;
	INIT_LIST_HEAD(&event->private_data_list);
}

/* what the event points to: a path (counted) or an inode */
static void fsnotify_event_set_data(struct fsnotify_event *event, void *data, int data_type)
{
	if (data_type == FSNOTIFY_EVENT_FILE) {
		data = &((struct file *)data)->f_path;
		data_type = FSNOTIFY_EVENT_PATH;
	}
	switch (data_type) {
	case FSNOTIFY_EVENT_PATH:
		event->path = *(struct path *)data;
		path_get(&event->path);
		event->data_type = FSNOTIFY_EVENT_PATH;
		break;
	case FSNOTIFY_EVENT_INODE:
		event->inode = data;
		event->data_type = FSNOTIFY_EVENT_INODE;
		break;
	case FSNOTIFY_EVENT_NONE:
		break;
	default:
		BUG();
	}
}

/**
 * fsnotify_create_event - a new event
 * @to_tell: the inode whose watches it goes to
 * @mask: what happened
 * @data: what it happened to (see fsnotify())
 * @data_type: what @data is
 * @name: a child's name (copied), or NULL
 * @cookie: the rename cookie, or 0
 * @gfp: how to allocate
 *
 * Context: as @gfp allows.
 * Return: the event with one reference, or NULL if memory ran out.
 */
struct fsnotify_event *fsnotify_create_event(struct inode *to_tell, __u32 mask, void *data,
					     int data_type, const char *name, u32 cookie, gfp_t gfp)
{
	struct fsnotify_event *event = kmem_cache_alloc(fsnotify_event_cachep, gfp);

	if (!event)
		return NULL;
	initialize_event(event);
	if (name) {
		event->file_name = kstrdup(name, gfp);
		if (!event->file_name) {
			kmem_cache_free(fsnotify_event_cachep, event);
			return NULL;
		}
		event->name_len = strlen(event->file_name);
	}
	event->sync_cookie = cookie;
	event->to_tell = to_tell;
	fsnotify_event_set_data(event, data, data_type);
	event->mask = mask;
	return event;
}

static int __init fsnotify_notification_init(void)
{
	fsnotify_event_cachep = kmem_cache_create("fsnotify_event", sizeof(struct fsnotify_event),
						  0, SLAB_PANIC, NULL);
	fsnotify_event_holder_cachep = kmem_cache_create(
		"fsnotify_event_holder", sizeof(struct fsnotify_event_holder), 0, SLAB_PANIC, NULL);
	initialize_event(&q_overflow_event);
	q_overflow_event.mask = FS_Q_OVERFLOW;
	return 0;
}
subsys_initcall(fsnotify_notification_init);
