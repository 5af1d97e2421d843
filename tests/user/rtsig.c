/*
 * rtsig.c - real-time signals: several of one real-time signal queue
 * and arrive in order with their values, standard signals coalesce,
 * lowest number first, SA_SIGINFO handlers see each one, RLIMIT_SIGPENDING
 * counted per user (-EAGAIN for sigqueue, kill still sets the bit),
 * rt_sigqueueinfo/rt_tgsigqueueinfo and their bad inputs, /proc's SigQ
 * and 64-bit pending masks, the default action of a real-time signal.
 */
#include "usertest.h"
#include <signal.h>
#include <stdlib.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>

#define KPTR 0xc0001000L

static volatile int hcount, hvals[8];

static void rt_handler(int sig, siginfo_t *si, void *uc)
{
	if (hcount < 8)
		hvals[hcount++] = si->si_value.sival_int;
}

/* Send @sig to @pid with @value by rt_sigqueueinfo, as sigqueue(3) does */
static long queue(pid_t pid, int sig, int value, int code)
{
	siginfo_t si;

	memset(&si, 0, sizeof(si));
	si.si_signo = sig;
	si.si_code = code;
	si.si_pid = getpid();
	si.si_uid = getuid();
	si.si_value.sival_int = value;
	return sys(SYS_rt_sigqueueinfo, pid, sig, (long)&si, 0);
}

/* Take one signal of @set now, or say there is none */
static int take(sigset_t *set, siginfo_t *si)
{
	struct timespec zero = { 0, 0 };

	memset(si, 0, sizeof(*si));
	return sys(SYS_rt_sigtimedwait, (long)set, (long)si, (long)&zero, 8);
}

static void block_all_rt(sigset_t *set)
{
	int s;

	sigemptyset(set);
	for (s = SIGRTMIN; s <= SIGRTMAX; s++)
		sigaddset(set, s);
	sigaddset(set, SIGUSR1);
	sigaddset(set, SIGUSR2);
	sigprocmask(SIG_BLOCK, set, NULL);
}

static void proc_status(const char *field)
{
	char buf[4096], *p, *e;
	FILE *f = fopen("/proc/self/status", "r");
	size_t n;

	if (!f)
		return;
	n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = 0;
	p = strstr(buf, field);
	if (!p)
		return;
	e = strchr(p, '\n');
	if (e)
		*e = 0;
	if (!strcmp(field, "SigQ:") && (e = strchr(p, '/')))
		*e = 0; /* the limit depends on the machine's memory */
	say("%s", p);
}

static void test_queue_order(sigset_t *set)
{
	siginfo_t si;
	int i, r;

	for (i = 1; i <= 3; i++)
		say("sigqueue RTMIN value %d: %ld", i, queue(getpid(), SIGRTMIN, i, SI_QUEUE));
	proc_status("SigQ:");
	proc_status("ShdPnd:");
	for (i = 0; i < 4; i++) {
		r = take(set, &si);
		if (r < 0) {
			say("take: %d", r);
			break;
		}
		say("take: sig RTMIN+%d code %d value %d pid ok %d", r - SIGRTMIN, si.si_code,
		    si.si_value.sival_int, si.si_pid == getpid());
	}
}

static void test_coalesce(sigset_t *set)
{
	siginfo_t si;
	int r;

	kill(getpid(), SIGUSR1);
	kill(getpid(), SIGUSR1);
	r = take(set, &si);
	say("two SIGUSR1: first %d code %d", r, si.si_code);
	say("two SIGUSR1: second %d", take(set, &si));
	kill(getpid(), SIGRTMIN + 3);
	kill(getpid(), SIGRTMIN + 3);
	r = take(set, &si);
	say("two kill RTMIN+3: first %d code %d", r, si.si_code);
	r = take(set, &si);
	say("two kill RTMIN+3: second %d code %d", r, si.si_code);
	say("two kill RTMIN+3: third %d", take(set, &si));
}

static void test_lowest_first(sigset_t *set)
{
	siginfo_t si;
	int i, r;

	queue(getpid(), SIGRTMIN + 1, 10, SI_QUEUE);
	queue(getpid(), SIGRTMIN, 20, SI_QUEUE);
	kill(getpid(), SIGUSR2);
	queue(getpid(), SIGRTMIN + 1, 11, SI_QUEUE);
	for (i = 0; i < 5; i++) {
		r = take(set, &si);
		say("order %d: sig %d value %d", i, r, r > 0 ? si.si_value.sival_int : 0);
	}
}

static void test_handler(void)
{
	struct sigaction act;
	sigset_t one;
	int i;

	memset(&act, 0, sizeof(act));
	act.sa_sigaction = rt_handler;
	act.sa_flags = SA_SIGINFO;
	say("sigaction RTMIN+2: %d", sigaction(SIGRTMIN + 2, &act, NULL));
	for (i = 0; i < 4; i++)
		queue(getpid(), SIGRTMIN + 2, 100 + i, SI_QUEUE);
	sigemptyset(&one);
	sigaddset(&one, SIGRTMIN + 2);
	sigprocmask(SIG_UNBLOCK, &one, NULL);
	say("handler ran %d times: %d %d %d %d", hcount, hvals[0], hvals[1], hvals[2], hvals[3]);
	sigprocmask(SIG_BLOCK, &one, NULL);
}

