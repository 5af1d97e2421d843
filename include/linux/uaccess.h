/*
 * uaccess.h - user-space accessors (<asm/uaccess.h>), and reading kernel
 * memory that may not be there.
 *
 * pagefault_disable() makes the page-fault handler treat any fault as
 * one it cannot serve (in_atomic() is true), so a faulting __get_user()
 * goes straight to its exception-table fixup and returns -EFAULT instead
 * of sleeping on mmap_sem. probe_kernel_address() uses that to read a
 * kernel address safely: the oops's "Code:" line reads the bytes around
 * a bad EIP with it (arch/x86/kernel/dumpstack.c). As in 2.6.32.
 */
#ifndef _LINUX_UACCESS_H
#define _LINUX_UACCESS_H

#include <linux/preempt.h>
#include <asm/uaccess.h>

/**
 * pagefault_disable - make page faults fail instead of being served
 *
 * Context: any; pairs with pagefault_enable().
 */
static inline void pagefault_disable(void)
{
	inc_preempt_count();
	barrier();
}

/**
 * pagefault_enable - serve page faults again
 *
 * Context: after pagefault_disable().
 */
static inline void pagefault_enable(void)
{
	barrier();
	dec_preempt_count();
	barrier();
	preempt_check_resched();
}

/**
 * probe_kernel_address - read a value at a kernel address that may be unmapped
 * @addr: the address; its type gives the size (1, 2 or 4 bytes)
 * @retval: the variable to read into
 *
 * Context: any. Does not sleep.
 * Return: 0, or -EFAULT if the address could not be read.
 */
#define probe_kernel_address(addr, retval)                                        \
	({                                                                        \
		long __pk_ret;                                                    \
		mm_segment_t __pk_old_fs = get_fs();                              \
                                                                                  \
		set_fs(KERNEL_DS);                                                \
		pagefault_disable();                                              \
		__pk_ret = __get_user(retval, (__force typeof(retval) __user *)(addr)); \
		pagefault_enable();                                               \
		set_fs(__pk_old_fs);                                              \
		__pk_ret;                                                         \
	})

#endif /* _LINUX_UACCESS_H */
