/*
 * lookup.c - the path walk's empty name: AT_EMPTY_PATH (Linux 2.6.39's
 * LOOKUP_EMPTY, which Linnet adds to 2.6.32) in fstatat64, fchownat and
 * linkat, with the bad inputs around it; and chroot for a non-root user.
 *
 * An empty name is -ENOENT unless AT_EMPTY_PATH is given; then it means
 * the descriptor's own file, which may be any open file (a pipe too), or
 * the current directory for AT_FDCWD. linkat takes it only from a task
 * with CAP_DAC_READ_SEARCH (root here), and never revives a file whose
 * last name is gone.
 */
#define _LARGEFILE64_SOURCE
#include "usertest.h"
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>

#define AT_EMPTY 0x1000 /* AT_EMPTY_PATH */
#define L(p) ((long)(p))

static struct stat64 st; /* glibc's is the kernel's i386 layout */

static long at_stat(int dfd, const char *name, int flags)
{
	memset(&st, 0, sizeof(st));
	return sys(SYS_fstatat64, dfd, L(name), L(&st), flags);
}

static long at_link(int dfd, const char *old, const char *new, int flags)
{
	long r = syscall(SYS_linkat, dfd, old, AT_FDCWD, new, flags);

	return r == -1 ? -errno : r;
}

static long at_chown(int dfd, const char *name, int uid, int flags)
{
	long r = syscall(SYS_fchownat, dfd, name, uid, -1, flags);

	return r == -1 ? -errno : r;
}

static void stat_empty(int fd, int dir, int p[2])
{
	long r;

	r = at_stat(fd, "", AT_EMPTY);
	say("fstatat64 file \"\" AT_EMPTY_PATH %ld regular %d nlink %u", r, S_ISREG(st.st_mode),
	    st.st_nlink);
	say("fstatat64 file \"\" no flag %ld", at_stat(fd, "", 0));
	say("fstatat64 file \"x\" AT_EMPTY_PATH %ld", at_stat(fd, "x", AT_EMPTY));
	r = at_stat(dir, "", AT_EMPTY);
	say("fstatat64 dir \"\" AT_EMPTY_PATH %ld directory %d", r, S_ISDIR(st.st_mode));
	r = at_stat(AT_FDCWD, "", AT_EMPTY);
	say("fstatat64 AT_FDCWD \"\" AT_EMPTY_PATH %ld directory %d", r, S_ISDIR(st.st_mode));
	r = at_stat(p[0], "", AT_EMPTY);
	say("fstatat64 pipe \"\" AT_EMPTY_PATH %ld fifo %d", r, S_ISFIFO(st.st_mode));
	say("fstatat64 closed fd %ld", at_stat(99, "", AT_EMPTY));
	say("fstatat64 NULL name %ld", at_stat(fd, NULL, AT_EMPTY));
	say("fstatat64 both flags %ld", at_stat(fd, "", AT_EMPTY | AT_SYMLINK_NOFOLLOW));
	say("fstatat64 bad flag %ld", at_stat(fd, "", 0x200));
}

static void chown_empty(int fd)
{
	say("fchownat \"\" AT_EMPTY_PATH %ld", at_chown(fd, "", 7, AT_EMPTY));
	at_stat(fd, "", AT_EMPTY);
	say("fchownat owner now %u", (unsigned int)st.st_uid);
	say("fchownat \"\" no flag %ld", at_chown(fd, "", 0, 0));
	say("fchownat closed fd %ld", at_chown(99, "", 0, AT_EMPTY));
}

static void link_empty(int fd, int dir)
{
	int gone, status;
	pid_t pid;

	say("linkat \"\" AT_EMPTY_PATH %ld", at_link(fd, "", "/tmp/lk/b", AT_EMPTY));
	at_stat(fd, "", AT_EMPTY);
	say("linkat nlink now %u", (unsigned int)st.st_nlink);
	say("linkat \"\" no flag %ld", at_link(fd, "", "/tmp/lk/c", 0));
	say("linkat \"\" to an existing name %ld", at_link(fd, "", "/tmp/lk/b", AT_EMPTY));
	say("linkat a directory %ld", at_link(dir, "", "/tmp/lk/d", AT_EMPTY));
	say("linkat bad flag %ld", at_link(fd, "", "/tmp/lk/c", 0x2));
	gone = open("/tmp/lk/gone", O_CREAT | O_RDWR, 0644);
	unlink("/tmp/lk/gone");
	say("linkat an unlinked file %ld", at_link(gone, "", "/tmp/lk/back", AT_EMPTY));
	say("and no name made %ld", at_stat(AT_FDCWD, "/tmp/lk/back", 0));
	close(gone);
	pid = fork();
	if (pid == 0) {
		say("child setuid 1000 %ld", sys(SYS_setuid32, 1000, 0, 0, 0));
		say("child linkat \"\" AT_EMPTY_PATH %ld", at_link(fd, "", "/tmp/lk/e", AT_EMPTY));
		say("child fstatat64 \"\" AT_EMPTY_PATH %ld", at_stat(fd, "", AT_EMPTY));
		say("child chroot %ld", sys(SYS_chroot, L("/tmp"), 0, 0, 0));
		say("child chdir %ld", sys(SYS_chdir, L("/tmp"), 0, 0, 0));
		_exit(0);
	}
	waitpid(pid, &status, 0);
}

int main(void)
{
	int fd, dir, p[2];

	mkdir("/tmp", 01777);
	mkdir("/tmp/lk", 0755);
	fd = open("/tmp/lk/a", O_CREAT | O_RDWR, 0644);
	dir = open("/tmp/lk", O_RDONLY | O_DIRECTORY);
	pipe(p);
	say("setup fd %d dir %d pipe %d %d", fd, dir, p[0], p[1]);
	stat_empty(fd, dir, p);
	chown_empty(fd);
	link_empty(fd, dir);
	return 0;
}
