/*
 * oldcalls.c - the old and small file-system calls: old_readdir (one
 * struct old_linux_dirent per call), ustat (a file system by device
 * number), the System V sysfs() (the table of file system types),
 * vhangup, fallocate's checks and pivot_root's refusals.
 *
 * Only what both kernels must agree on is printed: the names a directory
 * holds (sorted: the order is the file system's), the inode numbers and
 * the counts compared with what stat(), statfs() and /proc/filesystems
 * say in the same run, and the errors. fallocate on a file in memory is
 * where they differ: 2.6.32's ramfs and tmpfs have no ->fallocate
 * (-EOPNOTSUPP), Linux 6.1's tmpfs has one.
 */
#include "usertest.h"
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysmacros.h>

#define DIR_NAME "/oldcalls.d"
#define PROC_DIR "/oldcalls.proc"

struct old_linux_dirent {
	unsigned long d_ino;
	unsigned long d_offset;
	unsigned short d_namlen;
	char d_name[256];
};

struct ustat_ {
	int f_tfree;
	unsigned long f_tinode;
	char f_fname[6];
	char f_fpack[6];
};

static long err(long r)
{
	return r < 0 ? -errno : r;
}

/* The kernel's 32-bit device number (new_encode_dev) of a glibc dev_t */
static unsigned int kdev(dev_t dev)
{
	unsigned int ma = major(dev), mi = minor(dev);

	return (mi & 0xff) | (ma << 8) | ((mi & ~0xffu) << 12);
}

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void old_readdir(void)
{
	struct old_linux_dirent d;
	char *names[8], path[300];
	int fd, n = 0, i, ino_ok = 1, len_ok = 1;
	long r;

	mkdir(DIR_NAME, 0755);
	close(open(DIR_NAME "/a", O_CREAT | O_WRONLY, 0644));
	mkdir(DIR_NAME "/bb", 0755);
	fd = open(DIR_NAME, O_RDONLY | O_DIRECTORY);
	while ((r = sys(SYS_readdir, fd, (long)&d, 1, 0)) == 1 && n < 8) {
		struct stat st;

		snprintf(path, sizeof(path), DIR_NAME "/%s", d.d_name);
		stat(path, &st);
		ino_ok &= st.st_ino == d.d_ino;
		len_ok &= d.d_namlen == strlen(d.d_name);
		if (n < 2)
			say("readdir: entry %d is %s at offset %lu", n, d.d_name, d.d_offset);
		names[n++] = strdup(d.d_name);
	}
	say("readdir: end %ld after %d entries", r, n);
	qsort(names, n, sizeof(names[0]), cmp);
	for (i = 0; i < n; i++)
		say("readdir: name %s", names[i]);
	say("readdir: d_ino is stat's st_ino %d, d_namlen the length %d", ino_ok, len_ok);
	say("readdir: again at the end %ld", sys(SYS_readdir, fd, (long)&d, 1, 0));
	lseek(fd, 0, SEEK_SET);
	say("readdir: rewound, count 0 %ld, name %s", sys(SYS_readdir, fd, (long)&d, 0, 0),
	    d.d_name);
	say("readdir: bad buffer %ld", sys(SYS_readdir, fd, 16, 1, 0));
	close(fd);
	say("readdir: bad fd %ld", sys(SYS_readdir, 999, (long)&d, 1, 0));
	fd = open(DIR_NAME "/a", O_RDONLY);
	say("readdir: a regular file %ld", sys(SYS_readdir, fd, (long)&d, 1, 0));
	close(fd);
}

static void ustat_(void)
{
	struct ustat_ u;
	struct statfs sf;
	struct stat st;
	long r;

	stat("/", &st);
	statfs("/", &sf);
	memset(&u, 0x55, sizeof(u));
	r = sys(SYS_ustat, kdev(st.st_dev), (long)&u, 0, 0);
	say("ustat of /'s device: %ld", r);
	say("ustat: f_tfree is statfs's f_bfree %d, f_tinode its f_ffree %d",
	    (unsigned long)u.f_tfree == (unsigned long)sf.f_bfree, u.f_tinode == sf.f_ffree);
	say("ustat: f_fname and f_fpack zero %d",
	    !memcmp(u.f_fname, "\0\0\0\0\0\0", 6) && !memcmp(u.f_fpack, "\0\0\0\0\0\0", 6));
	say("ustat: a device nothing is mounted from (1:3) %ld",
	    sys(SYS_ustat, kdev(makedev(1, 3)), (long)&u, 0, 0));
	say("ustat: bad buffer %ld", sys(SYS_ustat, kdev(st.st_dev), 16, 0, 0));
	mkdir(PROC_DIR, 0555);
	mount("proc", PROC_DIR, "proc", 0, NULL);
	stat(PROC_DIR, &st);
	statfs(PROC_DIR, &sf);
	r = sys(SYS_ustat, kdev(st.st_dev), (long)&u, 0, 0);
	say("ustat of proc's device: %ld, f_tfree is statfs's f_bfree %d", r,
	    (unsigned long)u.f_tfree == (unsigned long)sf.f_bfree);
}

