/*
 * sigio.c - asynchronous I/O notification: F_SETOWN/F_GETOWN (a process,
 * a process group, F_SETOWN_EX's thread), F_SETSIG/F_GETSIG, O_ASYNC by
 * F_SETFL and by FIOASYNC, and the signals the drivers send: a pipe's
 * read end on each write and at the writer's close (POLL_IN), its write
 * end when a read makes room (POLL_OUT), a FIFO open for both, the
 * console's line discipline when a line (or, raw, a byte) arrives. Plain
 * SIGIO says SI_KERNEL; an F_SETSIG signal carries si_code, si_band and
 * si_fd, queues when real-time, and falls back on SIGIO when its queue
 * is full. The owner must be someone its setter could signal; the last
 * close takes the file off the list; and the bad inputs.
 */
#define _GNU_SOURCE
#include "usertest.h"
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>

#define KPTR 0xc0001000L
#define FIFO_NAME "/sigio.fifo"

static int rt; /* the F_SETSIG signal: SIGRTMIN + 1 */
static sigset_t watched;

/* Take one watched signal now, or say there is none (-11, EAGAIN) */
static int take(siginfo_t *si)
{
	struct timespec zero = { 0, 0 };

	memset(si, 0, sizeof(*si));
	return sys(SYS_rt_sigtimedwait, (long)&watched, (long)si, (long)&zero, 8);
}

/* Show the signal taken: which, and its siginfo as the kind calls for */
static void show(const char *what)
{
	siginfo_t si;
	int sig = take(&si);

	if (sig < 0)
		say("%s: none (%d)", what, sig);
	else if (si.si_code == SI_KERNEL)
		say("%s: %s code SI_KERNEL pid %d", what, sig == SIGIO ? "SIGIO" : "other",
		    si.si_pid);
	else
		say("%s: %s code %d band %#lx fd %d", what,
		    sig == SIGIO ? "SIGIO" :
		    sig == rt	 ? "RT" :
				   "other",
		    si.si_code, (unsigned long)si.si_band, si.si_fd);
}

/* Count the watched signals still pending */
static void drain(const char *what)
{
	siginfo_t si;
	int n = 0;

	while (take(&si) > 0)
		n++;
	say("%s: %d more", what, n);
}

static long fcntl_raw(int fd, int cmd, long arg)
{
	return sys(SYS_fcntl64, fd, cmd, arg, 0);
}

