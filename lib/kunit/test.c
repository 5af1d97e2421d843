/*
 * test.c - running one KUnit suite and printing it as KTAP.
 *
 * For each case of a suite: run the suite's init, then the case (caught
 * by lib/kunit/try-catch.c if it asserts or oopses), then the exit; print
 * "ok N name" or "not ok N name". A parameterised case runs once per
 * parameter, each run a nested KTAP subtest. The suite's block is indented
 * four spaces inside the top-level list, as Linux's KUnit prints it:
 *
 *     KTAP version 1
 *     # Subtest: list
 *     1..3
 *     ok 1 list_add_test
 *     ...
 * # list: pass:3 fail:0 skip:0 total:3
 * ok 1 list
 *
 * See docs/testing.md.
 */
#include <kunit/test.h>
#include <linux/fault-inject.h>

#define INDENT "    "

bool kunit_try_run_case(struct kunit *test, void (*fn)(struct kunit *));

/**
 * struct kunit_result_stats - counts of case results
 * @passed: cases that passed
 * @skipped: cases that were skipped
 * @failed: cases that failed
 * @total: all cases
 */
struct kunit_result_stats {
	unsigned long passed;
	unsigned long skipped;
	unsigned long failed;
	unsigned long total;
};

static void totals_add(struct kunit_result_stats *t, const struct kunit_result_stats *s)
{
	t->passed += s->passed;
	t->skipped += s->skipped;
	t->failed += s->failed;
	t->total += s->total;
}

static void count_result(struct kunit_result_stats *s, enum kunit_status status)
{
	s->total++;
	if (status == KUNIT_SUCCESS)
		s->passed++;
	else if (status == KUNIT_SKIPPED)
		s->skipped++;
	else
		s->failed++;
}

/**
 * kunit_log_msg - print a line of a case's log ("    # case: message")
 * @name: the case's (or the suite's) name
 * @fmt: a level marker then the message; a trailing newline is dropped
 *
 * Context: any; usually inside a case or a suite's init/exit.
 */
void kunit_log_msg(const char *name, const char *fmt, ...)
{
	static char buf[256];
	va_list args;
	int skip = 0;
	size_t len;

	va_start(args, fmt);
	len = vscnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	if (len && buf[len - 1] == '\n')
		buf[len - 1] = '\0';
	if (buf[0] == '<' && buf[1] && buf[2] == '>')
		skip = 3;
	printk("%.3s" INDENT "# %s: %s\n", skip ? buf : "<6>", name, buf + skip);
}

/**
 * kunit_mark_skipped - mark the case skipped, with a reason (it goes on)
 * @test: the case
 * @fmt: the reason
 *
 * Context: inside a case.
 */
void kunit_mark_skipped(struct kunit *test, const char *fmt, ...)
{
	va_list args;

	if (test->status == KUNIT_FAILURE)
		return;
	test->status = KUNIT_SKIPPED;
	va_start(args, fmt);
	vscnprintf(test->status_comment, sizeof(test->status_comment), fmt, args);
	va_end(args);
}

/**
 * kunit_init_test - reset a struct kunit for a new case
 * @test: the state
 * @name: the case's name
 *
 * Context: the runner.
 */
void kunit_init_test(struct kunit *test, const char *name)
{
	memset(test, 0, sizeof(*test));
	test->name = name;
	test->status = KUNIT_SUCCESS;
	INIT_LIST_HEAD(&test->resources);
}

/* Release the case's resources, newest first. */
static void kunit_cleanup(struct kunit *test)
{
	struct kunit_resource *res, *tmp;

	list_for_each_entry_safe(res, tmp, &test->resources, node) {
		list_del(&res->node);
		res->free(res);
	}
}

static void kunit_print_result(const char *indent, enum kunit_status status, unsigned long n,
			       const char *name, const char *comment)
{
	if (status == KUNIT_SKIPPED)
		printk(KERN_INFO "%sok %lu %s # SKIP %s\n", indent, n, name, comment);
	else
		printk(KERN_INFO "%s%s %lu %s\n", indent, status == KUNIT_SUCCESS ? "ok" : "not ok",
		       n, name);
}

