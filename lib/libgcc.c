/*
 * libgcc.c - the 64-bit division routines GCC calls on i386, in the kernel's convention.
 *
 * A 32-bit CPU has no instruction that divides one 64-bit number by
 * another, so for `u64 / u64` and `%` GCC emits a call to a routine of
 * its support library, libgcc: __udivdi3, __umoddi3, __divdi3,
 * __moddi3 (and the __udivmoddi4/__divmoddi4 pair that return both).
 * The kernel is built with -mregparm=3, as every i386 Linux is: the first
 * three words of arguments travel in %eax, %edx and %ecx, and GCC calls
 * these routines that way too. The libgcc shipped with the compiler was
 * built for user space, with every argument on the stack, so it cannot
 * be linked in: these are Linnet's own, compiled with the kernel's flags.
 *
 * The algorithm: a divisor that fits in 32 bits takes two divl
 * instructions (asm/div64.h:do_div: the high word first, then the
 * remainder with the low word). A larger divisor leaves a quotient of at
 * most 32 bits, found one bit at a time by shift and subtract, from the
 * divisor aligned under the dividend's top bit down to the divisor itself.
 * The signed forms divide the magnitudes and fix the signs as C does: the
 * quotient truncates toward zero, the remainder has the dividend's sign.
 * One more routine GCC calls rather than inlines: __ctzdi2, behind
 * __builtin_ctzll() (the lowest set bit of a 64-bit word).
 *
 * Linux 2.6.32 links no libgcc on i386 and has no such file: a 64-bit
 * '/' there fails to link, and code calls do_div() or div64_u64()
 * (lib/div64.c). Linnet lets C's '/' work, as user space has it, and
 * provides the routines here. See docs/lib.md.
 */
#include <linux/types.h>
#include <linux/bitops.h>
#include <asm/div64.h>

u64 __udivmoddi4(u64 n, u64 d, u64 *rem);
s64 __divmoddi4(s64 n, s64 d, s64 *rem);
u64 __udivdi3(u64 n, u64 d);
u64 __umoddi3(u64 n, u64 d);
s64 __divdi3(s64 n, s64 d);
s64 __moddi3(s64 n, s64 d);
int __ctzdi2(u64 x);

/**
 * __udivmoddi4 - unsigned 64-bit division with remainder
 * @n: the dividend
 * @d: the divisor; 0 divides by zero as the CPU does (#DE)
 * @rem: where the remainder goes, or NULL
 *
 * Context: any.
 * Return: @n / @d.
 */
u64 __udivmoddi4(u64 n, u64 d, u64 *rem)
{
	u32 dh = d >> 32;
	u64 q = 0;
	int shift, i;

	if (!dh) {
		u32 r = do_div(n, (u32)d);

		if (rem)
			*rem = r;
		return n;
	}
	if (n < d) {
		if (rem)
			*rem = n;
		return 0;
	}
	/* n >= d >= 2^32: line d's top bit up under n's */
	shift = fls(n >> 32) - fls(dh);
	d <<= shift;
	for (i = 0; i <= shift; i++) {
		q <<= 1;
		if (n >= d) {
			n -= d;
			q |= 1;
		}
		d >>= 1;
	}
	if (rem)
		*rem = n;
	return q;
}

/**
 * __divmoddi4 - signed 64-bit division with remainder, truncating
 * @n: the dividend
 * @d: the divisor
 * @rem: where the remainder goes (the dividend's sign), or NULL
 *
 * Context: any.
 * Return: @n / @d, rounded toward zero.
 */
s64 __divmoddi4(s64 n, s64 d, s64 *rem)
{
	u64 un = n < 0 ? -(u64)n : (u64)n;
	u64 ud = d < 0 ? -(u64)d : (u64)d;
	u64 ur, uq = __udivmoddi4(un, ud, &ur);

	if (rem)
		*rem = n < 0 ? -(s64)ur : (s64)ur;
	return (n < 0) != (d < 0) ? -(s64)uq : (s64)uq;
}

/**
 * __udivdi3 - unsigned 64-bit quotient (C's '/' on u64)
 * @n: the dividend
 * @d: the divisor
 *
 * Context: any.
 * Return: @n / @d.
 */
u64 __udivdi3(u64 n, u64 d)
{
	return __udivmoddi4(n, d, NULL);
}

/**
 * __umoddi3 - unsigned 64-bit remainder (C's '%' on u64)
 * @n: the dividend
 * @d: the divisor
 *
 * Context: any.
 * Return: @n % @d.
 */
u64 __umoddi3(u64 n, u64 d)
{
	u64 r;

	__udivmoddi4(n, d, &r);
	return r;
}

/**
 * __divdi3 - signed 64-bit quotient (C's '/' on s64)
 * @n: the dividend
 * @d: the divisor
 *
 * Context: any.
 * Return: @n / @d, rounded toward zero.
 */
s64 __divdi3(s64 n, s64 d)
{
	return __divmoddi4(n, d, NULL);
}

/**
 * __moddi3 - signed 64-bit remainder (C's '%' on s64)
 * @n: the dividend
 * @d: the divisor
 *
 * Context: any.
 * Return: @n % @d, with @n's sign.
 */
s64 __moddi3(s64 n, s64 d)
{
	s64 r;

	__divmoddi4(n, d, &r);
	return r;
}

/**
 * __ctzdi2 - the number of trailing zero bits of a 64-bit word (__builtin_ctzll)
 * @x: the word, not 0 (undefined for 0, as the builtin)
 *
 * Context: any.
 * Return: the index of the lowest set bit of @x.
 */
int __ctzdi2(u64 x)
{
	u32 lo = x;

	return lo ? __ffs(lo) : 32 + __ffs((u32)(x >> 32));
}