static void owner_and_flags(void)
{
	struct f_owner_ex ex;
	long r, r2, r3;
	int p[2], fl;

	pipe(p);
	r = fcntl_raw(p[0], F_GETOWN, 0);
	r2 = fcntl_raw(p[0], F_GETSIG, 0);
	say("new pipe: F_GETOWN %ld F_GETSIG %ld O_ASYNC %d", r, r2,
	    !!(fcntl(p[0], F_GETFL) & O_ASYNC));
	r = fcntl_raw(p[0], F_SETOWN, getpid());
	r2 = fcntl(p[0], F_GETOWN) == getpid();
	say("F_SETOWN me %ld, F_GETOWN is me %ld, raw %d", r, r2,
	    fcntl_raw(p[0], F_GETOWN, 0) == getpid());
	memset(&ex, 0, sizeof(ex));
	r = fcntl_raw(p[0], F_GETOWN_EX, (long)&ex);
	say("F_GETOWN_EX %ld type %d is me %d", r, ex.type, ex.pid == getpid());
	say("setpgid own %ld", sys(SYS_setpgid, 0, 0, 0, 0));
	r = fcntl_raw(p[0], F_SETOWN, -getpgrp());
	say("F_SETOWN my group %ld, F_GETOWN is -pgrp %d", r, fcntl(p[0], F_GETOWN) == -getpgrp());
	memset(&ex, 0, sizeof(ex));
	r = fcntl_raw(p[0], F_GETOWN_EX, (long)&ex);
	say("F_GETOWN_EX %ld type %d is pgrp %d", r, ex.type, ex.pid == getpgrp());
	ex.type = F_OWNER_TID;
	ex.pid = gettid();
	say("F_SETOWN_EX tid %ld", fcntl_raw(p[0], F_SETOWN_EX, (long)&ex));
	memset(&ex, 0, sizeof(ex));
	r = fcntl_raw(p[0], F_GETOWN_EX, (long)&ex);
	say("F_GETOWN_EX %ld type %d is me %d", r, ex.type, ex.pid == gettid());
	ex.type = 3;
	say("F_SETOWN_EX type 3 %ld", fcntl_raw(p[0], F_SETOWN_EX, (long)&ex));
	ex.type = F_OWNER_PID;
	ex.pid = 99999;
	say("F_SETOWN_EX nobody %ld", fcntl_raw(p[0], F_SETOWN_EX, (long)&ex));
	r = fcntl_raw(p[0], F_SETOWN_EX, 16);
	say("F_SETOWN_EX bad pointer %ld, kernel pointer %ld", r,
	    fcntl_raw(p[0], F_SETOWN_EX, KPTR));
	say("F_GETOWN_EX bad pointer %ld", fcntl_raw(p[0], F_GETOWN_EX, 16));
	r = fcntl_raw(p[0], F_SETOWN, 0);
	say("F_SETOWN 0 %ld, F_GETOWN %ld", r, fcntl_raw(p[0], F_GETOWN, 0));
	r = fcntl_raw(p[0], F_SETOWN, 99999);
	say("F_SETOWN nobody %ld, F_GETOWN %ld", r, fcntl_raw(p[0], F_GETOWN, 0));
	r = fcntl_raw(p[0], F_SETSIG, 65);
	r2 = fcntl_raw(p[0], F_SETSIG, -1);
	r3 = fcntl_raw(p[0], F_SETSIG, 64);
	say("F_SETSIG 65 %ld, -1 %ld, 64 %ld, F_GETSIG %ld", r, r2, r3,
	    fcntl_raw(p[0], F_GETSIG, 0));
	r = fcntl_raw(p[0], F_SETSIG, 0);
	say("F_SETSIG 0 %ld, F_GETSIG %ld", r, fcntl_raw(p[0], F_GETSIG, 0));
	fl = fcntl(p[0], F_GETFL);
	r = fcntl(p[0], F_SETFL, fl | O_ASYNC);
	say("F_SETFL O_ASYNC %ld, O_ASYNC now %d", r, !!(fcntl(p[0], F_GETFL) & O_ASYNC));
	r = fcntl(p[0], F_SETFL, fl);
	say("F_SETFL without %ld, O_ASYNC now %d", r, !!(fcntl(p[0], F_GETFL) & O_ASYNC));
	fl = 1;
	r = sys(SYS_ioctl, p[0], FIOASYNC, (long)&fl, 0);
	say("FIOASYNC 1 %ld, O_ASYNC now %d", r, !!(fcntl(p[0], F_GETFL) & O_ASYNC));
	fl = 0;
	r = sys(SYS_ioctl, p[0], FIOASYNC, (long)&fl, 0);
	say("FIOASYNC 0 %ld, O_ASYNC now %d", r, !!(fcntl(p[0], F_GETFL) & O_ASYNC));
	say("FIOASYNC bad pointer %ld", sys(SYS_ioctl, p[0], FIOASYNC, 16, 0));
	r = fcntl_raw(99, F_SETOWN, getpid());
	say("F_SETOWN bad fd %ld, F_SETSIG bad fd %ld", r, fcntl_raw(99, F_SETSIG, 0));
	close(p[0]);
	close(p[1]);
}

/* A regular file has no ->fasync: F_SETFL's O_ASYNC is dropped, FIOASYNC -ENOTTY */
static void regular_file(void)
{
	int fd = open("/sigio.file", O_RDWR | O_CREAT | O_TRUNC, 0600), on = 1;
	int r = fcntl(fd, F_SETFL, O_ASYNC);

	say("file: F_SETFL O_ASYNC %d, O_ASYNC now %d", r, !!(fcntl(fd, F_GETFL) & O_ASYNC));
	say("file: FIOASYNC %ld", sys(SYS_ioctl, fd, FIOASYNC, (long)&on, 0));
	close(fd);
	unlink("/sigio.file");
}

