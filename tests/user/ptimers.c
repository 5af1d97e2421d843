/*
 * ptimers.c - POSIX timers: timer_create on CLOCK_MONOTONIC and
 * CLOCK_REALTIME, one-shot and periodic, relative and absolute, the
 * SI_TIMER siginfo (si_timerid, si_value, si_overrun), timer_gettime,
 * timer_getoverrun after missed expiries, SIGEV_NONE, SIGEV_THREAD_ID,
 * the default sigevent (SIGALRM carrying the id), RLIMIT_SIGPENDING on
 * the preallocated signal, fork and delete, and the bad inputs.
 */
#include "usertest.h"
#include <signal.h>
#include <stdlib.h>
#include <time.h>
#include <sys/resource.h>
#include <sys/wait.h>

#define KPTR 0xc0001000L

struct ksigevent {
	int value, signo, notify, tid;
	int pad[12];
};

struct kits {
	struct timespec interval, value;
};

static long t_create(int clock, struct ksigevent *ev, int *id)
{
	return sys(SYS_timer_create, clock, (long)ev, (long)id, 0);
}

static long t_set(int id, int flags, long ival_ns, long val_ns, struct kits *old)
{
	struct kits k = { { ival_ns / 1000000000, ival_ns % 1000000000 },
			  { val_ns / 1000000000, val_ns % 1000000000 } };

	return sys(SYS_timer_settime, id, flags, (long)&k, (long)old);
}

static long t_set_abs(int id, const struct timespec *when)
{
	struct kits k = { { 0, 0 }, *when };

	return sys(SYS_timer_settime, id, TIMER_ABSTIME, (long)&k, 0);
}

/* timer_gettime into @cur, its result kept apart from the reading of @cur */
static long t_get(int id, struct kits *cur)
{
	memset(cur, 0xff, sizeof(*cur));
	return sys(SYS_timer_gettime, id, (long)cur, 0, 0);
}

static long ns(const struct timespec *ts)
{
	return ts->tv_sec * 1000000000L + ts->tv_nsec;
}

static void sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000 };

	while (nanosleep(&ts, &ts))
		;
}

/* Wait up to a second for one signal of @sig */
static int wait_sig(int sig, siginfo_t *si)
{
	struct timespec sec = { 1, 0 };
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, sig);
	memset(si, 0, sizeof(*si));
	return sys(SYS_rt_sigtimedwait, (long)&set, (long)si, (long)&sec, 8);
}

static int poll_sig(int sig)
{
	struct timespec zero = { 0, 0 };
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, sig);
	return sys(SYS_rt_sigtimedwait, (long)&set, 0, (long)&zero, 8);
}

static void one_shot(int clock, const char *name)
{
	struct ksigevent ev = { .value = 42, .signo = SIGRTMIN, .notify = SIGEV_SIGNAL };
	struct kits cur;
	siginfo_t si;
	int id = -1, r;

	r = t_create(clock, &ev, &id);
	say("%s create: %d id ok %d", name, r, id >= 0);
	r = t_get(id, &cur);
	say("%s gettime unarmed: %d value %ld interval %ld", name, r, ns(&cur.value),
	    ns(&cur.interval));
	say("%s settime 50ms: %ld", name, t_set(id, 0, 0, 50000000, NULL));
	sys(SYS_timer_gettime, id, (long)&cur, 0, 0);
	say("%s gettime armed: 0 < value <= 50ms %d interval %ld", name,
	    ns(&cur.value) > 0 && ns(&cur.value) <= 50000000, ns(&cur.interval));
	r = wait_sig(SIGRTMIN, &si);
	say("%s signal: RTMIN %d code %d value %d timerid ok %d overrun %d", name, r == SIGRTMIN,
	    si.si_code, si.si_value.sival_int, si.si_timerid == id, si.si_overrun);
	sys(SYS_timer_gettime, id, (long)&cur, 0, 0);
	say("%s gettime after: value %ld", name, ns(&cur.value));
	say("%s second signal: %d", name, poll_sig(SIGRTMIN));
	r = sys(SYS_timer_delete, id, 0, 0, 0);
	say("%s delete: %d", name, r);
	say("%s delete again: %ld", name, sys(SYS_timer_delete, id, 0, 0, 0));
}

