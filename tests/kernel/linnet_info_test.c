/*
 * linnet_info_test.c - lab 7's grader (docs/labs/lab7-syscall.md): the
 * linnet_info() system call, number 511, as a user program sees it.
 *
 * The first case looks at the table itself. The others each start the
 * user program /linnet_info (tests/labs/linnet_info.c) as a process, the
 * way pid 1 starts /init: a kernel thread that calls kernel_execve().
 * The program calls linnet_info() through syscall(2), so the whole path
 * is graded: int $0x80, entry_32.asm, the table, the function, the
 * copy to user memory. It writes what it saw to a file in /tmp, which
 * the case reads once the process has gone (a kernel thread has no
 * parent to wait4() for it, so the case polls for the pid to vanish).
 *
 * The program lives in the labs' initramfs (build/lab-initramfs.cpio.gz,
 * tests/labs/linnet_info.c), which `make grade LAB=7` and the labs checks
 * boot; in a boot without it (ktest=all) those cases are skipped,
 * and a skipped case scores nothing.
 */
#include <kunit/test.h>
#include <linux/delay.h>
#include <linux/err.h>
#include <linux/fcntl.h>
#include <linux/fs.h>
#include <linux/init_syscalls.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/stat.h>
#include <linux/string.h>
#include <linnet/linnet_info.h>

#define PROGRAM "/linnet_info"
#define OUTPUT_MAX 2048

extern void *const sys_call_table[];
asmlinkage long sys_linnet_info(struct linnet_info __user *info, unsigned int flags);

static void linnet_info_table_test(struct kunit *test)
{
	KUNIT_EXPECT_PTR_EQ_MSG(test, sys_call_table[__NR_linnet_info], (void *)sys_linnet_info,
				"sys_call_table[%d] is not sys_linnet_info", __NR_linnet_info);
}

struct run {
	const char *argv[4];
	char out[32];
};

static int run_program(void *arg)
{
	struct run *r = arg;
	static const char *const envp[] = { "HOME=/", NULL };

	return kernel_execve(PROGRAM, r->argv, envp);
}

/* Is task @pid still there? (It leaves the task list as it exits.) */
static bool alive(pid_t pid)
{
	unsigned long flags;
	bool ret;

	spin_lock_irqsave(&tasklist_lock, flags);
	ret = find_task_by_pid(pid) != NULL;
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return ret;
}

/* Run "/linnet_info CHECK FILE"; return what it wrote (kfree it), or NULL */
static char *run_check(struct kunit *test, const char *check)
{
	struct run *r = kunit_kzalloc(test, sizeof(*r), GFP_KERNEL);
	struct file *f;
	char *buf;
	pid_t pid;
	int i, n;

	KUNIT_ASSERT_NOT_NULL(test, r);
	if (init_stat(PROGRAM, &(struct kstat){}, 0))
		kunit_skip(test, "no %s: boot the labs' initramfs (make grade LAB=7)", PROGRAM);
	snprintf(r->out, sizeof(r->out), "/tmp/linnet_info.%s", check);
	r->argv[0] = PROGRAM;
	r->argv[1] = check;
	r->argv[2] = r->out;
	pid = kernel_thread(run_program, r, SIGCHLD);
	KUNIT_ASSERT_GT(test, pid, 0);
	for (i = 0; i < 1000 && alive(pid); i++)
		msleep(10);
	KUNIT_ASSERT_FALSE_MSG(test, alive(pid), "%s %s still runs after 10 s", PROGRAM, check);
	f = filp_open(r->out, O_RDONLY, 0);
	KUNIT_ASSERT_FALSE_MSG(test, IS_ERR(f), "%s %s wrote no %s", PROGRAM, check, r->out);
	buf = kunit_kzalloc(test, OUTPUT_MAX, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, buf);
	n = kernel_read(f, 0, buf, OUTPUT_MAX - 1);
	filp_close(f, NULL);
	KUNIT_ASSERT_GE(test, n, 0);
	return buf;
}

/* The check passed if the program's last line is PASS; else show its lines */
static void expect_pass(struct kunit *test, const char *check)
{
	char *out = run_check(test, check);
	size_t len = strlen(out);
	bool pass = len >= 5 && !strcmp(out + len - 5, "PASS\n");
	char *line;

	if (pass)
		return;
	KUNIT_FAIL(test, "%s %s did not PASS; it printed:", PROGRAM, check);
	while ((line = strsep(&out, "\n")) && *line)
		kunit_info(test, "  %s", line);
}

static void linnet_info_fills_test(struct kunit *test)
{
	expect_pass(test, "fills");
}

static void linnet_info_flags_test(struct kunit *test)
{
	expect_pass(test, "flags");
}

static void linnet_info_efault_test(struct kunit *test)
{
	expect_pass(test, "efault");
}

static void linnet_info_einval_test(struct kunit *test)
{
	expect_pass(test, "einval");
}

static struct kunit_case linnet_info_cases[] = {
	KUNIT_CASE(linnet_info_table_test),  KUNIT_CASE(linnet_info_fills_test),
	KUNIT_CASE(linnet_info_flags_test),  KUNIT_CASE(linnet_info_efault_test),
	KUNIT_CASE(linnet_info_einval_test), {}
};

static struct kunit_suite linnet_info_suite = {
	.name = "linnet_info",
	.test_cases = linnet_info_cases,
};
kunit_test_suite(linnet_info_suite);
