/*
 * asm/i387.h - the FPU and SSE state of tasks (arch/x86/kernel/i387.c).
 */
#ifndef _ASM_I387_H
#define _ASM_I387_H

#include <linux/sched.h>

void fpu_init(void);
void stts(void);

/* clts - clear CR0.TS: FPU instructions run without the #NM trap */
static inline void clts(void)
{
	__asm__ __volatile__("clts");
}
void unlazy_fpu(struct task_struct *tsk);
void clear_fpu(struct task_struct *tsk);
void math_state_restore(void);
void __math_state_restore(void);
void fpu_reload(void);

extern bool eager_fpu;

/**
 * use_eager_fpu - whether the FPU state is switched eagerly (eagerfpu=on)
 *
 * Inline, as Linux 3.7's: __switch_to asks it at every switch to a task
 * with an FPU state.
 *
 * Context: any.
 * Return: true with eagerfpu=on, false for 2.6.32's lazy switch.
 */
static inline bool use_eager_fpu(void)
{
	return eager_fpu;
}

/**
 * __unlazy_fpu - a task leaves the CPU (or forks): save its FPU state
 * @tsk: the task
 *
 * If the FPU holds @tsk's registers they are saved and CR0.TS set
 * (unlazy_fpu()); if @tsk did not use the FPU since it last got the CPU,
 * its run of FPU-using switches ends (@tsk->fpu_counter back to 0, so
 * __switch_to stops preloading its state), as 2.6.32's __unlazy_fpu.
 *
 * Context: interrupts off, or preemption off.
 */
static inline void __unlazy_fpu(struct task_struct *tsk)
{
	if (task_thread_info(tsk)->status & TS_USEDFPU)
		unlazy_fpu(tsk);
	else
		tsk->fpu_counter = 0;
}

#endif /* _ASM_I387_H */
