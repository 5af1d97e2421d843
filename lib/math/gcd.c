/*
 * lib/math/gcd.c - the greatest common divisor, by the binary algorithm.
 *
 * gcd(a, b) = 2^k * gcd(a', b') where 2^k is the largest power of two
 * dividing both, and a', b' are what remains; for two odd numbers, gcd(a,
 * b) = gcd(|a - b|, min(a, b)), and |a - b| is even, so its factors of two
 * can be shifted out. Each round at least halves the larger number, so
 * there are at most 2 * BITS_PER_LONG rounds, and no division.
 *
 * Linux 2.6.32's lib/gcd.c uses Euclid's remainders; Linux 4.6 moved to
 * this binary version for CPUs with a slow divide. See docs/lib.md.
 */
#include <linux/gcd.h>
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/module.h>

/**
 * gcd - the greatest common divisor of two numbers
 * @a: one number
 * @b: the other
 *
 * Context: any.
 * Return: the largest number dividing both; gcd(a, 0) is a, gcd(0, 0) is 0.
 */
unsigned long gcd(unsigned long a, unsigned long b)
{
	unsigned int shift;

	if (!a || !b)
		return a | b;
	shift = __ffs(a | b); /* the power of two they share */
	a >>= __ffs(a);
	for (;;) {
		b >>= __ffs(b);
		if (a > b)
			swap(a, b);
		b -= a;
		if (!b)
			return a << shift;
	}
}
EXPORT_SYMBOL(gcd);
