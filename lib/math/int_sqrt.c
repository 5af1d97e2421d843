/*
 * lib/math/int_sqrt.c - integer square roots, one result bit at a time.
 *
 * The root is built from the top bit down, as long division is: at each
 * step the candidate bit is tried, and kept if the square of the root so
 * far still fits under what is left of x. Working with bit = 4^k and
 * keeping r = root * 2^k makes each step a subtraction and two shifts,
 * with no multiplication. The result is floor(sqrt(x)).
 *
 * Linux 2.6.32 has the same function in lib/int_sqrt.c; Linnet had it as
 * a private helper of mm/page_alloc.c (for min_free_kbytes) until the lib
 * API needed it. See docs/lib.md.
 */
#include <linux/bitops.h>
#include <linux/math.h>
#include <linux/module.h>

/**
 * int_sqrt - the integer square root
 * @x: the number
 *
 * Context: any.
 * Return: floor(sqrt(@x)).
 */
unsigned long int_sqrt(unsigned long x)
{
	unsigned long r = 0, bit;

	if (x <= 1)
		return x;
	/* the highest power of 4 not above x */
	bit = 1UL << ((fls_long(x) - 1) & ~1UL);
	for (; bit; bit >>= 2) {
		if (x >= r + bit) {
			x -= r + bit;
			r = (r >> 1) + bit;
		} else {
			r >>= 1;
		}
	}
	return r;
}
EXPORT_SYMBOL(int_sqrt);

/**
 * int_sqrt64 - the integer square root of a 64-bit number
 * @x: the number
 *
 * Context: any.
 * Return: floor(sqrt(@x)), which fits in 32 bits.
 */
u32 int_sqrt64(u64 x)
{
	u64 r = 0, bit;

	if (x <= ULONG_MAX)
		return int_sqrt((unsigned long)x);
	bit = 1ULL << ((fls64(x) - 1) & ~1U);
	for (; bit; bit >>= 2) {
		if (x >= r + bit) {
			x -= r + bit;
			r = (r >> 1) + bit;
		} else {
			r >>= 1;
		}
	}
	return (u32)r;
}
