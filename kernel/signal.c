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
#include <linux/module.h>
#include <linux/sched.h>
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/irqflags.h>

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
EXPORT_SYMBOL(send_sig);

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
EXPORT_SYMBOL(force_sig);

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
EXPORT_SYMBOL(flush_signals);

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
EXPORT_SYMBOL(allow_signal);

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
EXPORT_SYMBOL(disallow_signal);
