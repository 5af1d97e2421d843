/*
 * usercopy_32.c - copying to and from user space, surviving bad pointers.
 *
 * Each copy is a `rep movsl` for the whole words and a `rep movsb` for
 * the rest, both listed in the exception table. When the CPU faults in
 * the middle of a `rep` instruction, %ecx, %esi and %edi say exactly how
 * far it got. If the page fault handler cannot map the page, the fixup
 * of the word loop turns %ecx into the bytes left and goes on byte by
 * byte, so the copy stops at the exact byte where the bad page starts;
 * the byte loop's fixup just leaves: %ecx is what the copy returns
 * (0: everything copied). Linux 2.6.32's arch/x86/lib/
 * usercopy_32.c has the same contract with unrolled loops; the
 * difference is speed, not behaviour.
 *
 * A copy from user space that stops early zeroes the rest of the kernel
 * buffer, as Linux's does, so no stale kernel data survives in it.
 * See docs/processes.md.
 */
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <asm/uaccess.h>
#include <linux/module.h>

/* Copy @n bytes; return how many were not copied (a fault stopped it) */
static unsigned long __copy_user_ll(void *to, const void *from, unsigned long n)
{
	unsigned long words = n / 4, rest = n % 4;

	__asm__ __volatile__("1:	rep movsl\n"
			     "	movl %3, %0\n"
			     "2:	rep movsb\n"
			     "3:\n"
			     ".section .fixup,\"ax\"\n"
			     "4:	lea (%3,%0,4), %0\n"
			     "	jmp 2b\n"
			     ".previous\n" _ASM_EXTABLE(1b, 4b) _ASM_EXTABLE(2b, 3b)
			     : "+c"(words), "+D"(to), "+S"(from)
			     : "r"(rest)
			     : "memory");
	return words;
}

/**
 * __copy_to_user - copy a block to user space, without access_ok()
 * @to: the user destination
 * @from: the kernel source
 * @n: bytes
 *
 * Context: process context; may sleep.
 * Return: the number of bytes not copied: 0 on success.
 */
unsigned long __copy_to_user(void __user *to, const void *from, unsigned long n)
{
	return __copy_user_ll((void __force *)to, from, n);
}

/**
 * __copy_from_user - copy a block from user space, without access_ok()
 * @to: the kernel destination; what could not be copied is zeroed
 * @from: the user source
 * @n: bytes
 *
 * Context: process context; may sleep.
 * Return: the number of bytes not copied: 0 on success.
 */
unsigned long __copy_from_user(void *to, const void __user *from, unsigned long n)
{
	unsigned long left = __copy_user_ll(to, (const void __force *)from, n);

	if (left)
		memset((char *)to + n - left, 0, left);
	return left;
}

/**
 * copy_to_user - copy a block to user space
 * @to: the user destination
 * @from: the kernel source
 * @n: bytes
 *
 * Context: process context; may sleep.
 * Return: the number of bytes not copied: 0 on success, @n if the
 * range is not below the address limit.
 */
unsigned long copy_to_user(void __user *to, const void *from, unsigned long n)
{
	if (!access_ok(VERIFY_WRITE, to, n))
		return n;
	return __copy_to_user(to, from, n);
}
EXPORT_SYMBOL(copy_to_user);

/**
 * copy_from_user - copy a block from user space
 * @to: the kernel destination; what could not be copied is zeroed
 * @from: the user source
 * @n: bytes
 *
 * Context: process context; may sleep.
 * Return: the number of bytes not copied: 0 on success.
 */
unsigned long copy_from_user(void *to, const void __user *from, unsigned long n)
{
	if (!access_ok(VERIFY_READ, from, n)) {
		memset(to, 0, n);
		return n;
	}
	return __copy_from_user(to, from, n);
}
EXPORT_SYMBOL(copy_from_user);

/**
 * __clear_user - zero a block of user space, without access_ok()
 * @to: the user address
 * @n: bytes
 *
 * Context: process context; may sleep.
 * Return: the number of bytes not zeroed.
 */
unsigned long __clear_user(void __user *to, unsigned long n)
{
	__asm__ __volatile__("1:	rep stosb\n"
			     "2:\n" _ASM_EXTABLE(1b, 2b)
			     : "+c"(n), "+D"(to)
			     : "a"(0)
			     : "memory");
	return n;
}
EXPORT_SYMBOL(__clear_user);

/**
 * clear_user - zero a block of user space
 * @to: the user address
 * @n: bytes
 *
 * Context: process context; may sleep.
 * Return: the number of bytes not zeroed: 0 on success.
 */
unsigned long clear_user(void __user *to, unsigned long n)
{
	if (!access_ok(VERIFY_WRITE, to, n))
		return n;
	return __clear_user(to, n);
}
EXPORT_SYMBOL(clear_user);

/**
 * strncpy_from_user - copy a NUL-terminated string from user space
 * @dst: the kernel destination, at least @count bytes
 * @src: the user source
 * @count: the most bytes to copy, the NUL included
 *
 * Context: process context; may sleep.
 * Return: the string's length (not counting the NUL; @count if it was
 * cut short, and then @dst is not terminated), or -EFAULT.
 */
long strncpy_from_user(char *dst, const char __user *src, long count)
{
	long n;

	for (n = 0; n < count; n++) {
		char c;

		if (get_user(c, src + n))
			return -EFAULT;
		dst[n] = c;
		if (!c)
			return n;
	}
	return count;
}
EXPORT_SYMBOL(strncpy_from_user);

/**
 * strnlen_user - the size of a user string, its NUL included
 * @s: the user string
 * @n: the most bytes to look at
 *
 * Context: process context; may sleep.
 * Return: the length plus one (the NUL), a value above @n if there is
 * no NUL in the first @n bytes, or 0 on a fault.
 */
long strnlen_user(const char __user *s, long n)
{
	long i;

	for (i = 0; i < n; i++) {
		char c;

		if (get_user(c, s + i))
			return 0;
		if (!c)
			return i + 1;
	}
	return n + 1;
}
EXPORT_SYMBOL(strnlen_user);
