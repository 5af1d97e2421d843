/*
 * find_bit.c - finding the next set (or clear) bit of a bitmap.
 *
 * Scanning bit by bit would cost a test per bit; instead the search looks
 * at a whole word at a time. A word that is 0 holds no set bit and is
 * skipped with one comparison; in the first non-zero word, __ffs() (the
 * bsf instruction) gives the position of the lowest set bit directly.
 *
 * The first word needs care: the bits below @offset must not count, so
 * they are masked off. Searching for a clear bit is the same search on
 * the inverted words.
 *
 *   offset = 37:   word 1 = bits 32..63, mask off 32..36
 *   [ word 0 ][ word 1 & ~0UL << 5 ][ word 2 ] ...
 */
#include <linux/module.h>
#include <linux/bitops.h>

/*
 * find_next - the first bit >= @offset whose value is 1 after XOR with
 * @invert (0 to find set bits, ~0UL to find clear ones); @size if none.
 */
static unsigned long find_next(const unsigned long *addr, unsigned long size, unsigned long offset,
			       unsigned long invert)
{
	unsigned long word;

	if (offset >= size)
		return size;
	word = (addr[BIT_WORD(offset)] ^ invert) & (~0UL << (offset % BITS_PER_LONG));
	offset -= offset % BITS_PER_LONG;
	while (!word) {
		offset += BITS_PER_LONG;
		if (offset >= size)
			return size;
		word = addr[BIT_WORD(offset)] ^ invert;
	}
	/* The last word may have matching bits beyond @size: clamp. */
	return min(offset + __ffs(word), size);
}

/**
 * find_next_bit - find the next set bit of a bitmap
 * @addr: the bitmap
 * @size: its size in bits
 * @offset: where to start looking
 *
 * Context: any; the caller keeps the bitmap from changing, or copes.
 * Return: the index of the first set bit at or after @offset, or @size if
 * there is none.
 */
unsigned long find_next_bit(const unsigned long *addr, unsigned long size, unsigned long offset)
{
	return find_next(addr, size, offset, 0UL);
}
EXPORT_SYMBOL(find_next_bit);

/**
 * find_next_zero_bit - find the next clear bit of a bitmap
 * @addr: the bitmap
 * @size: its size in bits
 * @offset: where to start looking
 *
 * Context: any; the caller keeps the bitmap from changing, or copes.
 * Return: the index of the first clear bit at or after @offset, or @size
 * if there is none.
 */
unsigned long find_next_zero_bit(const unsigned long *addr, unsigned long size,
				 unsigned long offset)
{
	return find_next(addr, size, offset, ~0UL);
}
EXPORT_SYMBOL(find_next_zero_bit);

/**
 * find_first_bit - find the first set bit of a bitmap
 * @addr: the bitmap
 * @size: its size in bits
 *
 * Context: any.
 * Return: the index of the first set bit, or @size if there is none.
 */
unsigned long find_first_bit(const unsigned long *addr, unsigned long size)
{
	return find_next(addr, size, 0, 0UL);
}
EXPORT_SYMBOL(find_first_bit);

/**
 * find_first_zero_bit - find the first clear bit of a bitmap
 * @addr: the bitmap
 * @size: its size in bits
 *
 * Context: any.
 * Return: the index of the first clear bit, or @size if there is none.
 */
unsigned long find_first_zero_bit(const unsigned long *addr, unsigned long size)
{
	return find_next(addr, size, 0, ~0UL);
}
EXPORT_SYMBOL(find_first_zero_bit);
