/*
 * signal.h - Linux i386's signal numbers and the si_code values of faults.
 *
 * The numbers are the ABI: a program built for Linux kills and catches
 * by these. include/linux/sched.h names the few the kernel threads use;
 * this header has them all (the same values).
 *
 * Signals 1..31 are the standard ones: a second one sent while the first
 * is pending is lost (they coalesce). 32..64 are the real-time signals
 * (SIGRTMIN..SIGRTMAX; glibc keeps 32 and 33 for itself): each one sent
 * is queued as its own struct sigqueue, with its siginfo, and delivered
 * in order. A pending set is a struct sigpending: the bitmap of pending
 * numbers plus the list of queued siginfos (kernel/signal.c).
 *
 * Linux 2.6.32 on i386 has sigset_t as a struct of two unsigned longs
 * with helpers (sigaddset...) that loop over the words; Linnet's sigset_t
 * is one u64, which holds the same 64 bits and lets the code use C's own
 * operators. The si_code of a kernel siginfo carries the layout of its
 * union in its upper 16 bits (__SI_FAULT, __SI_CHLD...), as in 2.6.32;
 * user space sees only the lower 16. See docs/processes.md.
 */
#ifndef _LINUX_SIGNAL_H
#define _LINUX_SIGNAL_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/list.h>

#define SIGHUP 1
#define SIGINT 2
#define SIGQUIT 3
#define SIGILL 4
#define SIGTRAP 5
#define SIGABRT 6
#define SIGBUS 7
#define SIGFPE 8
#define SIGKILL 9
#define SIGUSR1 10
#define SIGSEGV 11
#define SIGUSR2 12
#define SIGPIPE 13
#define SIGALRM 14
#define SIGTERM 15
#define SIGSTKFLT 16
#define SIGCHLD 17
#define SIGCONT 18
#define SIGSTOP 19
#define SIGTSTP 20
#define SIGTTIN 21
#define SIGTTOU 22
#define SIGURG 23
#define SIGXCPU 24
#define SIGXFSZ 25
#define SIGVTALRM 26
#define SIGPROF 27
#define SIGWINCH 28
#define SIGIO 29
#define SIGPWR 30
#define SIGSYS 31
#define SIGPOLL SIGIO

#define _NSIG 64
#define SIGRTMIN 32
#define SIGRTMAX _NSIG

/*
 * The siginfo union's layout, in the upper half of a kernel si_code
 * (2.6.32's __SI_*): copy_siginfo_to_user32 looks at it to know which
 * fields to copy; the user sees (short)si_code.
 */
#define __SI_MASK 0xffff0000u
#define __SI_KILL (0 << 16)
#define __SI_TIMER (1 << 16)
#define __SI_POLL (2 << 16)
#define __SI_FAULT (3 << 16)
#define __SI_CHLD (4 << 16)
#define __SI_RT (5 << 16)
#define __SI_MESGQ (6 << 16)
#define __SI_CODE(T, N) ((T) | ((N)&0xffff))

/* si_code of SIGSEGV: no mapping there, or the mapping forbids the access */
#define SEGV_MAPERR (__SI_FAULT | 1)
#define SEGV_ACCERR (__SI_FAULT | 2)
/* si_code of SIGBUS: a nonexistent physical address */
#define BUS_ADRERR (__SI_FAULT | 2)

/* si_code values of a signal sent by a process or the kernel */
#define SI_USER 0
#define SI_KERNEL 0x80
#define SI_QUEUE (-1)				 /* sigqueue(), rt_sigqueueinfo */
#define SI_TIMER __SI_CODE(__SI_TIMER, -2) /* a POSIX timer expired */
#define SI_MESGQ __SI_CODE(__SI_MESGQ, -3) /* a message queue (not in Linnet) */
#define SI_ASYNCIO (-4)				 /* AIO completed (not in Linnet) */
#define SI_SIGIO (-5)				 /* queued SIGIO */
#define SI_TKILL (-6)				 /* tkill, tgkill */

/* si_code of SIGTRAP (a breakpoint, a single step) */
#define TRAP_BRKPT (__SI_FAULT | 1)
#define TRAP_TRACE (__SI_FAULT | 2)

