/*
 * linux/bits.h - single bits and runs of bits as constants.
 *
 * BIT(n) is bit n of an unsigned long; BIT_WORD(n) and BIT_MASK(n) find
 * bit n of a bitmap (which long, which bit in it). GENMASK(h, l) is the
 * run of ones from bit l up to bit h inclusive: all ones shifted left by
 * l, ANDed with all ones shifted right so that bit h is the top one.
 * GENMASK(7, 4) == 0xf0. When h and l are constants, h < l is a build
 * error (GENMASK_INPUT_CHECK); with variables no check is possible.
 *
 * Linux 2.6.32 has BIT() and BIT_MASK() in <linux/bitops.h>; GENMASK came
 * in 3.19 and this header in 4.19. Linnet keeps the later layout, which
 * only adds (bitops.h includes this header). See docs/lib.md.
 */
#ifndef _LINUX_BITS_H
#define _LINUX_BITS_H

#include <linux/const.h>
#include <linux/compiler.h>
#include <asm/bitsperlong.h>

#define BIT(nr) (UL(1) << (nr))
#define BIT_ULL(nr) (ULL(1) << (nr))
#define BIT_MASK(nr) (UL(1) << ((nr) % BITS_PER_LONG))
#define BIT_WORD(nr) ((nr) / BITS_PER_LONG)
#define BIT_ULL_MASK(nr) (ULL(1) << ((nr) % BITS_PER_LONG_LONG))
#define BIT_ULL_WORD(nr) ((nr) / BITS_PER_LONG_LONG)
#define BITS_PER_BYTE 8
#define BITS_PER_TYPE(type) (sizeof(type) * BITS_PER_BYTE)

/* 0, or a build error if both are constants and @l is above @h */
#define GENMASK_INPUT_CHECK(h, l) \
	(BUILD_BUG_ON_ZERO(__builtin_choose_expr(__is_constexpr((l) > (h)), (l) > (h), 0)))

#define __GENMASK(h, l) (((~UL(0)) - (UL(1) << (l)) + 1) & (~UL(0) >> (BITS_PER_LONG - 1 - (h))))
#define __GENMASK_ULL(h, l) \
	(((~ULL(0)) - (ULL(1) << (l)) + 1) & (~ULL(0) >> (BITS_PER_LONG_LONG - 1 - (h))))

#define GENMASK(h, l) (GENMASK_INPUT_CHECK(h, l) + __GENMASK(h, l))
#define GENMASK_ULL(h, l) (GENMASK_INPUT_CHECK(h, l) + __GENMASK_ULL(h, l))

#endif /* _LINUX_BITS_H */
