/*
 * ptime.c - the time calls: time, gettimeofday, settimeofday, stime,
 * clock_gettime/getres/settime/nanosleep, nanosleep with its restart
 * rules, times, getrusage, alarm and setitimer/getitimer, bad inputs.
 */
#include "usertest.h"
#include <signal.h>
#include <stdlib.h>
#include <time.h>
#include <sys/time.h>
#include <sys/wait.h>

#define KPTR 0xc0001000L
#define BADP 0x10L

struct ts32 {
	long tv_sec, tv_nsec;
};
struct tv32 {
	long tv_sec, tv_usec;
};
struct itv32 {
	struct tv32 interval, value;
};

static volatile int alarms;

static void on_alarm(int sig)
{
	alarms++;
}

static long ns(struct ts32 *t)
{
	return t->tv_sec * 1000000000L + t->tv_nsec;
}

static void clocks(void)
{
	struct ts32 a, b, r;
	long t, t2;
	int id;

	t = sys(SYS_time, 0, 0, 0, 0);
	say("time > 2020 %d", t > 1577836800L);
	t = sys(SYS_time, (long)&t2, 0, 0, 0);
	say("time(&t) agrees %d", t == t2);
	say("time bad ptr %ld", sys(SYS_time, KPTR, 0, 0, 0));
	for (id = 0; id <= 7; id++) {
		long g = sys(SYS_clock_gettime, id, (long)&a, 0, 0);
		long r0 = sys(SYS_clock_getres, id, (long)&r, 0, 0);

		say("clock %d gettime %ld getres %ld res>0 %d", id, g, r0,
		    r.tv_sec == 0 && r.tv_nsec > 0);
	}
	say("clock 100 %ld getres %ld", sys(SYS_clock_gettime, 100, (long)&a, 0, 0),
	    sys(SYS_clock_getres, 100, (long)&r, 0, 0));
	say("clock_gettime NULL %ld kernel %ld", sys(SYS_clock_gettime, 1, 0, 0, 0),
	    sys(SYS_clock_gettime, 1, KPTR, 0, 0));
	say("clock_getres NULL %ld", sys(SYS_clock_getres, 1, 0, 0, 0));
	say("cpu clock res %ld ns", (sys(SYS_clock_getres, 2, (long)&r, 0, 0), r.tv_nsec));
	sys(SYS_clock_gettime, 1, (long)&a, 0, 0);
	sys(SYS_clock_gettime, 1, (long)&b, 0, 0);
	say("monotonic does not go back %d", ns(&b) >= ns(&a));
	sys(SYS_clock_gettime, 0, (long)&a, 0, 0);
	say("realtime near time() %d", a.tv_sec - sys(SYS_time, 0, 0, 0, 0) <= 1);
	sys(SYS_clock_gettime, 3, (long)&a, 0, 0);
	for (t = 0; t < 3000000; t++)
		asm volatile("" ::: "memory");
	sys(SYS_clock_gettime, 3, (long)&b, 0, 0);
	say("thread cputime advances %d", ns(&b) > ns(&a));
	say("clock_settime monotonic %ld bad ptr %ld", sys(SYS_clock_settime, 1, (long)&a, 0, 0),
	    sys(SYS_clock_settime, 0, BADP, 0, 0));
}

static void tod(void)
{
	struct tv32 tv, tv2;
	int tz[2];
	struct ts32 bad = { 0, 1000000000L };

	say("gettimeofday %ld", sys(SYS_gettimeofday, (long)&tv, (long)tz, 0, 0));
	say("gettimeofday NULLs %ld kernel %ld", sys(SYS_gettimeofday, 0, 0, 0, 0),
	    sys(SYS_gettimeofday, KPTR, 0, 0, 0));
	say("settimeofday now %ld", sys(SYS_settimeofday, (long)&tv, 0, 0, 0));
	sys(SYS_gettimeofday, (long)&tv2, 0, 0, 0);
	say("clock kept %d", tv2.tv_sec - tv.tv_sec <= 1 && tv2.tv_sec >= tv.tv_sec);
	tv2.tv_usec = 1000000;
	say("settimeofday usec 1000000 %ld bad ptr %ld", sys(SYS_settimeofday, (long)&tv2, 0, 0, 0),
	    sys(SYS_settimeofday, BADP, 0, 0, 0));
	say("clock_settime bad nsec %ld", sys(SYS_clock_settime, 0, (long)&bad, 0, 0));
	{
		long now = sys(SYS_time, 0, 0, 0, 0);

		say("stime now %ld bad ptr %ld", sys(SYS_stime, (long)&now, 0, 0, 0),
		    sys(SYS_stime, BADP, 0, 0, 0));
	}
}

