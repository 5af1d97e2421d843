/*
 * epoll.c - epoll_create, epoll_create1, epoll_ctl, epoll_wait and
 * epoll_pwait: a set of watched files kept in the kernel. Level-triggered
 * items are reported as long as they stay ready, EPOLLET ones once per
 * change, EPOLLONESHOT ones once until EPOLL_CTL_MOD; pipes report IN,
 * OUT, HUP and ERR; eventfds and the console are watched as pipes are;
 * an epoll set can watch another but not itself nor a loop; closing the
 * last descriptor of a file takes it out of the set (a dup keeps it); the
 * timeout, a signal, and epoll_pwait's temporary mask. And every error:
 * -EINVAL, -EBADF, -EPERM, -EEXIST, -ENOENT, -EFAULT, -ELOOP.
 */
#define _GNU_SOURCE
#include "usertest.h"
#include <poll.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/time.h>

#define KPTR 0xc0001000L

static long ctl(int ep, int op, int fd, unsigned int events, uint64_t data)
{
	struct epoll_event ev = { .events = events, .data.u64 = data };

	return sys(SYS_epoll_ctl, ep, op, fd, (long)&ev);
}

/* epoll_wait and a line for what it returned: "N: data EVENTS, ..." */
static const char *wait_for(int ep, int max, int timeout)
{
	static char buf[400];
	struct epoll_event ev[16];
	long n = sys(SYS_epoll_wait, ep, (long)ev, max, timeout);
	int i, len;

	len = snprintf(buf, sizeof(buf), "%ld", n);
	for (i = 0; i < n && len < (int)sizeof(buf) - 40; i++)
		len += snprintf(buf + len, sizeof(buf) - len, "%s%llu %#x", i ? ", " : ": ",
				(unsigned long long)ev[i].data.u64, ev[i].events);
	return buf;
}

static void put(int fd, uint64_t v)
{
	if (write(fd, &v, 8) != 8)
		say("eventfd write failed: %d", errno);
}

static void creation(void)
{
	char link[64], path[64];
	long ep, n;

	say("epoll_create(0): %ld", sys(SYS_epoll_create, 0, 0, 0, 0));
	say("epoll_create(-1): %ld", sys(SYS_epoll_create, -1, 0, 0, 0));
	ep = sys(SYS_epoll_create, 1, 0, 0, 0);
	say("epoll_create(1): %s", ep >= 0 ? "fd" : "error");
	say("  F_GETFD %ld", sys(SYS_fcntl64, ep, F_GETFD, 0, 0));
	snprintf(path, sizeof(path), "/proc/self/fd/%ld", ep);
	n = readlink(path, link, sizeof(link) - 1);
	link[n > 0 ? n : 0] = 0;
	say("  readlink: %s", link);
	say("  read: %ld", sys(SYS_read, ep, (long)link, 8, 0));
	close(ep);
	ep = sys(SYS_epoll_create1, EPOLL_CLOEXEC, 0, 0, 0);
	say("epoll_create1(EPOLL_CLOEXEC): F_GETFD %ld", sys(SYS_fcntl64, ep, F_GETFD, 0, 0));
	close(ep);
	say("epoll_create1(1): %ld", sys(SYS_epoll_create1, 1, 0, 0, 0));
	say("epoll_create1(O_NONBLOCK): %ld", sys(SYS_epoll_create1, O_NONBLOCK, 0, 0, 0));
}

