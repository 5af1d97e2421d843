/*
 * madvise.c - madvise(2): the hints that only set a vma's flags (and split
 * or merge vmas, counted in /proc/self/maps), MADV_DONTFORK leaving a
 * range out of a fork's child, MADV_DONTNEED throwing pages away (private
 * anonymous memory reads zero again, a file mapping the file), the
 * advice that only files take (WILLNEED, REMOVE), and the errors,
 * including a hole in the range: -ENOMEM after the mapped parts got the
 * advice. Addresses differ between kernels, so no line prints one.
 */
#define _GNU_SOURCE /* MADV_* beyond POSIX */
#include "usertest.h"
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/stat.h>

#define P 4096L
#define RW (PROT_READ | PROT_WRITE)

/* madvise as the kernel answers: 0 or -errno */
static long adv(void *addr, long len, long advice)
{
	return sys(SYS_madvise, (long)addr, len, advice, 0);
}

static char *anon(long len, int flags)
{
	return mmap(NULL, len, RW, flags | MAP_ANONYMOUS, -1, 0);
}

/* In a child: read a byte and exit with it (a missing page is SIGSEGV) */
static void read_byte(void *p)
{
	_exit(*(volatile char *)p);
}

static void hints(void)
{
	char *p = anon(3 * P, MAP_PRIVATE);
	long r;

	memset(p, 'h', 3 * P);
	r = adv(p, 3 * P, MADV_NORMAL);
	say("normal on all: %ld, vmas %d", r, vmas_in(p, p + 3 * P));
	r = adv(p, 3 * P, MADV_SEQUENTIAL);
	say("sequential on all: %ld, vmas %d", r, vmas_in(p, p + 3 * P));
	r = adv(p, 3 * P, MADV_RANDOM);
	say("random on all: %ld, vmas %d", r, vmas_in(p, p + 3 * P));
	r = adv(p, 3 * P, MADV_NORMAL);
	say("normal on all again: %ld, vmas %d", r, vmas_in(p, p + 3 * P));
	r = adv(p + P, P, MADV_SEQUENTIAL);
	say("sequential on the middle page: %ld, vmas %d", r, vmas_in(p, p + 3 * P));
	r = adv(p, P, MADV_RANDOM);
	say("random on the first page: %ld, vmas %d", r, vmas_in(p, p + 3 * P));
	r = adv(p, 2 * P, MADV_RANDOM);
	say("random on the first two: %ld, vmas %d", r, vmas_in(p, p + 3 * P));
	r = adv(p, 3 * P, MADV_NORMAL);
	say("normal on all: %ld, merged back to vmas %d, data kept %d", r, vmas_in(p, p + 3 * P),
	    p[0] == 'h' && p[P] == 'h' && p[3 * P - 1] == 'h');
	r = adv(p + 2 * P, 1, MADV_RANDOM);
	say("a length not a page multiple (1 byte): %ld, vmas %d", r, vmas_in(p, p + 3 * P));
	munmap(p, 3 * P);
}

static void dontfork(void)
{
	char *p = anon(3 * P, MAP_PRIVATE);
	long r;

	memset(p, 'f', 3 * P);
	r = adv(p + P, P, MADV_DONTFORK);
	say("dontfork on the middle page: %ld, vmas %d", r, vmas_in(p, p + 3 * P));
	run_in_child("child reads the dontfork page", read_byte, p + P);
	run_in_child("child reads the page before", read_byte, p);
	run_in_child("child reads the page after", read_byte, p + 2 * P);
	say("parent still reads it: %c", p[P]);
	r = adv(p + P, P, MADV_DONTFORK);
	say("dontfork twice: %ld, vmas %d", r, vmas_in(p, p + 3 * P));
	r = adv(p, 3 * P, MADV_DOFORK);
	say("dofork on all: %ld, vmas %d", r, vmas_in(p, p + 3 * P));
	run_in_child("child reads the page again", read_byte, p + P);
	r = adv(p, 3 * P, MADV_DONTFORK);
	say("dontfork on all: %ld, vmas %d", r, vmas_in(p, p + 3 * P));
	run_in_child("child reads the first page", read_byte, p);
	munmap(p, 3 * P);
}

static void dontneed_anon(void)
{
	char *p = anon(3 * P, MAP_PRIVATE), *s = anon(P, MAP_SHARED);
	long r;

	memset(p, 'x', 3 * P);
	r = adv(p + P, P, MADV_DONTNEED);
	say("dontneed the middle page: %ld, vmas %d", r, vmas_in(p, p + 3 * P));
	say("private anonymous: middle reads %d %d, around it %c %c", p[P], p[2 * P - 1], p[0],
	    p[2 * P]);
	p[P] = 'y';
	say("written again: %c", p[P]);
	memset(s, 's', P);
	r = adv(s, P, MADV_DONTNEED);
	say("dontneed shared anonymous: %ld, data %c", r, s[0]);
	munmap(p, 3 * P);
	munmap(s, P);
}

