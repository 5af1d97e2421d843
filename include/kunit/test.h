/*
 * kunit/test.h - KUnit, the kernel's unit-test framework, as Linux has it.
 *
 * A test file defines cases (functions taking a struct kunit *), lists them
 * in a struct kunit_case array ending with {}, puts the array in a struct
 * kunit_suite, and registers the suite with kunit_test_suite(). The suite
 * pointer lands in the .kunit_test_suites linker section, so no list has
 * to be edited: lib/kunit/executor.c walks the section when the command
 * line says ktest=all (or ktest=suite1,suite2) and prints KTAP version 1
 * on the console, exactly as Linux's KUnit does.
 *
 * KUNIT_EXPECT_*() records a failure and goes on; KUNIT_ASSERT_*() records
 * it and ends the case at once (lib/kunit/try-catch.c jumps back to the
 * runner). See docs/testing.md.
 */
#ifndef _KUNIT_TEST_H
#define _KUNIT_TEST_H

/* What Linux's <kunit/test.h> brings, so Linux's test files compile as they are. */
#include <linux/compiler.h>
#include <linux/err.h>
#include <linux/init.h>
#include <linux/kconfig.h>
#include <linux/kernel.h>
#include <linux/log2.h>
#include <linux/list.h>
#include <linux/module.h>
#include <linux/printk.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/types.h>

#define KUNIT_LOG_SIZE 512
#define KUNIT_PARAM_DESC_SIZE 128
#define KUNIT_STATUS_COMMENT_SIZE 256

/**
 * enum kunit_status - how a case or suite ended
 * @KUNIT_SUCCESS: every expectation held
 * @KUNIT_FAILURE: an expectation or assertion failed, or the case faulted
 * @KUNIT_SKIPPED: kunit_skip() or kunit_mark_skipped() was called
 */
enum kunit_status {
	KUNIT_SUCCESS,
	KUNIT_FAILURE,
	KUNIT_SKIPPED,
};

/**
 * enum kunit_assert_type - is a failed check an expectation or an assertion?
 * @KUNIT_ASSERTION: the case ends at once
 * @KUNIT_EXPECTATION: the case goes on, marked failed
 */
enum kunit_assert_type {
	KUNIT_ASSERTION,
	KUNIT_EXPECTATION,
};

struct kunit;

/**
 * enum kunit_speed - how long a case takes, as its author says
 * @KUNIT_SPEED_UNSET: not said
 * @KUNIT_SPEED_VERY_SLOW: very slow
 * @KUNIT_SPEED_SLOW: slow (KUNIT_CASE_SLOW)
 * @KUNIT_SPEED_NORMAL: normal
 */
enum kunit_speed {
	KUNIT_SPEED_UNSET,
	KUNIT_SPEED_VERY_SLOW,
	KUNIT_SPEED_SLOW,
	KUNIT_SPEED_NORMAL,
};

/**
 * struct kunit_attributes - what a case says about itself
 * @speed: how long it takes; a slow case prints "# name.speed: slow"
 */
struct kunit_attributes {
	enum kunit_speed speed;
};

/**
 * struct kunit_case - one test case
 * @run_case: the function that runs it
 * @name: its name, printed in the KTAP result line
 * @generate_params: for a parameterised case, returns the parameter after @prev
 *                   (NULL first) and may describe it in @desc; NULL for a plain case
 * @attr: what the case says about itself (its speed)
 * @status: filled in by the runner
 * @log: unused here (Linux keeps the debugfs log); kept for source compatibility
 */
struct kunit_case {
	void (*run_case)(struct kunit *test);
	const char *name;
	const void *(*generate_params)(const void *prev, char *desc);
	struct kunit_attributes attr;
	enum kunit_status status;
	char *log;
};

