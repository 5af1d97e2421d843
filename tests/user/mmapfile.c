/*
 * mmapfile.c - mappings of files: private copy-on-write, shared writes
 * seen by read(), fork, munmap, SIGBUS past the end of the file, the
 * open mode's limits, -ETXTBSY for a running program's file, and the
 * program's own segments in /proc/self/maps, and /dev/zero mapped private
 * and shared.
 */
#include "usertest.h"
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>

#define PG 4096
#define FSIZE (2 * PG + 100)
#define FILE_A "/tmp/mf"

static char buf[FSIZE];

/* A call's result, and errno if it failed (-1) */
static void result(const char *what, long r)
{
	int e = r < 0 ? errno : 0;

	say("%s %ld errno %d", what, r, e);
}

/* An mmap's result: failed or not, and errno if it failed */
static void mapped(const char *what, void *p)
{
	int e = p == MAP_FAILED ? errno : 0;

	say("%s failed %d errno %d", what, p == MAP_FAILED, e);
}

static void read_byte(void *p)
{
	(void)*(volatile char *)p;
}

static void write_byte(void *p)
{
	*(volatile char *)p = 1;
}

/* A file of FSIZE bytes: byte i is 'a' + i % 26 */
static int make_file(const char *path)
{
	int fd, i;

	for (i = 0; i < FSIZE; i++)
		buf[i] = 'a' + i % 26;
	fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);
	if (write(fd, buf, FSIZE) != FSIZE)
		say("write %s failed errno %d", path, errno);
	return fd;
}

static char file_byte(int fd, off_t off)
{
	char c = '?';

	if (pread(fd, &c, 1, off) != 1)
		say("pread failed errno %d", errno);
	return c;
}

static void private_test(int fd)
{
	char *p = mmap(NULL, 3 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);

	say("private map %d", p != MAP_FAILED);
	say("private reads file %d last %c past end zero %d", !memcmp(p, buf, FSIZE), p[FSIZE - 1],
	    p[FSIZE] == 0 && p[3 * PG - 1] == 0);
	p[0] = 'Z';
	say("private write seen in map %c, file still %c", p[0], file_byte(fd, 0));
	if (pwrite(fd, "W", 1, PG) != 1)
		say("pwrite failed");
	say("unwritten private page follows the file %c", p[PG]);
	p[PG + 1] = 'Y';
	if (pwrite(fd, "V", 1, PG + 2) != 1)
		say("pwrite failed");
	say("copied private page no longer follows %c%c", p[PG + 1], p[PG + 2]);
	if (fork() == 0) {
		p[0] = 'C';
		_exit(0);
	}
	wait(NULL);
	say("child's private write not seen by parent %c", p[0]);
	say("munmap %d", munmap(p, 3 * PG));
	run_in_child("read after munmap", read_byte, p);
}