static void async(int fd, int sig)
{
	fcntl(fd, F_SETOWN, getpid());
	fcntl(fd, F_SETSIG, sig);
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_ASYNC);
}

static void pipe_signals(void)
{
	char buf[64];
	int p[2];

	pipe(p);
	async(p[0], 0);
	write(p[1], "a", 1);
	show("write, plain SIGIO");
	write(p[1], "b", 1);
	write(p[1], "c", 1);
	show("two writes, SIGIO coalesces");
	show("then");
	fcntl(p[0], F_SETSIG, SIGIO);
	write(p[1], "d", 1);
	show("F_SETSIG SIGIO: write");
	fcntl(p[0], F_SETSIG, rt);
	write(p[1], "e", 1);
	write(p[1], "f", 1);
	write(p[1], "g", 1);
	show("F_SETSIG rt: write 1");
	show("write 2");
	show("write 3");
	show("then");
	say("read %ld", read(p[0], buf, sizeof(buf)));
	show("read, read end has no POLL_OUT");
	async(p[1], rt);
	write(p[1], "hello", 5);
	show("write end async: write");
	say("read %ld", read(p[0], buf, sizeof(buf)));
	show("read emptied the pipe");
	show("then");
	fcntl(p[0], F_SETFL, fcntl(p[0], F_GETFL) & ~O_ASYNC);
	write(p[1], "x", 1);
	show("read end O_ASYNC off: write");
	read(p[0], buf, sizeof(buf));
	show("read");
	fcntl(p[0], F_SETFL, fcntl(p[0], F_GETFL) | O_ASYNC);
	close(p[1]);
	show("writer closed");
	show("then");
	say("read at EOF %ld", read(p[0], buf, sizeof(buf)));
	show("then");
	close(p[0]);
}

/* A FIFO open for both reading and writing is on both lists; the last close takes it off */
static void fifo_signals(void)
{
	char buf[16];
	int a, b;

	unlink(FIFO_NAME);
	say("mkfifo %d", mkfifo(FIFO_NAME, 0600));
	a = open(FIFO_NAME, O_RDWR);
	b = open(FIFO_NAME, O_RDWR);
	async(a, rt);
	write(b, "ab", 2);
	show("fifo: write");
	say("fifo: read %ld", read(b, buf, sizeof(buf)));
	show("fifo: read");
	show("then");
	close(a);
	write(b, "c", 1);
	show("fifo: async file closed, write");
	read(b, buf, sizeof(buf));
	drain("fifo: read");
	close(b);
	unlink(FIFO_NAME);
}

/* The owner's process group: every member gets it */
static void group_owner(void)
{
	int p[2], sync[2], status;
	char c;
	pid_t child;

	pipe(p);
	pipe(sync);
	child = fork();
	if (child == 0) {
		struct timespec two = { 2, 0 };
		siginfo_t si;
		int sig;

		write(sync[1], "r", 1);
		sig = sys(SYS_rt_sigtimedwait, (long)&watched, (long)&si, (long)&two, 8);
		say("group: child got %s code %d fd ok %d", sig == rt ? "RT" : "nothing",
		    si.si_code, si.si_fd == p[0]);
		_exit(0);
	}
	read(sync[0], &c, 1);
	fcntl(p[0], F_SETOWN, -getpgrp());
	fcntl(p[0], F_SETSIG, rt);
	fcntl(p[0], F_SETFL, fcntl(p[0], F_GETFL) | O_ASYNC);
	write(p[1], "g", 1);
	waitpid(child, &status, 0);
	show("group: parent");
	close(p[0]);
	close(p[1]);
	close(sync[0]);
	close(sync[1]);
}

