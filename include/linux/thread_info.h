/*
 * thread_info.h - see <asm/thread_info.h>; and the restart block.
 *
 * A system call a signal interrupts in the middle of a sleep with a
 * deadline (nanosleep, futex wait, poll) cannot simply be run again with
 * its original arguments: the time already slept would be slept again.
 * So before it returns -ERESTART_RESTARTBLOCK it fills in the thread's
 * restart block: a function and what it needs to finish the job (the
 * absolute deadline). If no handler runs, the signal code makes user
 * mode re-enter the kernel with system call 0, restart_syscall, which
 * calls that function (kernel/signal.c:sys_restart_syscall). As 2.6.32.
 */
#ifndef _LINUX_THREAD_INFO_H
#define _LINUX_THREAD_INFO_H

#include <linux/types.h>

struct timespec;

/**
 * struct restart_block - how to finish an interrupted system call
 * @fn: what restart_syscall calls; do_no_restart_syscall when none
 * @arg0: first generic argument
 * @arg1: second
 * @arg2: third
 * @arg3: fourth
 * @futex: futex_wait's state: address, value, flags, bitset, deadline
 * @nanosleep: nanosleep's: the clock, the user's rmtp, the deadline (ns)
 */
struct restart_block {
	long (*fn)(struct restart_block *);
	union {
		struct {
			unsigned long arg0, arg1, arg2, arg3;
		};
		struct {
			u32 __user *uaddr;
			u32 val;
			u32 flags;
			u32 bitset;
			u64 time;
		} futex;
		struct {
			int index;
			struct timespec __user *rmtp;
			u64 expires;
		} nanosleep;
	};
};

long do_no_restart_syscall(struct restart_block *parm);

#include <asm/thread_info.h>

#endif /* _LINUX_THREAD_INFO_H */
