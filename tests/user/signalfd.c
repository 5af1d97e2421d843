/*
 * signalfd.c - signalfd and signalfd4: blocked signals read from a
 * descriptor as struct signalfd_siginfo. kill's, sigqueue's and SIGCHLD's
 * fields; signals outside the set stay pending; the set replaced through
 * the same descriptor; several signals in one read; poll and epoll; a
 * blocking read woken by a child's kill; a child reads its own signals,
 * not its parent's; and the bad inputs.
 */
#define _GNU_SOURCE
#include "usertest.h"
#include <poll.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/mount.h>
#include <sys/signalfd.h>
#include <sys/stat.h>

static long sfd4(int ufd, const sigset_t *mask, long size, int flags)
{
	return sys(SYS_signalfd4, ufd, (long)mask, size, flags);
}

/* Read one signalfd_siginfo and say what it holds */
static void take(int fd, const char *what)
{
	struct signalfd_siginfo si[2];
	long n = sys(SYS_read, fd, (long)si, sizeof(si[0]), 0);

	if (n < 0) {
		say("%s: read %ld", what, n);
		return;
	}
	say("%s: read %ld: signo %u code %d pid %s uid %u int %d ptr %llu status %d", what, n,
	    si[0].ssi_signo, si[0].ssi_code, si[0].ssi_pid == (uint32_t)getpid() ? "self" : "other",
	    si[0].ssi_uid, si[0].ssi_int, (unsigned long long)si[0].ssi_ptr, si[0].ssi_status);
}

static sigset_t set_of(int a, int b)
{
	sigset_t s;

	sigemptyset(&s);
	if (a)
		sigaddset(&s, a);
	if (b)
		sigaddset(&s, b);
	return s;
}

static void basics(void)
{
	sigset_t usr1 = set_of(SIGUSR1, 0), usr2 = set_of(SIGUSR2, 0), rt = set_of(SIGRTMIN, 0);
	sigset_t pending;
	char path[64], link[64];
	long fd = sfd4(-1, &usr1, 8, SFD_NONBLOCK), n;
	struct signalfd_siginfo si[2];
	union sigval v = { .sival_int = 42 };

	say("signalfd4(-1, USR1, NONBLOCK): %s", fd >= 0 ? "fd" : "error");
	snprintf(path, sizeof(path), "/proc/self/fd/%ld", fd);
	n = readlink(path, link, sizeof(link) - 1);
	link[n > 0 ? n : 0] = 0;
	say("  readlink: %s", link);
	say("  F_GETFL %#lx", sys(SYS_fcntl64, fd, F_GETFL, 0, 0) & ~0100000L);
	take(fd, "nothing pending");
	kill(getpid(), SIGUSR1);
	take(fd, "kill USR1");
	sigqueue(getpid(), SIGUSR1, v);
	take(fd, "sigqueue USR1 42");
	kill(getpid(), SIGUSR2);
	take(fd, "USR2 is not in the set");
	sigpending(&pending);
	say("  USR2 still pending: %d", sigismember(&pending, SIGUSR2));
	say("signalfd4(fd, USR2): same fd %d", sfd4(fd, &usr2, 8, 0) == fd);
	take(fd, "now USR2");
	say("read 127 bytes: %ld", sys(SYS_read, fd, (long)si, 127, 0));
	sigqueue(getpid(), SIGRTMIN, v);
	sigqueue(getpid(), SIGRTMIN, v);
	sfd4(fd, &rt, 8, 0);
	say("two SIGRTMIN queued, read of 256 bytes: %ld", sys(SYS_read, fd, (long)si, 256, 0));
	close(fd);
}

