/*
 * signalfd.h - struct signalfd_siginfo, what a read of a signalfd returns,
 * and the hook by which sending a signal wakes the signalfd readers.
 *
 * The structure is Linux's ABI: 128 bytes of fixed-size fields, so that
 * it is the same for 32- and 64-bit programs. See fs/signalfd.c,
 * docs/events.md.
 */
#ifndef _LINUX_SIGNALFD_H
#define _LINUX_SIGNALFD_H

#include <linux/types.h>
#include <linux/fcntl.h>
#include <linux/compiler.h>
#include <linux/wait.h>
#include <linux/sched.h>

/* The flags of signalfd4() */
#define SFD_CLOEXEC O_CLOEXEC
#define SFD_NONBLOCK O_NONBLOCK

/**
 * struct signalfd_siginfo - one signal, as read from a signalfd
 * @ssi_signo: the signal
 * @ssi_errno: always 0
 * @ssi_code: si_code (SI_USER, SI_QUEUE, CLD_EXITED...)
 * @ssi_pid: the sender (kill, sigqueue, SIGCHLD's child)
 * @ssi_uid: the sender's real uid
 * @ssi_fd: SIGIO's file descriptor
 * @ssi_tid: the POSIX timer's id
 * @ssi_band: SIGIO's poll events
 * @ssi_overrun: the POSIX timer's overrun count
 * @ssi_trapno: the trap number (not on i386)
 * @ssi_status: SIGCHLD's exit status or signal
 * @ssi_int: sigqueue's or the timer's integer value
 * @ssi_ptr: the same value as a pointer
 * @ssi_utime: SIGCHLD's user time (0 on 2.6.32)
 * @ssi_stime: SIGCHLD's system time (0 on 2.6.32)
 * @ssi_addr: the faulting address
 * @__pad: to 128 bytes
 */
struct signalfd_siginfo {
	__u32 ssi_signo;
	__s32 ssi_errno;
	__s32 ssi_code;
	__u32 ssi_pid;
	__u32 ssi_uid;
	__s32 ssi_fd;
	__u32 ssi_tid;
	__u32 ssi_band;
	__u32 ssi_overrun;
	__u32 ssi_trapno;
	__s32 ssi_status;
	__s32 ssi_int;
	__u64 ssi_ptr;
	__u64 ssi_utime;
	__u64 ssi_stime;
	__u64 ssi_addr;
	__u8 __pad[48];
};

void signalfd_cleanup(struct sighand_struct *sighand);

/**
 * signalfd_notify - a signal was sent to @tsk: wake its process's signalfd readers
 * @tsk: the receiving task
 * @sig: the signal (each reader checks whether it is in its own set)
 *
 * Context: any; interrupts off (signals are sent so).
 */
static inline void signalfd_notify(struct task_struct *tsk, int sig)
{
	wait_queue_head_t *wqh;

	if (!tsk->sighand) /* a kernel thread: Linnet gives it no handlers, nor signalfds */
		return;
	wqh = tsk->sighand->signalfd_wqh;
	if (unlikely(wqh && waitqueue_active(wqh)))
		wake_up(wqh);
}

#endif /* _LINUX_SIGNALFD_H */
