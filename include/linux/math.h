/*
 * linux/math.h - integer arithmetic helpers: rounding, roots, powers.
 *
 * The rounding macros (DIV_ROUND_UP, roundup, round_up...) live in
 * <linux/kernel.h>, where Linux 2.6.32 has them; this header, which Linux
 * split out in 5.11, adds the rest: DIV_ROUND_CLOSEST, mult_frac,
 * reciprocal_scale, and the out-of-line int_sqrt() (lib/math/int_sqrt.c)
 * and int_pow() (lib/math/int_pow.c). Including either header gives all
 * of them. See docs/lib.md.
 */
#ifndef _LINUX_MATH_H
#define _LINUX_MATH_H

#include <linux/kernel.h>

/* @x / @divisor rounded to the nearest integer, halves away from zero */
#define DIV_ROUND_CLOSEST(x, divisor)                                                      \
	({                                                                                 \
		__typeof__(x) __x = (x);                                                   \
		__typeof__(divisor) __d = (divisor);                                       \
		(((__typeof__(x))-1) > 0 || ((__typeof__(divisor))-1) > 0 ||               \
		 (((__x) > 0) == ((__d) > 0))) ?                                           \
			(((__x) + ((__d) / 2)) / (__d)) :                                  \
			(((__x) - ((__d) / 2)) / (__d));                                   \
	})

#define DIV_ROUND_UP_ULL(ll, d) ((unsigned long long)(((ll) + (d) - 1) / (d)))
#define DIV_ROUND_DOWN_ULL(ll, d) ((unsigned long long)(ll) / (d))

/* @x * @numer / @denom without overflowing in the middle (for @x large) */
#define mult_frac(x, numer, denom)                                               \
	({                                                                       \
		__typeof__(x) __q = (x) / (denom);                               \
		__typeof__(x) __r = (x) % (denom);                               \
		(__q * (numer)) + ((__r * (numer)) / (denom));                   \
	})

/**
 * reciprocal_scale - map a 32-bit value into [0, @ep_ro) without a division
 * @val: the value (a hash, a random number)
 * @ep_ro: the size of the range
 *
 * Context: any.
 * Return: (@val * @ep_ro) >> 32.
 */
static inline u32 reciprocal_scale(u32 val, u32 ep_ro)
{
	return (u32)(((u64)val * ep_ro) >> 32);
}

u64 int_pow(u64 base, unsigned int exp);
unsigned long int_sqrt(unsigned long x);
u32 int_sqrt64(u64 x);

#endif /* _LINUX_MATH_H */
