/*
 * tty.c - the terminal through its system calls: termios on the console
 * (ttyS0), canonical and raw reads with VMIN/VTIME, the editing keys,
 * the ioctls' answers, and a controlling terminal's job control.
 *
 * There is nobody typing, so the input comes from TIOCSTI, which hands a
 * byte to the line discipline as if it had arrived on the line. Echo is
 * off except where a check wants it (the echo goes to the console, into
 * this output). The settings are put back before the program ends.
 */
#include "usertest.h"
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <termios.h>

static struct termios saved;
static volatile int sigs[32];

static void count(int sig)
{
	sigs[sig]++;
}

/* sti - type @s on fd 0's terminal */
static void sti(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		ioctl(0, TIOCSTI, s + i);
}

/* mode - fd 0 with ICANON as @canon, echo off, and VMIN/VTIME */
static void mode(int canon, int vmin, int vtime)
{
	struct termios t = saved;

	t.c_lflag &= ~(ICANON | ECHO | ECHOE | ECHOK | ECHONL);
	if (canon)
		t.c_lflag |= ICANON;
	t.c_cc[VMIN] = vmin;
	t.c_cc[VTIME] = vtime;
	tcsetattr(0, TCSANOW, &t);
}

/* got - read up to @n bytes from fd 0 and show them (C escapes for controls) */
static void got(const char *what, size_t n)
{
	char buf[8192], shown[64];
	long r = sys(SYS_read, 0, (long)buf, n, 0);
	int i, k = 0;

	for (i = 0; i < r && i < 20 && k < 56; i++)
		k += sprintf(shown + k, buf[i] == '\n' ? "\\n" : (buf[i] < ' ' ? "\\%o" : "%c"),
			     (unsigned char)buf[i]);
	shown[k] = 0;
	say("%s: %ld \"%s\"", what, r, r > 0 ? shown : "");
}

static void defaults(void)
{
	struct winsize ws;
	int i;

	say("isatty(0) %d", isatty(0));
	say("iflag %o oflag %o lflag %o", saved.c_iflag, saved.c_oflag, saved.c_lflag);
	say("cflag without speed %o", saved.c_cflag & ~CBAUD);
	for (i = 0; i < 17; i++)
		printf("%s%d", i ? " " : "c_cc ", saved.c_cc[i]);
	printf("\n");
	fflush(stdout);
	say("TIOCGWINSZ %ld", sys(SYS_ioctl, 0, TIOCGWINSZ, (long)&ws, 0));
	say("TIOCGPGRP, not my terminal %ld", sys(SYS_ioctl, 0, TIOCGPGRP, (long)&i, 0));
	i = getpgrp();
	say("TIOCSPGRP, not my terminal %ld", sys(SYS_ioctl, 0, TIOCSPGRP, (long)&i, 0));
	say("TCGETS bad pointer %ld", sys(SYS_ioctl, 0, TCGETS, 16, 0));
	say("TCSETS bad pointer %ld", sys(SYS_ioctl, 0, TCSETS, 16, 0));
	say("unknown ioctl %ld", sys(SYS_ioctl, 0, 0x54ff, 0, 0));
}

static void not_a_tty(void)
{
	struct termios t;
	int fd = open("/dev/null", O_RDWR), p[2];

	if (fd < 0) {
		mknod("/dev/null", S_IFCHR | 0666, makedev(1, 3));
		fd = open("/dev/null", O_RDWR);
	}
	errno = 0;
	say("isatty(/dev/null) %d errno %d", isatty(fd), errno);
	say("/dev/null TCGETS %ld", sys(SYS_ioctl, fd, TCGETS, (long)&t, 0));
	say("/dev/null tcsetattr %d errno %d", tcsetattr(fd, TCSANOW, &saved), errno);
	say("/dev/null TIOCGWINSZ %ld", sys(SYS_ioctl, fd, TIOCGWINSZ, (long)&t, 0));
	pipe(p);
	say("pipe TCGETS %ld", sys(SYS_ioctl, p[0], TCGETS, (long)&t, 0));
	say("bad fd TCGETS %ld", sys(SYS_ioctl, 99, TCGETS, (long)&t, 0));
	close(p[0]);
	close(p[1]);
	close(fd);
}

static void canonical(void)
{
	char line[5001];
	int n;

	mode(1, 1, 0);
	sti("hello\n", 6);
	got("line", 100);
	sti("abcdef\n", 7);
	got("first 3 of a line", 3);
	got("the rest", 100);
	sti("abx\177c\n", 6);
	got("VERASE", 100);
	sti("xyz\025ok\n", 7);
	got("VKILL", 100);
	sti("one two\027three\n", 14);
	got("VWERASE", 100);
	sti("ab\004", 3);
	got("VEOF after text", 100);
	sti("\004", 1);
	got("VEOF on an empty line", 100);
	sti("a\026\025b\n", 5);
	got("VLNEXT quotes ^U", 100);
	fcntl(0, F_SETFL, O_NONBLOCK);
	sti("partial", 7);
	got("O_NONBLOCK, no line yet", 100);
	ioctl(0, FIONREAD, &n);
	say("FIONREAD with a partial line %d", n);
	fcntl(0, F_SETFL, 0);
	tcflush(0, TCIFLUSH);
	ioctl(0, FIONREAD, &n);
	say("FIONREAD after TCIFLUSH %d", n);
	memset(line, 'x', 5000);
	line[5000] = '\n';
	sti(line, 5001);
	ioctl(0, FIONREAD, &n);
	say("a 5000-character line: FIONREAD %d", n);
	n = read(0, line, sizeof(line));
	say("its read %d, the last byte %d", n, n > 0 ? line[n - 1] : -1);
	tcflush(0, TCIFLUSH);
}

