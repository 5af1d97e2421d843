/*
 * fs/notify/inotify/inotify.h - what inotify's two halves share: its mark
 * (a watch, with its descriptor) and its private data on an event (the
 * descriptor it fired on). See inotify_user.c.
 */
#ifndef __FS_NOTIFY_INOTIFY_INOTIFY_H_
#define __FS_NOTIFY_INOTIFY_INOTIFY_H_

#include <linux/fsnotify_backend.h>
#include <linux/inotify.h>
#include <linux/slab.h>

/**
 * struct inotify_event_private_data - the watch descriptor an event reads with
 * @fsnotify_event_priv_data: on the event's list, tagged with the group
 * @wd: the watch descriptor
 */
struct inotify_event_private_data {
	struct fsnotify_event_private_data fsnotify_event_priv_data;
	int wd;
};

/**
 * struct inotify_inode_mark_entry - one watch
 * @fsn_entry: the fsnotify mark
 * @wd: its descriptor, -1 once removed from the group's table
 * @wd_node: in the group's inotify_data.wd_hash
 */
struct inotify_inode_mark_entry {
	struct fsnotify_mark_entry fsn_entry;
	int wd;
	struct hlist_node wd_node;
};

/* inotify_mark - the watch a mark is part of */
static inline struct inotify_inode_mark_entry *inotify_mark(struct fsnotify_mark_entry *entry)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
	return container_of(entry, struct inotify_inode_mark_entry, fsn_entry);
}

/* inotify_priv - inotify's private data that @priv is part of */
static inline struct inotify_event_private_data *
inotify_priv(struct fsnotify_event_private_data *priv)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
	return container_of(priv, struct inotify_event_private_data, fsnotify_event_priv_data);
}

extern struct kmem_cache *event_priv_cachep;
extern const struct fsnotify_ops inotify_fsnotify_ops;

void inotify_ignored_and_remove_idr(struct fsnotify_mark_entry *entry,
				    struct fsnotify_group *group);
void inotify_free_event_priv(struct fsnotify_event_private_data *event_priv);

#endif /* __FS_NOTIFY_INOTIFY_INOTIFY_H_ */
