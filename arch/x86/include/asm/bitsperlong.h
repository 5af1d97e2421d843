/*
 * asm/bitsperlong.h - how many bits a long has on this architecture.
 *
 * From the compiler's own macro, so that "#if BITS_PER_LONG == 32" works
 * in the preprocessor. On i386 a long is 32 bits.
 */
#ifndef _ASM_X86_BITSPERLONG_H
#define _ASM_X86_BITSPERLONG_H

#define BITS_PER_LONG (__SIZEOF_LONG__ * 8)
#define BITS_PER_LONG_LONG 64

#endif /* _ASM_X86_BITSPERLONG_H */
