/*
 * splice.c - splice, tee and vmsplice: file -> pipe -> file with and
 * without offsets (the caller's offset moves, f_pos does not), a copy of
 * a larger file through a pipe, pipe -> pipe, tee leaving its source
 * unread and the two pipes written to afterwards, vmsplice both ways, a
 * blocking splice woken by a child's write, and the errors.
 */
#define _GNU_SOURCE
#include "usertest.h"
#include <stdint.h>
#include <sys/stat.h>
#include <sys/uio.h>

#define D "/splice.d"
#define BIG 70000 /* more than a pipe holds (16 pages) */

static char pattern[BIG];

static long spl(int in, loff_t *off_in, int out, loff_t *off_out, size_t len, unsigned int flags)
{
	long r = syscall(SYS_splice, in, off_in, out, off_out, len, flags);

	return r == -1 ? -errno : r;
}

static long tee2(int in, int out, size_t len, unsigned int flags)
{
	return sys(SYS_tee, in, out, len, flags);
}

static long vms(int fd, const struct iovec *iov, unsigned long nr, unsigned int flags)
{
	return sys(SYS_vmsplice, fd, (long)iov, nr, flags);
}

/* read what is in a pipe (non-blocking) into a string */
static const char *drain(int fd)
{
	static char buf[256];
	int fl = fcntl(fd, F_GETFL);
	long n;

	fcntl(fd, F_SETFL, fl | O_NONBLOCK);
	n = read(fd, buf, sizeof(buf) - 1);
	fcntl(fd, F_SETFL, fl);
	buf[n > 0 ? n : 0] = 0;
	return buf;
}

static void file_to_pipe(int src)
{
	int p[2];
	loff_t off = 100;
	char buf[64];
	long n;

	pipe(p);
	n = spl(src, &off, p[1], NULL, 50, 0);
	say("splice(src at 100, 50) -> pipe: %ld, offset now %lld, f_pos %lld", n, (long long)off,
	    (long long)lseek(src, 0, SEEK_CUR));
	n = read(p[0], buf, sizeof(buf));
	say("pipe holds %ld bytes, the file's: %d", n, n == 50 && !memcmp(buf, pattern + 100, 50));
	off = 5;
	n = spl(src, &off, p[1], NULL, 3, SPLICE_F_MOVE | SPLICE_F_MORE);
	say("splice(MOVE|MORE): %ld %s", n, drain(p[0]));
	n = spl(src, NULL, p[1], NULL, BIG, 0);
	say("splice(src, BIG) from f_pos: %ld (16 pages), f_pos %lld", n,
	    (long long)lseek(src, 0, SEEK_CUR));
	say("splice to a full pipe, NONBLOCK: %ld",
	    spl(src, NULL, p[1], NULL, 10, SPLICE_F_NONBLOCK));
	close(p[0]);
	close(p[1]);
	pipe(p);
	off = BIG - 10;
	say("splice of the last 10 bytes, asked 100: %ld", spl(src, &off, p[1], NULL, 100, 0));
	say("splice at the end of the file: %ld", spl(src, &off, p[1], NULL, 100, 0));
	off = BIG + 5;
	say("splice past the end: %ld", spl(src, &off, p[1], NULL, 100, 0));
	off = -1;
	say("splice at offset -1: %ld", spl(src, &off, p[1], NULL, 100, 0));
	close(p[0]);
	close(p[1]);
}

