/*
 * exectimers.c - what execve does to timers: the POSIX timers
 * (timer_create) are deleted, a signal one of them had queued goes with
 * them, while ITIMER_REAL (setitimer, alarm) stays armed in the new
 * program, as do the blocked mask and the other pending signals.
 *
 * The program runs twice: first it arms the timers and execs itself
 * with the argument "after"; the second run looks at what is left.
 */
#include "usertest.h"
#include <signal.h>
#include <stdlib.h>
#include <sys/time.h>
#include <time.h>

struct ksigevent {
	int value, signo, notify, tid;
	int pad[12];
};

struct kits {
	struct timespec interval, value;
};

static int timer_sig(void)
{
	return SIGRTMIN + 2;
}

static long t_create(int *id)
{
	struct ksigevent ev = { .value = 7, .signo = timer_sig(), .notify = SIGEV_SIGNAL };

	return sys(SYS_timer_create, CLOCK_MONOTONIC, (long)&ev, (long)id, 0);
}

static long t_set(int id, long ms)
{
	struct kits k = { { 0, 0 }, { ms / 1000, (ms % 1000) * 1000000 } };

	return sys(SYS_timer_settime, id, 0, (long)&k, 0);
}

static void before(char *self)
{
	struct itimerval it = { { 0, 0 }, { 30, 0 } };
	struct timespec ms20 = { 0, 20 * 1000 * 1000 };
	char ids[2][16], *argv[5];
	sigset_t set;
	int fired, armed;

	sigemptyset(&set);
	sigaddset(&set, timer_sig());
	sigaddset(&set, SIGUSR1);
	sigprocmask(SIG_BLOCK, &set, NULL);
	say("create fired %ld", t_create(&fired));
	say("create armed %ld", t_create(&armed));
	say("settime fired 1ms %ld", t_set(fired, 1));
	say("settime armed 10s %ld", t_set(armed, 10000));
	nanosleep(&ms20, NULL);
	sigpending(&set);
	say("timer signal pending %d", sigismember(&set, timer_sig()));
	say("kill SIGUSR1 %d", kill(getpid(), SIGUSR1));
	say("setitimer REAL 30s %d", setitimer(ITIMER_REAL, &it, NULL));
	snprintf(ids[0], sizeof(ids[0]), "%d", fired);
	snprintf(ids[1], sizeof(ids[1]), "%d", armed);
	argv[0] = self;
	argv[1] = "after";
	argv[2] = ids[0];
	argv[3] = ids[1];
	argv[4] = NULL;
	execve(self, argv, NULL);
	say("execve errno %d", errno);
}

static void after(int fired, int armed)
{
	struct itimerval it, zero = { { 0, 0 }, { 0, 0 } };
	struct kits cur;
	sigset_t set;
	long r, r2;
	int id;

	r = sys(SYS_timer_gettime, fired, (long)&cur, 0, 0);
	say("after exec: timer_gettime fired %ld armed %ld", r,
	    sys(SYS_timer_gettime, armed, (long)&cur, 0, 0));
	say("timer_delete armed %ld", sys(SYS_timer_delete, armed, 0, 0, 0));
	sigpending(&set);
	say("timer signal pending %d, SIGUSR1 pending %d", sigismember(&set, timer_sig()),
	    sigismember(&set, SIGUSR1));
	sigprocmask(SIG_BLOCK, NULL, &set);
	say("still blocked: timer signal %d SIGUSR1 %d", sigismember(&set, timer_sig()),
	    sigismember(&set, SIGUSR1));
	getitimer(ITIMER_REAL, &it);
	say("ITIMER_REAL kept: 20s < left <= 30s %d",
	    it.it_value.tv_sec >= 20 && it.it_value.tv_sec <= 30);
	r = t_create(&id);
	r2 = t_set(id, 10000);
	say("a new timer: create %ld settime %ld delete %ld", r, r2,
	    sys(SYS_timer_delete, id, 0, 0, 0));
	setitimer(ITIMER_REAL, &zero, NULL);
}

int main(int argc, char **argv)
{
	if (argc == 4 && !strcmp(argv[1], "after"))
		after(atoi(argv[2]), atoi(argv[3]));
	else
		before(argv[0]);
	return 0;
}
