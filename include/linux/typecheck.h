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

/* Is @function assignable to a pointer of type @type? (a compile error if not) */
#define typecheck_fn(type, function)                  \
	({                                            \
		__typeof__(type) __tmp = function;    \
		(void)__tmp;                          \
	})

#endif /* _LINUX_TYPECHECK_H */
