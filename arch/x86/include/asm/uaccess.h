/*
 * asm/uaccess.h - copying between the kernel and user space (i386).
 *
 * A system call's pointer arguments come from the process and may point
 * anywhere: into the kernel (an attack), at an unmapped page (a bug), or
 * at a page not yet faulted in (perfectly normal). Two defences, as in
 * Linux 2.6.32:
 *
 *  1. access_ok() checks the range lies below the task's address limit
 *     (TASK_SIZE for a process; a kernel thread's limit is the whole
 *     4 GiB, set_fs(KERNEL_DS), so drivers' read() and write() also work
 *     on kernel buffers when the shell or a test calls them).
 *  2. The instructions that touch user memory are listed in the
 *     exception table (__ex_table: pairs of "this instruction may fault,
 *     continue there"). A page fault the fault handler cannot resolve
 *     (no vma, wrong permissions) on one of them does not oops:
 *     arch/x86/mm/extable.c:fixup_exception sends the CPU to the fixup,
 *     which makes the copy return what it could not copy (or -EFAULT).
 *
 * A fault on a valid address is simply handled (a demand-zero page, a
 * copy-on-write) and the copy goes on. Linux 2.6.32's i386 versions
 * unroll the copy loops for speed; Linnet's use `rep movsl`/`rep movsb`,
 * whose registers say exactly how far the copy got when it faults.
 * See docs/processes.md.
 */
#ifndef _ASM_UACCESS_H
#define _ASM_UACCESS_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/errno.h>
#include <linux/thread_info.h>
#include <asm/page.h>
#include <asm/processor.h>

#define VERIFY_READ 0
#define VERIFY_WRITE 1

#define MAKE_MM_SEG(s) ((mm_segment_t){ (s) })
#ifdef LINNET_HOST
/* The host build (tests/fuzz/vfs_host.c) runs in a 64-bit process: no limit */
#define KERNEL_DS MAKE_MM_SEG(~0UL)
#else
#define KERNEL_DS MAKE_MM_SEG(0xFFFFFFFFUL)
#endif
#define USER_DS MAKE_MM_SEG(TASK_SIZE)
#define get_ds() (KERNEL_DS)
#define get_fs() (current_thread_info()->addr_limit)
#define set_fs(x) (current_thread_info()->addr_limit = (x))
#define segment_eq(a, b) ((a).seg == (b).seg)

/* Is addr + size <= the limit, without wrapping (2.6.32's __range_ok)? */
static inline bool __range_ok(unsigned long addr, unsigned long size)
{
	unsigned long limit = current_thread_info()->addr_limit.seg;

	return size <= limit && addr <= limit - size;
}

/**
 * access_ok - could this user range be accessed at all?
 * @type: VERIFY_READ or VERIFY_WRITE (i386 checks both the same way)
 * @addr: the start
 * @size: its size in bytes
 *
 * Only the range is checked; the pages may still be absent (the copy
 * handles that).
 *
 * Context: process context.
 * Return: true if the range lies below the address limit.
 */
#define access_ok(type, addr, size) __range_ok((unsigned long)(addr), (unsigned long)(size))

/**
 * struct exception_table_entry - an instruction that may fault, and where to go if it does
 * @insn: the address of the instruction
 * @fixup: where execution continues when it faults
 */
struct exception_table_entry {
	unsigned long insn, fixup;
};

struct pt_regs;
int fixup_exception(struct pt_regs *regs);
void sort_main_extable(void);
const struct exception_table_entry *search_exception_tables(unsigned long addr);

#define _ASM_EXTABLE(from, to)                  \
	".section __ex_table,\"a\"\n\t"         \
	".balign 4\n\t"                         \
	".long " #from ", " #to "\n\t"          \
	".previous\n"

/* One load of @itype ("b", "w", "l") from user memory; -EFAULT in @err on a fault */
#define __get_user_asm(x, addr, err, itype, rtype)                     \
	__asm__ __volatile__("1:	mov" itype " %2, %" rtype "1\n" \
			     "2:\n"                                     \
			     ".section .fixup,\"ax\"\n"                 \
			     "3:	movl %3, %0\n"                  \
			     "	xor" itype " %" rtype "1, %" rtype "1\n" \
			     "	jmp 2b\n"                               \
			     ".previous\n" _ASM_EXTABLE(1b, 3b)         \
			     : "+r"(err), "=q"(x)                       \
			     : "m"(*(addr)), "i"(-EFAULT))

#define __put_user_asm(x, addr, err, itype, rtype)                     \
	__asm__ __volatile__("1:	mov" itype " %" rtype "1, %2\n" \
			     "2:\n"                                     \
			     ".section .fixup,\"ax\"\n"                 \
			     "3:	movl %3, %0\n"                  \
			     "	jmp 2b\n"                               \
			     ".previous\n" _ASM_EXTABLE(1b, 3b)         \
			     : "+r"(err)                                \
			     : "q"(x), "m"(*(addr)), "i"(-EFAULT)       \
			     : "memory")

/* Never defined: a call left after optimisation (a bad size) stops the build */
extern void __get_user_bad(void) __attribute__((error("get_user of an unsupported size")));
extern void __put_user_bad(void) __attribute__((error("put_user of an unsupported size")));

