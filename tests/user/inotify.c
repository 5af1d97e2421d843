/*
 * inotify.c - inotify_init, inotify_init1, inotify_add_watch and
 * inotify_rm_watch: the events of each VFS operation on a watched
 * directory and on watched files, in order (create, open, write,
 * read, close, chmod, chown, utimes, truncate, mkdir, link, symlink,
 * rename with its cookie, unlink, rmdir, IN_DELETE_SELF and IN_IGNORED),
 * the coalescing of identical events, IN_ONESHOT, IN_MASK_ADD,
 * IN_ONLYDIR, IN_DONT_FOLLOW, IN_Q_OVERFLOW, the limits of
 * /proc/sys/fs/inotify, a too-small buffer, FIONREAD, poll and epoll, a
 * blocking read woken by another process's event, and the errors.
 */
#define _GNU_SOURCE
#include "usertest.h"
#include <poll.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/inotify.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/time.h>

#define D "/inotify.d"

static const char *const mask_names[] = {
	"ACCESS",     "MODIFY",	  "ATTRIB",	"CLOSE_WRITE", "CLOSE_NOWRITE", "OPEN",
	"MOVED_FROM", "MOVED_TO", "CREATE",	"DELETE",      "DELETE_SELF",	"MOVE_SELF",
	"0x1000",     "UNMOUNT",  "Q_OVERFLOW", "IGNORED",
};

/* The wds the test knows, by name: events print "dir" rather than a number */
static int wds[8];
static const char *wd_names[8];
static uint32_t cookies[8];

static void name_wd(int slot, int wd, const char *name)
{
	wds[slot] = wd;
	wd_names[slot] = name;
}

static const char *wd_name(int wd)
{
	static char buf[16];
	int i;

	for (i = 7; i >= 0; i--) /* the latest name given to a number */
		if (wd_names[i] && wds[i] == wd)
			return wd_names[i];
	snprintf(buf, sizeof(buf), "%d", wd);
	return buf;
}

/* "c1", "c2"...: the same name for the same cookie, so that a rename's two halves show it */
static const char *cookie_name(uint32_t cookie)
{
	static char buf[8];
	int i;

	if (!cookie)
		return "0";
	for (i = 0; i < 8 && cookies[i] && cookies[i] != cookie; i++)
		;
	if (i == 8)
		return "?";
	cookies[i] = cookie;
	snprintf(buf, sizeof(buf), "c%d", i + 1);
	return buf;
}

static void mask_string(uint32_t mask, char *out, size_t size)
{
	size_t n = 0;
	int i;

	out[0] = 0;
	for (i = 0; i < 16; i++)
		if (mask & (1u << i))
			n += snprintf(out + n, size - n, "%s%s", n ? "|" : "", mask_names[i]);
	if (mask & IN_ISDIR)
		n += snprintf(out + n, size - n, "%sISDIR", n ? "|" : "");
	if (mask & ~(0xffffu | IN_ISDIR))
		snprintf(out + n, size - n, "|0x%x", mask & ~(0xffffu | IN_ISDIR));
}

/* Read and print every queued event of the non-blocking @fd, under the heading @what */
static void drain(int fd, const char *what)
{
	char buf[4096] __attribute__((aligned(8))), m[128];
	long n = sys(SYS_read, fd, (long)buf, sizeof(buf), 0), off = 0;

	say("%s:%s", what, n == -EAGAIN ? " none" : "");
	if (n < 0 && n != -EAGAIN)
		say("  read %ld", n);
	while (n > 0 && off < n) {
		struct inotify_event *e = (struct inotify_event *)(buf + off);

		mask_string(e->mask, m, sizeof(m));
		say("  %s %s cookie %s len %u%s%s", wd_name(e->wd), m, cookie_name(e->cookie),
		    e->len, e->len ? " " : "", e->len ? e->name : "");
		off += sizeof(*e) + e->len;
	}
}

/* The masks of every queued event of @fd on one line (a line Linux and 2.6.32 may differ in) */
static void drain_line(int fd, const char *what)
{
	char buf[4096] __attribute__((aligned(8))), line[256], m[128];
	long n = sys(SYS_read, fd, (long)buf, sizeof(buf), 0), off = 0;
	size_t len = 0;

	line[0] = 0;
	while (n > 0 && off < n) {
		struct inotify_event *e = (struct inotify_event *)(buf + off);

		mask_string(e->mask, m, sizeof(m));
		len += snprintf(line + len, sizeof(line) - len, " %s", m);
		off += sizeof(*e) + e->len;
	}
	say("%s:%s", what, n < 0 ? " none" : line);
}

static long add(int fd, const char *path, uint32_t mask)
{
	return sys(SYS_inotify_add_watch, fd, (long)path, mask, 0);
}

