/*
 * proclocks.c - /proc/locks: every lock held, newest first, numbered,
 * in Linux's format ("1: POSIX  ADVISORY  WRITE 812 00:0c:1546 0 99"),
 * POSIX record locks and flock locks, the requests waiting on a lock
 * listed under it with "->", and the list empty again once the locks
 * are gone. The pids are printed as who they are (parent, child1...)
 * and the file's "MAJOR:MINOR:INODE" as FILE after it was checked
 * against stat(2)'s st_dev and st_ino, so the lines compare with Linux's.
 */
#include "usertest.h"
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/file.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <time.h>

#define FILE_NAME "/proclocktest"

static char file_id[64];
static pid_t who_pid[3];
static const char *const who_name[3] = { "parent", "child1", "child2" };

/* Replace the token @from (a whole word) in @line by @to */
static void replace_word(char *line, const char *from, const char *to)
{
	size_t n = strlen(from);
	char *p = line, tmp[256];

	while ((p = strstr(p, from))) {
		if ((p == line || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0')) {
			snprintf(tmp, sizeof(tmp), "%s%s", to, p + n);
			strcpy(p, tmp);
			return;
		}
		p += n;
	}
}

/* Print /proc/locks with pids and the file named; return the count of "->" lines */
static int show_locks(const char *what)
{
	char buf[4096], *line, *save;
	int fd = open("/proc/locks", O_RDONLY), n, lines = 0, waiters = 0;

	if (fd < 0) {
		say("%s: open /proc/locks errno %d", what, errno);
		return 0;
	}
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	buf[n > 0 ? n : 0] = 0;
	for (line = strtok_r(buf, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		char l[256], pid[16];
		int i;

		snprintf(l, sizeof(l), "%s", line);
		replace_word(l, file_id, "FILE");
		for (i = 0; i < 3; i++) {
			if (!who_pid[i])
				continue;
			snprintf(pid, sizeof(pid), "%d", who_pid[i]);
			replace_word(l, pid, who_name[i]);
		}
		say("%s: %s", what, l);
		lines++;
		waiters += strstr(l, "->") != NULL;
	}
	say("%s: %d lines", what, lines);
	return waiters;
}

/* Wait (up to 5 s) until /proc/locks shows @want waiting requests */
static void wait_for_waiters(int want)
{
	char buf[4096];
	int i, n, fd, got = 0;
	struct timespec ms = { 0, 10 * 1000 * 1000 };

	for (i = 0; i < 500 && got < want; i++) {
		char *p = buf;

		fd = open("/proc/locks", O_RDONLY);
		n = read(fd, buf, sizeof(buf) - 1);
		close(fd);
		buf[n > 0 ? n : 0] = 0;
		for (got = 0; (p = strstr(p, "->")); p++)
			got++;
		if (got < want)
			nanosleep(&ms, NULL);
	}
	if (got < want)
		say("waiters: %d of %d", got, want);
}

static long lk(int fd, int cmd, int type, long start, long len)
{
	struct flock fl = { .l_type = type, .l_whence = SEEK_SET, .l_start = start, .l_len = len };

	return fcntl(fd, cmd, &fl) ? -errno : 0;
}

int main(void)
{
	int fd, fd2, status;
	struct stat st;
	pid_t c1, c2;

	mkdir("/proc", 0555);
	mount("proc", "/proc", "proc", 0, NULL); /* Linux's initramfs has no /proc yet */
	who_pid[0] = getpid();
	unlink(FILE_NAME);
	fd = open(FILE_NAME, O_RDWR | O_CREAT | O_TRUNC, 0600);
	fd2 = open(FILE_NAME, O_RDWR);
	fstat(fd, &st);
	snprintf(file_id, sizeof(file_id), "%02x:%02x:%lu", major(st.st_dev), minor(st.st_dev),
		 (unsigned long)st.st_ino);
	show_locks("none");
	say("setlk WR 0-99 %ld", lk(fd, F_SETLK, F_WRLCK, 0, 100));
	show_locks("one");
	say("setlk RD 200-EOF %ld", lk(fd, F_SETLK, F_RDLCK, 200, 0));
	say("flock SH %d", flock(fd2, LOCK_SH));
	show_locks("three");

	c1 = fork();
	if (c1 == 0) {
		int f = open(FILE_NAME, O_RDWR);

		_exit(lk(f, F_SETLKW, F_WRLCK, 0, 10) ? 1 : 0);
	}
	who_pid[1] = c1;
	wait_for_waiters(1);
	c2 = fork();
	if (c2 == 0) {
		int f = open(FILE_NAME, O_RDWR);

		_exit(flock(f, LOCK_EX) ? 1 : 0);
	}
	who_pid[2] = c2;
	wait_for_waiters(2);
	show_locks("waiting");

	say("unlock 0-99 %ld", lk(fd, F_SETLK, F_UNLCK, 0, 100));
	waitpid(c1, &status, 0);
	say("child1 got its lock and exited %d", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
	say("flock UN %d", flock(fd2, LOCK_UN));
	waitpid(c2, &status, 0);
	say("child2 got its lock and exited %d", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
	show_locks("after");
	close(fd);
	close(fd2);
	show_locks("closed");
	unlink(FILE_NAME);
	return 0;
}
