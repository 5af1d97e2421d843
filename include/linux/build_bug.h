/*
 * linux/build_bug.h - assertions the compiler checks.
 *
 * BUILD_BUG_ON(cond) stops the build if a constant condition holds;
 * BUILD_BUG_ON_ZERO(cond) does the same inside an expression and is
 * otherwise 0 (for macros such as GENMASK and ARRAY_SIZE).
 * static_assert(expr[, msg]) is C11's _Static_assert with the message
 * made optional, as Linux 5.1 has it. BUILD_BUG_ON and BUILD_BUG_ON_ZERO
 * themselves are in <linux/bug.h> and <linux/compiler.h>, where 2.6.32
 * keeps them; this header gathers them as later Linux does.
 */
#ifndef _LINUX_BUILD_BUG_H
#define _LINUX_BUILD_BUG_H

#include <linux/compiler.h>
#include <linux/bug.h>

#define BUILD_BUG_ON_MSG(cond, msg) _Static_assert(!(cond), msg)
#define BUILD_BUG() BUILD_BUG_ON(1)

#define static_assert(expr, ...) __static_assert(expr, ##__VA_ARGS__, #expr)
#define __static_assert(expr, msg, ...) _Static_assert(expr, msg)

#endif /* _LINUX_BUILD_BUG_H */