static void touch(const char *path)
{
	close(open(path, O_CREAT | O_WRONLY, 0644));
}

static void errors(void)
{
	int fd = inotify_init1(IN_NONBLOCK), p[2];
	char buf[64];

	say("inotify_init1(bad flag): %ld", sys(SYS_inotify_init1, 0x40, 0, 0, 0));
	say("inotify_init1(NONBLOCK|CLOEXEC): flags %s cloexec %d",
	    (fcntl(fd, F_GETFL) & O_NONBLOCK) ? "O_NONBLOCK" : "blocking",
	    !!(fcntl(fd, F_GETFD) & FD_CLOEXEC));
	close(fd);
	fd = sys(SYS_inotify_init1, IN_NONBLOCK | IN_CLOEXEC, 0, 0, 0);
	say("inotify_init1(NONBLOCK|CLOEXEC): flags %s cloexec %d",
	    (fcntl(fd, F_GETFL) & O_NONBLOCK) ? "O_NONBLOCK" : "blocking",
	    !!(fcntl(fd, F_GETFD) & FD_CLOEXEC));
	pipe(p);
	say("add_watch(bad fd): %ld", add(99, D, IN_ALL_EVENTS));
	say("add_watch(pipe): %ld", add(p[0], D, IN_ALL_EVENTS));
	say("add_watch(missing): %ld", add(fd, D "/missing", IN_ALL_EVENTS));
	touch(D "/file");
	say("add_watch(file, ONLYDIR): %ld", add(fd, D "/file", IN_ALL_EVENTS | IN_ONLYDIR));
	say("add_watch(bad address): %ld", add(fd, (const char *)8, IN_ALL_EVENTS));
	say("add_watch(no events): %s", add(fd, D, 0) > 0 ? "a wd" : "error");
	say("rm_watch(bad fd): %ld", sys(SYS_inotify_rm_watch, 99, 1, 0, 0));
	say("rm_watch(pipe): %ld", sys(SYS_inotify_rm_watch, p[0], 1, 0, 0));
	say("rm_watch(no such wd): %ld", sys(SYS_inotify_rm_watch, fd, 1234, 0, 0));
	say("read(empty, NONBLOCK): %ld", sys(SYS_read, fd, (long)buf, sizeof(buf), 0));
	say("write(inotify): %ld", sys(SYS_write, fd, (long)buf, 1, 0));
	say("lseek(inotify): %ld", sys(SYS_lseek, fd, 0, SEEK_SET, 0));
	unlink(D "/file");
	close(fd);
	close(p[0]);
	close(p[1]);
}

/* Every operation on a file of a watched directory, and what the directory hears */
static void directory_events(int fd)
{
	struct timeval tv[2] = { { 1, 0 }, { 2, 0 } };
	char buf[16];
	int f;

	f = open(D "/f", O_CREAT | O_WRONLY, 0644);
	drain(fd, "creat f");
	write(f, "ab", 2);
	write(f, "cd", 2);
	write(f, "ef", 2);
	drain(fd, "3 writes (merged)");
	close(f);
	drain(fd, "close");
	f = open(D "/f", O_RDONLY);
	read(f, buf, sizeof(buf));
	read(f, buf, sizeof(buf));
	close(f);
	drain(fd, "open, read, read at EOF, close");
	chmod(D "/f", 0600);
	chown(D "/f", 1, 1);
	drain(fd, "chmod, chown (merged)");
	utimes(D "/f", tv);
	drain(fd, "utimes");
	truncate(D "/f", 1);
	drain(fd, "truncate");
	f = open(D "/f", O_WRONLY | O_TRUNC);
	ftruncate(f, 0);
	close(f);
	drain(fd, "open O_TRUNC, ftruncate, close");
	mkdir(D "/sub", 0755);
	link(D "/f", D "/hard");
	symlink("f", D "/sym");
	mknod(D "/fifo", S_IFIFO | 0644, 0);
	drain(fd, "mkdir, link, symlink, mknod");
	rename(D "/f", D "/g");
	rename(D "/g", D "/sub/g");
	drain(fd, "rename f g, rename g sub/g");
	unlink(D "/hard");
	unlink(D "/sym");
	unlink(D "/fifo");
	unlink(D "/sub/g");
	rmdir(D "/sub");
	drain(fd, "unlink hard, sym, fifo, sub/g; rmdir sub");
}

