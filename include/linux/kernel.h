/*
 * kernel.h - the small helpers every kernel file uses.
 *
 * ARRAY_SIZE, container_of, min/max, ALIGN, the kstrto*() parsers and the
 * sprintf family, with Linux's names and semantics. The implementations
 * live in lib/ (vsprintf.c, kstrtox.c, cmdline.c).
 */
#ifndef _LINUX_KERNEL_H
#define _LINUX_KERNEL_H

#include <linux/stdarg.h>
#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/stddef.h>
#include <linux/printk.h>
#include <linux/bug.h>
#include <linux/build_bug.h>
#include <linux/math64.h>

#define USHRT_MAX ((u16)(~0U))
#define SHRT_MAX ((s16)(USHRT_MAX >> 1))
#define SHRT_MIN ((s16)(-SHRT_MAX - 1))
#define INT_MAX ((int)(~0U >> 1))
#define INT_MIN (-INT_MAX - 1)
#define UINT_MAX (~0U)
#define LONG_MAX ((long)(~0UL >> 1))
#define LONG_MIN (-LONG_MAX - 1)
#define ULONG_MAX (~0UL)
#define LLONG_MAX ((long long)(~0ULL >> 1))
#define LLONG_MIN (-LLONG_MAX - 1)
#define ULLONG_MAX (~0ULL)
#define SIZE_MAX (~(size_t)0)
#define U8_MAX ((u8)~0U)
#define U16_MAX ((u16)~0U)
#define U32_MAX ((u32)~0U)
#define U64_MAX ((u64)~0ULL)
#define S8_MAX ((s8)(U8_MAX >> 1))
#define S8_MIN ((s8)(-S8_MAX - 1))
#define S16_MAX ((s16)(U16_MAX >> 1))
#define S16_MIN ((s16)(-S16_MAX - 1))
#define S32_MAX ((s32)(U32_MAX >> 1))
#define S32_MIN ((s32)(-S32_MAX - 1))
#define S64_MAX ((s64)(U64_MAX >> 1))
#define S64_MIN ((s64)(-S64_MAX - 1))

/* ARRAY_SIZE - number of elements of an array (not a pointer: that fails to build) */
#define ARRAY_SIZE(arr) (sizeof(arr) / sizeof((arr)[0]) + __must_be_array(arr))

/**
 * container_of - from a pointer to a member, the structure that contains it
 * @ptr: the pointer to the member
 * @type: the type of the containing structure
 * @member: the name of the member within the structure
 */
#define container_of(ptr, type, member)                            \
	({                                                         \
		const __typeof__(((type *)0)->member) *__mptr = (ptr); \
		(type *)((char *)__mptr - offsetof(type, member)); \
	})

#define __ALIGN_KERNEL_MASK(x, mask) (((x) + (mask)) & ~(mask))
#define __ALIGN_KERNEL(x, a) __ALIGN_KERNEL_MASK(x, (__typeof__(x))(a) - 1)
#define ALIGN(x, a) __ALIGN_KERNEL((x), (a))
#define ALIGN_DOWN(x, a) ((x) & ~((__typeof__(x))(a) - 1))
#define PTR_ALIGN(p, a) ((__typeof__(p))ALIGN((unsigned long)(p), (a)))
#define IS_ALIGNED(x, a) (((x) & ((__typeof__(x))(a) - 1)) == 0)

#define DIV_ROUND_UP(n, d) (((n) + (d) - 1) / (d))
#define roundup(x, y) ((((x) + ((y) - 1)) / (y)) * (y))
#define rounddown(x, y) ((x) - ((x) % (y)))
#define round_up(x, y) ((((x) - 1) | ((__typeof__(x))((y) - 1))) + 1)
#define round_down(x, y) ((x) & ~((__typeof__(x))((y) - 1)))

