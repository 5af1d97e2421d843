/*
 * kernel_stat.h - where the CPU's time went, for /proc/stat.
 *
 * Every tick is charged to one kind of time (kernel/sched.c:
 * account_process_tick): user (nice when the task's nice is above 0),
 * system, irq, softirq, or idle (iowait when tasks wait for I/O). The
 * counters are in ticks (jiffies); /proc/stat prints them in USER_HZ.
 * Linux 2.6.32 keeps them per CPU in cputime64_t; Linnet has one CPU and
 * counts jiffies as 2.6.32's i386 cputime does. See docs/procfs.md.
 */
#ifndef _LINUX_KERNEL_STAT_H
#define _LINUX_KERNEL_STAT_H

#include <linux/types.h>

struct task_struct;

/**
 * struct cpu_usage_stat - the ticks a CPU spent in each kind of work
 * @user: running user mode at nice <= 0
 * @nice: running user mode at nice > 0
 * @system: running the kernel for a task
 * @softirq: running softirqs
 * @irq: running hard interrupt handlers
 * @idle: idle, no task waiting for I/O
 * @iowait: idle while a task waits for I/O (never: no disks)
 * @steal: taken by a hypervisor (never)
 * @guest: running a guest (never)
 */
struct cpu_usage_stat {
	u64 user;
	u64 nice;
	u64 system;
	u64 softirq;
	u64 irq;
	u64 idle;
	u64 iowait;
	u64 steal;
	u64 guest;
};

/**
 * struct kernel_stat - one CPU's statistics
 * @cpustat: its time, by kind
 */
struct kernel_stat {
	struct cpu_usage_stat cpustat;
};

extern struct kernel_stat kstat;

/* kstat_cpu - the statistics of @cpu (Linnet has CPU 0 only) */
#define kstat_cpu(cpu) (kstat)

void account_user_time(struct task_struct *p, unsigned long ticks);
void account_system_time(struct task_struct *p, int hardirq_offset, unsigned long ticks);
void account_idle_time(unsigned long ticks);
void account_process_tick(struct task_struct *p, int user_tick);

#endif /* _LINUX_KERNEL_STAT_H */