/* The names /proc/filesystems lists, in order, into names[]; how many */
static int proc_filesystems(char names[][32], int max)
{
	static char buf[4096];
	int fd = open(PROC_DIR "/filesystems", O_RDONLY), len = 0, n = 0, r;
	char *line;

	while (fd >= 0 && (r = read(fd, buf + len, sizeof(buf) - 1 - len)) > 0)
		len += r;
	close(fd);
	buf[len] = 0;
	for (line = buf; *line && n < max; line = strchr(line, '\n') + 1) {
		char *tab = strchr(line, '\t');

		sscanf(tab + 1, "%31s", names[n++]);
	}
	return n;
}

static void sysfs_(void)
{
	char names[64][32], buf[64];
	int n = proc_filesystems(names, 64), count, i, same = 1, round = 1;

	count = sys(SYS_sysfs, 3, 0, 0, 0);
	say("sysfs: count is /proc/filesystems's lines %d", count == n);
	for (i = 0; i < count && i < 64; i++) {
		long r = sys(SYS_sysfs, 2, i, (long)buf, 0);

		same &= r == 0 && !strcmp(buf, names[i]);
		round &= sys(SYS_sysfs, 1, (long)buf, 0, 0) == i;
	}
	say("sysfs: the names in /proc/filesystems's order %d", same);
	say("sysfs: each name's index is its place %d", round);
	say("sysfs: proc and ramfs known %d", sys(SYS_sysfs, 1, (long)"proc", 0, 0) >= 0 &&
						      sys(SYS_sysfs, 1, (long)"ramfs", 0, 0) >= 0);
	say("sysfs: unknown name %ld", sys(SYS_sysfs, 1, (long)"nosuchfs", 0, 0));
	say("sysfs: empty name %ld", sys(SYS_sysfs, 1, (long)"", 0, 0));
	say("sysfs: NULL name %ld", sys(SYS_sysfs, 1, 0, 0, 0));
	say("sysfs: index past the end %ld", sys(SYS_sysfs, 2, count, (long)buf, 0));
	say("sysfs: index -1 %ld", sys(SYS_sysfs, 2, -1, (long)buf, 0));
	say("sysfs: bad buffer %ld", sys(SYS_sysfs, 2, 0, 16, 0));
	say("sysfs: option 0 %ld, option 4 %ld", sys(SYS_sysfs, 0, 0, 0, 0),
	    sys(SYS_sysfs, 4, 0, 0, 0));
	umount(PROC_DIR);
	rmdir(PROC_DIR);
}

static void vhangup_child(void *arg)
{
	(void)arg;
	setsid(); /* no controlling terminal: nothing to hang up */
	say("vhangup without a terminal: %ld", sys(SYS_vhangup, 0, 0, 0, 0));
	setuid(65534);
	say("vhangup unprivileged: %ld", sys(SYS_vhangup, 0, 0, 0, 0));
}

/* fallocate(fd, mode, offset, len): the 64-bit values in two words each */
static long falloc(int fd, int mode, long long off, long long len)
{
	long r = syscall(SYS_fallocate, fd, mode, (long)off, (long)(off >> 32), (long)len,
			 (long)(len >> 32));

	return r == -1 ? -errno : r;
}

