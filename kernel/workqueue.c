/*
 * workqueue.c - worker threads that run queued work items.
 *
 * Each workqueue has a list of work items and one kernel thread
 * (Linnet has one CPU, so create_workqueue() and
 * create_singlethread_workqueue() differ only in the thread's name:
 * "events/0" against "name"). queue_work() sets the item's PENDING bit
 * (if it was already set, the item is queued already and nothing
 * happens), appends it and wakes the worker; the worker takes items from
 * the head, clears PENDING and calls the function, so an item may be
 * queued again while it runs:
 *
 *   queue_work ---> [ w1 ] -> [ w2 ] -> [ w3 ]  ---> worker_thread:
 *   (any context)     list under wq->lock          w1->func(w1), w2->...
 *
 * Flushing uses Linux 2.6.32's barriers: a special work item whose
 * function completes a completion is queued behind the work to wait for
 * (the whole list for flush_workqueue, one item for flush_work), and the
 * flusher sleeps on the completion.
 *
 * A delayed work item is a work item plus a timer. queue_delayed_work()
 * takes PENDING and arms the timer; the timer function, in softirq
 * context, queues the item, which then runs like any other:
 *
 *   queue_delayed_work(wq, dw, 10) --> timer (jiffies + 10)
 *                                        | fires: delayed_work_timer_fn
 *                                        v
 *                                      __queue_work(wq, &dw->work) --> worker
 *
 * Cancelling follows Linux 2.6.32: the canceller first takes the PENDING
 * bit for itself (from the timer, from the list, or by setting it on an
 * idle item), so that nobody, not even the work function re-queueing
 * itself, can queue the item again while it waits for a running
 * instance to return; PENDING is dropped at the end.
 * See docs/wait.md.
 */
#include <linux/module.h>
#include <linux/workqueue.h>
#include <linux/slab.h>
#include <linux/kthread.h>
#include <linux/completion.h>
#include <linux/sched.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/bitops.h>
#include <linux/irqflags.h>
#include <linux/jiffies.h>
#include <linux/timer.h>

/**
 * struct workqueue_struct - a queue of work and the thread that runs it
 * @lock: protects @worklist and @current_work; taken with interrupts off
 * @worklist: the queued work items, in order
 * @more_work: the worker sleeps here while @worklist is empty
 * @current_work: the item whose function runs now, or NULL
 * @thread: the worker thread
 * @name: the workqueue's name
 */
struct workqueue_struct {
	spinlock_t lock;
	struct list_head worklist;
	wait_queue_head_t more_work;
	struct work_struct *current_work;
	struct task_struct *thread;
	const char *name;
};

static struct workqueue_struct *keventd_wq;

/* The workqueue an item was last queued on lives in the bits above PENDING */
static void set_wq_data(struct work_struct *work, struct workqueue_struct *wq)
{
	work->data = (unsigned long)wq | (work->data & 1UL);
}

static struct workqueue_struct *get_wq_data(struct work_struct *work)
{
	return (struct workqueue_struct *)(work->data & ~1UL);
}

static void insert_work(struct workqueue_struct *wq, struct work_struct *work,
			struct list_head *head)
{
	set_wq_data(work, wq);
	list_add_tail(&work->entry, head);
	wake_up(&wq->more_work);
}

static void __queue_work(struct workqueue_struct *wq, struct work_struct *work)
{
	unsigned long flags;

	spin_lock_irqsave(&wq->lock, flags);
	insert_work(wq, work, &wq->worklist);
	spin_unlock_irqrestore(&wq->lock, flags);
}

/**
 * queue_work - queue a work item on a workqueue
 * @wq: the workqueue
 * @work: the item
 *
 * Context: any, including interrupt handlers.
 * Return: 1 if queued, 0 if it was already pending (and stays queued once).
 */
int queue_work(struct workqueue_struct *wq, struct work_struct *work)
{
	int ret = 0;

	/*
	 * No preemption between claiming PENDING and queueing, as Linux's
	 * get_cpu(): a queuer preempted in between would leave
	 * try_to_grab_pending() spinning on a PENDING item that is on no list.
	 */
	preempt_disable();
	if (!test_and_set_bit(WORK_STRUCT_PENDING, &work->data)) {
		BUG_ON(!list_empty(&work->entry));
		__queue_work(wq, work);
		ret = 1;
	}
	preempt_enable();
	return ret;
}
EXPORT_SYMBOL_GPL(queue_work);

