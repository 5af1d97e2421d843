/*
 * ioprio.h - I/O priorities: a scheduling class and a level in 16 bits.
 *
 * The top three bits are the class (IOPRIO_CLASS_RT, _BE, _IDLE, or
 * _NONE: "follow the CPU nice value"), the low 13 the level within it
 * (0 highest .. 7 lowest for RT and BE). As Linux 2.6.32's
 * include/linux/ioprio.h; the value lives in the task (fs/ioprio.c).
 * See docs/processes.md.
 */
#ifndef _LINUX_IOPRIO_H
#define _LINUX_IOPRIO_H

#include <linux/sched.h>

#define IOPRIO_BITS (16)
#define IOPRIO_CLASS_SHIFT (13)
#define IOPRIO_PRIO_MASK ((1UL << IOPRIO_CLASS_SHIFT) - 1)

#define IOPRIO_PRIO_CLASS(mask) ((mask) >> IOPRIO_CLASS_SHIFT)
#define IOPRIO_PRIO_DATA(mask) ((mask)&IOPRIO_PRIO_MASK)
#define IOPRIO_PRIO_VALUE(class, data) (((class) << IOPRIO_CLASS_SHIFT) | (data))

#define ioprio_valid(mask) (IOPRIO_PRIO_CLASS((mask)) != IOPRIO_CLASS_NONE)

/* The classes, as CFQ serves them: RT first, BE the default, IDLE when the disk is idle */
enum {
	IOPRIO_CLASS_NONE,
	IOPRIO_CLASS_RT,
	IOPRIO_CLASS_BE,
	IOPRIO_CLASS_IDLE,
};

/* 8 levels in the RT and BE classes */
#define IOPRIO_BE_NR (8)

/* ioprio_set/ioprio_get's "which" */
enum {
	IOPRIO_WHO_PROCESS = 1,
	IOPRIO_WHO_PGRP,
	IOPRIO_WHO_USER,
};

/* The level ioprio_get() reports for a task that set none (class NONE) */
#define IOPRIO_NORM (4)

int copy_io(unsigned long clone_flags, struct task_struct *tsk);

#endif /* _LINUX_IOPRIO_H */
