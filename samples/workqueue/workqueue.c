/*
 * workqueue.c - work done later, in a kernel thread that may sleep.
 *
 * A tasklet or a timer runs in interrupt context and must not sleep; a
 * work item runs in a worker thread ("sample_wq" in ps), in process
 * context, where it may take a mutex or allocate with GFP_KERNEL. This
 * module makes its own single-thread workqueue, queues a delayed work
 * that requeues itself every period_ms until it has run rounds times,
 * and queues one plain work on the shared queue (schedule_work).
 *
 * On rmmod, cancel_delayed_work_sync() stops the chain (waiting for a
 * running instance), flush_scheduled_work() waits for the shared one, and
 * destroy_workqueue() ends the thread: nothing of the module runs after
 * exit returns. See docs/modules.md and docs/workqueues.md.
 */
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/jiffies.h>
#include <linux/workqueue.h>

static unsigned int period_ms = 20;
module_param(period_ms, uint, 0444);
static unsigned int rounds = 5;
module_param(rounds, uint, 0444);

static struct workqueue_struct *sample_wq;
static unsigned int delayed_runs, shared_runs;

static void sample_delayed_fn(struct work_struct *work);
static DECLARE_DELAYED_WORK(sample_delayed, sample_delayed_fn);

static void sample_delayed_fn(struct work_struct *work)
{
	if (++delayed_runs < rounds)
		queue_delayed_work(sample_wq, &sample_delayed, msecs_to_jiffies(period_ms));
	else
		printk(KERN_INFO "workqueue: %u rounds done\n", delayed_runs);
}

static void sample_shared_fn(struct work_struct *work)
{
	shared_runs++;
}
static DECLARE_WORK(sample_shared, sample_shared_fn);

static int __init sample_wq_init(void)
{
	sample_wq = create_singlethread_workqueue("sample_wq");
	if (!sample_wq)
		return -ENOMEM;
	if (rounds)
		queue_delayed_work(sample_wq, &sample_delayed, msecs_to_jiffies(period_ms));
	schedule_work(&sample_shared);
	return 0;
}

static void __exit sample_wq_exit(void)
{
	cancel_delayed_work_sync(&sample_delayed);
	flush_scheduled_work();
	destroy_workqueue(sample_wq);
	printk(KERN_INFO "workqueue: %u delayed runs, %u shared runs\n", delayed_runs, shared_runs);
}

module_init(sample_wq_init);
module_exit(sample_wq_exit);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("A private workqueue with a self-requeueing delayed work, and schedule_work");
