/*
 * kunit_test.c - KUnit testing itself: expectations, assertions, skips, parameters.
 *
 * Each case runs a small inner test through the same machinery the
 * runner uses (kunit_try_run_case) and checks what happened to it: an
 * assertion must end the inner case, an expectation must not, a skip
 * must be recorded with its reason, an assertion in a suite's init or
 * exit must end only that part and the case's actions must still run.
 * The inner failures print their reports on the console; that is
 * expected.
 */
#include <kunit/test.h>
#include <kunit/static_stub.h>

bool kunit_try_run_case(struct kunit *test, void (*fn)(struct kunit *));

static int reached;

static void inner_assert_fails(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, 1, 2);
	reached = 1;
}

static void inner_expect_fails(struct kunit *test)
{
	KUNIT_EXPECT_STREQ(test, "abc", "abd");
	reached = 1;
}

static void inner_skips(struct kunit *test)
{
	kunit_skip(test, "no %s here", "widget");
	reached = 1;
}

static void inner_passes(struct kunit *test)
{
	static const u8 a[] = { 1, 2, 3 }, b[] = { 1, 2, 3 }, c[] = { 1, 2, 4 };
	int x = 5;

	KUNIT_EXPECT_TRUE(test, x == 5);
	KUNIT_EXPECT_FALSE(test, x == 6);
	KUNIT_EXPECT_EQ(test, x, 5);
	KUNIT_EXPECT_NE(test, x, 6);
	KUNIT_EXPECT_LT(test, x, 6);
	KUNIT_EXPECT_LE(test, x, 5);
	KUNIT_EXPECT_GT(test, x, 4);
	KUNIT_EXPECT_GE(test, x, 5);
	KUNIT_EXPECT_PTR_EQ(test, &x, &x);
	KUNIT_EXPECT_PTR_NE(test, &x, NULL);
	KUNIT_EXPECT_NULL(test, NULL);
	KUNIT_EXPECT_NOT_NULL(test, &x);
	KUNIT_EXPECT_NOT_ERR_OR_NULL(test, &x);
	KUNIT_EXPECT_STREQ(test, "linnet", "linnet");
	KUNIT_EXPECT_STRNEQ(test, "linnet", "linux");
	KUNIT_EXPECT_MEMEQ(test, a, b, sizeof(a));
	KUNIT_EXPECT_MEMNEQ(test, a, c, sizeof(a));
	KUNIT_ASSERT_EQ_MSG(test, x, 5, "x is %d", x);
	reached = 1;
}

static void run_inner(struct kunit *inner, void (*fn)(struct kunit *))
{
	kunit_init_test(inner, "inner");
	reached = 0;
	kunit_try_run_case(inner, fn);
}

static void kunit_assert_ends_case_test(struct kunit *test)
{
	struct kunit inner;

	run_inner(&inner, inner_assert_fails);
	KUNIT_EXPECT_EQ(test, reached, 0);
	KUNIT_EXPECT_EQ(test, inner.status, KUNIT_FAILURE);
}

static void kunit_expect_goes_on_test(struct kunit *test)
{
	struct kunit inner;

	run_inner(&inner, inner_expect_fails);
	KUNIT_EXPECT_EQ(test, reached, 1);
	KUNIT_EXPECT_EQ(test, inner.status, KUNIT_FAILURE);
}

static void kunit_skip_test(struct kunit *test)
{
	struct kunit inner;

	run_inner(&inner, inner_skips);
	KUNIT_EXPECT_EQ(test, reached, 0);
	KUNIT_EXPECT_EQ(test, inner.status, KUNIT_SKIPPED);
	KUNIT_EXPECT_STREQ(test, inner.status_comment, "no widget here");
}

static void kunit_all_checks_pass_test(struct kunit *test)
{
	struct kunit inner;

	run_inner(&inner, inner_passes);
	KUNIT_EXPECT_EQ(test, reached, 1);
	KUNIT_EXPECT_EQ(test, inner.status, KUNIT_SUCCESS);
}

static void kunit_case_running_test(struct kunit *test)
{
	KUNIT_EXPECT_TRUE(test, kunit_case_running());
}

static int freed_count;

static void count_free(struct kunit_resource *res)
{
	freed_count++;
}

