/*
 * dumpable.c - the dumpable flag and who may look into another process.
 *
 * prctl(PR_GET_DUMPABLE/PR_SET_DUMPABLE) round trips; a change of user
 * id clears the flag (commit_creds), and then the process's /proc files
 * are root's; nobody may not read root's /proc/1/environ, follow its exe
 * and cwd links or list its fd directory (ptrace_may_access), but may
 * always see its own; a process of the same user may follow another's exe
 * link only while that one is dumpable; exec makes a process dumpable
 * again, unless the program is set-user-ID (which also sets AT_SECURE) or
 * unreadable. Paths print, addresses and pids do not.
 */
#include "usertest.h"
#include <sys/auxv.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/stat.h>

#define NOBODY 65534

static long rc(long r)
{
	return r < 0 ? -errno : r;
}

static int dumpable(void)
{
	return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
}

/* prctl(PR_SET_DUMPABLE, @value) and then the flag, in that order */
static void set_and_say(const char *indent, long value)
{
	long r = rc(prctl(PR_SET_DUMPABLE, value, 0, 0, 0));

	say("%sPR_SET_DUMPABLE %ld: %ld, now %d", indent, value, r, dumpable());
}

static long owner(const char *path)
{
	struct stat st;

	return stat(path, &st) ? -errno : (long)st.st_uid;
}

static void link_of(const char *what, const char *path)
{
	char buf[256];
	long n = rc(readlink(path, buf, sizeof(buf) - 1));

	if (n >= 0) {
		buf[n] = '\0';
		say("%s: %s", what, buf);
	} else {
		say("%s: %ld", what, n);
	}
}

static long open_rc(const char *path, int flags)
{
	long fd = rc(open(path, flags));

	if (fd >= 0)
		close(fd);
	return fd;
}

/* As nobody: root's init is out of reach, our own files are not */
static void as_nobody(void *arg)
{
	char buf[4096];
	long fd, n;

	(void)arg;
	n = rc(setuid(NOBODY));
	say("setuid(nobody): %ld, dumpable now %d", n, dumpable());
	say("  /proc/self/status owned by %ld", owner("/proc/self/status"));
	set_and_say("  ", 1);
	say("  /proc/self/status owned by %ld", owner("/proc/self/status"));
	say("open /proc/1/environ: %ld", open_rc("/proc/1/environ", O_RDONLY));
	link_of("readlink /proc/1/exe", "/proc/1/exe");
	link_of("readlink /proc/1/cwd", "/proc/1/cwd");
	link_of("readlink /proc/1/root", "/proc/1/root");
	say("open /proc/1/fd: %ld", open_rc("/proc/1/fd", O_RDONLY | O_DIRECTORY));
	fd = rc(open("/proc/1/maps", O_RDONLY));
	if (fd >= 0) {
		n = rc(read(fd, buf, sizeof(buf)));
		close(fd);
		say("open /proc/1/maps: 0, read %ld", n);
	} else {
		say("open /proc/1/maps: %ld", fd);
	}
	say("open /proc/1/cmdline: %ld", open_rc("/proc/1/cmdline", O_RDONLY) >= 0 ? 0L : -1L);
	link_of("readlink /proc/self/exe", "/proc/self/exe");
	say("open /proc/self/environ: %ld",
	    open_rc("/proc/self/environ", O_RDONLY) >= 0 ? 0L : -1L);
	set_and_say("", 0);
	say("  /proc/self/status owned by %ld", owner("/proc/self/status"));
	say("  open /proc/self/environ: %ld", open_rc("/proc/self/environ", O_RDONLY));
	say("  open /proc/self/fd: %ld",
	    open_rc("/proc/self/fd", O_RDONLY | O_DIRECTORY) >= 0 ? 0L : -1L);
	link_of("  readlink /proc/self/exe", "/proc/self/exe");
}

static pid_t observed;

/* A process of the same user follows the observed one's exe link */
static void peek(void *arg)
{
	char path[64];

	snprintf(path, sizeof(path), "/proc/%d/exe", (int)observed);
	link_of((const char *)arg, path);
}

static void same_user(void *arg)
{
	(void)arg;
	setuid(NOBODY);
	prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
	observed = getpid();
	run_in_child("peek", peek, "nobody reads a dumpable nobody's exe");
	prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
	run_in_child("peek", peek, "nobody reads a non-dumpable nobody's exe");
}

/* Run @prog (this program) as nobody, to report what exec made of us */
static void exec_as_nobody(void *arg)
{
	char *argv[] = { (char *)arg, "report", NULL };
	char *envp[] = { NULL };

	setuid(NOBODY);
	prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
	execve((const char *)arg, argv, envp);
	say("execve %s: %d", (const char *)arg, -errno);
}

static int copy_self(const char *to, mode_t mode)
{
	static char buf[1 << 16];
	int in = open("/proc/self/exe", O_RDONLY), out, n;

	if (in < 0)
		return -errno;
	out = open(to, O_WRONLY | O_CREAT | O_TRUNC, 0700);
	if (out < 0) {
		close(in);
		return -errno;
	}
	while ((n = read(in, buf, sizeof(buf))) > 0)
		if (write(out, buf, n) != n)
			break;
	close(in);
	close(out);
	return chmod(to, mode) ? -errno : 0;
}

static void report(void)
{
	say("  uid %d euid %d, dumpable %d, AT_SECURE %lu", (int)getuid(), (int)geteuid(),
	    dumpable(), getauxval(AT_SECURE));
	say("  /proc/self/status owned by %ld", owner("/proc/self/status"));
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "report")) {
		report();
		return 0;
	}
	mkdir("/proc", 0555);
	mount("proc", "/proc", "proc", 0, NULL); /* Linux's initramfs has no /proc yet */
	say("PR_GET_DUMPABLE: %d", dumpable());
	set_and_say("", 0);
	set_and_say("", 2);
	set_and_say("", 1);
	set_and_say("", -1);
	run_in_child("as nobody", as_nobody, NULL);
	run_in_child("same user", same_user, NULL);
	say("exec of a plain program as nobody (dumpable 0 before):");
	run_in_child("exec", exec_as_nobody, "/dumpable");
	say("copy set-user-ID root: %d", copy_self("/dumpable-suid", 04755));
	run_in_child("exec", exec_as_nobody, "/dumpable-suid");
	say("copy execute-only: %d", copy_self("/dumpable-xonly", 0711));
	run_in_child("exec", exec_as_nobody, "/dumpable-xonly");
	unlink("/dumpable-suid");
	unlink("/dumpable-xonly");
	return 0;
}
