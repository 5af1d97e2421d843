/*
 * exit.c - the end of a task.
 *
 * A kernel thread ends by returning from its function or by calling
 * do_exit(). It cannot free its own stack: it is running on it. So it
 * records its exit code, tells kthread_stop() (if anyone waits), leaves
 * the list of tasks, marks itself TASK_DEAD and calls schedule() for
 * the last time; the scheduler, now on the next task's stack, drops the
 * dead task's reference (kernel/sched.c:finish_task_switch), and the
 * last reference frees the stack and the task_struct
 * (kernel/fork.c:__put_task_struct). An oops in a thread ends here too
 * (arch/x86/kernel/dumpstack.c:oops_end). See docs/sched.md.
 */
#include <linux/sched.h>
#include <linux/kernel.h>
#include <linux/kthread.h>
#include <linux/irqflags.h>
#include <linux/mm.h>
#include <asm/mmu_context.h>

/*
 * A process lets go of its address space: the CPU moves to init_mm
 * first, so the last mmput() never frees the page directory under us.
 */
static void exit_mm(struct task_struct *tsk)
{
	struct mm_struct *mm = tsk->mm;

	if (!mm)
		return;
	preempt_disable();
	tsk->mm = NULL;
	tsk->active_mm = &init_mm;
	switch_mm(mm, &init_mm, tsk);
	preempt_enable();
	mmput(mm);
}

/**
 * do_exit - end the current task
 * @code: its exit code, returned by kthread_stop()
 *
 * Context: process context (or the oops path of a task). Does not return.
 */
void __noreturn do_exit(long code)
{
	struct task_struct *tsk = current;

	if (unlikely(in_interrupt()))
		panic("Aiee, killing interrupt handler!");
	if (unlikely(tsk == &init_task))
		panic("Attempted to kill the idle task!");
	if (unlikely(in_atomic())) {
		printk(KERN_INFO "note: %s[%d] exited with preempt_count %d\n", tsk->comm, tsk->pid,
		       preempt_count());
		preempt_count() = 0;
	}
	tsk->flags |= PF_EXITING;
	exit_mm(tsk);
	tsk->exit_code = code;
	if (tsk->kthread)
		complete(&tsk->kthread->exited);

	preempt_disable();
	local_irq_disable();
	unlink_task(tsk);
	tsk->state = TASK_DEAD;
	schedule();
	BUG();
}

/**
 * sys_exit - end the calling thread
 * @error_code: the exit status (its low 8 bits reach the parent)
 *
 * Context: process context (system call). Does not return.
 */
asmlinkage long sys_exit(int error_code)
{
	do_exit((error_code & 0xff) << 8);
}

/**
 * sys_exit_group - end every thread of the calling process
 * @error_code: the exit status
 *
 * Linnet's processes have one thread until clone(CLONE_THREAD) lands,
 * so this is sys_exit.
 *
 * Context: process context (system call). Does not return.
 */
asmlinkage long sys_exit_group(int error_code)
{
	do_exit((error_code & 0xff) << 8);
}
