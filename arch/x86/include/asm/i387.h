/*
 * asm/i387.h - the FPU and SSE state of tasks (arch/x86/kernel/i387.c).
 */
#ifndef _ASM_I387_H
#define _ASM_I387_H

struct task_struct;

void fpu_init(void);
void stts(void);
void unlazy_fpu(struct task_struct *tsk);
void clear_fpu(struct task_struct *tsk);
void math_state_restore(void);

#endif /* _ASM_I387_H */
