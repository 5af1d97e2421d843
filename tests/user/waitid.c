/*
 * waitid.c - waitid(2): a child's end, stop and continuation told in a
 * siginfo (si_signo SIGCHLD, si_code CLD_*, si_pid, si_uid, si_status),
 * P_PID, P_PGID and P_ALL, WNOHANG (the six fields read 0), WNOWAIT (the
 * child stays as it is), the resource usage argument, and the errors:
 * -EINVAL for bad options and ids, -ECHILD when no child can match,
 * -EFAULT for bad pointers (the child is reaped all the same). Pids
 * differ between runs, so lines say whether si_pid was the child's.
 */
#include "usertest.h"
#include <sys/mman.h>
#include <sys/resource.h>

#define NOT_WALL 0x40000000 /* __WALL */

/* waitid as the kernel answers it: 0 or -errno */
static long wid(int which, long id, siginfo_t *si, int options, struct rusage *ru)
{
	long r = syscall(SYS_waitid, which, id, si, options, ru);

	return r == -1 ? -errno : r;
}

/* A child that exits with @code at once */
static pid_t child_exiting(int code)
{
	pid_t pid = fork();

	if (pid == 0)
		_exit(code);
	return pid;
}

/* A child that waits for signals until it is killed */
static pid_t child_pausing(void)
{
	pid_t pid = fork();

	if (pid == 0) {
		for (;;)
			pause();
	}
	return pid;
}

static void show(const char *what, long r, const siginfo_t *si, pid_t pid)
{
	say("%s: %ld, signo %d errno %d code %d status %d uid %d, pid is child's %d", what, r,
	    si->si_signo, si->si_errno, si->si_code, si->si_status, (int)si->si_uid,
	    si->si_pid == pid);
}

static void bad_arguments(void)
{
	siginfo_t si;

	say("no options: %ld", wid(P_ALL, 0, &si, 0, NULL));
	say("WNOHANG only: %ld", wid(P_ALL, 0, &si, WNOHANG, NULL));
	say("unknown option 0x10: %ld", wid(P_ALL, 0, &si, WEXITED | 0x10, NULL));
	say("__WALL: %ld", wid(P_ALL, 0, &si, WEXITED | NOT_WALL | WNOHANG, NULL));
	say("idtype 7: %ld", wid(7, 0, &si, WEXITED, NULL));
	say("P_PID 0: %ld", wid(P_PID, 0, &si, WEXITED, NULL));
	say("P_PID -1: %ld", wid(P_PID, -1, &si, WEXITED, NULL));
	say("P_PGID 0: %ld", wid(P_PGID, 0, &si, WEXITED | WNOHANG, NULL));
	say("P_PGID -5: %ld", wid(P_PGID, -5, &si, WEXITED, NULL));
	say("no children, P_ALL: %ld", wid(P_ALL, 0, &si, WEXITED, NULL));
	say("no children, WNOHANG: %ld", wid(P_ALL, 0, &si, WEXITED | WNOHANG, NULL));
	say("no such pid: %ld", wid(P_PID, 99999, &si, WEXITED, NULL));
}

static void exited(void)
{
	siginfo_t si;
	pid_t pid = child_exiting(7);
	long r;

	memset(&si, 0x5a, sizeof(si));
	r = wid(P_PID, pid, &si, WEXITED, NULL);
	show("exit 7", r, &si, pid);
	/* SIGCHLD's layout ends with si_utime, si_stime: waitid leaves them */
	say("  utime/stime untouched: %d", si.si_utime == 0x5a5a5a5a && si.si_stime == 0x5a5a5a5a);
	say("  reaped: %ld", wid(P_PID, pid, &si, WEXITED, NULL));

	pid = child_exiting(3);
	memset(&si, 0, sizeof(si));
	r = wid(P_PID, pid, &si, WEXITED | WNOWAIT, NULL);
	show("WNOWAIT exit 3", r, &si, pid);
	memset(&si, 0, sizeof(si));
	r = wid(P_ALL, 0, &si, WEXITED | WNOWAIT, NULL);
	show("WNOWAIT again, P_ALL", r, &si, pid);
	memset(&si, 0, sizeof(si));
	r = wid(P_ALL, 0, &si, WEXITED, NULL);
	show("then reaped", r, &si, pid);
	say("  gone: %ld", wid(P_ALL, 0, &si, WEXITED | WNOHANG, NULL));

	pid = child_exiting(300);
	r = wid(P_PID, pid, NULL, WEXITED, NULL);
	say("NULL infop: %ld", r);
	say("  gone after: %ld", wid(P_PID, pid, &si, WEXITED, NULL));
}

static void crash(void *unused)
{
	(void)unused;
	*(volatile int *)0 = 1;
}

static void killed(void)
{
	siginfo_t si;
	pid_t pid = child_pausing();
	long r;

	kill(pid, SIGKILL);
	r = wid(P_PID, pid, &si, WEXITED, NULL);
	show("SIGKILL", r, &si, pid);
	pid = fork();
	if (pid == 0)
		crash(NULL);
	r = wid(P_PID, pid, &si, WEXITED, NULL);
	show("SIGSEGV (no core: RLIMIT_CORE 0)", r, &si, pid);
	pid = fork();
	if (pid == 0) {
		setuid(1234);
		_exit(1);
	}
	r = wid(P_PID, pid, &si, WEXITED, NULL);
	show("after setuid(1234)", r, &si, pid);
}

