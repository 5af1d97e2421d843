/*
 * ps.h - a table of the tasks, as the shell's `ps` prints it.
 *
 * One line per task, in pid order: pid, state letter (R running or
 * runnable, S interruptible sleep, D uninterruptible sleep, X dead), the
 * preempt count, the wait channel (the function a sleeping task sleeps
 * in), the run time in jiffies and the name. Implemented in kernel/debug/kdb/kdb_ps.c;
 * see docs/sched.md.
 */
#ifndef _LINUX_PS_H
#define _LINUX_PS_H

#include <linux/types.h>

struct task_struct;

char task_state_char(struct task_struct *p);
void ps_show(void (*print)(void *ctx, const char *line), void *ctx);

#endif /* _LINUX_PS_H */
