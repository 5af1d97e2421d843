/*
 * linux/math64.h - 64-bit division on a 32-bit CPU.
 *
 * The i386 divides a 64-bit number by a 32-bit one in one instruction only
 * if the quotient fits in 32 bits; C's '/' on u64 therefore calls a libgcc
 * routine (__udivdi3). Linux hides this behind named helpers, so that the
 * cost is visible at the call and 64-bit architectures use a plain '/':
 * div_u64() and div_s64() divide by 32 bits, div64_u64() by 64, and the
 * _rem forms also return the remainder. The signed forms truncate toward
 * zero, as C's '/' does.
 *
 * As in Linux 2.6.32, the 32-bit divisors go through do_div's pair of
 * divl instructions (asm/div64.h). The 64-bit divisors use C's '/', which
 * GCC turns into a call of __udivdi3; 2.6.32 has its own div64_u64 in
 * lib/div64.c instead, and links no libgcc. Linnet's routines of that name
 * are in lib/libgcc.c, built with the kernel's -mregparm=3.
 * div64_s64 and mul_u32_u32 are later additions. See docs/lib.md.
 */
#ifndef _LINUX_MATH64_H
#define _LINUX_MATH64_H

#include <linux/types.h>
#include <asm/div64.h>

/**
 * div_u64_rem - unsigned 64-bit by 32-bit division with remainder
 * @dividend: the dividend
 * @divisor: the divisor
 * @remainder: where the remainder goes
 *
 * Context: any.
 * Return: the quotient.
 */
static inline u64 div_u64_rem(u64 dividend, u32 divisor, u32 *remainder)
{
	*remainder = do_div(dividend, divisor);
	return dividend;
}

/**
 * div_s64_rem - signed 64-bit by 32-bit division with remainder
 * @dividend: the dividend
 * @divisor: the divisor
 * @remainder: where the remainder goes (it has the dividend's sign)
 *
 * Context: any.
 * Return: the quotient, truncated toward zero.
 */
static inline s64 div_s64_rem(s64 dividend, s32 divisor, s32 *remainder)
{
	u64 q = dividend < 0 ? -(u64)dividend : (u64)dividend;
	u32 d = divisor < 0 ? -(u32)divisor : (u32)divisor;
	s32 r = do_div(q, d);

	/* C's rules: the quotient truncates, the remainder has the dividend's sign */
	*remainder = dividend < 0 ? -r : r;
	return (dividend < 0) != (divisor < 0) ? -(s64)q : (s64)q;
}

/**
 * div64_u64_rem - unsigned 64-bit by 64-bit division with remainder
 * @dividend: the dividend
 * @divisor: the divisor
 * @remainder: where the remainder goes
 *
 * Context: any.
 * Return: the quotient.
 */
static inline u64 div64_u64_rem(u64 dividend, u64 divisor, u64 *remainder)
{
	*remainder = dividend % divisor;
	return dividend / divisor;
}

/* div_u64, div_s64 - the quotient alone */
static inline u64 div_u64(u64 dividend, u32 divisor)
{
	u32 rem;

	return div_u64_rem(dividend, divisor, &rem);
}

static inline s64 div_s64(s64 dividend, s32 divisor)
{
	s32 rem;

	return div_s64_rem(dividend, divisor, &rem);
}

/* div64_u64, div64_s64 - 64-bit divisors */
static inline u64 div64_u64(u64 dividend, u64 divisor)
{
	return dividend / divisor;
}

static inline s64 div64_s64(s64 dividend, s64 divisor)
{
	return dividend / divisor;
}

#define div64_ul(x, y) div64_u64((x), (y))
#define div64_long(x, y) div64_s64((x), (y))

/* mul_u32_u32 - the full 64-bit product of two 32-bit numbers (one mull) */
static inline u64 mul_u32_u32(u32 a, u32 b)
{
	return (u64)a * b;
}

#define DIV64_U64_ROUND_UP(ll, d) div64_u64((ll) + (d) - 1, (d))

#endif /* _LINUX_MATH64_H */
