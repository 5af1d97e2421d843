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
#include <linux/module.h>
#include <linux/sched.h>
#include <linux/kernel.h>
#include <linux/kthread.h>
#include <linux/irqflags.h>

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
EXPORT_SYMBOL_GPL(do_exit);
