/*
 * init.c - the test runner, started as pid 1 (init=/init).
 *
 * Runs each test program in turn (fork, execve, wait4), framing its
 * output with "== name" and "== name: status N" lines the harness cuts
 * the log on, then powers the machine off. The same program runs as
 * pid 1 on Linux for the expected files.
 */
#include "usertest.h"
#include <stdlib.h>
#include <sys/reboot.h>
#include <sys/wait.h>

static const char *const tests[] = {
	"/hello",     "/efault",   "/forkwait", "/memory",    "/fault",	    "/signals",
	"/ids",	      "/pgrp",	   "/ptime",	"/sigs2",     "/files",	    "/exec",
	"/oom",	      "/futex",	   "/mmapfile", "/procfs",    "/lookup",    "/tty",
	"/rtsig",     "/ptimers",  "/locks",	"/sigio",     "/proclocks", "/exectimers",
	"/cpuclocks", "/fuzzbugs", "/forkbomb", "/cputimers", "/mremap",    "/creds"
};

/* Programs added since: one a line, for merges */
/* clang-format off */
static const char *const more_tests[] = {
	"/robust",
	"/pshared",
	"/mtexec",
	"/reparent",
	"/cpusleep",
	"/madvise",
	"/pgtables",
	"/lru",
	"/dumpable",
	"/fpuswitch",
	"/waitid",
	"/preadv",
	"/mlock",
	"/capget",
	"/fadvise",
	"/mincore",
	"/procmem",
	"/eventfd",
	"/epoll",
	"/timerfd",
	"/signalfd",
	"/sysvmsg",
	"/sysvsem",
	"/sysvshm",
	"/unixsock",
	"/unixdgram",
	"/scmrights",
	"/sysfs",
	"/inotify",
	"/splice",
	"/xattr",
	"/clonefail",
	"/posixmq",
	"/oldcalls",
	"/ioprio",
	"/ldt",
	"/ptrace",
};
/* clang-format on */

static void run(const char *path)
{
	char *argv[] = { (char *)path, "one", "two", NULL };
	char *envp[] = { "LINNET=1", NULL };
	int status = -1;
	pid_t pid;

	say("== %s", path);
	pid = fork();
	if (pid == 0) {
		execve(path, argv, envp);
		say("execve %s: errno %d", path, errno);
		_exit(127);
	}
	if (pid < 0 || waitpid(pid, &status, 0) != pid)
		say("== %s: fork/wait failed errno %d", path, errno);
	else if (WIFSIGNALED(status))
		say("== %s: killed by signal %d", path, WTERMSIG(status));
	else
		say("== %s: exit %d", path, WEXITSTATUS(status));
}

int main(void)
{
	unsigned int i;

	say("== init: pid %d", getpid());
	for (i = 0; i < sizeof(tests) / sizeof(tests[0]); i++)
		run(tests[i]);
	for (i = 0; i < sizeof(more_tests) / sizeof(more_tests[0]); i++)
		run(more_tests[i]);
	say("== done");
	reboot(RB_POWER_OFF);
	return 0;
}
