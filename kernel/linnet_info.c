/*
 * linnet_info.c - a system call of Linnet's own: linnet_info(info, flags)
 * copies a small record about the running kernel (task counts, free
 * memory, HZ) to the caller's buffer. It is lab 7's (docs/labs/lab7-syscall.md):
 * the classic first kernel exercise, adding a call to the table.
 *
 * A system call is an ordinary C function with the asmlinkage calling
 * convention: entry_32.asm's system_call saves the user's registers as a
 * struct pt_regs, whose first six words are %ebx %ecx %edx %esi %edi
 * %ebp, and calls sys_call_table[%eax]; so those registers are the
 * function's arguments, and its return value goes back in %eax. A
 * negative value from -4095 to -1 is an error: glibc's syscall() turns
 * it into -1 and errno.
 *
 * Everything the caller hands over is untrusted. @flags is checked
 * against the bits the call knows (unknown bits: -EINVAL, so that a
 * later kernel can give them a meaning without old kernels silently
 * ignoring them), and the record goes out through copy_to_user(), which
 * checks that the destination is user memory (access_ok) and catches a
 * fault on an unmapped or read-only page (-EFAULT), never an oops.
 *
 * Linux 2.6.32 has no such call: the nearest are sysinfo(2)
 * (kernel/sys.c:sys_sysinfo) and /proc/meminfo. Its number, 511, is
 * past every number Linux has used (include/linnet/linnet_info.h says
 * why). Read docs/processes.md next for the path of a system call.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linnet/linnet_info.h>
#include <asm/uaccess.h>

/**
 * sys_linnet_info - copy facts about the running kernel to user space
 * @info: the caller's buffer for a struct linnet_info
 * @flags: LINNET_INFO_TASKS and/or LINNET_INFO_MEM; 0 fills only size, flags and hz
 *
 * Context: process context (system call 511); may sleep (a page fault
 * in copy_to_user()).
 * Return: sizeof(struct linnet_info) on success, -EINVAL for a flag
 * outside LINNET_INFO_ALL (nothing is written), -EFAULT if @info is not
 * writable user memory.
 */
asmlinkage long sys_linnet_info(struct linnet_info __user *info, unsigned int flags)
{
	/* LAB 7: BEGIN SOLUTION */
	struct linnet_info val;

	if (flags & ~LINNET_INFO_ALL)
		return -EINVAL;
	memset(&val, 0, sizeof(val));
	val.size = sizeof(val);
	val.flags = flags;
	val.hz = HZ;
	if (flags & LINNET_INFO_TASKS) {
		val.nr_tasks = nr_threads() - 1; /* not the idle task */
		val.nr_running = nr_running();
	}
	if (flags & LINNET_INFO_MEM) {
		val.free_pages = nr_free_pages();
		val.total_pages = totalram_pages;
	}
	if (copy_to_user(info, &val, sizeof(val)))
		return -EFAULT;
	return sizeof(val);
	/* LAB 7: END SOLUTION (skeleton: return -ENOSYS;) */
}
