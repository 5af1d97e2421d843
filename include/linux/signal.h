/*
 * signal.h - Linux i386's signal numbers and the si_code values of faults.
 *
 * The numbers are the ABI: a program built for Linux kills and catches
 * by these. include/linux/sched.h names the few the kernel threads use;
 * this header has them all (the same values). See docs/processes.md.
 */
#ifndef _LINUX_SIGNAL_H
#define _LINUX_SIGNAL_H

#include <linux/types.h>
#include <linux/compiler.h>

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

/* si_code of SIGSEGV: no mapping there, or the mapping forbids the access */
#define SEGV_MAPERR 1
#define SEGV_ACCERR 2
/* si_code of SIGBUS: a nonexistent physical address */
#define BUS_ADRERR 2

/* si_code values of a signal sent by a process */
#define SI_USER 0
#define SI_KERNEL 0x80
#define SI_TKILL (-6)
#define SI_QUEUE (-1)

/* si_code of SIGCHLD */
#define CLD_EXITED 1
#define CLD_KILLED 2
#define CLD_DUMPED 3
#define CLD_TRAPPED 4
#define CLD_STOPPED 5
#define CLD_CONTINUED 6

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

#define sigmask(sig) (1UL << ((sig)-1))

/**
 * struct k_sigaction - a process's disposition of one signal
 * @handler: SIG_DFL, SIG_IGN or the user's handler
 * @flags: SA_* bits
 * @restorer: where the handler returns to (glibc's __restore_rt), SA_RESTORER
 * @mask: signals blocked while the handler runs (the low 32; see sigset)
 */
struct k_sigaction {
	void __user *handler;
	unsigned long flags;
	void __user *restorer;
	unsigned long mask;
};

/**
 * struct sighand_struct - the signal handlers, shared by CLONE_SIGHAND
 * @count: the tasks sharing it
 * @action: one disposition per signal 1..32
 */
struct sighand_struct {
	atomic_t count;
	struct k_sigaction action[32];
};

/**
 * struct ksignal_info - what a pending signal carries into its siginfo
 * @code: si_code (SI_USER, SEGV_MAPERR...)
 * @pid: the sender (si_pid), for SI_USER
 * @addr: the faulting address (si_addr), for faults
 * @uid: the sender's uid (si_uid)
 * @status: SIGCHLD's si_status, or sigqueue's si_value
 */
struct ksignal_info {
	int code;
	int pid;
	unsigned long addr;
	unsigned int uid;
	int status;
};

struct task_struct;
struct pt_regs;

void force_sig_fault(int sig, int code, void __user *addr, struct task_struct *t);
struct sighand_struct *sighand_alloc(void);
void sighand_put(struct sighand_struct *sh);
void flush_signal_handlers(struct task_struct *t);
bool sig_ignored(struct task_struct *t, int sig);
bool unhandled_signal(struct task_struct *t, int sig);
int dequeue_signal(struct task_struct *tsk, struct ksignal_info *info);
int __send_signal(int sig, const struct ksignal_info *info, struct task_struct *t, bool group);
bool do_notify_parent(struct task_struct *tsk, int sig);
void do_group_exit(int exit_code) __noreturn;
void wake_up_child_waiters(void);
int sas_ss_flags(unsigned long sp);
int do_sigaction(int sig, const struct k_sigaction *act, struct k_sigaction *oact);
long sys_rt_sigprocmask_kernel(int how, const u64 *set, u64 *old);
int setup_signal_frame(int sig, struct k_sigaction *ka, struct ksignal_info *info,
		       unsigned long oldmask, struct pt_regs *regs);

#endif /* _LINUX_SIGNAL_H */
