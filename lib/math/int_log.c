/*
 * lib/math/int_log.c - log2 and log10 in 8.24 fixed point.
 *
 * log2(x) = n + log2(m), where n is the index of x's top bit and
 * m = x / 2^n lies in [1, 2). The fraction log2(m) is found a bit at a
 * time: squaring m doubles its logarithm, so if m^2 >= 2 the next bit of
 * the fraction is 1 (and m^2 / 2 carries on), else it is 0 (and m^2 does).
 * m is kept in 1.31 fixed point, so each square is one 64-bit product.
 * log10(x) = log2(x) * log10(2), a multiplication by the constant
 * log10(2) * 2^32.
 *
 * Linux computes the fraction from a 256-entry table with linear
 * interpolation; Linnet's loop gives the same scale and the exact bits
 * (to within one unit in the last place). Linux 2.6.32 has the
 * table version in drivers/media/dvb/dvb-core/dvb_math.c. See docs/lib.md.
 */
#include <linux/int_log.h>
#include <linux/kernel.h>
#include <linux/bitops.h>

/* log10(2) * 2^32, rounded */
#define LOG10_2_Q32 1292913986ULL

/**
 * intlog2 - the base-2 logarithm in 8.24 fixed point
 * @value: the number; 0 has no logarithm (a warning, and 0 returned)
 *
 * Context: any.
 * Return: log2(@value) * 2^24, rounded down.
 */
unsigned int intlog2(u32 value)
{
	unsigned int n, frac = 0, i;
	u64 m;

	if (WARN_ON(value == 0))
		return 0;
	n = fls(value) - 1;
	m = (u64)value << (31 - n); /* m / 2^31 in [1, 2) */
	for (i = 0; i < 24; i++) {
		m = (m * m) >> 31;
		frac <<= 1;
		if (m >= (2ULL << 31)) {
			m >>= 1;
			frac |= 1;
		}
	}
	return (n << 24) | frac;
}

/**
 * intlog10 - the base-10 logarithm in 8.24 fixed point
 * @value: the number; 0 has no logarithm (a warning, and 0 returned)
 *
 * Context: any.
 * Return: log10(@value) * 2^24, rounded down.
 */
unsigned int intlog10(u32 value)
{
	if (WARN_ON(value == 0))
		return 0;
	return (unsigned int)(((u64)intlog2(value) * LOG10_2_Q32) >> 32);
}