static void sleeps(void)
{
	struct ts32 req = { 0, 20000000 }, rem, a, b, bad = { 0, -1 };
	struct sigaction sa;
	struct itv32 it = { { 0, 0 }, { 0, 50000 } };
	long t;

	sys(SYS_clock_gettime, 1, (long)&a, 0, 0);
	say("nanosleep 20ms %ld", sys(SYS_nanosleep, (long)&req, 0, 0, 0));
	sys(SYS_clock_gettime, 1, (long)&b, 0, 0);
	say("slept at least 20ms %d", ns(&b) - ns(&a) >= 20000000L);
	say("nanosleep bad nsec %ld", sys(SYS_nanosleep, (long)&bad, 0, 0, 0));
	bad.tv_sec = -1;
	bad.tv_nsec = 0;
	say("nanosleep neg sec %ld NULL %ld", sys(SYS_nanosleep, (long)&bad, 0, 0, 0),
	    sys(SYS_nanosleep, 0, 0, 0, 0));
	say("clock_nanosleep REALTIME %ld MONOTONIC %ld",
	    sys(SYS_clock_nanosleep, 0, 0, (long)&req, 0),
	    sys(SYS_clock_nanosleep, 1, 0, (long)&req, 0));
	say("clock_nanosleep THREAD_CPUTIME %ld bad clock %ld",
	    sys(SYS_clock_nanosleep, 3, 0, (long)&req, 0),
	    sys(SYS_clock_nanosleep, 99, 0, (long)&req, 0));
	sys(SYS_clock_gettime, 1, (long)&a, 0, 0);
	a.tv_nsec += 10000000;
	if (a.tv_nsec >= 1000000000L) {
		a.tv_sec++;
		a.tv_nsec -= 1000000000L;
	}
	say("clock_nanosleep ABSTIME %ld", sys(SYS_clock_nanosleep, 1, 1, (long)&a, 0));

	/* A handler interrupts a 2 s sleep: -EINTR and the time left */
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm;
	sigaction(SIGALRM, &sa, NULL);
	sys(SYS_setitimer, ITIMER_REAL, (long)&it, 0, 0);
	req.tv_sec = 2;
	req.tv_nsec = 0;
	rem.tv_sec = rem.tv_nsec = -1;
	t = sys(SYS_nanosleep, (long)&req, (long)&rem, 0, 0);
	say("nanosleep interrupted %ld alarms %d", t, alarms);
	say("remaining between 1.5s and 2s %d", ns(&rem) > 1500000000L && ns(&rem) < 2000000000L);

	/* SIGALRM ignored-by-block? no: a stop/continue-free restart: SIGCHLD default ignored */
	sa.sa_handler = SIG_DFL;
	sigaction(SIGCHLD, &sa, NULL);
	if (fork() == 0)
		_exit(0);
	req.tv_sec = 0;
	req.tv_nsec = 100000000;
	sys(SYS_clock_gettime, 1, (long)&a, 0, 0);
	say("nanosleep through an ignored SIGCHLD %ld", sys(SYS_nanosleep, (long)&req, 0, 0, 0));
	sys(SYS_clock_gettime, 1, (long)&b, 0, 0);
	say("slept the whole 100ms %d", ns(&b) - ns(&a) >= 100000000L);
	wait(NULL);
}