#ifdef LINNET_HOST
/*
 * The host build has no user space: a "user" pointer is a pointer of the
 * test program, read and written directly (any size, as on x86-64).
 */
#define __get_user(x, ptr) ({ (x) = *(ptr); 0; })
#define __put_user(x, ptr) ({ *(ptr) = (x); 0; })
#else
/**
 * __get_user - read one value from user space, without access_ok()
 * @x: the variable to store it in (0 on a fault)
 * @ptr: the user address; its type gives the size (1, 2 or 4 bytes)
 *
 * Context: process context; may sleep (the page may need faulting in).
 * Return: 0, or -EFAULT.
 */
#define __get_user(x, ptr)                                                        \
	({                                                                        \
		int __gu_err = 0;                                                 \
		unsigned long __gu_val;                                           \
		switch (sizeof(*(ptr))) {                                         \
		case 1: {                                                         \
			u8 __v;                                                   \
			__get_user_asm(__v, (const u8 __force *)(ptr), __gu_err, "b", "b"); \
			__gu_val = __v;                                           \
			break;                                                    \
		}                                                                 \
		case 2: {                                                         \
			u16 __v;                                                  \
			__get_user_asm(__v, (const u16 __force *)(ptr), __gu_err, "w", "w"); \
			__gu_val = __v;                                           \
			break;                                                    \
		}                                                                 \
		case 4: {                                                         \
			u32 __v;                                                  \
			__get_user_asm(__v, (const u32 __force *)(ptr), __gu_err, "l", "k"); \
			__gu_val = __v;                                           \
			break;                                                    \
		}                                                                 \
		default:                                                          \
			__gu_val = 0;                                             \
			__get_user_bad();                                         \
		}                                                                 \
		(x) = (__typeof__(*(ptr)))__gu_val;                               \
		__gu_err;                                                         \
	})

/**
 * __put_user - write one value to user space, without access_ok()
 * @x: the value
 * @ptr: the user address; its type gives the size (1, 2, 4 or 8 bytes)
 *
 * Context: process context; may sleep.
 * Return: 0, or -EFAULT.
 */
#define __put_user(x, ptr)                                                          \
	({                                                                          \
		int __pu_err = 0;                                                   \
		__typeof__(*(ptr)) __pu_val = (x);                                  \
		switch (sizeof(*(ptr))) {                                           \
		case 1:                                                             \
			__put_user_asm(*(u8 *)&__pu_val, (u8 __force *)(ptr), __pu_err, "b", "b"); \
			break;                                                      \
		case 2:                                                             \
			__put_user_asm(*(u16 *)&__pu_val, (u16 __force *)(ptr), __pu_err, "w", "w"); \
			break;                                                      \
		case 4:                                                             \
			__put_user_asm(*(u32 *)&__pu_val, (u32 __force *)(ptr), __pu_err, "l", "k"); \
			break;                                                      \
		case 8:                                                             \
			__pu_err = __copy_to_user((ptr), &__pu_val, 8) ? -EFAULT : 0; \
			break;                                                      \
		default:                                                            \
			__put_user_bad();                                           \
		}                                                                   \
		__pu_err;                                                           \
	})

#endif /* LINNET_HOST */

/**
 * get_user - read one value from user space
 * @x: the variable to store it in (0 on a fault)
 * @ptr: the user address; its type gives the size (evaluated once, as
 *       in Linux: get_user(c, p++) moves p by one)
 *
 * Context: process context; may sleep.
 * Return: 0, or -EFAULT (a bad pointer never oopses).
 */
#define get_user(x, ptr)                                                 \
	({                                                               \
		__typeof__(ptr) __gu_p = (ptr); /* evaluated once */     \
		int __r = -EFAULT;                                       \
		if (access_ok(VERIFY_READ, __gu_p, sizeof(*__gu_p)))     \
			__r = __get_user((x), __gu_p);                   \
		else                                                     \
			(x) = 0;                                         \
		__r;                                                     \
	})

/**
 * put_user - write one value to user space
 * @x: the value
 * @ptr: the user address; its type gives the size
 *
 * Context: process context; may sleep.
 * Return: 0, or -EFAULT.
 */
#define put_user(x, ptr)                                                              \
	({                                                                            \
		__typeof__(ptr) __pu_p = (ptr); /* evaluated once */                  \
		int __r = -EFAULT;                                                    \
		if (access_ok(VERIFY_WRITE, __pu_p, sizeof(*__pu_p)))                 \
			__r = __put_user((x), __pu_p);                                \
		__r;                                                                  \
	})

unsigned long __copy_to_user(void __user *to, const void *from, unsigned long n);
unsigned long __copy_from_user(void *to, const void __user *from, unsigned long n);
unsigned long copy_to_user(void __user *to, const void *from, unsigned long n);
unsigned long copy_from_user(void *to, const void __user *from, unsigned long n);
unsigned long clear_user(void __user *to, unsigned long n);
unsigned long __clear_user(void __user *to, unsigned long n);
long strncpy_from_user(char *dst, const char __user *src, long count);
long strnlen_user(const char __user *s, long n);
#define strlen_user(str) strnlen_user(str, LONG_MAX)
#define __copy_to_user_inatomic __copy_to_user
#define __copy_from_user_inatomic __copy_from_user

#endif /* _ASM_UACCESS_H */
