/*
 * locks.c - advisory locks between processes: fcntl record locks
 * (F_GETLK/F_SETLK/F_SETLKW and the 64-bit forms) with their split and
 * merge of ranges, conflicts seen from a second process, the release on
 * close of any descriptor and at exit, blocking and -EDEADLK; flock(2)
 * owned by the open file; and the bad inputs.
 */
#include "usertest.h"
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/file.h>
#include <sys/wait.h>

#define KPTR 0xc0001000L
#define FILE_NAME "/locktest"

/* the kernel's i386 struct flock and flock64 (glibc's differ with 64-bit off_t) */
struct kflock {
	short l_type, l_whence;
	long l_start, l_len;
	int l_pid;
};

struct kflock64 {
	short l_type, l_whence;
	long long l_start, l_len;
	int l_pid;
} __attribute__((packed));

static long lk(int fd, int cmd, int type, int whence, long start, long len)
{
	struct kflock fl = { type, whence, start, len, 0 };

	return sys(SYS_fcntl64, fd, cmd, (long)&fl, 0);
}

/* F_GETLK: "free" or who holds what */
static void getlk(const char *what, int fd, int type, long start, long len, pid_t parent)
{
	struct kflock fl = { type, SEEK_SET, start, len, -5 };
	long r = sys(SYS_fcntl64, fd, F_GETLK, (long)&fl, 0);

	if (r)
		say("%s: getlk %ld", what, r);
	else if (fl.l_type == F_UNLCK)
		say("%s: free", what);
	else
		say("%s: %s held by %s, start %ld len %ld", what,
		    fl.l_type == F_WRLCK ? "WR" : "RD",
		    fl.l_pid == parent ? "parent" : "someone else", fl.l_start, fl.l_len);
}

static int fd, sync_pipe[2], back_pipe[2];
static pid_t parent;

static void signal_parent(void)
{
	write(back_pipe[1], "x", 1);
}

static void wait_child(void)
{
	char c;

	read(back_pipe[0], &c, 1);
}

static void tell_child(void)
{
	write(sync_pipe[1], "x", 1);
}

static void wait_parent(void)
{
	char c;

	read(sync_pipe[0], &c, 1);
}

/* Run @fn in a child that has its own descriptor of the file, and wait for it */
static void in_child(void (*fn)(int cfd))
{
	int status;
	pid_t pid = fork();

	if (pid == 0) {
		int cfd = open(FILE_NAME, O_RDWR);

		fn(cfd);
		_exit(0);
	}
	waitpid(pid, &status, 0);
}

static void child_sees_split(int cfd)
{
	getlk("whole write", cfd, F_WRLCK, 0, 0, parent);
	getlk("read 40..59", cfd, F_RDLCK, 40, 20, parent);
	getlk("write 45", cfd, F_WRLCK, 45, 1, parent);
	getlk("read 0..199", cfd, F_RDLCK, 0, 200, parent);
	getlk("write 70", cfd, F_WRLCK, 70, 1, parent);
	getlk("write 100", cfd, F_WRLCK, 100, 1, parent);
	say("child setlk read 50: %ld", lk(cfd, F_SETLK, F_RDLCK, SEEK_SET, 50, 1));
	say("child setlk write 50: %ld", lk(cfd, F_SETLK, F_WRLCK, SEEK_SET, 50, 1));
	say("child setlk write 100..109: %ld", lk(cfd, F_SETLK, F_WRLCK, SEEK_SET, 100, 10));
	getlk("child's own lock is no conflict", cfd, F_WRLCK, 100, 10, parent);
}

static void child_sees_hole(int cfd)
{
	getlk("write 12 after unlock 10..14", cfd, F_WRLCK, 12, 1, parent);
	getlk("write 9", cfd, F_WRLCK, 9, 1, parent);
	getlk("write 15", cfd, F_WRLCK, 15, 1, parent);
}

static void child_sees_merge(int cfd)
{
	getlk("write 12 after relock", cfd, F_WRLCK, 12, 1, parent);
	getlk("write 200 (negative len lock)", cfd, F_WRLCK, 200, 1, parent);
	getlk("write 210", cfd, F_WRLCK, 210, 1, parent);
}

static void child_sees_none(int cfd)
{
	getlk("after closing another fd", cfd, F_WRLCK, 0, 0, parent);
}