static void fallocate_(void)
{
	int fd = open(DIR_NAME "/f", O_RDWR | O_CREAT, 0644), ro = open(DIR_NAME "/f", O_RDONLY);
	int dir = open(DIR_NAME, O_RDONLY), p[2], null;
	struct stat st;

	pipe(p);
	mknod(DIR_NAME "/null", S_IFCHR | 0666, makedev(1, 3));
	null = open(DIR_NAME "/null", O_WRONLY);
	say("fallocate a file: %ld", falloc(fd, 0, 0, 4096));
	fstat(fd, &st);
	say("fallocate: size after %lld", (long long)st.st_size);
	say("fallocate KEEP_SIZE: %ld", falloc(fd, 1, 8192, 4096));
	say("fallocate mode 2 (no KEEP_SIZE): %ld", falloc(fd, 2, 0, 4096));
	say("fallocate mode 0x100: %ld", falloc(fd, 0x100, 0, 4096));
	say("fallocate negative offset: %ld", falloc(fd, 0, -1, 4096));
	say("fallocate length 0: %ld, negative: %ld", falloc(fd, 0, 0, 0), falloc(fd, 0, 0, -5));
	say("fallocate bad mode and length: %ld", falloc(fd, 0x100, 0, 0));
	say("fallocate read-only fd: %ld", falloc(ro, 0, 0, 4096));
	say("fallocate a directory: %ld", falloc(dir, 0, 0, 4096));
	say("fallocate a pipe: %ld, its read end: %ld", falloc(p[1], 0, 0, 4096),
	    falloc(p[0], 0, 0, 4096));
	say("fallocate a character device: %ld", falloc(null, 0, 0, 4096));
	say("fallocate past 2^50: %ld", falloc(fd, 0, 1LL << 50, 4096));
	say("fallocate wrapping: %ld", falloc(fd, 0, 1LL << 62, 1LL << 62));
	say("fallocate bad fd: %ld", falloc(999, 0, 0, 4096));
	close(fd);
	close(ro);
	close(dir);
	close(null);
	close(p[0]);
	close(p[1]);
}

static void pivot_child(void *arg)
{
	(void)arg;
	setuid(65534);
	say("pivot_root unprivileged: %ld", sys(SYS_pivot_root, (long)"/", (long)"/", 0, 0));
}

/*
 * The real use: chroot into a mounted file system, then pivot to a mount
 * below it. The old root ends up at /x/old, seen from the new root as
 * /old; the parent, rooted elsewhere, keeps its root.
 */
static void pivot_for_real(void *arg)
{
	char cwd[64];
	struct stat st;

	(void)arg;
	say("pivot: chroot %ld", err(chroot(DIR_NAME "/new")));
	chdir("/");
	say("pivot: pivot_root /x /x/old %ld",
	    sys(SYS_pivot_root, (long)"/x", (long)"/x/old", 0, 0));
	say("pivot: the new root holds the marker %d", stat("/marker", &st) == 0);
	say("pivot: the old root is at /old %d", stat("/old/x", &st) == 0 && S_ISDIR(st.st_mode));
	say("pivot: cwd %s", getcwd(cwd, sizeof(cwd)) ? cwd : "?");
	say("pivot: umount /old %ld", err(umount("/old")));
	say("pivot: /old empty now %d", stat("/old/x", &st) < 0);
}

static void pivot_root_(void)
{
	const char *new = DIR_NAME "/new";

	mkdir(new, 0755);
	say("pivot_root / on /: %ld", sys(SYS_pivot_root, (long)"/", (long)"/", 0, 0));
	say("pivot_root no such directory: %ld",
	    sys(SYS_pivot_root, (long)"/nonexistent", (long)"/", 0, 0));
	say("pivot_root a file: %ld", sys(SYS_pivot_root, (long)DIR_NAME "/a", (long)"/", 0, 0));
	say("pivot_root mount ramfs: %ld", err(mount("none", new, "ramfs", 0, NULL)));
	mkdir(DIR_NAME "/new/old", 0755);
	say("pivot_root from rootfs (not attached): %ld",
	    sys(SYS_pivot_root, (long)new, (long)DIR_NAME "/new/old", 0, 0));
	say("pivot_root put_old outside new_root: %ld",
	    sys(SYS_pivot_root, (long)new, (long)DIR_NAME "/bb", 0, 0));
	run_in_child("pivot_root unprivileged", pivot_child, NULL);
	rmdir(DIR_NAME "/new/old");
	mkdir(DIR_NAME "/new/x", 0755);
	mount("none", DIR_NAME "/new/x", "ramfs", 0, NULL);
	mkdir(DIR_NAME "/new/x/old", 0755);
	close(open(DIR_NAME "/new/x/marker", O_CREAT | O_WRONLY, 0644));
	run_in_child("pivot", pivot_for_real, NULL);
	say("pivot: the parent sees the marker at the old mount point %d",
	    access(DIR_NAME "/new/marker", F_OK) == 0);
	say("pivot_root umount: %ld", err(umount(new)));
	say("pivot_root rmdir: %ld", err(rmdir(new)));
}

int main(void)
{
	old_readdir();
	ustat_();
	sysfs_();
	run_in_child("vhangup", vhangup_child, NULL);
	fallocate_();
	pivot_root_();
	unlink(DIR_NAME "/a");
	unlink(DIR_NAME "/f");
	unlink(DIR_NAME "/null");
	rmdir(DIR_NAME "/bb");
	say("cleanup: rmdir %ld", err(rmdir(DIR_NAME)));
	return 0;
}
