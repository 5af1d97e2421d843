/*
 * mlock.c - mlock(2), munlock(2), mlockall(2), munlockall(2): a locked
 * range is split off its vma and merged back as mprotect's is, its pages
 * are made present and counted (meminfo's Mlocked, the process's VmLck),
 * munmap, mremap and exit bring the counts back, MCL_FUTURE locks later
 * mappings and the heap, locks are not inherited by fork, and the limits:
 * -EPERM with RLIMIT_MEMLOCK 0, -ENOMEM (mlock) or -EAGAIN (mmap, brk)
 * past it, root exempt (CAP_IPC_LOCK). Counts are printed as changes
 * from a starting point, so what else runs does not show.
 */
#define _GNU_SOURCE /* MAP_LOCKED, mremap */
#include "usertest.h"
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>

#define P 4096L
#define RW (PROT_READ | PROT_WRITE)
#define MCL_ONFAULT_ 4 /* Linux 4.4's */

static long base_mlocked;

/* "KEY:   N kB" from a /proc file, in kB (-1 if absent) */
static long proc_kb(const char *path, const char *key)
{
	char buf[4096], *p;
	int fd = open(path, O_RDONLY), n;

	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	buf[n < 0 ? 0 : n] = 0;
	p = strstr(buf, key);
	return p ? strtol(p + strlen(key), NULL, 10) : -1;
}

/*
 * Make Linux 6.1's Mlocked exact. It batches munlocked pages per CPU and
 * counts them only when the batch drains (munmap drains it), and its
 * zone counters keep per-CPU deltas that /proc/meminfo does not add in
 * until they are folded (writing vm/stat_refresh folds them; root only).
 * Linnet counts each page at once, has no stat_refresh, and this costs
 * it nothing.
 */
static void settle(void)
{
	int fd = open("/proc/sys/vm/stat_refresh", O_WRONLY);

	munmap(mmap(NULL, P, RW, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), P);
	if (fd >= 0) {
		write(fd, "1\n", 2);
		close(fd);
	}
}

static long mlocked(void)
{
	settle();
	return proc_kb("/proc/meminfo", "Mlocked:") - base_mlocked;
}

/* The kB of every vma in /proc/self/maps but the special [vdso] and [vvar] (never locked) */
static long lockable_kb(void)
{
	static char buf[16384];
	int fd = open("/proc/self/maps", O_RDONLY), len = 0, r;
	char *line;
	long kb = 0;

	while ((r = read(fd, buf + len, sizeof(buf) - 1 - len)) > 0)
		len += r;
	close(fd);
	buf[len] = 0;
	for (line = buf; line && *line; line = strchr(line, '\n'), line = line ? line + 1 : NULL) {
		char *end;
		unsigned long lo = strtoul(line, &end, 16), hi = strtoul(end + 1, NULL, 16);
		char *nl = strchr(line, '\n');

		if (nl)
			*nl = 0;
		if (!strstr(line, "[vdso]") && !strstr(line, "[vvar]"))
			kb += (hi - lo) >> 10;
		if (nl)
			*nl = '\n';
	}
	return kb;
}

static long vmlck(void)
{
	return proc_kb("/proc/self/status", "VmLck:");
}

static long sysr(long nr, long a, long b)
{
	return sys(nr, a, b, 0, 0);
}

static char *anon(long len, int flags)
{
	return mmap(NULL, len, RW, MAP_PRIVATE | MAP_ANONYMOUS | flags, -1, 0);
}

static void show(const char *what, long r, char *p, long len)
{
	say("%s: %ld, VmLck %ld kB, Mlocked +%ld kB, vmas %d", what, r, vmlck(), mlocked(),
	    vmas_in(p, p + len));
}

static void ranges(void)
{
	char *p = anon(8 * P, 0);

	say("start: VmLck %ld kB", vmlck());
	show("mlock 8 pages", sysr(SYS_mlock, (long)p, 8 * P), p, 8 * P);
	show("munlock pages 2-3", sysr(SYS_munlock, (long)(p + 2 * P), 2 * P), p, 8 * P);
	show("mlock them again", sysr(SYS_mlock, (long)(p + 2 * P), 2 * P), p, 8 * P);
	show("munlock all 8", sysr(SYS_munlock, (long)p, 8 * P), p, 8 * P);
	show("mlock 1 byte at +100", sysr(SYS_mlock, (long)(p + 100), 1), p, 8 * P);
	show("mlock 2 bytes across a page end", sysr(SYS_mlock, (long)(p + 2 * P - 1), 2), p,
	     8 * P);
	show("munmap while locked", munmap(p, 8 * P), p, 8 * P);
}

