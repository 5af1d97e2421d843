/*
 * sys_ni.c - the answer for a system call Linnet does not have: -ENOSYS.
 *
 * Every number without an implementation points here (the table in
 * arch/x86/kernel/syscall_table_32.asm), and so does every number past
 * the table. Programs rely on the answer: glibc tries newer calls first
 * (statx, clock_gettime64...) and falls back when the kernel says
 * -ENOSYS, as an older Linux does. Each number is reported once, at
 * KERN_INFO, so the gaps show in dmesg without flooding it (`quiet`
 * keeps them off the console; numbers from 511 up share one report).
 * Linux 2.6.32's sys_ni_syscall reports
 * nothing; the report is Linnet's, to show what a program is missing.
 * See docs/processes.md.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/bitmap.h>
#include <asm/ptrace.h>

#define NI_REPORTED_MAX 512

static DECLARE_BITMAP(ni_reported, NI_REPORTED_MAX);

/**
 * sys_ni_syscall - a system call that is not implemented
 * @regs: the caller's registers; orig_ax is the number asked for
 *
 * Context: process context (system call).
 * Return: -ENOSYS.
 */
asmlinkage long sys_ni_syscall(struct pt_regs *regs)
{
	unsigned long nr = regs->orig_ax;

	/* Numbers past the bitmap share its last bit: one report for all */
	if (!test_and_set_bit(min(nr, NI_REPORTED_MAX - 1UL), ni_reported))
		printk(KERN_INFO "%s[%d]: system call %lu not implemented (-ENOSYS)\n",
		       current->comm, current->pid, nr);
	return -ENOSYS;
}
