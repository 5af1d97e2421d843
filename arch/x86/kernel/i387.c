/*
 * i387.c - the FPU and SSE registers of processes, saved lazily.
 *
 * A process may use the x87 FPU and SSE (glibc's string functions do);
 * the kernel never does (it is built with -mno-sse -mno-80387). The FPU
 * state is 512 bytes (fxsave's image), too big to save and restore at
 * every task switch for the processes that never touch it, so Linux
 * 2.6.32 does it lazily, and so does Linnet:
 *
 *   __switch_to:   if the FPU holds prev's state (TS_USEDFPU), fxsave it
 *                  into prev->thread and set CR0.TS (otherwise it is set)
 *   first FPU/SSE instruction of the next task: #NM (device not available)
 *   math_state_restore: clear CR0.TS; fxrstor the task's saved state, or
 *                  start from a clean FPU (fninit, MXCSR 0x1f80) if it
 *                  never used one; mark TS_USEDFPU
 *
 * So a task that never computes in floating point never costs a save.
 * A task that does compute pays a trap at every switch instead; so, as
 * 2.6.32, each restore counts (task->fpu_counter), and once a task has
 * used the FPU in more than 5 switches in a row, __switch_to clears
 * CR0.TS and loads its state at once (__math_state_restore), without
 * waiting for the trap. A switch in which it did not touch the FPU sets
 * the count back to 0 (__unlazy_fpu in asm/i387.h). Linux 4.14 dropped
 * the lazy switch: every switch saves and loads the FPU state (eager),
 * which costs little with xsaveopt and closed the LazyFP leak.
 *
 * Linux 3.7 to 4.13 had both, chosen at boot with `eagerfpu=`, and so has
 * Linnet: `eagerfpu=on` never sets CR0.TS; __switch_to loads the next
 * task's state at once if it has one (a kernel thread has none, and the
 * registers keep what they held, already saved), and exec gives a program
 * a clean FPU at once rather than at its first FPU instruction. Every
 * place that saved the running task's state without switching (fork,
 * signal delivery and sigreturn) gives the registers back with
 * fpu_reload(). The default, `auto`, is eager in 3.7+ only on CPUs with
 * xsaveopt, which Linnet does not use: lazy, as 2.6.32. Under QEMU's TCG
 * the choice shows in the boot's time: CR0.TS is part of the key of each
 * translated block, so the lazy switch has much code translated twice
 * (docs/performance.md).
 * SSE needs CR4.OSFXSR (the OS saves XMM registers with fxsave) and
 * CR4.OSXMMEXCPT (SIMD exceptions as #XF); fpu_init() sets them when the
 * CPU has fxsave. Linux 2.6.32 allocates the state on first use
 * (thread.xstate, with xsave's larger areas); Linnet keeps the fxsave
 * image in the thread_struct and has no xsave. See docs/processes.md.
 */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <asm/processor.h>
#include <asm/i387.h>

#define X86_CR0_MP 0x00000002UL
#define X86_CR0_EM 0x00000004UL
#define X86_CR0_TS 0x00000008UL
#define X86_CR0_NE 0x00000020UL
#define X86_CR4_OSFXSR 0x00000200UL
#define X86_CR4_OSXMMEXCPT 0x00000400UL
#define X86_FEATURE_FXSR_BIT 24 /* CPUID.1:EDX */
#define MXCSR_DEFAULT 0x1f80

/* eagerfpu=on: the FPU state follows the task at every switch, CR0.TS never set */
bool eager_fpu;

static int __init eager_fpu_setup(char *s)
{
	if (!strcmp(s, "on"))
		eager_fpu = true;
	else if (!strcmp(s, "off") || !strcmp(s, "auto"))
		eager_fpu = false;
	return 1;
}
early_param("eagerfpu=", eager_fpu_setup);

/**
 * stts - set CR0.TS: the next FPU instruction traps (#NM)
 *
 * Context: any.
 */
void stts(void)
{
	write_cr0(read_cr0() | X86_CR0_TS);
}

