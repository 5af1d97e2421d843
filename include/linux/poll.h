/*
 * poll.h - asking a device which operations would not block.
 *
 * A driver's poll() returns the POLL* bits that are true now and calls
 * poll_wait() on each wait queue that could change the answer, so that a
 * caller that wants to sleep until something is ready knows where to
 * wait. The bit values are Linux's (asm-generic/poll.h).
 */
#ifndef _LINUX_POLL_H
#define _LINUX_POLL_H

#include <linux/fs.h>
#include <linux/wait.h>
#include <asm/uaccess.h>

#define POLLIN 0x0001
#define POLLPRI 0x0002
#define POLLOUT 0x0004
#define POLLERR 0x0008
#define POLLHUP 0x0010
#define POLLNVAL 0x0020
#define POLLRDNORM 0x0040
#define POLLRDBAND 0x0080
#define POLLWRNORM 0x0100
#define POLLWRBAND 0x0200
#define POLLMSG 0x0400
#define POLLRDHUP 0x2000
/* POLLFREE - the wait queue itself is going away (signalfd): pollers must let go now */
#define POLLFREE 0x4000

/* DEFAULT_POLLMASK - what a file without f_op->poll is: always ready */
#define DEFAULT_POLLMASK (POLLIN | POLLOUT | POLLRDNORM | POLLWRNORM)

/**
 * struct poll_table_struct - how poll_wait() registers a waiter
 * @qproc: called with each wait queue the driver names; NULL to only ask
 * @priv: the caller's data for @qproc
 */
typedef struct poll_table_struct {
	void (*qproc)(struct file *file, wait_queue_head_t *wq, struct poll_table_struct *p);
	void *priv;
} poll_table;

/**
 * poll_wait - tell the poller a wait queue that may change the answer
 * @filp: the file being polled
 * @wait_address: the wait queue
 * @p: the poll table, or NULL when the caller only asks
 *
 * Context: process context.
 */
static inline void poll_wait(struct file *filp, wait_queue_head_t *wait_address, poll_table *p)
{
	if (p && p->qproc && wait_address)
		p->qproc(filp, wait_address, p);
}

/**
 * init_poll_funcptr - set up a poll_table whose poll_wait() calls @qproc
 * @pt: the table
 * @qproc: the queueing function (epoll's ep_ptable_queue_proc)
 *
 * Context: any.
 */
static inline void init_poll_funcptr(poll_table *pt,
				     void (*qproc)(struct file *, wait_queue_head_t *, poll_table *))
{
	pt->qproc = qproc;
	pt->priv = NULL;
}

#endif /* _LINUX_POLL_H */
