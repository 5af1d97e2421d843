/*
 * sys_ni_test.c - a system call Linnet lacks answers -ENOSYS, and says so once.
 *
 * glibc (Debian 12's, in the busybox the userland runs) tries the newer
 * system calls first - getrandom, statx, rseq, the 64-bit time calls,
 * clone3, faccessat2... - and falls back to the old ones only when the
 * kernel answers -ENOSYS, as a 2.6.32 kernel does: any other answer
 * (0, -EINVAL, -EFAULT) would be taken as the call's own and break the
 * program. Each of those numbers must therefore lead to sys_ni_syscall,
 * through ptregs_ni_syscall in arch/x86/kernel/syscall_table_32.asm (as do
 * numbers past the table: system_call's syscall_badsys), which answers
 * -ENOSYS and reports each number once (kernel/sys_ni.c), so that the gaps
 * show in dmesg without flooding it. See docs/userland.md.
 */
#include <kunit/test.h>
#include <kunit/printk_capture.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include <asm/ptrace.h>

extern void *sys_call_table[];
void ptregs_ni_syscall(void);
asmlinkage long sys_ni_syscall(struct pt_regs *regs);

/* i386 numbers glibc 2.36 tries before an older call (Linux's unistd_32.h) */
static const struct {
	unsigned int nr;
	const char *name;
} newer_calls[] = {
	{ 355, "getrandom" },
	{ 356, "memfd_create" },
	{ 375, "membarrier" },
	{ 383, "statx" },
	{ 386, "rseq" },
	{ 403, "clock_gettime64" },
	{ 404, "clock_settime64" },
	{ 406, "clock_getres_time64" },
	{ 407, "clock_nanosleep_time64" },
	{ 412, "utimensat_time64" },
	{ 413, "pselect6_time64" },
	{ 414, "ppoll_time64" },
	{ 422, "futex_time64" },
	{ 435, "clone3" },
	{ 436, "close_range" },
	{ 437, "openat2" },
	{ 439, "faccessat2" },
};

/* Each of glibc's newer calls Linnet lacks is the -ENOSYS entry of the table */
static void newer_calls_are_not_implemented_test(struct kunit *test)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(newer_calls); i++)
		KUNIT_EXPECT_PTR_EQ_MSG(test, sys_call_table[newer_calls[i].nr],
					(void *)ptregs_ni_syscall, "%s (%u)", newer_calls[i].name,
					newer_calls[i].nr);
}

static struct printk_capture cap;

/* How many times "system call @nr not implemented (-ENOSYS)" was captured */
static int reports(unsigned long nr)
{
	char want[64];
	const char *p = cap.buf;
	int n = 0;

	snprintf(want, sizeof(want), ": system call %lu not implemented (-ENOSYS)\n", nr);
	while ((p = strstr(p, want)) != NULL) {
		n++;
		p += strlen(want);
	}
	return n;
}

static long call_ni(unsigned long nr)
{
	struct pt_regs regs;

	memset(&regs, 0, sizeof(regs));
	regs.orig_ax = nr;
	return sys_ni_syscall(&regs);
}

/*
 * -ENOSYS every time, one report per number. (Nothing in a test boot
 * makes system calls 497 and 498, and numbers past the table share one
 * report, made at most once: the first of 600 and 700 may already have
 * been reported by another number past the table, never the second.)
 */
static void enosys_reported_once_test(struct kunit *test)
{
	printk_capture_start(&cap);
	KUNIT_EXPECT_EQ(test, call_ni(497), (long)-ENOSYS);
	KUNIT_EXPECT_EQ(test, call_ni(497), (long)-ENOSYS);
	KUNIT_EXPECT_EQ(test, call_ni(498), (long)-ENOSYS);
	KUNIT_EXPECT_EQ(test, call_ni(600), (long)-ENOSYS);
	KUNIT_EXPECT_EQ(test, call_ni(700), (long)-ENOSYS);
	printk_capture_stop(&cap);
	KUNIT_EXPECT_FALSE(test, cap.overflow);
	KUNIT_EXPECT_EQ(test, reports(497), 1);
	KUNIT_EXPECT_EQ(test, reports(498), 1);
	KUNIT_EXPECT_LE(test, reports(600), 1);
	KUNIT_EXPECT_EQ(test, reports(700), 0);
}

static struct kunit_case sys_ni_cases[] = { KUNIT_CASE(newer_calls_are_not_implemented_test),
					    KUNIT_CASE(enosys_reported_once_test),
					    {} };

static struct kunit_suite sys_ni_suite = {
	.name = "sys_ni",
	.test_cases = sys_ni_cases,
};
kunit_test_suite(sys_ni_suite);
