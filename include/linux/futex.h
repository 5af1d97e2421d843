/*
 * futex.h - the futex operations the kernel itself uses (kernel/futex.c).
 *
 * kernel/exit.c:mm_release wakes a thread joiner through futex_wake()
 * after zeroing the CLONE_CHILD_CLEARTID word, and walks the thread's
 * robust futex list with exit_robust_list(). See docs/processes.md.
 */
#ifndef _LINUX_FUTEX_H
#define _LINUX_FUTEX_H

#include <linux/types.h>
#include <linux/ktime.h>

#define FUTEX_BITSET_MATCH_ANY 0xffffffff

struct task_struct;

int futex_wake(u32 __user *uaddr, int nr_wake, u32 bitset);
void exit_robust_list(struct task_struct *curr);
long do_futex(u32 __user *uaddr, int op, u32 val, ktime_t *timeout, u32 __user *uaddr2, u32 val2,
	      u32 val3);

#endif /* _LINUX_FUTEX_H */
