/*
 * workqueue.h - deferring work to a kernel thread.
 *
 * A work item is a function to call later, in process context: unlike a
 * tasklet or a timer function, it runs in a worker thread, so it may
 * sleep (take a mutex, allocate with GFP_KERNEL, msleep). Work is queued
 * on a workqueue, each with its own worker thread; schedule_work() uses
 * the shared "events" queue. A delayed work item is a work item and a
 * kernel timer: queue_delayed_work() arms the timer, and the timer's
 * function (in softirq context) queues the item, so it runs no sooner
 * than the delay. Implemented in kernel/workqueue.c; see docs/wait.md.
 */
#ifndef _LINUX_WORKQUEUE_H
#define _LINUX_WORKQUEUE_H

#include <linux/list.h>
#include <linux/bitops.h>
#include <linux/timer.h>

struct work_struct;
struct workqueue_struct;
typedef void (*work_func_t)(struct work_struct *work);

#define WORK_STRUCT_PENDING 0 /* bit 0 of data: queued (or its timer armed), not started */

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

/**
 * struct delayed_work - a work item queued when its timer fires
 * @work: the work item; its PENDING bit is set from queue_delayed_work()
 *        until its function starts
 * @timer: the timer that queues @work on its workqueue
 */
struct delayed_work {
	struct work_struct work;
	struct timer_list timer;
};

#define __WORK_INITIALIZER(n, f)                                             \
	{                                                                    \
		.data = 0, .entry = { &(n).entry, &(n).entry }, .func = (f)  \
	}

#define __DELAYED_WORK_INITIALIZER(n, f)                                     \
	{                                                                    \
		.work = __WORK_INITIALIZER((n).work, (f)),                   \
		.timer = TIMER_INITIALIZER(NULL, 0, 0),                      \
	}

#define DECLARE_WORK(n, f) struct work_struct n = __WORK_INITIALIZER(n, f)
#define DECLARE_DELAYED_WORK(n, f) struct delayed_work n = __DELAYED_WORK_INITIALIZER(n, f)

#define INIT_WORK(_work, _func)                                              \
	do {                                                                 \
		(_work)->data = 0;                                           \
		INIT_LIST_HEAD(&(_work)->entry);                             \
		(_work)->func = (_func);                                     \
	} while (0)

#define INIT_DELAYED_WORK(_work, _func)                                      \
	do {                                                                 \
		INIT_WORK(&(_work)->work, (_func));                          \
		init_timer(&(_work)->timer);                                 \
	} while (0)

/* PREPARE_WORK - change the function of an idle work item */
#define PREPARE_WORK(_work, _func) ((_work)->func = (_func))
#define PREPARE_DELAYED_WORK(_work, _func) PREPARE_WORK(&(_work)->work, (_func))

/* work_pending - is the work queued (or its timer armed) and not yet started? */
#define work_pending(work) test_bit(WORK_STRUCT_PENDING, &(work)->data)
#define delayed_work_pending(w) work_pending(&(w)->work)
/* work_clear_pending - forget that an item is pending (it must be off every list) */
#define work_clear_pending(work) clear_bit(WORK_STRUCT_PENDING, &(work)->data)

struct workqueue_struct *__create_workqueue(const char *name, int singlethread);
#define create_workqueue(name) __create_workqueue((name), 0)
#define create_singlethread_workqueue(name) __create_workqueue((name), 1)
#define create_freezeable_workqueue(name) __create_workqueue((name), 1)
void destroy_workqueue(struct workqueue_struct *wq);

int queue_work(struct workqueue_struct *wq, struct work_struct *work);
int queue_delayed_work(struct workqueue_struct *wq, struct delayed_work *dwork,
		       unsigned long delay);
void flush_workqueue(struct workqueue_struct *wq);
int flush_work(struct work_struct *work);
int flush_delayed_work(struct delayed_work *dwork);
int cancel_work_sync(struct work_struct *work);
int cancel_delayed_work(struct delayed_work *dwork);
int cancel_delayed_work_sync(struct delayed_work *dwork);

/* The _on() forms name a CPU; Linnet has only CPU 0 */
#define queue_work_on(cpu, wq, work) queue_work((wq), (work))
#define queue_delayed_work_on(cpu, wq, dwork, delay) queue_delayed_work((wq), (dwork), (delay))
#define schedule_work_on(cpu, work) schedule_work(work)
#define schedule_delayed_work_on(cpu, dwork, delay) schedule_delayed_work((dwork), (delay))

/* Linux 2.6.32's older names for cancel_delayed_work_sync() */
#define cancel_rearming_delayed_work(dwork) cancel_delayed_work_sync(dwork)
#define cancel_rearming_delayed_workqueue(wq, dwork) cancel_delayed_work_sync(dwork)

int schedule_work(struct work_struct *work);
int schedule_delayed_work(struct delayed_work *dwork, unsigned long delay);
void flush_scheduled_work(void);
int current_is_keventd(void);
void init_workqueues(void);

#endif /* _LINUX_WORKQUEUE_H */
