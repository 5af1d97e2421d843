/*
 * creds.c - file permissions and privileges for a process that is not root.
 *
 * Root makes a directory of files with various modes and owners, then a
 * child drops to nobody (uid and gid 65534, no supplementary groups) and
 * tries what nobody may and may not do: open for reading and writing by
 * the owner/group/other bits, exec without an x bit, search a 0700
 * directory, create in a 0755 one, remove another's file from a sticky
 * directory, chmod, chown and set the times of a file it does not own,
 * make a device node, load and remove modules, open another user's
 * /proc/PID/environ. access() is asked by a process whose real uid is
 * nobody but whose effective uid is root (it answers for the real one).
 * A write by nobody to a set-user-ID file clears the set-id bits.
 * /proc/self/status shows nobody's ids and empty capability sets.
 * Every line is the call and its result: 0 (or a count) or -errno.
 */
#define _GNU_SOURCE
#include "usertest.h"
#include <fcntl.h>
#include <grp.h>
#include <stdlib.h>
#include <utime.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/time.h>

#define D "/credt"
#define NOBODY 65534

/* r - a libc call's result as 0/value or -errno */
static long r(long v)
{
	return v < 0 ? -errno : v;
}

static void mkfile(const char *path, int mode, int uid, int gid)
{
	int fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0600);

	if (fd < 0 || write(fd, "data\n", 5) != 5)
		say("setup %s: errno %d", path, errno);
	close(fd);
	if (chown(path, uid, gid) || chmod(path, mode))
		say("setup chown/chmod %s: errno %d", path, errno);
}

static void show_mode(const char *what, const char *path)
{
	struct stat st;

	if (stat(path, &st))
		say("%s: stat errno %d", what, errno);
	else
		say("%s: mode %o uid %d gid %d", what, st.st_mode & 07777, (int)st.st_uid,
		    (int)st.st_gid);
}

static long try_open(const char *path, int flags)
{
	int fd = open(path, flags);

	if (fd < 0)
		return -errno;
	close(fd);
	return 0;
}

static void become_nobody(void)
{
	if (setgroups(0, NULL) || setresgid(NOBODY, NOBODY, NOBODY) ||
	    setresuid(NOBODY, NOBODY, NOBODY))
		say("drop to nobody: errno %d", errno);
}