#define KUNIT_CASE(test_name) { .run_case = test_name, .name = #test_name }
#define KUNIT_CASE_ATTR(test_name, attributes) \
	{ .run_case = test_name, .name = #test_name, .attr = attributes }
#define KUNIT_CASE_SLOW(test_name) \
	{ .run_case = test_name, .name = #test_name, .attr.speed = KUNIT_SPEED_SLOW }
#define KUNIT_CASE_PARAM(test_name, gen_params) \
	{ .run_case = test_name, .name = #test_name, .generate_params = gen_params }
#define KUNIT_CASE_PARAM_ATTR(test_name, gen_params, attributes) \
	{ .run_case = test_name, .name = #test_name, .generate_params = gen_params, \
	  .attr = attributes }

/**
 * struct kunit_suite - a named set of cases with shared set-up
 * @name: the suite's name (ktest=name selects it)
 * @suite_init: called once before the first case; non-zero fails every case
 * @suite_exit: called once after the last case
 * @init: called before each case; non-zero fails that case
 * @exit: called after each case, even if @init failed
 * @test_cases: the cases, ending with an empty entry {}
 * @status_comment: why the suite failed or was skipped, if it was
 * @suite_init_err: what @suite_init returned
 */
struct kunit_suite {
	const char name[256];
	int (*suite_init)(struct kunit_suite *suite);
	void (*suite_exit)(struct kunit_suite *suite);
	int (*init)(struct kunit *test);
	void (*exit)(struct kunit *test);
	struct kunit_case *test_cases;
	char status_comment[KUNIT_STATUS_COMMENT_SIZE];
	int suite_init_err;
};

/**
 * struct kunit - the state of the running case, handed to every check
 * @priv: for the test's own use (set it in the suite's init)
 * @name: the running case's name
 * @status: how the case stands so far
 * @status_comment: the reason given to kunit_skip()
 * @param_value: the current parameter of a parameterised case
 * @param_index: its index
 * @resources: allocations made with kunit_kmalloc(), freed after the case
 * @try_catch: where an assertion or a fault jumps back to (lib/kunit/try-catch.c)
 * @faulted: set when the case ended in an oops
 */
struct kunit {
	void *priv;
	const char *name;
	enum kunit_status status;
	char status_comment[KUNIT_STATUS_COMMENT_SIZE];
	const void *param_value;
	int param_index;
	struct list_head resources;
	void *try_catch[5];
	bool faulted;
};

/**
 * kunit_test_suites - register suites with the test runner
 * @__suites: pointers to struct kunit_suite
 *
 * The pointers go into the .kunit_test_suites section, which the linker
 * script gathers between __kunit_suites_start and __kunit_suites_end.
 */
#define kunit_test_suites(__suites...)                                         \
	static struct kunit_suite *__UNIQUE_ID(kunit_suites)[]                 \
		__aligned(sizeof(struct kunit_suite *)) __used                 \
		__section(".kunit_test_suites") = { __suites }
#define kunit_test_suite(suite) kunit_test_suites(&suite)
/* Linux frees these suites with the init sections; Linnet keeps them. */
#define kunit_test_init_section_suites(__suites...) kunit_test_suites(__suites)
#define kunit_test_init_section_suite(suite) kunit_test_init_section_suites(&suite)

/**
 * KUNIT_ARRAY_PARAM - make a parameter generator from an array
 * @name: prefix; defines name##_gen_params
 * @array: the parameters
 * @get_desc: function(const typeof(array[0]) *, char *desc) or NULL
 */
#define KUNIT_ARRAY_PARAM(name, array, get_desc)                                          \
	static const void *name##_gen_params(const void *prev, char *desc)                 \
	{                                                                                  \
		__typeof__((array)[0]) *__next = prev ? ((__typeof__(__next))prev) + 1 : (array); \
		if (__next - (array) < (long)ARRAY_SIZE(array)) {                          \
			void (*__get_desc)(__typeof__(__next), char *) = get_desc;         \
			if (__get_desc)                                                    \
				__get_desc(__next, desc);                                  \
			return __next;                                                     \
		}                                                                          \
		return NULL;                                                               \
	}

#include <kunit/resource.h>

int kunit_run_suites(const char *filter);
int kunit_run_tests(struct kunit_suite *suite);
void kunit_init_test(struct kunit *test, const char *name);
void kunit_run_case_catch_errors(struct kunit_suite *suite, struct kunit_case *tc,
				 struct kunit *test);
bool kunit_case_running(void);
void __noreturn kunit_abort_fault(void);

struct kunit *kunit_get_current_test(void);

struct file;
/* user memory for the case, in an mm the case's thread borrows (lib/kunit/user_alloc.c) */
unsigned long kunit_vm_mmap(struct kunit *test, struct file *file, unsigned long addr,
			    unsigned long len, unsigned long prot, unsigned long flag,
			    unsigned long offset);

__printf(2, 3) void kunit_log_msg(const char *name, const char *fmt, ...);
/*
 * As Linux's: @test is a struct kunit or a struct kunit_suite (both have a
 * name), so a suite's init can log too.
 */
#define kunit_printk(lvl, test, fmt, ...) kunit_log_msg((test)->name, lvl fmt, ##__VA_ARGS__)
#define kunit_info(test, fmt, ...) kunit_printk(KERN_INFO, test, fmt, ##__VA_ARGS__)
#define kunit_warn(test, fmt, ...) kunit_printk(KERN_WARNING, test, fmt, ##__VA_ARGS__)
#define kunit_err(test, fmt, ...) kunit_printk(KERN_ERR, test, fmt, ##__VA_ARGS__)

__printf(2, 3) void kunit_mark_skipped(struct kunit *test, const char *fmt, ...);
void __noreturn kunit_abort(struct kunit *test);

/**
 * kunit_skip - mark the running case skipped, with a reason, and end it
 * @test: the case
 * @fmt: the reason, printed after "# SKIP"
 */
#define kunit_skip(test, fmt, ...)                                 \
	do {                                                       \
		kunit_mark_skipped((test), fmt, ##__VA_ARGS__);    \
		kunit_abort(test);                                 \
	} while (0)

void *kunit_kmalloc_array(struct kunit *test, size_t n, size_t size, gfp_t gfp);
void kunit_kfree(struct kunit *test, const void *ptr);
#define kunit_kmalloc(test, size, gfp) kunit_kmalloc_array(test, 1, size, gfp)
#define kunit_kzalloc(test, size, gfp) kunit_kmalloc(test, size, (gfp) | __GFP_ZERO)
#define kunit_kcalloc(test, n, size, gfp) kunit_kmalloc_array(test, n, size, (gfp) | __GFP_ZERO)

/* The failure reporters behind the KUNIT_* macros (lib/kunit/assert.c). */
__printf(5, 6) void kunit_fail_msg(struct kunit *test, enum kunit_assert_type type,
				   const char *file, int line, const char *fmt, ...);
void kunit_fail_int(struct kunit *test, enum kunit_assert_type type, const char *file,
		    int line, const char *op, const char *ltext, long long lval,
		    const char *rtext, long long rval, bool is_unsigned, const char *fmt, ...);
void kunit_fail_ptr(struct kunit *test, enum kunit_assert_type type, const char *file,
		    int line, const char *op, const char *ltext, const void *lval,
		    const char *rtext, const void *rval, const char *fmt, ...);
void kunit_fail_str(struct kunit *test, enum kunit_assert_type type, const char *file,
		    int line, const char *op, const char *ltext, const char *lval,
		    const char *rtext, const char *rval, const char *fmt, ...);
void kunit_fail_mem(struct kunit *test, enum kunit_assert_type type, const char *file,
		    int line, const char *op, const char *ltext, const void *lval,
		    const char *rtext, const void *rval, size_t size, const char *fmt, ...);
void kunit_fail_unary(struct kunit *test, enum kunit_assert_type type, const char *file,
		      int line, const char *text, bool expected, const char *fmt, ...);
void kunit_fail_ptr_unary(struct kunit *test, enum kunit_assert_type type, const char *file,
			  int line, const char *text, const void *val, const char *what,
			  const char *fmt, ...);

#define KUNIT_END_IF_ASSERT(test, type)                \
	do {                                           \
		if ((type) == KUNIT_ASSERTION)         \
			kunit_abort(test);             \
	} while (0)

/* Conditions */
#define KUNIT_UNARY_ASSERTION(test, type, cond, expected, fmt, ...)                          \
	do {                                                                                 \
		if ((!!(cond)) != (expected)) {                                                \
			kunit_fail_unary(test, type, __FILE__, __LINE__, #cond, expected,     \
					 fmt, ##__VA_ARGS__);                                 \
			KUNIT_END_IF_ASSERT(test, type);                                     \
		}                                                                            \
	} while (0)

#define __kunit_is_unsigned(x) ((__typeof__(x))-1 > (__typeof__(x))0)

#define KUNIT_BINARY_INT_ASSERTION(test, type, left, op, right, fmt, ...)                    \
	do {                                                                                 \
		const __typeof__(left) __left = (left);                                      \
		const __typeof__(right) __right = (right);                                   \
		if (!(__left op __right)) {                                                  \
			kunit_fail_int(test, type, __FILE__, __LINE__, #op, #left,            \
				       (long long)__left, #right, (long long)__right,         \
				       __kunit_is_unsigned(__left) ||                         \
					       __kunit_is_unsigned(__right),          \
				       fmt, ##__VA_ARGS__);                                   \
			KUNIT_END_IF_ASSERT(test, type);                                     \
		}                                                                            \
	} while (0)

#define KUNIT_BINARY_PTR_ASSERTION(test, type, left, op, right, fmt, ...)                    \
	do {                                                                                 \
		const void *__left = (const void *)(left);                                   \
		const void *__right = (const void *)(right);                                 \
		if (!(__left op __right)) {                                                  \
			kunit_fail_ptr(test, type, __FILE__, __LINE__, #op, #left, __left,    \
				       #right, __right, fmt, ##__VA_ARGS__);                  \
			KUNIT_END_IF_ASSERT(test, type);                                     \
		}                                                                            \
	} while (0)

#define KUNIT_BINARY_STR_ASSERTION(test, type, left, op, right, fmt, ...)                    \
	do {                                                                                 \
		const char *__left = (left);                                                 \
		const char *__right = (right);                                               \
		if (!(strcmp(__left, __right) op 0)) {                                       \
			kunit_fail_str(test, type, __FILE__, __LINE__, #op, #left, __left,    \
				       #right, __right, fmt, ##__VA_ARGS__);                  \
			KUNIT_END_IF_ASSERT(test, type);                                     \
		}                                                                            \
	} while (0)

#define KUNIT_MEM_ASSERTION(test, type, left, op, right, size, fmt, ...)                     \
	do {                                                                                 \
		const void *__left = (left);                                                 \
		const void *__right = (right);                                               \
		const size_t __size = (size);                                                \
		if (!(memcmp(__left, __right, __size) op 0)) {                               \
			kunit_fail_mem(test, type, __FILE__, __LINE__, #op, #left, __left,    \
				       #right, __right, __size, fmt, ##__VA_ARGS__);          \
			KUNIT_END_IF_ASSERT(test, type);                                     \
		}                                                                            \
	} while (0)

#define KUNIT_PTR_NOT_ERR_OR_NULL_ASSERTION(test, type, ptr, fmt, ...)                       \
	do {                                                                                 \
		const void *__ptr = (ptr);                                                   \
		if (IS_ERR_OR_NULL(__ptr)) {                                                 \
			kunit_fail_ptr_unary(test, type, __FILE__, __LINE__, #ptr, __ptr,     \
					     __ptr ? "is an error pointer" : "is NULL",      \
					     fmt, ##__VA_ARGS__);                             \
			KUNIT_END_IF_ASSERT(test, type);                                     \
		}                                                                            \
	} while (0)

/**
 * KUNIT_FAIL - record a failure unconditionally (the case goes on)
 * @test: the case
 * @fmt: what went wrong
 */
#define KUNIT_FAIL(test, fmt, ...) \
	kunit_fail_msg(test, KUNIT_EXPECTATION, __FILE__, __LINE__, fmt, ##__VA_ARGS__)

#define KUNIT_EXPECT_TRUE(test, c) KUNIT_UNARY_ASSERTION(test, KUNIT_EXPECTATION, c, true, NULL)
#define KUNIT_EXPECT_TRUE_MSG(test, c, fmt, ...) \
	KUNIT_UNARY_ASSERTION(test, KUNIT_EXPECTATION, c, true, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_FALSE(test, c) KUNIT_UNARY_ASSERTION(test, KUNIT_EXPECTATION, c, false, NULL)
#define KUNIT_EXPECT_FALSE_MSG(test, c, fmt, ...) \
	KUNIT_UNARY_ASSERTION(test, KUNIT_EXPECTATION, c, false, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_TRUE(test, c) KUNIT_UNARY_ASSERTION(test, KUNIT_ASSERTION, c, true, NULL)
#define KUNIT_ASSERT_TRUE_MSG(test, c, fmt, ...) \
	KUNIT_UNARY_ASSERTION(test, KUNIT_ASSERTION, c, true, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_FALSE(test, c) KUNIT_UNARY_ASSERTION(test, KUNIT_ASSERTION, c, false, NULL)
#define KUNIT_ASSERT_FALSE_MSG(test, c, fmt, ...) \
	KUNIT_UNARY_ASSERTION(test, KUNIT_ASSERTION, c, false, fmt, ##__VA_ARGS__)

#define __KUNIT_INT(kind, op, test, l, r) KUNIT_BINARY_INT_ASSERTION(test, kind, l, op, r, NULL)
#define __KUNIT_INT_MSG(kind, op, test, l, r, fmt, ...) \
	KUNIT_BINARY_INT_ASSERTION(test, kind, l, op, r, fmt, ##__VA_ARGS__)

#define KUNIT_EXPECT_EQ(test, l, r) __KUNIT_INT(KUNIT_EXPECTATION, ==, test, l, r)
#define KUNIT_EXPECT_NE(test, l, r) __KUNIT_INT(KUNIT_EXPECTATION, !=, test, l, r)
#define KUNIT_EXPECT_LT(test, l, r) __KUNIT_INT(KUNIT_EXPECTATION, <, test, l, r)
#define KUNIT_EXPECT_LE(test, l, r) __KUNIT_INT(KUNIT_EXPECTATION, <=, test, l, r)
#define KUNIT_EXPECT_GT(test, l, r) __KUNIT_INT(KUNIT_EXPECTATION, >, test, l, r)
#define KUNIT_EXPECT_GE(test, l, r) __KUNIT_INT(KUNIT_EXPECTATION, >=, test, l, r)
#define KUNIT_ASSERT_EQ(test, l, r) __KUNIT_INT(KUNIT_ASSERTION, ==, test, l, r)
#define KUNIT_ASSERT_NE(test, l, r) __KUNIT_INT(KUNIT_ASSERTION, !=, test, l, r)
#define KUNIT_ASSERT_LT(test, l, r) __KUNIT_INT(KUNIT_ASSERTION, <, test, l, r)
#define KUNIT_ASSERT_LE(test, l, r) __KUNIT_INT(KUNIT_ASSERTION, <=, test, l, r)
#define KUNIT_ASSERT_GT(test, l, r) __KUNIT_INT(KUNIT_ASSERTION, >, test, l, r)
#define KUNIT_ASSERT_GE(test, l, r) __KUNIT_INT(KUNIT_ASSERTION, >=, test, l, r)
#define KUNIT_EXPECT_EQ_MSG(test, l, r, fmt, ...) __KUNIT_INT_MSG(KUNIT_EXPECTATION, ==, test, l, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_NE_MSG(test, l, r, fmt, ...) __KUNIT_INT_MSG(KUNIT_EXPECTATION, !=, test, l, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_LT_MSG(test, l, r, fmt, ...) __KUNIT_INT_MSG(KUNIT_EXPECTATION, <, test, l, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_LE_MSG(test, l, r, fmt, ...) __KUNIT_INT_MSG(KUNIT_EXPECTATION, <=, test, l, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_GT_MSG(test, l, r, fmt, ...) __KUNIT_INT_MSG(KUNIT_EXPECTATION, >, test, l, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_GE_MSG(test, l, r, fmt, ...) __KUNIT_INT_MSG(KUNIT_EXPECTATION, >=, test, l, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_EQ_MSG(test, l, r, fmt, ...) __KUNIT_INT_MSG(KUNIT_ASSERTION, ==, test, l, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_NE_MSG(test, l, r, fmt, ...) __KUNIT_INT_MSG(KUNIT_ASSERTION, !=, test, l, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_LT_MSG(test, l, r, fmt, ...) __KUNIT_INT_MSG(KUNIT_ASSERTION, <, test, l, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_LE_MSG(test, l, r, fmt, ...) __KUNIT_INT_MSG(KUNIT_ASSERTION, <=, test, l, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_GT_MSG(test, l, r, fmt, ...) __KUNIT_INT_MSG(KUNIT_ASSERTION, >, test, l, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_GE_MSG(test, l, r, fmt, ...) __KUNIT_INT_MSG(KUNIT_ASSERTION, >=, test, l, r, fmt, ##__VA_ARGS__)

#define KUNIT_EXPECT_PTR_EQ(test, l, r) KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_EXPECTATION, l, ==, r, NULL)
#define KUNIT_EXPECT_PTR_NE(test, l, r) KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_EXPECTATION, l, !=, r, NULL)
#define KUNIT_ASSERT_PTR_EQ(test, l, r) KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_ASSERTION, l, ==, r, NULL)
#define KUNIT_ASSERT_PTR_NE(test, l, r) KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_ASSERTION, l, !=, r, NULL)
#define KUNIT_EXPECT_PTR_EQ_MSG(test, l, r, fmt, ...) KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_EXPECTATION, l, ==, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_PTR_NE_MSG(test, l, r, fmt, ...) KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_EXPECTATION, l, !=, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_PTR_EQ_MSG(test, l, r, fmt, ...) KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_ASSERTION, l, ==, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_PTR_NE_MSG(test, l, r, fmt, ...) KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_ASSERTION, l, !=, r, fmt, ##__VA_ARGS__)

#define KUNIT_EXPECT_NULL(test, p) KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_EXPECTATION, p, ==, NULL, NULL)
#define KUNIT_EXPECT_NOT_NULL(test, p) KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_EXPECTATION, p, !=, NULL, NULL)
#define KUNIT_ASSERT_NULL(test, p) KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_ASSERTION, p, ==, NULL, NULL)
#define KUNIT_ASSERT_NOT_NULL(test, p) KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_ASSERTION, p, !=, NULL, NULL)
#define KUNIT_EXPECT_NULL_MSG(test, p, fmt, ...) KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_EXPECTATION, p, ==, NULL, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_NOT_NULL_MSG(test, p, fmt, ...) KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_EXPECTATION, p, !=, NULL, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_NULL_MSG(test, p, fmt, ...) KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_ASSERTION, p, ==, NULL, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_NOT_NULL_MSG(test, p, fmt, ...) KUNIT_BINARY_PTR_ASSERTION(test, KUNIT_ASSERTION, p, !=, NULL, fmt, ##__VA_ARGS__)

#define KUNIT_EXPECT_NOT_ERR_OR_NULL(test, p) KUNIT_PTR_NOT_ERR_OR_NULL_ASSERTION(test, KUNIT_EXPECTATION, p, NULL)
#define KUNIT_ASSERT_NOT_ERR_OR_NULL(test, p) KUNIT_PTR_NOT_ERR_OR_NULL_ASSERTION(test, KUNIT_ASSERTION, p, NULL)
#define KUNIT_EXPECT_NOT_ERR_OR_NULL_MSG(test, p, fmt, ...) KUNIT_PTR_NOT_ERR_OR_NULL_ASSERTION(test, KUNIT_EXPECTATION, p, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_NOT_ERR_OR_NULL_MSG(test, p, fmt, ...) KUNIT_PTR_NOT_ERR_OR_NULL_ASSERTION(test, KUNIT_ASSERTION, p, fmt, ##__VA_ARGS__)

#define KUNIT_EXPECT_STREQ(test, l, r) KUNIT_BINARY_STR_ASSERTION(test, KUNIT_EXPECTATION, l, ==, r, NULL)
#define KUNIT_EXPECT_STRNEQ(test, l, r) KUNIT_BINARY_STR_ASSERTION(test, KUNIT_EXPECTATION, l, !=, r, NULL)
#define KUNIT_ASSERT_STREQ(test, l, r) KUNIT_BINARY_STR_ASSERTION(test, KUNIT_ASSERTION, l, ==, r, NULL)
#define KUNIT_ASSERT_STRNEQ(test, l, r) KUNIT_BINARY_STR_ASSERTION(test, KUNIT_ASSERTION, l, !=, r, NULL)
#define KUNIT_EXPECT_STREQ_MSG(test, l, r, fmt, ...) KUNIT_BINARY_STR_ASSERTION(test, KUNIT_EXPECTATION, l, ==, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_STRNEQ_MSG(test, l, r, fmt, ...) KUNIT_BINARY_STR_ASSERTION(test, KUNIT_EXPECTATION, l, !=, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_STREQ_MSG(test, l, r, fmt, ...) KUNIT_BINARY_STR_ASSERTION(test, KUNIT_ASSERTION, l, ==, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_STRNEQ_MSG(test, l, r, fmt, ...) KUNIT_BINARY_STR_ASSERTION(test, KUNIT_ASSERTION, l, !=, r, fmt, ##__VA_ARGS__)

#define KUNIT_EXPECT_MEMEQ(test, l, r, n) KUNIT_MEM_ASSERTION(test, KUNIT_EXPECTATION, l, ==, r, n, NULL)
#define KUNIT_EXPECT_MEMNEQ(test, l, r, n) KUNIT_MEM_ASSERTION(test, KUNIT_EXPECTATION, l, !=, r, n, NULL)
#define KUNIT_ASSERT_MEMEQ(test, l, r, n) KUNIT_MEM_ASSERTION(test, KUNIT_ASSERTION, l, ==, r, n, NULL)
#define KUNIT_ASSERT_MEMNEQ(test, l, r, n) KUNIT_MEM_ASSERTION(test, KUNIT_ASSERTION, l, !=, r, n, NULL)
#define KUNIT_EXPECT_MEMEQ_MSG(test, l, r, n, fmt, ...) KUNIT_MEM_ASSERTION(test, KUNIT_EXPECTATION, l, ==, r, n, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_MEMNEQ_MSG(test, l, r, n, fmt, ...) KUNIT_MEM_ASSERTION(test, KUNIT_EXPECTATION, l, !=, r, n, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_MEMEQ_MSG(test, l, r, n, fmt, ...) KUNIT_MEM_ASSERTION(test, KUNIT_ASSERTION, l, ==, r, n, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_MEMNEQ_MSG(test, l, r, n, fmt, ...) KUNIT_MEM_ASSERTION(test, KUNIT_ASSERTION, l, !=, r, n, fmt, ##__VA_ARGS__)

#endif /* _KUNIT_TEST_H */
