/*
 * fs/notify/fsnotify.h - what the parts of fsnotify share among themselves:
 * the list of groups and the global mask. See fs/notify/fsnotify.c.
 */
#ifndef __FS_NOTIFY_FSNOTIFY_H_
#define __FS_NOTIFY_FSNOTIFY_H_

#include <linux/fs.h>
#include <linux/rwsem.h>
#include <linux/fsnotify_backend.h>

/* every group, walked by fsnotify() under fsnotify_grp_sem for reading */
extern struct list_head fsnotify_groups;
extern struct rw_semaphore fsnotify_grp_sem;
/* the OR of every group's mask */
extern __u32 fsnotify_mask;

void fsnotify_final_destroy_group(struct fsnotify_group *group);
void fsnotify_flush_notify(struct fsnotify_group *group);
void fsnotify_clear_marks_by_inode(struct inode *inode);

/* does a mark on the directory @inode want events from its children? */
static inline bool fsnotify_inode_watches_children(struct inode *inode)
{
	if (!(inode->i_fsnotify_mask & FS_EVENT_ON_CHILD))
		return false;
	return inode->i_fsnotify_mask & FS_EVENTS_POSS_ON_CHILD;
}

#endif /* __FS_NOTIFY_FSNOTIFY_H_ */
