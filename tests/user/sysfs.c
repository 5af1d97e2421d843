/*
 * sysfs.c - /sys as a program sees it: the memory devices' directories,
 * files and links, the errors sysfs answers, and debugfs's mount point.
 *
 * Mounts sysfs at /sys if it is not there (as an init script does), then
 * checks what Linux 2.6.32 and Linux 6.1 show alike for the memory
 * devices (class "mem"): /sys/class/mem/null/dev is "1:3", its uevent
 * carries MAJOR, MINOR, DEVNAME and DEVMODE, /sys/class/mem/null and
 * /sys/dev/char/1:3 are links to ../../devices/virtual/mem/null; an
 * attribute file is PAGE_SIZE long and read a byte at a time gives the
 * same text; a read-only attribute refuses a writer with EACCES even for
 * root; a directory read() is EISDIR; sysfs makes no files or
 * directories for user space (EPERM). Directory listings are compared
 * as sets of the names both kernels have (their order differs: 2.6.32
 * lists in creation order, 6.1 by hash). Finally debugfs mounts on
 * /sys/kernel/debug. Where 2.6.32 answers otherwise than 6.1 (an unknown
 * uevent action, a create in a sysfs directory), the expected file marks
 * the line as a 2.6.32 difference.
 */
#include "usertest.h"
#include <dirent.h>
#include <poll.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statfs.h>

#define SYSFS_MAGIC 0x62656572
#define DEBUGFS_MAGIC 0x64626720

static char buf[8192];

/* The whole file @path into buf, newlines shown as \n; its length or -errno */
static long read_file(const char *path)
{
	int fd = open(path, O_RDONLY);
	long n, len = 0;

	if (fd < 0)
		return -errno;
	while ((n = read(fd, buf + len, sizeof(buf) - 1 - len)) > 0)
		len += n;
	close(fd);
	buf[len] = 0;
	return n < 0 ? -errno : len;
}

/* Print @s with each newline as "\n" so a file's text fits one line */
static void say_text(const char *what, const char *s)
{
	char out[512];
	size_t o = 0;

	for (; *s && o < sizeof(out) - 3; s++) {
		if (*s == '\n') {
			out[o++] = '\\';
			out[o++] = 'n';
		} else {
			out[o++] = *s;
		}
	}
	out[o] = 0;
	say("%s: \"%s\"", what, out);
}

static void show_file(const char *path)
{
	long n = read_file(path);

	if (n < 0)
		say("read %s: errno %ld", path, -n);
	else
		say_text(path, buf);
}

static void show_link(const char *path)
{
	char target[256];
	long n = readlink(path, target, sizeof(target) - 1);

	if (n < 0) {
		say("readlink %s: errno %d", path, errno);
		return;
	}
	target[n] = 0;
	say("readlink %s: %s", path, target);
}

static void show_stat(const char *path, int follow)
{
	struct stat st;
	int r = follow ? stat(path, &st) : lstat(path, &st);
	const char *type;

	if (r) {
		say("stat %s: errno %d", path, errno);
		return;
	}
	type = S_ISDIR(st.st_mode) ? "dir" :
	       S_ISLNK(st.st_mode) ? "link" :
	       S_ISREG(st.st_mode) ? "file" :
				     "other";
	if (S_ISREG(st.st_mode))
		say("%s %s: %s mode %04o size %ld uid %d", follow ? "stat" : "lstat", path, type,
		    (int)(st.st_mode & 07777), (long)st.st_size, (int)st.st_uid);
	else
		say("%s %s: %s mode %04o", follow ? "stat" : "lstat", path, type,
		    (int)(st.st_mode & 07777));
}

