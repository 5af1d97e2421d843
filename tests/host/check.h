/*
 * check.h - the host tests' CHECK(): count a condition, report it if false.
 *
 * A test includes this once, calls CHECK(cond) as often as it likes and
 * ends with check_summary(name), whose return is main()'s exit status.
 * See docs/testing.md.
 */
#ifndef _TESTS_HOST_CHECK_H
#define _TESTS_HOST_CHECK_H

#include <stdio.h>

static int checks, failures;

#define CHECK(c)                                                              \
	do {                                                                  \
		checks++;                                                     \
		if (!(c)) {                                                   \
			failures++;                                           \
			printf("  FAIL %s:%d: %s\n", __FILE__, __LINE__, #c); \
		}                                                             \
	} while (0)

/* "NAME: N checks, M failed"; 0 if none failed */
static inline int check_summary(const char *name)
{
	printf("%s: %d checks, %d failed\n", name, checks, failures);
	return failures != 0;
}

#endif /* _TESTS_HOST_CHECK_H */