/*
 * Under fault injection (failslab=, fail_page_alloc=) a case that failed
 * its checks after an allocation was made to fail tested the error path
 * it never meant to: it is skipped, with the count as the reason. A
 * case that oopsed stays failed (and the harness fails the boot), and
 * the allocators' invariants are checked after the run
 * (fault_injection_end()).
 */
static void skip_if_injected(struct kunit *test, unsigned long injected)
{
	if (!injected || test->status != KUNIT_FAILURE || test->faulted)
		return;
	test->status = KUNIT_SKIPPED;
	scnprintf(test->status_comment, sizeof(test->status_comment),
		  "fault injection: %lu allocations failed", injected);
}

/*
 * The suite and case being run, for the functions kunit_try_run_case()
 * calls (it passes them only the struct kunit). A case of the kunit suite
 * runs an inner case through kunit_run_case_catch_errors(), so the
 * pointer is saved and restored around each run.
 */
struct kunit_case_run {
	struct kunit_suite *suite;
	struct kunit_case *tc;
};

static struct kunit_case_run *running;

/* The suite's init and the case, under one catch: an assertion in init ends the case. */
static void kunit_run_case_internal(struct kunit *test)
{
	int err;

	if (running->suite->init) {
		err = running->suite->init(test);
		if (err) {
			kunit_err(test, "failed to initialize: %d", err);
			test->status = KUNIT_FAILURE;
			return;
		}
	}
	running->tc->run_case(test);
}

/* The suite's exit, under a catch of its own. */
static void kunit_run_suite_exit(struct kunit *test)
{
	running->suite->exit(test);
}

/**
 * kunit_run_case_catch_errors - run one case: init, the case, exit, its resources
 * @suite: the suite the case belongs to
 * @tc: the case
 * @test: the case's state, set up by kunit_init_test()
 *
 * As Linux's KUnit does: the suite's init and the case run under one
 * catch, so an assertion that fails in init ends the case as one in the
 * case does. The exit, then the case's resources (kunit_add_action()...),
 * run under catches of their own, even when init or the case ended
 * early: an exit must cope with a fixture only partly set up.
 *
 * Context: the runner, or a case of the kunit suite running an inner one.
 */
void kunit_run_case_catch_errors(struct kunit_suite *suite, struct kunit_case *tc,
				 struct kunit *test)
{
	unsigned long injected = fault_injected_total();
	struct kunit_case_run run = { suite, tc }, *prev = running;

	running = &run;
	if (!kunit_try_run_case(test, kunit_run_case_internal) && test->faulted)
		kunit_err(test, "try faulted: the case oopsed (see the report above)");
	if (suite->exit && !kunit_try_run_case(test, kunit_run_suite_exit)) {
		test->status = KUNIT_FAILURE;
		kunit_err(test, "the suite's exit ended early");
	}
	/* each resource leaves the list before it is released: the loop ends */
	while (!kunit_try_run_case(test, kunit_cleanup))
		test->status = KUNIT_FAILURE;
	running = prev;
	skip_if_injected(test, fault_injected_total() - injected);
}

/* A parameterised case: one nested KTAP block, one result per parameter. */
static enum kunit_status kunit_run_param_case(struct kunit_suite *suite, struct kunit_case *tc,
					      struct kunit *test, struct kunit_result_stats *totals)
{
	struct kunit_result_stats stats = { 0 };
	char desc[KUNIT_PARAM_DESC_SIZE];
	const void *param = tc->generate_params(NULL, desc);

