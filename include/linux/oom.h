/*
 * oom.h - the OOM killer (mm/oom_kill.c): when memory is gone, kill the
 * process whose death frees the most for the least lost work.
 *
 * A process's /proc/PID/oom_adj (-17 to 15) shifts its score left (more
 * likely) or right (less likely); OOM_DISABLE (-17) exempts it.
 * /proc/PID/oom_score shows the score. See docs/memory.md.
 */
#ifndef _LINUX_OOM_H
#define _LINUX_OOM_H

#include <linux/types.h>
#include <linux/gfp.h>

/* /proc/PID/oom_adj set to -17 protects from the OOM killer */
#define OOM_DISABLE (-17)
/* inclusive range of the adjustments */
#define OOM_ADJUST_MIN (-16)
#define OOM_ADJUST_MAX 15

struct task_struct;
struct zonelist;

unsigned long badness(struct task_struct *p, unsigned long uptime);
int out_of_memory(struct zonelist *zonelist, gfp_t gfp_mask, int order);
void pagefault_out_of_memory(void);
extern int sysctl_panic_on_oom;
extern int sysctl_oom_kill_allocating_task;
extern int sysctl_oom_dump_tasks;

#endif /* _LINUX_OOM_H */
