/*
 * linnet_info.h - the linnet_info() system call's number, flags and
 * record: shared by the kernel (kernel/linnet_info.c) and user programs
 * (tests/labs/linnet_info.c), so it uses plain C types only, as Linux's
 * include/uapi headers do.
 *
 * linnet_info() is Linnet's own call, the one lab 7 adds
 * (docs/labs/lab7-syscall.md). Its number, 511, sits far past every
 * number Linux has given out (2.6.32 stops at 336, today's Linux is in
 * the 460s), so that a Linux program never reaches it by accident:
 * numbers 337-510 keep answering -ENOSYS as Linux's later calls must.
 */
#ifndef _LINNET_LINNET_INFO_H
#define _LINNET_LINNET_INFO_H

#define __NR_linnet_info 511

#define LINNET_INFO_TASKS 0x1 /* fill nr_tasks and nr_running */
#define LINNET_INFO_MEM 0x2 /* fill free_pages and total_pages */
#define LINNET_INFO_ALL (LINNET_INFO_TASKS | LINNET_INFO_MEM)

/**
 * struct linnet_info - what linnet_info() copies out
 * @size: sizeof(struct linnet_info): a later, longer record can be told apart
 * @flags: the flags the caller passed
 * @hz: the kernel's HZ (always filled)
 * @nr_tasks: tasks that exist, the idle task not counted (LINNET_INFO_TASKS)
 * @nr_running: of those, how many are runnable (LINNET_INFO_TASKS)
 * @free_pages: free page frames (LINNET_INFO_MEM)
 * @total_pages: page frames the allocator manages (LINNET_INFO_MEM)
 *
 * The fields a flag does not ask for are 0.
 */
struct linnet_info {
	unsigned int size;
	unsigned int flags;
	unsigned int hz;
	unsigned int nr_tasks;
	unsigned int nr_running;
	unsigned int free_pages;
	unsigned int total_pages;
};

#endif /* _LINNET_LINNET_INFO_H */
