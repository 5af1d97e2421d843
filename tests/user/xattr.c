/*
 * xattr.c - the extended-attribute system calls on the root file system:
 * what the VFS checks before the file system sees the call (flags, the
 * name's length, the value's size, bad addresses, user.* only on regular
 * files and directories, trusted.* only for CAP_SYS_ADMIN, the sticky
 * directory, the file's own permissions as nobody), and what a file
 * system answers: 2.6.32's ramfs keeps no attributes (-EOPNOTSUPP, an
 * empty list); Linux 6.1's tmpfs keeps trusted.* and security.*.
 */
#define _GNU_SOURCE
#include "usertest.h"
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/xattr.h>

#define D "/xattr.d"
#define XATTR_SIZE_MAX 65536 /* linux/limits.h */

static long setx(long nr, long target, const char *name, const void *value, size_t size, int flags)
{
	long r = syscall(nr, target, name, value, size, flags);

	return r == -1 ? -errno : r;
}

static long getx(long nr, long target, const char *name, void *value, size_t size)
{
	return sys(nr, target, (long)name, (long)value, size);
}

static long listx(long nr, long target, char *list, size_t size)
{
	return sys(nr, target, (long)list, size, 0);
}

static long rmx(long nr, long target, const char *name)
{
	return sys(nr, target, (long)name, 0, 0);
}

#define P(path) ((long)(path))

static void checks(void)
{
	static char big[XATTR_SIZE_MAX + 1];
	char name[300];

	say("setxattr flags 4: %ld", setx(SYS_setxattr, P(D "/f"), "user.a", "v", 1, 4));
	say("setxattr CREATE|REPLACE: %ld",
	    setx(SYS_setxattr, P(D "/f"), "user.a", "v", 1, XATTR_CREATE | XATTR_REPLACE));
	say("setxattr empty name: %ld", setx(SYS_setxattr, P(D "/f"), "", "v", 1, 0));
	memset(name, 'n', sizeof(name));
	memcpy(name, "user.", 5);
	name[255] = 0;
	say("setxattr 255-byte name: %ld", setx(SYS_setxattr, P(D "/f"), name, "v", 1, 0));
	name[255] = 'n';
	name[256] = 0;
	say("setxattr 256-byte name: %ld", setx(SYS_setxattr, P(D "/f"), name, "v", 1, 0));
	say("getxattr 256-byte name: %ld", getx(SYS_getxattr, P(D "/f"), name, NULL, 0));
	say("removexattr 256-byte name: %ld", rmx(SYS_removexattr, P(D "/f"), name));
	say("setxattr 65537 bytes: %ld",
	    setx(SYS_setxattr, P(D "/f"), "user.a", big, XATTR_SIZE_MAX + 1, 0));
	say("setxattr bad name address: %ld",
	    setx(SYS_setxattr, P(D "/f"), (const char *)8, "v", 1, 0));
	say("setxattr bad value address: %ld",
	    setx(SYS_setxattr, P(D "/f"), "user.a", (const void *)8, 4, 0));
	say("setxattr missing path: %ld", setx(SYS_setxattr, P(D "/missing"), "user.a", "v", 1, 0));
	say("getxattr missing path: %ld", getx(SYS_getxattr, P(D "/missing"), "user.a", NULL, 0));
	say("listxattr missing path: %ld", listx(SYS_listxattr, P(D "/missing"), NULL, 0));
	say("fsetxattr bad fd: %ld", setx(SYS_fsetxattr, 99, "user.a", "v", 1, 0));
	say("fgetxattr bad fd: %ld", getx(SYS_fgetxattr, 99, "user.a", NULL, 0));
	say("flistxattr bad fd: %ld", listx(SYS_flistxattr, 99, NULL, 0));
	say("fremovexattr bad fd: %ld", rmx(SYS_fremovexattr, 99, "user.a"));
}

/* What the file system answers to each namespace on a regular file (root) */
static void namespaces(void)
{
	static const char *const names[] = { "user.mime", "trusted.t", "security.s", "os2.x",
					     "nonamespace" };
	char value[16], list[64];
	long n;
	unsigned int i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		say("%s: set %ld", names[i], setx(SYS_setxattr, P(D "/f"), names[i], "val", 3, 0));
		say("%s: set CREATE again %ld", names[i],
		    setx(SYS_setxattr, P(D "/f"), names[i], "val", 3, XATTR_CREATE));
		say("%s: get size %ld", names[i], getx(SYS_getxattr, P(D "/f"), names[i], NULL, 0));
		say("%s: get into 1 byte %ld", names[i],
		    getx(SYS_getxattr, P(D "/f"), names[i], value, 1));
		n = listx(SYS_listxattr, P(D "/f"), list, sizeof(list));
		say("%s: list %ld%s%s", names[i], n, n > 0 ? " " : "", n > 0 ? list : "");
		say("%s: remove %ld", names[i], rmx(SYS_removexattr, P(D "/f"), names[i]));
		say("%s: remove again %ld", names[i], rmx(SYS_removexattr, P(D "/f"), names[i]));
	}
	say("set REPLACE of none: %ld",
	    setx(SYS_setxattr, P(D "/f"), "trusted.t", "v", 1, XATTR_REPLACE));
	say("listxattr size 0: %ld", listx(SYS_listxattr, P(D "/f"), NULL, 0));
	say("listxattr of the directory: %ld", listx(SYS_listxattr, P(D), list, sizeof(list)));
	say("setxattr user.* on the directory: %ld", setx(SYS_setxattr, P(D), "user.d", "v", 1, 0));
}

