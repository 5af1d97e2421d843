/*
 * reparent.c - who adopts the children of an exiting thread.
 *
 * A process's children belong to the thread that forked them, and its
 * wait4 sees the children of all its threads. When that thread exits
 * and the process lives on, they go to another thread of the process
 * (kernel/exit.c:find_new_reaper): getppid() does not change, the
 * process can still reap them, only PR_SET_PDEATHSIG fires (its
 * "parent" is the thread). When the whole process ends, they go to
 * init (getppid() 1). __WNOTHREAD limits wait4 to the caller's own
 * children.
 */
#include "usertest.h"
#include <pthread.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>

struct shared {
	volatile int ppid_before, ppid_after, pdeath;
	volatile pid_t child;
	volatile int go;
};

static struct shared *sh;

static void on_usr1(int sig)
{
	sh->pdeath = sig;
}

/* The child: note its parent, wait for the forker's exit, note it again */
static void child_body(int pdeath)
{
	if (pdeath) {
		signal(SIGUSR1, on_usr1);
		prctl(PR_SET_PDEATHSIG, SIGUSR1);
	}
	sh->ppid_before = getppid();
	while (!sh->go)
		usleep(2000);
	usleep(30000);
	sh->ppid_after = getppid();
	_exit(5);
}

static void *forker(void *arg)
{
	pid_t pid = fork();

	if (pid == 0)
		child_body((long)arg);
	sh->child = pid;
	while (!sh->ppid_before) /* its PR_SET_PDEATHSIG is in place */
		usleep(1000);
	return NULL; /* the forking thread exits; the process lives on */
}

/* The child is the main thread's now: __WNOTHREAD from another thread does not see it */
static void *nothread_wait(void *arg)
{
	int st;
	pid_t r = waitpid(sh->child, &st, __WNOTHREAD | WNOHANG);

	say("__WNOTHREAD from another thread: %d errno %d, without: %d", r, r < 0 ? errno : 0,
	    waitpid(sh->child, &st, WNOHANG));
	return arg;
}

static void thread_exits(void)
{
	pid_t pid = fork();
	int st;

	memset(sh, 0, sizeof(*sh));
	if (pid == 0) {
		pthread_t t;
		pid_t c, me = getpid();
		int r;

		pthread_create(&t, NULL, forker, (void *)1);
		pthread_join(t, NULL);
		pthread_create(&t, NULL, nothread_wait, NULL);
		pthread_join(t, NULL);
		sh->go = 1;
		c = waitpid(sh->child, &st, 0);
		r = c == sh->child && WIFEXITED(st) ? WEXITSTATUS(st) : -1;
		say("forking thread exited: child's parent before %d after %d, pdeath signal %d",
		    sh->ppid_before == me, sh->ppid_after == me, sh->pdeath);
		say("  the main thread reaps it: status %d", r);
		_exit(0);
	}
	waitpid(pid, &st, 0);
}

static void *waiter(void *arg)
{
	pid_t c = (pid_t)(long)arg;
	int st;

	sh->go = 1;
	c = waitpid(c, &st, 0);
	say("  another thread reaps it: status %d", WIFEXITED(st) ? WEXITSTATUS(st) : -1);
	exit(0);
}

static void main_thread_exits(void)
{
	pid_t pid = fork();
	int st;

	memset(sh, 0, sizeof(*sh));
	if (pid == 0) {
		pthread_t t;
		pid_t c = fork();

		if (c == 0)
			child_body(0);
		sh->child = getpid();
		pthread_create(&t, NULL, waiter, (void *)(long)c);
		pthread_exit(NULL);
	}
	waitpid(pid, &st, 0);
	say("main thread exited first: child's parent before %d after %d", sh->ppid_before == pid,
	    sh->ppid_after == pid);
}

static void process_exits(void)
{
	pid_t pid = fork();
	int st, i;

	memset(sh, 0, sizeof(*sh));
	if (pid == 0) {
		pthread_t t;

		pthread_create(&t, NULL, forker, NULL);
		pthread_join(t, NULL);
		_exit(0); /* every thread gone: the child goes to init */
	}
	waitpid(pid, &st, 0);
	sh->go = 1;
	for (i = 0; i < 100 && !sh->ppid_after; i++)
		usleep(10000);
	say("whole process exited: child's parent before %d, then init %d", sh->ppid_before == pid,
	    sh->ppid_after == 1);
}

int main(void)
{
	sh = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	thread_exits();
	main_thread_exits();
	process_exits();
	return 0;
}
