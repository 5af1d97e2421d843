/*
 * overflow.h - integer arithmetic that knows when it overflowed.
 *
 * C's integer arithmetic wraps silently (unsigned) or is undefined
 * (signed) when a result does not fit. Sizes computed from numbers a user
 * or a device supplies (n * sizeof(elem), a header plus n trailing
 * elements) are the classic source of heap overflows: the product wraps
 * to a small number, the allocation succeeds, and the writes that follow
 * run past it. This header gives the two answers the kernel uses:
 *
 *  - check_add_overflow(a, b, &d) and friends compute a + b into *d and
 *    return true when the mathematically exact result does not fit in
 *    *d's type. They are GCC's __builtin_*_overflow, which work for any
 *    mix of integer types (the types of a, b and *d may all differ).
 *  - size_mul(), size_add(), size_sub() and the helpers built on them
 *    (array_size(), struct_size(), flex_array_size()) *saturate*: an
 *    overflow gives SIZE_MAX, which no allocator can satisfy, so the
 *    allocation fails instead of being too small.
 *
 * The macros evaluate each argument exactly once, so they are safe with
 * i++ or a function call as an argument.
 *
 * Linux 2.6.32 has none of this: kcalloc() checked n > ULONG_MAX / size by
 * hand, and each caller did the same or forgot to. The header arrived in
 * 4.18 (with the builtins, GCC 5), size_add() and size_sub() in 5.18, the
 * wrapping_*() helpers and DEFINE_FLEX() in 6.x. Linnet has today's API, an
 * addition only, so today's code and Linux's own lib/overflow_kunit.c
 * compile against it. The implementation is Linnet's own. See docs/lib.md.
 */
#ifndef _LINUX_OVERFLOW_H
#define _LINUX_OVERFLOW_H

#include <linux/compiler.h>
#include <linux/const.h>
#include <linux/limits.h>
#include <linux/types.h>

/*
 * The largest and smallest value of a type (or of an expression's type),
 * as a value of that type. "Half" is the top value bit (bit 7 of a u8,
 * bit 6 of an s8); the maximum is that bit plus all bits below it, built
 * as (half - 1) + half so that no step overflows the type itself.
 */
#define __type_half(T) ((T)1 << (8 * sizeof(T) - 1 - is_signed_type(T)))
#define __type_max(T) ((T)((__type_half(T) - 1) + __type_half(T)))
#define __type_min(T) ((T)((T)-__type_max(T) - (T)1))
#define type_max(t) __type_max(__typeof__(t))
#define type_min(t) __type_min(__typeof__(t))

/* Sign tests that do not warn "comparison is always false" on unsigned types. */
#define is_non_negative(a) ((a) > 0 || (a) == 0)
#define is_negative(a) (!(is_non_negative(a)))

/* Makes the result of an overflow check one the caller must look at. */
static inline bool __must_check __must_check_overflow(bool overflow)
{
	return unlikely(overflow);
}

/**
 * check_add_overflow - compute @a + @b into *@d, and say if it did not fit
 * @a: first addend
 * @b: second addend
 * @d: where to store the sum (its type decides what "fits" means)
 *
 * *@d always receives the sum, wrapped to its type.
 *
 * Return: true if the exact sum does not fit in *@d.
 */
#define check_add_overflow(a, b, d) __must_check_overflow(__builtin_add_overflow(a, b, d))

/**
 * check_sub_overflow - compute @a - @b into *@d, and say if it did not fit
 * @a: minuend
 * @b: subtrahend
 * @d: where to store the difference
 *
 * Return: true if the exact difference does not fit in *@d.
 */
#define check_sub_overflow(a, b, d) __must_check_overflow(__builtin_sub_overflow(a, b, d))

/**
 * check_mul_overflow - compute @a * @b into *@d, and say if it did not fit
 * @a: first factor
 * @b: second factor
 * @d: where to store the product
 *
 * Return: true if the exact product does not fit in *@d.
 */
#define check_mul_overflow(a, b, d) __must_check_overflow(__builtin_mul_overflow(a, b, d))

/*
 * wrapping_add/sub/mul(type, a, b) - the result wrapped to @type, on
 * purpose: for code (hashes, sequence numbers) where wrapping is the
 * intended meaning, so that a reader, or a sanitizer, knows it is.
 */
#define wrapping_add(type, a, b)                                                               \
	({                                                                                     \
		type __wrapped;                                                                \
		(void)__builtin_add_overflow(a, b, &__wrapped);                                \
		__wrapped;                                                                     \
	})
