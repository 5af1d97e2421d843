/*
 * mincore.c - mincore(2), which pages of a range are resident: untouched
 * anonymous memory is not, touched memory is, MADV_DONTNEED makes it not
 * again, a file mapping's pages are resident if they are in the page
 * cache even before this process touches them; and its errors (-EINVAL
 * for an unaligned start, -ENOMEM for a hole or kernel addresses,
 * -EFAULT for a bad vector). And getcpu(2): CPU 0 of node 0 in this
 * one-CPU machine.
 */
#define _GNU_SOURCE
#include "usertest.h"
#include <sys/mman.h>

#define P 4096L

static long mc(void *addr, long len, unsigned char *vec)
{
	return sys(SYS_mincore, (long)addr, len, (long)vec, 0);
}

/* The low bits of the vector as a string of 0s and 1s */
static const char *bits(const unsigned char *vec, int n)
{
	static char s[64];
	int i;

	for (i = 0; i < n; i++)
		s[i] = '0' + (vec[i] & 1);
	s[n] = 0;
	return s;
}

static void anon(void)
{
	unsigned char vec[8];
	char *p = mmap(NULL, 4 * P, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	long r;

	r = mc(p, 4 * P, vec);
	say("untouched: %ld %s", r, bits(vec, 4));
	p[0] = 1;
	p[2 * P] = 1;
	r = mc(p, 4 * P, vec);
	say("pages 0 and 2 written: %ld %s", r, bits(vec, 4));
	r = mc(p, 3 * P + 1, vec);
	say("a length not a page multiple: %ld %s", r, bits(vec, 4));
	madvise(p, P, MADV_DONTNEED);
	r = mc(p, 4 * P, vec);
	say("page 0 after MADV_DONTNEED: %ld %s", r, bits(vec, 4));
	say("length 0: %ld", mc(p, 0, vec));
	say("unaligned start: %ld", mc(p + 1, P, vec));
	say("vector unmapped: %ld", mc(p, 4 * P, (unsigned char *)8));
	say("vector in the kernel: %ld", mc(p, 4 * P, (unsigned char *)0xc0000000));
	munmap(p + P, P);
	memset(vec, 7, sizeof(vec));
	r = mc(p, 4 * P, vec);
	say("a hole at page 1: %ld, page 0's byte written %d", r, vec[0] != 7);
	say("unmapped range: %ld", mc(p + P, P, vec));
	say("kernel range: %ld", mc((void *)0xc0000000, P, vec));
	say("range wrapping: %ld", mc((void *)0xfffff000, 2 * P, vec));
	munmap(p, 4 * P);
}

static void file(void)
{
	unsigned char vec[4];
	int fd = open("/mincore.tmp", O_RDWR | O_CREAT | O_TRUNC, 0644);
	char *p;
	long r;

	write(fd, "x", 1);
	ftruncate(fd, 3 * P);
	p = mmap(NULL, 3 * P, PROT_READ, MAP_SHARED, fd, 0);
	r = mc(p, 3 * P, vec);
	say("file, page 0 in the cache, not touched here: %ld %s", r, bits(vec, 3));
	unlink("/mincore.tmp");
	munmap(p, 3 * P);
	close(fd);
}

static void cpu(void)
{
	unsigned int c = 99, n = 99;
	long r = sys(SYS_getcpu, (long)&c, (long)&n, 0, 0);

	say("getcpu: %ld, cpu %u node %u", r, c, n);
	say("getcpu NULL NULL: %ld", sys(SYS_getcpu, 0, 0, 0, 0));
	say("getcpu cpu pointer unmapped: %ld", sys(SYS_getcpu, 8, 0, 0, 0));
	say("getcpu node pointer in the kernel: %ld", sys(SYS_getcpu, 0, 0xc0000000, 0, 0));
}

int main(void)
{
	anon();
	file();
	cpu();
	return 0;
}
