/*
 * fsnotify_backend.h - the machinery behind file-system notification:
 * groups, marks and events.
 *
 * fsnotify is the one place the VFS reports "this happened to that
 * inode"; its users (inotify here; dnotify and fanotify in Linux) are
 * *groups*. A group puts a *mark* on each inode it watches; the inode
 * keeps the OR of its marks' masks in i_fsnotify_mask, so that the VFS
 * learns with one AND whether anyone cares (the whole cost when nobody
 * does). When someone does, fsnotify() makes one *event* and offers it
 * to each group; a group that wants it puts it on its notification
 * queue, with a little private data of its own (inotify's watch
 * descriptor), and wakes its readers.
 *
 *   inode ─i_fsnotify_mark_entries─> mark (group A, mask) ─> mark (group B, mask)
 *   fsnotify_groups ─> group A ─notification_list─> holder ─> event (shared, counted)
 *                   ─> group B ─notification_list─> holder ─┘
 *
 * As Linux 2.6.32's include/linux/fsnotify_backend.h, except: no priority
 * (2.6.32 keeps the list sorted for a fanotify that came in 2.6.36), and
 * inotify's watch descriptors are found through a hash, not an idr
 * (fs/notify/inotify/inotify_user.c says why). Read next:
 * include/linux/fsnotify.h, fs/notify/fsnotify.c, docs/notify.md.
 */
#ifndef _LINUX_FSNOTIFY_BACKEND_H
#define _LINUX_FSNOTIFY_BACKEND_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/atomic.h>
#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/wait.h>
#include <linux/path.h>
#include <linux/hashtable.h>
#include <linux/inotify.h>

/* The events, the same bits as inotify's IN_* (see linux/inotify.h) */
#define FS_ACCESS 0x00000001
#define FS_MODIFY 0x00000002
#define FS_ATTRIB 0x00000004
#define FS_CLOSE_WRITE 0x00000008
#define FS_CLOSE_NOWRITE 0x00000010
#define FS_OPEN 0x00000020
#define FS_MOVED_FROM 0x00000040
#define FS_MOVED_TO 0x00000080
#define FS_CREATE 0x00000100
#define FS_DELETE 0x00000200
#define FS_DELETE_SELF 0x00000400
#define FS_MOVE_SELF 0x00000800

#define FS_UNMOUNT 0x00002000
#define FS_Q_OVERFLOW 0x00004000
#define FS_IN_IGNORED 0x00008000

#define FS_IN_ISDIR 0x40000000
#define FS_IN_ONESHOT 0x80000000

#define FS_DN_RENAME 0x10000000 /* dnotify: a rename inside one directory */
#define FS_DN_MULTISHOT 0x20000000

/* Set on an event a child reports to its watched parent */
#define FS_EVENT_ON_CHILD 0x08000000

/* The events a directory's watch can get about its children */
#define FS_EVENTS_POSS_ON_CHILD                                                            \
	(FS_ACCESS | FS_MODIFY | FS_ATTRIB | FS_CLOSE_WRITE | FS_CLOSE_NOWRITE | FS_OPEN | \
	 FS_MOVED_FROM | FS_MOVED_TO | FS_CREATE | FS_DELETE)

/* What an event's data points to */
#define FSNOTIFY_EVENT_NONE 0
#define FSNOTIFY_EVENT_PATH 1
#define FSNOTIFY_EVENT_INODE 2
#define FSNOTIFY_EVENT_FILE 3

struct inode;
struct dentry;
struct file;
struct user_struct;
struct fasync_struct;
struct fsnotify_group;
struct fsnotify_event;
struct fsnotify_mark_entry;
struct fsnotify_event_private_data;

/**
 * struct fsnotify_ops - what a kind of group does with events
 * @should_send_event: does the group want @mask on @inode (it has a mark
 *                     there whose mask says so)?
 * @handle_event: take the event (queue it); may sleep
 * @free_group_priv: the group is being freed: free its private part
 * @freeing_mark: a mark of the group is going (inotify queues IN_IGNORED)
 * @free_event_priv: free private data the group hung on an event
 */