static void stopped_continued(void)
{
	siginfo_t si;
	pid_t pid = child_pausing();
	long r;

	memset(&si, 0x5a, sizeof(si));
	r = wid(P_PID, pid, &si, WSTOPPED | WNOHANG, NULL);
	show("running, WSTOPPED|WNOHANG", r, &si, 0);
	kill(pid, SIGSTOP);
	r = wid(P_PID, pid, &si, WSTOPPED | WNOWAIT, NULL);
	show("SIGSTOP, WNOWAIT", r, &si, pid);
	r = wid(P_PID, pid, &si, WSTOPPED, NULL);
	show("SIGSTOP", r, &si, pid);
	memset(&si, 0x5a, sizeof(si));
	r = wid(P_PID, pid, &si, WSTOPPED | WNOHANG, NULL);
	show("told once: again WNOHANG", r, &si, 0);
	r = wid(P_PID, pid, &si, WEXITED | WNOHANG, NULL);
	show("stopped, WEXITED|WNOHANG", r, &si, 0);
	kill(pid, SIGCONT);
	r = wid(P_PID, pid, &si, WCONTINUED | WNOWAIT, NULL);
	show("SIGCONT, WNOWAIT", r, &si, pid);
	r = wid(P_PID, pid, &si, WCONTINUED, NULL);
	show("SIGCONT", r, &si, pid);
	r = wid(P_PID, pid, &si, WCONTINUED | WNOHANG, NULL);
	show("told once: again WNOHANG", r, &si, 0);
	kill(pid, SIGKILL);
	r = wid(P_PID, pid, &si, WEXITED | WSTOPPED | WCONTINUED, NULL);
	show("SIGKILL, all three", r, &si, pid);
}

static void zombie_not_wanted(void)
{
	siginfo_t si;
	pid_t pid = child_exiting(5);
	long r;

	/* wait until it is a zombie, without reaping it */
	wid(P_PID, pid, &si, WEXITED | WNOWAIT, NULL);
	say("only a zombie, WSTOPPED: %ld", wid(P_ALL, 0, &si, WSTOPPED, NULL));
	say("only a zombie, WCONTINUED|WNOHANG: %ld",
	    wid(P_ALL, 0, &si, WCONTINUED | WNOHANG, NULL));
	r = wid(P_ALL, 0, &si, WEXITED, NULL);
	show("reaped", r, &si, pid);
}

static void groups(void)
{
	siginfo_t si;
	pid_t pid = fork();
	long r;

	if (pid == 0) {
		setpgid(0, 0);
		usleep(20000);
		_exit(9);
	}
	setpgid(pid, pid);
	setpgid(0, 0);
	say("own group has no child: %ld", wid(P_PGID, getpgrp(), &si, WEXITED | WNOHANG, NULL));
	r = wid(P_PGID, pid, &si, WEXITED, NULL);
	show("P_PGID of the child's group", r, &si, pid);
}

static void usage(void)
{
	struct rusage ru;
	siginfo_t si;
	int status;
	pid_t pid;
	long r;

	pid = fork();
	if (pid == 0) {
		char *p = mmap(NULL, 64 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
			       -1, 0);

		memset(p, 1, 64 * 4096);
		_exit(0);
	}
	memset(&ru, 0, sizeof(ru));
	r = wid(P_PID, pid, &si, WEXITED, &ru);
	say("rusage: %ld, minflt at least 64: %d, majflt %ld", r, ru.ru_minflt >= 64, ru.ru_majflt);
	pid = fork();
	if (pid == 0) {
		char *p = mmap(NULL, 32 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
			       -1, 0);

		memset(p, 1, 32 * 4096);
		_exit(0);
	}
	memset(&ru, 0, sizeof(ru));
	r = wait4(pid, &status, 0, &ru);
	say("wait4's rusage: pid is child's %d, minflt at least 32: %d", r == pid,
	    ru.ru_minflt >= 32);
}

static void faults(void)
{
	siginfo_t si;
	pid_t pid = child_exiting(1);

	say("infop unmapped: %ld", wid(P_PID, pid, (siginfo_t *)4, WEXITED, NULL));
	say("  reaped all the same: %ld", wid(P_PID, pid, &si, WEXITED, NULL));
	pid = child_exiting(1);
	say("infop in the kernel: %ld", wid(P_PID, pid, (siginfo_t *)0xc0001000, WEXITED, NULL));
	pid = child_exiting(1);
	say("rusage unmapped: %ld", wid(P_PID, pid, &si, WEXITED, (struct rusage *)4));
	say("  reaped all the same: %ld", wid(P_ALL, 0, &si, WEXITED, NULL));
	pid = child_pausing();
	say("WNOHANG, infop unmapped: %ld",
	    wid(P_PID, pid, (siginfo_t *)4, WEXITED | WNOHANG, NULL));
	kill(pid, SIGKILL);
	say("  then: %ld", wid(P_PID, pid, &si, WEXITED, NULL));
}

int main(void)
{
	bad_arguments();
	exited();
	killed();
	stopped_continued();
	zombie_not_wanted();
	groups();
	usage();
	faults();
	return 0;
}
