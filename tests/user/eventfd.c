/*
 * eventfd.c - eventfd(2) and eventfd2(2): the 64-bit counter behind a
 * descriptor. Writes add, reads take the whole count (or one, with
 * EFD_SEMAPHORE); an empty counter blocks a reader and a nearly full one
 * a writer, until the other side or a signal ends the wait, or answers
 * -EAGAIN with EFD_NONBLOCK. poll() reports POLLIN and POLLOUT from the
 * count. And the bad inputs: short buffers, ULLONG_MAX, bad pointers,
 * bad flags, no descriptor left.
 */
#define _GNU_SOURCE
#include "usertest.h"
#include <poll.h>
#include <stdint.h>
#include <sys/resource.h>
#include <sys/mount.h>
#include <sys/stat.h>

#define EFD_SEMAPHORE 1
#define EFD_CLOEXEC O_CLOEXEC
#define EFD_NONBLOCK O_NONBLOCK
#define KPTR 0xc0001000L

static long efd(unsigned int count, int flags)
{
	return sys(SYS_eventfd2, count, flags, 0, 0);
}

static long put(int fd, uint64_t v)
{
	return sys(SYS_write, fd, (long)&v, sizeof(v), 0);
}

/* read the counter: the count, or the error as "-N" */
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

static const char *events(int fd)
{
	static char buf[64];
	struct pollfd p = { .fd = fd, .events = POLLIN | POLLOUT | POLLPRI };
	int n = poll(&p, 1, 0);

	snprintf(buf, sizeof(buf), "%d:%s%s%s%s", n, p.revents & POLLIN ? " IN" : "",
		 p.revents & POLLOUT ? " OUT" : "", p.revents & POLLERR ? " ERR" : "",
		 p.revents & POLLHUP ? " HUP" : "");
	return buf;
}

static void creation(void)
{
	char path[64], link[64];
	struct stat st;
	long fd = sys(SYS_eventfd, 5, 0, 0, 0), n;

	say("eventfd(5): %s", fd >= 0 ? "fd" : "error");
	say("  fcntl F_GETFL %#lx F_GETFD %ld", sys(SYS_fcntl64, fd, F_GETFL, 0, 0) & ~0100000L,
	    sys(SYS_fcntl64, fd, F_GETFD, 0, 0));
	snprintf(path, sizeof(path), "/proc/self/fd/%ld", fd);
	n = readlink(path, link, sizeof(link) - 1);
	link[n > 0 ? n : 0] = 0;
	say("  readlink: %s", link);
	fstat(fd, &st);
	say("  fstat mode %#o size %lld", st.st_mode, (long long)st.st_size);
	say("  read: %s", get(fd));
	close(fd);
	fd = efd(0, EFD_CLOEXEC | EFD_NONBLOCK | EFD_SEMAPHORE);
	say("eventfd2(CLOEXEC|NONBLOCK|SEMAPHORE): F_GETFL %#lx F_GETFD %ld",
	    sys(SYS_fcntl64, fd, F_GETFL, 0, 0) & ~0100000L, sys(SYS_fcntl64, fd, F_GETFD, 0, 0));
	close(fd);
	say("eventfd2 flags 2: %ld", efd(0, 2));
	say("eventfd2 flags O_RDWR: %ld", efd(0, O_RDWR));
	say("eventfd2 flags -1: %ld", efd(0, -1));
}

