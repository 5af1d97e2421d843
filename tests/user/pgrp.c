/*
 * pgrp.c - process groups and sessions: setsid, setpgid, getpgid, getpgrp,
 * getsid with 2.6.32's errors, and kill() of a process group.
 */
#include "usertest.h"
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>

static volatile int got;

static void handler(int sig)
{
	got = sig;
}

int main(int argc, char **argv)
{
	pid_t me = getpid(), child;
	int st;

	if (argc > 1 && !strcmp(argv[1], "quiet")) {
		usleep(500000);
		return 0;
	}
	say("init's session and group inherited: sid %d pgid %d", getsid(0) == getsid(1),
	    getpgid(0) == getpgid(1));
	say("getpgid(me)==getpgrp %d",
	    sys(SYS_getpgid, me, 0, 0, 0) == sys(SYS_getpgrp, 0, 0, 0, 0));
	say("getpgid no such %ld getsid no such %ld", sys(SYS_getpgid, 99999, 0, 0, 0),
	    sys(SYS_getsid, 99999, 0, 0, 0));
	say("getpgid negative %ld", sys(SYS_getpgid, -5, 0, 0, 0));
	say("setsid is me %d", sys(SYS_setsid, 0, 0, 0, 0) == me);
	say("after setsid: sid==me %d pgid==me %d", getsid(0) == me, getpgrp() == me);
	say("setsid again (leader) %ld", sys(SYS_setsid, 0, 0, 0, 0));
	say("setpgid leader %ld", sys(SYS_setpgid, 0, 0, 0, 0));
	say("setpgid negative %ld", sys(SYS_setpgid, 0, -1, 0, 0));
	say("setpgid no such %ld", sys(SYS_setpgid, 99999, 0, 0, 0));
	say("setpgid of init (not my child) %ld", sys(SYS_setpgid, 1, 1, 0, 0));

	signal(SIGUSR1, handler); /* before fork: no window where it kills the child */
	child = fork();
	if (child == 0) {
		while (!got)
			pause();
		say("child got %d from kill(-pgrp)", got);
		say("child pgid is own %d", getpgrp() == getpid());
		_exit(0);
	}
	say("child starts in my group %d", sys(SYS_getpgid, child, 0, 0, 0) == me);
	say("setpgid child into no group %ld", sys(SYS_setpgid, child, 12345, 0, 0));
	say("setpgid child own %ld", sys(SYS_setpgid, child, 0, 0, 0));
	say("child's pgid %d", sys(SYS_getpgid, child, 0, 0, 0) == child);
	say("setpgid child back to mine %ld", sys(SYS_setpgid, child, me, 0, 0));
	say("setpgid child own again %ld", sys(SYS_setpgid, child, child, 0, 0));
	say("child in my session %d", sys(SYS_getsid, child, 0, 0, 0) == me);
	say("kill(-childpgrp) %ld", sys(SYS_kill, -child, SIGUSR1, 0, 0));
	waitpid(child, &st, 0);
	say("child exit %d", WEXITSTATUS(st));
	say("kill(-pgrp gone) %ld", sys(SYS_kill, -child, 0, 0, 0));

	/* A child that has exec'd cannot be moved: EACCES */
	child = fork();
	if (child == 0) {
		char *argv[] = { "/pgrp", "quiet", NULL };

		execve("/pgrp", argv, NULL); /* runs and exits without a word */
		_exit(1);
	}
	usleep(200000);
	say("setpgid exec'd child %ld", sys(SYS_setpgid, child, 0, 0, 0));
	waitpid(child, &st, 0);

	/* A child in a new session: EPERM to move it */
	child = fork();
	if (child == 0) {
		setsid();
		pause(); /* until the SIGKILL below */
		_exit(0);
	}
	for (st = 0; st < 2000 && sys(SYS_getsid, child, 0, 0, 0) != child; st++)
		usleep(1000); /* until the child's setsid() */
	say("setpgid child in another session %ld", sys(SYS_setpgid, child, me, 0, 0));
	say("getsid of child is its pid %d", sys(SYS_getsid, child, 0, 0, 0) == child);
	kill(child, SIGKILL);
	waitpid(child, &st, 0);

	/* kill(0, sig): my own group */
	signal(SIGUSR2, handler);
	got = 0;
	st = sys(SYS_kill, 0, SIGUSR2, 0, 0);
	say("kill(0, SIGUSR2) %d got %d", st, got);
	say("kill(-1, 0) %ld", sys(SYS_kill, -1, 0, 0, 0));
	say("kill(INT_MIN) %ld", sys(SYS_kill, -2147483647 - 1, SIGUSR2, 0, 0));
	return 0;
}
