/*
 * inotify.h - what a program sees of inotify: the events it reads and the
 * bits it asks for.
 *
 * A read of an inotify descriptor returns whole struct inotify_event
 * records, each followed by @len bytes of name (NUL-terminated and padded
 * with NULs to a multiple of the structure's size), present only for an
 * event on a child of a watched directory. The IN_* bits are Linux's ABI
 * and equal the FS_* bits of fsnotify (linux/fsnotify_backend.h), which
 * lets inotify hand fsnotify a user's mask almost unchanged.
 *
 * Linux 2.6.32's header also declares the old in-kernel inotify API
 * (inotify_add_watch for kernel users, the audit subsystem's); Linnet has
 * no such user and leaves it out. See fs/notify/inotify/inotify_user.c,
 * docs/notify.md.
 */
#ifndef _LINUX_INOTIFY_H
#define _LINUX_INOTIFY_H

#include <linux/fcntl.h>
#include <linux/types.h>
#include <linux/linkage.h>
#include <linux/compiler.h>

/**
 * struct inotify_event - one event, as read from an inotify descriptor
 * @wd: the watch it fired on (-1 for IN_Q_OVERFLOW)
 * @mask: what happened (IN_*), with IN_ISDIR if it happened to a directory
 * @cookie: the same non-zero number on the two halves of one rename
 * @len: the bytes of @name that follow, padding included (0: no name)
 * @name: the child's name, for events on a watched directory's children
 */
struct inotify_event {
	__s32 wd;
	__u32 mask;
	__u32 cookie;
	__u32 len;
	char name[];
};

/* The events a watch can ask for */
#define IN_ACCESS 0x00000001 /* read */
#define IN_MODIFY 0x00000002 /* written, truncated */
#define IN_ATTRIB 0x00000004 /* mode, owner, times, link count */
#define IN_CLOSE_WRITE 0x00000008 /* closed, had been open for writing */
#define IN_CLOSE_NOWRITE 0x00000010 /* closed, had not */
#define IN_OPEN 0x00000020
#define IN_MOVED_FROM 0x00000040 /* a child renamed away (the cookie pairs it) */
#define IN_MOVED_TO 0x00000080 /* a child renamed here */
#define IN_CREATE 0x00000100 /* a child created */
#define IN_DELETE 0x00000200 /* a child removed */
#define IN_DELETE_SELF 0x00000400 /* the watched file itself went */
#define IN_MOVE_SELF 0x00000800 /* the watched file itself was renamed */

/* Events sent to every watch that needs them, asked for or not */
#define IN_UNMOUNT 0x00002000 /* its file system was unmounted */
#define IN_Q_OVERFLOW 0x00004000 /* events were lost: the queue was full */
#define IN_IGNORED 0x00008000 /* the watch is gone (removed, or its file) */

#define IN_CLOSE (IN_CLOSE_WRITE | IN_CLOSE_NOWRITE)
#define IN_MOVE (IN_MOVED_FROM | IN_MOVED_TO)

/* Flags of inotify_add_watch()'s mask */
#define IN_ONLYDIR 0x01000000 /* -ENOTDIR unless the path is a directory */
#define IN_DONT_FOLLOW 0x02000000 /* watch a symlink itself */
#define IN_MASK_ADD 0x20000000 /* OR into an existing watch's mask */
#define IN_ISDIR 0x40000000 /* (in events) it happened to a directory */
#define IN_ONESHOT 0x80000000 /* remove the watch after its first event */

#define IN_ALL_EVENTS                                                                      \
	(IN_ACCESS | IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_CLOSE_NOWRITE | IN_OPEN | \
	 IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE | IN_CREATE | IN_DELETE_SELF | IN_MOVE_SELF)

/* inotify_init1()'s flags */
#define IN_CLOEXEC O_CLOEXEC
#define IN_NONBLOCK O_NONBLOCK

extern int inotify_max_user_watches;

/* The system calls (fs/notify/inotify/inotify_user.c), for in-kernel callers */
asmlinkage long sys_inotify_init(void);
asmlinkage long sys_inotify_init1(int flags);
asmlinkage long sys_inotify_add_watch(int fd, const char __user *pathname, u32 mask);
asmlinkage long sys_inotify_rm_watch(int fd, __s32 wd);

#endif /* _LINUX_INOTIFY_H */