static void counting(void)
{
	long fd = efd(0, EFD_NONBLOCK);
	char small[8];
	uint64_t big[2];

	say("empty: poll %s", events(fd));
	say("  read %s", get(fd));
	say("write 3: %ld", put(fd, 3));
	say("write 4: %ld", put(fd, 4));
	say("  poll %s", events(fd));
	say("  read %s", get(fd));
	say("  read %s", get(fd));
	say("write 0: %ld", put(fd, 0));
	say("  poll %s", events(fd));
	say("read 4 bytes: %ld", sys(SYS_read, fd, (long)small, 4, 0));
	say("write 4 bytes: %ld", sys(SYS_write, fd, (long)small, 4, 0));
	put(fd, 9);
	say("read 16 bytes: %ld", sys(SYS_read, fd, (long)big, 16, 0));
	say("write ULLONG_MAX: %ld", put(fd, UINT64_MAX));
	say("write ULLONG_MAX-1: %ld", put(fd, UINT64_MAX - 1));
	say("  poll %s", events(fd));
	say("write 1 more: %ld", put(fd, 1));
	say("  read %s", get(fd));
	say("  poll %s", events(fd));
	put(fd, 2);
	say("read to a kernel pointer: %ld", sys(SYS_read, fd, KPTR, 8, 0));
	say("  then read %s (vfs_read refused the pointer first)", get(fd));
	put(fd, 2);
	say("read to NULL: %ld", sys(SYS_read, fd, 0, 8, 0));
	say("  then read %s (the count was taken)", get(fd));
	say("write from a kernel pointer: %ld", sys(SYS_write, fd, KPTR, 8, 0));
	say("write from NULL: %ld", sys(SYS_write, fd, 0, 8, 0));
	say("lseek: %ld", sys(SYS_lseek, fd, 0, SEEK_SET, 0));
	close(fd);
	fd = efd(0, EFD_NONBLOCK | EFD_SEMAPHORE);
	say("semaphore: write 3 %ld", put(fd, 3));
	say("  read %s", get(fd));
	say("  read %s", get(fd));
	say("  read %s", get(fd));
	say("  read %s", get(fd));
	close(fd);
}

/* The child writes after a pause; the parent was blocked in read or write */
static void blocking(void)
{
	long fd = efd(0, 0);
	pid_t pid = fork();
	int status;

	if (pid == 0) {
		usleep(50000);
		put(fd, 42);
		_exit(0);
	}
	say("blocking read woken by a writer: %s", get(fd));
	waitpid(pid, &status, 0);
	say("write ULLONG_MAX-1: %ld", put(fd, UINT64_MAX - 1));
	pid = fork();
	if (pid == 0) {
		usleep(50000);
		say("  child reads %s", get(fd));
		_exit(0);
	}
	say("blocking write woken by a reader: %ld", put(fd, 5));
	waitpid(pid, &status, 0);
	say("  then read %s", get(fd));
	close(fd);
}

static void on_alarm(int sig)
{
	(void)sig;
}

static void interrupted(void)
{
	long fd = efd(0, 0);
	struct pollfd p = { .fd = fd, .events = POLLIN };
	pid_t pid;
	int status, n;

	on_signal(SIGALRM, on_alarm, NULL, 0);
	alarm(1);
	say("blocking read, SIGALRM without SA_RESTART: %s", get(fd));
	pid = fork();
	if (pid == 0) {
		usleep(50000);
		put(fd, 1);
		_exit(0);
	}
	n = poll(&p, 1, 5000);
	say("poll until a writer: %d revents %#x", n, p.revents);
	waitpid(pid, &status, 0);
	say("  read %s", get(fd));
	close(fd);
}

static void no_descriptors(void)
{
	struct rlimit rl = { 5, 5 };
	pid_t pid = fork();
	int status;

	if (pid == 0) {
		say("setrlimit NOFILE 5: %d", setrlimit(RLIMIT_NOFILE, &rl));
		while (efd(0, 0) >= 0)
			;
		say("eventfd2 with no descriptor left: %ld", efd(0, 0));
		say("eventfd2 with bad flags and no descriptor left: %ld", efd(0, 2));
		_exit(0);
	}
	waitpid(pid, &status, 0);
}

int main(void)
{
	mkdir("/proc", 0555);
	mount("proc", "/proc", "proc", 0, NULL); /* Linux's initramfs has no /proc yet */
	creation();
	counting();
	blocking();
	interrupted();
	no_descriptors();
	return 0;
}
