/*
 * fadvise.c - posix_fadvise (fadvise64 and fadvise64_64), readahead and
 * sync_file_range: on a file in memory they change nothing a program can
 * see, so what is checked is their answers: each advice, the 64-bit
 * offsets and lengths in two registers, and the errors in 2.6.32's
 * order (-EBADF, -ESPIPE for a pipe, -EINVAL for bad advice, flags or a
 * negative range; sync_file_range checks the range before the
 * descriptor).
 */
#include "usertest.h"
#include <sys/stat.h>

#define FILE_NAME "/fadvise.tmp"

/* fadvise64_64(fd, offset, len, advice), each 64-bit value low half first */
static long fadv64(int fd, long long off, long long len, int advice)
{
	long r = syscall(SYS_fadvise64_64, fd, (long)off, (long)(off >> 32), (long)len,
			 (long)(len >> 32), advice);

	return r == -1 ? -errno : r;
}

/* fadvise64(fd, offset, 32-bit len, advice) */
static long fadv(int fd, long long off, long len, int advice)
{
	long r = syscall(SYS_fadvise64, fd, (long)off, (long)(off >> 32), len, advice);

	return r == -1 ? -errno : r;
}

static long rahead(int fd, long long off, long count)
{
	long r = syscall(SYS_readahead, fd, (long)off, (long)(off >> 32), count);

	return r == -1 ? -errno : r;
}

static long sfr(int fd, long long off, long long n, unsigned int flags)
{
	long r = syscall(SYS_sync_file_range, fd, (long)off, (long)(off >> 32), (long)n,
			 (long)(n >> 32), flags);

	return r == -1 ? -errno : r;
}

static void advice(int fd, int p0, int dir)
{
	int a;

	for (a = 0; a <= 6; a++)
		say("fadvise64_64 advice %d: %ld, fadvise64: %ld", a, fadv64(fd, 0, 4096, a),
		    fadv(fd, 0, 4096, a));
	say("fadvise length 0 (to the end): %ld", fadv64(fd, 100, 0, POSIX_FADV_WILLNEED));
	say("fadvise negative length: %ld", fadv64(fd, 0, -1, POSIX_FADV_NORMAL));
	say("fadvise negative offset: %ld", fadv64(fd, -4096, 4096, POSIX_FADV_DONTNEED));
	say("fadvise offset past 4 GiB: %ld", fadv64(fd, 1LL << 33, 4096, POSIX_FADV_WILLNEED));
	say("fadvise a pipe: %ld", fadv64(p0, 0, 0, POSIX_FADV_NORMAL));
	say("fadvise a pipe, bad advice: %ld", fadv64(p0, 0, 0, 99));
	say("fadvise bad fd: %ld", fadv64(999, 0, 0, POSIX_FADV_NORMAL));
	say("fadvise a directory: %ld", fadv64(dir, 0, 0, POSIX_FADV_SEQUENTIAL));
}

static void readahead_(int fd, int p0, int dir)
{
	int wo = open(FILE_NAME, O_WRONLY);

	say("readahead: %ld", rahead(fd, 0, 8192));
	say("readahead past the end: %ld", rahead(fd, 1LL << 32, 100));
	say("readahead count 0: %ld", rahead(fd, 0, 0));
	say("readahead write-only fd: %ld", rahead(wo, 0, 100));
	say("readahead a pipe: %ld", rahead(p0, 0, 100));
	say("readahead bad fd: %ld", rahead(-1, 0, 100));
	say("readahead a directory: %ld", rahead(dir, 0, 100));
	close(wo);
}

static void sync_range(int fd, int p0, int dir)
{
	int f;

	for (f = 0; f <= 8; f++)
		say("sync_file_range flags %d: %ld", f, sfr(fd, 0, 4096, f));
	say("sync_file_range nbytes 0 (to the end): %ld", sfr(fd, 0, 0, 7));
	say("sync_file_range negative offset: %ld", sfr(fd, -1, 10, 0));
	say("sync_file_range negative nbytes: %ld", sfr(fd, 10, -1, 0));
	say("sync_file_range wrapping past the largest offset: %ld",
	    sfr(fd, 0x7ffffffffffff000LL, 0x2000, 0));
	say("sync_file_range past 32-bit page indexes: %ld", sfr(fd, 1LL << 44, 10, 2));
	say("sync_file_range a pipe: %ld", sfr(p0, 0, 10, 2));
	say("sync_file_range a directory: %ld", sfr(dir, 0, 10, 2));
	say("sync_file_range bad fd: %ld", sfr(999, 0, 10, 2));
	say("sync_file_range bad fd, bad flags: %ld", sfr(999, 0, 10, 8));
	say("sync_file_range bad fd, negative offset: %ld", sfr(999, -1, 10, 0));
	say("sync_file_range /dev/console (a character device): %ld", sfr(1, 0, 10, 2));
}

int main(void)
{
	int fd = open(FILE_NAME, O_RDWR | O_CREAT | O_TRUNC, 0644), p[2];
	int dir = open("/", O_RDONLY | O_DIRECTORY);
	char buf[8192];

	memset(buf, 'f', sizeof(buf));
	write(fd, buf, sizeof(buf));
	pipe(p);
	advice(fd, p[0], dir);
	readahead_(fd, p[0], dir);
	sync_range(fd, p[0], dir);
	unlink(FILE_NAME);
	return 0;
}