static void delayed_work_timer_fn(unsigned long data)
{
	struct delayed_work *dwork = (struct delayed_work *)data;

	__queue_work(get_wq_data(&dwork->work), &dwork->work);
}

/**
 * queue_delayed_work - queue a work item once a delay has passed
 * @wq: the workqueue
 * @dwork: the delayed item
 * @delay: jiffies to wait first; 0 queues it at once, as queue_work()
 *
 * The item is pending from now on: queueing it again before it runs
 * does nothing (the first delay stands).
 *
 * Context: any, including interrupt handlers.
 * Return: 1 if queued, 0 if it was already pending.
 */
int queue_delayed_work(struct workqueue_struct *wq, struct delayed_work *dwork, unsigned long delay)
{
	struct timer_list *timer = &dwork->timer;
	struct work_struct *work = &dwork->work;

	if (delay == 0)
		return queue_work(wq, work);
	if (test_and_set_bit(WORK_STRUCT_PENDING, &work->data))
		return 0;
	BUG_ON(timer_pending(timer));
	BUG_ON(!list_empty(&work->entry));
	set_wq_data(work, wq);
	setup_timer(timer, delayed_work_timer_fn, (unsigned long)dwork);
	timer->expires = jiffies + delay;
	add_timer(timer);
	return 1;
}
EXPORT_SYMBOL_GPL(queue_delayed_work);

/* Take items from the head and run them; the function may sleep */
static void run_workqueue(struct workqueue_struct *wq)
{
	struct work_struct *work;
	work_func_t f;

	spin_lock_irq(&wq->lock);
	while (!list_empty(&wq->worklist)) {
		/* cppcheck-suppress nullPointer ; container_of's offsetof */
		work = list_first_entry(&wq->worklist, struct work_struct, entry);
		wq->current_work = work;
		list_del_init(&work->entry);
		spin_unlock_irq(&wq->lock);

		/*
		 * Read func before PENDING is cleared: from then on the owner
		 * may requeue the item, or free it if it frees itself in func.
		 */
		f = work->func;
		clear_bit(WORK_STRUCT_PENDING, &work->data);
		f(work);
		WARN(in_atomic(), "BUG: workqueue leaked atomic state: %s/0x%08x\n", current->comm,
		     preempt_count());

		spin_lock_irq(&wq->lock);
		wq->current_work = NULL;
	}
	spin_unlock_irq(&wq->lock);
}

static int worker_thread(void *data)
{
	struct workqueue_struct *wq = data;
	DEFINE_WAIT(wait);

	for (;;) {
		prepare_to_wait(&wq->more_work, &wait, TASK_INTERRUPTIBLE);
		if (!kthread_should_stop() && list_empty(&wq->worklist))
			schedule();
		finish_wait(&wq->more_work, &wait);
		if (kthread_should_stop())
			break;
		run_workqueue(wq);
	}
	return 0;
}

/* A barrier: a work item that completes a completion when the worker reaches it */
struct wq_barrier {
	struct work_struct work;
	struct completion done;
};

static void wq_barrier_func(struct work_struct *work)
{
	struct wq_barrier *barr;

	/* cppcheck-suppress nullPointer ; container_of's offsetof */
	barr = container_of(work, struct wq_barrier, work);
	complete(&barr->done);
}

/* Queue a barrier before @head; the caller holds wq->lock */
static void insert_wq_barrier(struct workqueue_struct *wq, struct wq_barrier *barr,
			      struct list_head *head)
{
	INIT_WORK(&barr->work, wq_barrier_func);
	set_bit(WORK_STRUCT_PENDING, &barr->work.data);
	init_completion(&barr->done);
	insert_work(wq, &barr->work, head);
}

/**
 * flush_workqueue - wait until every item queued so far has run
 * @wq: the workqueue
 *
 * Items queued after the call are not waited for; nor are delayed items
 * whose timer has not fired yet.
 *
 * Context: process context; sleeps. Not from @wq's own work functions.
 */
void flush_workqueue(struct workqueue_struct *wq)
{
	struct wq_barrier barr;

	might_sleep();
	WARN_ON(current == wq->thread);
	spin_lock_irq(&wq->lock);
	insert_wq_barrier(wq, &barr, &wq->worklist);
	spin_unlock_irq(&wq->lock);
	wait_for_completion(&barr.done);
}
EXPORT_SYMBOL_GPL(flush_workqueue);