static void pipe_to_file(void)
{
	int p[2], dst = open(D "/dst", O_CREAT | O_RDWR | O_TRUNC, 0644);
	loff_t off = 5;
	struct stat st;
	char buf[32];
	int zeroes;
	long n;

	pipe(p);
	write(p[1], "hello world", 11);
	n = spl(p[0], NULL, dst, &off, 100, SPLICE_F_NONBLOCK);
	fstat(dst, &st);
	say("splice(pipe, dst at 5): %ld, offset now %lld, f_pos %lld, size %lld", n,
	    (long long)off, (long long)lseek(dst, 0, SEEK_CUR), (long long)st.st_size);
	n = pread(dst, buf, sizeof(buf), 0);
	for (zeroes = 0; zeroes < n && !buf[zeroes]; zeroes++)
		;
	say("dst: %ld bytes, %d zero bytes then \"%.11s\"", n, zeroes, buf + zeroes);
	write(p[1], "abc", 3);
	n = spl(p[0], NULL, dst, NULL, 2, 0);
	say("splice(pipe, dst) at f_pos: %ld, f_pos %lld", n, (long long)lseek(dst, 0, SEEK_CUR));
	say("the byte left in the pipe: %s", drain(p[0]));
	say("splice from an empty pipe, NONBLOCK: %ld",
	    spl(p[0], NULL, dst, NULL, 10, SPLICE_F_NONBLOCK));
	close(p[1]);
	say("splice from an empty pipe without writers: %ld", spl(p[0], NULL, dst, NULL, 10, 0));
	close(p[0]);
	close(dst);
}

/* The whole file through a pipe into another file, in pieces */
static void copy_through_pipe(int src)
{
	int p[2], dst = open(D "/copy", O_CREAT | O_RDWR | O_TRUNC, 0644);
	static char back[BIG];
	loff_t in = 0, out = 0;
	long n, total = 0, calls = 0;

	pipe(p);
	while ((n = spl(src, &in, p[1], NULL, 40000, 0)) > 0) {
		while (n > 0) {
			long m = spl(p[0], NULL, dst, &out, n, 0);

			if (m <= 0)
				break;
			n -= m;
			total += m;
		}
		calls++;
	}
	say("copied %ld bytes in %ld file->pipe splices; last %ld; offsets %lld %lld", total, calls,
	    n, (long long)in, (long long)out);
	n = pread(dst, back, BIG, 0);
	say("the copy: %ld bytes, the same: %d", n, n == BIG && !memcmp(back, pattern, BIG));
	close(p[0]);
	close(p[1]);
	close(dst);
}

static void pipes(void)
{
	int a[2], b[2];

	pipe(a);
	pipe(b);
	write(a[1], "abcdef", 6);
	say("splice(pipe a, pipe b, 4): %ld", spl(a[0], NULL, b[1], NULL, 4, 0));
	say("a: %s", drain(a[0]));
	say("b: %s", drain(b[0]));
	write(a[1], "abcdef", 6);
	say("tee(a, b, 4): %ld", tee2(a[0], b[1], 4, 0));
	say("tee(a, b, 100): %ld", tee2(a[0], b[1], 100, 0));
	write(a[1], "XY", 2);
	write(b[1], "ZW", 2);
	say("after writing to both, a: %s", drain(a[0]));
	say("b: %s", drain(b[0]));
	say("tee of an empty pipe, NONBLOCK: %ld", tee2(a[0], b[1], 4, SPLICE_F_NONBLOCK));
	say("tee(a, a): %ld", tee2(a[0], a[1], 4, 0));
	say("splice(a, a): %ld", spl(a[0], NULL, a[1], NULL, 4, 0));
	say("tee len 0: %ld", tee2(a[0], b[1], 0, 0));
	say("tee bad fd: %ld", tee2(99, b[1], 4, 0));
	say("tee from a write end: %ld", tee2(a[1], b[1], 4, 0));
	close(a[1]);
	say("tee of an empty pipe without writers: %ld", tee2(a[0], b[1], 4, 0));
	say("splice pipe->pipe without writers: %ld", spl(a[0], NULL, b[1], NULL, 4, 0));
	close(a[0]);
	close(b[0]);
	signal(SIGPIPE, SIG_IGN);
	pipe(a);
	write(a[1], "x", 1);
	say("tee into a pipe without readers: %ld", tee2(a[0], b[1], 1, 0));
	say("splice into a pipe without readers: %ld", spl(a[0], NULL, b[1], NULL, 1, 0));
	signal(SIGPIPE, SIG_DFL);
	close(a[0]);
	close(a[1]);
	close(b[1]);
}

