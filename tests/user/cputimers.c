/*
 * cputimers.c - POSIX timers on the CPU clocks: timer_create on
 * CLOCK_PROCESS_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID and the pid-encoded
 * clocks, a one-shot timer that fires once the process has used its CPU
 * time (SI_TIMER with its value) and is then disarmed, an interval
 * timer whose missed periods become si_overrun, an expiry already past
 * that fires at once, SIGEV_NONE watched by timer_gettime, and the bad
 * clocks.
 */
#define _GNU_SOURCE
#include "usertest.h"
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>

#define SCHED 2
#define PROCESS_CLOCK(pid, which) ((clockid_t)(~(unsigned int)(pid) << 3) | (which))
#define THREAD_CLOCK(tid, which) PROCESS_CLOCK(tid, (which) | 4)

struct ksigevent {
	int value, signo, notify, tid;
	int pad[12];
};

struct kits {
	struct timespec interval, value;
};

static int sig;
static sigset_t set;

static long t_create(clockid_t clock, int notify, int *id)
{
	struct ksigevent ev = { .value = 42, .signo = sig, .notify = notify };

	return sys(SYS_timer_create, clock, (long)&ev, (long)id, 0);
}

static long t_set(int id, int flags, long ival_ns, long val_ns)
{
	struct kits k = { { 0, ival_ns }, { 0, val_ns } };

	return sys(SYS_timer_settime, id, flags, (long)&k, 0);
}

static long t_value_ns(int id, long *ival)
{
	struct kits k;

	memset(&k, 0xff, sizeof(k));
	sys(SYS_timer_gettime, id, (long)&k, 0, 0);
	*ival = k.interval.tv_nsec;
	return k.value.tv_sec * 1000000000L + k.value.tv_nsec;
}

static int take(siginfo_t *si)
{
	struct timespec zero = { 0, 0 };

	memset(si, 0, sizeof(*si));
	return sys(SYS_rt_sigtimedwait, (long)&set, (long)si, (long)&zero, 8);
}

static void one_shot(const char *what, clockid_t clock)
{
	siginfo_t si;
	long v, iv;
	int id = -1, s;

	say("%s: create %ld", what, t_create(clock, SIGEV_SIGNAL, &id));
	say("%s: settime 50 ms of CPU %ld", what, t_set(id, 0, 0, 50000000));
	v = t_value_ns(id, &iv);
	say("%s: gettime 0 < value <= 50 ms %d interval %ld", what, v > 0 && v <= 50000000, iv);
	s = take(&si);
	say("%s: no signal yet %d", what, s);
	burn_cpu(100);
	s = take(&si);
	say("%s: after 100 ms: %s code %d value %d timerid ok %d", what, s == sig ? "RT" : "none",
	    si.si_code, si.si_value.sival_int, si.si_timerid == id);
	v = t_value_ns(id, &iv);
	say("%s: gettime after: value %ld", what, v);
	say("%s: delete %ld", what, sys(SYS_timer_delete, id, 0, 0, 0));
}

static void interval(void)
{
	siginfo_t si;
	long v, iv;
	int id = -1, s;

	say("interval: create %ld", t_create(CLOCK_THREAD_CPUTIME_ID, SIGEV_SIGNAL, &id));
	say("interval: settime 20 ms every 20 ms %ld", t_set(id, 0, 20000000, 20000000));
	burn_cpu(110);
	s = take(&si);
	say("interval: one signal %s, overrun >= 2 %d", s == sig ? "RT" : "none",
	    si.si_overrun >= 2);
	s = take(&si);
	say("interval: no second one %d", s);
	say("interval: getoverrun >= 2 %d", sys(SYS_timer_getoverrun, id, 0, 0, 0) >= 2);
	v = t_value_ns(id, &iv);
	say("interval: re-armed: 0 < value <= 20 ms %d interval %ld", v > 0 && v <= 20000000, iv);
	burn_cpu(30);
	s = take(&si);
	say("interval: next period %s", s == sig ? "RT" : "none");
	say("interval: disarm %ld", t_set(id, 0, 0, 0));
	v = t_value_ns(id, &iv);
	say("interval: gettime disarmed value %ld", v);
	say("interval: delete %ld", sys(SYS_timer_delete, id, 0, 0, 0));
}

static void past_and_none(void)
{
	siginfo_t si;
	long v, iv;
	int id = -1, s;

	t_create(CLOCK_PROCESS_CPUTIME_ID, SIGEV_SIGNAL, &id);
	say("past: settime absolute 1 ns %ld", t_set(id, TIMER_ABSTIME, 0, 1));
	s = take(&si);
	say("past: fired at once %s", s == sig ? "RT" : "none");
	sys(SYS_timer_delete, id, 0, 0, 0);

	say("none: create %ld", t_create(CLOCK_PROCESS_CPUTIME_ID, SIGEV_NONE, &id));
	say("none: settime 10 ms %ld", t_set(id, 0, 0, 10000000));
	burn_cpu(30);
	s = take(&si);
	v = t_value_ns(id, &iv);
	say("none: no signal %d, value after %ld", s, v);
	sys(SYS_timer_delete, id, 0, 0, 0);
}

static void bad(void)
{
	int id, sync[2], status;
	pid_t child;
	char c;

	say("bad kind %ld", t_create(PROCESS_CLOCK(0, 3), SIGEV_SIGNAL, &id));
	say("nobody's clock %ld", t_create(PROCESS_CLOCK(99999, SCHED), SIGEV_SIGNAL, &id));
	pipe(sync);
	child = fork();
	if (child == 0) {
		close(sync[1]);
		read(sync[0], &c, 1);
		_exit(0);
	}
	say("child's thread clock %ld", t_create(THREAD_CLOCK(child, SCHED), SIGEV_SIGNAL, &id));
	say("child's process clock %ld", t_create(PROCESS_CLOCK(child, SCHED), SIGEV_SIGNAL, &id));
	say("delete it %ld", sys(SYS_timer_delete, id, 0, 0, 0));
	close(sync[1]);
	waitpid(child, &status, 0);
	say("my tid's thread clock %ld",
	    t_create(THREAD_CLOCK(gettid(), SCHED), SIGEV_SIGNAL, &id));
	say("delete it %ld", sys(SYS_timer_delete, id, 0, 0, 0));
}

int main(void)
{
	sig = SIGRTMIN + 3;
	sigemptyset(&set);
	sigaddset(&set, sig);
	sigprocmask(SIG_BLOCK, &set, NULL);
	one_shot("process", CLOCK_PROCESS_CPUTIME_ID);
	one_shot("thread", CLOCK_THREAD_CPUTIME_ID);
	one_shot("my pid", PROCESS_CLOCK(getpid(), SCHED));
	interval();
	past_and_none();
	bad();
	return 0;
}