/*
 * Put a barrier right after @work if it is queued, or at the head if it
 * is running now. Returns true if there is something to wait for.
 */
static bool start_flush_work(struct work_struct *work, struct wq_barrier *barr)
{
	struct workqueue_struct *wq = get_wq_data(work);
	struct list_head *prev = NULL;

	if (!wq)
		return false;
	spin_lock_irq(&wq->lock);
	if (!list_empty(&work->entry))
		prev = work->entry.next;
	else if (wq->current_work == work)
		prev = wq->worklist.next;
	if (prev)
		insert_wq_barrier(wq, barr, prev);
	spin_unlock_irq(&wq->lock);
	return prev != NULL;
}

/**
 * flush_work - wait until a work item has finished running
 * @work: the item
 *
 * If it is queued, waits until it has run; if it is running, until it
 * has returned.
 *
 * Context: process context; sleeps.
 * Return: 1 if it waited, 0 if the item was idle.
 */
int flush_work(struct work_struct *work)
{
	struct wq_barrier barr;

	might_sleep();
	if (!start_flush_work(work, &barr))
		return 0;
	wait_for_completion(&barr.done);
	return 1;
}
EXPORT_SYMBOL_GPL(flush_work);

/* Wait for @work's function if it is running now */
static void wait_on_work(struct work_struct *work)
{
	struct workqueue_struct *wq = get_wq_data(work);
	struct wq_barrier barr;
	bool running = false;

	if (!wq)
		return;
	spin_lock_irq(&wq->lock);
	if (wq->current_work == work) {
		insert_wq_barrier(wq, &barr, wq->worklist.next);
		running = true;
	}
	spin_unlock_irq(&wq->lock);
	if (running)
		wait_for_completion(&barr.done);
}

/*
 * Take PENDING for the caller, so that nobody can queue the item until
 * the caller drops it, and take the item off its list if it was queued.
 * Returns 0 if it was idle, 1 if it was queued (and now is not), -1 if
 * it is pending but on no list: its timer is armed (cancel_work_sync()
 * on a delayed item) or is firing; the caller tries again.
 */
static int try_to_grab_pending(struct work_struct *work)
{
	struct workqueue_struct *wq;
	int ret = -1;

	if (!test_and_set_bit(WORK_STRUCT_PENDING, &work->data))
		return 0;
	wq = get_wq_data(work);
	if (!wq)
		return ret;
	spin_lock_irq(&wq->lock);
	if (!list_empty(&work->entry)) {
		list_del_init(&work->entry);
		ret = 1;
	}
	spin_unlock_irq(&wq->lock);
	return ret;
}

static int __cancel_work_timer(struct work_struct *work, struct timer_list *timer)
{
	int ret;

	might_sleep();
	do {
		ret = timer && del_timer(timer);
		if (!ret)
			ret = try_to_grab_pending(work);
		wait_on_work(work);
		if (ret < 0)
			cpu_relax();
	} while (unlikely(ret < 0));
	work_clear_pending(work);
	return ret;
}

/**
 * cancel_work_sync - cancel a work item and wait for it to finish
 * @work: the item
 *
 * On return @work is neither pending nor running. It may re-queue
 * itself: that attempt fails while this waits. Another workqueue's
 * items may queue it again afterwards, of course.
 *
 * Context: process context; sleeps.
 * Return: 1 if it was pending (and will not run), 0 otherwise.
 */
int cancel_work_sync(struct work_struct *work)
{
	return __cancel_work_timer(work, NULL);
}
EXPORT_SYMBOL_GPL(cancel_work_sync);

/**
 * cancel_delayed_work - stop a delayed item's timer, without waiting
 * @dwork: the delayed item
 *
 * If the timer has already fired, the item is queued or running, and
 * this does nothing: flush it, or use cancel_delayed_work_sync().
 *
 * Context: any, including interrupt handlers. Does not sleep.
 * Return: 1 if the timer was armed (the item will not run), else 0.
 */
int cancel_delayed_work(struct delayed_work *dwork)
{
	int ret = del_timer(&dwork->timer);

	if (ret)
		work_clear_pending(&dwork->work);
	return ret;
}