static void test_ranges(void)
{
	int fd2;

	say("setlk write 0..99: %ld", lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 0, 100));
	say("setlk read 40..59: %ld", lk(fd, F_SETLK, F_RDLCK, SEEK_SET, 40, 20));
	getlk("own locks never conflict", fd, F_WRLCK, 0, 0, parent);
	in_child(child_sees_split);
	say("unlock 10..14: %ld", lk(fd, F_SETLK, F_UNLCK, SEEK_SET, 10, 5));
	in_child(child_sees_hole);
	say("relock write 10..14: %ld", lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 10, 5));
	say("read 200 back 5 (len -5): %ld", lk(fd, F_SETLK, F_RDLCK, SEEK_SET, 205, -5));
	in_child(child_sees_merge);
	fd2 = open(FILE_NAME, O_RDONLY);
	say("close another fd of the file: %d", close(fd2));
	in_child(child_sees_none);
}

static void child_blocks(int cfd)
{
	signal_parent();
	say("child setlkw: %ld", lk(cfd, F_SETLKW, F_WRLCK, SEEK_SET, 0, 10));
	signal_parent();
}

static void test_wait(void)
{
	int status, flags;
	char c;
	pid_t pid;

	lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 0, 10);
	pid = fork();
	if (pid == 0) {
		child_blocks(open(FILE_NAME, O_RDWR));
		_exit(0);
	}
	wait_child();
	usleep(100000);
	flags = fcntl(back_pipe[0], F_GETFL);
	fcntl(back_pipe[0], F_SETFL, flags | O_NONBLOCK);
	say("child still waiting: %d", read(back_pipe[0], &c, 1) < 0 && errno == EAGAIN);
	fcntl(back_pipe[0], F_SETFL, flags);
	say("parent unlocks: %ld", lk(fd, F_SETLK, F_UNLCK, SEEK_SET, 0, 0));
	wait_child();
	waitpid(pid, &status, 0);
	say("child got it and exited: %d", WIFEXITED(status));
	getlk("child's lock gone at exit", fd, F_WRLCK, 0, 0, parent);
}

static void child_deadlock(int cfd)
{
	say("child locks byte 1: %ld", lk(cfd, F_SETLK, F_WRLCK, SEEK_SET, 1, 1));
	signal_parent();
	wait_parent();
	signal_parent();
	say("child setlkw byte 0: %ld", lk(cfd, F_SETLKW, F_WRLCK, SEEK_SET, 0, 1));
}

static void test_deadlock(void)
{
	int status;
	pid_t pid;

	say("parent locks byte 0: %ld", lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 0, 1));
	pid = fork();
	if (pid == 0) {
		child_deadlock(open(FILE_NAME, O_RDWR));
		_exit(0);
	}
	wait_child();
	tell_child();
	wait_child();
	usleep(100000); /* the child sleeps on byte 0 now */
	say("parent setlkw byte 1: %ld", lk(fd, F_SETLKW, F_WRLCK, SEEK_SET, 1, 1));
	say("parent setlk byte 1: %ld", lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 1, 1));
	lk(fd, F_SETLK, F_UNLCK, SEEK_SET, 0, 0);
	waitpid(pid, &status, 0);
	say("deadlock child exit: %d", WEXITSTATUS(status));
}