/* si_code of SIGCHLD */
#define CLD_EXITED (__SI_CHLD | 1)
#define CLD_KILLED (__SI_CHLD | 2)
#define CLD_DUMPED (__SI_CHLD | 3)
#define CLD_TRAPPED (__SI_CHLD | 4)
#define CLD_STOPPED (__SI_CHLD | 5)
#define CLD_CONTINUED (__SI_CHLD | 6)

/* si_code of SIGIO/SIGPOLL (fasync; si_band is the poll mask) */
#define POLL_IN (__SI_POLL | 1)
#define POLL_OUT (__SI_POLL | 2)
#define POLL_MSG (__SI_POLL | 3)
#define POLL_ERR (__SI_POLL | 4)
#define POLL_PRI (__SI_POLL | 5)
#define POLL_HUP (__SI_POLL | 6)
#define NSIGPOLL 6

/* sigevent's sigev_notify (timer_create) */
#define SIGEV_SIGNAL 0	   /* send the signal */
#define SIGEV_NONE 1	   /* nothing: poll with timer_gettime */
#define SIGEV_THREAD 2	   /* glibc's: it becomes SIGEV_THREAD_ID to a helper */
#define SIGEV_THREAD_ID 4 /* the signal to one thread, sigev_notify_thread_id */

/* sigaltstack */
#define SS_ONSTACK 1
#define SS_DISABLE 2
#define MINSIGSTKSZ 2048

/* sa_flags (Linux i386's values) */
#define SA_NOCLDSTOP 0x00000001
#define SA_NOCLDWAIT 0x00000002
#define SA_SIGINFO 0x00000004
#define SA_ONSTACK 0x08000000
#define SA_RESTART 0x10000000
#define SA_NODEFER 0x40000000
#define SA_RESETHAND 0x80000000
#define SA_RESTORER 0x04000000

#define SIG_DFL ((void __user *)0)
#define SIG_IGN ((void __user *)1)

#define SIG_BLOCK 0
#define SIG_UNBLOCK 1
#define SIG_SETMASK 2

/**
 * typedef sigset_t - a set of signals 1..64, bit (sig - 1)
 *
 * 2.6.32: struct { unsigned long sig[2]; } on i386; Linnet: one u64.
 */
typedef u64 sigset_t;

#define sigmask(sig) (1ULL << ((sig)-1))
#define SIG_KERNEL_ONLY_MASK (sigmask(SIGKILL) | sigmask(SIGSTOP))

static inline void sigaddset(sigset_t *set, int sig)
{
	*set |= sigmask(sig);
}

static inline void sigdelset(sigset_t *set, int sig)
{
	*set &= ~sigmask(sig);
}

static inline int sigismember(const sigset_t *set, int sig)
{
	return (*set & sigmask(sig)) != 0;
}

/**
 * struct k_sigaction - a process's disposition of one signal
 * @handler: SIG_DFL, SIG_IGN or the user's handler
 * @flags: SA_* bits
 * @restorer: where the handler returns to (glibc's __restore_rt), SA_RESTORER
 * @mask: signals blocked while the handler runs
 */
struct k_sigaction {
	void __user *handler;
	unsigned long flags;
	void __user *restorer;
	sigset_t mask;
};

struct __wait_queue_head;

/**
 * struct sighand_struct - the signal handlers, shared by CLONE_SIGHAND
 * @count: the tasks sharing it
 * @action: one disposition per signal 1.._NSIG
 * @signalfd_wqh: the process's signalfd readers and pollers, made by the
 *                first signalfd (fs/signalfd.c); 2.6.32 embeds the queue,
 *                which this header cannot, as linux/wait.h includes it
 */
struct sighand_struct {
	atomic_t count;
	struct k_sigaction action[_NSIG];
	struct __wait_queue_head *signalfd_wqh;
};

