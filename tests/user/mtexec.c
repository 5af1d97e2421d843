/*
 * mtexec.c - execve in a multithreaded process (fs/exec.c:de_thread).
 *
 * A process with threads, one of which (not the main one) calls execve:
 * the other threads are killed, whatever they sleep in; the new program
 * runs in the same process (getpid() unchanged, its tid is now the pid),
 * alone (/proc/self/task has one entry), with the same parent and the
 * children the old program forked; the parent's wait4 gets the new
 * program's status under the old pid. The same for the main thread
 * execing, and for a thread execing after the main thread has exited.
 * And a process whose main thread exited while another runs is not
 * reported to its parent until the last thread ends (a delayed leader).
 */
#include "usertest.h"
#include <dirent.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>

static const char *self;
static int pipefd[2];
static pid_t grandchild;

static int ntasks(void)
{
	DIR *d = opendir("/proc/self/task");
	struct dirent *e;
	int n = 0;

	if (!d)
		return -errno;
	while ((e = readdir(d)))
		n += e->d_name[0] != '.';
	closedir(d);
	return n;
}

/* The new program: what it finds of the old process */
static int after(char **argv)
{
	pid_t oldpid = atoi(argv[2]), oldtid = atoi(argv[3]), ppid = atoi(argv[4]);
	pid_t gc = atoi(argv[5]);
	int st;

	say("  new program: same pid %d, tid is the pid %d, was a thread %d", getpid() == oldpid,
	    (pid_t)syscall(SYS_gettid) == getpid(), oldtid != oldpid);
	say("  same parent %d, threads in /proc/self/task %d", getppid() == ppid, ntasks());
	if (gc) {
		pid_t r = waitpid(gc, &st, 0);

		say("  the old program's child: reaped %d status %d", r == gc,
		    WIFEXITED(st) ? WEXITSTATUS(st) : -1);
	}
	return 7;
}

static void do_exec(void)
{
	char a[4][16];
	char *argv[] = { (char *)self, "after", a[0], a[1], a[2], a[3], NULL };

	snprintf(a[0], sizeof(a[0]), "%d", getpid());
	snprintf(a[1], sizeof(a[1]), "%ld", syscall(SYS_gettid));
	snprintf(a[2], sizeof(a[2]), "%d", getppid());
	snprintf(a[3], sizeof(a[3]), "%d", grandchild);
	execve(self, argv, NULL);
	say("execve: %d", errno);
	_exit(99);
}

static void *sleeper(void *arg)
{
	char c;

	if (arg == (void *)1)
		read(pipefd[0], &c, 1); /* nobody writes: killed in read */
	for (;;)
		pause();
	return NULL;
}

static void *execer(void *arg)
{
	usleep(30000);
	do_exec();
	return NULL;
}

/* In a fresh child: threads, then execve from @who (0 main, 1 a thread, 2 a thread after main exited) */
static void scenario(const char *what, int who)
{
	pthread_t t;
	pid_t pid;
	int st, i;

	say("%s", what);
	pid = fork();
	if (pid == 0) {
		if (pipe(pipefd))
			_exit(98);
		grandchild = fork();
		if (grandchild == 0) {
			usleep(100000);
			_exit(3);
		}
		for (i = 0; i < 3; i++)
			pthread_create(&t, NULL, sleeper, (void *)(long)i);
		if (who == 0) {
			usleep(30000);
			do_exec();
		}
		pthread_create(&t, NULL, execer, NULL);
		if (who == 2)
			pthread_exit(NULL);
		for (;;)
			pause();
	}
	i = waitpid(pid, &st, 0);
	say("  parent: wait4 gave the pid %d, exited %d status %d", i == pid, WIFEXITED(st),
	    WEXITSTATUS(st));
}

static void *late_exit(void *arg)
{
	usleep(100000);
	exit(4);
	return arg;
}

static void delayed_leader(void)
{
	pid_t pid = fork(), r1;
	pthread_t t;
	int st;

	if (pid == 0) {
		pthread_create(&t, NULL, late_exit, NULL);
		pthread_exit(NULL); /* the main thread ends first */
	}
	usleep(40000);
	r1 = waitpid(pid, &st, WNOHANG);
	say("main thread gone, another running: WNOHANG gives %d", r1);
	say("  kill(pid, 0) %d", kill(pid, 0));
	r1 = waitpid(pid, &st, 0);
	say("  then: reaped %d, status %d", r1 == pid, WEXITSTATUS(st));
}

int main(int argc, char **argv)
{
	self = argv[0];
	if (argc > 5 && !strcmp(argv[1], "after"))
		return after(argv);
	if (access("/proc/self", F_OK)) { /* Linux's initramfs has no /proc yet */
		mkdir("/proc", 0555);
		mount("proc", "/proc", "proc", 0, NULL);
	}
	scenario("a thread execs while three others sleep", 1);
	scenario("the main thread execs while three others sleep", 0);
	scenario("a thread execs after the main thread exited", 2);
	delayed_leader();
	return 0;
}
