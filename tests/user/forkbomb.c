/*
 * forkbomb.c - fork until the kernel says no, then clean up and go on.
 *
 * A fork bomb must end in a refusal, not a dead machine. 2.6.32's
 * copy_process refuses a new task with -EAGAIN in two ways: for every
 * user when the system holds max_threads tasks (an eighth of memory's
 * worth of kernel stacks, kernel/fork.c:fork_init), and for a user
 * other than root when that user already runs RLIMIT_NPROC processes
 * (root is exempt). Both are tried here: as root until max_threads, and
 * as nobody (uid 65534) with RLIMIT_NPROC 50. Each child blocks reading a
 * pipe; closing the pipe's write end releases them all at once, and every
 * one must be reaped. Then a new process must start (fork and execve of
 * this program) - the machine is usable again.
 *
 * The children are made with the raw clone system call (fork's flags,
 * SIGCHLD) and touch as little memory as they can, so the run ends at the
 * task limit rather than in the OOM killer. How many tasks fit differs
 * between kernels and memory sizes, so only the facts that do not are
 * printed: which error ended the bomb, that it was not early, that all
 * were reaped, the exact RLIMIT_NPROC count. The output is compared with
 * Linux 6.1's (tests/user/expected/forkbomb.out).
 */
#include "usertest.h"
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>

/* fork's clone, returning in the child straight into a blocking read, then exit */
static long bomb_child(int rfd, int wfd)
{
	long ret;

	__asm__ __volatile__("int $0x80\n\t"
			     "test %%eax, %%eax\n\t"
			     "jnz 1f\n\t"
			     /* the child: close the write end, read until it is closed, exit */
			     "mov $6, %%eax\n\t"
			     "mov %%edi, %%ebx\n\t"
			     "int $0x80\n\t"
			     "mov $3, %%eax\n\t"
			     "mov %%esi, %%ebx\n\t"
			     "mov %%esp, %%ecx\n\t"
			     "mov $1, %%edx\n\t"
			     "int $0x80\n\t"
			     "mov $1, %%eax\n\t"
			     "xor %%ebx, %%ebx\n\t"
			     "int $0x80\n"
			     "1:"
			     : "=a"(ret)
			     : "0"(120L), "b"((long)SIGCHLD), "c"(0L), "d"(0L), "S"((long)rfd),
			       "D"((long)wfd)
			     : "memory");
	return ret;
}

/* Fork until refused; return the count, and the refusal's errno in *err */
static long bomb(int *err)
{
	int p[2];
	long n = 0, ret;

	if (pipe(p))
		return -1;
	for (;;) {
		ret = bomb_child(p[0], p[1]);
		if (ret < 0) {
			*err = (int)-ret;
			break;
		}
		n++;
	}
	close(p[1]); /* every child's read returns 0: they all exit */
	close(p[0]);
	return n;
}

/* Reap every child; return how many */
static long reap(void)
{
	long n = 0;
	int status;

	while (waitpid(-1, &status, 0) > 0)
		n++;
	return n;
}

/* A line for the kernel log: the counts differ between kernels, so not on stdout */
static void kmsg(const char *fmt, long n)
{
	char buf[128];
	int fd = open("/dev/kmsg", O_WRONLY);

	if (fd < 0)
		return;
	snprintf(buf, sizeof(buf), fmt, n);
	if (write(fd, buf, strlen(buf)) < 0)
		say("kmsg: errno %d", errno);
	close(fd);
}

static const char *errname(int e)
{
	return e == EAGAIN ? "EAGAIN" : e == ENOMEM ? "ENOMEM" : strerror(e);
}

static void as_root(void)
{
	int err = 0;
	long n = bomb(&err), reaped = reap();

	say("root: fork failed with %s", errname(err));
	kmsg("forkbomb: root had %ld children when fork failed\n", n);
	say("root: more than 500 children first: %s", n > 500 ? "yes" : "no");
	say("root: all reaped: %s", reaped == n ? "yes" : "no");
}

static void as_nobody(void)
{
	struct rlimit rl = { 50, 50 };
	int err = 0;
	long n, reaped;

	/* the setrlimit call itself: glibc's setrlimit() is prlimit64, which 2.6.32 lacks */
	if (syscall(SYS_setrlimit, RLIMIT_NPROC, &rl))
		say("nobody: setrlimit failed errno %d", errno);
	if (setgid(65534) || setuid(65534)) {
		say("nobody: setuid failed errno %d", errno);
		return;
	}
	n = bomb(&err);
	reaped = reap();
	say("nobody: %ld children with RLIMIT_NPROC 50, then fork failed with %s", n, errname(err));
	say("nobody: all reaped: %s", reaped == n ? "yes" : "no");
	n = bomb(&err);
	reaped = reap();
	say("nobody again: %ld children, all reaped: %s", n, reaped == n ? "yes" : "no");
}

/* In a child of its own, so the setuid stays there */
static void in_child(void (*fn)(void))
{
	pid_t pid = fork();

	if (pid == 0) {
		fn();
		_exit(0);
	}
	waitpid(pid, NULL, 0);
}

int main(int argc, char **argv)
{
	int status;
	pid_t pid;

	if (argc > 1 && !strcmp(argv[1], "new")) {
		say("a new process runs after the bombs");
		return 42;
	}
	in_child(as_root);
	in_child(as_nobody);
	pid = fork();
	if (pid == 0) {
		char *args[] = { argv[0], "new", NULL };

		execv(argv[0], args);
		_exit(127);
	}
	waitpid(pid, &status, 0);
	say("it exited with %d", WEXITSTATUS(status));
	return 0;
}