static void shared_test(int fd)
{
	char *q = mmap(NULL, 3 * PG, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	char *r = mmap(NULL, PG, PROT_READ, MAP_SHARED, fd, PG);

	say("shared maps %d %d", q != MAP_FAILED, r != MAP_FAILED);
	q[PG + 5] = 'S';
	say("shared write seen by read %c, by another mapping %c", file_byte(fd, PG + 5), r[5]);
	if (pwrite(fd, "T", 1, PG + 6) != 1)
		say("pwrite failed");
	say("write() seen by the mapping %c", q[PG + 6]);
	if (fork() == 0) {
		q[7] = 'K';
		_exit(0);
	}
	wait(NULL);
	say("child's shared write seen by parent %c and the file %c", q[7], file_byte(fd, 7));
	say("msync %d async %d", msync(q, 3 * PG, MS_SYNC), msync(q, PG, MS_ASYNC));
	result("msync unaligned", msync(q + 1, PG, MS_SYNC));
	result("msync both", msync(q, PG, MS_SYNC | MS_ASYNC));
	say("munmap a hole %d", munmap(q + PG, PG));
	result("msync over a hole", msync(q, 3 * PG, MS_SYNC));
	q[FSIZE] = 'X'; /* past the end, in the last page: never reaches the file */
	say("munmap %d, file keeps the write %c", munmap(q, 3 * PG), file_byte(fd, PG + 5));
	say("size unchanged %ld", (long)lseek(fd, 0, SEEK_END));
	run_in_child("write read-only shared map", write_byte, r);
	munmap(r, PG);
}

static void sigbus_test(int fd)
{
	char *p = mmap(NULL, 5 * PG, PROT_READ, MAP_PRIVATE, fd, 0);
	char *w = mmap(NULL, 3 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);

	say("map past end %d", p != MAP_FAILED);
	run_in_child("read last partial page", read_byte, p + 2 * PG + 200);
	run_in_child("read page past end", read_byte, p + 3 * PG);
	say("mapped before truncate %c, private copy %c", p[PG], w[PG] = 'P');
	say("ftruncate %d", ftruncate(fd, 100));
	run_in_child("read truncated page", read_byte, p + PG);
	run_in_child("read truncated page's private copy", read_byte, w + PG);
	run_in_child("read truncated page's partial first page", read_byte, w + 200);
	say("ftruncate back %d", ftruncate(fd, FSIZE));
	run_in_child("read regrown page (zeroes)", read_byte, p + PG);
	say("regrown page reads zero %d, the copy too %d", p[PG + 10] == 0, w[PG] == 0);
	munmap(p, 5 * PG);
	munmap(w, 3 * PG);
}

static void zero_test(void)
{
	int fd = open("/tmp/zero", O_RDWR);
	char *p = mmap(NULL, 2 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	char *q = mmap(NULL, PG, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);

	say("/dev/zero maps %d %d, zeroes %d", p != MAP_FAILED, q != MAP_FAILED,
	    p[0] == 0 && p[2 * PG - 1] == 0 && q[PG - 1] == 0);
	p[5] = 'p';
	if (fork() == 0) {
		p[5] = 'c';
		q[5] = 'c';
		_exit(0);
	}
	wait(NULL);
	say("/dev/zero after the child wrote: private %c shared %c", p[5], q[5]);
	munmap(p, 2 * PG);
	munmap(q, PG);
	close(fd);
}

static void error_test(void)
{
	int ro = open(FILE_A, O_RDONLY), wo = open(FILE_A, O_WRONLY), dir = open("/", O_RDONLY);
	char *p;

	p = mmap(NULL, PG, PROT_READ, MAP_SHARED, wo, 0);
	mapped("write-only file", p);
	p = mmap(NULL, PG, PROT_READ | PROT_WRITE, MAP_SHARED, ro, 0);
	mapped("shared writable of read-only open", p);
	p = mmap(NULL, PG, PROT_READ | PROT_WRITE, MAP_PRIVATE, ro, 0);
	say("private writable of read-only open %d", p != MAP_FAILED);
	munmap(p, PG);
	p = mmap(NULL, PG, PROT_READ, MAP_SHARED, ro, 0);
	say("shared read-only map %d", p != MAP_FAILED);
	result("mprotect it writable", mprotect(p, PG, PROT_READ | PROT_WRITE));
	munmap(p, PG);
	p = mmap(NULL, PG, PROT_READ, MAP_PRIVATE, dir, 0);
	mapped("directory", p);
	p = mmap(NULL, PG, PROT_READ, MAP_PRIVATE, 99, 0);
	mapped("bad fd", p);
	p = mmap(NULL, 0, PROT_READ, MAP_PRIVATE, ro, 0);
	mapped("zero length", p);
	p = mmap(NULL, PG, PROT_READ, 0, ro, 0);
	mapped("neither shared nor private", p);
	p = mmap(NULL, PG, PROT_READ, MAP_PRIVATE, ro, 100);
	mapped("unaligned offset", p);
	close(ro);
	close(wo);
	close(dir);
}

/* Copy this program to @path, leaving it open for writing */
static int copy_self(const char *self, const char *path)
{
	int in = open(self, O_RDONLY), out = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0755);
	char b[4096];
	ssize_t n;

	while ((n = read(in, b, sizeof(b))) > 0)
		if (write(out, b, n) != n)
			say("copy failed");
	close(in);
	return out;
}

/* Run @path "exit-at-once"; its exit status, 100 + errno if execve failed */
static int run_prog(const char *path)
{
	char *argv[] = { (char *)path, "exit-at-once", NULL };
	int status;
	pid_t pid = fork();

	if (pid == 0) {
		execve(path, argv, NULL);
		_exit(100 + errno);
	}
	waitpid(pid, &status, 0);
	return WEXITSTATUS(status);
}

static void etxtbsy_test(const char *self)
{
	int fd = copy_self(self, "/tmp/mfcopy"), pfd[2], ready[2];
	char c;
	pid_t pid;

	say("exec of a file open for writing: status %d (100 + ETXTBSY %d)",
	    run_prog("/tmp/mfcopy"), 100 + ETXTBSY);
	close(fd);
	say("exec once closed: status %d", run_prog("/tmp/mfcopy"));
	result("open running program for writing", open(self, O_WRONLY));
	result("open running program O_TRUNC", open(self, O_RDWR | O_TRUNC));
	result("truncate running program", truncate(self, 0));
	fd = open(self, O_RDONLY);
	say("open running program for reading %d", fd >= 0);
	close(fd);
	if (pipe(pfd) || pipe(ready))
		say("pipe failed");
	pid = fork();
	if (pid == 0) {
		char *argv[] = { "/tmp/mfcopy", "wait-on-stdin", NULL };

		dup2(pfd[0], 0);
		dup2(ready[1], 3);
		close(pfd[1]);
		execve(argv[0], argv, NULL);
		_exit(1);
	}
	close(pfd[0]);
	close(ready[1]);
	say("the other process started %d", read(ready[0], &c, 1) == 1);
	close(ready[0]);
	result("open a program another process runs", open("/tmp/mfcopy", O_WRONLY));
	close(pfd[1]);
	waitpid(pid, NULL, 0);
	fd = open("/tmp/mfcopy", O_WRONLY);
	say("after it exited %d", fd >= 0);
	close(fd);
}

/* This program's own lines of /proc/self/maps, without the device and inode numbers */
static void maps_test(const char *self)
{
	static char m[16384];
	int fd = open("/proc/self/maps", O_RDONLY), n = 0, r;
	struct stat st;
	char *line, *save;

	while (fd >= 0 && (r = read(fd, m + n, sizeof(m) - 1 - n)) > 0)
		n += r;
	m[n] = 0;
	close(fd);
	stat(self, &st);
	for (line = strtok_r(m, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		char range[32], perms[8], off[16], dev[16], path[64] = "";
		unsigned long ino;

		if (sscanf(line, "%31s %7s %15s %15s %lu %63s", range, perms, off, dev, &ino,
			   path) < 5)
			continue;
		if (!strcmp(path, self))
			say("maps %s %s %s inode matches %d", range, perms, off, ino == st.st_ino);
	}
}

int main(int argc, char **argv)
{
	int fd;

	if (argc > 1 && !strcmp(argv[1], "exit-at-once"))
		return 7;
	if (argc > 1 && !strcmp(argv[1], "wait-on-stdin")) {
		char c = 'r';

		if (write(3, &c, 1) != 1) /* running now: tell the parent */
			return 2;
		return read(0, &c, 1) < 0;
	}
	mkdir("/tmp", 01777); /* the oracle's initramfs has none */
	mkdir("/proc", 0555);
	mount("proc", "/proc", "proc", 0, NULL);
	fd = make_file(FILE_A);
	private_test(fd);
	shared_test(fd);
	sigbus_test(fd);
	close(fd);
	error_test();
	if (mknod("/tmp/zero", S_IFCHR | 0666, makedev(1, 5)))
		say("mknod /tmp/zero failed errno %d", errno);
	zero_test();
	etxtbsy_test(argv[0]);
	maps_test(argv[0]);
	unlink(FILE_A);
	unlink("/tmp/mfcopy");
	unlink("/tmp/zero");
	return 0;
}
