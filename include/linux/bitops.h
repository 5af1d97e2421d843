/*
 * bitops.h - single bits and bit counts: BIT(), set_bit(), ffs(), hweight.
 *
 * The per-bit operations and the find-first/last-set-bit primitives are
 * architecture code (<asm/bitops.h>). This file adds the helpers built on
 * them: masks, counting set bits ("Hamming weight"), and searching a
 * bitmap for its next set or clear bit (lib/find_bit.c).
 *
 * Counting bits without a loop: hweight32() adds neighbouring bits in
 * parallel, as if the word were 16 two-bit counters, then 8 four-bit
 * counters, and so on:
 *
 *   w - ((w >> 1) & 0x55555555)   each 2-bit field = count of its 2 bits
 *   (w & 0x33..) + ((w >> 2) & 0x33..)   each 4-bit field = count of 4
 *   (w + (w >> 4)) & 0x0f0f0f0f   each byte = count of its 8 bits
 *   (w * 0x01010101) >> 24        the sum of the four bytes
 */
#ifndef _LINUX_BITOPS_H
#define _LINUX_BITOPS_H

#include <linux/types.h>
#include <linux/kernel.h>
#include <linux/bits.h>
#include <asm/bitops.h>

#define BITS_TO_LONGS(nr) DIV_ROUND_UP(nr, BITS_PER_BYTE * sizeof(long))

/* DECLARE_BITMAP - an array of unsigned long holding @bits bits (Linux: types.h) */
#define DECLARE_BITMAP(name, bits) unsigned long name[BITS_TO_LONGS(bits)]

/**
 * __sw_hweight32 - the number of set bits in a 32-bit value
 * @w: the value
 *
 * Return: 0 to 32.
 */
static inline unsigned int __sw_hweight32(unsigned int w)
{
	w = w - ((w >> 1) & 0x55555555);
	w = (w & 0x33333333) + ((w >> 2) & 0x33333333);
	w = (w + (w >> 4)) & 0x0f0f0f0f;
	return (w * 0x01010101) >> 24;
}

/*
 * As in Linux, hweight32() and friends are macros that take any integer
 * and use only its low bits, so hweight32(a 64-bit constant) is no
 * conversion warning.
 */
#define hweight32(w) __sw_hweight32((unsigned int)(w))

/**
 * hweight16 - the number of set bits in a 16-bit value
 * @w: the value (higher bits are ignored)
 *
 * Return: 0 to 16.
 */
static inline unsigned int hweight16(unsigned int w)
{
	return hweight32(w & 0xffff);
}

/**
 * hweight8 - the number of set bits in an 8-bit value
 * @w: the value (higher bits are ignored)
 *
 * Return: 0 to 8.
 */
static inline unsigned int hweight8(unsigned int w)
{
	return hweight32(w & 0xff);
}

/**
 * hweight64 - the number of set bits in a 64-bit value
 * @w: the value
 *
 * Return: 0 to 64.
 */
static inline unsigned long hweight64(u64 w)
{
	return hweight32((u32)w) + hweight32((u32)(w >> 32));
}

/**
 * hweight_long - the number of set bits in an unsigned long
 * @w: the value
 *
 * Return: 0 to BITS_PER_LONG.
 */
static inline unsigned long hweight_long(unsigned long w)
{
	return sizeof(w) == 4 ? hweight32(w) : hweight64(w);
}

/**
 * __ffs64 - the index of the lowest set bit of a 64-bit value
 * @word: the value; must not be 0
 *
 * Context: any.
 * Return: 0..63.
 */
static inline unsigned long __ffs64(u64 word)
{
	if (!(u32)word)
		return __ffs((u32)(word >> 32)) + 32;
	return __ffs((u32)word);
}

/**
 * fls_long - the position of the highest set bit of an unsigned long, from 1
 * @l: the value
 *
 * Return: 1 to BITS_PER_LONG, or 0 if @l is 0.
 */
static inline int fls_long(unsigned long l)
{
	return sizeof(l) == 4 ? fls(l) : fls64(l);
}

unsigned long find_next_bit(const unsigned long *addr, unsigned long size,
			    unsigned long offset);
unsigned long find_next_zero_bit(const unsigned long *addr, unsigned long size,
				 unsigned long offset);
unsigned long find_first_bit(const unsigned long *addr, unsigned long size);
unsigned long find_first_zero_bit(const unsigned long *addr, unsigned long size);

/* for_each_set_bit - walk the indices of the set bits of a bitmap, in order */
#define for_each_set_bit(bit, addr, size)                        \
	for ((bit) = find_first_bit((addr), (size)); (bit) < (size); \
	     (bit) = find_next_bit((addr), (size), (bit) + 1))

/* for_each_clear_bit - walk the indices of the clear bits of a bitmap, in order */
#define for_each_clear_bit(bit, addr, size)                           \
	for ((bit) = find_first_zero_bit((addr), (size)); (bit) < (size); \
	     (bit) = find_next_zero_bit((addr), (size), (bit) + 1))

#endif /* _LINUX_BITOPS_H */
