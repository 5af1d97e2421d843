/*
 * kthread.h - kernel threads: create, run, stop.
 *
 * kthread_create() makes a thread that waits, asleep, for its first
 * wake_up_process(); kthread_run() creates and wakes it. A thread that
 * may be stopped loops until kthread_should_stop(), and whoever created
 * it calls kthread_stop(), which wakes it, waits for it to exit and
 * returns its exit code. Implemented in kernel/kthread.c; see
 * docs/sched.md.
 */
#ifndef _LINUX_KTHREAD_H
#define _LINUX_KTHREAD_H

#include <linux/err.h>
#include <linux/sched.h>
#include <linux/completion.h>

/**
 * struct kthread - what kthread_stop() and the thread share
 * @should_stop: set by kthread_stop(); read by kthread_should_stop()
 * @exited: completed by do_exit(), waited for by kthread_stop()
 *
 * It lives on the thread's own stack, which stays until the last
 * reference to the task is dropped.
 */
struct kthread {
	int should_stop;
	struct completion exited;
};

__printf(3, 4) struct task_struct *kthread_create(int (*threadfn)(void *data), void *data,
						  const char namefmt[], ...);

/**
 * kthread_run - create a kernel thread and wake it
 * @threadfn: the function to run; its return value is the exit code
 * @data: its argument
 * @namefmt: printf-style name of the thread
 *
 * Return: the task, or ERR_PTR(-ENOMEM).
 */
#define kthread_run(threadfn, data, namefmt, ...)                                   \
	({                                                                          \
		struct task_struct *__k =                                           \
			kthread_create(threadfn, data, namefmt, ##__VA_ARGS__);     \
		if (!IS_ERR(__k))                                                   \
			wake_up_process(__k);                                       \
		__k;                                                                \
	})

int kthread_stop(struct task_struct *k);
int kthreadd(void *unused);
extern struct task_struct *kthreadd_task;
int kthread_should_stop(void);
void kthread_bind(struct task_struct *k, unsigned int cpu);

#endif /* _LINUX_KTHREAD_H */