/**
 * fpu_init - let user mode use the FPU and SSE, with lazy switching
 *
 * CR0.TS is set, so a task's first FPU instruction traps; with
 * eagerfpu=on it is clear, and stays so.
 *
 * Context: boot, after the early parameters.
 */
void fpu_init(void)
{
	unsigned int a, b, c, d;

	cpuid(1, &a, &b, &c, &d);
	if (!(d & (1U << X86_FEATURE_FXSR_BIT)))
		panic("Linnet needs a CPU with fxsave (Pentium II or later)");
	set_in_cr4(X86_CR4_OSFXSR | X86_CR4_OSXMMEXCPT);
	write_cr0((read_cr0() & ~(X86_CR0_EM | X86_CR0_TS)) | X86_CR0_MP | X86_CR0_NE |
		  (eager_fpu ? 0 : X86_CR0_TS));
}

static void fxsave(struct task_struct *tsk)
{
	__asm__ __volatile__("fxsave %0; fnclex" : "=m"(tsk->thread.fpu) : : "memory");
}

/**
 * unlazy_fpu - save @tsk's FPU state and set CR0.TS, if the FPU holds it
 * @tsk: the task leaving the CPU (or forking: its child copies the state)
 *
 * With eagerfpu=on CR0.TS stays clear: the registers are free for the
 * next task's state, or for fpu_reload().
 *
 * Context: interrupts off, or preemption off.
 */
void unlazy_fpu(struct task_struct *tsk)
{
	struct thread_info *ti = task_thread_info(tsk);

	/* CR0.TS is already set unless the FPU holds @tsk's state (2.6.32's __unlazy_fpu) */
	if (ti->status & TS_USEDFPU) {
		fxsave(tsk);
		ti->status &= ~TS_USEDFPU;
		if (!eager_fpu)
			stts();
	}
}

/**
 * fpu_reload - give the running task its FPU registers back (eagerfpu=on)
 *
 * After unlazy_fpu() saved them without a switch (fork, a signal frame,
 * sigreturn) or exec forgot them: the saved state is loaded, or a clean
 * FPU for a task without one. The lazy switch has nothing to do: CR0.TS
 * is set, and the task's next FPU instruction traps.
 *
 * Context: preemption off.
 */
void fpu_reload(void)
{
	if (eager_fpu && !(current->flags & PF_KTHREAD))
		__math_state_restore();
}

/**
 * clear_fpu - forget the current task's FPU state (execve)
 * @tsk: the task
 *
 * Context: process context.
 */
void clear_fpu(struct task_struct *tsk)
{
	preempt_disable();
	task_thread_info(tsk)->status &= ~TS_USEDFPU;
	tsk->thread.fpu_used = false;
	tsk->fpu_counter = 0; /* the new program earns its own preload (2.6.32's flush_thread) */
	if (eager_fpu)
		fpu_reload(); /* a clean FPU now: no trap will ask for it */
	else
		stts();
	preempt_enable();
}

/**
 * __math_state_restore - load the current task's FPU state; CR0.TS is clear
 *
 * From math_state_restore() (the trap) and from __switch_to (a task
 * that used the FPU in more than 5 switches in a row gets it at once).
 * The FPU holds the task's registers from now on (TS_USEDFPU), and the
 * run of switches that used the FPU grows by one.
 *
 * Context: interrupts off.
 */
void __math_state_restore(void)
{
	struct task_struct *tsk = current;

	if (!tsk->thread.fpu_used) {
		u32 mxcsr = MXCSR_DEFAULT;

		__asm__ __volatile__("fninit; ldmxcsr %0" : : "m"(mxcsr));
		tsk->thread.fpu_used = true;
	} else {
		__asm__ __volatile__("fxrstor %0" : : "m"(tsk->thread.fpu));
	}
	task_thread_info(tsk)->status |= TS_USEDFPU;
	tsk->fpu_counter++;
}

/**
 * math_state_restore - the #NM trap: give the FPU to the current task
 *
 * Context: the exception path (device not available), interrupts off.
 */
void math_state_restore(void)
{
	clts();
	__math_state_restore();
}