/* Which of @names (NULL-terminated) the directory @path lists */
static void show_has(const char *path, const char *const *names)
{
	DIR *d = opendir(path);
	struct dirent *e;
	char seen[16] = { 0 };
	int i, dots = 0;

	if (!d) {
		say("opendir %s: errno %d", path, errno);
		return;
	}
	while ((e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			dots++;
		for (i = 0; names[i]; i++)
			if (!strcmp(e->d_name, names[i]))
				seen[i] = e->d_type == DT_LNK ? 'l' :
					  e->d_type == DT_DIR ? 'd' :
								'f';
	}
	closedir(d);
	for (i = 0; names[i]; i++)
		say("%s lists %s: %s", path, names[i],
		    seen[i] == 'l' ? "link" :
		    seen[i] == 'd' ? "dir" :
		    seen[i]	   ? "file" :
				     "no");
	say("%s lists . and ..: %s", path, dots == 2 ? "yes" : "no");
}

static void open_errno(const char *path, int flags, const char *how)
{
	int fd = open(path, flags, 0644);

	say("open %s %s: %s", path, how, fd >= 0 ? "ok" : strerror(errno));
	if (fd >= 0)
		close(fd);
}

static void mount_sysfs(void)
{
	struct statfs sfs;

	if (statfs("/sys", &sfs) || sfs.f_type != SYSFS_MAGIC) {
		mkdir("/sys", 0755);
		if (mount("sysfs", "/sys", "sysfs", 0, NULL))
			say("mount sysfs: errno %d", errno);
	}
	if (statfs("/sys", &sfs))
		say("statfs /sys: errno %d", errno);
	else
		say("statfs /sys: magic %#lx", (unsigned long)sfs.f_type);
}

static void memory_devices(void)
{
	static const char *const top[] = { "class", "dev", "devices", "kernel", "module", NULL };
	static const char *const mem[] = {
		"null", "zero", "full", "random", "urandom", "kmsg", NULL
	};
	static const char *const dev[] = { "dev", "uevent", "subsystem", NULL };

	show_has("/sys", top);
	show_has("/sys/class/mem", mem);
	show_has("/sys/devices/virtual/mem/null", dev);
	show_file("/sys/class/mem/null/dev");
	show_file("/sys/class/mem/zero/dev");
	show_file("/sys/class/mem/urandom/dev");
	show_file("/sys/class/mem/null/uevent");
	show_file("/sys/class/mem/kmsg/uevent");
	show_link("/sys/class/mem/null");
	show_link("/sys/dev/char/1:3");
	show_link("/sys/dev/char/1:5");
	show_link("/sys/devices/virtual/mem/null/subsystem");
	show_stat("/sys/class/mem/null", 0);
	show_stat("/sys/class/mem/null", 1);
	show_stat("/sys/devices/virtual/mem/null/dev", 1);
	show_stat("/sys/devices/virtual/mem/null/uevent", 1);
	show_stat("/sys/devices/virtual/mem/null/subsystem", 1);
	show_stat("/sys/kernel/uevent_seqnum", 1);
}

/* Byte by byte, at an offset, past the end: the same text as one read */
static void partial_reads(void)
{
	int fd = open("/sys/class/mem/null/dev", O_RDONLY);
	char s[16] = { 0 }, c;
	int i = 0;
	long n;

	while (i < 15 && (n = read(fd, &c, 1)) == 1)
		s[i++] = c;
	say_text("one byte at a time", s);
	n = pread(fd, s, sizeof(s) - 1, 2);
	s[n > 0 ? n : 0] = 0;
	say("pread at 2: %ld", n);
	say_text("pread at 2 text", s);
	say("pread at 100: %ld", (long)pread(fd, s, sizeof(s), 100));
	say("lseek end: %ld", (long)lseek(fd, 0, SEEK_END));
	close(fd);
}

/* A seqnum is a decimal number and a newline */
static unsigned long long seqnum(void)
{
	char *end;
	unsigned long long v;

	if (read_file("/sys/kernel/uevent_seqnum") < 0)
		return 0;
	v = strtoull(buf, &end, 10);
	if (end == buf || strcmp(end, "\n"))
		say("uevent_seqnum: bad format");
	return v;
}

static long write_str(const char *path, const char *s)
{
	int fd = open(path, O_WRONLY);
	long n;

	if (fd < 0)
		return -errno;
	n = write(fd, s, strlen(s));
	if (n < 0)
		n = -errno;
	close(fd);
	return n;
}

static void writes(void)
{
	unsigned long long before = seqnum();
	int fd;

	say("write \"change\\n\" to uevent: %ld",
	    write_str("/sys/class/mem/null/uevent", "change\n"));
	say("uevent_seqnum grew: %s", seqnum() > before ? "yes" : "no");
	say("write \"bogus\\n\" to uevent: %ld",
	    write_str("/sys/class/mem/null/uevent", "bogus\n"));
	open_errno("/sys/class/mem/null/dev", O_WRONLY, "O_WRONLY as root");
	open_errno("/sys/class/mem/null/dev", O_RDWR, "O_RDWR as root");
	open_errno("/sys/kernel/uevent_seqnum", O_WRONLY, "O_WRONLY as root");
	open_errno("/sys/class/mem/nosuch", O_RDONLY, "O_RDONLY");
	open_errno("/sys/class/mem/newfile", O_WRONLY | O_CREAT, "O_CREAT");
	say("mkdir /sys/class/mem/newdir: %s",
	    mkdir("/sys/class/mem/newdir", 0755) ? strerror(errno) : "ok");
	say("unlink /sys/class/mem/null/dev: %s",
	    unlink("/sys/class/mem/null/dev") ? strerror(errno) : "ok");
	fd = open("/sys/class", O_RDONLY | O_DIRECTORY);
	say("read /sys/class: %s", read(fd, buf, 16) < 0 ? strerror(errno) : "ok");
	close(fd);
}

static void as_user(void *unused)
{
	if (setgid(1000) || setuid(1000))
		say("setuid: errno %d", errno);
	open_errno("/sys/class/mem/null/uevent", O_WRONLY, "O_WRONLY as uid 1000");
	open_errno("/sys/class/mem/null/dev", O_WRONLY, "O_WRONLY as uid 1000");
	show_file("/sys/class/mem/null/dev");
}

static void debugfs(void)
{
	struct statfs sfs;
	struct stat st;

	say("stat /sys/kernel/debug: %s", stat("/sys/kernel/debug", &st) ? strerror(errno) : "dir");
	if (mount("none", "/sys/kernel/debug", "debugfs", 0, NULL)) {
		say("mount debugfs: %s", strerror(errno));
		return;
	}
	statfs("/sys/kernel/debug", &sfs);
	say("statfs /sys/kernel/debug: magic %#lx", (unsigned long)sfs.f_type);
	say("umount debugfs: %s", umount("/sys/kernel/debug") ? strerror(errno) : "ok");
}

int main(void)
{
	mount_sysfs();
	memory_devices();
	partial_reads();
	writes();
	run_in_child("as uid 1000", as_user, NULL);
	debugfs();
	return 0;
}