static void periodic(void)
{
	struct ksigevent ev = { .value = 7, .signo = SIGRTMIN + 1, .notify = SIGEV_SIGNAL };
	struct kits cur, old;
	siginfo_t si;
	int id, r, i;

	t_create(CLOCK_MONOTONIC, &ev, &id);
	say("periodic settime 10ms: %ld", t_set(id, 0, 10000000, 10000000, NULL));
	for (i = 0; i < 3; i++) {
		r = wait_sig(SIGRTMIN + 1, &si);
		say("periodic tick %d: %d value %d", i, r == SIGRTMIN + 1, si.si_value.sival_int);
	}
	sleep_ms(120); /* ~12 periods pass with the signal pending */
	r = wait_sig(SIGRTMIN + 1, &si);
	i = sys(SYS_timer_getoverrun, id, 0, 0, 0);
	say("late tick: %d overrun >= 5 %d, getoverrun agrees %d", r == SIGRTMIN + 1,
	    si.si_overrun >= 5, i == si.si_overrun);
	r = wait_sig(SIGRTMIN + 1, &si);
	say("next tick: %d overrun small %d", r == SIGRTMIN + 1, si.si_overrun <= 2);
	sys(SYS_timer_gettime, id, (long)&cur, 0, 0);
	say("periodic gettime: interval %ld value <= 10ms %d", ns(&cur.interval),
	    ns(&cur.value) > 0 && ns(&cur.value) <= 10000000);
	say("disarm: %ld", t_set(id, 0, 0, 0, &old));
	say("old setting: interval %ld value <= 10ms %d", ns(&old.interval),
	    ns(&old.value) <= 10000000);
	sys(SYS_timer_gettime, id, (long)&cur, 0, 0);
	say("disarmed gettime: %ld %ld", ns(&cur.value), ns(&cur.interval));
	while (poll_sig(SIGRTMIN + 1) > 0)
		;
	sleep_ms(30);
	say("no tick after disarm: %d", poll_sig(SIGRTMIN + 1));
	sys(SYS_timer_delete, id, 0, 0, 0);
}

static void absolute_and_none(void)
{
	struct ksigevent ev = { .signo = SIGRTMIN + 2, .notify = SIGEV_NONE };
	struct ksigevent ev2 = { .value = 5, .signo = SIGRTMIN + 2, .notify = SIGEV_SIGNAL };
	struct timespec now;
	struct kits cur;
	siginfo_t si;
	int id, id2, r;

	say("SIGEV_NONE create: %ld", t_create(CLOCK_MONOTONIC, &ev, &id));
	t_set(id, 0, 0, 30000000, NULL);
	sys(SYS_timer_gettime, id, (long)&cur, 0, 0);
	say("SIGEV_NONE armed: value > 0 %d", ns(&cur.value) > 0);
	sleep_ms(50);
	sys(SYS_timer_gettime, id, (long)&cur, 0, 0);
	say("SIGEV_NONE expired: value %ld", ns(&cur.value));
	say("SIGEV_NONE no signal: %d", poll_sig(SIGRTMIN + 2));
	t_set(id, 0, 20000000, 20000000, NULL);
	sleep_ms(50);
	sys(SYS_timer_gettime, id, (long)&cur, 0, 0);
	say("SIGEV_NONE periodic: 0 < value <= 20ms %d",
	    ns(&cur.value) > 0 && ns(&cur.value) <= 20000000);
	sys(SYS_timer_delete, id, 0, 0, 0);

	t_create(CLOCK_REALTIME, &ev2, &id2);
	clock_gettime(CLOCK_REALTIME, &now);
	now.tv_sec -= 1;
	say("abstime in the past: %ld", t_set_abs(id2, &now));
	r = wait_sig(SIGRTMIN + 2, &si);
	say("fires at once: %d code %d value %d", r == SIGRTMIN + 2, si.si_code,
	    si.si_value.sival_int);
	clock_gettime(CLOCK_REALTIME, &now);
	now.tv_nsec += 20000000;
	if (now.tv_nsec >= 1000000000) {
		now.tv_sec++;
		now.tv_nsec -= 1000000000;
	}
	say("abstime +20ms: %ld", t_set_abs(id2, &now));
	say("early: %d", poll_sig(SIGRTMIN + 2));
	say("then: %d", wait_sig(SIGRTMIN + 2, &si) == SIGRTMIN + 2);
	sys(SYS_timer_delete, id2, 0, 0, 0);
}

static void default_event_and_thread(void)
{
	struct ksigevent ev = { .value = 9, .signo = SIGRTMIN + 3, .notify = SIGEV_THREAD_ID };
	siginfo_t si;
	int id, id2, status = 0, r;
	pid_t pid;

	say("NULL sigevent: %ld", t_create(CLOCK_MONOTONIC, NULL, &id));
	t_set(id, 0, 0, 10000000, NULL);
	r = wait_sig(SIGALRM, &si);
	say("SIGALRM: %d code %d value is id %d", r == SIGALRM, si.si_code,
	    si.si_value.sival_int == id);
	ev.tid = getpid();
	say("SIGEV_THREAD_ID self: %ld", t_create(CLOCK_MONOTONIC, &ev, &id2));
	t_set(id2, 0, 0, 10000000, NULL);
	r = wait_sig(SIGRTMIN + 3, &si);
	say("thread signal: %d value %d", r == SIGRTMIN + 3, si.si_value.sival_int);
	pid = fork();
	if (pid == 0) {
		say("child gettime parent's timer: %ld",
		    sys(SYS_timer_gettime, id, (long)&(struct kits){ 0 }, 0, 0));
		_exit(0);
	}
	waitpid(pid, &status, 0);
	t_set(id2, 0, 0, 1000000, NULL);
	sleep_ms(20); /* its signal is queued now */
	say("delete with signal queued: %ld", sys(SYS_timer_delete, id2, 0, 0, 0));
	say("queued signal still comes: %d", wait_sig(SIGRTMIN + 3, &si) == SIGRTMIN + 3);
	sys(SYS_timer_delete, id, 0, 0, 0);
}