#define wrapping_sub(type, a, b)                                                               \
	({                                                                                     \
		type __wrapped;                                                                \
		(void)__builtin_sub_overflow(a, b, &__wrapped);                                \
		__wrapped;                                                                     \
	})
#define wrapping_mul(type, a, b)                                                               \
	({                                                                                     \
		type __wrapped;                                                                \
		(void)__builtin_mul_overflow(a, b, &__wrapped);                                \
		__wrapped;                                                                     \
	})

/* wrapping_assign_add/sub(var, n) - var += n (or -=), wrapping; the new value */
#define wrapping_assign_add(var, offset)                                                       \
	({                                                                                     \
		__typeof__(var) *__var = &(var);                                               \
		*__var = wrapping_add(__typeof__(var), *__var, offset);                        \
	})
#define wrapping_assign_sub(var, offset)                                                       \
	({                                                                                     \
		__typeof__(var) *__var = &(var);                                               \
		*__var = wrapping_sub(__typeof__(var), *__var, offset);                        \
	})

/**
 * check_shl_overflow - compute @a << @s into *@d, and say if it went wrong
 * @a: the value to shift
 * @s: how many bits
 * @d: where to store the result
 *
 * C leaves shifting by the width or more, and shifting negative values,
 * undefined; this one defines them all as overflow. It is overflow when
 * @s is negative or not below *@d's width, when @a is negative, when *@d
 * comes out negative, or when shifting back does not give @a (bits were
 * lost at the top, or @a did not fit in *@d to begin with). On overflow
 * *@d holds @a << @s if the shift was valid, @a otherwise.
 *
 * Return: true on overflow.
 */
#define check_shl_overflow(a, s, d)                                                            \
	__must_check_overflow(({                                                               \
		__typeof__(a) __shl_a = (a);                                                       \
		__typeof__(s) __shl_s = (s);                                                       \
		__typeof__(d) __shl_d = (d);                                                       \
		u64 __shl_wide = __shl_a;                                                            \
		unsigned int __shl = is_non_negative(__shl_s) && __shl_s < 8 * sizeof(*__shl_d) ?      \
					    __shl_s : 0;                                               \
		*__shl_d = (__shl_wide << __shl);                                                     \
		__shl != __shl_s || is_negative(__shl_a) || is_negative(*__shl_d) ||          \
			(*__shl_d >> __shl) != __shl_a;                                          \
	}))

/*
 * __overflows_type_constexpr(x, T) - would the value @x change if stored
 * in @T's type? A constant expression when @x is one. Each branch compares
 * only in ways that cannot be fooled by C's conversions: an unsigned @x
 * only has an upper bound to check, a negative @x never fits an unsigned T.
 */
#define __overflows_type_constexpr(x, T)                                                       \
	(is_unsigned_type(__typeof__(x)) ? (x) > type_max(T) :                                 \
	 is_unsigned_type(__typeof__(T)) ? is_negative(x) || (x) > type_max(T) :              \
					    (x) < type_min(T) || (x) > type_max(T))

/* __overflows_type(x, T) - the same, at run time: adding 0 in T's type overflows */
#define __overflows_type(x, T)                                                                 \
	({                                                                                     \
		__typeof__(T) __ovf_v = 0;                                                         \
		check_add_overflow((x), __ovf_v, &__ovf_v);                                            \
	})

/**
 * overflows_type - would @n change if stored in a variable of type @T?
 * @n: the value
 * @T: a type, or a variable of the destination type
 *
 * Return: true if @n is out of @T's range (a constant expression if @n is one).
 */
#define overflows_type(n, T)                                                                   \
	__builtin_choose_expr(__is_constexpr(n), __overflows_type_constexpr(n, T),            \
			      __overflows_type(n, T))

/**
 * castable_to_type - may @n be assigned to @T without a change of value?
 * @n: a constant, or a variable
 * @T: a type, or a variable of the destination type
 *
 * A constant is castable when its value fits; a variable only when it has
 * the same type (its value is not known when this is compiled).
 *
 * Return: true or false, as a constant expression.
 */
#define castable_to_type(n, T)                                                                 \
	__builtin_choose_expr(__is_constexpr(n), !__overflows_type_constexpr(n, T),           \
			      __same_type(n, T))

/*
 * range_overflows(start, size, max) - does [start, start + size) go past
 * @max (or is start already at or past it)? The _t forms convert all three
 * to @type first; the range_end_ forms allow start + size == max.
 */
#define range_overflows(start, size, max)                                                      \
	({                                                                                     \
		__typeof__(start) __start = (start);                                           \
		__typeof__(size) __size = (size);                                              \
		__typeof__(max) __max = (max);                                                 \
		__start >= __max || __size > __max - __start;                                 \
	})
