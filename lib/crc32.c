/*
 * crc32.c - the little-endian (bit-reflected) CRC-32, a byte at a time.
 *
 * A CRC is the remainder of the message, read as a polynomial over GF(2),
 * divided by a fixed polynomial; any burst of errors shorter than 32 bits
 * changes it. Working a byte at a time, the remainder's low byte
 * xor the next data byte selects one of 256 precomputed remainders,
 * which is xored into the rest shifted down by 8:
 *
 *   crc = table[(crc ^ byte) & 0xff] ^ (crc >> 8)
 *
 * The table is built on first use from the reflected polynomial
 * 0xEDB88320. The shell's cksum command uses this to check that a
 * megabyte sent over the serial line arrived intact. See docs/drivers.md.
 */
#include <linux/module.h>
#include <linux/crc32.h>

#define CRC32_POLY_LE 0xedb88320

static u32 crc32_table[256];

static void crc32_init_table(void)
{
	unsigned int i, bit;
	u32 crc;

	for (i = 0; i < 256; i++) {
		crc = i;
		for (bit = 0; bit < 8; bit++)
			crc = (crc >> 1) ^ (crc & 1 ? CRC32_POLY_LE : 0);
		crc32_table[i] = crc;
	}
}

/**
 * crc32_le - continue a CRC-32 over more bytes
 * @crc: the CRC so far (~0 to start a zlib-style CRC)
 * @p: the bytes
 * @len: how many
 *
 * Context: any. The first call builds the table; a racing first call
 * from an interrupt builds the same values, so no lock is needed.
 * Return: the updated CRC (invert it to finish a zlib-style CRC).
 */
u32 crc32_le(u32 crc, unsigned char const *p, size_t len)
{
	if (!crc32_table[255])
		crc32_init_table();
	while (len--)
		crc = crc32_table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
	return crc;
}
EXPORT_SYMBOL(crc32_le);
