/*
 * bitmap.h - whole-bitmap operations: clear, fill, count, test for empty.
 *
 * A bitmap of nbits bits is BITS_TO_LONGS(nbits) unsigned longs. When
 * nbits is not a multiple of BITS_PER_LONG, the last word has unused high
 * bits; the operations here never let those bits change an answer
 * (bitmap_weight() masks them off, bitmap_fill() leaves them clear).
 */
#ifndef _LINUX_BITMAP_H
#define _LINUX_BITMAP_H

#include <linux/bitops.h>
#include <linux/string.h>

/* BITMAP_LAST_WORD_MASK - the used bits of the last word of an nbits bitmap */
#define BITMAP_LAST_WORD_MASK(nbits) (~0UL >> (-(nbits) & (BITS_PER_LONG - 1)))

/**
 * bitmap_zero - clear every bit of a bitmap
 * @dst: the bitmap
 * @nbits: its size in bits
 *
 * Context: any; not atomic.
 */
static inline void bitmap_zero(unsigned long *dst, unsigned int nbits)
{
	memset(dst, 0, BITS_TO_LONGS(nbits) * sizeof(unsigned long));
}

/**
 * bitmap_fill - set every bit of a bitmap (the unused tail bits stay clear)
 * @dst: the bitmap
 * @nbits: its size in bits
 *
 * Context: any; not atomic.
 */
static inline void bitmap_fill(unsigned long *dst, unsigned int nbits)
{
	unsigned int nlongs = BITS_TO_LONGS(nbits);

	if (!nlongs)
		return;
	memset(dst, 0xff, (nlongs - 1) * sizeof(unsigned long));
	dst[nlongs - 1] = BITMAP_LAST_WORD_MASK(nbits);
}

/**
 * bitmap_weight - count the set bits of a bitmap
 * @src: the bitmap
 * @nbits: its size in bits
 *
 * Return: the number of set bits among the first @nbits.
 */
static inline unsigned int bitmap_weight(const unsigned long *src, unsigned int nbits)
{
	unsigned int full = nbits / BITS_PER_LONG;
	unsigned int w = 0;
	unsigned int i;

	for (i = 0; i < full; i++)
		w += hweight_long(src[i]);
	if (nbits % BITS_PER_LONG)
		w += hweight_long(src[full] & BITMAP_LAST_WORD_MASK(nbits));
	return w;
}

/**
 * bitmap_empty - is every bit of a bitmap clear?
 * @src: the bitmap
 * @nbits: its size in bits
 *
 * Return: true if none of the first @nbits bits is set.
 */
static inline bool bitmap_empty(const unsigned long *src, unsigned int nbits)
{
	return find_first_bit(src, nbits) >= nbits;
}

/**
 * bitmap_full - is every bit of a bitmap set?
 * @src: the bitmap
 * @nbits: its size in bits
 *
 * Return: true if all of the first @nbits bits are set.
 */
static inline bool bitmap_full(const unsigned long *src, unsigned int nbits)
{
	return find_first_zero_bit(src, nbits) >= nbits;
}

#endif /* _LINUX_BITMAP_H */
