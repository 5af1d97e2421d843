/*
 * signals.c - handlers, siginfo, masks, SIG_IGN, default actions, fault
 * signals with si_addr and si_code, the FPU across a handler, and the
 * restart rules of an interrupted wait.
 */
#include "usertest.h"
#include <setjmp.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/wait.h>

static volatile int got, got_code, got_pid;
static volatile unsigned long got_addr;
static sigjmp_buf env;

static void handler(int sig)
{
	got = sig;
}

static void info_handler(int sig, siginfo_t *si, void *uc)
{
	got = sig;
	got_code = si->si_code;
	got_pid = si->si_pid;
}

static void segv_handler(int sig, siginfo_t *si, void *uc)
{
	got = sig;
	got_code = si->si_code;
	got_addr = (unsigned long)si->si_addr;
	siglongjmp(env, 1);
}

static void handlers(void)
{
	volatile double x = 1.5;

	on_signal(SIGUSR1, handler, NULL, 0);
	kill(getpid(), SIGUSR1);
	say("handler ran for %d", got);
	on_signal(SIGUSR2, NULL, info_handler, 0);
	got = 0;
	kill(getpid(), SIGUSR2);
	say("siginfo: signo %d code %d pid is mine %d", got, got_code, got_pid == getpid());
	x = x * 3.0;
	kill(getpid(), SIGUSR1);
	say("FPU kept across a handler: %d", (int)(x * 10));
}

static void masks(void)
{
	sigset_t set, old;

	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	got = 0;
	sigprocmask(SIG_BLOCK, &set, &old);
	kill(getpid(), SIGUSR1);
	say("blocked: handler ran %d", got);
	sigprocmask(SIG_SETMASK, &old, NULL);
	say("unblocked: handler ran %d", got);
	signal(SIGUSR2, SIG_IGN);
	got = 0;
	kill(getpid(), SIGUSR2);
	say("SIG_IGN: %d", got);
	say("rt_sigaction SIGKILL %ld", sys(SYS_rt_sigaction, SIGKILL, (long)&old, 0, 8));
	say("rt_sigaction bad size %ld", sys(SYS_rt_sigaction, SIGUSR1, 0, 0, 4));
	say("rt_sigprocmask bad how %ld", sys(SYS_rt_sigprocmask, 7, (long)&set, 0, 8));
	say("rt_sigprocmask kernel ptr %ld", sys(SYS_rt_sigprocmask, SIG_BLOCK, 0xc0000000L, 0, 8));
	say("kill bad signal %ld", sys(SYS_kill, getpid(), 99, 0, 0));
	say("kill no such pid %ld", sys(SYS_kill, 30000, 0, 0, 0));
	say("kill signal 0 %ld", sys(SYS_kill, getpid(), 0, 0, 0));
}

static void faults(void)
{
	char *ro = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	on_signal(SIGSEGV, NULL, segv_handler, SA_NODEFER);
	if (!sigsetjmp(env, 1))
		*(volatile int *)0x1234 = 1;
	say("SIGSEGV %d code %d (MAPERR) addr %#lx", got, got_code, got_addr);
	if (!sigsetjmp(env, 1))
		*ro = 1;
	say("SIGSEGV %d code %d (ACCERR) addr is page %d", got, got_code,
	    got_addr == (unsigned long)ro);
	signal(SIGSEGV, SIG_DFL);
}

static void defaults(void)
{
	int status;
	pid_t pid = fork();

	if (pid == 0) {
		for (;;)
			;
	}
	kill(pid, SIGTERM);
	waitpid(pid, &status, 0);
	say("SIGTERM default: signaled %d sig %d", WIFSIGNALED(status), WTERMSIG(status));
	pid = fork();
	if (pid == 0) {
		signal(SIGTERM, SIG_IGN);
		kill(getpid(), SIGTERM);
		kill(getpid(), SIGCHLD);
		_exit(4);
	}
	waitpid(pid, &status, 0);
	say("ignored SIGTERM and default SIGCHLD: exit %d", WEXITSTATUS(status));
}

static void interrupted_wait(int flags)
{
	int status;
	long i, r;
	pid_t pid;

	on_signal(SIGUSR1, handler, NULL, flags);
	pid = fork();
	if (pid == 0) {
		for (i = 0; i < 100000000L; i++)
			__asm__ __volatile__("");
		kill(getppid(), SIGUSR1);
		for (i = 0; i < 100000000L; i++)
			__asm__ __volatile__("");
		_exit(9);
	}
	got = 0;
	r = sys(SYS_wait4, pid, (long)&status, 0, 0);
	say("wait4 %s: %s, handler %d", flags ? "SA_RESTART" : "no SA_RESTART",
	    r == pid	? "child reaped" :
	    r == -EINTR ? "EINTR" :
			  "other",
	    got);
	if (r != pid)
		waitpid(pid, &status, 0);
}

int main(void)
{
	handlers();
	masks();
	faults();
	defaults();
	interrupted_wait(0);
	interrupted_wait(SA_RESTART);
	return 0;
}
