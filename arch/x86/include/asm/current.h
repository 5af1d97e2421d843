/*
 * current.h - the running task, as <asm/current.h> gives it in 2.6.32.
 *
 * current is the task_struct of the task the CPU runs (get_current(),
 * from the thread_info at the bottom of the kernel stack). Linnet defines
 * it in <linux/sched.h>; this header is the place 2.6-era code includes.
 * See docs/processes.md.
 */
#ifndef _ASM_X86_CURRENT_H
#define _ASM_X86_CURRENT_H

#include <linux/sched.h>

#endif /* _ASM_X86_CURRENT_H */
