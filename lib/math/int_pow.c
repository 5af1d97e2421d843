/*
 * lib/math/int_pow.c - integer powers by repeated squaring.
 *
 * base^exp in O(log exp) multiplications: walk the bits of exp from the
 * bottom, squaring base at each step and multiplying it into the result
 * where the bit is set (base^13 = base^8 * base^4 * base^1). Overflow
 * wraps modulo 2^64, as any u64 product does. Linux 4.19 added it;
 * 2.6.32 has none. See docs/lib.md.
 */
#include <linux/math.h>

/**
 * int_pow - raise a number to a power
 * @base: the base
 * @exp: the exponent
 *
 * Context: any.
 * Return: @base to the power @exp, modulo 2^64 (0^0 is 1).
 */
u64 int_pow(u64 base, unsigned int exp)
{
	u64 result = 1;

	while (exp) {
		if (exp & 1)
			result *= base;
		exp >>= 1;
		base *= base;
	}
	return result;
}
