/*
 * math64.h - 64-bit division helpers.
 *
 * A 32-bit CPU has no instruction that divides a 64-bit number, so
 * Linux names the cases it needs (u64 by u32, with or without the
 * remainder; s64 by s32) instead of writing "/" on 64-bit values. On
 * i386 Linnet lets the compiler call libgcc's __udivdi3 for them, which
 * the kernel links with; Linux 2.6.32 uses do_div() in the same place.
 * The scheduler's statistics (kernel/sched_debug.c) and the timekeeping
 * code use them. See docs/sched.md.
 */
#ifndef _LINUX_MATH64_H
#define _LINUX_MATH64_H

#include <linux/types.h>

/**
 * div_u64_rem - unsigned 64-bit division by 32 bits, with remainder
 * @dividend: the 64-bit number
 * @divisor: a non-zero 32-bit divisor
 * @remainder: where to store the remainder
 *
 * Return: the quotient.
 */
static inline u64 div_u64_rem(u64 dividend, u32 divisor, u32 *remainder)
{
	*remainder = dividend % divisor;
	return dividend / divisor;
}

/**
 * div_u64 - unsigned 64-bit division by 32 bits
 * @dividend: the 64-bit number
 * @divisor: a non-zero 32-bit divisor
 *
 * Return: the quotient.
 */
static inline u64 div_u64(u64 dividend, u32 divisor)
{
	return dividend / divisor;
}

/**
 * div_s64 - signed 64-bit division by 32 bits, rounding towards zero
 * @dividend: the 64-bit number
 * @divisor: a non-zero 32-bit divisor
 *
 * Return: the quotient.
 */
static inline s64 div_s64(s64 dividend, s32 divisor)
{
	return dividend / divisor;
}

/**
 * div64_u64 - unsigned 64-bit division by 64 bits
 * @dividend: the 64-bit number
 * @divisor: a non-zero 64-bit divisor
 *
 * Return: the quotient.
 */
static inline u64 div64_u64(u64 dividend, u64 divisor)
{
	return dividend / divisor;
}

#endif /* _LINUX_MATH64_H */