static void errors(void)
{
	char *p = anon(4 * P, 0);
	long r;

	munmap(p + 2 * P, P); /* a hole at page 2 */
	show("mlock over a hole", sysr(SYS_mlock, (long)p, 4 * P), p, 4 * P);
	show("munlock over the hole", sysr(SYS_munlock, (long)p, 4 * P), p, 4 * P);
	show("mlock unmapped", sysr(SYS_mlock, (long)(p + 2 * P), P), p, 4 * P);
	show("mlock length 0", sysr(SYS_mlock, (long)p, 0), p, 4 * P);
	show("mlock length -1 (wraps to 0 pages)", sysr(SYS_mlock, (long)p, -1), p, 4 * P);
	say("mlock a range that wraps: %ld", sysr(SYS_mlock, 0xfffff000L, 2 * P));
	say("munlock a range that wraps: %ld", sysr(SYS_munlock, 0xfffff000L, 2 * P));
	munmap(p, 4 * P);
	p = mmap(NULL, P, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	show("mlock PROT_NONE", sysr(SYS_mlock, (long)p, P), p, P);
	show("munlock it", sysr(SYS_munlock, (long)p, P), p, P);
	munmap(p, P);
	p = mmap(NULL, 2 * P, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	r = sysr(SYS_mlock, (long)p, 2 * P);
	say("mlock read-only: %ld, VmLck %ld kB", r, vmlck());
	munmap(p, 2 * P);
	p = anon(2 * P, 0);
	sysr(SYS_mlock, (long)p, 2 * P);
	say("MADV_DONTNEED on locked memory: %ld",
	    sys(SYS_madvise, (long)p, 2 * P, MADV_DONTNEED, 0));
	munmap(p, 2 * P);
}

static void all(void)
{
	long brk0 = syscall(SYS_brk, 0), r;
	char *p;

	say("mlockall 0: %ld", sys(SYS_mlockall, 0, 0, 0, 0));
	say("mlockall 8: %ld", sys(SYS_mlockall, 8, 0, 0, 0));
	say("mlockall MCL_ONFAULT alone: %ld", sys(SYS_mlockall, MCL_ONFAULT_, 0, 0, 0));
	say("mlockall MCL_CURRENT|MCL_ONFAULT: %ld",
	    sys(SYS_mlockall, MCL_CURRENT | MCL_ONFAULT_, 0, 0, 0));
	r = sys(SYS_munlockall, 0, 0, 0, 0);
	say("munlockall: %ld, VmLck %ld kB", r, vmlck());
	r = sys(SYS_mlockall, MCL_FUTURE, 0, 0, 0);
	say("mlockall MCL_FUTURE: %ld, VmLck %ld kB", r, vmlck());
	p = anon(4 * P, 0);
	show("  then mmap 4 pages", 0, p, 4 * P);
	munmap(p, 4 * P);
	r = syscall(SYS_brk, brk0 + 3 * P) == brk0 + 3 * P;
	say("  then brk up 3 pages: %ld, VmLck %ld kB, Mlocked +%ld kB", r, vmlck(), mlocked());
	r = syscall(SYS_brk, brk0) == brk0;
	say("  then brk back: %ld, VmLck %ld kB, Mlocked +%ld kB", r, vmlck(), mlocked());
	say("munlockall: %ld", sys(SYS_munlockall, 0, 0, 0, 0));
	p = anon(4 * P, 0);
	show("  then mmap 4 pages", 0, p, 4 * P);
	munmap(p, 4 * P);
	r = sys(SYS_mlockall, MCL_CURRENT, 0, 0, 0);
	say("mlockall MCL_CURRENT: %ld, VmLck is the size of every vma but [vdso], [vvar]: %d, "
	    "Mlocked grew %d",
	    r, vmlck() == lockable_kb(), mlocked() > 0);
	r = sys(SYS_munlockall, 0, 0, 0, 0);
	say("munlockall: %ld, VmLck %ld kB, Mlocked +%ld kB", r, vmlck(), mlocked());
}

static void locked_maps(void)
{
	char *p = anon(4 * P, MAP_LOCKED), *q;

	show("mmap MAP_LOCKED 4 pages", 0, p, 4 * P);
	q = mremap(p, 4 * P, 8 * P, MREMAP_MAYMOVE);
	show("mremap it to 8 pages", q != MAP_FAILED, q, 8 * P);
	p = mremap(q, 8 * P, 2 * P, 0);
	show("mremap it to 2 pages", p == q, p, 2 * P);
	show("munmap it", munmap(p, 2 * P), p, 2 * P);
}

static void lock_four_and_exit(void *unused)
{
	char *p = anon(4 * P, 0);

	(void)unused;
	sysr(SYS_mlock, (long)p, 4 * P);
	_exit(vmlck() == 16 ? 0 : 1);
}

static void child_vmlck(void *unused)
{
	char *p = anon(P, 0);

	(void)unused;
	p[0] = 1;
	_exit(vmlck());
}

static void inheritance(void)
{
	char *p = anon(4 * P, 0);

	sysr(SYS_mlock, (long)p, 4 * P);
	run_in_child("child of a locked parent: VmLck in kB", child_vmlck, NULL);
	sys(SYS_mlockall, MCL_FUTURE, 0, 0, 0);
	run_in_child("child of an MCL_FUTURE parent maps a page: VmLck in kB", child_vmlck, NULL);
	sys(SYS_munlockall, 0, 0, 0, 0);
	munmap(p, 4 * P);
	run_in_child("a child locks 4 pages and exits (0: it had VmLck 16)", lock_four_and_exit,
		     NULL);
	say("  Mlocked after it was reaped: +%ld kB", mlocked());
}

static void as_nobody(void *unused)
{
	struct rlimit r = { 4 * P, 4 * P };
	char *p = anon(4 * P, 0), *q = anon(P, 0);
	long brk0 = syscall(SYS_brk, 0), r2;

	(void)unused;
	setrlimit(RLIMIT_MEMLOCK, &r);
	setuid(65534);
	r2 = sysr(SYS_mlock, (long)p, 4 * P);
	say("nobody, limit 4 pages: mlock 4: %ld, VmLck %ld kB", r2, vmlck());
	say("  mlock one more: %ld", sysr(SYS_mlock, (long)q, P));
	say("  mlock the same 4 again: %ld", sysr(SYS_mlock, (long)p, 4 * P));
	say("  mmap MAP_LOCKED 1 page: errno %d", anon(P, MAP_LOCKED) == MAP_FAILED ? errno : 0);
	say("  mlockall MCL_CURRENT: %ld", sys(SYS_mlockall, MCL_CURRENT, 0, 0, 0));
	say("  mlockall MCL_FUTURE: %ld", sys(SYS_mlockall, MCL_FUTURE, 0, 0, 0));
	say("  then mmap 1 page: errno %d", anon(P, 0) == MAP_FAILED ? errno : 0);
	say("  then brk up 1 page: moved %d", syscall(SYS_brk, brk0 + P) != brk0);
	r2 = sys(SYS_munlockall, 0, 0, 0, 0);
	say("  munlockall: %ld, VmLck %ld kB", r2, vmlck());
	r.rlim_cur = 0;
	setrlimit(RLIMIT_MEMLOCK, &r);
	say("nobody, limit 0: mlock %ld", sysr(SYS_mlock, (long)p, P));
	say("  mlockall: %ld", sys(SYS_mlockall, MCL_CURRENT, 0, 0, 0));
	say("  mmap MAP_LOCKED: errno %d", anon(P, MAP_LOCKED) == MAP_FAILED ? errno : 0);
	say("  munlock: %ld", sysr(SYS_munlock, (long)p, P));
	_exit(0);
}

static void root_ignores_limit(void *unused)
{
	struct rlimit r = { 0, 0 };
	char *p = anon(4 * P, 0);
	long r2;

	(void)unused;
	setrlimit(RLIMIT_MEMLOCK, &r);
	r2 = sysr(SYS_mlock, (long)p, 4 * P);
	say("root, limit 0: mlock 4 pages %ld, VmLck %ld kB", r2, vmlck());
	_exit(0);
}

int main(void)
{
	struct rlimit r;

	mkdir("/proc", 0555);
	mount("proc", "/proc", "proc", 0, NULL); /* Linux's initramfs has no /proc yet */
	getrlimit(RLIMIT_MEMLOCK, &r);
	say("RLIMIT_MEMLOCK %ld %ld", (long)r.rlim_cur, (long)r.rlim_max);
	base_mlocked = 0;
	base_mlocked = mlocked();
	ranges();
	errors();
	all();
	locked_maps();
	inheritance();
	run_in_child("as nobody", as_nobody, NULL);
	run_in_child("as root", root_ignores_limit, NULL);
	say("at the end: VmLck %ld kB, Mlocked +%ld kB", vmlck(), mlocked());
	return 0;
}