struct fsnotify_ops {
	bool (*should_send_event)(struct fsnotify_group *group, struct inode *inode, __u32 mask);
	int (*handle_event)(struct fsnotify_group *group, struct fsnotify_event *event);
	void (*free_group_priv)(struct fsnotify_group *group);
	void (*freeing_mark)(struct fsnotify_mark_entry *entry, struct fsnotify_group *group);
	void (*free_event_priv)(struct fsnotify_event_private_data *priv);
};

#define INOTIFY_WD_HASH_BITS 6

/**
 * struct inotify_group_private_data - an inotify instance's own part of its group
 * @idr_lock: guards @wd_hash and @last_wd (2.6.32's name: it guards an idr there)
 * @wd_hash: the instance's marks by watch descriptor
 * @last_wd: the last descriptor given; the next is the first free one above it
 * @fa: the owners of SIGIO (fcntl O_ASYNC)
 * @user: who made it; its inotify_devs and inotify_watches count against the limits
 */
struct inotify_group_private_data {
	spinlock_t idr_lock;
	DECLARE_HASHTABLE(wd_hash, INOTIFY_WD_HASH_BITS);
	int last_wd;
	struct fasync_struct *fa;
	struct user_struct *user;
};

/**
 * struct fsnotify_group - one listener: an inotify instance
 * @refcnt: references (the inotify file holds one)
 * @group_num: a number unique among groups (inotify counts down from INOTIFY_GROUP_NUM)
 * @mask: the OR of the masks of the group's marks
 * @ops: what the group does with events
 * @group_list: on fsnotify_groups, walked by every fsnotify()
 * @on_group_list: whether it still is
 * @notification_mutex: guards @notification_list and @q_len
 * @notification_list: the queued events (struct fsnotify_event_holder), oldest first
 * @notification_waitq: readers and pollers wait here
 * @q_len: events queued
 * @max_events: beyond this many, one IN_Q_OVERFLOW event stands for the rest
 * @mark_lock: guards @mark_entries
 * @num_marks: marks, plus one while on the group list: the group is freed at 0
 * @mark_entries: the group's marks
 * @inotify_data: inotify's part
 */
struct fsnotify_group {
	atomic_t refcnt;
	unsigned int group_num;
	__u32 mask;
	const struct fsnotify_ops *ops;
	struct list_head group_list;
	unsigned int on_group_list;
	struct mutex notification_mutex;
	struct list_head notification_list;
	wait_queue_head_t notification_waitq;
	unsigned int q_len;
	unsigned int max_events;
	spinlock_t mark_lock;
	atomic_t num_marks;
	struct list_head mark_entries;
	union {
		struct inotify_group_private_data inotify_data;
	};
};

/**
 * struct fsnotify_event_holder - an event's place on one group's queue
 * @event: the event
 * @event_list: on the group's notification_list
 *
 * Each event embeds one holder, for the first group that queues it; a
 * second group allocates its own.
 */
struct fsnotify_event_holder {
	struct fsnotify_event *event;
	struct list_head event_list;
};

/**
 * struct fsnotify_event_private_data - a group's own data hung on a shared event
 * @group: whose
 * @event_list: on the event's private_data_list
 */
struct fsnotify_event_private_data {
	struct fsnotify_group *group;
	struct list_head event_list;
};

/**
 * struct fsnotify_event - one thing that happened, shared by the groups that queue it
 * @holder: the embedded holder (see struct fsnotify_event_holder)
 * @lock: guards @holder and @private_data_list
 * @to_tell: the inode whose marks it was sent to (the parent for child events)
 * @path: the file's path (FSNOTIFY_EVENT_PATH), counted
 * @inode: or the inode it happened to (FSNOTIFY_EVENT_INODE), not counted
 * @data_type: FSNOTIFY_EVENT_NONE, _PATH or _INODE
 * @refcnt: references: the sender's and each queue's
 * @mask: FS_* of what happened
 * @sync_cookie: pairs MOVED_FROM with MOVED_TO
 * @file_name: the child's name (a copy), or NULL
 * @name_len: its length
 * @private_data_list: the groups' private data
 */
