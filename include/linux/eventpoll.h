/*
 * eventpoll.h - epoll: a set of watched files kept in the kernel.
 *
 * epoll_create makes the set, epoll_ctl adds, changes and removes files,
 * epoll_wait returns the ready ones. Each struct file carries the list of
 * epoll items that watch it (f_ep_links), so that its last close takes
 * it out of every set (eventpoll_release, from __fput). The constants and
 * struct epoll_event are Linux's ABI. See fs/eventpoll.c, docs/events.md.
 */
#ifndef _LINUX_EVENTPOLL_H
#define _LINUX_EVENTPOLL_H

#include <linux/fcntl.h>
#include <linux/types.h>
#include <linux/list.h>
#include <linux/fs.h>
#include <linux/compiler.h>

/* The flag of epoll_create1() */
#define EPOLL_CLOEXEC O_CLOEXEC

/* The operations of epoll_ctl() */
#define EPOLL_CTL_ADD 1
#define EPOLL_CTL_DEL 2
#define EPOLL_CTL_MOD 3

/* Report an event once, then disable the item until EPOLL_CTL_MOD */
#define EPOLLONESHOT (1u << 30)
/* Report a change of state once (edge), not as long as it lasts (level) */
#define EPOLLET (1u << 31)

/**
 * struct epoll_event - what user space asks to watch, and what it is told
 * @events: EPOLLIN... (POLL* bits) plus EPOLLET/EPOLLONESHOT when asking
 * @data: the caller's cookie, returned with each event
 *
 * 12 bytes on i386: the u64 is 4-byte aligned in the i386 ABI (x86-64
 * Linux packs the struct to keep the same layout).
 */
struct epoll_event {
	__u32 events;
	__u64 data;
};

struct file;

/**
 * eventpoll_init_file - a new file watched by no epoll set
 * @file: the file (get_empty_filp)
 *
 * Context: any.
 */
static inline void eventpoll_init_file(struct file *file)
{
	INIT_LIST_HEAD(&file->f_ep_links);
}

void eventpoll_release_file(struct file *file);

/**
 * eventpoll_release - take a closing file out of every epoll set watching it
 * @file: the file whose last reference is going (__fput)
 *
 * The list is looked at without a lock: nobody else holds the file any
 * more, so nothing can add to it, and an empty list is the common case.
 *
 * Context: process context; may sleep.
 */
static inline void eventpoll_release(struct file *file)
{
	if (likely(list_empty(&file->f_ep_links)))
		return;
	eventpoll_release_file(file);
}

#endif /* _LINUX_EVENTPOLL_H */