/* The id and capability lines of /proc/self/status */
static void status_ids(void)
{
	static const char *const keys[] = { "Uid:",    "Gid:",	  "Groups:",
					    "CapInh:", "CapPrm:", "CapEff:" };
	char buf[2048], *line, *save;
	int fd = open("/proc/self/status", O_RDONLY);
	long n = fd < 0 ? -errno : read(fd, buf, sizeof(buf) - 1);
	unsigned int i;

	if (n < 0) {
		say("status: %ld", n);
		return;
	}
	close(fd);
	buf[n] = 0;
	for (line = strtok_r(buf, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
		for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
			if (!strncmp(line, keys[i], strlen(keys[i])))
				say("status %s", line);
}

static void as_nobody(void *arg)
{
	struct timeval tv[2] = { { 1000, 0 }, { 2000, 0 } };
	char *argv[] = { D "/script644", NULL };
	char buf[8];
	int fd;

	become_nobody();
	say("ids %d %d %d %d", getuid(), geteuid(), getgid(), getegid());
	status_ids();
	say("open r600 RDONLY %ld", try_open(D "/r600", O_RDONLY));
	say("open r644 RDONLY %ld", try_open(D "/r644", O_RDONLY));
	say("open r644 WRONLY %ld", try_open(D "/r644", O_WRONLY));
	say("open r666 RDWR %ld", try_open(D "/r666", O_RDWR));
	say("open g640 (group nobody) RDONLY %ld", try_open(D "/g640", O_RDONLY));
	say("open g640 WRONLY %ld", try_open(D "/g640", O_WRONLY));
	say("open own0066 (owner bits none) RDONLY %ld", try_open(D "/own0066", O_RDONLY));
	fd = open(D "/r644", O_RDONLY);
	say("read r644 %ld", r(read(fd, buf, sizeof(buf))));
	close(fd);
	say("execve script644 %ld", r(execve(argv[0], argv, NULL)));
	say("access r644 X_OK %ld", r(access(D "/r644", X_OK)));
	say("stat closed/f %ld", r(open(D "/closed/f", O_RDONLY)));
	say("creat ro/new %ld", r(open(D "/ro/new", O_CREAT | O_WRONLY, 0644)));
	say("mkdir ro/dir %ld", r(mkdir(D "/ro/dir", 0755)));
	say("unlink ro/f %ld", r(unlink(D "/ro/f")));
	say("creat sticky/mine %ld", r(close(open(D "/sticky/mine", O_CREAT | O_WRONLY, 0644))));
	show_mode("sticky/mine", D "/sticky/mine");
	say("unlink sticky/rootfile %ld", r(unlink(D "/sticky/rootfile")));
	say("rename sticky/rootfile %ld", r(rename(D "/sticky/rootfile", D "/sticky/x")));
	say("rename sticky/mine %ld", r(rename(D "/sticky/mine", D "/sticky/mine2")));
	say("unlink sticky/mine2 %ld", r(unlink(D "/sticky/mine2")));
	say("mkdir sgid/d %ld", r(mkdir(D "/sgid/d", 0755)));
	show_mode("sgid/d", D "/sgid/d");
	say("chmod r666 %ld", r(chmod(D "/r666", 0777)));
	say("chown r666 to nobody %ld", r(chown(D "/r666", NOBODY, -1)));
	say("chown nob to root %ld", r(chown(D "/nob", 0, -1)));
	say("chgrp nob to 0 %ld", r(chown(D "/nob", -1, 0)));
	say("chgrp nob to nobody %ld", r(chown(D "/nob", -1, NOBODY)));
	say("chmod nob 02755 %ld", r(chmod(D "/nob", 02755)));
	show_mode("nob", D "/nob");
	say("chown nobroot to nobody (same) %ld", r(chown(D "/nobroot", NOBODY, -1)));
	say("chmod nobroot 02755 (not in group) %ld", r(chmod(D "/nobroot", 02755)));
	show_mode("nobroot", D "/nobroot");
	say("utimes r666 now %ld", r(utimes(D "/r666", NULL)));
	say("utimes r644 now %ld", r(utimes(D "/r644", NULL)));
	say("utimes r666 set %ld", r(utimes(D "/r666", tv)));
	say("utimes nob set %ld", r(utimes(D "/nob", tv)));
	say("mknod sticky/chr %ld", r(mknod(D "/sticky/chr", S_IFCHR | 0600, makedev(1, 3))));
	say("mknod sticky/fifo %ld", r(mknod(D "/sticky/fifo", S_IFIFO | 0600, 0)));
	say("unlink sticky/fifo %ld", r(unlink(D "/sticky/fifo")));
	fd = open(D "/suid", O_WRONLY);
	say("write suid %ld", r(write(fd, "x", 1)));
	close(fd);
	show_mode("suid after write", D "/suid");
	fd = open(D "/sgidx", O_WRONLY);
	say("write sgidx %ld", r(write(fd, "x", 1)));
	close(fd);
	show_mode("sgidx after write", D "/sgidx");
	fd = open(D "/sgidnox", O_WRONLY);
	say("write sgidnox %ld", r(write(fd, "x", 1)));
	close(fd);
	show_mode("sgidnox after write", D "/sgidnox");
	say("init_module %ld", sys(SYS_init_module, (long)buf, sizeof(buf), (long)"", 0));
	say("delete_module %ld", sys(SYS_delete_module, (long)"nosuchmod", 0, 0, 0));
	/* power off, with the right magic: CAP_SYS_BOOT is checked first */
	say("reboot %ld", sys(SYS_reboot, 0xfee1dead, 672274793, 0x4321FEDC, 0));
	say("open /proc/1/environ %ld", try_open("/proc/1/environ", O_RDONLY));
}

/* Real uid nobody, effective root: open goes by the effective, access by the real */
static void setuid_root(void *arg)
{
	if (setresuid(NOBODY, 0, 0))
		say("setresuid: errno %d", errno);
	say("open r600 RDONLY %ld", try_open(D "/r600", O_RDONLY));
	say("access r600 R_OK %ld", r(access(D "/r600", R_OK)));
	say("access r644 R_OK %ld", r(access(D "/r644", R_OK)));
	say("access r644 W_OK %ld", r(access(D "/r644", W_OK)));
	say("access closed/f F_OK %ld", r(access(D "/closed/f", F_OK)));
	say("open closed/f %ld", try_open(D "/closed/f", O_RDONLY));
}

int main(void)
{
	struct utimbuf ut = { 5, 5 };

	mkdir("/proc", 0555); /* Linux's oracle initramfs has none when run alone */
	mount("proc", "/proc", "proc", 0, NULL);
	mkdir(D, 0755);
	mkfile(D "/r600", 0600, 0, 0);
	mkfile(D "/r644", 0644, 0, 0);
	mkfile(D "/r666", 0666, 0, 0);
	mkfile(D "/g640", 0640, 0, NOBODY);
	mkfile(D "/own0066", 0066, NOBODY, 0);
	mkfile(D "/nob", 0644, NOBODY, NOBODY);
	mkfile(D "/nobroot", 0644, NOBODY, 0);
	mkfile(D "/suid", 04777, 0, 0);
	mkfile(D "/sgidx", 02777, 0, 0);
	mkfile(D "/sgidnox", 02767, 0, 0);
	mkfile(D "/script644", 0644, 0, 0);
	mkdir(D "/closed", 0700);
	mkfile(D "/closed/f", 0644, 0, 0);
	mkdir(D "/ro", 0755);
	mkfile(D "/ro/f", 0666, 0, 0);
	mkdir(D "/sticky", 01777);
	chmod(D "/sticky", 01777);
	mkfile(D "/sticky/rootfile", 0666, 0, 0);
	mkdir(D "/sgid", 0777);
	chown(D "/sgid", 0, 1234);
	chmod(D "/sgid", 02777);
	show_mode("setup sgid", D "/sgid");
	say("root access r600 R_OK %ld", r(access(D "/r600", R_OK)));
	say("root access r644 X_OK %ld", r(access(D "/r644", X_OK)));
	say("root access closed X_OK %ld", r(access(D "/closed", X_OK)));
	say("root open own0066 RDWR %ld", try_open(D "/own0066", O_RDWR));
	say("root utime nob %ld", r(utime(D "/nob", &ut)));
	say("root delete_module %ld", sys(SYS_delete_module, (long)"nosuchmod", 0, 0, 0));
	run_in_child("nobody", as_nobody, NULL);
	run_in_child("setuid root", setuid_root, NULL);
	say("root mkdir sgid/rootdir %ld", r(mkdir(D "/sgid/rootdir", 0700)));
	show_mode("sgid/rootdir", D "/sgid/rootdir");
	say("root write suid2 keeps bits");
	mkfile(D "/suid2", 06755, 0, 0);
	{
		int fd = open(D "/suid2", O_WRONLY);

		say("write %ld", r(write(fd, "x", 1)));
		close(fd);
	}
	show_mode("suid2", D "/suid2");
	return 0;
}