static void ctl_errors(void)
{
	int ep = epoll_create1(0), p[2], reg, null;
	struct epoll_event ev = { .events = EPOLLIN };

	pipe(p);
	reg = open("/epoll.tmp", O_CREAT | O_RDWR, 0600);
	mknod("/dev/null", S_IFCHR | 0666, makedev(1, 3)); /* Linux's initramfs has none */
	null = open("/dev/null", O_RDWR);
	say("ADD to a bad epfd: %ld", ctl(99, EPOLL_CTL_ADD, p[0], EPOLLIN, 0));
	say("ADD a bad fd: %ld", ctl(ep, EPOLL_CTL_ADD, 99, EPOLLIN, 0));
	say("ADD to a pipe as epfd: %ld", ctl(p[1], EPOLL_CTL_ADD, p[0], EPOLLIN, 0));
	say("ADD the set to itself: %ld", ctl(ep, EPOLL_CTL_ADD, ep, EPOLLIN, 0));
	say("ADD a regular file: %ld", ctl(ep, EPOLL_CTL_ADD, reg, EPOLLIN, 0));
	say("ADD /dev/null: %ld", ctl(ep, EPOLL_CTL_ADD, null, EPOLLIN, 0));
	say("op 99: %ld", ctl(ep, 99, p[0], EPOLLIN, 0));
	say("DEL of an unwatched fd: %ld", ctl(ep, EPOLL_CTL_DEL, p[0], 0, 0));
	say("MOD of an unwatched fd: %ld", ctl(ep, EPOLL_CTL_MOD, p[0], EPOLLIN, 0));
	say("ADD with a NULL event: %ld", sys(SYS_epoll_ctl, ep, EPOLL_CTL_ADD, p[0], 0));
	say("ADD with a kernel pointer: %ld", sys(SYS_epoll_ctl, ep, EPOLL_CTL_ADD, p[0], KPTR));
	say("ADD: %ld", ctl(ep, EPOLL_CTL_ADD, p[0], EPOLLIN, 1));
	say("ADD again: %ld", ctl(ep, EPOLL_CTL_ADD, p[0], EPOLLIN, 1));
	say("DEL with a NULL event: %ld", sys(SYS_epoll_ctl, ep, EPOLL_CTL_DEL, p[0], 0));
	say("DEL again: %ld", ctl(ep, EPOLL_CTL_DEL, p[0], 0, 0));
	say("wait maxevents 0: %ld", sys(SYS_epoll_wait, ep, (long)&ev, 0, 0));
	say("wait maxevents -1: %ld", sys(SYS_epoll_wait, ep, (long)&ev, -1, 0));
	say("wait on a bad fd: %ld", sys(SYS_epoll_wait, 99, (long)&ev, 1, 0));
	say("wait on a pipe: %ld", sys(SYS_epoll_wait, p[0], (long)&ev, 1, 0));
	say("wait into a kernel pointer: %ld", sys(SYS_epoll_wait, ep, KPTR, 1, 0));
	write(p[1], "x", 1);
	ctl(ep, EPOLL_CTL_ADD, p[0], EPOLLIN, 1);
	say("wait into NULL with an event ready: %ld", sys(SYS_epoll_wait, ep, 0, 1, 0));
	close(reg);
	unlink("/epoll.tmp");
	close(null);
	close(p[0]);
	close(p[1]);
	close(ep);
}

static void triggers(void)
{
	int ep = epoll_create1(0), p[2];
	char c;

	pipe(p);
	ctl(ep, EPOLL_CTL_ADD, p[0], EPOLLIN, 10);
	say("level, empty pipe: %s", wait_for(ep, 8, 0));
	write(p[1], "ab", 2);
	say("level, data: %s", wait_for(ep, 8, 0));
	say("level, again: %s", wait_for(ep, 8, 0));
	read(p[0], &c, 1);
	say("level, one byte read: %s", wait_for(ep, 8, 0));
	read(p[0], &c, 1);
	say("level, drained: %s", wait_for(ep, 8, 0));
	say("MOD to EPOLLET: %ld", ctl(ep, EPOLL_CTL_MOD, p[0], EPOLLIN | EPOLLET, 11));
	write(p[1], "ab", 2);
	say("edge, data: %s", wait_for(ep, 8, 0));
	say("edge, again: %s", wait_for(ep, 8, 0));
	write(p[1], "c", 1);
	say("edge, more data: %s", wait_for(ep, 8, 0));
	say("MOD to EPOLLONESHOT: %ld", ctl(ep, EPOLL_CTL_MOD, p[0], EPOLLIN | EPOLLONESHOT, 12));
	say("oneshot: %s", wait_for(ep, 8, 0));
	say("oneshot, again: %s", wait_for(ep, 8, 0));
	write(p[1], "d", 1);
	say("oneshot, more data: %s", wait_for(ep, 8, 0));
	say("MOD rearms: %ld", ctl(ep, EPOLL_CTL_MOD, p[0], EPOLLIN | EPOLLONESHOT, 13));
	say("oneshot rearmed: %s", wait_for(ep, 8, 0));
	say("MOD to events 0: %ld", ctl(ep, EPOLL_CTL_MOD, p[0], 0, 14));
	say("events 0, data waiting: %s", wait_for(ep, 8, 0));
	close(p[0]);
	close(p[1]);
	close(ep);
}

