/*
 * linux/swab.h - reversing the bytes of 16-, 32- and 64-bit values.
 *
 * swab32(0x12345678) == 0x78563412. The compiler's __builtin_bswap
 * functions become one bswap (or a rotate for 16 bits) on the i486 and
 * later, and fold to a constant when the argument is one, so the same
 * macro serves constants and variables. The p forms read through a
 * pointer, the s forms swap in place. Linux 2.6.32 has the same names,
 * with its own asm for i386. See docs/lib.md.
 */
#ifndef _LINUX_SWAB_H
#define _LINUX_SWAB_H

#include <linux/types.h>

#define swab16(x) ((u16)__builtin_bswap16((u16)(x)))
#define swab32(x) ((u32)__builtin_bswap32((u32)(x)))
#define swab64(x) ((u64)__builtin_bswap64((u64)(x)))
#define __swab16(x) swab16(x)
#define __swab32(x) swab32(x)
#define __swab64(x) swab64(x)
/* swahw32 - swap the two 16-bit halves; swahb32 - swap the bytes within each half */
#define swahw32(x) ((u32)((((u32)(x)) << 16) | (((u32)(x)) >> 16)))
#define swahb32(x) ((u32)((((u32)(x)&0x00ff00ffU) << 8) | (((u32)(x)&0xff00ff00U) >> 8)))

static inline u16 swab16p(const u16 *p)
{
	return swab16(*p);
}

static inline u32 swab32p(const u32 *p)
{
	return swab32(*p);
}

static inline u64 swab64p(const u64 *p)
{
	return swab64(*p);
}

static inline void swab16s(u16 *p)
{
	*p = swab16(*p);
}

static inline void swab32s(u32 *p)
{
	*p = swab32(*p);
}

static inline void swab64s(u64 *p)
{
	*p = swab64(*p);
}

#endif /* _LINUX_SWAB_H */