/* user.* exists only on regular files and directories */
static void other_files(void)
{
	char list[64];
	int p[2], fd;

	symlink("f", D "/sym");
	mknod(D "/fifo", S_IFIFO | 0666, 0);
	say("lsetxattr user.* on a symlink: %ld",
	    setx(SYS_lsetxattr, P(D "/sym"), "user.a", "v", 1, 0));
	say("lgetxattr user.* on a symlink: %ld",
	    getx(SYS_lgetxattr, P(D "/sym"), "user.a", NULL, 0));
	say("llistxattr of a symlink: %ld", listx(SYS_llistxattr, P(D "/sym"), list, sizeof(list)));
	say("lremovexattr user.* on a symlink: %ld", rmx(SYS_lremovexattr, P(D "/sym"), "user.a"));
	say("setxattr user.* through the symlink: %ld",
	    setx(SYS_setxattr, P(D "/sym"), "user.a", "v", 1, 0));
	say("setxattr user.* on a FIFO: %ld",
	    setx(SYS_setxattr, P(D "/fifo"), "user.a", "v", 1, 0));
	pipe(p);
	say("fsetxattr user.* on a pipe: %ld", setx(SYS_fsetxattr, p[0], "user.a", "v", 1, 0));
	say("fgetxattr user.* on a pipe: %ld", getx(SYS_fgetxattr, p[0], "user.a", NULL, 0));
	close(p[0]);
	close(p[1]);
	fd = open(D "/f", O_RDONLY);
	say("fsetxattr user.* on a file open read-only: %ld",
	    setx(SYS_fsetxattr, fd, "user.a", "v", 1, 0));
	say("flistxattr: %ld", listx(SYS_flistxattr, fd, list, sizeof(list)));
	close(fd);
	unlink(D "/sym");
	unlink(D "/fifo");
}

static void as_nobody(void *arg)
{
	if (setgid(65534) || setuid(65534))
		say("setuid failed");
	say("nobody: setxattr user.* on root's 0644 file: %ld",
	    setx(SYS_setxattr, P(D "/f"), "user.a", "v", 1, 0));
	say("nobody: getxattr user.* on root's 0644 file: %ld",
	    getx(SYS_getxattr, P(D "/f"), "user.a", NULL, 0));
	say("nobody: getxattr user.* on root's 0600 file: %ld",
	    getx(SYS_getxattr, P(D "/secret"), "user.a", NULL, 0));
	say("nobody: setxattr trusted.*: %ld",
	    setx(SYS_setxattr, P(D "/f"), "trusted.t", "v", 1, 0));
	say("nobody: getxattr trusted.*: %ld", getx(SYS_getxattr, P(D "/f"), "trusted.t", NULL, 0));
	say("nobody: setxattr user.* on root's sticky directory: %ld",
	    setx(SYS_setxattr, P(D "/sticky"), "user.a", "v", 1, 0));
	close(open(D "/sticky/mine", O_CREAT | O_WRONLY, 0644));
	say("nobody: setxattr user.* on own file: %ld",
	    setx(SYS_setxattr, P(D "/sticky/mine"), "user.a", "v", 1, 0));
	say("nobody: removexattr user.* on root's file: %ld",
	    rmx(SYS_removexattr, P(D "/f"), "user.a"));
	unlink(D "/sticky/mine");
}

int main(void)
{
	struct statfs sfs;

	statfs("/", &sfs);
	say("rootfs: %s", (unsigned int)sfs.f_type == 0x858458f6 ? "ramfs" :
			  sfs.f_type == 0x01021994		 ? "tmpfs" :
								   "?");
	mkdir(D, 0755);
	close(open(D "/f", O_CREAT | O_WRONLY, 0644));
	close(open(D "/secret", O_CREAT | O_WRONLY, 0600));
	mkdir(D "/sticky", 01777);
	checks();
	namespaces();
	other_files();
	run_in_child("as nobody", as_nobody, NULL);
	unlink(D "/f");
	unlink(D "/secret");
	rmdir(D "/sticky");
	rmdir(D);
	return 0;
}
