/*
 * sigs2.c - job-control signals and the older signal calls: stop and
 * continue with WUNTRACED/WCONTINUED and SIGCHLD's si_code, SA_NOCLDSTOP,
 * SIG_IGN and SA_NOCLDWAIT auto-reaping, sigaltstack with SA_ONSTACK,
 * sigsuspend, sigpending, sigprocmask, sgetmask/ssetmask, signal(),
 * sigaction (67) beside rt_sigaction,
 * rt_sigqueueinfo, rt_sigtimedwait, pause, an orphaned stopped group's
 * SIGHUP, with their bad inputs.
 */
#include "usertest.h"
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>

#define KPTR 0xc0001000L
#define BADP 0x10L

static volatile int got, got_code, got_status, got_pid, on_alt;
static char altstack[16384];

static void handler(int sig)
{
	got = sig;
}

static void info_handler(int sig, siginfo_t *si, void *uc)
{
	got = sig;
	got_code = si->si_code;
	got_status = si->si_status;
	got_pid = si->si_pid;
}

static void alt_handler(int sig)
{
	char here;
	stack_t ss;

	got = sig;
	on_alt = &here >= altstack && &here < altstack + sizeof(altstack);
	/* On the stack now: changing it is EPERM, and it says SS_ONSTACK */
	ss.ss_sp = altstack;
	ss.ss_size = sizeof(altstack);
	ss.ss_flags = 0;
	got_code = sys(SYS_sigaltstack, (long)&ss, 0, 0, 0);
	sys(SYS_sigaltstack, 0, (long)&ss, 0, 0);
	got_status = ss.ss_flags;
}

static void stop_continue(void)
{
	pid_t pid;
	int st = 0;
	long r;

	on_signal(SIGCHLD, NULL, info_handler, 0);
	pid = fork();
	if (pid == 0) {
		/* a group of its own in our session: not orphaned, so SIGTSTP stops it */
		setpgid(0, 0);
		for (;;)
			pause();
	}
	setpgid(pid, pid);
	got = 0;
	kill(pid, SIGSTOP);
	r = waitpid(pid, &st, WUNTRACED);
	say("WUNTRACED %d stopped %d by %d", r == pid, WIFSTOPPED(st), WSTOPSIG(st));
	while (!got)
		usleep(1000);
	say("SIGCHLD code %d (CLD_STOPPED) status %d pid ok %d", got_code, got_status,
	    got_pid == pid);
	say("stopped reported once: WNOHANG %ld", (long)waitpid(pid, &st, WUNTRACED | WNOHANG));
	got = 0;
	kill(pid, SIGCONT);
	r = waitpid(pid, &st, WCONTINUED);
	say("WCONTINUED %d continued %d", r == pid, WIFCONTINUED(st));
	while (!got)
		usleep(1000);
	say("SIGCHLD code %d (CLD_CONTINUED) status %d", got_code, got_status);
	kill(pid, SIGTSTP);
	waitpid(pid, &st, WUNTRACED);
	say("SIGTSTP stops: %d by %d", WIFSTOPPED(st), WSTOPSIG(st));
	got = 0;
	kill(pid, SIGKILL);
	r = waitpid(pid, &st, 0);
	say("SIGKILL to a stopped child: killed %d by %d", WIFSIGNALED(st), WTERMSIG(st));
	while (!got)
		usleep(1000);
	say("SIGCHLD code %d (CLD_KILLED) status %d", got_code, got_status);

	/* SA_NOCLDSTOP: no SIGCHLD for a stop */
	on_signal(SIGCHLD, NULL, info_handler, SA_NOCLDSTOP);
	pid = fork();
	if (pid == 0) {
		for (;;)
			pause();
	}
	got = 0;
	kill(pid, SIGSTOP);
	waitpid(pid, &st, WUNTRACED);
	usleep(20000);
	say("SA_NOCLDSTOP: SIGCHLD on stop %d", got);
	kill(pid, SIGKILL);
	waitpid(pid, &st, 0);
	say("exit's SIGCHLD still comes %d code %d", got, got_code);
}