static void kunit_mark_skipped_keeps_failure_test(struct kunit *test)
{
	struct kunit inner;

	kunit_init_test(&inner, "inner");
	inner.status = KUNIT_FAILURE;
	kunit_mark_skipped(&inner, "too late");
	KUNIT_EXPECT_EQ(test, inner.status, KUNIT_FAILURE);
}

static struct kunit_resource demo_resource = { .free = count_free };

static void kunit_resource_add_test(struct kunit *test)
{
	freed_count = 0;
	kunit_add_resource(test, &demo_resource);
	KUNIT_EXPECT_FALSE(test, list_empty(&test->resources));
	KUNIT_EXPECT_EQ(test, freed_count, 0);
}

/* Runs after kunit_resource_add_test: the runner must have released it */
static void kunit_resource_released_test(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, freed_count, 1);
	KUNIT_EXPECT_TRUE(test, list_empty(&test->resources));
}

static int action_count;

static void count_action(void *ctx)
{
	action_count += (int)(unsigned long)ctx;
}

/* kunit_kmalloc() was declared but defined nowhere: this did not link. */
static void kunit_kmalloc_test(struct kunit *test)
{
	char *p = kunit_kmalloc(test, 100, GFP_KERNEL);
	int *z = kunit_kcalloc(test, 4, sizeof(int), GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_ASSERT_NOT_NULL(test, z);
	KUNIT_EXPECT_EQ(test, z[0] | z[1] | z[2] | z[3], 0);
	KUNIT_EXPECT_EQ(test, list_count_nodes(&test->resources), 2);
	/* kunit_kfree() frees at once and forgets it; an unknown pointer is ignored */
	kunit_kfree(test, p);
	kunit_kfree(test, &action_count);
	kunit_kfree(test, NULL);
	KUNIT_EXPECT_EQ(test, list_count_nodes(&test->resources), 1);
	/* n * size overflows: NULL, and nothing is recorded */
	KUNIT_EXPECT_NULL(test, kunit_kmalloc_array(test, 0x10000, 0x10001, GFP_KERNEL));
	KUNIT_EXPECT_EQ(test, list_count_nodes(&test->resources), 1);
	/* z is left for the runner */
}

/* Set once kunit_action_add_test has left its action for the runner */
static bool actions_left;

static void kunit_action_add_test(struct kunit *test)
{
	actions_left = false;
	action_count = 0;
	KUNIT_ASSERT_EQ(test, kunit_add_action(test, count_action, (void *)1), 0);
	KUNIT_ASSERT_EQ(test, kunit_add_action(test, count_action, (void *)10), 0);
	KUNIT_ASSERT_EQ(test, kunit_add_action(test, count_action, (void *)100), 0);
	kunit_release_action(test, count_action, (void *)10); /* runs now */
	KUNIT_EXPECT_EQ(test, action_count, 10);
	kunit_remove_action(test, count_action, (void *)100); /* never runs */
	KUNIT_EXPECT_EQ(test, list_count_nodes(&test->resources), 1);
	actions_left = true;
}

/* Runs after kunit_action_add_test: the remaining action ran at the end */
static void kunit_action_ran_test(struct kunit *test)
{
	/* (under fault injection an allocation can end the case before) */
	if (!actions_left)
		kunit_skip(test, "kunit_action_add_test ended early");
	KUNIT_EXPECT_EQ(test, action_count, 11);
	KUNIT_EXPECT_PTR_EQ(test, kunit_get_current_test(), test);
}

static int stub_target(int x)
{
	KUNIT_STATIC_STUB_REDIRECT(stub_target, x);
	return x + 1;
}

static int stub_replacement(int x)
{
	return x * 2;
}

static void kunit_static_stub_test(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, stub_target(5), 6);
	kunit_activate_static_stub(test, stub_target, stub_replacement);
	KUNIT_EXPECT_EQ(test, stub_target(5), 10);
	kunit_deactivate_static_stub(test, stub_target);
	KUNIT_EXPECT_EQ(test, stub_target(5), 6);
	kunit_activate_static_stub(test, stub_target, stub_replacement);
	/* left active: the runner must end it with the case */
}

static void kunit_static_stub_ended_test(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, stub_target(5), 6);
}

