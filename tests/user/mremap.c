/*
 * mremap.c - mremap(2): growing in place, refusing to grow into another
 * mapping, moving (the data goes along, the old range is gone), shrinking,
 * MREMAP_FIXED over another mapping, a file mapping growing over more of
 * its file, and the errors. Addresses differ between kernels, so the lines
 * say only how they relate; the vma counts come from /proc/self/maps.
 */
#define _GNU_SOURCE /* MREMAP_MAYMOVE, MREMAP_FIXED */
#include "usertest.h"
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/stat.h>

#define P 4096L
#define RW (PROT_READ | PROT_WRITE)

/* mremap as the kernel answers: the address or -errno */
static long remap(void *old, long old_len, long new_len, long flags, void *new_addr)
{
	long r = syscall(SYS_mremap, old, old_len, new_len, flags, new_addr);

	return r == -1 ? -errno : r;
}

/* An address, not an error (an i386 address above 2 GiB is a negative long) */
static int ok(long r)
{
	return (unsigned long)r < -4095UL;
}

static char *map(void *addr, long len, int prot, int flags)
{
	return mmap(addr, len, prot, flags | MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
}

static void read_byte(void *p)
{
	(void)*(volatile char *)p;
}

static void grow_shrink_move(void)
{
	char *p = map(NULL, 64 * P, RW, 0), *q, *blocker;
	long r;

	munmap(p + 2 * P, 62 * P); /* two pages, and room after them */
	p[0] = 'a';
	p[P + 5] = 'b';
	r = remap(p, 2 * P, 4 * P, 0, NULL);
	say("grow in place: same address %d, data kept %d, new pages zero %d", r == (long)p,
	    p[0] == 'a' && p[P + 5] == 'b', p[3 * P + 7] == 0);
	p[3 * P + 7] = 'c';
	say("grow in place: one vma %d", vmas_in(p, p + 64 * P));
	blocker = map(p + 4 * P, P, PROT_READ, MAP_FIXED);
	say("grow into another mapping, may not move: %ld", remap(p, 4 * P, 8 * P, 0, NULL));
	r = remap(p, 4 * P, 8 * P, MREMAP_MAYMOVE, NULL);
	q = (char *)r;
	say("grow by moving: moved %d, data kept %d %d %d, new pages zero %d", ok(r) && q != p,
	    q[0] == 'a', q[P + 5] == 'b', q[3 * P + 7] == 'c', q[7 * P] == 0);
	run_in_child("read old address", read_byte, p);
	say("the page after the old range still mapped %d", vmas_in(blocker, blocker + P));
	say("shrink: same address %d", remap(q, 8 * P, 2 * P, 0, NULL) == (long)q);
	run_in_child("read past the shrunk end", read_byte, q + 2 * P);
	say("same size: same address %d", remap(q, 2 * P, 2 * P, 0, NULL) == (long)q);
	say("shrink to nothing: %ld", remap(q, 2 * P, 0, 0, NULL));
	munmap(q, 2 * P);
	munmap(blocker, P);
}

static void fixed(void)
{
	/* a reserved stretch, so that MREMAP_FIXED replaces nothing of the program's */
	char *area = map(NULL, 32 * P, PROT_NONE, 0);
	char *src = map(area, 2 * P, RW, MAP_FIXED), *dst = map(area + 8 * P, 4 * P, RW, MAP_FIXED);
	long r;

	memset(src, 's', 2 * P);
	dst[0] = 'd';
	dst[3 * P] = 'e';
	r = remap(src, 2 * P, 2 * P, MREMAP_MAYMOVE | MREMAP_FIXED, dst + P);
	say("fixed: at the address asked %d, data %d, around it kept %d %d", r == (long)(dst + P),
	    dst[P] == 's' && dst[3 * P - 1] == 's', dst[0] == 'd', dst[3 * P] == 'e');
	run_in_child("read the moved-from range", read_byte, src);
	say("fixed: vmas over the destination %d", vmas_in(dst, dst + 4 * P));
	say("fixed without maymove: %ld", remap(dst + P, 2 * P, 2 * P, MREMAP_FIXED, dst + 8 * P));
	say("fixed onto itself: %ld",
	    remap(dst + P, 2 * P, 2 * P, MREMAP_MAYMOVE | MREMAP_FIXED, dst + 2 * P));
	say("fixed, unaligned target: %ld",
	    remap(dst + P, 2 * P, 2 * P, MREMAP_MAYMOVE | MREMAP_FIXED, dst + 8 * P + 1));
	r = remap(dst + P, 2 * P, P, MREMAP_MAYMOVE | MREMAP_FIXED, dst + 16 * P);
	say("fixed and shrinking: at the address %d, data %d", r == (long)(dst + 16 * P),
	    dst[16 * P] == 's');
	run_in_child("read the page cut off", read_byte, dst + 2 * P);
	munmap(area, 32 * P);
}

static void file_mapping(void)
{
	int fd = open("/tmp/mremap.dat", O_RDWR | O_CREAT | O_TRUNC, 0644), i;
	char page[P], *p;
	long r;

	for (i = 0; i < 4; i++) {
		memset(page, 'A' + i, sizeof(page));
		write(fd, page, sizeof(page));
	}
	p = mmap(NULL, P, PROT_READ, MAP_PRIVATE, fd, P); /* file page 1 */
	r = remap(p, P, 3 * P, MREMAP_MAYMOVE, NULL);
	say("file: grown %d, pages %c %c %c", ok(r), ((char *)r)[0], ((char *)r)[P],
	    ((char *)r)[2 * P]);
	munmap((char *)r, 3 * P);
	close(fd);
	unlink("/tmp/mremap.dat");
}

static void errors(void)
{
	char *p = map(NULL, 4 * P, RW, 0), *hole;
	long r;

	say("bad flags: %ld", remap(p, P, 2 * P, 8, NULL));
	say("unaligned address: %ld", remap(p + 1, P, 2 * P, MREMAP_MAYMOVE, NULL));
	say("new length 0: %ld", remap(p, P, 0, MREMAP_MAYMOVE, NULL));
	munmap(p + 2 * P, P);
	hole = p + 2 * P;
	say("grow an unmapped range: %ld", remap(hole, P, 2 * P, MREMAP_MAYMOVE, NULL));
	say("grow a range past its vma: %ld", remap(p, 3 * P, 4 * P, MREMAP_MAYMOVE, NULL));
	r = remap(hole, 2 * P, P, 0, NULL);
	say("shrink an unmapped range: %ld", r == (long)hole ? 0 : r);
	munmap(p, 4 * P);
}

int main(void)
{
	mkdir("/tmp", 01777); /* the oracle's initramfs has neither */
	mkdir("/proc", 0555);
	mount("proc", "/proc", "proc", 0, NULL);
	grow_shrink_move();
	fixed();
	file_mapping();
	errors();
	return 0;
}
