/*
 * asm/ptrace.h - struct pt_regs, the registers saved on interrupt entry.
 *
 * arch/x86/kernel/entry_32.asm builds this frame on the stack for every exception and
 * interrupt: the CPU pushes eflags, cs and eip (and an error code for some
 * exceptions), the stub pushes the vector and, where the CPU gave none, a
 * zero error code, then the segment and general registers. The handler in
 * C receives a pointer to it. The layout is exactly Linux 2.6.32's i386
 * pt_regs: the vector is not in it (do_trap_or_irq gets it as an
 * argument; an interrupt's orig_ax is ~vector, a system call's its
 * number). A system call's frame is at the top of the task's kernel
 * stack (task_pt_regs), and its first six words are the call's
 * arguments. See docs/processes.md.
 */
#ifndef _ASM_PTRACE_H
#define _ASM_PTRACE_H

#include <linux/types.h>

/**
 * struct pt_regs - the interrupted context, as arch/x86/kernel/entry_32.asm saved it
 * @bx: general registers, in the order the entry stub pushes them
 * @cx: ecx
 * @dx: edx
 * @si: esi
 * @di: edi
 * @bp: ebp, the frame pointer the backtrace starts from
 * @ax: eax
 * @ds: data segment
 * @es: extra segment
 * @fs: fs
 * @gs: gs
 * @orig_ax: the system call number; for an exception the CPU's error
 *           code (0 for vectors that have none); for an interrupt ~vector
 * @ip: where the interrupted code was
 * @cs: its code segment
 * @flags: its eflags
 * @sp: the user's stack pointer; only present if the CPU came from user mode
 * @ss: the user's stack segment; likewise
 */
struct pt_regs {
	unsigned long bx;
	unsigned long cx;
	unsigned long dx;
	unsigned long si;
	unsigned long di;
	unsigned long bp;
	unsigned long ax;
	unsigned long ds;
	unsigned long es;
	unsigned long fs;
	unsigned long gs;
	unsigned long orig_ax;
	unsigned long ip;
	unsigned long cs;
	unsigned long flags;
	unsigned long sp;
	unsigned long ss;
};

/*
 * An interrupt taken in kernel mode pushes no esp/ss: the interrupted
 * stack pointer is where those fields would have been.
 */
static inline unsigned long kernel_stack_pointer(struct pt_regs *regs)
{
	return (unsigned long)&regs->sp;
}

#define instruction_pointer(regs) ((regs)->ip)

/* user_mode - did the CPU come from ring 3 (the privilege level in the saved cs)? */
#define user_mode(regs) (((regs)->cs & 3) == 3)

#endif /* _ASM_PTRACE_H */
