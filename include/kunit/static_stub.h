/*
 * kunit/static_stub.h - replace a function by a stub for one test case.
 *
 * A function that a test may want to replace starts with
 * KUNIT_STATIC_STUB_REDIRECT(itself, its arguments). Outside a KUnit case
 * that is one test of a pointer. Inside one, it asks whether the running
 * case activated a replacement for this function
 * (kunit_activate_static_stub()) and, if so, returns what the replacement
 * returns. The activation is a KUnit resource, so it ends with the case.
 * Linux does the same (lib/kunit/static_stub.c); Linnet's lookup walks the
 * case's resources directly, without Linux's hooks table. See docs/testing.md.
 */
#ifndef _KUNIT_STATIC_STUB_H
#define _KUNIT_STATIC_STUB_H

#include <kunit/test.h>
#include <linux/typecheck.h>

void *__kunit_get_static_stub_address(struct kunit *test, void *real_fn_addr);
void __kunit_activate_static_stub(struct kunit *test, void *real_fn_addr,
				  void *replacement_addr);

/**
 * KUNIT_STATIC_STUB_REDIRECT - call the case's replacement, if it has one
 * @real_fn_name: the function this macro stands in
 * @args: its arguments, passed on to the replacement
 */
#define KUNIT_STATIC_STUB_REDIRECT(real_fn_name, args...)                                 \
	do {                                                                              \
		__typeof__(&real_fn_name) __replacement;                                  \
		struct kunit *__test = kunit_get_current_test();                          \
		if (likely(!__test))                                                      \
			break;                                                            \
		__replacement = __kunit_get_static_stub_address(__test, &real_fn_name);   \
		if (unlikely(__replacement))                                              \
			return __replacement(args);                                       \
	} while (0)

/**
 * kunit_activate_static_stub - route @real_fn_addr to @replacement_addr
 * @test: the case; the stub ends with it
 * @real_fn_addr: the function (which must use KUNIT_STATIC_STUB_REDIRECT)
 * @replacement_addr: its replacement, of the same type
 */
#define kunit_activate_static_stub(test, real_fn_addr, replacement_addr)             \
	do {                                                                          \
		typecheck_fn(__typeof__(&replacement_addr), real_fn_addr);            \
		__kunit_activate_static_stub(test, real_fn_addr, replacement_addr);   \
	} while (0)

/**
 * kunit_deactivate_static_stub - call the real function again
 * @test: the case
 * @real_fn_addr: the function
 */
#define kunit_deactivate_static_stub(test, real_fn_addr) \
	__kunit_activate_static_stub(test, real_fn_addr, NULL)

#endif /* _KUNIT_STATIC_STUB_H */
