/*
 * log2.h - integer base-2 logarithms and powers of two.
 *
 * ilog2(n) is the index of n's highest set bit: floor(log2(n)). It is
 * what turns a size into an "order" (ilog2(4096) = 12) and checks that
 * sizes are powers of two. ilog2() works in constant expressions too, as
 * GCC folds __builtin_clzll() of a constant.
 */
#ifndef _LINUX_LOG2_H
#define _LINUX_LOG2_H

#include <linux/types.h>
#include <linux/bitops.h>

/*
 * ilog2 - floor(log2(n)) for n > 0 (ilog2(0) is 0 here; Linux leaves it
 * undefined). The "| 1" keeps __builtin_clzll() away from 0.
 */
#define ilog2(n) ((int)(63 - __builtin_clzll((u64)(n) | 1)))

/**
 * is_power_of_2 - is this number a power of two?
 * @n: the number
 *
 * A power of two has one bit set, so clearing its lowest set bit
 * (n & (n - 1)) leaves 0.
 *
 * Return: true if @n is 1, 2, 4, 8...; false for 0.
 */
static inline __attribute__((const)) bool is_power_of_2(unsigned long n)
{
	return n != 0 && (n & (n - 1)) == 0;
}

/**
 * roundup_pow_of_two - round up to the next power of two
 * @n: the number; must be at least 1 and at most 2^(BITS_PER_LONG-1)
 *
 * Return: the smallest power of two >= @n.
 */
static inline __attribute__((const)) unsigned long roundup_pow_of_two(unsigned long n)
{
	return 1UL << fls_long(n - 1);
}

/**
 * rounddown_pow_of_two - round down to a power of two
 * @n: the number; must be at least 1
 *
 * Return: the largest power of two <= @n.
 */
static inline __attribute__((const)) unsigned long rounddown_pow_of_two(unsigned long n)
{
	return 1UL << (fls_long(n) - 1);
}

/**
 * order_base_2 - the order of a size: ceil(log2(n))
 * @n: the number; 0 and 1 give 0
 *
 * Return: the smallest k with 2^k >= @n.
 */
static inline __attribute__((const)) int order_base_2(unsigned long n)
{
	return n > 1 ? ilog2(n - 1) + 1 : 0;
}

#endif /* _LINUX_LOG2_H */