static void raw(void)
{
	struct timeval a, b;
	int n;

	mode(0, 0, 0);
	got("VMIN 0 VTIME 0, nothing", 100);
	mode(0, 0, 2);
	gettimeofday(&a, NULL);
	got("VMIN 0 VTIME 2, nothing", 100);
	gettimeofday(&b, NULL);
	n = (b.tv_sec - a.tv_sec) * 1000 + (b.tv_usec - a.tv_usec) / 1000;
	say("  waited at least 150 ms %d, under 1 s %d", n >= 150, n < 1000);
	mode(0, 2, 0);
	sti("xyz", 3);
	got("VMIN 2, three there", 100);
	mode(0, 1, 0);
	sti("q\n\r", 3);
	ioctl(0, FIONREAD, &n);
	say("raw FIONREAD %d", n);
	got("VMIN 1 (ICRNL still on)", 100);
	mode(0, 5, 1);
	sti("ab", 2);
	got("VMIN 5 VTIME 1, two then quiet", 100);
}

static void echo(void)
{
	struct termios t = saved;

	t.c_lflag |= ICANON | ECHO | ECHOCTL;
	tcsetattr(0, TCSANOW, &t);
	sti("e\001\n", 3);
	got("echoed line", 100);
}

/* ctty - a new session takes the console's tty as its controlling terminal */
static void ctty(void)
{
	struct winsize ws = { .ws_row = 24, .ws_col = 80 };
	int fd, i;
	long r;

	setsid();
	fd = open("/dev/ttyS0", O_RDWR);
	if (fd < 0 && errno == ENOENT) {
		mknod("/dev/ttyS0", S_IFCHR | 0600, makedev(4, 64));
		fd = open("/dev/ttyS0", O_RDWR);
	}
	say("session leader opens ttyS0: %d", fd >= 0);
	say("TIOCGPGRP is mine %d",
	    sys(SYS_ioctl, fd, TIOCGPGRP, (long)&i, 0) == 0 && i == getpid());
	say("TIOCGSID is mine %d", sys(SYS_ioctl, fd, TIOCGSID, (long)&i, 0) == 0 && i == getpid());
	say("TIOCSCTTY, already mine %ld", sys(SYS_ioctl, fd, TIOCSCTTY, 0, 0));
	i = 99999;
	say("TIOCSPGRP no such group %ld", sys(SYS_ioctl, fd, TIOCSPGRP, (long)&i, 0));
	i = -1;
	say("TIOCSPGRP negative %ld", sys(SYS_ioctl, fd, TIOCSPGRP, (long)&i, 0));
	i = 1;
	say("TIOCSPGRP another session's group %ld", sys(SYS_ioctl, fd, TIOCSPGRP, (long)&i, 0));
	i = getpid();
	say("TIOCSPGRP my group %ld", sys(SYS_ioctl, fd, TIOCSPGRP, (long)&i, 0));
	signal(SIGINT, count);
	signal(SIGQUIT, count);
	signal(SIGTSTP, count);
	signal(SIGWINCH, count);
	signal(SIGHUP, count);
	signal(SIGCONT, count);
	mode(1, 1, 0);
	sti("\003\034\032", 3);
	say("^C ^\\ ^Z: SIGINT %d SIGQUIT %d SIGTSTP %d", sigs[SIGINT], sigs[SIGQUIT],
	    sigs[SIGTSTP]);
	ioctl(fd, TIOCSWINSZ, &ws);
	say("TIOCSWINSZ: SIGWINCH %d", sigs[SIGWINCH]);
	memset(&ws, 0, sizeof(ws));
	ioctl(fd, TIOCGWINSZ, &ws);
	say("TIOCGWINSZ %d %d", ws.ws_row, ws.ws_col);
	memset(&ws, 0, sizeof(ws));
	ioctl(fd, TIOCSWINSZ, &ws);
	r = sys(SYS_ioctl, fd, TIOCNOTTY, 0, 0);
	say("TIOCNOTTY %ld: SIGHUP %d SIGCONT %d", r, sigs[SIGHUP], sigs[SIGCONT]);
	say("TIOCGPGRP after TIOCNOTTY %ld", sys(SYS_ioctl, fd, TIOCGPGRP, (long)&i, 0));
	tcsetattr(0, TCSANOW, &saved);
	exit(0);
}

int main(void)
{
	int st;

	if (tcgetattr(0, &saved)) {
		say("tcgetattr: errno %d", errno);
		return 1;
	}
	defaults();
	not_a_tty();
	canonical();
	raw();
	echo();
	tcsetattr(0, TCSANOW, &saved);
	if (fork() == 0)
		ctty();
	wait(&st);
	tcsetattr(0, TCSANOW, &saved);
	say("child's status %d", st);
	return 0;
}
