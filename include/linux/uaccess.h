/*
 * uaccess.h - see <asm/uaccess.h>; and the extensible-struct copy of
 * later Linux (5.4), over lib/usercopy.c:check_zeroed_user.
 */
#ifndef _LINUX_UACCESS_H
#define _LINUX_UACCESS_H

#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include <asm/uaccess.h>

int check_zeroed_user(const void __user *from, size_t size);

/**
 * copy_struct_from_user - copy a structure whose size user space chose
 * @dst: the kernel's structure
 * @ksize: its size
 * @src: the user's structure
 * @usize: the size the user passed
 *
 * A smaller user structure is an older program's: the rest of @dst is
 * zeroed. A larger one is a newer program's: accepted only if the bytes
 * past @ksize are zero (else -E2BIG). Linux 5.4's, with its contract.
 *
 * Context: process context; may sleep.
 * Return: 0, -E2BIG, or -EFAULT.
 */
static inline int copy_struct_from_user(void *dst, size_t ksize, const void __user *src,
					size_t usize)
{
	size_t size = min(ksize, usize);
	size_t rest = max(ksize, usize) - size;

	if (usize < ksize) {
		memset((char *)dst + size, 0, rest);
	} else if (usize > ksize) {
		int ret = check_zeroed_user((const char __user *)src + size, rest);

		if (ret <= 0)
			return ret ?: -E2BIG;
	}
	if (copy_from_user(dst, src, size))
		return -EFAULT;
	return 0;
}

#endif /* _LINUX_UACCESS_H */