	printk(KERN_INFO INDENT INDENT "KTAP version 1\n");
	printk(KERN_INFO INDENT INDENT "# Subtest: %s\n", tc->name);
	for (param = tc->generate_params(NULL, desc); param;
	     param = tc->generate_params(param, desc)) {
		kunit_init_test(test, tc->name);
		test->param_value = param;
		test->param_index = stats.total;
		kunit_run_case_catch_errors(suite, tc, test);
		count_result(&stats, test->status);
		if (!desc[0])
			scnprintf(desc, sizeof(desc), "param-%lu", stats.total - 1);
		kunit_print_result(INDENT INDENT, test->status, stats.total, desc,
				   test->status_comment);
		desc[0] = '\0';
	}
	/* As Linux: a parameterised case with more than one run closes with its counts. */
	if (stats.total > 1)
		printk(KERN_INFO INDENT "# %s: pass:%lu fail:%lu skip:%lu total:%lu\n", tc->name,
		       stats.passed, stats.failed, stats.skipped, stats.total);
	totals_add(totals, &stats);
	if (stats.failed)
		return KUNIT_FAILURE;
	return stats.passed || !stats.total ? KUNIT_SUCCESS : KUNIT_SKIPPED;
}

static unsigned long kunit_count_cases(struct kunit_suite *suite)
{
	struct kunit_case *tc;
	unsigned long n = 0;

	for (tc = suite->test_cases; tc && tc->run_case; tc++)
		n++;
	return n;
}

/**
 * kunit_run_tests - run every case of a suite and print its KTAP block
 * @suite: the suite
 *
 * Context: the runner (boot or the shell's ktest command).
 * Return: 0 if no case failed, -1 otherwise.
 */
int kunit_run_tests(struct kunit_suite *suite)
{
	struct kunit_result_stats stats = { 0 }, totals = { 0 };
	unsigned long injected = fault_injected_total();
	struct kunit_case *tc;
	struct kunit test;

	printk(KERN_INFO INDENT "KTAP version 1\n");
	printk(KERN_INFO INDENT "# Subtest: %s\n", suite->name);
	printk(KERN_INFO INDENT "1..%lu\n", kunit_count_cases(suite));
	suite->suite_init_err = suite->suite_init ? suite->suite_init(suite) : 0;
	if (suite->suite_init_err)
		printk(KERN_ERR INDENT "# %s: suite_init failed: %d\n", suite->name,
		       suite->suite_init_err);
	injected = fault_injected_total() - injected;
	for (tc = suite->test_cases; tc && tc->run_case; tc++) {
		kunit_init_test(&test, tc->name);
		if (suite->suite_init_err) {
			/* the rule of skip_if_injected(), for an init that failed */
			test.status = KUNIT_FAILURE;
			skip_if_injected(&test, injected);
		} else if (tc->generate_params)
			test.status = kunit_run_param_case(suite, tc, &test, &totals);
		else
			kunit_run_case_catch_errors(suite, tc, &test);
		if (!tc->generate_params)
			count_result(&totals, test.status);
		tc->status = test.status;
		count_result(&stats, test.status);
		if (tc->attr.speed == KUNIT_SPEED_SLOW || tc->attr.speed == KUNIT_SPEED_VERY_SLOW)
			printk(KERN_INFO INDENT "# %s.speed: %s\n", tc->name,
			       tc->attr.speed == KUNIT_SPEED_SLOW ? "slow" : "very_slow");
		kunit_print_result(INDENT, test.status, stats.total, tc->name, test.status_comment);
	}
	if (suite->suite_exit && !suite->suite_init_err)
		suite->suite_exit(suite);
	printk(KERN_INFO "# %s: pass:%lu fail:%lu skip:%lu total:%lu\n", suite->name, stats.passed,
	       stats.failed, stats.skipped, stats.total);
	/* and, as Linux, the runs of every case, parameters counted one by one */
	if (totals.total > 1)
		printk(KERN_INFO "# Totals: pass:%lu fail:%lu skip:%lu total:%lu\n", totals.passed,
		       totals.failed, totals.skipped, totals.total);
	return stats.failed || (suite->suite_init_err && !injected) ? -1 : 0;
}
