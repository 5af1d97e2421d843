/*
 * linnet_info.c - lab 7's user program: calls linnet_info() by number
 * with syscall(2), as a program does before its C library knows a new
 * call, and checks what comes back (docs/labs/lab7-syscall.md).
 *
 *     /linnet_info [CHECK [FILE]]
 *
 * CHECK is fills, flags, efault, einval or all (the default). Each check
 * prints what it saw, one line per call, then PASS or FAIL; with FILE
 * the lines go there (lab 7's grader, tests/kernel/linnet_info_test.c,
 * starts the program from a kernel thread, where no descriptor is open,
 * and reads the file). Run as pid 1 (rdinit=/linnet_info) it powers the
 * machine off at the end.
 *
 * It is not one of tests/user's programs: Linux has no call 511, so it
 * has no expected output from `make oracle`. It sits alone (with the
 * default files) in build/lab-initramfs.cpio.gz, small enough that the
 * labs' boot unpacks it in a moment.
 */
#include "../user/usertest.h"
#include "../../include/linnet/linnet_info.h"
#include <fcntl.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/reboot.h>
#include <sys/sysinfo.h>

#define KERNEL_PTR 0xc0000000L
#define UNMAPPED_PTR 0x10000L

static int out = 1;
static int failed;

/* report - one line to the output; @ok false marks the check failed */
static void report(int ok, const char *fmt, ...)
{
	char buf[256];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf) - 1, fmt, ap);
	va_end(ap);
	if (n > (int)sizeof(buf) - 2)
		n = sizeof(buf) - 2;
	buf[n++] = '\n';
	if (write(out, buf, n) < 0)
		failed = 1;
	if (!ok)
		failed = 1;
}

/* the call, as glibc's syscall() returns it: -errno on failure */
static long linnet_info(void *info, unsigned long flags)
{
	return sys(__NR_linnet_info, (long)info, (long)flags, 0, 0);
}

static void check_fills(void)
{
	struct linnet_info li;
	struct sysinfo si;
	long r, pages;

	memset(&li, 0xa5, sizeof(li));
	r = linnet_info(&li, LINNET_INFO_ALL);
	report(r == (long)sizeof(li), "linnet_info(&li, ALL) = %ld (want %zu)", r, sizeof(li));
	if (r < 0)
		return;
	report(li.size == sizeof(li) && li.flags == LINNET_INFO_ALL, "size %u flags %#x", li.size,
	       li.flags);
	report(li.hz == 100 || li.hz == 250 || li.hz == 300 || li.hz == 1000, "hz %u", li.hz);
	if (sysinfo(&si) != 0) {
		report(0, "sysinfo: errno %d", errno);
		return;
	}
	/* sysinfo(2) is the independent witness: its counts in pages */
	pages = (long)((unsigned long long)si.totalram * si.mem_unit / 4096);
	report((long)li.total_pages == pages, "total_pages %u, sysinfo says %ld", li.total_pages,
	       pages);
	pages = (long)((unsigned long long)si.freeram * si.mem_unit / 4096);
	report(li.free_pages > 0 && li.free_pages <= li.total_pages &&
		       labs((long)li.free_pages - pages) < 256,
	       "free_pages %u, sysinfo says %ld", li.free_pages, pages);
	report(li.nr_tasks >= 2 && abs((int)li.nr_tasks - si.procs) <= 2,
	       "nr_tasks %u, sysinfo says %u", li.nr_tasks, si.procs);
	report(li.nr_running >= 1 && li.nr_running <= li.nr_tasks, "nr_running %u", li.nr_running);
}

