/*
 * usertest.h - what every test program in tests/user shares.
 *
 * The programs are ordinary static Linux programs: they run the same on
 * Linnet and on Linux, and print one line per check, so the output can
 * be compared with Linux's (the expected files). They write with the
 * raw write() system call, unbuffered, so a crash loses no line, and
 * name system calls by number where glibc would pick another call than
 * the one under test.
 */
#ifndef USERTEST_H
#define USERTEST_H

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <time.h>
#include <sys/syscall.h>
#include <sys/wait.h>

/* say - print a line with printf's format, straight to fd 1 */
static inline void say(const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf) - 1, fmt, ap);
	va_end(ap);
	if (n > (int)sizeof(buf) - 2)
		n = sizeof(buf) - 2;
	buf[n++] = '\n';
	syscall(SYS_write, 1, buf, n);
}

/* sys - a raw system call's result as the kernel gave it: -errno or the value */
static inline long sys(long nr, long a, long b, long c, long d)
{
	long r = syscall(nr, a, b, c, d);

	return r == -1 ? -errno : r;
}

/* run_in_child - run @fn(@arg) in a child and say how it ended: "WHAT: exit N" or "WHAT: signal N" */
static inline void run_in_child(const char *what, void (*fn)(void *), void *arg)
{
	int status;
	pid_t pid = fork();

	if (pid == 0) {
		fn(arg);
		_exit(0);
	}
	waitpid(pid, &status, 0);
	if (WIFSIGNALED(status))
		say("%s: signal %d", what, WTERMSIG(status));
	else
		say("%s: exit %d", what, WEXITSTATUS(status));
}

/*
 * on_signal - sigaction(@sig) with handler @fn, or with @sa and
 * SA_SIGINFO when @sa is given; @flags are the other SA_* flags
 */
static inline void on_signal(int sig, void (*fn)(int), void (*sa)(int, siginfo_t *, void *),
			     int flags)
{
	struct sigaction act;

	memset(&act, 0, sizeof(act));
	if (sa) {
		act.sa_sigaction = sa;
		act.sa_flags = SA_SIGINFO | flags;
	} else {
		act.sa_handler = fn;
		act.sa_flags = flags;
	}
	sigaction(sig, &act, NULL);
}

/* A timespec in nanoseconds */
/* The lines of /proc/self/maps that start in [lo, hi) */
static inline int vmas_in(char *lo, char *hi)
{
	static char buf[16384];
	int fd = open("/proc/self/maps", O_RDONLY), n = 0, len = 0, r;
	char *line;

	while ((r = read(fd, buf + len, sizeof(buf) - 1 - len)) > 0)
		len += r;
	close(fd);
	buf[len] = 0;
	for (line = buf; line && *line; line = strchr(line, '\n'), line = line ? line + 1 : NULL) {
		unsigned long start = strtoul(line, NULL, 16);

		n += start >= (unsigned long)lo && start < (unsigned long)hi;
	}
	return n;
}

static inline long long ts_ns(const struct timespec *ts)
{
	return ts->tv_sec * 1000000000LL + ts->tv_nsec;
}

/* Burn about @ms of CPU time, as the thread's CPU clock counts it */
static inline void burn_cpu(long ms)
{
	static volatile unsigned long spin_sink;
	struct timespec a, b;

	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a);
	do {
		int i;

		for (i = 0; i < 100000; i++)
			spin_sink += i;
		clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b);
	} while (ts_ns(&b) - ts_ns(&a) < ms * 1000000LL);
}

#endif