static void autoreap(void)
{
	pid_t pid;
	int st;

	signal(SIGCHLD, SIG_IGN);
	pid = fork();
	if (pid == 0)
		_exit(3);
	usleep(50000);
	errno = 0;
	st = waitpid(pid, &st, 0);
	say("SIG_IGN SIGCHLD: wait %d errno %d", st, errno);
	on_signal(SIGCHLD, NULL, info_handler, SA_NOCLDWAIT);
	got = 0;
	pid = fork();
	if (pid == 0)
		_exit(4);
	while (!got)
		usleep(1000);
	usleep(20000);
	errno = 0;
	st = waitpid(pid, &st, 0);
	say("SA_NOCLDWAIT: SIGCHLD %d code %d status %d; wait %d errno %d", got, got_code,
	    got_status, st, errno);
	signal(SIGCHLD, SIG_DFL);
}

static void altstacks(void)
{
	stack_t ss, old;

	memset(&old, 0, sizeof(old));
	say("sigaltstack query %ld", sys(SYS_sigaltstack, 0, (long)&old, 0, 0));
	say("none: flags %d size %d", old.ss_flags, (int)old.ss_size);
	ss.ss_sp = altstack;
	ss.ss_size = 1024;
	ss.ss_flags = 0;
	say("too small %ld", sys(SYS_sigaltstack, (long)&ss, 0, 0, 0));
	ss.ss_size = sizeof(altstack);
	ss.ss_flags = 99;
	say("bad flags %ld", sys(SYS_sigaltstack, (long)&ss, 0, 0, 0));
	say("bad ptr %ld old kernel ptr %ld", sys(SYS_sigaltstack, BADP, 0, 0, 0),
	    sys(SYS_sigaltstack, 0, KPTR, 0, 0));
	ss.ss_flags = 0;
	say("set %ld", sys(SYS_sigaltstack, (long)&ss, 0, 0, 0));
	sys(SYS_sigaltstack, 0, (long)&old, 0, 0);
	say("now: flags %d size %d base ok %d", old.ss_flags, (int)old.ss_size,
	    old.ss_sp == altstack);
	on_signal(SIGUSR1, alt_handler, NULL, SA_ONSTACK);
	got = 0;
	kill(getpid(), SIGUSR1);
	say("SA_ONSTACK handler ran %d on the alternate stack %d", got, on_alt);
	say("in it: sigaltstack %d, flags %d (SS_ONSTACK)", got_code, got_status);
	on_signal(SIGUSR1, alt_handler, NULL, 0);
	kill(getpid(), SIGUSR1);
	say("without SA_ONSTACK on the alternate stack %d", on_alt);
	ss.ss_flags = SS_DISABLE;
	say("disable %ld", sys(SYS_sigaltstack, (long)&ss, 0, 0, 0));
	sys(SYS_sigaltstack, 0, (long)&old, 0, 0);
	say("after disable: flags %d size %d", old.ss_flags, (int)old.ss_size);
}

