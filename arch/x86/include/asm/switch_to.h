/*
 * asm/switch_to.h - switching the CPU from one task's stack to another's (i386).
 *
 * A task that is not running is nothing but its kernel stack and two
 * words in its task_struct: the stack pointer, and where to resume. The
 * C compiler already saved whatever caller-saved registers it needed
 * before calling into schedule(); switch_to saves the callee-saved ones
 * (%ebp explicitly, %ebx/%esi/%edi by telling GCC they are clobbered, so
 * it keeps nothing live in them), stores %esp and the resume address in
 * prev->thread, loads next's %esp and jumps to next's resume address:
 *
 *   prev's stack            next's stack
 *   | ...         |         | ...          |
 *   | saved %ebp  |<- sp    | saved %ebp   |<- next->thread.sp
 *   prev->thread.ip = 1f    jmp *next->thread.ip  (its "1:", or
 *                                                  ret_from_fork)
 *
 * It returns in next, at label 1 of next's last switch_to, with %eax
 * still holding the task we came from: `last`, which the scheduler needs
 * to free a dead task once nobody runs on its stack. On the way, with
 * next's stack already in place, it calls __switch_to(prev, next)
 * (arch/x86/kernel/process_32.c: the TSS's esp0, the TLS descriptors,
 * the lazy FPU), whose `ret` goes to next's resume address. This is
 * Linux 2.6.32's i386 switch_to.
 * See docs/sched.md.
 */
#ifndef _ASM_SWITCH_TO_H
#define _ASM_SWITCH_TO_H

struct task_struct;

__attribute__((regparm(3))) struct task_struct *__switch_to(struct task_struct *prev,
							   struct task_struct *next);

#define switch_to(prev, next, last)                                          \
	do {                                                                 \
		unsigned long ebx, ecx, edx, esi, edi;                       \
		__asm__ __volatile__("pushl %%ebp\n\t"                       \
				     "movl %%esp, %[prev_sp]\n\t"            \
				     "movl %[next_sp], %%esp\n\t"            \
				     "movl $1f, %[prev_ip]\n\t"              \
				     "pushl %[next_ip]\n\t"                  \
				     "jmp __switch_to\n"                     \
				     "1:\tpopl %%ebp\n\t"                    \
				     : [prev_sp] "=m"(prev->thread.sp),      \
				       [prev_ip] "=m"(prev->thread.ip),      \
				       "=a"(last), "=b"(ebx), "=c"(ecx),     \
				       "=d"(edx), "=S"(esi), "=D"(edi)       \
				     : [next_sp] "m"(next->thread.sp),       \
				       [next_ip] "m"(next->thread.ip),       \
				       "a"(prev), "d"(next)                  \
				     : "memory");                            \
	} while (0)

#endif /* _ASM_SWITCH_TO_H */
