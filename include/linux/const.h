/*
 * linux/const.h - constants that work in C and in the preprocessor.
 *
 * UL(x) and ULL(x) give a constant its suffix; _BITUL(n) is bit n as an
 * unsigned long. __is_constexpr(x) is 1 if x is an integer constant
 * expression and 0 otherwise, without evaluating x: the conditional
 * operator's type is int * when its pointer operand is a null pointer
 * constant (which (void *)(x * 0) is only when x is a constant), and
 * void * otherwise, so sizeof of its target tells the two apart. Macros
 * such as GENMASK use it to check their arguments at compile time only
 * when they can. Later Linux (4.17+); 2.6.32 has none of it.
 */
#ifndef _LINUX_CONST_H
#define _LINUX_CONST_H

#define __AC(x, y) (x##y)
#define _AC(x, y) __AC(x, y)
#define _UL(x) (_AC(x, UL))
#define _ULL(x) (_AC(x, ULL))
#define UL(x) (_UL(x))
#define ULL(x) (_ULL(x))
#define _BITUL(x) (_UL(1) << (x))
#define _BITULL(x) (_ULL(1) << (x))

#define __is_constexpr(x) (sizeof(int) == sizeof(*(8 ? ((void *)((long)(x) * 0l)) : (int *)8)))

#endif /* _LINUX_CONST_H */