/**
 * cancel_delayed_work_sync - cancel a delayed item and wait for it to finish
 * @dwork: the delayed item
 *
 * As cancel_work_sync(), whether the item waits on its timer, is
 * queued, or runs; a work function that re-arms itself is stopped too.
 *
 * Context: process context; sleeps.
 * Return: 1 if it was pending (timer armed or queued), 0 otherwise.
 */
int cancel_delayed_work_sync(struct delayed_work *dwork)
{
	return __cancel_work_timer(&dwork->work, &dwork->timer);
}
EXPORT_SYMBOL(cancel_delayed_work_sync);

/**
 * flush_delayed_work - run a delayed item now and wait for it
 * @dwork: the delayed item
 *
 * If its timer is armed, the timer is stopped and the item is queued at
 * once; then, as flush_work(), this waits until it has run.
 *
 * Context: process context; sleeps.
 * Return: 1 if it waited, 0 if the item was idle.
 */
int flush_delayed_work(struct delayed_work *dwork)
{
	if (del_timer_sync(&dwork->timer))
		__queue_work(get_wq_data(&dwork->work), &dwork->work);
	return flush_work(&dwork->work);
}
EXPORT_SYMBOL(flush_delayed_work);

/**
 * __create_workqueue - create a workqueue and its worker thread
 * @name: the name; the thread is "name/0", or "name" if @singlethread
 * @singlethread: 1 for create_singlethread_workqueue()
 *
 * Context: process context; sleeps.
 * Return: the workqueue, or NULL if memory ran out.
 */
struct workqueue_struct *__create_workqueue(const char *name, int singlethread)
{
	struct workqueue_struct *wq = kzalloc(sizeof(*wq), GFP_KERNEL);

	if (!wq)
		return NULL;
	spin_lock_init(&wq->lock);
	INIT_LIST_HEAD(&wq->worklist);
	init_waitqueue_head(&wq->more_work);
	wq->name = name;
	if (singlethread)
		wq->thread = kthread_create(worker_thread, wq, "%s", name);
	else
		wq->thread = kthread_create(worker_thread, wq, "%s/0", name);
	if (IS_ERR(wq->thread)) {
		kfree(wq);
		return NULL;
	}
	wake_up_process(wq->thread);
	return wq;
}
EXPORT_SYMBOL_GPL(__create_workqueue);

/**
 * destroy_workqueue - run what is queued, stop the worker, free the workqueue
 * @wq: the workqueue
 *
 * Context: process context; sleeps.
 */
void destroy_workqueue(struct workqueue_struct *wq)
{
	flush_workqueue(wq);
	kthread_stop(wq->thread);
	kfree(wq);
}
EXPORT_SYMBOL_GPL(destroy_workqueue);

/**
 * schedule_work - queue a work item on the shared "events" workqueue
 * @work: the item
 *
 * Context: any, including interrupt handlers.
 * Return: 1 if queued, 0 if it was already pending.
 */
int schedule_work(struct work_struct *work)
{
	return queue_work(keventd_wq, work);
}
EXPORT_SYMBOL(schedule_work);

/**
 * schedule_delayed_work - queue a delayed item on the "events" workqueue
 * @dwork: the delayed item
 * @delay: jiffies to wait first
 *
 * Context: any, including interrupt handlers.
 * Return: 1 if queued, 0 if it was already pending.
 */
int schedule_delayed_work(struct delayed_work *dwork, unsigned long delay)
{
	return queue_delayed_work(keventd_wq, dwork, delay);
}
EXPORT_SYMBOL(schedule_delayed_work);

/**
 * flush_scheduled_work - wait for everything queued on "events" so far
 *
 * Context: process context; sleeps.
 */
void flush_scheduled_work(void)
{
	flush_workqueue(keventd_wq);
}
EXPORT_SYMBOL(flush_scheduled_work);

/**
 * current_is_keventd - is the current task the "events" worker?
 *
 * Context: any.
 * Return: 1 if it is.
 */
int current_is_keventd(void)
{
	return current == keventd_wq->thread;
}
EXPORT_SYMBOL_GPL(current_is_keventd);

/**
 * init_workqueues - create the shared "events" workqueue
 *
 * Context: boot, in the init task.
 */
void init_workqueues(void)
{
	keventd_wq = create_workqueue("events");
	BUG_ON(!keventd_wq);
}
