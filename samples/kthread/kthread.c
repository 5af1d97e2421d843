/*
 * kthread.c - a kernel thread that lives as long as the module.
 *
 * kthread_run() starts a thread ("sample_kthread" in ps) in the
 * function given; the function loops until kthread_should_stop() says
 * someone called kthread_stop(), sleeping interval_ms between rounds in
 * an interruptible sleep, which kthread_stop() cuts short by waking it.
 * The module's exit calls kthread_stop(), which waits for the function
 * to return: a module must never leave a thread running in its code.
 * See docs/modules.md and docs/sched.md.
 */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/err.h>
#include <linux/jiffies.h>
#include <linux/kthread.h>
#include <linux/sched.h>

static unsigned int interval_ms = 50;
module_param(interval_ms, uint, 0444);

static struct task_struct *sample_thread;
static unsigned long sample_rounds;

static int sample_thread_fn(void *data)
{
	while (!kthread_should_stop()) {
		sample_rounds++;
		schedule_timeout_interruptible(msecs_to_jiffies(interval_ms));
	}
	return 0;
}

static int __init sample_kthread_init(void)
{
	sample_thread = kthread_run(sample_thread_fn, NULL, "sample_kthread");
	if (IS_ERR(sample_thread))
		return PTR_ERR(sample_thread);
	printk(KERN_INFO "kthread: started pid %d\n", sample_thread->pid);
	return 0;
}

static void __exit sample_kthread_exit(void)
{
	int ret = kthread_stop(sample_thread);

	printk(KERN_INFO "kthread: stopped after %lu rounds (%d)\n", sample_rounds, ret);
}

module_init(sample_kthread_init);
module_exit(sample_kthread_exit);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("A kernel thread that stops on rmmod");
