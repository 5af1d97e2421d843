/*
 * asm/bitops.h - setting, clearing and testing single bits, on x86.
 *
 * A bitmap is an array of unsigned long; bit nr lives in word nr / 32 at
 * position nr % 32 (BIT_WORD and BIT_MASK in <linux/bitops.h>).
 *
 * Each operation comes in two flavours:
 *   set_bit(), test_and_set_bit()...      atomic: x86's bts/btr/btc with a
 *       "lock" prefix, which holds the memory bus (or the cache line) for
 *       the whole read-modify-write, so two CPUs, or a CPU and an
 *       interrupt handler, cannot both see a bit clear and both set it.
 *   __set_bit(), __test_and_set_bit()...  plain C, for bitmaps nobody else
 *       can touch at the same time (the caller holds a lock).
 * test_bit() is a plain read: reading one word is atomic anyway.
 *
 * The bt* instructions take the bit number as a signed offset from the
 * address, so the word selection happens in hardware. The "memory"
 * clobber tells the compiler that memory beyond *addr may change.
 *
 * The host test build (LINNET_HOST) has 64-bit longs; there the atomic
 * versions use GCC's __atomic builtins instead of 32-bit assembly.
 */
#ifndef _ASM_BITOPS_H
#define _ASM_BITOPS_H

#include <linux/types.h>
#include <linux/compiler.h>

#include <linux/bits.h>

/**
 * __set_bit - set a bit, not atomically
 * @nr: the bit number
 * @addr: the bitmap
 *
 * Context: the caller excludes every other writer of this word.
 */
static inline void __set_bit(int nr, volatile unsigned long *addr)
{
	addr[BIT_WORD(nr)] |= BIT_MASK(nr);
}

/**
 * __clear_bit - clear a bit, not atomically
 * @nr: the bit number
 * @addr: the bitmap
 *
 * Context: the caller excludes every other writer of this word.
 */
static inline void __clear_bit(int nr, volatile unsigned long *addr)
{
	addr[BIT_WORD(nr)] &= ~BIT_MASK(nr);
}

/**
 * __change_bit - flip a bit, not atomically
 * @nr: the bit number
 * @addr: the bitmap
 *
 * Context: the caller excludes every other writer of this word.
 */
static inline void __change_bit(int nr, volatile unsigned long *addr)
{
	addr[BIT_WORD(nr)] ^= BIT_MASK(nr);
}

/**
 * test_bit - read a bit
 * @nr: the bit number
 * @addr: the bitmap
 *
 * Context: any.
 * Return: 1 if the bit is set, else 0.
 */
static inline int test_bit(int nr, const volatile unsigned long *addr)
{
	return 1UL & (addr[BIT_WORD(nr)] >> (nr % BITS_PER_LONG));
}

/**
 * __test_and_set_bit - set a bit and return its old value, not atomically
 * @nr: the bit number
 * @addr: the bitmap
 *
 * Context: the caller excludes every other writer of this word.
 * Return: the bit's old value, 0 or 1.
 */
static inline int __test_and_set_bit(int nr, volatile unsigned long *addr)
{
	int old = test_bit(nr, addr);

	__set_bit(nr, addr);
	return old;
}

/**
 * __test_and_clear_bit - clear a bit and return its old value, not atomically
 * @nr: the bit number
 * @addr: the bitmap
 *
 * Context: the caller excludes every other writer of this word.
 * Return: the bit's old value, 0 or 1.
 */
static inline int __test_and_clear_bit(int nr, volatile unsigned long *addr)
{
	int old = test_bit(nr, addr);

	__clear_bit(nr, addr);
	return old;
}

/**
 * __test_and_change_bit - flip a bit and return its old value, not atomically
 * @nr: the bit number
 * @addr: the bitmap
 *
 * Context: the caller excludes every other writer of this word.
 * Return: the bit's old value, 0 or 1.
 */
static inline int __test_and_change_bit(int nr, volatile unsigned long *addr)
{
	int old = test_bit(nr, addr);

	__change_bit(nr, addr);
	return old;
}

#ifdef LINNET_HOST

/* The host's atomic read-modify-write of one word: returns the old word. */
#define __bitop_fetch(op, nr, addr) \
	__atomic_fetch_##op(&(addr)[BIT_WORD(nr)], BIT_MASK(nr), __ATOMIC_SEQ_CST)

static inline void set_bit(int nr, volatile unsigned long *addr)
{
	__bitop_fetch(or, nr, addr);
}

static inline void clear_bit(int nr, volatile unsigned long *addr)
{
	__atomic_fetch_and(&addr[BIT_WORD(nr)], ~BIT_MASK(nr), __ATOMIC_SEQ_CST);
}

static inline void change_bit(int nr, volatile unsigned long *addr)
{
	__bitop_fetch(xor, nr, addr);
}

static inline int test_and_set_bit(int nr, volatile unsigned long *addr)
{
	return (__bitop_fetch(or, nr, addr) & BIT_MASK(nr)) != 0;
}

static inline int test_and_clear_bit(int nr, volatile unsigned long *addr)
{
	unsigned long old = __atomic_fetch_and(&addr[BIT_WORD(nr)], ~BIT_MASK(nr),
					       __ATOMIC_SEQ_CST);

	return (old & BIT_MASK(nr)) != 0;
}

static inline int test_and_change_bit(int nr, volatile unsigned long *addr)
{
	return (__bitop_fetch(xor, nr, addr) & BIT_MASK(nr)) != 0;
}