/* Watches on files: events without names, the file's own end, a replaced target */
static void file_events(int fd)
{
	int f;

	touch(D "/a");
	touch(D "/b");
	name_wd(1, add(fd, D "/a", IN_ALL_EVENTS), "a");
	name_wd(2, add(fd, D "/b", IN_ALL_EVENTS), "b");
	drain(fd, "touch a b; watch a b");
	f = open(D "/a", O_RDWR);
	write(f, "x", 1);
	drain(fd, "open a, write");
	rename(D "/a", D "/a2");
	drain(fd, "rename a a2 (open)");
	unlink(D "/a2");
	drain(fd, "unlink a2 (still open)");
	close(f);
	drain(fd, "close it");
	touch(D "/c");
	rename(D "/c", D "/b");
	drain(fd, "rename c over b");
	unlink(D "/b");
	drain(fd, "unlink b");
}

static void watch_flags(int fd)
{
	long wd, wd2;

	touch(D "/o");
	name_wd(3, add(fd, D "/o", IN_OPEN | IN_ONESHOT), "o");
	close(open(D "/o", O_RDONLY));
	close(open(D "/o", O_RDONLY));
	drain(fd, "ONESHOT OPEN; open, open");
	wd = add(fd, D "/o", IN_ATTRIB);
	wd2 = add(fd, D "/o", IN_MODIFY | IN_MASK_ADD);
	name_wd(3, wd, "o");
	say("add_watch again with MASK_ADD: %s", wd == wd2 ? "same wd" : "another wd");
	chmod(D "/o", 0644);
	truncate(D "/o", 0);
	drain(fd, "ATTRIB + MASK_ADD MODIFY; chmod, truncate");
	wd2 = add(fd, D "/o", IN_MODIFY);
	say("add_watch again without MASK_ADD: %s", wd == wd2 ? "same wd" : "another wd");
	chmod(D "/o", 0600);
	truncate(D "/o", 0);
	drain(fd, "MODIFY only; chmod, truncate");
	say("rm_watch: %ld", sys(SYS_inotify_rm_watch, fd, wd, 0, 0));
	say("rm_watch again: %ld", sys(SYS_inotify_rm_watch, fd, wd, 0, 0));
	drain(fd, "after rm_watch");
	wd2 = add(fd, D "/o", IN_ATTRIB);
	say("new watch after rm_watch: %s", wd2 == wd + 1 ? "the next wd" : "another");
	name_wd(3, wd2, "o");
	symlink("o", D "/l");
	name_wd(4, add(fd, D "/l", IN_ATTRIB | IN_DONT_FOLLOW), "l");
	say("DONT_FOLLOW on a symlink: %s", wds[4] != wd2 ? "its own watch" : "the target's");
	say("ONLYDIR on a directory: %s",
	    add(fd, D, IN_ALL_EVENTS | IN_ONLYDIR) > 0 ? "ok" : "error");
	chmod(D "/o", 0644);
	drain(fd, "chmod o (watched through o; the link's own watch is quiet)");
	unlink(D "/l");
	unlink(D "/o");
	drain(fd, "unlink l, o");
}

static void buffers(int fd)
{
	char buf[64] __attribute__((aligned(8)));
	int n = -1;

	touch(D "/abcdefghijklmnopq"); /* a 17-byte name: len 32 */
	ioctl(fd, FIONREAD, &n);
	say("FIONREAD: %d", n);
	say("read(16 bytes): %ld", sys(SYS_read, fd, (long)buf, 16, 0));
	say("read(47 bytes): %ld", sys(SYS_read, fd, (long)buf, 47, 0));
	say("read(48 bytes): %ld", sys(SYS_read, fd, (long)buf, 48, 0));
	ioctl(fd, FIONREAD, &n);
	say("FIONREAD after: %d", n);
	drain(fd, "the rest");
	unlink(D "/abcdefghijklmnopq");
	drain(fd, "unlink");
}

static int proc_int(const char *name, int set)
{
	char path[96], buf[32];
	int f, n;

	snprintf(path, sizeof(path), "/proc/sys/fs/inotify/%s", name);
	f = open(path, set >= 0 ? O_RDWR : O_RDONLY);
	if (f < 0)
		return -errno;
	if (set >= 0) {
		n = snprintf(buf, sizeof(buf), "%d\n", set);
		write(f, buf, n);
		lseek(f, 0, SEEK_SET);
	}
	n = read(f, buf, sizeof(buf) - 1);
	close(f);
	buf[n > 0 ? n : 0] = 0;
	return atoi(buf);
}

