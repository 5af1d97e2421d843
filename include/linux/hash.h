/*
 * linux/hash.h - hashing integers and pointers into a few bits.
 *
 * Multiplicative hashing: multiply by a large odd constant and keep the
 * TOP bits of the product, which depend on every bit of the input (the
 * low bits of a product depend only on the low bits of the factors).
 * The constant is 2^32 divided by the golden ratio, which spreads
 * consecutive keys far apart (Knuth, TAOCP vol. 3, 6.4). hash_32(val,
 * bits) gives a bucket index of @bits bits; hash_64() folds the high
 * word into the low one first on a 32-bit CPU, where a 64-bit multiply is
 * three multiplies.
 *
 * Linux 2.6.32's hash_long() multiplies by a sparse prime chosen to be
 * cheap in shifts and adds; Linux 4.7 moved to the golden-ratio constants
 * here, which mix better. The _generic names are what the test compares
 * an architecture's version against; x86 has no version of its own.
 * See docs/lib.md.
 */
#ifndef _LINUX_HASH_H
#define _LINUX_HASH_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <asm/bitsperlong.h>

#define GOLDEN_RATIO_32 0x61C88647U
#define GOLDEN_RATIO_64 0x61C8864680B583EBULL

#define hash_long(val, bits) hash_32((u32)(val), bits)

/* __hash_32 - all 32 bits of the product (the caller takes the top ones) */
static inline u32 __hash_32_generic(u32 val)
{
	return val * GOLDEN_RATIO_32;
}

#define __hash_32 __hash_32_generic

/* hash_32 - @val into @bits bits (1..32) */
static inline u32 hash_32_generic(u32 val, unsigned int bits)
{
	return __hash_32(val) >> (32 - bits);
}

#define hash_32 hash_32_generic

/* hash_64 - a 64-bit @val into @bits bits (1..32) */
static __always_inline u32 hash_64_generic(u64 val, unsigned int bits)
{
	/* 32-bit CPU: fold the high word in, then one 32-bit multiply */
	return hash_32((u32)val ^ __hash_32((u32)(val >> 32)), bits);
}

#define hash_64 hash_64_generic

/* hash_ptr - a pointer into @bits bits */
static inline u32 hash_ptr(const void *ptr, unsigned int bits)
{
	return hash_long((unsigned long)ptr, bits);
}

/* hash32_ptr - a pointer into 32 bits */
static inline u32 hash32_ptr(const void *ptr)
{
	return (u32)(unsigned long)ptr;
}

#endif /* _LINUX_HASH_H */