#else /* !LINNET_HOST: i386 */

/**
 * set_bit - set a bit, atomically
 * @nr: the bit number
 * @addr: the bitmap
 *
 * Context: any; safe against other CPUs and interrupt handlers.
 */
static inline void set_bit(int nr, volatile unsigned long *addr)
{
	__asm__ __volatile__("lock; btsl %1, %0" : "+m"(*addr) : "Ir"(nr) : "memory");
}

/**
 * clear_bit - clear a bit, atomically
 * @nr: the bit number
 * @addr: the bitmap
 *
 * Not a memory barrier: to release a lock bit use smp_mb() before it.
 *
 * Context: any; safe against other CPUs and interrupt handlers.
 */
static inline void clear_bit(int nr, volatile unsigned long *addr)
{
	__asm__ __volatile__("lock; btrl %1, %0" : "+m"(*addr) : "Ir"(nr) : "memory");
}

/**
 * change_bit - flip a bit, atomically
 * @nr: the bit number
 * @addr: the bitmap
 *
 * Context: any; safe against other CPUs and interrupt handlers.
 */
static inline void change_bit(int nr, volatile unsigned long *addr)
{
	__asm__ __volatile__("lock; btcl %1, %0" : "+m"(*addr) : "Ir"(nr) : "memory");
}

/*
 * After bts/btr/btc the carry flag holds the bit's old value; "sbb r, r"
 * turns it into 0 or -1 without a branch.
 */

/**
 * test_and_set_bit - set a bit and return its old value, atomically
 * @nr: the bit number
 * @addr: the bitmap
 *
 * Exactly one of several racing callers sees 0: the basis of bit locks.
 *
 * Context: any; safe against other CPUs and interrupt handlers.
 * Return: non-zero if the bit was already set, else 0.
 */
static inline int test_and_set_bit(int nr, volatile unsigned long *addr)
{
	int old;

	__asm__ __volatile__("lock; btsl %2, %1\n\tsbbl %0, %0"
			     : "=r"(old), "+m"(*addr)
			     : "Ir"(nr)
			     : "memory", "cc");
	return old;
}

/**
 * test_and_clear_bit - clear a bit and return its old value, atomically
 * @nr: the bit number
 * @addr: the bitmap
 *
 * Context: any; safe against other CPUs and interrupt handlers.
 * Return: non-zero if the bit was set, else 0.
 */
static inline int test_and_clear_bit(int nr, volatile unsigned long *addr)
{
	int old;

	__asm__ __volatile__("lock; btrl %2, %1\n\tsbbl %0, %0"
			     : "=r"(old), "+m"(*addr)
			     : "Ir"(nr)
			     : "memory", "cc");
	return old;
}

/**
 * test_and_change_bit - flip a bit and return its old value, atomically
 * @nr: the bit number
 * @addr: the bitmap
 *
 * Context: any; safe against other CPUs and interrupt handlers.
 * Return: non-zero if the bit was set, else 0.
 */
static inline int test_and_change_bit(int nr, volatile unsigned long *addr)
{
	int old;

	__asm__ __volatile__("lock; btcl %2, %1\n\tsbbl %0, %0"
			     : "=r"(old), "+m"(*addr)
			     : "Ir"(nr)
			     : "memory", "cc");
	return old;
}

#endif /* LINNET_HOST */

/*
 * Finding the first or last set bit. GCC's __builtin_ctz/clz compile to
 * x86's bsf/bsr instructions; like them they are undefined for 0, which
 * the functions below check where Linux's contract says so.
 */

/**
 * __ffs - the index of the lowest set bit
 * @word: the word; must not be 0
 *
 * Return: 0 to BITS_PER_LONG - 1.
 */
static inline unsigned long __ffs(unsigned long word)
{
	return __builtin_ctzl(word);
}

/**
 * __fls - the index of the highest set bit
 * @word: the word; must not be 0
 *
 * Return: 0 to BITS_PER_LONG - 1.
 */
static inline unsigned long __fls(unsigned long word)
{
	return BITS_PER_LONG - 1 - __builtin_clzl(word);
}

/**
 * ffz - the index of the lowest clear bit
 * @word: the word; must not be all ones
 *
 * Return: 0 to BITS_PER_LONG - 1.
 */
static inline unsigned long ffz(unsigned long word)
{
	return __ffs(~word);
}

/**
 * ffs - find first set: the position of the lowest set bit, counting from 1
 * @x: the value
 *
 * Same contract as the C library's ffs().
 *
 * Return: 1 to 32, or 0 if @x is 0.
 */
static inline int ffs(int x)
{
	return x ? __builtin_ctz(x) + 1 : 0;
}

/**
 * fls - find last set: the position of the highest set bit, counting from 1
 * @x: the value
 *
 * fls(1) is 1, fls(0x80000000) is 32.
 *
 * Return: 1 to 32, or 0 if @x is 0.
 */
static inline int fls(unsigned int x)
{
	return x ? 32 - __builtin_clz(x) : 0;
}

/**
 * fls64 - the position of the highest set bit of a 64-bit value, from 1
 * @x: the value
 *
 * Return: 1 to 64, or 0 if @x is 0.
 */
static inline int fls64(u64 x)
{
	return x ? 64 - __builtin_clzll(x) : 0;
}

#endif /* _ASM_BITOPS_H */
