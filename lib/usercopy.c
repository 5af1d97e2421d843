/*
 * usercopy.c - helpers over copy_from_user() that later Linux added.
 *
 * check_zeroed_user() answers "is this user range all zero bytes?", which
 * copy_struct_from_user() (include/linux/uaccess.h) needs for
 * extensible system-call structures: a newer program may pass a larger
 * struct than the kernel knows, and that is fine only if the part the
 * kernel does not know is zero. Linux 5.4 added both (lib/usercopy.c,
 * for clone3 and openat2); 2.6.32 has neither, and Linnet has them
 * because Linux's own usercopy_kunit.c tests them. Linux reads the range
 * a word at a time with unsafe_get_user(); Linnet copies it in chunks
 * onto the stack and looks at each with memchr_inv(): the same answer,
 * from the copy routines every other path uses. See docs/processes.md.
 */
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/string.h>
#include <linux/uaccess.h>

/**
 * check_zeroed_user - is a user range all zeroes?
 * @from: the user address
 * @size: its length in bytes
 *
 * Context: process context; may sleep (the pages may need faulting in).
 * Return: 1 if every byte is zero (or @size is 0), 0 if one is not,
 * -EFAULT if part of the range cannot be read.
 */
int check_zeroed_user(const void __user *from, size_t size)
{
	unsigned char chunk[64];
	const char __user *p = from;

	if (!access_ok(VERIFY_READ, from, size))
		return -EFAULT;
	while (size) {
		size_t n = min(size, sizeof(chunk));

		if (__copy_from_user(chunk, p, n))
			return -EFAULT;
		if (memchr_inv(chunk, 0, n))
			return 0;
		p += n;
		size -= n;
	}
	return 1;
}
EXPORT_SYMBOL(check_zeroed_user);
