/*
 * tests/host/include/asm/thread_info.h - one thread_info, on the host.
 *
 * In the kernel the thread_info sits at the base of the kernel stack
 * and is found from %esp; a host program's stack is not laid out that
 * way, so the host build has a single global one. Its preempt_count is
 * what in_atomic(), spin_lock() and might_sleep() use.
 */
#ifndef _ASM_THREAD_INFO_H
#define _ASM_THREAD_INFO_H

#include <linux/types.h>
#include <asm/page.h>

struct task_struct;

struct thread_info {
	struct task_struct *task;
	unsigned long flags;
	int preempt_count;
	int cpu;
};

#define TIF_SIGPENDING 2
#define TIF_NEED_RESCHED 3

extern struct thread_info host_thread_info;

static inline struct thread_info *current_thread_info(void)
{
	return &host_thread_info;
}

#define test_thread_flag(flag) ((current_thread_info()->flags >> (flag)) & 1)

#endif /* _ASM_THREAD_INFO_H */
