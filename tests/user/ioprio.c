/*
 * ioprio.c - ioprio_set/ioprio_get and unshare.
 *
 * I/O priorities: the default a task that set none reports, setting and
 * reading back each class, what a child inherits, a process group and a
 * user taken as a whole (the best priority), and the checks: the class
 * and level, RT's CAP_SYS_ADMIN, another user's task, who nobody is.
 *
 * unshare: a private descriptor table (a descriptor closed afterwards
 * stays open in the task it was shared with), a private cwd, the flags
 * it refuses, and the namespace flags (Linnet has none; 2.6.32 has the
 * mount namespace, Linux 6.1 all of them).
 */
#define _GNU_SOURCE
#include "usertest.h"
#include <sched.h>
#include <sys/stat.h>
#include <sys/ipc.h>
#include <sys/sem.h>

#define CLASS_SHIFT 13
#define PRIO(class, data) (((class) << CLASS_SHIFT) | (data))
#define WHO_PROCESS 1
#define WHO_PGRP 2
#define WHO_USER 3

static long get(int which, int who)
{
	return sys(SYS_ioprio_get, which, who, 0, 0);
}

static long set(int which, int who, int prio)
{
	return sys(SYS_ioprio_set, which, who, prio, 0);
}

static void show(const char *what, long v)
{
	if (v < 0)
		say("%s: %ld", what, v);
	else
		say("%s: class %ld level %ld", what, v >> CLASS_SHIFT,
		    v & ((1 << CLASS_SHIFT) - 1));
}

static void inherit_child(void *arg)
{
	show((const char *)arg, get(WHO_PROCESS, 0));
}

static void unprivileged(void *arg)
{
	pid_t parent = *(pid_t *)arg;

	setuid(65534);
	say("unprivileged: set RT %ld", set(WHO_PROCESS, 0, PRIO(1, 0)));
	say("unprivileged: set own BE 7 %ld", set(WHO_PROCESS, 0, PRIO(2, 7)));
	say("unprivileged: set root's process %ld", set(WHO_PROCESS, parent, PRIO(2, 7)));
	show("unprivileged: get root's process", get(WHO_PROCESS, parent));
}

/* A process group of two: this child leads it, its own child is BE 1, itself IDLE */
static void group(void *arg)
{
	int status;
	pid_t pid;

	(void)arg;
	setpgid(0, 0);
	set(WHO_PROCESS, 0, PRIO(3, 0));
	pid = fork();
	if (pid == 0) {
		set(WHO_PROCESS, 0, PRIO(2, 1));
		pause();
		_exit(0);
	}
	usleep(100000);
	show("group: best of IDLE and BE 1", get(WHO_PGRP, 0));
	show("group: by its id", get(WHO_PGRP, getpgrp()));
	say("group: set all RT 3 %ld", set(WHO_PGRP, 0, PRIO(1, 3)));
	show("group: the child after", get(WHO_PROCESS, pid));
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
}

static void ioprio(void)
{
	pid_t me = getpid();
	char *classes[] = { "NONE", "RT", "BE", "IDLE" };
	char what[64];
	int c;

	show("default", get(WHO_PROCESS, 0));
	show("default by pid", get(WHO_PROCESS, me));
	for (c = 0; c < 4; c++) {
		long r = set(WHO_PROCESS, 0, PRIO(c, c == 0 ? 0 : c + 2));

		snprintf(what, sizeof(what), "set %s: %ld, get", classes[c], r);
		show(what, get(WHO_PROCESS, 0));
	}
	say("set BE 8: %ld", set(WHO_PROCESS, 0, PRIO(2, 8)));
	say("set RT 8: %ld", set(WHO_PROCESS, 0, PRIO(1, 8)));
	say("set NONE 1: %ld", set(WHO_PROCESS, 0, PRIO(0, 1)));
	say("set IDLE 100: %ld", set(WHO_PROCESS, 0, PRIO(3, 100)));
	say("set class 4: %ld", set(WHO_PROCESS, 0, PRIO(4, 0)));
	say("set bad which: %ld, get bad which: %ld", set(0, 0, PRIO(2, 0)), get(4, 0));
	say("set no such pid: %ld, get: %ld", set(WHO_PROCESS, 99999, PRIO(2, 0)),
	    get(WHO_PROCESS, 99999));
	say("get negative pid: %ld", get(WHO_PROCESS, -1));
	say("set no such group: %ld, get: %ld", set(WHO_PGRP, 99999, PRIO(2, 0)),
	    get(WHO_PGRP, 99999));
	say("get no such user: %ld", get(WHO_USER, 4242));

	set(WHO_PROCESS, 0, PRIO(0, 0));
	run_in_child("child after NONE 0", inherit_child, "child after NONE 0");
	set(WHO_PROCESS, 0, PRIO(2, 5));
	run_in_child("child after BE 5", inherit_child, "child after BE 5");
	show("user root's best", get(WHO_USER, 0));
	run_in_child("unprivileged", unprivileged, &me);
	run_in_child("group", group, NULL);
	set(WHO_PROCESS, 0, PRIO(2, 4));
}