static void timers(void)
{
	struct itv32 it, old;
	long r;

	alarms = 0;
	say("alarm 5 returns %ld", sys(SYS_alarm, 5, 0, 0, 0));
	r = sys(SYS_alarm, 0, 0, 0, 0);
	say("alarm 0 returns %ld", r);
	say("alarm 0 again %ld", sys(SYS_alarm, 0, 0, 0, 0));
	memset(&it, 0, sizeof(it));
	it.value.tv_sec = 10;
	it.interval.tv_sec = 3;
	say("setitimer REAL %ld", sys(SYS_setitimer, ITIMER_REAL, (long)&it, 0, 0));
	say("getitimer REAL %ld", sys(SYS_getitimer, ITIMER_REAL, (long)&old, 0, 0));
	say("left 9..10 s %d interval %ld.%06ld", old.value.tv_sec >= 9 && old.value.tv_sec <= 10,
	    old.interval.tv_sec, old.interval.tv_usec);
	memset(&it, 0, sizeof(it));
	r = sys(SYS_setitimer, ITIMER_REAL, (long)&it, (long)&old, 0);
	say("disarm with old %ld old interval %ld", r, old.interval.tv_sec);
	sys(SYS_getitimer, ITIMER_REAL, (long)&old, 0, 0);
	say("after disarm %ld.%06ld", old.value.tv_sec, old.value.tv_usec);
	it.value.tv_usec = 1000000;
	say("setitimer usec 1000000 %ld", sys(SYS_setitimer, ITIMER_REAL, (long)&it, 0, 0));
	it.value.tv_usec = -1;
	say("setitimer negative %ld", sys(SYS_setitimer, ITIMER_REAL, (long)&it, 0, 0));
	say("setitimer bad which %ld getitimer bad which %ld",
	    sys(SYS_setitimer, 5, (long)&it, 0, 0), sys(SYS_getitimer, 5, (long)&old, 0, 0));
	say("setitimer bad ptr %ld getitimer bad ptr %ld getitimer NULL %ld",
	    sys(SYS_setitimer, 0, BADP, 0, 0), sys(SYS_getitimer, 0, KPTR, 0, 0),
	    sys(SYS_getitimer, 0, 0, 0, 0));
	/* A periodic ITIMER_REAL: 3 SIGALRMs */
	memset(&it, 0, sizeof(it));
	it.value.tv_usec = 20000;
	it.interval.tv_usec = 20000;
	alarms = 0;
	sys(SYS_setitimer, ITIMER_REAL, (long)&it, 0, 0);
	while (alarms < 3)
		pause();
	memset(&it, 0, sizeof(it));
	sys(SYS_setitimer, ITIMER_REAL, (long)&it, 0, 0);
	say("periodic ITIMER_REAL fired %d times", alarms);
	/* ITIMER_VIRTUAL: user CPU time */
	{
		struct sigaction sa;

		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = on_alarm;
		sigaction(SIGVTALRM, &sa, NULL);
		sigaction(SIGPROF, &sa, NULL);
	}
	alarms = 0;
	it.value.tv_usec = 30000;
	say("setitimer VIRTUAL %ld", sys(SYS_setitimer, ITIMER_VIRTUAL, (long)&it, 0, 0));
	while (!alarms)
		asm volatile("" ::: "memory");
	say("SIGVTALRM after user CPU time %d", alarms);
	alarms = 0;
	say("setitimer PROF %ld", sys(SYS_setitimer, ITIMER_PROF, (long)&it, 0, 0));
	while (!alarms)
		asm volatile("" ::: "memory");
	say("SIGPROF %d", alarms);
}

static void usage(void)
{
	long t[4], r;
	long ru[18];
	pid_t pid;
	volatile long i;

	r = sys(SYS_times, (long)t, 0, 0, 0);
	say("times ok %d", r != -14);
	say("times NULL ok %d bad ptr %ld", sys(SYS_times, 0, 0, 0, 0) != -14,
	    sys(SYS_times, KPTR, 0, 0, 0));
	say("getrusage SELF %ld CHILDREN %ld THREAD %ld", sys(SYS_getrusage, 0, (long)ru, 0, 0),
	    sys(SYS_getrusage, -1, (long)ru, 0, 0), sys(SYS_getrusage, 1, (long)ru, 0, 0));
	say("getrusage bad who %ld bad ptr %ld", sys(SYS_getrusage, 5, (long)ru, 0, 0),
	    sys(SYS_getrusage, 0, KPTR, 0, 0));
	pid = fork();
	if (pid == 0) {
		for (i = 0; i < 60000000; i++)
			;
		_exit(0);
	}
	waitpid(pid, NULL, 0);
	sys(SYS_getrusage, -1, (long)ru, 0, 0);
	sys(SYS_times, (long)t, 0, 0, 0);
	say("children's CPU time counted %d times agree %d", ru[0] * 1000000 + ru[1] > 0,
	    t[2] + t[3] > 0);
}

int main(void)
{
	clocks();
	tod();
	sleeps();
	timers();
	usage();
	return 0;
}