static void pipe_events(void)
{
	int ep = epoll_create1(0), p[2], n = 0;
	char buf[4096];

	pipe2(p, O_NONBLOCK);
	ctl(ep, EPOLL_CTL_ADD, p[1], EPOLLOUT, 20);
	say("write end, empty pipe: %s", wait_for(ep, 8, 0));
	memset(buf, 'x', sizeof(buf));
	while (write(p[1], buf, sizeof(buf)) > 0)
		n++;
	say("write end, pipe full after %d pages: %s", n, wait_for(ep, 8, 0));
	while (read(p[0], buf, sizeof(buf)) > 0)
		;
	say("write end, drained: %s", wait_for(ep, 8, 0));
	ctl(ep, EPOLL_CTL_ADD, p[0], EPOLLIN, 21);
	write(p[1], "x", 1);
	close(p[1]);
	say("read end, data and no writer: %s", wait_for(ep, 8, 0));
	read(p[0], buf, 1);
	say("read end, no writer: %s", wait_for(ep, 8, 0));
	close(p[0]);
	pipe(p);
	ctl(ep, EPOLL_CTL_ADD, p[1], EPOLLOUT, 22);
	close(p[0]);
	say("write end, no reader: %s", wait_for(ep, 8, 0));
	close(p[1]);
	ctl(ep, EPOLL_CTL_ADD, 1, EPOLLOUT, 23);
	say("the console (fd 1), EPOLLOUT: %s", wait_for(ep, 8, 0));
	close(ep);
}

static void closing(void)
{
	int ep = epoll_create1(0), e = eventfd(0, 0), d;

	ctl(ep, EPOLL_CTL_ADD, e, EPOLLIN, 30);
	put(e, 1);
	say("eventfd written: %s", wait_for(ep, 8, 0));
	close(e);
	say("closed: %s", wait_for(ep, 8, 0));
	say("DEL of the closed fd: %ld", ctl(ep, EPOLL_CTL_DEL, e, 0, 0));
	e = eventfd(0, 0);
	ctl(ep, EPOLL_CTL_ADD, e, EPOLLIN, 31);
	d = dup(e);
	say("ADD of a dup of a watched fd: %ld", ctl(ep, EPOLL_CTL_ADD, d, EPOLLIN, 32));
	put(e, 1);
	say("both: %s", wait_for(ep, 8, 0));
	ctl(ep, EPOLL_CTL_DEL, d, 0, 0);
	close(e);
	say("first fd closed, the dup still open: %s", wait_for(ep, 8, 0));
	close(d);
	say("dup closed too: %s", wait_for(ep, 8, 0));
	close(ep);
}

static void many(void)
{
	int ep = epoll_create1(0), fds[100], seen[100] = { 0 }, i, j, distinct = 0, total = 0;
	struct epoll_event ev[10];

	for (i = 0; i < 100; i++) {
		fds[i] = eventfd(1, 0);
		ctl(ep, EPOLL_CTL_ADD, fds[i], EPOLLIN, i);
	}
	for (j = 0; j < 10; j++) {
		int n = epoll_wait(ep, ev, 10, 0);

		for (i = 0; i < n; i++) {
			total++;
			distinct += !seen[ev[i].data.u64]++;
		}
	}
	say("100 ready eventfds, 10 waits of 10: %d events, %d distinct", total, distinct);
	for (i = 0; i < 100; i++)
		close(fds[i]);
	say("all closed: %s", wait_for(ep, 8, 0));
	close(ep);
}

static int usr1;

static void on_usr1(int sig)
{
	(void)sig;
	usr1++;
}

/* epoll_pwait as the system call takes it: the kernel's 8-byte sigset */
static long pwait(int ep, int timeout, const sigset_t *mask, long size)
{
	struct epoll_event ev[1];
	long r = syscall(SYS_epoll_pwait, ep, (long)ev, 1, timeout, (long)mask, size);

	return r < 0 ? -errno : r;
}

static long ms_since(struct timeval *a)
{
	struct timeval b;

	gettimeofday(&b, NULL);
	return (b.tv_sec - a->tv_sec) * 1000 + (b.tv_usec - a->tv_usec) / 1000;
}

