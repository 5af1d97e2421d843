/*
 * asm/uaccess.h - copying between the kernel and a caller's buffer.
 *
 * In Linux, copy_to_user() and friends move data across the boundary
 * between kernel and user space, checking that the user pointer really
 * lies below PAGE_OFFSET and catching the fault if the page is not there.
 * Linnet has no user space yet: every caller of a driver's read() or
 * write() (the shell, a test) passes a kernel buffer. So these copy
 * directly. They keep Linux's contract, so driver code written from a
 * Linux book compiles and behaves: they return the number of bytes NOT
 * copied (0 on success), get_user()/put_user() return 0 or -EFAULT, and
 * a NULL (or first-page) pointer is refused rather than faulting.
 */
#ifndef _ASM_UACCESS_H
#define _ASM_UACCESS_H

#include <linux/types.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <asm/page.h>

#define VERIFY_READ 0
#define VERIFY_WRITE 1

/* A pointer in the first page is a NULL dereference waiting to happen */
#define __uaccess_bad(addr) ((unsigned long)(addr) < PAGE_SIZE)

/* access_ok - could this buffer be accessed? (2.6.32's three-argument form) */
#define access_ok(type, addr, size) (!__uaccess_bad(addr))

/**
 * copy_to_user - copy a block to a caller's buffer
 * @to: the destination
 * @from: the source, in the kernel
 * @n: bytes
 *
 * Context: process context (in Linux it may fault and sleep).
 * Return: the number of bytes that could not be copied: 0 on success.
 */
static inline unsigned long copy_to_user(void __user *to, const void *from, unsigned long n)
{
	if (__uaccess_bad(to))
		return n;
	memcpy((void __force *)to, from, n);
	return 0;
}

/**
 * copy_from_user - copy a block from a caller's buffer
 * @to: the destination, in the kernel
 * @from: the source
 * @n: bytes
 *
 * Context: process context (in Linux it may fault and sleep).
 * Return: the number of bytes that could not be copied: 0 on success.
 */
static inline unsigned long copy_from_user(void *to, const void __user *from, unsigned long n)
{
	if (__uaccess_bad(from)) {
		memset(to, 0, n); /* as Linux: what could not be read is zeroed */
		return n;
	}
	memcpy(to, (const void __force *)from, n);
	return 0;
}

/**
 * clear_user - zero a caller's buffer
 * @to: the buffer
 * @n: bytes
 *
 * Return: the number of bytes that could not be cleared.
 */
static inline unsigned long clear_user(void __user *to, unsigned long n)
{
	if (__uaccess_bad(to))
		return n;
	memset((void __force *)to, 0, n);
	return 0;
}

/**
 * strncpy_from_user - copy a string from a caller's buffer
 * @dst: the destination, at least @count bytes
 * @src: the source
 * @count: the most bytes to copy, the NUL included
 *
 * Return: the string's length (not counting the NUL; @count if it was
 * cut), or -EFAULT.
 */
static inline long strncpy_from_user(char *dst, const char __user *src, long count)
{
	long n;

	if (__uaccess_bad(src))
		return -EFAULT;
	for (n = 0; n < count; n++) {
		dst[n] = src[n];
		if (!dst[n])
			return n;
	}
	return count;
}

#define put_user(x, ptr) (__uaccess_bad(ptr) ? -EFAULT : (*(ptr) = (x), 0))
#define get_user(x, ptr) (__uaccess_bad(ptr) ? ((x) = 0, -EFAULT) : ((x) = *(ptr), 0))
#define __put_user(x, ptr) put_user(x, ptr)
#define __get_user(x, ptr) get_user(x, ptr)
#define __copy_to_user(to, from, n) copy_to_user(to, from, n)
#define __copy_from_user(to, from, n) copy_from_user(to, from, n)

#endif /* _ASM_UACCESS_H */
