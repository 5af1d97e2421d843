/*
 * typecheck.h - make the compiler reject an argument of the wrong type.
 *
 * typecheck(type, x) is always 1, but comparing pointers to the two types
 * makes gcc warn (an error under -Werror) when x is not of @type. The
 * jiffies comparisons use it: a time_after() on an int would get the
 * wrap wrong.
 */
#ifndef _LINUX_TYPECHECK_H
#define _LINUX_TYPECHECK_H

#define typecheck(type, x)                        \
	({                                        \
		type __dummy;                     \
		__typeof__(x) __dummy2;           \
		(void)(&__dummy == &__dummy2);    \
		1;                                \
	})

#endif /* _LINUX_TYPECHECK_H */