static void waiting(void)
{
	int ep = epoll_create1(0), e = eventfd(0, 0), status;
	struct timeval t;
	sigset_t block, none, old;
	pid_t pid;

	ctl(ep, EPOLL_CTL_ADD, e, EPOLLIN, 40);
	gettimeofday(&t, NULL);
	say("timeout 100 ms: %s", wait_for(ep, 8, 100));
	/* 2.6.32 sleeps whole jiffies from now: up to one tick less than asked */
	say("  waited at least 90 ms: %s", ms_since(&t) >= 90 ? "yes" : "no");
	pid = fork();
	if (pid == 0) {
		usleep(50000);
		put(e, 1);
		_exit(0);
	}
	say("woken by a child's write: %s", wait_for(ep, 8, -1));
	waitpid(pid, &status, 0);
	eventfd_read(e, &(eventfd_t){ 0 });
	on_signal(SIGUSR1, on_usr1, NULL, SA_RESTART);
	pid = fork();
	if (pid == 0) {
		usleep(50000);
		kill(getppid(), SIGUSR1);
		_exit(0);
	}
	say("signal during the wait (SA_RESTART): %s", wait_for(ep, 8, 5000));
	say("  handler ran %d", usr1);
	waitpid(pid, &status, 0);
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	sigemptyset(&none);
	sigprocmask(SIG_BLOCK, &block, &old);
	kill(getpid(), SIGUSR1);
	say("pwait, SIGUSR1 pending and blocked, the mask lets it in: %ld",
	    pwait(ep, 1000, &none, 8));
	say("  handler ran %d", usr1);
	sigprocmask(SIG_SETMASK, NULL, &old);
	say("  SIGUSR1 blocked again after: %d", sigismember(&old, SIGUSR1));
	kill(getpid(), SIGUSR1);
	say("pwait, SIGUSR1 pending, the mask blocks it: %ld", pwait(ep, 50, &block, 8));
	say("  handler ran %d", usr1);
	say("pwait sigsetsize 4: %ld", pwait(ep, 0, &none, 4));
	say("pwait with a kernel pointer as mask: %ld", pwait(ep, 0, (sigset_t *)KPTR, 8));
	say("pwait with a NULL mask: %ld", pwait(ep, 0, NULL, 8));
	sigprocmask(SIG_UNBLOCK, &block, NULL);
	say("  unblocked, handler ran %d", usr1);
	close(e);
	close(ep);
}

static void nested(void)
{
	int inner = epoll_create1(0), outer = epoll_create1(0), third = epoll_create1(0);
	int e = eventfd(0, 0), n;
	struct pollfd p = { .fd = inner, .events = POLLIN };

	ctl(inner, EPOLL_CTL_ADD, e, EPOLLIN, 50);
	say("outer ADD inner: %ld", ctl(outer, EPOLL_CTL_ADD, inner, EPOLLIN, 51));
	say("outer ADD inner again: %ld", ctl(outer, EPOLL_CTL_ADD, inner, EPOLLIN, 51));
	say("inner ADD outer (a loop): %ld", ctl(inner, EPOLL_CTL_ADD, outer, EPOLLIN, 52));
	say("third ADD outer: %ld", ctl(third, EPOLL_CTL_ADD, outer, EPOLLIN, 53));
	say("inner ADD third (a longer loop): %ld", ctl(inner, EPOLL_CTL_ADD, third, EPOLLIN, 54));
	say("nothing ready: outer %s", wait_for(outer, 8, 0));
	say("  poll(inner) %d", poll(&p, 1, 0));
	put(e, 1);
	say("eventfd written: outer %s", wait_for(outer, 8, 0));
	say("  third %s", wait_for(third, 8, 0));
	p.revents = 0;
	n = poll(&p, 1, 0);
	say("  poll(inner) %d revents %#x", n, p.revents);
	say("  inner %s", wait_for(inner, 8, 0));
	close(third);
	close(outer);
	close(inner);
	close(e);
}

int main(void)
{
	mkdir("/proc", 0555);
	mount("proc", "/proc", "proc", 0, NULL); /* Linux's initramfs has no /proc yet */
	creation();
	ctl_errors();
	triggers();
	pipe_events();
	closing();
	many();
	waiting();
	nested();
	return 0;
}
