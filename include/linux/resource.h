/*
 * resource.h - resource limits and resource usage: the ABI of
 * getrlimit/setrlimit and getrusage, with i386 Linux's numbers.
 *
 * A limit is a pair: the soft limit (rlim_cur), which the kernel
 * enforces, and the hard limit (rlim_max), the ceiling a process may
 * raise its soft limit to (only root may raise the hard one). The limits
 * live in the process's struct signal_struct, shared by its threads and
 * copied by fork, as in 2.6.32. See docs/processes.md.
 */
#ifndef _LINUX_RESOURCE_H
#define _LINUX_RESOURCE_H

#include <linux/time.h>

#define RLIMIT_CPU 0 /* CPU time in seconds */
#define RLIMIT_FSIZE 1 /* largest file size */
#define RLIMIT_DATA 2 /* data segment */
#define RLIMIT_STACK 3 /* stack */
#define RLIMIT_CORE 4 /* core file */
#define RLIMIT_RSS 5 /* resident set */
#define RLIMIT_NPROC 6 /* processes per user */
#define RLIMIT_NOFILE 7 /* open files */
#define RLIMIT_MEMLOCK 8 /* locked memory */
#define RLIMIT_AS 9 /* address space */
#define RLIMIT_LOCKS 10 /* file locks */
#define RLIMIT_SIGPENDING 11 /* queued signals */
#define RLIMIT_MSGQUEUE 12 /* POSIX message queue bytes */
#define RLIMIT_NICE 13 /* nice ceiling: 20 - rlim_cur */
#define RLIMIT_RTPRIO 14 /* real-time priority ceiling */
#define RLIMIT_RTTIME 15 /* real-time CPU time, microseconds */
#define RLIM_NLIMITS 16

#define RLIM_INFINITY (~0UL)

/* 2.6.32's defaults: 8 MiB of stack, 1024 files, no core files */
#define _STK_LIM (8 * 1024 * 1024)
#define INR_OPEN_CUR 1024
#define INR_OPEN_MAX 1024
#define MLOCK_LIMIT (64 * 1024) /* 2.6.32's: 64 KiB (Linux 5.16 made it 8 MiB) */

/**
 * struct rlimit - one resource limit, as getrlimit() reports it
 * @rlim_cur: the soft limit, enforced
 * @rlim_max: the hard limit, the soft limit's ceiling
 */
struct rlimit {
	unsigned long rlim_cur;
	unsigned long rlim_max;
};

/**
 * struct rlimit64 - one resource limit as prlimit64() takes and gives it
 * @rlim_cur: the soft limit; RLIM64_INFINITY for none
 * @rlim_max: the hard limit; RLIM64_INFINITY for none
 *
 * 64 bits on every architecture (Linux 2.6.36's ABI; kernel/sys.c).
 */
struct rlimit64 {
	u64 rlim_cur;
	u64 rlim_max;
};
#define RLIM64_INFINITY (~0ULL)

struct task_struct;
int do_prlimit(struct task_struct *tsk, unsigned int resource, struct rlimit *new_rlim,
	       struct rlimit *old_rlim);

#define RUSAGE_SELF 0
#define RUSAGE_CHILDREN (-1)
#define RUSAGE_BOTH (-2) /* the kernel's own use (wait4 of a zombie) */
#define RUSAGE_THREAD 1

/**
 * struct rusage - resource usage, as getrusage() and wait4() report it (i386: 72 bytes)
 * @ru_utime: user time
 * @ru_stime: system time
 * @ru_maxrss: largest resident set, KiB
 * @ru_ixrss: unused (0)
 * @ru_idrss: unused (0)
 * @ru_isrss: unused (0)
 * @ru_minflt: page faults without I/O
 * @ru_majflt: page faults with I/O
 * @ru_nswap: unused (0)
 * @ru_inblock: blocks read
 * @ru_oublock: blocks written
 * @ru_msgsnd: unused (0)
 * @ru_msgrcv: unused (0)
 * @ru_nsignals: unused (0)
 * @ru_nvcsw: voluntary context switches
 * @ru_nivcsw: involuntary context switches
 */
struct rusage {
	struct timeval ru_utime;
	struct timeval ru_stime;
	long ru_maxrss;
	long ru_ixrss;
	long ru_idrss;
	long ru_isrss;
	long ru_minflt;
	long ru_majflt;
	long ru_nswap;
	long ru_inblock;
	long ru_oublock;
	long ru_msgsnd;
	long ru_msgrcv;
	long ru_nsignals;
	long ru_nvcsw;
	long ru_nivcsw;
};

struct task_struct;
/* kernel/sys.c: the usage getrusage() and the wait calls report */
void getrusage(struct task_struct *p, int who, struct rusage *r);

#define PRIO_MIN (-20)
#define PRIO_MAX 20
#define PRIO_PROCESS 0
#define PRIO_PGRP 1
#define PRIO_USER 2

#endif /* _LINUX_RESOURCE_H */