/* min/max evaluate each argument once and refuse to compare unlike types */
#define min(x, y)                                  \
	({                                         \
		__typeof__(x) _min1 = (x);         \
		__typeof__(y) _min2 = (y);         \
		(void)(&_min1 == &_min2);          \
		_min1 < _min2 ? _min1 : _min2;     \
	})
#define max(x, y)                                  \
	({                                         \
		__typeof__(x) _max1 = (x);         \
		__typeof__(y) _max2 = (y);         \
		(void)(&_max1 == &_max2);          \
		_max1 > _max2 ? _max1 : _max2;     \
	})
#define min3(x, y, z) min((__typeof__(x))min(x, y), z)
#define max3(x, y, z) max((__typeof__(x))max(x, y), z)
#define min_t(type, x, y)                          \
	({                                         \
		type __min1 = (x);                 \
		type __min2 = (y);                 \
		__min1 < __min2 ? __min1 : __min2; \
	})
#define max_t(type, x, y)                          \
	({                                         \
		type __max1 = (x);                 \
		type __max2 = (y);                 \
		__max1 > __max2 ? __max1 : __max2; \
	})
#define clamp(val, lo, hi) min((__typeof__(val))max(val, lo), hi)
#define clamp_t(type, val, lo, hi) min_t(type, max_t(type, val, lo), hi)
#define clamp_val(val, lo, hi) clamp_t(__typeof__(val), val, lo, hi)
#define swap(a, b)                          \
	do {                                \
		__typeof__(a) __tmp = (a);  \
		(a) = (b);                  \
		(b) = __tmp;                \
	} while (0)
#define abs(x)                                              \
	({                                                  \
		__typeof__(x) __x = (x);                    \
		(__x < 0) ? -__x : __x;                     \
	})

#define upper_32_bits(n) ((u32)(((n) >> 16) >> 16))
#define lower_32_bits(n) ((u32)(n))

/* Parsing numbers: return 0 or -EINVAL/-ERANGE, result untouched on error */
int __must_check kstrtoul(const char *s, unsigned int base, unsigned long *res);
int __must_check kstrtol(const char *s, unsigned int base, long *res);
int __must_check kstrtoull(const char *s, unsigned int base, unsigned long long *res);
int __must_check kstrtoll(const char *s, unsigned int base, long long *res);
int __must_check kstrtouint(const char *s, unsigned int base, unsigned int *res);
int __must_check kstrtoint(const char *s, unsigned int base, int *res);
int __must_check kstrtou16(const char *s, unsigned int base, u16 *res);
int __must_check kstrtos16(const char *s, unsigned int base, s16 *res);
int __must_check kstrtou8(const char *s, unsigned int base, u8 *res);
int __must_check kstrtos8(const char *s, unsigned int base, s8 *res);
int __must_check kstrtobool(const char *s, bool *res);

unsigned long simple_strtoul(const char *cp, char **endp, unsigned int base);
long simple_strtol(const char *cp, char **endp, unsigned int base);
unsigned long long simple_strtoull(const char *cp, char **endp, unsigned int base);
long long simple_strtoll(const char *cp, char **endp, unsigned int base);

int get_option(char **str, int *pint);
char *get_options(const char *str, int nints, int *ints);
char *next_arg(char *args, char **param, char **val);
unsigned long long memparse(const char *ptr, char **retptr);

__printf(3, 4) int snprintf(char *buf, size_t size, const char *fmt, ...);
int vsnprintf(char *buf, size_t size, const char *fmt, va_list args);
__printf(3, 4) int scnprintf(char *buf, size_t size, const char *fmt, ...);
int vscnprintf(char *buf, size_t size, const char *fmt, va_list args);
__printf(2, 3) int sprintf(char *buf, const char *fmt, ...);
int vsprintf(char *buf, const char *fmt, va_list args);
__printf(2, 3) char *kasprintf(gfp_t gfp, const char *fmt, ...);
char *kvasprintf(gfp_t gfp, const char *fmt, va_list args);