struct fsnotify_event {
	struct fsnotify_event_holder holder;
	spinlock_t lock;
	struct inode *to_tell;
	union {
		struct path path;
		struct inode *inode;
	};
	int data_type;
	atomic_t refcnt;
	__u32 mask;
	u32 sync_cookie;
	char *file_name;
	size_t name_len;
	struct list_head private_data_list;
};

/**
 * struct fsnotify_mark_entry - one group's watch on one inode
 * @mask: the events the group wants from this inode
 * @refcnt: references; the mark is freed (@free_mark) at 0
 * @inode: the inode, held (igrab) while the mark is on it; NULL once removed
 * @group: the group; NULL once removed
 * @i_list: on the inode's i_fsnotify_mark_entries
 * @g_list: on the group's mark_entries
 * @lock: guards @group, @inode and @mask
 * @free_i_list: on a private list while an inode's marks are cleared
 * @free_g_list: on a private list while a group's marks are cleared
 * @free_mark: frees the structure that embeds the mark
 */
struct fsnotify_mark_entry {
	__u32 mask;
	atomic_t refcnt;
	struct inode *inode;
	struct fsnotify_group *group;
	struct hlist_node i_list;
	struct list_head g_list;
	spinlock_t lock;
	struct list_head free_i_list;
	struct list_head free_g_list;
	void (*free_mark)(struct fsnotify_mark_entry *entry);
};

/* fs/notify/fsnotify.c: the calls the hooks of linux/fsnotify.h make */
void fsnotify(struct inode *to_tell, __u32 mask, void *data, int data_is, const char *name,
	      u32 cookie);
void __fsnotify_parent(struct dentry *dentry, __u32 mask);
void __fsnotify_inode_delete(struct inode *inode);
void __fsnotify_update_child_dentry_flags(struct inode *inode);
void __fsnotify_d_instantiate(struct dentry *dentry, struct inode *inode);
void __fsnotify_update_dcache_flags(struct dentry *dentry);
u32 fsnotify_get_cookie(void);

/* fs/notify/group.c */
struct fsnotify_group *fsnotify_obtain_group(unsigned int group_num, __u32 mask,
					     const struct fsnotify_ops *ops);
void fsnotify_put_group(struct fsnotify_group *group);
void fsnotify_recalc_group_mask(struct fsnotify_group *group);

/* fs/notify/notification.c */
struct fsnotify_event *fsnotify_create_event(struct inode *to_tell, __u32 mask, void *data,
					     int data_is, const char *name, u32 cookie, gfp_t gfp);
void fsnotify_get_event(struct fsnotify_event *event);
void fsnotify_put_event(struct fsnotify_event *event);
int fsnotify_add_notify_event(struct fsnotify_group *group, struct fsnotify_event *event,
			      struct fsnotify_event_private_data *priv);
bool fsnotify_notify_queue_is_empty(struct fsnotify_group *group);
struct fsnotify_event *fsnotify_peek_notify_event(struct fsnotify_group *group);
struct fsnotify_event *fsnotify_remove_notify_event(struct fsnotify_group *group);
struct fsnotify_event_private_data *fsnotify_remove_priv_from_event(struct fsnotify_group *group,
								    struct fsnotify_event *event);

/* fs/notify/inode_mark.c */
void fsnotify_init_mark(struct fsnotify_mark_entry *entry,
			void (*free_mark)(struct fsnotify_mark_entry *entry));
int fsnotify_add_mark(struct fsnotify_mark_entry *entry, struct fsnotify_group *group,
		      struct inode *inode);
struct fsnotify_mark_entry *fsnotify_find_mark_entry(struct fsnotify_group *group,
						     struct inode *inode);
void fsnotify_get_mark(struct fsnotify_mark_entry *entry);
void fsnotify_put_mark(struct fsnotify_mark_entry *entry);
void fsnotify_destroy_mark_by_entry(struct fsnotify_mark_entry *entry);
void fsnotify_clear_marks_by_group(struct fsnotify_group *group);
void fsnotify_recalc_inode_mask(struct inode *inode);

#endif /* _LINUX_FSNOTIFY_BACKEND_H */
