/*
 * cpuclocks.c - the CPU-time clocks: CLOCK_PROCESS_CPUTIME_ID and
 * CLOCK_THREAD_CPUTIME_ID, the pid-encoded clocks of
 * clock_getcpuclockid ((~pid << 3) | which, with a thread bit), their
 * kinds (PROF: user + system, VIRT: user, SCHED: the scheduler's ns)
 * and resolutions, who may read whose clock, that none can be set; and
 * RLIMIT_CPU: SIGXCPU at the soft limit, which moves a second on, and
 * SIGKILL at the hard one.
 */
#define _GNU_SOURCE
#include "usertest.h"
#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

#define PROF 0
#define VIRT 1
#define SCHED 2
#define PROCESS_CLOCK(pid, which) ((clockid_t)(~(unsigned int)(pid) << 3) | (which))
#define THREAD_CLOCK(tid, which) PROCESS_CLOCK(tid, (which) | 4)

static long get(clockid_t clk, struct timespec *ts)
{
	return sys(SYS_clock_gettime, clk, (long)ts, 0, 0);
}

static long res(clockid_t clk, struct timespec *ts)
{
	return sys(SYS_clock_getres, clk, (long)ts, 0, 0);
}

static void resolutions(void)
{
	struct timespec r = { 9, 9 };
	long e;

	e = res(CLOCK_PROCESS_CPUTIME_ID, &r);
	say("getres PROCESS %ld: %ld s %ld ns", e, (long)r.tv_sec, r.tv_nsec);
	e = res(CLOCK_THREAD_CPUTIME_ID, &r);
	say("getres THREAD %ld: %ld s %ld ns", e, (long)r.tv_sec, r.tv_nsec);
	e = res(PROCESS_CLOCK(getpid(), SCHED), &r);
	say("getres my pid's SCHED %ld: %ld ns", e, r.tv_nsec);
	e = res(PROCESS_CLOCK(getpid(), PROF), &r);
	say("getres my pid's PROF %ld: a tick (1 to 10 ms) %d", e,
	    r.tv_sec == 0 && r.tv_nsec >= 1000000 && r.tv_nsec <= 10000000);
	e = res(PROCESS_CLOCK(0, VIRT), &r);
	say("getres my VIRT %ld: a tick %d", e, r.tv_nsec >= 1000000 && r.tv_nsec <= 10000000);
	say("getres bad kind %ld, nobody %ld, NULL %ld", res(PROCESS_CLOCK(0, 3), &r),
	    res(PROCESS_CLOCK(99999, SCHED), &r), res(CLOCK_PROCESS_CPUTIME_ID, 0));
}

static void reading(void)
{
	struct timespec p0, p1, t1, mine, prof, virt;
	clockid_t id = 0;
	long e, e2;

	e = clock_getcpuclockid(getpid(), &id);
	say("clock_getcpuclockid(me) %ld, encodes my pid %d", e,
	    id == PROCESS_CLOCK(getpid(), SCHED));
	get(CLOCK_PROCESS_CPUTIME_ID, &p0);
	burn_cpu(100);
	get(CLOCK_THREAD_CPUTIME_ID, &t1);
	get(CLOCK_PROCESS_CPUTIME_ID, &p1);
	e = get(id, &mine);
	say("after 100 ms of work: process clock moved >= 100 ms %d",
	    ts_ns(&p1) - ts_ns(&p0) >= 100000000);
	say("thread read first <= process %d", ts_ns(&t1) <= ts_ns(&p1));
	say("by pid %ld, >= the process clock read before %d", e, ts_ns(&mine) >= ts_ns(&p1));
	e = get(THREAD_CLOCK(gettid(), SCHED), &mine);
	say("my tid's thread clock %ld, >= the thread clock read before %d", e,
	    ts_ns(&mine) >= ts_ns(&t1));
	e = get(PROCESS_CLOCK(0, VIRT), &virt);
	e2 = get(PROCESS_CLOCK(0, PROF), &prof);
	say("PROF %ld, VIRT %ld, VIRT <= PROF %d, PROF <= 10 s %d", e2, e,
	    ts_ns(&virt) <= ts_ns(&prof), ts_ns(&prof) <= 10000000000LL);
	say("gettime bad kind %ld, nobody %ld, bad pointer %ld", get(PROCESS_CLOCK(0, 3), &mine),
	    get(PROCESS_CLOCK(99999, SCHED), &mine), get(CLOCK_PROCESS_CPUTIME_ID, 0));
}

/* Another process's clocks: its process clock yes, its thread clock no */
static void others(void)
{
	struct timespec ts, zero = { 0, 0 };
	int sync[2], status;
	pid_t child;
	char c;

	pipe(sync);
	child = fork();
	if (child == 0) {
		close(sync[1]);
		read(sync[0], &c, 1);
		_exit(0);
	}
	say("child's process clock %ld", get(PROCESS_CLOCK(child, SCHED), &ts));
	say("child's thread clock %ld", get(THREAD_CLOCK(child, SCHED), &ts));
	say("init's process clock %ld", get(PROCESS_CLOCK(1, PROF), &ts));
	close(sync[1]);
	waitpid(child, &status, 0);
	say("reaped child's process clock %ld", get(PROCESS_CLOCK(child, SCHED), &ts));
	say("settime my pid's clock %ld, bad kind %ld",
	    sys(SYS_clock_settime, PROCESS_CLOCK(getpid(), SCHED), (long)&zero, 0, 0),
	    sys(SYS_clock_settime, PROCESS_CLOCK(0, 3), (long)&zero, 0, 0));
	say("settime CLOCK_PROCESS_CPUTIME_ID %ld",
	    sys(SYS_clock_settime, CLOCK_PROCESS_CPUTIME_ID, (long)&zero, 0, 0));
	say("nanosleep on the thread clock %ld",
	    sys(SYS_clock_nanosleep, CLOCK_THREAD_CPUTIME_ID, 0, (long)&zero, 0));
}

static void on_xcpu(int sig, siginfo_t *si, void *uc)
{
	struct rlimit rl;

	sys(SYS_ugetrlimit, RLIMIT_CPU, (long)&rl, 0, 0);
	say("child: SIGXCPU code %s, soft limit now %lu",
	    si->si_code == SI_KERNEL ? "SI_KERNEL" : "other", rl.rlim_cur);
}

static void rlimit_cpu(void)
{
	struct rlimit rl = { 1, 2 };
	int status;
	pid_t child = fork();

	if (child == 0) {
		struct sigaction sa = { .sa_sigaction = on_xcpu, .sa_flags = SA_SIGINFO };

		sigaction(SIGXCPU, &sa, NULL);
		say("child: setrlimit CPU 1 2 %ld",
		    sys(SYS_setrlimit, RLIMIT_CPU, (long)&rl, 0, 0));
		burn_cpu(10000); /* the SCHED clock; the limit counts ticks, which may lag */
		say("child: still running after 10 s");
		_exit(0);
	}
	waitpid(child, &status, 0);
	if (WIFSIGNALED(status))
		say("child killed by signal %d", WTERMSIG(status));
	else
		say("child exit %d", WEXITSTATUS(status));
}

int main(void)
{
	resolutions();
	reading();
	others();
	rlimit_cpu();
	return 0;
}