/* In a child: a limit of 4 queued signals for the user */
static void test_limit(void)
{
	struct rlimit rl = { 4, 4 };
	sigset_t set;
	siginfo_t si;
	int i, n = 0;
	long r = 0;

	memset(&si, 0, sizeof(si));
	si.si_code = SI_QUEUE;
	block_all_rt(&set);
	say("setrlimit SIGPENDING 4: %ld", sys(SYS_setrlimit, RLIMIT_SIGPENDING, (long)&rl, 0, 0));
	for (i = 0; i < 10; i++) {
		r = queue(getpid(), SIGRTMIN, i, SI_QUEUE);
		if (r)
			break;
		n++;
	}
	say("queued %d, then %ld", n, r);
	say("kill RTMIN+1 past the limit: %d", kill(getpid(), SIGRTMIN + 1));
	say("tgsigqueueinfo past the limit: %ld",
	    sys(SYS_rt_tgsigqueueinfo, getpid(), getpid(), SIGRTMIN + 4, (long)&si));
	for (i = 0; i < 6; i++) {
		r = take(&set, &si);
		say("take %d: %ld code %d value %d pid ok %d", i, r, si.si_code,
		    si.si_value.sival_int, si.si_pid == getpid());
	}
	say("queue again: %ld", queue(getpid(), SIGRTMIN, 50, SI_QUEUE));
	r = take(&set, &si);
	say("take again: %ld value %d", r, si.si_value.sival_int);
}

static void test_bad(void)
{
	siginfo_t si;

	memset(&si, 0, sizeof(si));
	si.si_code = SI_USER;
	say("sigqueueinfo SI_USER to parent: %ld",
	    sys(SYS_rt_sigqueueinfo, getppid(), SIGRTMIN, (long)&si, 0));
	si.si_code = SI_KERNEL;
	say("sigqueueinfo SI_KERNEL to parent: %ld",
	    sys(SYS_rt_sigqueueinfo, getppid(), SIGRTMIN, (long)&si, 0));
	say("sigqueueinfo SI_USER to self: %ld", queue(getpid(), SIGRTMIN + 5, 1, SI_USER));
	say("sigqueueinfo sig 65: %ld", queue(getpid(), 65, 1, SI_QUEUE));
	say("sigqueueinfo sig -1: %ld", queue(getpid(), -1, 1, SI_QUEUE));
	say("sigqueueinfo no pid: %ld", queue(99999, SIGRTMIN, 1, SI_QUEUE));
	say("sigqueueinfo NULL: %ld", sys(SYS_rt_sigqueueinfo, getpid(), SIGRTMIN, 0, 0));
	say("sigqueueinfo kernel ptr: %ld", sys(SYS_rt_sigqueueinfo, getpid(), SIGRTMIN, KPTR, 0));
	say("sigqueueinfo sig 0: %ld", queue(getpid(), 0, 1, SI_QUEUE));
	si.si_code = SI_QUEUE;
	say("tgsigqueueinfo bad tgid: %ld",
	    sys(SYS_rt_tgsigqueueinfo, getpid() + 1000, getpid(), SIGRTMIN, (long)&si));
	say("tgsigqueueinfo tid 0: %ld",
	    sys(SYS_rt_tgsigqueueinfo, getpid(), 0, SIGRTMIN, (long)&si));
	say("tgsigqueueinfo NULL: %ld",
	    sys(SYS_rt_tgsigqueueinfo, getpid(), getpid(), SIGRTMIN, 0));
	say("rt_sigaction 64: %ld", sys(SYS_rt_sigaction, 64, 0, 0, 8));
	say("rt_sigaction 65: %ld", sys(SYS_rt_sigaction, 65, 0, 0, 8));
	say("kill 65: %d errno %d", kill(getpid(), 65), errno);
}

static void test_tgsigqueue(sigset_t *set)
{
	siginfo_t si;
	int r;

	memset(&si, 0, sizeof(si));
	si.si_code = SI_QUEUE;
	si.si_pid = getpid();
	si.si_value.sival_int = 77;
	say("tgsigqueueinfo self: %ld",
	    sys(SYS_rt_tgsigqueueinfo, getpid(), getpid(), SIGRTMAX, (long)&si));
	proc_status("SigPnd:");
	r = take(set, &si);
	say("take: RTMAX %d code %d value %d", r == SIGRTMAX, si.si_code, si.si_value.sival_int);
}

static void test_default_action(void)
{
	int status = 0;
	pid_t pid = fork();

	if (pid == 0) {
		sigset_t none;

		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		kill(getpid(), SIGRTMIN + 5);
		_exit(0);
	}
	waitpid(pid, &status, 0);
	say("RTMIN+5 default: signaled %d sig RTMIN+%d", WIFSIGNALED(status),
	    WTERMSIG(status) - SIGRTMIN);
}

int main(void)
{
	sigset_t set;
	int status = 0;
	pid_t pid;

	mkdir("/proc", 0555); /* Linux's initramfs has no /proc; Linnet's may have it */
	mount("proc", "/proc", "proc", 0, NULL);
	block_all_rt(&set);
	test_queue_order(&set);
	test_coalesce(&set);
	test_lowest_first(&set);
	test_handler();
	test_tgsigqueue(&set);
	test_bad();
	while (take(&set, &(siginfo_t){ 0 }) > 0)
		;
	pid = fork();
	if (pid == 0) {
		test_limit();
		_exit(0);
	}
	waitpid(pid, &status, 0);
	say("limit child: exit %d", WEXITSTATUS(status));
	test_default_action();
	return 0;
}
