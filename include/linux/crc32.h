/*
 * crc32.h - the CRC-32 of Ethernet, zlib and PNG (polynomial 0x04C11DB7,
 * bit-reflected), as Linux's lib/crc32.c computes it: crc32_le(seed, p, n)
 * continues a CRC over more data without the initial and final
 * inversions, so zlib's crc32() of a buffer is ~crc32_le(~0, p, n).
 */
#ifndef _LINUX_CRC32_H
#define _LINUX_CRC32_H

#include <linux/types.h>

u32 crc32_le(u32 crc, unsigned char const *p, size_t len);

#define crc32(seed, data, length) crc32_le(seed, (unsigned char const *)(data), length)

#endif /* _LINUX_CRC32_H */
