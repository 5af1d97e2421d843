/*
 * clonefail.c - a clone of a thread refused late leaves its group as it
 * was.
 *
 * clone(CLONE_THREAD | CLONE_SETTLS) with an unreadable struct user_desc
 * fails with EFAULT after the new task has been half made. The group
 * must not count a thread that never ran: when its last real thread
 * exits, the group is dead and do_exit() cancels its ITIMER_REAL
 * hrtimer. /proc/timer_list, which lists every queued hrtimer by its
 * function, shows whether an it_real_fn timer outlived the process (in
 * its freed signal_struct). The same without the failed clone first.
 */
#define _GNU_SOURCE
#include "usertest.h"
#include <sched.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>

static char timer_list[256 * 1024];

/* How many it_real_fn hrtimers /proc/timer_list shows queued, or -errno */
static int real_timers_queued(void)
{
	int fd = open("/proc/timer_list", O_RDONLY), n, total = 0, count = 0;
	char *p;

	if (fd < 0)
		return -errno;
	while (total < (int)sizeof(timer_list) - 1 &&
	       (n = read(fd, timer_list + total, sizeof(timer_list) - 1 - total)) > 0)
		total += n;
	close(fd);
	timer_list[total] = '\0';
	for (p = timer_list; (p = strstr(p, ", it_real_fn,")) != NULL; p++)
		count++;
	return count;
}

/* A thread clone whose TLS descriptor cannot be read: NULL */
static long failed_thread_clone(void)
{
	static char stack[4096];
	long flags = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD |
		     CLONE_SYSVSEM | CLONE_SETTLS;
	long r = syscall(SYS_clone, flags, stack + sizeof(stack), NULL, NULL, NULL);

	return r == -1 ? -errno : r;
}

/* A child arms a 100 s ITIMER_REAL and exits; then count what is left */
static void arm_and_exit(int fail_a_clone)
{
	struct itimerval it = { { 0, 0 }, { 100, 0 } };
	int status, before = real_timers_queued();
	pid_t pid = fork();

	if (pid == 0) {
		if (fail_a_clone)
			say("  clone of a thread with an unreadable TLS: %ld",
			    failed_thread_clone());
		setitimer(ITIMER_REAL, &it, NULL);
		say("  armed: one more it_real_fn queued: %s",
		    real_timers_queued() == before + 1 ? "yes" : "no");
		_exit(0);
	}
	waitpid(pid, &status, 0);
	say("  exited with status %d; it_real_fn queued as before it ran: %s", WEXITSTATUS(status),
	    real_timers_queued() == before ? "yes" : "no");
}

int main(void)
{
	mkdir("/proc", 0555);
	mount("proc", "/proc", "proc", 0, NULL); /* Linux's initramfs has no /proc yet */
	say("a process arms ITIMER_REAL and exits:");
	arm_and_exit(0);
	say("the same after a thread clone that failed:");
	arm_and_exit(1);
	return 0;
}
