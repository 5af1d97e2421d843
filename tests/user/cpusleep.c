/*
 * cpusleep.c - clock_nanosleep on the CPU-time clocks.
 *
 * CLOCK_PROCESS_CPUTIME_ID: the caller sleeps until its process has used
 * that much more CPU time, which another thread burns meanwhile;
 * TIMER_ABSTIME sleeps until the clock reads a time (at once if it
 * already does). Another thread's clock and another process's clock can
 * be slept on; the caller's own thread clock cannot (it would never
 * move). A signal with a handler ends the sleep with EINTR and the time
 * left; a stop and continue restarts it (restart_syscall), and it still
 * ends when the CPU time is reached. Bad arguments.
 */
#include "usertest.h"
#include <pthread.h>
#include <stdlib.h>
#include <sys/wait.h>

#define PROCESS_CLOCK(pid) ((clockid_t)(~(unsigned int)(pid) << 3) | 2)
#define THREAD_CLOCK(tid) ((clockid_t)(~(unsigned int)(tid) << 3) | 6)
#define MS 1000000LL

static volatile int stop;
static volatile pid_t burner_tid;

static long long ns(clockid_t c)
{
	struct timespec ts;

	if (clock_gettime(c, &ts))
		return -errno;
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static long nsleep(clockid_t c, int flags, long long t, struct timespec *left)
{
	struct timespec ts = { t / 1000000000LL, t % 1000000000LL };

	return sys(SYS_clock_nanosleep, c, flags, (long)&ts, (long)left);
}

static void *burn(void *arg)
{
	burner_tid = syscall(SYS_gettid);
	while (!stop)
		;
	return arg;
}

static void on_alarm(int sig)
{
	(void)sig;
}

static void with_burner(void)
{
	long long p0, p1, w0, w1, t0;
	pthread_t t;
	long r;

	stop = 0;
	pthread_create(&t, NULL, burn, NULL);
	while (!burner_tid)
		sched_yield();
	p0 = ns(CLOCK_PROCESS_CPUTIME_ID);
	w0 = ns(CLOCK_MONOTONIC);
	r = nsleep(CLOCK_PROCESS_CPUTIME_ID, 0, 200 * MS, NULL);
	p1 = ns(CLOCK_PROCESS_CPUTIME_ID);
	w1 = ns(CLOCK_MONOTONIC);
	say("process clock +200ms: %ld, its CPU time moved >= 200ms %d, wall >= 200ms %d", r,
	    p1 - p0 >= 200 * MS, w1 - w0 >= 200 * MS);

	p0 = ns(CLOCK_PROCESS_CPUTIME_ID);
	r = nsleep(CLOCK_PROCESS_CPUTIME_ID, TIMER_ABSTIME, p0 + 100 * MS, NULL);
	p1 = ns(CLOCK_PROCESS_CPUTIME_ID);
	say("TIMER_ABSTIME now + 100ms: %ld, reached %d", r, p1 >= p0 + 100 * MS);
	w0 = ns(CLOCK_MONOTONIC);
	r = nsleep(CLOCK_PROCESS_CPUTIME_ID, TIMER_ABSTIME, p0, NULL);
	w1 = ns(CLOCK_MONOTONIC);
	say("TIMER_ABSTIME in the past: %ld, at once %d", r, w1 - w0 < 50 * MS);

	t0 = ns(THREAD_CLOCK(burner_tid));
	r = nsleep(THREAD_CLOCK(burner_tid), 0, 50 * MS, NULL);
	say("the other thread's clock +50ms: %ld, reached %d", r,
	    ns(THREAD_CLOCK(burner_tid)) >= t0 + 50 * MS);

	say("my thread clock: CLOCK_THREAD_CPUTIME_ID %ld, by tid %ld, tid 0 %ld",
	    nsleep(CLOCK_THREAD_CPUTIME_ID, 0, MS, NULL),
	    nsleep(THREAD_CLOCK(syscall(SYS_gettid)), 0, MS, NULL),
	    nsleep(THREAD_CLOCK(0), 0, MS, NULL));
	stop = 1;
	pthread_join(t, NULL);
	burner_tid = 0;
}

static void other_process(void)
{
	pid_t child = fork();
	long long c0;
	long r;
	int st;

	if (child == 0) {
		for (;;)
			;
	}
	c0 = ns(PROCESS_CLOCK(child));
	r = nsleep(PROCESS_CLOCK(child), 0, 100 * MS, NULL);
	say("another process's clock +100ms: %ld, reached %d", r,
	    ns(PROCESS_CLOCK(child)) >= c0 + 100 * MS);
	kill(child, SIGKILL);
	waitpid(child, &st, 0);
}

static void interrupted(void)
{
	struct sigaction sa;
	struct timespec left = { -1, -1 };
	long long p0;
	long r;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm; /* no SA_RESTART: EINTR */
	sigaction(SIGALRM, &sa, NULL);
	/* nobody burns: the process clock stands still, a signal ends the sleep */
	ualarm(200000, 0);
	r = nsleep(CLOCK_PROCESS_CPUTIME_ID, 0, 2000 * MS, &left);
	say("interrupted relative sleep: %ld, left in (1.5s, 2s] %d", r,
	    left.tv_sec * 1000000000LL + left.tv_nsec > 1500 * MS &&
		    left.tv_sec * 1000000000LL + left.tv_nsec <= 2000 * MS);
	left.tv_sec = 77;
	ualarm(200000, 0);
	p0 = ns(CLOCK_PROCESS_CPUTIME_ID);
	r = nsleep(CLOCK_PROCESS_CPUTIME_ID, TIMER_ABSTIME, p0 + 2000 * MS, &left);
	say("interrupted absolute sleep: %ld, left untouched %d", r, left.tv_sec == 77);
	signal(SIGALRM, SIG_DFL);
}

/* A stop and continue interrupts the sleep; it restarts and still waits for the CPU time */
static void restarted(void)
{
	pid_t child = fork();
	int st;

	if (child == 0) {
		pthread_t t;
		long long p0;
		long r;

		stop = 0;
		pthread_create(&t, NULL, burn, NULL);
		p0 = ns(CLOCK_PROCESS_CPUTIME_ID);
		r = nsleep(CLOCK_PROCESS_CPUTIME_ID, 0, 300 * MS, NULL);
		say("stopped and continued: %ld, reached %d", r,
		    ns(CLOCK_PROCESS_CPUTIME_ID) >= p0 + 300 * MS);
		_exit(0);
	}
	usleep(50000);
	kill(child, SIGSTOP);
	waitpid(child, &st, WUNTRACED);
	usleep(20000);
	kill(child, SIGCONT);
	waitpid(child, &st, 0);
}

int main(void)
{
	struct timespec bad = { 0, 1000000000 };

	with_burner();
	other_process();
	interrupted();
	restarted();
	say("bad nsec %ld, NULL %ld, kernel pointer %ld, nobody's clock %ld",
	    sys(SYS_clock_nanosleep, CLOCK_PROCESS_CPUTIME_ID, 0, (long)&bad, 0),
	    sys(SYS_clock_nanosleep, CLOCK_PROCESS_CPUTIME_ID, 0, 0, 0),
	    sys(SYS_clock_nanosleep, CLOCK_PROCESS_CPUTIME_ID, 0, 0xc0001000L, 0),
	    nsleep(PROCESS_CLOCK(99999), 0, MS, NULL));
	return 0;
}
