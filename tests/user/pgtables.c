/*
 * pgtables.c - meminfo's PageTables counts a process's page tables.
 *
 * A child maps 68 MiB of anonymous memory and writes one byte in each of
 * 16 aligned 4 MiB stretches of it: on i386 without PAE each stretch
 * needs a page table of its own, so PageTables must grow by 16 pages
 * (64 kB), and when the child has exited it must be back where it was.
 * 2.6.32 counts user page tables (pte_alloc_one, pgtable_page_ctor), not
 * the kernel's nor the page directory, and so does Linux 6.1.
 *
 * Linux 6.1 keeps per-CPU differences of its vm counters that /proc/meminfo
 * does not fold in; writing /proc/sys/vm/stat_refresh folds them. Linnet
 * (as 2.6.32 on one CPU) has no such file and needs none, so the write's
 * result is not printed.
 */
#include "usertest.h"
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/stat.h>

#define MB (1024L * 1024)
#define PGDIR (4 * MB)

static long page_tables_kb(void)
{
	char buf[4096], *p;
	long n, fd = open("/proc/sys/vm/stat_refresh", O_WRONLY);

	if (fd >= 0) {
		n = write(fd, "1", 1);
		(void)n;
		close(fd);
	}
	fd = open("/proc/meminfo", O_RDONLY);
	if (fd < 0)
		return -1;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return -1;
	buf[n] = '\0';
	p = strstr(buf, "\nPageTables:");
	return p ? strtol(p + 12, NULL, 10) : -1;
}

static void map_and_touch(void *arg)
{
	long before = page_tables_kb(), after;
	char *map = mmap(NULL, 68 * MB, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *start;
	int i;

	(void)arg;
	if (map == MAP_FAILED) {
		say("mmap 68 MiB: errno %d", errno);
		_exit(1);
	}
	start = (char *)(((unsigned long)map + PGDIR - 1) & ~(PGDIR - 1));
	for (i = 0; i < 16; i++)
		start[i * PGDIR] = 1;
	after = page_tables_kb();
	say("child: PageTables grew by %ld kB for 16 page tables", after - before);
	munmap(map, 68 * MB);
}

int main(void)
{
	mkdir("/proc", 0555);
	mount("proc", "/proc", "proc", 0, NULL); /* Linux's initramfs has no /proc yet */
	long before = page_tables_kb(), after;

	say("PageTables read: %s", before >= 0 ? "yes" : "no");
	run_in_child("child", map_and_touch, NULL);
	after = page_tables_kb();
	say("after the child exited: PageTables %s",
	    after == before ? "back where it was" : "changed");
	if (after != before)
		say("  before %ld kB, after %ld kB", before, after);
	return 0;
}