static void vmsplice_both_ways(void)
{
	char one[8] = "hello ", two[16] = "vmsplice", r1[5] = { 0 }, r2[9] = { 0 };
	struct iovec in[2] = { { one, 6 }, { two, 8 } }, out[2] = { { r1, 4 }, { r2, 8 } };
	static struct iovec many[1025];
	int p[2], f = open(D "/dst", O_RDWR);

	pipe(p);
	say("vmsplice to the write end: %ld", vms(p[1], in, 2, 0));
	say("vmsplice from the read end: %ld: \"%s\" \"%s\"", vms(p[0], out, 2, 0), r1, r2);
	say("vmsplice of the 2 bytes left, NONBLOCK: %ld", vms(p[0], out, 2, SPLICE_F_NONBLOCK));
	say("vmsplice from an empty pipe, NONBLOCK: %ld", vms(p[0], out, 2, SPLICE_F_NONBLOCK));
	say("vmsplice of no segments: %ld", vms(p[1], in, 0, 0));
	say("vmsplice of 1025 segments: %ld", vms(p[1], many, 1025, 0));
	say("vmsplice to a file: %ld", vms(f, in, 2, 0));
	say("vmsplice bad fd: %ld", vms(99, in, 2, 0));
	say("vmsplice bad iovec: %ld", vms(p[1], (struct iovec *)8, 1, 0));
	in[0].iov_base = (void *)8;
	say("vmsplice bad buffer: %ld", vms(p[1], in, 1, 0));
	close(f);
	close(p[0]);
	close(p[1]);
}

static void errors(int src)
{
	int p[2], wo = open(D "/dst", O_WRONLY), app = open(D "/dst", O_WRONLY | O_APPEND);
	int ro = open(D "/dst", O_RDONLY);
	loff_t off = 0;

	pipe(p);
	write(p[1], "abc", 3);
	say("len 0: %ld", spl(99, NULL, 98, NULL, 0, 0));
	say("bad fd in: %ld", spl(99, NULL, p[1], NULL, 1, 0));
	say("bad fd out: %ld", spl(src, NULL, 99, NULL, 1, 0));
	say("file to file: %ld", spl(src, NULL, wo, NULL, 1, 0));
	say("offset on the pipe end (in): %ld", spl(p[0], &off, wo, NULL, 1, 0));
	say("offset on the pipe end (out): %ld", spl(src, NULL, p[1], &off, 1, 0));
	say("in open for writing only: %ld", spl(wo, NULL, p[1], NULL, 1, 0));
	say("out open for reading only: %ld", spl(p[0], NULL, ro, NULL, 1, 0));
	say("out O_APPEND: %ld", spl(p[0], NULL, app, NULL, 1, 0));
	say("bad offset address: %ld", spl(src, (loff_t *)8, p[1], NULL, 1, 0));
	say("unknown flag: %ld", spl(p[0], NULL, wo, NULL, 1, 0x100));
	close(wo);
	close(ro);
	close(app);
	close(p[0]);
	close(p[1]);
}

static void blocking(void)
{
	int p[2], dst = open(D "/dst", O_RDWR | O_TRUNC), status;
	char buf[8] = { 0 };
	pid_t pid;
	long n;

	pipe(p);
	pid = fork();
	if (pid == 0) {
		usleep(100000);
		write(p[1], "late", 4);
		_exit(0);
	}
	n = spl(p[0], NULL, dst, NULL, 100, 0);
	waitpid(pid, &status, 0);
	pread(dst, buf, 4, 0);
	say("blocking splice woken by a child's write: %ld \"%s\"", n, buf);
	close(p[0]);
	close(p[1]);
	close(dst);
}

int main(void)
{
	int i, src;

	for (i = 0; i < BIG; i++)
		pattern[i] = 'a' + (i * 7 + i / 26) % 26;
	mkdir(D, 0755);
	src = open(D "/src", O_CREAT | O_RDWR | O_TRUNC, 0644);
	write(src, pattern, BIG);
	lseek(src, 0, SEEK_SET);
	file_to_pipe(src);
	pipe_to_file();
	copy_through_pipe(src);
	pipes();
	vmsplice_both_ways();
	errors(src);
	blocking();
	close(src);
	unlink(D "/src");
	unlink(D "/dst");
	unlink(D "/copy");
	rmdir(D);
	return 0;
}
