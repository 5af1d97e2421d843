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

struct task_struct;

void force_sig_fault(int sig, int code, void __user *addr, struct task_struct *t);

#endif /* _LINUX_SIGNAL_H */