static void check_flags(void)
{
	struct linnet_info li;
	long r;

	memset(&li, 0xa5, sizeof(li));
	r = linnet_info(&li, LINNET_INFO_TASKS);
	report(r == (long)sizeof(li) && li.nr_tasks > 0 && li.free_pages == 0 &&
		       li.total_pages == 0,
	       "TASKS: %ld, nr_tasks %u free_pages %u total_pages %u", r, li.nr_tasks,
	       li.free_pages, li.total_pages);
	memset(&li, 0xa5, sizeof(li));
	r = linnet_info(&li, LINNET_INFO_MEM);
	report(r == (long)sizeof(li) && li.total_pages > 0 && li.nr_tasks == 0 &&
		       li.nr_running == 0,
	       "MEM: %ld, total_pages %u nr_tasks %u nr_running %u", r, li.total_pages, li.nr_tasks,
	       li.nr_running);
	memset(&li, 0xa5, sizeof(li));
	r = linnet_info(&li, 0);
	report(r == (long)sizeof(li) && li.size == sizeof(li) && li.flags == 0 && li.hz > 0 &&
		       li.nr_tasks == 0 && li.total_pages == 0,
	       "0: %ld, size %u flags %#x hz %u nr_tasks %u total_pages %u", r, li.size, li.flags,
	       li.hz, li.nr_tasks, li.total_pages);
}

static void check_efault(void)
{
	char *ro = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *rw = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	long r;

	r = linnet_info(NULL, LINNET_INFO_ALL);
	report(r == -EFAULT, "NULL: %ld (want %d)", r, -EFAULT);
	r = linnet_info((void *)UNMAPPED_PTR, LINNET_INFO_ALL);
	report(r == -EFAULT, "unmapped: %ld", r);
	r = linnet_info((void *)KERNEL_PTR, LINNET_INFO_ALL);
	report(r == -EFAULT, "kernel address: %ld", r);
	if (ro == MAP_FAILED || rw == MAP_FAILED) {
		report(0, "mmap: errno %d", errno);
		return;
	}
	r = linnet_info(ro, LINNET_INFO_ALL);
	report(r == -EFAULT, "read-only page: %ld", r);
	/* the record runs off the end of the mapping into a hole */
	munmap(rw + 4096, 4096);
	r = linnet_info(rw + 4096 - 8, LINNET_INFO_ALL);
	report(r == -EFAULT, "straddling the end of a mapping: %ld", r);
	r = linnet_info(rw + 4096 - sizeof(struct linnet_info), LINNET_INFO_ALL);
	report(r == (long)sizeof(struct linnet_info), "just fitting: %ld", r);
}

static void check_einval(void)
{
	static const unsigned long bad[] = { 0x4, 0x80000000UL, LINNET_INFO_ALL | 0x100 };
	struct linnet_info li;
	unsigned int i;
	long r;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		memset(&li, 0xa5, sizeof(li));
		r = linnet_info(&li, bad[i]);
		report(r == -EINVAL && li.size == 0xa5a5a5a5U,
		       "flags %#lx: %ld (want %d), size %#x", bad[i], r, -EINVAL, li.size);
	}
	/* bad flags win over a bad pointer: nothing is looked at */
	r = linnet_info(NULL, 0x4);
	report(r == -EINVAL, "flags 0x4 with NULL: %ld", r);
}

static const struct {
	const char *name;
	void (*fn)(void);
} checks[] = { { "fills", check_fills },
	       { "flags", check_flags },
	       { "efault", check_efault },
	       { "einval", check_einval } };

int main(int argc, char **argv)
{
	const char *which = argc > 1 ? argv[1] : "all";
	unsigned int i, ran = 0;

	if (argc > 2) {
		out = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (out < 0)
			return 2;
	}
	for (i = 0; i < sizeof(checks) / sizeof(checks[0]); i++) {
		if (strcmp(which, "all") && strcmp(which, checks[i].name))
			continue;
		report(1, "== %s", checks[i].name);
		checks[i].fn();
		ran++;
	}
	report(ran > 0, "%s", ran && !failed ? "PASS" : "FAIL");
	if (out != 1)
		close(out);
	if (getpid() == 1)
		reboot(RB_POWER_OFF);
	return failed;
}
