/*
 * timerfd.c - timerfd_create, timerfd_settime and timerfd_gettime: a
 * timer whose expiries are read from a descriptor as a u64 count. One-shot
 * and periodic timers, relative and TFD_TIMER_ABSTIME on CLOCK_MONOTONIC
 * and CLOCK_REALTIME, the old setting returned by settime, the count
 * reset by settime, poll and epoll, a signal during a blocking read (with
 * and without SA_RESTART), and the bad inputs: clocks, flags, times,
 * buffers, pointers and descriptors.
 */
#define _GNU_SOURCE
#include "usertest.h"
#include <poll.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/timerfd.h>

#define KPTR 0xc0001000L
#define MS 1000000L

/* read the count: "8 bytes, N" or the error */
static const char *get(int fd)
{
	static char buf[64];
	uint64_t v = 0;
	long r = sys(SYS_read, fd, (long)&v, sizeof(v), 0);

	if (r < 0)
		snprintf(buf, sizeof(buf), "%ld", r);
	else
		snprintf(buf, sizeof(buf), "%ld bytes, %llu", r, (unsigned long long)v);
	return buf;
}

static long settime(int fd, int flags, long long value_ns, long long interval_ns,
		    struct itimerspec *old)
{
	struct itimerspec its = { { interval_ns / 1000000000, interval_ns % 1000000000 },
				  { value_ns / 1000000000, value_ns % 1000000000 } };

	return sys(SYS_timerfd_settime, fd, flags, (long)&its, (long)old);
}

static long long ns(const struct timespec *ts)
{
	return ts->tv_sec * 1000000000LL + ts->tv_nsec;
}

static long long now(int clock)
{
	struct timespec ts;

	clock_gettime(clock, &ts);
	return ns(&ts);
}

/* "value 0 < v <= MAX ms: yes, interval N ns" for a gettime or settime's old value */
static void show(const char *what, struct itimerspec *its, long max_ms)
{
	long long v = ns(&its->it_value);

	if (max_ms)
		say("%s: value in (0, %ld ms]: %s, interval %lld ns", what, max_ms,
		    v > 0 && v <= max_ms * MS ? "yes" : "no", ns(&its->it_interval));
	else
		say("%s: value %lld ns, interval %lld ns", what, v, ns(&its->it_interval));
}

static void creation(void)
{
	char path[64], link[64];
	long fd = sys(SYS_timerfd_create, CLOCK_MONOTONIC, 0, 0, 0), n;
	struct itimerspec its;

	say("timerfd_create(MONOTONIC): %s", fd >= 0 ? "fd" : "error");
	snprintf(path, sizeof(path), "/proc/self/fd/%ld", fd);
	n = readlink(path, link, sizeof(link) - 1);
	link[n > 0 ? n : 0] = 0;
	say("  readlink: %s", link);
	say("  gettime: %ld", sys(SYS_timerfd_gettime, fd, (long)&its, 0, 0));
	show("  disarmed", &its, 0);
	close(fd);
	fd = sys(SYS_timerfd_create, CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC, 0, 0);
	say("timerfd_create(REALTIME, NONBLOCK|CLOEXEC): F_GETFL %#lx F_GETFD %ld",
	    sys(SYS_fcntl64, fd, F_GETFL, 0, 0) & ~0100000L, sys(SYS_fcntl64, fd, F_GETFD, 0, 0));
	say("  read, disarmed: %s", get(fd));
	say("  read 4 bytes: %ld", sys(SYS_read, fd, (long)link, 4, 0));
	close(fd);
	fd = sys(SYS_timerfd_create, CLOCK_BOOTTIME, 0, 0, 0);
	say("timerfd_create(BOOTTIME): %s", fd >= 0 ? "fd" : fd == -EINVAL ? "-22" : "other");
	if (fd >= 0)
		close(fd);
	say("timerfd_create(PROCESS_CPUTIME_ID): %ld",
	    sys(SYS_timerfd_create, CLOCK_PROCESS_CPUTIME_ID, 0, 0, 0));
	say("timerfd_create(99): %ld", sys(SYS_timerfd_create, 99, 0, 0, 0));
	say("timerfd_create(-1): %ld", sys(SYS_timerfd_create, -1, 0, 0, 0));
	say("timerfd_create flags 1: %ld", sys(SYS_timerfd_create, CLOCK_MONOTONIC, 1, 0, 0));
}

static void bad_settings(void)
{
	int fd = timerfd_create(CLOCK_MONOTONIC, 0), p[2];
	struct itimerspec its = { { 0, 0 }, { 0, 1000000000 } }, old;

	pipe(p);
	say("settime flags 4: %ld", settime(fd, 4, MS, 0, NULL));
	say("settime tv_nsec 1000000000: %ld", sys(SYS_timerfd_settime, fd, 0, (long)&its, 0));
	its.it_value.tv_nsec = -1;
	say("settime tv_nsec -1: %ld", sys(SYS_timerfd_settime, fd, 0, (long)&its, 0));
	its.it_value.tv_nsec = 0;
	its.it_value.tv_sec = -1;
	say("settime tv_sec -1: %ld", sys(SYS_timerfd_settime, fd, 0, (long)&its, 0));
	its.it_value.tv_sec = 1;
	its.it_interval.tv_nsec = 1000000000;
	say("settime bad interval: %ld", sys(SYS_timerfd_settime, fd, 0, (long)&its, 0));
	say("settime NULL: %ld", sys(SYS_timerfd_settime, fd, 0, 0, 0));
	say("settime NULL on a bad fd: %ld", sys(SYS_timerfd_settime, 99, 0, 0, 0));
	say("settime on a bad fd: %ld", settime(99, 0, MS, 0, NULL));
	say("settime on a pipe: %ld", settime(p[0], 0, MS, 0, NULL));
	say("settime old into a kernel pointer: %ld",
	    settime(fd, 0, 0, 0, (struct itimerspec *)KPTR));
	say("gettime NULL: %ld", sys(SYS_timerfd_gettime, fd, 0, 0, 0));
	say("gettime on a bad fd: %ld", sys(SYS_timerfd_gettime, 99, (long)&old, 0, 0));
	say("gettime on a pipe: %ld", sys(SYS_timerfd_gettime, p[0], (long)&old, 0, 0));
	close(p[0]);
	close(p[1]);
	close(fd);
}

