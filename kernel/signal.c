/*
 * signal.c - signals, as much as kernel threads need.
 *
 * Linnet has no user space, so a signal carries no handler: it is a bit
 * in the target's pending set and the TIF_SIGPENDING flag on its
 * thread_info. What a signal does is end an interruptible sleep: the
 * sender wakes the target if it sleeps in TASK_INTERRUPTIBLE (or, for
 * SIGKILL, TASK_KILLABLE), and the sleep primitive sees
 * signal_pending(current) and returns -ERESTARTSYS (or -EINTR).
 *
 * As in Linux, kernel threads ignore signals unless they ask for them:
 * a thread that wants to be interruptible calls allow_signal(SIGINT);
 * send_sig() of a signal it has not allowed is dropped. force_sig()
 * delivers whatever the thread allowed. The thread clears what it has
 * handled with flush_signals(current). See docs/sched.md.
 */
#include <linux/sched.h>
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/irqflags.h>
#include <linux/signal.h>
#include <asm/ptrace.h>

#define sigmask(sig) (1UL << ((sig)-1))

static bool valid_signal(int sig)
{
	return sig > 0 && sig <= _NSIG;
}

/* Mark @sig pending for @p and end an interruptible sleep */
static void signal_wake_up(struct task_struct *p, int sig)
{
	unsigned int state = TASK_INTERRUPTIBLE;

	p->pending |= sigmask(sig);
	set_ti_thread_flag(task_thread_info(p), TIF_SIGPENDING);
	if (sig == SIGKILL)
		state |= TASK_WAKEKILL;
	wake_up_state(p, state);
}

/**
 * send_sig - send a signal to a kernel thread
 * @sig: the signal number (1 to 32)
 * @p: the thread
 * @priv: 1 if sent by the kernel itself (no permission check either way)
 *
 * A signal the thread has not allowed (allow_signal()) is ignored, as a
 * Linux kernel thread ignores it.
 *
 * Context: any, including hard interrupt handlers.
 * Return: 0, or -EINVAL for a bad signal number.
 */
int send_sig(int sig, struct task_struct *p, int priv)
{
	unsigned long flags;

	if (!valid_signal(sig))
		return -EINVAL;
	local_irq_save(flags);
	if (p->allowed & sigmask(sig))
		signal_wake_up(p, sig);
	local_irq_restore(flags);
	return 0;
}

/**
 * force_sig - send a signal the thread cannot ignore
 * @sig: the signal number (1 to 32)
 * @p: the thread; @sig becomes allowed for it
 *
 * Context: any, including hard interrupt handlers.
 */
void force_sig(int sig, struct task_struct *p)
{
	unsigned long flags;

	if (WARN_ON(!valid_signal(sig)))
		return;
	local_irq_save(flags);
	p->allowed |= sigmask(sig);
	signal_wake_up(p, sig);
	local_irq_restore(flags);
}

/**
 * flush_signals - forget every pending signal of a thread
 * @t: the thread (usually current, after it handled them)
 *
 * Context: any.
 */
void flush_signals(struct task_struct *t)
{
	unsigned long flags;

	local_irq_save(flags);
	t->pending = 0;
	clear_ti_thread_flag(task_thread_info(t), TIF_SIGPENDING);
	local_irq_restore(flags);
}

/**
 * allow_signal - let the current kernel thread receive a signal
 * @sig: the signal number
 *
 * Context: process context.
 * Return: 0, or -EINVAL for a bad signal number.
 */
int allow_signal(int sig)
{
	if (!valid_signal(sig))
		return -EINVAL;
	current->allowed |= sigmask(sig);
	return 0;
}

/**
 * disallow_signal - ignore a signal again, dropping it if pending
 * @sig: the signal number
 *
 * Context: process context.
 * Return: 0, or -EINVAL for a bad signal number.
 */
int disallow_signal(int sig)
{
	struct task_struct *t = current;
	unsigned long flags;

	if (!valid_signal(sig))
		return -EINVAL;
	local_irq_save(flags);
	t->allowed &= ~sigmask(sig);
	t->pending &= ~sigmask(sig);
	if (!t->pending)
		clear_ti_thread_flag(task_thread_info(t), TIF_SIGPENDING);
	local_irq_restore(flags);
	return 0;
}

/**
 * force_sig_fault - send a fault's signal to a task, with its address and cause
 * @sig: SIGSEGV, SIGBUS...
 * @code: the si_code (SEGV_MAPERR, SEGV_ACCERR, BUS_ADRERR)
 * @addr: the faulting address (si_addr)
 * @t: the task (current)
 *
 * The address and cause are kept in @t->thread (cr2, error_code) for the
 * report; with no handler frames yet (docs/processes.md), the signal's
 * default action ends the process.
 *
 * Context: the exception path.
 */
void force_sig_fault(int sig, int code, void __user *addr, struct task_struct *t)
{
	t->thread.cr2 = (unsigned long)addr;
	force_sig(sig, t);
}

/**
 * do_notify_resume - the signal work on the way back to user mode
 * @regs: the user registers the return will restore
 *
 * A process has no handlers yet (docs/processes.md): every pending
 * signal takes its default action. SIGCHLD, SIGURG, SIGWINCH and
 * SIGCONT are ignored; every other signal ends the process, with the
 * signal number as its status (as a parent's wait() reports a signal
 * death).
 *
 * Context: entry_32.asm's work_notifysig, interrupts on.
 */
asmlinkage void do_notify_resume(struct pt_regs *regs)
{
	struct task_struct *tsk = current;
	unsigned long ignored =
		sigmask(SIGCHLD) | sigmask(SIGURG) | sigmask(SIGWINCH) | sigmask(SIGCONT);
	unsigned long pending;
	unsigned long flags;

	local_irq_save(flags);
	pending = tsk->pending & ~ignored;
	tsk->pending = 0;
	clear_ti_thread_flag(task_thread_info(tsk), TIF_SIGPENDING);
	local_irq_restore(flags);
	if (pending)
		do_exit(__builtin_ctzl(pending) + 1);
}