static void masks(void)
{
	unsigned long m = 0, o = 0;
	unsigned long long big = 0;
	sigset_t set;
	long r;

	on_signal(SIGUSR1, handler, NULL, 0);
	m = 1UL << (SIGUSR1 - 1);
	say("sigprocmask old BLOCK %ld", sys(SYS_sigprocmask, SIG_BLOCK, (long)&m, (long)&o, 0));
	say("old mask was %lx", o);
	got = 0;
	kill(getpid(), SIGUSR1);
	r = sys(SYS_sigpending, (long)&o, 0, 0, 0);
	say("sigpending %ld -> %lx, handler %d", r, o, got);
	r = sys(SYS_rt_sigpending, (long)&big, 8, 0, 0);
	say("rt_sigpending %ld -> %llx", r, big);
	say("rt_sigpending size 9 %ld bad ptr %ld", sys(SYS_rt_sigpending, (long)&big, 9, 0, 0),
	    sys(SYS_rt_sigpending, KPTR, 8, 0, 0));
	say("sgetmask %lx", sys(SYS_sgetmask, 0, 0, 0, 0));
	r = sys(SYS_ssetmask, 0, 0, 0, 0);
	say("ssetmask 0 old %lx handler ran %d", r, got);
	say("ssetmask SIGKILL|SIGSTOP old %lx", sys(SYS_ssetmask, (1 << 8) | (1 << 18), 0, 0, 0));
	say("sgetmask %lx", sys(SYS_sgetmask, 0, 0, 0, 0));
	sys(SYS_ssetmask, 0, 0, 0, 0);
	say("sigprocmask bad how %ld bad ptr %ld", sys(SYS_sigprocmask, 7, (long)&m, 0, 0),
	    sys(SYS_sigprocmask, SIG_BLOCK, BADP, 0, 0));
	say("signal() returns old SIG_DFL %ld", sys(SYS_signal, SIGUSR2, (long)handler, 0, 0));
	say("signal() returns the handler %d", sys(SYS_signal, SIGUSR2, 0, 0, 0) == (long)handler);
	say("signal(SIGKILL) %ld signal(99) %ld", sys(SYS_signal, SIGKILL, 1, 0, 0),
	    sys(SYS_signal, 99, 1, 0, 0));
	/* sigsuspend: wait with SIGUSR1 unblocked; the old mask comes back */
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigprocmask(SIG_BLOCK, &set, NULL);
	got = 0;
	if (fork() == 0) {
		usleep(30000);
		kill(getppid(), SIGUSR1);
		_exit(0);
	}
	sigemptyset(&set);
	r = sys(SYS_rt_sigsuspend, (long)&set, 8, 0, 0);
	say("rt_sigsuspend %ld handler %d", r, got);
	sigprocmask(SIG_SETMASK, NULL, &set);
	say("mask restored: SIGUSR1 blocked %d", sigismember(&set, SIGUSR1));
	wait(NULL);
	say("rt_sigsuspend size 4 %ld bad ptr %ld", sys(SYS_rt_sigsuspend, (long)&set, 4, 0, 0),
	    sys(SYS_rt_sigsuspend, BADP, 8, 0, 0));
	sigemptyset(&set);
	sigprocmask(SIG_SETMASK, &set, NULL);
}

static void queue_and_wait(void)
{
	siginfo_t si;
	sigset_t set;
	struct timespec ts = { 0, 0 };
	long r;

	memset(&si, 0, sizeof(si));
	si.si_code = SI_QUEUE;
	si.si_value.sival_int = 1234;
	si.si_pid = getpid();
	sigemptyset(&set);
	sigaddset(&set, SIGUSR2);
	sigprocmask(SIG_BLOCK, &set, NULL);
	say("rt_sigqueueinfo SI_QUEUE %ld",
	    sys(SYS_rt_sigqueueinfo, getpid(), SIGUSR2, (long)&si, 0));
	memset(&si, 0, sizeof(si));
	r = sys(SYS_rt_sigtimedwait, (long)&set, (long)&si, (long)&ts, 8);
	say("rt_sigtimedwait %ld code %d value %d", r, si.si_code, si.si_value.sival_int);
	r = sys(SYS_rt_sigtimedwait, (long)&set, (long)&si, (long)&ts, 8);
	say("rt_sigtimedwait nothing pending %ld", r);
	ts.tv_nsec = 20000000;
	say("rt_sigtimedwait 20ms %ld", sys(SYS_rt_sigtimedwait, (long)&set, 0, (long)&ts, 8));
	ts.tv_nsec = 1000000000;
	say("rt_sigtimedwait bad time %ld bad size %ld bad set %ld",
	    sys(SYS_rt_sigtimedwait, (long)&set, 0, (long)&ts, 8),
	    sys(SYS_rt_sigtimedwait, (long)&set, 0, 0, 4), sys(SYS_rt_sigtimedwait, BADP, 0, 0, 8));
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	si.si_code = SI_USER;
	say("rt_sigqueueinfo SI_USER to init %ld",
	    sys(SYS_rt_sigqueueinfo, 1, SIGUSR2, (long)&si, 0));
	si.si_code = SI_QUEUE;
	say("rt_sigqueueinfo bad ptr %ld no pid %ld",
	    sys(SYS_rt_sigqueueinfo, getpid(), SIGUSR2, BADP, 0),
	    sys(SYS_rt_sigqueueinfo, 99999, SIGUSR2, (long)&si, 0));
	/* pause: a handler ends it with EINTR */
	on_signal(SIGALRM, handler, NULL, 0);
	alarm(1);
	got = 0;
	r = sys(SYS_pause, 0, 0, 0, 0);
	say("pause %ld handler %d", r, got);
}

