/*
 * executor.c - choosing the suites to run and reporting the whole run.
 *
 * Every suite registered with kunit_test_suite() has a pointer in the
 * .kunit_test_suites section. ktest=all on the command line runs them
 * all at the end of boot; ktest=list,string runs the ones named (and
 * ktest=suite.case runs one case). Suites named demo_* fail on purpose,
 * to show what a failure, an oops or a hang looks like: "all" leaves them
 * out and only naming them runs them. The run is printed as one KTAP
 * document, each suite a subtest, then QEMU is told the verdict through
 * isa-debug-exit, so the harness gets pass or fail from QEMU's exit
 * status as well as from the text. See docs/testing.md.
 */
#include <kunit/test.h>
#include <linux/fault-inject.h>
#include <linux/init.h>
#include <linux/reboot.h>
#include <asm/setup.h>

extern struct kunit_suite *const __kunit_suites_start[], *const __kunit_suites_end[];

/* as long as a command line: the fault-injection boots name every suite */
static char ktest_filter[COMMAND_LINE_SIZE];

static int __init ktest_setup(char *str)
{
	strscpy(ktest_filter, str, sizeof(ktest_filter));
	return 1;
}
__setup("ktest=", ktest_setup);

/* Does comma-separated @filter name @suite ("all", "suite" or "suite.case")? */
static bool filter_matches(const char *filter, const char *suite, const char **case_name)
{
	size_t n = strlen(suite);
	const char *p = filter;

	*case_name = NULL;
	if (!strcmp(filter, "all"))
		return strncmp(suite, "demo_", 5) != 0;
	while (p && *p) {
		if (!strncmp(p, suite, n) && (p[n] == ',' || p[n] == '\0' || p[n] == '.')) {
			if (p[n] == '.')
				*case_name = p + n + 1;
			return true;
		}
		p = strchr(p, ',');
		if (p)
			p++;
	}
	return false;
}

/* Every name in @filter must be a suite: a typo must not pass silently. */
static int check_filter_names(const char *filter)
{
	char name[64];
	const char *p = filter;
	int missing = 0;

	if (!strcmp(filter, "all"))
		return 0;
	while (*p) {
		size_t n = strcspn(p, ",.");
		struct kunit_suite *const *s;
		bool found = false;

		strscpy(name, p, min(n + 1, sizeof(name)));
		for (s = __kunit_suites_start; s < __kunit_suites_end; s++)
			if (!strcmp((*s)->name, name))
				found = true;
		if (!found) {
			printk(KERN_ERR "# ktest: no suite named '%s'\n", name);
			missing++;
		}
		p += strcspn(p, ",");
		if (*p)
			p++;
	}
	return missing;
}

/* Run a copy of @suite holding only the case called @case_name. */
static int run_one_case(struct kunit_suite *suite, const char *case_name)
{
	static struct kunit_case one[2];
	struct kunit_case *saved = suite->test_cases, *tc;
	size_t n = strcspn(case_name, ",");
	int r;

	for (tc = saved; tc->run_case; tc++)
		if (strlen(tc->name) == n && !strncmp(tc->name, case_name, n))
			break;
	one[0] = *tc; /* the terminator if no case matched: an empty suite */
	suite->test_cases = one;
	r = kunit_run_tests(suite);
	suite->test_cases = saved;
	return r;
}

/**
 * kunit_run_suites - run the suites named by a filter, as one KTAP document
 * @filter: "all", or comma-separated suite names (or suite.case)
 *
 * Context: the runner; the cases may sleep once threads exist.
 * Return: the number of suites that failed (a name matching no suite counts).
 */
int kunit_run_suites(const char *filter)
{
	struct kunit_suite *const *s;
	unsigned long n = 0, total = 0, failed = 0;
	const char *case_name;

	for (s = __kunit_suites_start; s < __kunit_suites_end; s++)
		if (filter_matches(filter, (*s)->name, &case_name))
			total++;
	printk(KERN_INFO "KTAP version 1\n");
	printk(KERN_INFO "1..%lu\n", total);
	for (s = __kunit_suites_start; s < __kunit_suites_end; s++) {
		int r;

		if (!filter_matches(filter, (*s)->name, &case_name))
			continue;
		r = case_name ? run_one_case(*s, case_name) : kunit_run_tests(*s);
		printk(KERN_INFO "%s %lu %s\n", r ? "not ok" : "ok", ++n, (*s)->name);
		if (r)
			failed++;
	}
	return failed + check_filter_names(filter);
}

/**
 * kunit_run_all_tests - at the end of boot, run what ktest= asked for
 *
 * Without ktest= it does nothing. With it, the verdict goes to QEMU's
 * isa-debug-exit device (exit status 1 for pass, 3 for fail); on a
 * machine without one it is printed and the kernel carries on.
 *
 * Context: the end of boot.
 */
void kunit_run_all_tests(void)
{
	int failed;

	if (!ktest_filter[0])
		return;
	fault_injection_begin();
	failed = kunit_run_suites(ktest_filter);
	failed |= fault_injection_end();
	printk(KERN_INFO "ktest: %s\n", failed ? "FAILED" : "all suites passed");
	qemu_debug_exit(failed ? 1 : 0);
}
