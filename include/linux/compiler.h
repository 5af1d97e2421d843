/*
 * compiler.h - the compiler attributes the kernel names, as Linux names them.
 *
 * Linnet is built by GCC only (and clang as a second opinion), so these
 * are thin wrappers around GCC attributes. They exist so that code reads as
 * Linux code reads: __init, __packed, likely(), unlikely(), barrier().
 */
#ifndef _LINUX_COMPILER_H
#define _LINUX_COMPILER_H

#define __always_inline inline __attribute__((__always_inline__))
#define noinline __attribute__((__noinline__))
#define __noreturn __attribute__((__noreturn__))
#define __packed __attribute__((__packed__))
#define __aligned(x) __attribute__((__aligned__(x)))
#define __section(s) __attribute__((__section__(s)))
#define __used __attribute__((__used__))
#define __maybe_unused __attribute__((__unused__))
#define __always_unused __attribute__((__unused__))
#define __printf(a, b) __attribute__((__format__(printf, a, b)))
#define __weak __attribute__((__weak__))
#define __cold __attribute__((__cold__))
#define __no_stack_protector __attribute__((__no_stack_protector__))
/* KASAN (make KASAN=1) leaves this function's accesses unchecked */
#define __no_sanitize_address __attribute__((__no_sanitize_address__))
#define __pure __attribute__((__pure__))
#define __must_check __attribute__((__warn_unused_result__))
#define __user
#define __iomem
#define __force
#define __attribute_const__ __attribute__((__const__))
/* a call to a function so marked, left after optimisation, is a build error */
#define __compiletime_error(msg) __attribute__((__error__(msg)))
#define __percpu

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

/* barrier - stop the compiler from moving memory accesses across this point */
#define barrier() __asm__ __volatile__("" : : : "memory")

#define ACCESS_ONCE(x) (*(volatile __typeof__(x) *)&(x))
#define READ_ONCE(x) (*(const volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, val) (*(volatile __typeof__(x) *)&(x) = (val))

/* Is @type signed? (-1 converted to it compares below 1). From Linux 5.x. */
#define is_signed_type(type) (((type)(-1)) < (__force type)1)
#define is_unsigned_type(type) (!is_signed_type(type))
#define __same_type(a, b) __builtin_types_compatible_p(__typeof__(a), __typeof__(b))
#define BUILD_BUG_ON_ZERO(e) ((int)(sizeof(struct { int : (-!!(e)); })))
#define __must_be_array(a) BUILD_BUG_ON_ZERO(__same_type((a), &(a)[0]))

/*
 * OPTIMIZER_HIDE_VAR - make the compiler forget what it knows of @var's
 * value (an empty asm "changes" it), so a test of run-time code is not
 * folded to a constant.
 */
#define OPTIMIZER_HIDE_VAR(var) __asm__("" : "=r"(var) : "0"(var))

/*
 * __counted_by(member) - the flexible array's length is in @member, for
 * the compiler's bounds checks (GCC 15, clang 18). Empty with older
 * compilers, as in Linux. __struct_size(p) - the bytes the compiler knows
 * *p to have (-1 when it does not know).
 */
#define __counted_by(member)
#define __struct_size(p) __builtin_dynamic_object_size(p, 0)
#define __member_size(p) __builtin_dynamic_object_size(p, 1)

#define ___PASTE(a, b) a##b
#define __PASTE(a, b) ___PASTE(a, b)
/* __UNIQUE_ID - a fresh identifier each time, for objects a macro defines */
#define __UNIQUE_ID(prefix) __PASTE(__PASTE(__UNIQUE_ID_, prefix), __COUNTER__)

#define __stringify_1(x...) #x
#define __stringify(x...) __stringify_1(x)

#endif /* _LINUX_COMPILER_H */
