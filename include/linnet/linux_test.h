/*
 * linux_test.h - compiling one of Linux's own test files into a test kernel.
 *
 * Some of Linux's tests are modules rather than KUnit suites: their
 * module_init() function runs the test when the module loads and
 * prints what it found (lib/rbtree_test.c prints "rbtree testing" and
 * WARNs on any broken invariant). Linnet builds them unchanged from
 * Debian's linux-source package (the Makefile's LINUX_TESTS; they are
 * extracted into build/linux-source and never committed) with this header
 * forced in first (gcc -include). It turns module_init(fn) into a
 * function linux_test_NAME() that runs fn, instead of an initcall, so
 * the test runs only when asked: the KUnit suite
 * tests/kernel/linux_tests_test.c calls it (ktest=linux_tests). It also
 * gives module_exit() the trailing semicolon Linux's has and includes
 * <linux/errno.h>, which Linux's module.h brings in.
 * See docs/testing.md.
 */
#ifndef _LINNET_LINUX_TEST_H
#define _LINNET_LINUX_TEST_H

#include <linux/errno.h>
#include <linux/module.h>

#undef module_init
#define module_init(initfn)                                                   \
	int __PASTE(linux_test_, LINUX_TEST_NAME)(void);                       \
	int __PASTE(linux_test_, LINUX_TEST_NAME)(void)                        \
	{                                                                      \
		return initfn();                                               \
	}

/* Linux's module_exit() ends with its own semicolon; sources rely on it. */
#undef module_exit
#define module_exit(exitfn)                                                   \
	static void (*__UNIQUE_ID(exitcall))(void) __used                     \
		__section(".exitcall.exit") = exitfn;

#endif /* _LINNET_LINUX_TEST_H */