/*
 * An inner suite whose init asserts half-way: the case must not run, the
 * exit and the action init registered must, and the runner must carry on.
 * Before the runner ran init under its catch, the assertion jumped
 * through a jump buffer never set, and the boot died in a double fault.
 */
static int inner_steps;

static void inner_step(void *ctx)
{
	inner_steps |= (int)(unsigned long)ctx;
}

static int inner_init_asserts(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, kunit_add_action(test, inner_step, (void *)1), 0);
	KUNIT_ASSERT_EQ(test, 1, 2);
	return 0;
}

static void inner_exit(struct kunit *test)
{
	inner_step((void *)2);
}

static void inner_exit_asserts(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, 1, 2);
}

static void inner_case(struct kunit *test)
{
	inner_step((void *)4);
}

static void inner_case_with_action(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, kunit_add_action(test, inner_step, (void *)8), 0);
}

static struct kunit_case inner_cases[] = { KUNIT_CASE(inner_case),
					   KUNIT_CASE(inner_case_with_action),
					   {} };

static void kunit_init_assert_ends_case_test(struct kunit *test)
{
	/* (.name not first: the harness takes "struct kunit_suite x = { .name" for a suite) */
	struct kunit_suite suite = { .init = inner_init_asserts,
				     .name = "inner",
				     .exit = inner_exit,
				     .test_cases = inner_cases };
	struct kunit inner;

	inner_steps = 0;
	kunit_init_test(&inner, "inner");
	kunit_run_case_catch_errors(&suite, &inner_cases[0], &inner);
	KUNIT_EXPECT_EQ(test, inner.status, KUNIT_FAILURE);
	KUNIT_EXPECT_EQ(test, inner_steps, 1 | 2); /* the action and the exit, not the case */
	KUNIT_EXPECT_TRUE(test, list_empty(&inner.resources));
	KUNIT_EXPECT_PTR_EQ(test, kunit_get_current_test(), test);
}

static void kunit_exit_assert_still_cleans_up_test(struct kunit *test)
{
	struct kunit_suite suite = { .exit = inner_exit_asserts,
				     .name = "inner",
				     .test_cases = inner_cases };
	struct kunit inner;

	inner_steps = 0;
	kunit_init_test(&inner, "inner");
	kunit_run_case_catch_errors(&suite, &inner_cases[1], &inner);
	KUNIT_EXPECT_EQ(test, inner.status, KUNIT_FAILURE);
	KUNIT_EXPECT_EQ(test, inner_steps, 8); /* the action ran after the exit gave up */
	KUNIT_EXPECT_TRUE(test, list_empty(&inner.resources));
}

static const int squares[] = { 0, 1, 4, 9, 16 };

static void square_desc(const int *v, char *desc)
{
	snprintf(desc, KUNIT_PARAM_DESC_SIZE, "square %d", *v);
}

KUNIT_ARRAY_PARAM(squares, squares, square_desc);

static void kunit_param_test(struct kunit *test)
{
	const int *v = test->param_value;
	int root = test->param_index;

	KUNIT_EXPECT_EQ(test, *v, root * root);
}

static struct kunit_case kunit_cases[] = { KUNIT_CASE(kunit_assert_ends_case_test),
					   KUNIT_CASE(kunit_expect_goes_on_test),
					   KUNIT_CASE(kunit_skip_test),
					   KUNIT_CASE(kunit_all_checks_pass_test),
					   KUNIT_CASE(kunit_case_running_test),
					   KUNIT_CASE(kunit_mark_skipped_keeps_failure_test),
					   KUNIT_CASE(kunit_resource_add_test),
					   KUNIT_CASE(kunit_resource_released_test),
					   KUNIT_CASE(kunit_kmalloc_test),
					   KUNIT_CASE(kunit_action_add_test),
					   KUNIT_CASE(kunit_action_ran_test),
					   KUNIT_CASE(kunit_static_stub_test),
					   KUNIT_CASE(kunit_static_stub_ended_test),
					   KUNIT_CASE(kunit_init_assert_ends_case_test),
					   KUNIT_CASE(kunit_exit_assert_still_cleans_up_test),
					   KUNIT_CASE_PARAM(kunit_param_test, squares_gen_params),
					   {} };

static struct kunit_suite kunit_suite = {
	.name = "kunit",
	.test_cases = kunit_cases,
};
kunit_test_suite(kunit_suite);
