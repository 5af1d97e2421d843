/*
 * workqueue.h - deferring work to a kernel thread.
 *
 * A work item is a function to call later, in process context: unlike a
 * tasklet or a timer function, it runs in a worker thread, so it may
 * sleep (take a mutex, allocate with GFP_KERNEL, msleep). Work is queued
 * on a workqueue, each with its own worker thread; schedule_work() uses
 * the shared "events" queue. Delayed work (a timer that queues the item)
 * joins once kernel timers are in.
 * Implemented in kernel/workqueue.c; see docs/wait.md.
 */
#ifndef _LINUX_WORKQUEUE_H
#define _LINUX_WORKQUEUE_H

#include <linux/list.h>
#include <linux/bitops.h>

struct work_struct;
struct workqueue_struct;
typedef void (*work_func_t)(struct work_struct *work);

#define WORK_STRUCT_PENDING 0 /* bit 0 of data: queued and not yet started */

/**
 * struct work_struct - a function to run later in a worker thread
 * @data: WORK_STRUCT_PENDING, and the workqueue it was last queued on
 * @entry: its place on the workqueue's list
 * @func: the function; gets the work item (container_of() finds the rest)
 */
struct work_struct {
	unsigned long data;
	struct list_head entry;
	work_func_t func;
};

#define __WORK_INITIALIZER(n, f)                                             \
	{                                                                    \
		.data = 0, .entry = { &(n).entry, &(n).entry }, .func = (f)  \
	}

#define DECLARE_WORK(n, f) struct work_struct n = __WORK_INITIALIZER(n, f)

#define INIT_WORK(_work, _func)                                              \
	do {                                                                 \
		(_work)->data = 0;                                           \
		INIT_LIST_HEAD(&(_work)->entry);                             \
		(_work)->func = (_func);                                     \
	} while (0)

/* work_pending - is the work queued and not yet started? */
#define work_pending(work) test_bit(WORK_STRUCT_PENDING, &(work)->data)

struct workqueue_struct *__create_workqueue(const char *name, int singlethread);
#define create_workqueue(name) __create_workqueue((name), 0)
#define create_singlethread_workqueue(name) __create_workqueue((name), 1)
#define create_freezeable_workqueue(name) __create_workqueue((name), 1)
void destroy_workqueue(struct workqueue_struct *wq);

int queue_work(struct workqueue_struct *wq, struct work_struct *work);
void flush_workqueue(struct workqueue_struct *wq);
int flush_work(struct work_struct *work);
int cancel_work_sync(struct work_struct *work);

int schedule_work(struct work_struct *work);
void flush_scheduled_work(void);
int current_is_keventd(void);
void init_workqueues(void);

#endif /* _LINUX_WORKQUEUE_H */
