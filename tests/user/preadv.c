/*
 * preadv.c - preadv(2) and pwritev(2): readv and writev at an offset
 * given as two 32-bit halves (low, then high), leaving the file position
 * alone; short reads at the end of the file, a write past it leaving a
 * hole of zeros, O_APPEND, and the errors in 2.6.32's order: a negative
 * offset is -EINVAL before the descriptor is looked at, then -EBADF,
 * -ESPIPE on a pipe, then the vector's -EINVAL and -EFAULT.
 */
#include "usertest.h"
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/uio.h>

#define FILE_NAME "/preadv.tmp"

static long pv(long nr, int fd, const struct iovec *iov, long n, unsigned long lo, unsigned long hi)
{
	long r = syscall(nr, fd, iov, n, lo, hi);

	return r == -1 ? -errno : r;
}

static long prv(int fd, const struct iovec *iov, long n, long long pos)
{
	return pv(SYS_preadv, fd, iov, n, (unsigned long)pos, (unsigned long)(pos >> 32));
}

static long pwv(int fd, const struct iovec *iov, long n, long long pos)
{
	return pv(SYS_pwritev, fd, iov, n, (unsigned long)pos, (unsigned long)(pos >> 32));
}

/* The whole file, with zeros shown as '.' */
static void show_file(const char *what, int fd)
{
	char buf[64];
	long n = pread(fd, buf, sizeof(buf) - 1, 0), i;

	for (i = 0; i < n; i++)
		buf[i] = buf[i] ? buf[i] : '.';
	buf[n < 0 ? 0 : n] = 0;
	say("%s: \"%s\" (%ld bytes)", what, buf, n);
}

static void reads(int fd)
{
	char a[8], b[8];
	struct iovec iov[2] = { { a, 3 }, { b, 5 } };
	long r;

	memset(a, 0, sizeof(a));
	memset(b, 0, sizeof(b));
	r = prv(fd, iov, 2, 4);
	say("preadv at 4, 3+5: %ld \"%s\" \"%s\", position still %ld", r, a, b,
	    (long)lseek(fd, 0, SEEK_CUR));
	memset(a, 0, sizeof(a));
	memset(b, 0, sizeof(b));
	r = prv(fd, iov, 2, 14);
	say("preadv at 14 (2 left): %ld \"%s\" \"%s\"", r, a, b);
	say("preadv at the end: %ld", prv(fd, iov, 2, 16));
	say("preadv past the end: %ld", prv(fd, iov, 2, 1000));
	say("preadv at 4 GiB (high half 1): %ld", prv(fd, iov, 2, 1LL << 32));
	say("preadv, no pieces: %ld", prv(fd, iov, 0, 0));
	iov[0].iov_len = 0;
	memset(b, 0, sizeof(b));
	r = prv(fd, iov, 2, 0);
	say("preadv, first piece empty: %ld \"%s\"", r, b);
}

static void writes(int fd)
{
	struct iovec iov[2] = { { "XY", 2 }, { "Z", 1 } };

	say("pwritev at 2, 2+1: %ld, position still %ld", pwv(fd, iov, 2, 2),
	    (long)lseek(fd, 0, SEEK_CUR));
	show_file("  file", fd);
	say("pwritev at 20: %ld", pwv(fd, iov, 2, 20));
	show_file("  a hole of zeros", fd);
}

static void append(void)
{
	struct iovec iov[1] = { { "ap", 2 } };
	int fd = open(FILE_NAME, O_RDWR | O_APPEND);

	say("pwritev at 0 with O_APPEND: %ld", pwv(fd, iov, 1, 0));
	show_file("  appended", fd);
	close(fd);
}

static void errors(int fd)
{
	char a[8];
	struct iovec iov[2] = { { a, 4 }, { a + 4, 4 } };
	struct iovec *many = calloc(1025, sizeof(*many));
	int p[2], ro, dir;
	long r;

	say("negative offset: %ld", pv(SYS_preadv, fd, iov, 2, 0, 0x80000000));
	say("pwritev negative offset: %ld", pv(SYS_pwritev, fd, iov, 2, 5, 0xffffffff));
	say("negative offset, bad fd: %ld", pv(SYS_preadv, 999, iov, 2, 0, 0x80000000));
	say("bad fd: %ld", prv(999, iov, 2, 0));
	say("pwritev bad fd: %ld", pwv(-1, iov, 2, 0));
	pipe(p);
	say("preadv on a pipe: %ld", prv(p[0], iov, 2, 0));
	say("pwritev on a pipe: %ld", pwv(p[1], iov, 2, 0));
	say("preadv on a pipe's write end: %ld", prv(p[1], iov, 2, 0));
	close(p[0]);
	close(p[1]);
	ro = open(FILE_NAME, O_RDONLY);
	say("pwritev on a read-only fd: %ld", pwv(ro, iov, 2, 0));
	close(ro);
	ro = open(FILE_NAME, O_WRONLY);
	say("preadv on a write-only fd: %ld", prv(ro, iov, 2, 0));
	close(ro);
	dir = open("/", O_RDONLY | O_DIRECTORY);
	say("preadv on a directory: %ld", prv(dir, iov, 2, 0));
	close(dir);
	say("1025 pieces: %ld", prv(fd, many, 1025, 0));
	many[0].iov_base = a;
	many[0].iov_len = 1;
	say("1024 pieces (one byte): %ld", prv(fd, many, 1024, 0));
	say("vector NULL: %ld", prv(fd, NULL, 2, 0));
	say("vector unmapped: %ld", prv(fd, (struct iovec *)8, 2, 0));
	iov[1].iov_len = (size_t)-1;
	say("a negative length: %ld", prv(fd, iov, 2, 0));
	iov[0].iov_len = 0x7fffffff;
	iov[1].iov_len = 2;
	say("lengths overflowing ssize_t: %ld", prv(fd, iov, 2, 0));
	iov[0].iov_base = (void *)0xc0000000;
	iov[0].iov_len = 4;
	iov[1].iov_len = 4;
	say("a kernel buffer: %ld", prv(fd, iov, 2, 0));
	say("pwritev from a kernel buffer: %ld", pwv(fd, iov, 2, 0));
	iov[0].iov_base = NULL;
	iov[0].iov_len = 0;
	say("NULL with length 0, then a good piece: %ld", prv(fd, iov, 2, 0));
	say("range past the largest offset: %ld", prv(fd, iov + 1, 1, 0x7ffffffffffffffeLL));
	r = syscall(SYS_pread64, fd, a, 4, 0xfffffffe, 0x7fffffff);
	say("pread64 there too: %ld", r == -1 ? -errno : r);
	free(many);
}

static void devnull(void)
{
	struct iovec iov[2] = { { "ab", 2 }, { "cde", 3 } };
	char buf[4];
	int fd = open("/null.tmp", O_RDWR); /* 1:3, made by main() */

	say("pwritev to a null device: %ld", pwv(fd, iov, 2, 100));
	iov[0].iov_base = buf;
	iov[0].iov_len = sizeof(buf);
	say("preadv from it: %ld", prv(fd, iov, 1, 100));
	close(fd);
}

int main(void)
{
	int fd = open(FILE_NAME, O_RDWR | O_CREAT | O_TRUNC, 0644);

	write(fd, "0123456789abcdef", 16);
	reads(fd);
	writes(fd);
	append();
	errors(fd);
	close(fd);
	unlink(FILE_NAME);
	mknod("/null.tmp", S_IFCHR | 0666, makedev(1, 3));
	devnull();
	unlink("/null.tmp");
	return 0;
}