#define range_overflows_t(type, start, size, max)                                              \
	range_overflows((type)(start), (type)(size), (type)(max))
#define range_end_overflows(start, size, max)                                                  \
	({                                                                                     \
		__typeof__(start) __start = (start);                                           \
		__typeof__(size) __size = (size);                                              \
		__typeof__(max) __max = (max);                                                 \
		__start > __max || __size > __max - __start;                                   \
	})
#define range_end_overflows_t(type, start, size, max)                                          \
	range_end_overflows((type)(start), (type)(size), (type)(max))

/**
 * size_mul - @factor1 * @factor2, or SIZE_MAX if that overflows
 * @factor1: first factor
 * @factor2: second factor
 *
 * Return: the product, saturated at SIZE_MAX.
 */
static inline size_t __must_check size_mul(size_t factor1, size_t factor2)
{
	size_t bytes;

	if (check_mul_overflow(factor1, factor2, &bytes))
		return SIZE_MAX;
	return bytes;
}

/**
 * size_add - @addend1 + @addend2, or SIZE_MAX if that overflows
 * @addend1: first addend
 * @addend2: second addend
 *
 * Return: the sum, saturated at SIZE_MAX.
 */
static inline size_t __must_check size_add(size_t addend1, size_t addend2)
{
	size_t bytes;

	if (check_add_overflow(addend1, addend2, &bytes))
		return SIZE_MAX;
	return bytes;
}

/**
 * size_sub - @minuend - @subtrahend, or SIZE_MAX if that goes below 0
 * @minuend: the size to subtract from
 * @subtrahend: the size to take away
 *
 * A SIZE_MAX in either argument is already a saturated overflow from
 * size_mul() or size_add() and stays one: SIZE_MAX - 10 is not a size.
 *
 * Return: the difference, or SIZE_MAX.
 */
static inline size_t __must_check size_sub(size_t minuend, size_t subtrahend)
{
	size_t bytes;

	if (minuend == SIZE_MAX || subtrahend == SIZE_MAX ||
	    check_sub_overflow(minuend, subtrahend, &bytes))
		return SIZE_MAX;
	return bytes;
}

/* array_size(a, b), array3_size(a, b, c) - the bytes of an array, saturated */
#define array_size(a, b) size_mul(a, b)
#define array3_size(a, b, c) size_mul(size_mul(a, b), c)

/*
 * flex_array_size(p, member, count) - the bytes of @count elements of the
 * flexible array @member of *@p, saturated. A constant when @count is one
 * (then it cannot overflow unnoticed: the compiler would reject it).
 */
#define flex_array_size(p, member, count)                                                      \
	__builtin_choose_expr(__is_constexpr(count),                                           \
			      (count) * sizeof(*(p)->member) + __must_be_array((p)->member),   \
			      size_mul(count, sizeof(*(p)->member) + __must_be_array((p)->member)))

/*
 * struct_size(p, member, count) - the bytes of *@p with @count elements in
 * its trailing flexible array @member, saturated: what to kmalloc for it.
 * struct_size_t takes the struct's type instead of a pointer.
 */
#define struct_size(p, member, count)                                                          \
	__builtin_choose_expr(__is_constexpr(count),                                           \
			      sizeof(*(p)) + flex_array_size(p, member, count),                \
			      size_add(sizeof(*(p)), flex_array_size(p, member, count)))
#define struct_size_t(type, member, count) struct_size((type *)NULL, member, count)

/*
 * DEFINE_RAW_FLEX(type, name, member, count) - a struct with a flexible
 * array of @count elements on the stack: @name points to it, zeroed. The
 * storage is a union of the bytes struct_size() asks for and the struct
 * itself, so it is big enough and aligned for the type. DEFINE_FLEX() also
 * sets the struct's @counter member to @count (for a __counted_by array).
 */
#define __DEFINE_FLEX(type, name, member, count, init...)                                      \
	union {                                                                                \
		u8 bytes[struct_size_t(type, member, count)];                                  \
		type obj;                                                                      \
	} name##_u init;                                                                       \
	type *name = (type *)&name##_u
#define DEFINE_RAW_FLEX(type, name, member, count) __DEFINE_FLEX(type, name, member, count, = {})
#define DEFINE_FLEX(TYPE, NAME, MEMBER, COUNTER, COUNT)                                        \
	__DEFINE_FLEX(TYPE, NAME, MEMBER, COUNT, = { .obj.COUNTER = COUNT })

#endif /* _LINUX_OVERFLOW_H */
