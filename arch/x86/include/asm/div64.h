/*
 * asm/div64.h - dividing 64 bits by 32 with the i386's divl.
 *
 * divl divides the 64-bit edx:eax by a 32-bit operand, but faults if the
 * quotient does not fit in 32 bits. So do_div() divides in two steps, as
 * long division by hand does with two digits: first the high word (its
 * quotient is the high word of the result, its remainder the carry), then
 * carry:low word, whose quotient now fits. Two divl instead of libgcc's
 * general __udivdi3 loop.
 *
 * do_div(n, base) is Linux's odd macro: it divides n IN PLACE and returns
 * the remainder. Linux 2.6.32's arch/x86/include/asm/div64.h has the same
 * two-step divl. See docs/lib.md.
 */
#ifndef _ASM_X86_DIV64_H
#define _ASM_X86_DIV64_H

#include <linux/types.h>

/* do_div - n = n / base (u64 by u32), and the remainder as the value */
#define do_div(n, base)                                                          \
	({                                                                       \
		u32 __base = (base), __upper, __low, __high, __rem;              \
		__low = (u32)(n);                                                \
		__high = (u32)((u64)(n) >> 32);                                  \
		__upper = __high;                                                \
		if (__high) {                                                    \
			__upper = __high % __base;                               \
			__high = __high / __base;                                \
		}                                                                \
		__asm__("divl %2"                                                \
			: "=a"(__low), "=d"(__rem)                               \
			: "rm"(__base), "0"(__low), "1"(__upper));               \
		(n) = ((u64)__high << 32) | __low;                               \
		__rem;                                                           \
	})

#endif /* _ASM_X86_DIV64_H */
