/*
 * linux/int_log.h - logarithms in fixed point, for code without floats.
 *
 * intlog2(x) is log2(x) scaled by 2^24 (an 8.24 fixed-point number), and
 * intlog10(x) is log10(x) scaled the same way; DVB drivers use them to
 * turn signal powers into decibels. lib/math/int_log.c computes the
 * fractional bits by repeated squaring. Linux has them since 2.6.x in the
 * DVB core (dvb_math.c) and as lib/math/int_log.c since 6.7. See docs/lib.md.
 */
#ifndef _LINUX_INT_LOG_H
#define _LINUX_INT_LOG_H

#include <linux/types.h>

unsigned int intlog2(u32 value);
unsigned int intlog10(u32 value);

#endif /* _LINUX_INT_LOG_H */