static void bad_inputs(void)
{
	sigset_t usr1 = set_of(SIGUSR1, 0), kill_only = set_of(SIGKILL, SIGSTOP);
	int p[2];
	long fd;

	pipe(p);
	say("flags 1: %ld", sfd4(-1, &usr1, 8, 1));
	say("sizemask 4: %ld", sfd4(-1, &usr1, 4, 0));
	say("sizemask 128: %ld", sfd4(-1, &usr1, 128, 0));
	say("NULL mask: %ld", sfd4(-1, NULL, 8, 0));
	say("bad fd: %ld", sfd4(99, &usr1, 8, 0));
	say("a pipe: %ld", sfd4(p[0], &usr1, 8, 0));
	fd = sfd4(-1, &kill_only, 8, SFD_NONBLOCK);
	say("only SIGKILL and SIGSTOP: %s", fd >= 0 ? "fd" : "error");
	take(fd, "  read");
	close(fd);
	fd = sys(SYS_signalfd, -1, (long)&usr1, 8, 0);
	say("signalfd (321): %s, F_GETFL %#lx", fd >= 0 ? "fd" : "error",
	    sys(SYS_fcntl64, fd, F_GETFL, 0, 0) & ~0100000L);
	close(fd);
	close(p[0]);
	close(p[1]);
}

static void waiting(void)
{
	sigset_t both = set_of(SIGUSR1, SIGCHLD);
	int fd = sfd4(-1, &both, 8, 0), ep = epoll_create1(0), status, n;
	struct pollfd p = { .fd = fd, .events = POLLIN };
	struct epoll_event ev = { .events = EPOLLIN, .data.u64 = 5 };
	struct signalfd_siginfo si;
	pid_t pid;

	say("poll, nothing pending: %d", poll(&p, 1, 0));
	kill(getpid(), SIGUSR1);
	n = poll(&p, 1, 0);
	say("poll, USR1 pending: %d revents %#x", n, p.revents);
	take(fd, "  read");
	epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
	pid = fork();
	if (pid == 0) {
		usleep(50000);
		kill(getppid(), SIGUSR1);
		_exit(7);
	}
	n = epoll_wait(ep, &ev, 1, 5000);
	say("epoll_wait until a child's kill: %d data %llu", n, (unsigned long long)ev.data.u64);
	read(fd, &si, sizeof(si));
	say("  read: signo %u from the child %s", si.ssi_signo,
	    si.ssi_pid == (uint32_t)pid ? "yes" : "no");
	read(fd, &si, sizeof(si));
	say("  blocking read: signo %u code %d status %d from the child %s", si.ssi_signo,
	    si.ssi_code, si.ssi_status, si.ssi_pid == (uint32_t)pid ? "yes" : "no");
	waitpid(pid, &status, 0);
	kill(getpid(), SIGUSR1);
	pid = fork();
	if (pid == 0) {
		fcntl(fd, F_SETFL, O_NONBLOCK);
		take(fd, "child reads the parent's pending USR1");
		_exit(0);
	}
	waitpid(pid, &status, 0);
	fcntl(fd, F_SETFL, 0);
	take(fd, "parent reads its USR1");
	close(ep);
	close(fd);
}

/*
 * An epoll set hooked on a child's signalfd queue (the child added the
 * signalfd, so its poll named the child's queue) outlives the child:
 * the queue is freed at the child's exit and the set must let go of it
 * (POLLFREE) before the parent uses and closes the set.
 */
static void queue_freed(void)
{
	sigset_t usr1 = set_of(SIGUSR1, 0);
	int fd = sfd4(-1, &usr1, 8, SFD_NONBLOCK), ep = epoll_create1(0), status, n;
	struct epoll_event ev = { .events = EPOLLIN, .data.u64 = 9 };
	pid_t pid = fork();

	if (pid == 0)
		_exit(epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev) == 0 ? 0 : 1);
	waitpid(pid, &status, 0);
	say("the child added the signalfd and exited: %d", WEXITSTATUS(status));
	kill(getpid(), SIGUSR1);
	n = epoll_wait(ep, &ev, 1, 0);
	say("  epoll_wait: %d data %llu events %#x", n, (unsigned long long)ev.data.u64, ev.events);
	take(fd, "  read");
	say("  DEL: %d", epoll_ctl(ep, EPOLL_CTL_DEL, fd, NULL));
	close(ep);
	close(fd);
}

int main(void)
{
	sigset_t all = set_of(SIGUSR1, SIGUSR2);

	mkdir("/proc", 0555);
	mount("proc", "/proc", "proc", 0, NULL); /* Linux's initramfs has no /proc yet */
	sigaddset(&all, SIGCHLD);
	sigaddset(&all, SIGRTMIN);
	sigprocmask(SIG_BLOCK, &all, NULL);
	basics();
	bad_inputs();
	waiting();
	queue_freed();
	return 0;
}