/**
 * struct ksignal_info - what a pending signal carries into its siginfo
 * @signo: the signal (si_signo); __send_signal() sets it
 * @code: si_code with its layout in the upper half (SI_USER, SEGV_MAPERR,
 *        SI_TIMER, POLL_IN...)
 * @pid: the sender (si_pid): kill, sigqueue, SIGCHLD
 * @addr: the faulting address (si_addr), for faults
 * @uid: the sender's uid (si_uid)
 * @status: SIGCHLD's si_status
 * @value: si_value: sigqueue's value, or the timer's sigev_value
 * @tid: the POSIX timer's id (si_tid)
 * @overrun: the POSIX timer's expiries beyond this one (si_overrun)
 * @band: SIGIO's poll events (si_band)
 * @fd: SIGIO's file descriptor (si_fd)
 * @sys_private: the timer's it_requeue_pending when it fired (a stale
 *               signal is known by it); never seen by user space
 *
 * 2.6.32 queues a whole siginfo_t (128 bytes); Linnet keeps the fields
 * its signals use and lays them out as siginfo_t in the signal frame.
 */
struct ksignal_info {
	int signo;
	int code;
	int pid;
	unsigned long addr;
	unsigned int uid;
	int status;
	int value;
	int tid;
	int overrun;
	long band;
	int fd;
	int sys_private;
};

/* SIGQUEUE_PREALLOC: a POSIX timer's sigqueue, freed with the timer */
#define SIGQUEUE_PREALLOC 1

struct user_struct;

/**
 * struct sigqueue - one queued signal: its siginfo, on a sigpending list
 * @list: link in sigpending.list
 * @flags: SIGQUEUE_PREALLOC or 0
 * @info: the siginfo it delivers
 * @user: the user charged for it (RLIMIT_SIGPENDING)
 */
struct sigqueue {
	struct list_head list;
	int flags;
	struct ksignal_info info;
	struct user_struct *user;
};

/**
 * struct sigpending - a pending set: the numbers, and the queued siginfos
 * @list: struct sigqueue entries, oldest first
 * @signal: the pending numbers; a number may be set with no entry (a
 *          signal sent when no sigqueue could be had) or with several
 *          (a real-time signal sent several times)
 */
struct sigpending {
	struct list_head list;
	sigset_t signal;
};

static inline void init_sigpending(struct sigpending *sig)
{
	sig->signal = 0;
	INIT_LIST_HEAD(&sig->list);
}

struct task_struct;
struct pt_regs;

void force_sig_fault(int sig, int code, void __user *addr, struct task_struct *t);
int force_sig_info(int sig, const struct ksignal_info *info, struct task_struct *t);
int copy_siginfo_to_user(void __user *to, const struct ksignal_info *from);
void signals_init(void);
void do_schedule_next_timer(struct ksignal_info *info);
struct sighand_struct *sighand_alloc(void);
void sighand_put(struct sighand_struct *sh);
void flush_signal_handlers(struct task_struct *t);
bool sig_ignored(struct task_struct *t, int sig);
bool unhandled_signal(struct task_struct *t, int sig);
int dequeue_signal(struct task_struct *tsk, sigset_t *mask, struct ksignal_info *info);
void flush_sigqueue(struct sigpending *queue);
void flush_itimer_signals(void);
struct sigqueue *sigqueue_alloc(void);
void sigqueue_free(struct sigqueue *q);
int send_sigqueue(struct sigqueue *q, struct task_struct *t, int group);
int send_sig_info(int sig, const struct ksignal_info *info, struct task_struct *t, bool group);
int __send_signal(int sig, const struct ksignal_info *info, struct task_struct *t, bool group);
bool do_notify_parent(struct task_struct *tsk, int sig);
int ptrace_siginfo_from_user(struct ksignal_info *info, const void __user *uinfo);
void do_group_exit(int exit_code) __noreturn;
int zap_other_threads(struct task_struct *p);
void wake_up_child_waiters(void);
int sas_ss_flags(unsigned long sp);
int do_sigaction(int sig, const struct k_sigaction *act, struct k_sigaction *oact);
long sys_rt_sigprocmask_kernel(int how, const u64 *set, u64 *old);
int setup_signal_frame(int sig, struct k_sigaction *ka, struct ksignal_info *info,
		       sigset_t oldmask, struct pt_regs *regs);

#endif /* _LINUX_SIGNAL_H */