static void dontneed_file(void)
{
	int fd = open("/tmp/madvise.dat", O_RDWR | O_CREAT | O_TRUNC, 0644);
	char page[P], *priv, *shr, c = 0;
	long r;

	memset(page, 'F', P);
	write(fd, page, P);
	priv = mmap(NULL, P, RW, MAP_PRIVATE, fd, 0);
	shr = mmap(NULL, P, RW, MAP_SHARED, fd, 0);
	priv[0] = 'p'; /* a private copy */
	say("private file before: %c", priv[0]);
	r = adv(priv, P, MADV_DONTNEED);
	say("dontneed private file: %ld, reads the file again %c", r, priv[0]);
	shr[1] = 'w';
	r = adv(shr, P, MADV_DONTNEED);
	say("dontneed shared file: %ld, the write kept %c", r, shr[1]);
	pread(fd, &c, 1, 1);
	say("the file has it: %c", c);
	say("willneed file: %ld", adv(shr, P, MADV_WILLNEED));
	say("remove from a private file mapping: %ld", adv(priv, P, MADV_REMOVE));
	say("remove from a shared writable file mapping: %ld", adv(shr, P, MADV_REMOVE));
	munmap(priv, P);
	munmap(shr, P);
	close(fd);
	fd = open("/tmp/madvise.dat", O_RDONLY);
	shr = mmap(NULL, P, PROT_READ, MAP_SHARED, fd, 0);
	say("remove from a read-only shared file mapping: %ld", adv(shr, P, MADV_REMOVE));
	munmap(shr, P);
	close(fd);
	unlink("/tmp/madvise.dat");
}

static void holes(void)
{
	char *p = anon(5 * P, MAP_PRIVATE);
	long r;

	memset(p, 'z', 5 * P);
	munmap(p + 2 * P, P);
	r = adv(p, 5 * P, MADV_DONTNEED);
	say("dontneed over a hole: %ld, before it %d, after it %d", r, p[P], p[3 * P]);
	memset(p, 'z', 2 * P);
	memset(p + 3 * P, 'z', 2 * P);
	r = adv(p + P, 3 * P, MADV_DONTFORK);
	say("dontfork over a hole: %ld, vmas %d", r, vmas_in(p, p + 5 * P));
	run_in_child("child reads before the hole", read_byte, p + P);
	run_in_child("child reads after the hole", read_byte, p + 3 * P);
	run_in_child("child reads the page kept", read_byte, p + 4 * P);
	say("only the hole: %ld", adv(p + 2 * P, P, MADV_NORMAL));
	say("a hole, then nothing: %ld", adv(p + 4 * P, 64 * P, MADV_NORMAL));
	say("length 0 at the hole: %ld", adv(p + 2 * P, 0, MADV_NORMAL));
	munmap(p, 5 * P);
}

static void errors(void)
{
	char *p = anon(2 * P, MAP_PRIVATE), *l, *s = anon(P, MAP_SHARED);
	long r;

	say("unknown advice 5: %ld", adv(p, P, 5));
	say("unknown advice 999: %ld", adv(p, P, 999));
	say("unknown advice -1: %ld", adv(p, P, -1));
	say("unknown advice, length 0: %ld", adv(p, 0, 999));
	say("unaligned start: %ld", adv(p + 1, P, MADV_NORMAL));
	say("length 0: %ld", adv(p, 0, MADV_DONTNEED));
	say("length -1 (rounds to 0): %ld", adv(p, -1, MADV_NORMAL));
	say("end before start: %ld", adv(p, -2 * P, MADV_NORMAL));
	say("willneed anonymous: %ld", adv(p, P, MADV_WILLNEED));
	say("remove private anonymous: %ld", adv(p, P, MADV_REMOVE));
	say("remove shared anonymous: %ld", adv(s, P, MADV_REMOVE));
	say("mergeable (KSM): %ld", adv(p, P, MADV_MERGEABLE));
	say("unmergeable (KSM): %ld", adv(p, P, MADV_UNMERGEABLE));
	say("hwpoison, length 0: %ld", adv(p, 0, MADV_HWPOISON));
	l = mmap(NULL, P, RW, MAP_PRIVATE | MAP_ANONYMOUS | MAP_LOCKED, -1, 0);
	l[0] = 'l';
	r = adv(l, P, MADV_DONTNEED);
	say("dontneed locked: %ld, data %c", r, l[0]);
	say("remove locked: %ld", adv(l, P, MADV_REMOVE));
	say("sequential on locked: %ld", adv(l, P, MADV_SEQUENTIAL));
	munmap(l, P);
	munmap(p, 2 * P);
	munmap(s, P);
}

int main(void)
{
	mkdir("/tmp", 01777); /* the oracle's initramfs has neither */
	mkdir("/proc", 0555);
	mount("proc", "/proc", "proc", 0, NULL);
	hints();
	dontfork();
	dontneed_anon();
	dontneed_file();
	holes();
	errors();
	return 0;
}
