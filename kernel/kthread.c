/*
 * kthread.c - creating and stopping kernel threads.
 *
 * Every kernel thread is made by one daemon, kthreadd (pid 2). Whoever
 * wants a thread queues a request on kthread_create_list, wakes kthreadd
 * and waits; kthreadd forks the thread from its own context, so every
 * thread starts from the same clean state (no odd signal mask, no
 * inherited address space, whatever the caller was doing), as in Linux
 * 2.6.32:
 *
 *   caller                  kthreadd (pid 2)          new thread
 *   kthread_create()
 *     queue request,
 *     wake kthreadd  ---->  take request
 *     wait (done)           copy_process(kthread) -->  self = {should_stop = 0}
 *                                                      state = UNINTERRUPTIBLE
 *                   <--------------------------------  complete(done); schedule()
 *   wake_up_process(k)  -------------------------->  if (!should_stop) threadfn(data)
 *   ...                                                do_exit(ret)
 *   kthread_stop(k):                                     complete(self.exited)
 *     should_stop = 1; wake it
 *     wait_for_completion(exited)
 *     return k->exit_code
 *
 * So a thread stopped before it was ever woken never runs its function,
 * and kthread_stop() returns -EINTR for it, as in 2.6.32. In 2.6.32 the
 * threads are also kthreadd's children (their parent pid is 2); Linnet's
 * kernel threads have no parent task (fork.c:copy_process links none), so
 * /proc shows their parent as 0. See docs/sched.md.
 */
#include <linux/module.h>
#include <linux/kthread.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/spinlock.h>

/* One request to kthreadd: filled by kthread_create(), answered in @result */
struct kthread_create_info {
	int (*threadfn)(void *data);
	void *data;
	char name[TASK_COMM_LEN];
	struct completion done;
	struct task_struct *result;
	struct list_head list;
};

static DEFINE_SPINLOCK(kthread_create_lock);
static LIST_HEAD(kthread_create_list);
/* kthreadd, set by rest_init() before any thread may be asked for */
struct task_struct *kthreadd_task;

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
	complete(&create->done);
	schedule();

	ret = -EINTR;
	if (!self.should_stop)
		ret = threadfn(data);
	do_exit(ret);
}

/* Fork the thread a request asks for; runs in kthreadd */
static void create_kthread(struct kthread_create_info *create)
{
	struct task_struct *p = copy_process(kthread, create, create->name);

	if (IS_ERR(p)) {
		create->result = p;
		complete(&create->done);
		return;
	}
	wake_up_new_task(p); /* kthread() completes create->done */
}

/**
 * kthreadd - the daemon that creates every kernel thread (pid 2)
 * @unused: nothing
 *
 * Sleeps until kthread_create() queues a request, then forks the threads
 * asked for, one by one.
 *
 * Context: its own thread, started by rest_init(). Never returns.
 * Return: never.
 */
int kthreadd(void *unused)
{
	struct kthread_create_info *create;

	for (;;) {
		set_current_state(TASK_INTERRUPTIBLE);
		if (list_empty(&kthread_create_list))
			schedule();
		__set_current_state(TASK_RUNNING);

		spin_lock(&kthread_create_lock);
		while (!list_empty(&kthread_create_list)) {
			/* cppcheck-suppress nullPointer ; container_of's offsetof */
			create = list_first_entry(&kthread_create_list, struct kthread_create_info,
						  list);
			list_del_init(&create->list);
			spin_unlock(&kthread_create_lock);
			create_kthread(create);
			spin_lock(&kthread_create_lock);
		}
		spin_unlock(&kthread_create_lock);
	}
	return 0;
}

/**
 * kthread_create - create a kernel thread, asleep until woken
 * @threadfn: the function to run; its return value is the exit code
 * @data: its argument
 * @namefmt: printf-style name of the thread (cut to TASK_COMM_LEN - 1)
 *
 * Asks kthreadd for the thread and waits for it. The thread exists,
 * asleep, when this returns; wake_up_process() starts @threadfn,
 * kthread_stop() ends it (before it ran: without running it).
 *
 * Context: process context; sleeps. Not before rest_init() started kthreadd.
 * Return: the task, or ERR_PTR(-ENOMEM).
 */
struct task_struct *kthread_create(int (*threadfn)(void *data), void *data, const char namefmt[],
				   ...)
{
	struct kthread_create_info create = { .threadfn = threadfn, .data = data };
	va_list args;

	might_sleep();
	va_start(args, namefmt);
	vsnprintf(create.name, sizeof(create.name), namefmt, args);
	va_end(args);
	init_completion(&create.done);

	spin_lock(&kthread_create_lock);
	list_add_tail(&create.list, &kthread_create_list);
	spin_unlock(&kthread_create_lock);
	wake_up_process(kthreadd_task);
	wait_for_completion(&create.done);
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
	/*
	 * A thread that already exits needs no nudge (2.6.32 tests
	 * k->vfork_done); its exited completion is, or will be, done, and
	 * our reference keeps its stack, where struct kthread lives.
	 */
	if (!(k->flags & PF_EXITING)) {
		kthread->should_stop = 1;
		wake_up_process(k);
	}
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