static void orphaned(void)
{
	pid_t mid, pid;
	int st;

	/*
	 * mid leads a group of its own in our session; its child stops in
	 * that group. When mid exits, nobody in the group has a parent in
	 * another group of the session: it is orphaned with a stopped member,
	 * and the kernel sends it SIGHUP and SIGCONT.
	 */
	mid = fork();
	if (mid == 0) {
		setpgid(0, 0);
		pid = fork();
		if (pid == 0) {
			on_signal(SIGHUP, handler, NULL, 0);
			got = 0;
			kill(getpid(), SIGSTOP);
			say("orphaned group: continued, got SIGHUP %d", got == SIGHUP);
			_exit(0);
		}
		waitpid(pid, &st, WUNTRACED);
		say("mid: child stopped %d", WIFSTOPPED(st));
		_exit(0);
	}
	waitpid(mid, &st, 0);
	usleep(300000); /* the grandchild's line comes first */
	say("mid exited %d", WIFEXITED(st));
}

/* sigaction (67), the first one: a 32-bit mask, and its own field order */
struct old_sa {
	void (*handler)(int);
	unsigned long mask, flags;
	void (*restorer)(void);
};

/* rt_sigaction's struct as i386 passes it: the 64-bit mask last */
struct rt_sa {
	void (*handler)(int);
	unsigned long flags;
	void (*restorer)(void);
	unsigned int mask[2];
};

static void old_sigaction(void)
{
	struct old_sa o = { handler, 1UL << (SIGINT - 1), SA_RESTART | SA_NODEFER, NULL }, o2;
	struct rt_sa k;
	long r;

	say("sigaction 67 set: %ld", sys(SYS_sigaction, SIGUSR2, (long)&o, 0, 0));
	memset(&k, 0, sizeof(k));
	r = sys(SYS_rt_sigaction, SIGUSR2, 0, (long)&k, 8);
	say("rt_sigaction reads it: %ld handler %d flags %lx mask %x %x", r, k.handler == handler,
	    k.flags, k.mask[0], k.mask[1]);
	k = (struct rt_sa){ handler, SA_RESTART, NULL, { 1U << (SIGQUIT - 1), 1U } };
	say("rt_sigaction set: %ld", sys(SYS_rt_sigaction, SIGUSR2, (long)&k, 0, 8));
	memset(&o2, 0, sizeof(o2));
	r = sys(SYS_sigaction, SIGUSR2, 0, (long)&o2, 0);
	say("sigaction 67 reads it: %ld handler %d flags %lx mask %lx", r, o2.handler == handler,
	    o2.flags, o2.mask);
	say("sigaction 67 bad: %ld %ld %ld", sys(SYS_sigaction, SIGUSR2, KPTR, 0, 0),
	    sys(SYS_sigaction, SIGUSR2, 0, KPTR, 0), sys(SYS_sigaction, SIGKILL, (long)&o, 0, 0));
	signal(SIGUSR2, SIG_DFL);
}

int main(void)
{
	setsid(); /* a session of our own, as a shell's job would have */
	stop_continue();
	autoreap();
	altstacks();
	masks();
	queue_and_wait();
	orphaned();
	old_sigaction();
	return 0;
}