#define hex_asc_lo(x) ("0123456789abcdef"[((x) & 0x0f)])
#define hex_asc_hi(x) ("0123456789abcdef"[((x) & 0xf0) >> 4])
int hex_to_bin(char ch);

/* The address this function will return to: who called us (for reports) */
#define _RET_IP_ ((unsigned long)__builtin_return_address(0))
#define _THIS_IP_ ({ __label__ __here; __here: (unsigned long)&&__here; })

/*
 * system_state - how far the kernel has come. Linux stays silent about
 * sleeping with interrupts off while SYSTEM_BOOTING, because boot runs
 * with them off; start_kernel sets SYSTEM_RUNNING once they are on.
 */
enum system_states {
	SYSTEM_BOOTING,
	SYSTEM_RUNNING,
	SYSTEM_HALT,
	SYSTEM_POWER_OFF,
	SYSTEM_RESTART,
};
extern enum system_states system_state;
extern int panic_on_oops; /* arch/x86/kernel/dumpstack.c: an oops panics */

/*
 * The taint flags of 2.6.32, bit numbers as there: what has happened that
 * makes a later oops less trustworthy. print_tainted() shows them as one
 * letter each in this order ("Tainted: P      D   "); /proc/sys/kernel/tainted
 * shows the mask as a number. kernel/panic.c.
 */
#define TAINT_PROPRIETARY_MODULE 0 /* P (G when clear): a non-GPL module */
#define TAINT_FORCED_MODULE 1 /* F: insmod -f */
#define TAINT_UNSAFE_SMP 2 /* S: SMP on CPUs not made for it */
#define TAINT_FORCED_RMMOD 3 /* R: rmmod -f */
#define TAINT_MACHINE_CHECK 4 /* M: a machine check exception */
#define TAINT_BAD_PAGE 5 /* B: bad_page() found a page in a bad state */
#define TAINT_USER 6 /* U: user space asked (writing the sysctl) */
#define TAINT_DIE 7 /* D: the kernel has oopsed */
#define TAINT_OVERRIDDEN_ACPI_TABLE 8 /* A: an ACPI table was replaced */
#define TAINT_WARN 9 /* W: a WARN_ON() fired */
#define TAINT_CRAP 10 /* C: a staging driver was loaded */

void add_taint(unsigned int flag);
int test_taint(unsigned int flag);
unsigned long get_taint(void);
const char *print_tainted(void);
void oops_enter(void);
void oops_exit(void);

/**
 * might_sleep - annotate a function that may sleep
 *
 * With CONFIG_DEBUG_SPINLOCK_SLEEP (Linnet's Makefile turns it on; 2.6.32's
 * defconfig leaves it off), reports "BUG: sleeping function called from
 * invalid context" when called in atomic context (a spinlock held, an
 * interrupt handler) or with interrupts off (kernel/might_sleep.c), at most
 * once a second; it costs a call when fine. Without it, nothing: the kernel
 * is fully preemptible, so there is no voluntary reschedule to add here
 * (2.6.32's might_resched() is empty under CONFIG_PREEMPT).
 */
#if defined(CONFIG_DEBUG_SPINLOCK_SLEEP) || defined(LINNET_HOST)
/* (the host builds of kernel code link kernel/might_sleep.c or a stub of their own) */
void __might_sleep(const char *file, int line, int preempt_offset);
#define might_sleep() __might_sleep(__FILE__, __LINE__, 0)
#else
static inline void __might_sleep(const char *file, int line, int preempt_offset)
{
	(void)file, (void)line, (void)preempt_offset;
}
#define might_sleep() \
	do {          \
	} while (0)
#endif
#define might_sleep_if(cond)                  \
	do {                                  \
		if (cond)                     \
			might_sleep();        \
	} while (0)

#include <linux/math.h>

#endif /* _LINUX_KERNEL_H */
