/*
 * forkwait.c - fork, copy-on-write, exit status, wait4 and its options,
 * vfork, clone with a shared address space, orphans adopted by init.
 */
#define _GNU_SOURCE
#include "usertest.h"
#include <sched.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/wait.h>

static int shared = 10;
static volatile int flag;

static void cow(void)
{
	int status;
	pid_t pid = fork();

	if (pid == 0) {
		say("child sees %d", shared);
		shared = 30;
		_exit(shared);
	}
	shared = 20;
	waitpid(pid, &status, 0);
	say("parent keeps %d, child exited %d", shared, WEXITSTATUS(status));
}

static void statuses(void)
{
	pid_t pids[5];
	int i, status, sum = 0;

	for (i = 0; i < 5; i++) {
		pids[i] = fork();
		if (pids[i] == 0)
			_exit(100 + i);
	}
	for (i = 4; i >= 0; i--) {
		if (waitpid(pids[i], &status, 0) != pids[i])
			say("waitpid %d failed", i);
		sum += WEXITSTATUS(status);
	}
	say("five children, statuses sum %d", sum);
	say("no more children: %ld", sys(SYS_wait4, -1, 0, 0, 0));
	pids[0] = fork();
	if (pids[0] == 0) {
		for (i = 0; i < 3000000; i++)
			flag++;
		_exit(0);
	}
	say("WNOHANG while running: %ld", sys(SYS_wait4, pids[0], 0, WNOHANG, 0));
	say("wait4 other pid: %ld", sys(SYS_wait4, pids[0] + 1000, 0, 0, 0));
	say("then waits: %d", waitpid(pids[0], NULL, 0) == pids[0]);
}

static void vforked(void)
{
	int status;
	volatile int touched = 0;
	pid_t pid = vfork();

	if (pid == 0) {
		touched = 1; /* the parent's memory: vfork shares it */
		_exit(7);
	}
	waitpid(pid, &status, 0);
	say("vfork child exit %d, touched %d", WEXITSTATUS(status), touched);
}

static char stack[16384];

static int thread_fn(void *arg)
{
	*(int *)arg = 99;
	return 0;
}

static void cloned(void)
{
	int value = 0, status;
	pid_t pid = clone(thread_fn, stack + sizeof(stack), CLONE_VM | SIGCHLD, &value);

	waitpid(pid, &status, 0);
	say("clone CLONE_VM wrote %d, exit %d", value, WEXITSTATUS(status));
	value = 0;
	pid = clone(thread_fn, stack + sizeof(stack), SIGCHLD, &value);
	waitpid(pid, &status, 0);
	say("clone without CLONE_VM wrote %d", value);
	say("clone CLONE_THREAD without SIGHAND %ld",
	    sys(SYS_clone, CLONE_THREAD | CLONE_VM, 0, 0, 0));
}

/* A grandchild whose parent dies is adopted by init; it reports through shared memory */
static void orphan(void)
{
	volatile int *seen =
		mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	pid_t pid = fork();
	int status;
	long i;

	if (pid == 0) {
		if (fork() == 0) {
			for (i = 0; i < 500000000L && getppid() != 1; i++)
				;
			*seen = getppid();
			_exit(0);
		}
		_exit(0);
	}
	waitpid(pid, &status, 0);
	say("middle child exit %d", WEXITSTATUS(status));
	for (i = 0; i < 2000000000L && !*seen; i++)
		;
	say("orphan adopted by %d", *seen);
}

int main(void)
{
	cow();
	statuses();
	vforked();
	cloned();
	orphan();
	return 0;
}
