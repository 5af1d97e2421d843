/*
 * asm/ptrace.h - struct pt_regs, the registers saved on interrupt entry.
 *
 * arch/x86/kernel/entry_32.asm builds this frame on the stack for every exception and
 * interrupt: the CPU pushes eflags, cs and eip (and an error code for some
 * exceptions), the stub pushes the vector and, where the CPU gave none, a
 * zero error code, then the segment and general registers. The handler in
 * C receives a pointer to it. The order is Linux's i386 pt_regs, with the
 * vector number kept in its own field.
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
 * @trapno: the vector number (0-31 exceptions, 32-47 the 8259A's IRQs)
 * @orig_ax: the CPU's error code, or 0 for vectors that have none
 * @ip: where the interrupted code was
 * @cs: its code segment
 * @flags: its eflags
 * @sp: only present if the interrupt came from user mode (never, here)
 * @ss: likewise
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
	unsigned long trapno;
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

#endif /* _ASM_PTRACE_H */
