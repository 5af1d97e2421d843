/*
 * kthread.c - creating and stopping kernel threads.
 *
 * A new thread does not run its function at once. It first runs
 * kthread(), which puts the struct kthread on its own stack, tells its
 * creator it exists, and sleeps until someone wakes it:
 *
 *   creator                          new thread (kthread())
 *   kthread_create()
 *     copy_process, wake it  ---->   self = {should_stop = 0}
 *     wait_for_completion(started)   state = TASK_UNINTERRUPTIBLE
 *                             <----  complete(started); schedule()
 *   wake_up_process(k)        ---->  if (!should_stop) threadfn(data)
 *   ...                              do_exit(ret)
 *   kthread_stop(k):                   complete(self.exited)
 *     should_stop = 1; wake it   ...
 *     wait_for_completion(exited)
 *     return k->exit_code
 *
 * So a thread stopped before it was ever woken never runs its function,
 * and kthread_stop() returns -EINTR for it, as in Linux 2.6.32
 * (kernel/kthread.c). See docs/sched.md.
 */
#include <linux/module.h>
#include <linux/kthread.h>
#include <linux/kernel.h>
#include <linux/string.h>

struct kthread_create_info {
	int (*threadfn)(void *data);
	void *data;
	struct completion started;
	struct task_struct *result;
};

static int kthread(void *_create)
{
	struct kthread_create_info *create = _create;
	int (*threadfn)(void *data) = create->threadfn;
	void *data = create->data;
	struct kthread self;
	int ret;

	self.should_stop = 0;
	init_completion(&self.exited);
	current->kthread = &self;
	__set_current_state(TASK_UNINTERRUPTIBLE);
	create->result = current;
	complete(&create->started);
	schedule();

	ret = -EINTR;
	if (!self.should_stop)
		ret = threadfn(data);
	do_exit(ret);
}

/**
 * kthread_create - create a kernel thread, asleep until woken
 * @threadfn: the function to run; its return value is the exit code
 * @data: its argument
 * @namefmt: printf-style name of the thread (cut to TASK_COMM_LEN - 1)
 *
 * The thread exists, asleep, when this returns; wake_up_process() starts
 * @threadfn, kthread_stop() ends it (before it ran: without running it).
 *
 * Context: process context; sleeps.
 * Return: the task, or ERR_PTR(-ENOMEM).
 */
struct task_struct *kthread_create(int (*threadfn)(void *data), void *data, const char namefmt[],
				   ...)
{
	struct kthread_create_info create = { .threadfn = threadfn, .data = data };
	char name[TASK_COMM_LEN];
	struct task_struct *p;
	va_list args;

	might_sleep();
	va_start(args, namefmt);
	vsnprintf(name, sizeof(name), namefmt, args);
	va_end(args);
	init_completion(&create.started);
	p = copy_process(kthread, &create, name);
	if (IS_ERR(p))
		return p;
	wake_up_new_task(p);
	wait_for_completion(&create.started);
	return create.result;
}
EXPORT_SYMBOL(kthread_create);

/**
 * kthread_should_stop - has kthread_stop() been called for this thread?
 *
 * Context: a thread made by kthread_create().
 * Return: non-zero once it should return from its function.
 */
int kthread_should_stop(void)
{
	return current->kthread->should_stop;
}
EXPORT_SYMBOL(kthread_should_stop);

/**
 * kthread_stop - ask a thread to stop and wait until it has exited
 * @k: a thread from kthread_create() that has not exited by itself
 *     (unless the caller holds a reference, get_task_struct())
 *
 * Sets kthread_should_stop() for @k, wakes it, and waits for its exit.
 *
 * Context: process context; sleeps. Not from @k itself.
 * Return: @k's exit code (its function's return value), or -EINTR if it
 * was stopped before it ever ran.
 */
int kthread_stop(struct task_struct *k)
{
	struct kthread *kthread;
	int ret;

	might_sleep();
	BUG_ON(k == current);
	get_task_struct(k);
	kthread = k->kthread;
	kthread->should_stop = 1;
	wake_up_process(k);
	wait_for_completion(&kthread->exited);
	ret = k->exit_code;
	put_task_struct(k);
	return ret;
}
EXPORT_SYMBOL(kthread_stop);

/**
 * kthread_bind - bind a thread to a CPU
 * @k: a thread that has not run yet
 * @cpu: the CPU; Linnet has only CPU 0
 *
 * Context: process context.
 */
void kthread_bind(struct task_struct *k, unsigned int cpu)
{
	WARN_ON(cpu != 0);
}
EXPORT_SYMBOL(kthread_bind);