static int unshare_files_child(void *arg)
{
	int fd = *(int *)arg;

	/* CLONE_FILES shared the table: unshare, then close: the parent keeps it */
	say("unshare CLONE_FILES: %ld", sys(SYS_unshare, CLONE_FILES, 0, 0, 0));
	say("unshare: close in the copy %d", close(fd));
	_exit(0);
}

static int unshare_fs_child(void *arg)
{
	(void)arg;
	say("unshare CLONE_FS: %ld", sys(SYS_unshare, CLONE_FS, 0, 0, 0));
	say("unshare: chdir in the copy %d", chdir("/dev") == 0);
	_exit(0);
}

static void unprivileged_ns(void *arg)
{
	(void)arg;
	setuid(65534);
	say("unshare CLONE_NEWNS unprivileged: %ld", sys(SYS_unshare, CLONE_NEWNS, 0, 0, 0));
}

static int sleeper(void *arg)
{
	(void)arg;
	pause();
	return 0;
}

static void multithreaded(void *arg)
{
	static char stack[16384];
	long r;

	(void)arg;
	r = clone(sleeper, stack + sizeof(stack),
		  CLONE_VM | CLONE_SIGHAND | CLONE_THREAD | CLONE_FS | CLONE_FILES, NULL);
	say("threads: clone %d", r > 0);
	say("threads: unshare CLONE_FILES %ld", sys(SYS_unshare, CLONE_FILES, 0, 0, 0));
	say("threads: unshare CLONE_VM %ld", sys(SYS_unshare, CLONE_VM, 0, 0, 0));
	say("threads: unshare CLONE_SIGHAND %ld", sys(SYS_unshare, CLONE_SIGHAND, 0, 0, 0));
	say("threads: unshare CLONE_SYSVSEM %ld", sys(SYS_unshare, CLONE_SYSVSEM, 0, 0, 0));
	syscall(SYS_exit_group, 0);
}

/* unshare(CLONE_SYSVSEM) leaves the undo list as exit does: the SEM_UNDO adjustment is applied */
static void unshare_sysvsem(void)
{
	int id = semget(IPC_PRIVATE, 1, 0600);
	struct sembuf up = { .sem_num = 0, .sem_op = 1, .sem_flg = SEM_UNDO };

	semop(id, &up, 1);
	say("sysvsem: after semop +1 with SEM_UNDO %d", semctl(id, 0, GETVAL));
	say("unshare CLONE_SYSVSEM: %ld", sys(SYS_unshare, CLONE_SYSVSEM, 0, 0, 0));
	say("sysvsem: after unshare, undone %d", semctl(id, 0, GETVAL));
	semctl(id, 0, IPC_RMID);
}

static void unshare_(void)
{
	static char stack[16384];
	char cwd[64];
	int fd = open("/", O_RDONLY), status;
	pid_t pid;

	say("unshare 0: %ld", sys(SYS_unshare, 0, 0, 0, 0));
	say("unshare CLONE_FILES|CLONE_FS|CLONE_SYSVSEM alone: %ld",
	    sys(SYS_unshare, CLONE_FILES | CLONE_FS | CLONE_SYSVSEM, 0, 0, 0));
	say("unshare CLONE_VM|CLONE_SIGHAND single-threaded: %ld",
	    sys(SYS_unshare, CLONE_VM | CLONE_SIGHAND, 0, 0, 0));
	say("unshare CLONE_THREAD single-threaded: %ld", sys(SYS_unshare, CLONE_THREAD, 0, 0, 0));
	say("unshare CLONE_PARENT_SETTID: %ld", sys(SYS_unshare, CLONE_PARENT_SETTID, 0, 0, 0));
	say("unshare CLONE_NEWNS: %ld", sys(SYS_unshare, CLONE_NEWNS, 0, 0, 0));
	run_in_child("unshare unprivileged", unprivileged_ns, NULL);

	pid = clone(unshare_files_child, stack + sizeof(stack), CLONE_FILES | SIGCHLD, &fd);
	waitpid(pid, &status, 0);
	say("unshare: still open in the parent %d", fcntl(fd, F_GETFD) >= 0);
	pid = clone(unshare_fs_child, stack + sizeof(stack), CLONE_FS | SIGCHLD, NULL);
	waitpid(pid, &status, 0);
	say("unshare: the parent's cwd %s", getcwd(cwd, sizeof(cwd)));
	run_in_child("threads", multithreaded, NULL);
	unshare_sysvsem();
	close(fd);
}

int main(void)
{
	ioprio();
	unshare_();
	return 0;
}