static void test_bad(void)
{
	struct kflock64 fl64 = { F_WRLCK, SEEK_SET, 0x100000000LL, 10, 0 };
	struct kflock fl = { F_WRLCK, SEEK_SET, 0, 0, 0 };
	int ro = open(FILE_NAME, O_RDONLY), status;
	pid_t pid;

	say("write lock on O_RDONLY: %ld", lk(ro, F_SETLK, F_WRLCK, SEEK_SET, 0, 1));
	say("read lock on O_RDONLY: %ld", lk(ro, F_SETLK, F_RDLCK, SEEK_SET, 0, 1));
	close(ro);
	say("type 7: %ld", lk(fd, F_SETLK, 7, SEEK_SET, 0, 1));
	say("whence 5: %ld", lk(fd, F_SETLK, F_WRLCK, 5, 0, 1));
	say("start -1: %ld", lk(fd, F_SETLK, F_WRLCK, SEEK_SET, -1, 1));
	say("len -10 at 5: %ld", lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 5, -10));
	say("getlk F_UNLCK: %ld", lk(fd, F_GETLK, F_UNLCK, SEEK_SET, 0, 1));
	say("getlk kernel ptr: %ld", sys(SYS_fcntl64, fd, F_GETLK, KPTR, 0));
	say("setlk NULL: %ld", sys(SYS_fcntl64, fd, F_SETLK, 0, 0));
	say("bad fd: %ld", sys(SYS_fcntl64, 99, F_SETLK, (long)&fl, 0));
	say("F_GETLK64 via fcntl: %ld", sys(SYS_fcntl, fd, F_GETLK64, (long)&fl64, 0));
	say("setlk64 at 4 GiB: %ld", sys(SYS_fcntl64, fd, F_SETLK64, (long)&fl64, 0));
	pid = fork();
	if (pid == 0) {
		int cfd = open(FILE_NAME, O_RDWR);
		struct kflock64 t = { F_WRLCK, SEEK_SET, 0x100000005LL, 1, 0 };

		long r = sys(SYS_fcntl64, cfd, F_GETLK64, (long)&t, 0);

		say("child getlk64: %ld type WR %d start %lld len %lld", r, t.l_type == F_WRLCK,
		    t.l_start, t.l_len);
		say("child 32-bit getlk whole: %ld", lk(cfd, F_GETLK, F_WRLCK, SEEK_SET, 0, 0));
		_exit(0);
	}
	waitpid(pid, &status, 0);
	lk(fd, F_SETLK, F_UNLCK, SEEK_SET, 0, 0);
}

static void child_flock(int cfd)
{
	say("child flock EX|NB on its own open: %d", flock(cfd, LOCK_EX | LOCK_NB) ? -errno : 0);
	say("child fcntl lock beside flock: %ld", lk(cfd, F_SETLK, F_WRLCK, SEEK_SET, 0, 0));
	signal_parent();
	say("child flock EX (waits): %d", flock(cfd, LOCK_EX) ? -errno : 0);
}

static void test_flock(void)
{
	int a = open(FILE_NAME, O_RDWR), b = open(FILE_NAME, O_RDWR), c, status;
	pid_t pid;

	say("flock a EX: %d", flock(a, LOCK_EX));
	say("flock b EX|NB: %d", flock(b, LOCK_EX | LOCK_NB) ? -errno : 0);
	say("flock b SH|NB: %d", flock(b, LOCK_SH | LOCK_NB) ? -errno : 0);
	c = dup(a);
	say("flock dup of a EX|NB: %d", flock(c, LOCK_EX | LOCK_NB) ? -errno : 0);
	say("flock a SH: %d", flock(a, LOCK_SH));
	say("flock b SH|NB now: %d", flock(b, LOCK_SH | LOCK_NB) ? -errno : 0);
	say("flock b UN: %d", flock(b, LOCK_UN));
	say("flock a EX again: %d", flock(a, LOCK_EX));
	pid = fork();
	if (pid == 0) {
		close(a); /* the parent's open file is the parent's alone */
		close(c);
		child_flock(open(FILE_NAME, O_RDWR));
		_exit(0);
	}
	wait_child();
	usleep(50000);
	close(a);
	say("close a, dup c keeps it: %d", flock(b, LOCK_EX | LOCK_NB) ? -errno : 0);
	close(c); /* the last close: the child gets it */
	waitpid(pid, &status, 0);
	say("flock child exit: %d", WEXITSTATUS(status));
	say("flock b EX|NB after child exit: %d", flock(b, LOCK_EX | LOCK_NB) ? -errno : 0);
	say("flock op 0: %d", flock(b, 0) ? -errno : 0);
	say("flock op SH|EX: %d", flock(b, LOCK_SH | LOCK_EX) ? -errno : 0);
	say("flock bad fd: %d", flock(99, LOCK_SH) ? -errno : 0);
	say("flock UN when none: %d", flock(b, LOCK_UN));
	close(b);
}

int main(void)
{
	parent = getpid();
	pipe(sync_pipe);
	pipe(back_pipe);
	fd = open(FILE_NAME, O_RDWR | O_CREAT | O_TRUNC, 0644);
	say("open: %d", fd >= 0);
	test_ranges();
	test_wait();
	test_deadlock();
	test_bad();
	test_flock();
	close(fd);
	unlink(FILE_NAME);
	return 0;
}