/* An owner set by a user who could not signal the owner gets nothing */
static void permission(void)
{
	int p[2], status;
	pid_t child, parent = getpid();

	pipe(p);
	child = fork();
	if (child == 0) {
		say("perm: child setuid 1000 %ld", sys(SYS_setuid32, 1000, 0, 0, 0));
		say("perm: child F_SETOWN parent %d", fcntl(p[0], F_SETOWN, parent));
		fcntl(p[0], F_SETSIG, rt);
		fcntl(p[0], F_SETFL, fcntl(p[0], F_GETFL) | O_ASYNC);
		write(p[1], "u", 1);
		_exit(0);
	}
	waitpid(child, &status, 0);
	say("perm: owner is parent %d", fcntl(p[0], F_GETOWN) == parent);
	show("perm: parent after the write");
	async(p[0], rt);
	write(p[1], "v", 1);
	show("perm: set again by root, write");
	close(p[0]);
	close(p[1]);
}

/* Past RLIMIT_SIGPENDING the real-time signal falls back on plain SIGIO */
static void overflow(void)
{
	struct rlimit old, rl = { 2, 2 };
	int p[2], i, rts = 0, sigio = 0, sig;
	siginfo_t si;

	/* the raw calls: glibc's setrlimit is prlimit64 (2.6.36) */
	sys(SYS_ugetrlimit, RLIMIT_SIGPENDING, (long)&old, 0, 0);
	pipe(p);
	async(p[0], rt);
	sys(SYS_setrlimit, RLIMIT_SIGPENDING, (long)&rl, 0, 0);
	for (i = 0; i < 4; i++)
		write(p[1], "o", 1);
	while ((sig = take(&si)) > 0) {
		if (sig == rt)
			rts++;
		else if (sig == SIGIO && si.si_code == SI_KERNEL)
			sigio++;
	}
	sys(SYS_setrlimit, RLIMIT_SIGPENDING, (long)&old, 0, 0);
	say("overflow: limit 2, 4 writes: %d rt, %d plain SIGIO", rts, sigio);
	close(p[0]);
	close(p[1]);
}

/* The console: SIGIO when a line is typed (canonical), or a byte (raw) */
static void tty_signals(void)
{
	struct termios saved, t;
	char buf[32];
	int fl = fcntl(0, F_GETFL);

	if (tcgetattr(0, &saved)) {
		say("tty: no terminal");
		return;
	}
	t = saved;
	t.c_lflag &= ~(ECHO | ECHOE | ECHOK | ECHONL);
	t.c_lflag |= ICANON;
	tcsetattr(0, TCSANOW, &t);
	fcntl(0, F_SETOWN, 0);
	say("tty: F_SETFL O_ASYNC %d", fcntl(0, F_SETFL, fl | O_ASYNC));
	say("tty: owner is me %d", fcntl(0, F_GETOWN) == getpid());
	fcntl(0, F_SETSIG, rt);
	ioctl(0, TIOCSTI, "a");
	ioctl(0, TIOCSTI, "b");
	show("tty: canonical, two bytes");
	ioctl(0, TIOCSTI, "\n");
	show("tty: newline");
	say("tty: read %ld", read(0, buf, sizeof(buf)));
	t.c_lflag &= ~ICANON;
	t.c_cc[VMIN] = 1;
	t.c_cc[VTIME] = 0;
	tcsetattr(0, TCSANOW, &t);
	ioctl(0, TIOCSTI, "x");
	show("tty: raw, a byte");
	ioctl(0, TIOCSTI, "y");
	show("tty: another");
	say("tty: read %ld", read(0, buf, sizeof(buf)));
	fcntl(0, F_SETFL, fl);
	fcntl(0, F_SETSIG, 0);
	ioctl(0, TIOCSTI, "z");
	show("tty: O_ASYNC off, a byte");
	read(0, buf, sizeof(buf));
	tcsetattr(0, TCSAFLUSH, &saved);
}

int main(void)
{
	rt = SIGRTMIN + 1;
	sigemptyset(&watched);
	sigaddset(&watched, SIGIO);
	sigaddset(&watched, rt);
	sigprocmask(SIG_BLOCK, &watched, NULL);
	owner_and_flags();
	regular_file();
	pipe_signals();
	fifo_signals();
	group_owner();
	permission();
	overflow();
	tty_signals();
	return 0;
}