static void one_shot(void)
{
	int fd = timerfd_create(CLOCK_MONOTONIC, 0);
	struct itimerspec its;
	long long t0 = now(CLOCK_MONOTONIC);

	say("settime 50 ms: %ld", settime(fd, 0, 50 * MS, 0, NULL));
	timerfd_gettime(fd, &its);
	show("  gettime", &its, 50);
	say("  blocking read: %s", get(fd));
	say("  waited at least 50 ms: %s", now(CLOCK_MONOTONIC) - t0 >= 50 * MS ? "yes" : "no");
	fcntl(fd, F_SETFL, O_NONBLOCK);
	say("  read again: %s", get(fd));
	timerfd_gettime(fd, &its);
	show("  gettime after", &its, 0);
	say("settime ABSTIME now + 30 ms: %ld",
	    settime(fd, TFD_TIMER_ABSTIME, now(CLOCK_MONOTONIC) + 30 * MS, 0, NULL));
	usleep(60000);
	say("  read after 60 ms: %s", get(fd));
	say("settime ABSTIME in the past: %ld", settime(fd, TFD_TIMER_ABSTIME, 1, 0, NULL));
	usleep(1000);
	say("  read: %s", get(fd));
	close(fd);
	fd = timerfd_create(CLOCK_REALTIME, 0);
	say("REALTIME ABSTIME now + 30 ms: %ld",
	    settime(fd, TFD_TIMER_ABSTIME, now(CLOCK_REALTIME) + 30 * MS, 0, NULL));
	say("  blocking read: %s", get(fd));
	close(fd);
}

static void periodic(void)
{
	int fd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK);
	struct itimerspec its, old;
	uint64_t v = 0;

	say("settime 10 ms every 10 ms: %ld", settime(fd, 0, 10 * MS, 10 * MS, NULL));
	usleep(55000);
	read(fd, &v, 8);
	say("  read after 55 ms: 4 to 6 expiries: %s", v >= 4 && v <= 6 ? "yes" : "no");
	timerfd_gettime(fd, &its);
	show("  gettime", &its, 10);
	usleep(35000);
	say("settime disarm: %ld", settime(fd, 0, 0, 0, &old));
	show("  old setting", &old, 10);
	say("  read: the count was reset: %s", get(fd));
	timerfd_gettime(fd, &its);
	show("  gettime", &its, 0);
	close(fd);
}

static void waiting(void)
{
	int fd = timerfd_create(CLOCK_MONOTONIC, 0), ep = epoll_create1(0), n;
	struct pollfd p = { .fd = fd, .events = POLLIN };
	struct epoll_event ev = { .events = EPOLLIN, .data.u64 = 7 };

	say("poll, disarmed: %d", poll(&p, 1, 0));
	settime(fd, 0, 20 * MS, 0, NULL);
	n = poll(&p, 1, 1000);
	say("poll until it fires: %d revents %#x", n, p.revents);
	say("  read: %s", get(fd));
	epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
	settime(fd, 0, 20 * MS, 0, NULL);
	n = epoll_wait(ep, &ev, 1, 1000);
	say("epoll_wait until it fires: %d data %llu events %#x", n,
	    (unsigned long long)ev.data.u64, ev.events);
	say("read into a kernel pointer: %ld", sys(SYS_read, fd, KPTR, 8, 0));
	say("  then: %s", get(fd));
	close(ep);
	close(fd);
}

static void on_alarm(int sig)
{
	(void)sig;
}

static void signals(void)
{
	int fd = timerfd_create(CLOCK_MONOTONIC, 0);
	struct itimerval it = { { 0, 0 }, { 0, 30000 } };

	on_signal(SIGALRM, on_alarm, NULL, 0);
	setitimer(ITIMER_REAL, &it, NULL);
	say("blocking read of a disarmed timer, SIGALRM: %s", get(fd));
	on_signal(SIGALRM, on_alarm, NULL, SA_RESTART);
	settime(fd, 0, 100 * MS, 0, NULL);
	setitimer(ITIMER_REAL, &it, NULL);
	say("blocking read, SIGALRM with SA_RESTART: %s", get(fd));
	close(fd);
}

int main(void)
{
	mkdir("/proc", 0555);
	mount("proc", "/proc", "proc", 0, NULL); /* Linux's initramfs has no /proc yet */
	creation();
	bad_settings();
	one_shot();
	periodic();
	waiting();
	signals();
	return 0;
}
