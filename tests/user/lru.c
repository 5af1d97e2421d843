/*
 * lru.c - meminfo's LRU lines count the pages on each LRU list.
 *
 * Writing 256 pages into a ramfs file puts them on the unevictable list
 * (ramfs marks its files' mappings unevictable: there is nowhere to write
 * them back to), so Unevictable and /proc/vmstat's nr_unevictable grow by
 * 256 pages and the file lists not at all; deleting the file gives them
 * back. 256 pages of anonymous memory go on an anon list, and come off it
 * at munmap. Only differences are printed, in pages, never a total.
 *
 * Linux 2.6.32 would first show the ramfs pages as Inactive(file) and
 * move them to Unevictable only when reclaim scans them; Linnet (as Linux
 * 6.1) decides when the page is added: see mm/swap.c. New anonymous pages
 * go on the active anon list in 2.6.32, on the inactive one since Linux
 * 5.9.
 *
 * Linux 6.1 holds new pages in per-CPU batches before they reach a list,
 * and keeps per-CPU differences of its counters: an munmap() drains this
 * CPU's batch (unmap_region calls lru_add_drain; the tests run on one
 * CPU) and writing /proc/sys/vm/stat_refresh folds the differences.
 * Linnet adds pages at once, has no such file and needs none, so whether
 * the write succeeds is not printed.
 */
#include "usertest.h"
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/stat.h>

#define N 256
#define P 4096

enum { UNEVICTABLE, ACTIVE_ANON, INACTIVE_ANON, ACTIVE_FILE, INACTIVE_FILE, NR_UNEVICTABLE, NR };

static const char *const names[NR] = {
	"\nUnevictable:",  "\nActive(anon):",	"\nInactive(anon):",
	"\nActive(file):", "\nInactive(file):", "\nnr_unevictable ",
};

static void poke(const char *path)
{
	int fd = open(path, O_WRONLY);

	if (fd >= 0) {
		if (write(fd, "1", 1) < 0)
			(void)0;
		close(fd);
	}
}

static int slurp(const char *path, char *buf, int size)
{
	int fd = open(path, O_RDONLY), n;

	buf[0] = '\n';
	if (fd < 0)
		return -1;
	n = read(fd, buf + 1, size - 2);
	close(fd);
	buf[n > 0 ? n + 1 : 1] = '\0';
	return n;
}

/* The counters, in pages (meminfo's kB / 4) */
static void sample(long *v)
{
	static char buf[16384];
	int i;

	void *drain = mmap(NULL, P, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (drain != MAP_FAILED)
		munmap(drain, P);
	poke("/proc/sys/vm/stat_refresh");
	slurp("/proc/meminfo", buf, sizeof(buf));
	for (i = 0; i < NR_UNEVICTABLE; i++) {
		char *p = strstr(buf, names[i]);

		v[i] = p ? strtol(p + strlen(names[i]), NULL, 10) / 4 : -1;
	}
	slurp("/proc/vmstat", buf, sizeof(buf));
	{
		char *p = strstr(buf, names[NR_UNEVICTABLE]);

		v[NR_UNEVICTABLE] = p ? strtol(p + strlen(names[NR_UNEVICTABLE]), NULL, 10) : -1;
	}
}

#define D(i) (after[i] - before[i])

static void file_pages(void)
{
	static char page[P];
	long before[NR], after[NR];
	int fd, i;

	mkdir("/lrutest", 0755);
	if (mount("none", "/lrutest", "ramfs", 0, NULL) != 0) {
		say("mount ramfs: errno %d", errno);
		return;
	}
	sample(before);
	fd = open("/lrutest/f", O_CREAT | O_RDWR, 0644);
	for (i = 0; i < N; i++) {
		memset(page, i, P);
		if (write(fd, page, P) != P)
			say("write page %d: errno %d", i, errno);
	}
	sample(after);
	say("ramfs file of %d pages: Unevictable %+ld, nr_unevictable %+ld", N, D(UNEVICTABLE),
	    D(NR_UNEVICTABLE));
	say("  Active(file) %+ld, Inactive(file) %+ld", D(ACTIVE_FILE), D(INACTIVE_FILE));
	close(fd);
	unlink("/lrutest/f");
	sample(after);
	say("deleted: Unevictable %+ld, nr_unevictable %+ld, Active(file) %+ld, Inactive(file) %+ld",
	    D(UNEVICTABLE), D(NR_UNEVICTABLE), D(ACTIVE_FILE), D(INACTIVE_FILE));
	umount("/lrutest");
	rmdir("/lrutest");
}

static void anon_pages(void)
{
	long before[NR], after[NR];
	char *map;
	int i;

	sample(before);
	map = mmap(NULL, N * P, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (map == MAP_FAILED) {
		say("mmap: errno %d", errno);
		return;
	}
	for (i = 0; i < N; i++)
		map[i * P] = 1;
	sample(after);
	say("%d anonymous pages: Active(anon)+Inactive(anon) %+ld, Unevictable %+ld", N,
	    D(ACTIVE_ANON) + D(INACTIVE_ANON), D(UNEVICTABLE));
	say("  on the active list %+ld, on the inactive list %+ld", D(ACTIVE_ANON),
	    D(INACTIVE_ANON));
	munmap(map, N * P);
	sample(after);
	say("unmapped: Active(anon)+Inactive(anon) %+ld", D(ACTIVE_ANON) + D(INACTIVE_ANON));
}

int main(void)
{
	mkdir("/proc", 0555);
	mount("proc", "/proc", "proc", 0, NULL); /* Linux's initramfs has no /proc yet */
	file_pages();
	anon_pages();
	return 0;
}