static void limit_child(void)
{
	struct ksigevent ev = { .signo = SIGRTMIN, .notify = SIGEV_SIGNAL };
	struct rlimit rl = { 2, 2 };
	int id, i;
	long r = 0;

	sys(SYS_setrlimit, RLIMIT_SIGPENDING, (long)&rl, 0, 0);
	for (i = 0; i < 5; i++) {
		r = t_create(CLOCK_MONOTONIC, &ev, &id);
		if (r)
			break;
	}
	say("timers under RLIMIT_SIGPENDING 2: %d, then %ld", i, r);
}

static void bad_inputs(void)
{
	struct ksigevent ev = { .signo = SIGRTMIN, .notify = SIGEV_SIGNAL };
	struct kits k = { { 0, 0 }, { 0, 1000000000 } };
	int id, r;

	say("clock 99: %ld", t_create(99, &ev, &id));
	say("MONOTONIC_RAW: %ld", t_create(CLOCK_MONOTONIC_RAW, &ev, &id));
	say("REALTIME_COARSE: %ld", t_create(CLOCK_REALTIME_COARSE, &ev, &id));
	ev.signo = 0;
	say("signo 0: %ld", t_create(CLOCK_MONOTONIC, &ev, &id));
	ev.signo = 65;
	say("signo 65: %ld", t_create(CLOCK_MONOTONIC, &ev, &id));
	ev.signo = SIGRTMIN;
	ev.notify = SIGEV_THREAD_ID;
	ev.tid = 99999;
	say("thread id 99999: %ld", t_create(CLOCK_MONOTONIC, &ev, &id));
	ev.notify = 99;
	r = t_create(CLOCK_MONOTONIC, &ev, &id);
	say("notify 99: %d", r);
	if (r == 0)
		sys(SYS_timer_delete, id, 0, 0, 0);
	ev.notify = SIGEV_SIGNAL;
	say("sigevent kernel ptr: %ld", sys(SYS_timer_create, CLOCK_MONOTONIC, KPTR, (long)&id, 0));
	say("id kernel ptr: %ld", sys(SYS_timer_create, CLOCK_MONOTONIC, (long)&ev, KPTR, 0));
	say("id NULL: %ld", sys(SYS_timer_create, CLOCK_MONOTONIC, (long)&ev, 0, 0));
	t_create(CLOCK_MONOTONIC, &ev, &id);
	say("settime nsec 1e9: %ld", sys(SYS_timer_settime, id, 0, (long)&k, 0));
	k.value.tv_nsec = -1;
	say("settime nsec -1: %ld", sys(SYS_timer_settime, id, 0, (long)&k, 0));
	k.value.tv_nsec = 0;
	k.interval.tv_sec = -1;
	say("settime interval -1s: %ld", sys(SYS_timer_settime, id, 0, (long)&k, 0));
	say("settime NULL: %ld", sys(SYS_timer_settime, id, 0, 0, 0));
	say("settime kernel ptr: %ld", sys(SYS_timer_settime, id, 0, KPTR, 0));
	say("gettime kernel ptr: %ld", sys(SYS_timer_gettime, id, KPTR, 0, 0));
	say("settime no timer: %ld", sys(SYS_timer_settime, 12345, 0, (long)&k, 0));
	say("gettime no timer: %ld", sys(SYS_timer_gettime, 12345, (long)&k, 0, 0));
	say("getoverrun no timer: %ld", sys(SYS_timer_getoverrun, 12345, 0, 0, 0));
	say("getoverrun fresh: %ld", sys(SYS_timer_getoverrun, id, 0, 0, 0));
	say("delete -1: %ld", sys(SYS_timer_delete, -1, 0, 0, 0));
	sys(SYS_timer_delete, id, 0, 0, 0);
}

int main(void)
{
	sigset_t set;
	int status = 0, s;
	pid_t pid;

	sigemptyset(&set);
	for (s = SIGRTMIN; s <= SIGRTMAX; s++)
		sigaddset(&set, s);
	sigaddset(&set, SIGALRM);
	sigprocmask(SIG_BLOCK, &set, NULL);
	one_shot(CLOCK_MONOTONIC, "MONO");
	one_shot(CLOCK_REALTIME, "REAL");
	periodic();
	absolute_and_none();
	default_event_and_thread();
	bad_inputs();
	pid = fork();
	if (pid == 0) {
		limit_child();
		_exit(0);
	}
	waitpid(pid, &status, 0);
	return 0;
}
