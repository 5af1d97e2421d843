/*
 * asm/atomic.h - atomic_t: an int changed in one indivisible instruction.
 *
 * On x86 an instruction like "incl (%eax)" is a read-modify-write; with
 * the lock prefix no other CPU can touch the memory in between. Linnet is
 * uniprocessor, where a single instruction cannot be split by an
 * interrupt anyway, but it keeps the lock prefix so the code reads as
 * Linux's does and stays right on SMP. In the host build (LINNET_HOST)
 * the compiler's __atomic builtins stand in for the assembly.
 */
#ifndef _ASM_ATOMIC_H
#define _ASM_ATOMIC_H

#include <linux/types.h>
#include <linux/compiler.h>

#define ATOMIC_INIT(i) { (i) }

#define atomic_read(v) READ_ONCE((v)->counter)
#define atomic_set(v, i) WRITE_ONCE((v)->counter, (i))

#ifdef LINNET_HOST
static inline int atomic_add_return(int i, atomic_t *v)
{
	return __atomic_add_fetch(&v->counter, i, __ATOMIC_SEQ_CST);
}

static inline int atomic_cmpxchg(atomic_t *v, int old, int new)
{
	__atomic_compare_exchange_n(&v->counter, &old, new, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
	return old;
}

static inline int atomic_xchg(atomic_t *v, int new)
{
	return __atomic_exchange_n(&v->counter, new, __ATOMIC_SEQ_CST);
}
#else
/* xadd leaves the old value in the register: old + i is the new value */
static inline int atomic_add_return(int i, atomic_t *v)
{
	int old = i;

	__asm__ __volatile__("lock; xaddl %0, %1" : "+r"(old), "+m"(v->counter) : : "memory");
	return old + i;
}

static inline int atomic_cmpxchg(atomic_t *v, int old, int new)
{
	int prev;

	__asm__ __volatile__("lock; cmpxchgl %2, %1"
			     : "=a"(prev), "+m"(v->counter)
			     : "r"(new), "0"(old)
			     : "memory");
	return prev;
}

static inline int atomic_xchg(atomic_t *v, int new)
{
	__asm__ __volatile__("xchgl %0, %1" : "+r"(new), "+m"(v->counter) : : "memory");
	return new;
}
#endif

#define atomic_sub_return(i, v) atomic_add_return(-(int)(i), v)
#define atomic_inc_return(v) atomic_add_return(1, v)
#define atomic_dec_return(v) atomic_add_return(-1, v)
#define atomic_add(i, v) ((void)atomic_add_return(i, v))
#define atomic_sub(i, v) ((void)atomic_sub_return(i, v))
#define atomic_inc(v) ((void)atomic_add_return(1, v))
#define atomic_dec(v) ((void)atomic_add_return(-1, v))
#define atomic_dec_and_test(v) (atomic_dec_return(v) == 0)
#define atomic_inc_and_test(v) (atomic_inc_return(v) == 0)
#define atomic_sub_and_test(i, v) (atomic_sub_return(i, v) == 0)
#define atomic_add_negative(i, v) (atomic_add_return(i, v) < 0)

/**
 * atomic_add_unless - add to an atomic_t unless it holds a given value
 * @v: the atomic_t
 * @a: what to add
 * @u: the value at which nothing is added
 *
 * Return: non-zero if @v was not @u (and @a was added).
 */
static inline int atomic_add_unless(atomic_t *v, int a, int u)
{
	int c = atomic_read(v), old;

	while (c != u) {
		old = atomic_cmpxchg(v, c, c + a);
		if (old == c)
			break;
		c = old;
	}
	return c != u;
}

#define atomic_inc_not_zero(v) atomic_add_unless((v), 1, 0)

#endif /* _ASM_ATOMIC_H */