static void limits(void)
{
	int fd, fd2, i, queued = proc_int("max_queued_events", -1);
	int watches = proc_int("max_user_watches", -1);
	int instances = proc_int("max_user_instances", -1);
	char path[64];

	say("max_queued_events %d", queued);
	say("max_user_instances %d", instances);
	say("max_user_watches %d", watches);
	proc_int("max_queued_events", 3);
	fd = inotify_init1(IN_NONBLOCK);
	name_wd(5, add(fd, D, IN_CREATE), "dir");
	for (i = 0; i < 6; i++) {
		snprintf(path, sizeof(path), D "/q%d", i);
		touch(path);
	}
	drain(fd, "max_queued_events 3; 6 creates");
	for (i = 0; i < 6; i++) {
		snprintf(path, sizeof(path), D "/q%d", i);
		unlink(path);
	}
	close(fd);
	proc_int("max_queued_events", queued);
	say("max_user_instances 1: %d", proc_int("max_user_instances", 1));
	fd = inotify_init();
	fd2 = inotify_init();
	say("a second instance: %s", fd2 < 0 ? strerror(errno) : "ok");
	close(fd);
	proc_int("max_user_instances", instances);
	proc_int("max_user_watches", 1);
	fd = inotify_init();
	touch(D "/w");
	say("first watch: %s", add(fd, D, IN_CREATE) > 0 ? "ok" : "error");
	say("second watch: %ld", add(fd, D "/w", IN_CREATE));
	say("the first again: %s", add(fd, D, IN_DELETE) > 0 ? "ok" : "error");
	close(fd);
	fd = inotify_init();
	say("after close, a watch: %s", add(fd, D, IN_CREATE) > 0 ? "ok" : "error");
	close(fd);
	unlink(D "/w");
	proc_int("max_user_watches", watches);
}

static void waiting(void)
{
	int fd = inotify_init(), ep = epoll_create1(0), status;
	struct epoll_event ev = { .events = EPOLLIN }, out;
	struct pollfd pfd = { .fd = fd, .events = POLLIN };
	char buf[256] __attribute__((aligned(8)));
	struct inotify_event *e = (struct inotify_event *)buf;
	long n;
	pid_t pid;

	name_wd(6, add(fd, D, IN_CREATE | IN_DELETE), "dir");
	epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
	say("poll, nothing queued: %d", poll(&pfd, 1, 0));
	say("epoll_wait, nothing queued: %d", epoll_wait(ep, &out, 1, 0));
	pid = fork();
	if (pid == 0) {
		usleep(100000);
		touch(D "/late");
		_exit(0);
	}
	n = sys(SYS_read, fd, (long)buf, sizeof(buf), 0);
	say("blocking read woken by a child's create: %ld bytes, %s %s", n,
	    e->mask == IN_CREATE ? "CREATE" : "?", e->len ? e->name : "");
	waitpid(pid, &status, 0);
	unlink(D "/late");
	n = poll(&pfd, 1, 0);
	say("poll after an unlink: %ld revents 0x%x", n, pfd.revents);
	n = epoll_wait(ep, &out, 1, 0);
	say("epoll_wait: %ld events 0x%x", n, out.events);
	pid = fork();
	if (pid == 0) {
		usleep(100000);
		touch(D "/late2");
		_exit(0);
	}
	pfd.revents = 0;
	n = poll(&pfd, 1, 5000);
	say("blocking poll woken by a child's create: %ld revents 0x%x", n, pfd.revents);
	waitpid(pid, &status, 0);
	unlink(D "/late2");
	close(ep);
	close(fd);
}

/* An unmount ends the watches on the file system: IN_UNMOUNT, then IN_IGNORED */
static void unmount_events(void)
{
	int fd = inotify_init1(IN_NONBLOCK);

	mkdir(D "/m", 0755);
	say("mount tmpfs: %d", mount("tmpfs", D "/m", "tmpfs", 0, NULL));
	touch(D "/m/x");
	name_wd(7, add(fd, D "/m/x", IN_ATTRIB), "x");
	say("umount: %d", umount(D "/m"));
	drain(fd, "umount with a watch on m/x");
	rmdir(D "/m");
	close(fd);
}

static void readdir_events(int fd)
{
	char buf[512];
	int d = open(D, O_RDONLY | O_DIRECTORY);

	syscall(SYS_getdents64, d, buf, sizeof(buf));
	close(d);
	drain_line(fd, "open the directory, getdents64, close");
}

int main(void)
{
	struct statfs sfs;
	int fd;

	mkdir(D, 0755);
	mkdir("/proc", 0555);
	mount("proc", "/proc", "proc", 0, NULL); /* Linux's initramfs has no /proc yet */
	statfs("/", &sfs);
	say("rootfs: %s", (unsigned int)sfs.f_type == 0x858458f6 ? "ramfs" :
			  sfs.f_type == 0x01021994		 ? "tmpfs" :
								   "?");
	errors();
	fd = inotify_init1(IN_NONBLOCK);
	name_wd(0, add(fd, D, IN_ALL_EVENTS), "dir");
	say("watch %s: wd %d", D, wds[0]);
	directory_events(fd);
	readdir_events(fd);
	file_events(fd);
	watch_flags(fd);
	buffers(fd);
	close(fd);
	limits();
	waiting();
	unmount_events();
	rmdir(D);
	return 0;
}
