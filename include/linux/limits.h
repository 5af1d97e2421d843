/*
 * linux/limits.h - the ranges of the kernel's integer types.
 *
 * U8_MAX .. S64_MIN, and PATH_MAX and friends. Linux 2.6.32 keeps the
 * integer limits in <linux/kernel.h>, where Linnet has them too; Linux
 * 5.x gathered them here, and Linux's tests include this header, so it
 * includes kernel.h and adds what that lacks. See docs/lib.md.
 */
#ifndef _LINUX_LIMITS_H
#define _LINUX_LIMITS_H

#include <linux/kernel.h>

#ifndef PATH_MAX
#define PATH_MAX 4096
#endif
#ifndef NAME_MAX
#define NAME_MAX 255
#endif

#define PHYS_ADDR_MAX (~(phys_addr_t)0)
#define SSIZE_MAX ((ssize_t)(SIZE_MAX >> 1))

#endif /* _LINUX_LIMITS_H */
