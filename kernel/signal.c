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
#include <linux/signal.h>
#include <asm/ptrace.h>
#include <asm/uaccess.h>
#include <linux/slab.h>
#include <linux/cred.h>
#include <linux/hrtimer.h>

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

/* Record what a pending signal's siginfo will say */
static void set_sig_info(struct task_struct *t, int sig, int code, int pid, unsigned long addr)
{
	t->sig_info[sig - 1].code = code;
	t->sig_info[sig - 1].pid = pid;
	t->sig_info[sig - 1].addr = addr;
}

/**
 * force_sig_fault - send a fault's signal to a task, with its address and cause
 * @sig: SIGSEGV, SIGBUS...
 * @code: the si_code (SEGV_MAPERR, SEGV_ACCERR, BUS_ADRERR)
 * @addr: the faulting address (si_addr)
 * @t: the task (current)
 *
 * A fault's signal cannot be blocked or ignored away: if it is, its
 * handler goes back to SIG_DFL, as 2.6.32's force_sig_info does, so the
 * process dies instead of faulting forever.
 *
 * Context: the exception path.
 */
void force_sig_fault(int sig, int code, void __user *addr, struct task_struct *t)
{
	t->thread.cr2 = (unsigned long)addr;
	set_sig_info(t, sig, code, 0, (unsigned long)addr);
	if (t->sighand &&
	    ((t->blocked & sigmask(sig)) || t->sighand->action[sig - 1].handler == SIG_IGN)) {
		t->blocked &= ~sigmask(sig);
		t->sighand->action[sig - 1].handler = SIG_DFL;
	}
	force_sig(sig, t);
}

#define SIG_KERNEL_IGNORE_MASK \
	(sigmask(SIGCHLD) | sigmask(SIGURG) | sigmask(SIGWINCH) | sigmask(SIGCONT))
#define SIG_KERNEL_STOP_MASK \
	(sigmask(SIGSTOP) | sigmask(SIGTSTP) | sigmask(SIGTTIN) | sigmask(SIGTTOU))
#define SIG_KERNEL_ONLY_MASK (sigmask(SIGKILL) | sigmask(SIGSTOP))

static struct kmem_cache *sighand_cachep;

/**
 * sighand_alloc - a set of signal handlers, all SIG_DFL
 *
 * Context: process context; may sleep.
 * Return: the handlers (one reference), or NULL.
 */
struct sighand_struct *sighand_alloc(void)
{
	struct sighand_struct *sh;

	if (!sighand_cachep)
		sighand_cachep = kmem_cache_create("sighand_cache", sizeof(struct sighand_struct),
						   0, SLAB_PANIC, NULL);
	sh = kmem_cache_zalloc(sighand_cachep, GFP_KERNEL);
	if (sh)
		atomic_set(&sh->count, 1);
	return sh;
}

/**
 * sighand_put - drop a reference to a set of handlers
 * @sh: the handlers, or NULL
 *
 * Context: any.
 */
void sighand_put(struct sighand_struct *sh)
{
	if (sh && atomic_dec_and_test(&sh->count))
		kmem_cache_free(sighand_cachep, sh);
}

/**
 * flush_signal_handlers - execve: every caught signal goes back to SIG_DFL
 * @t: the task; ignored signals stay ignored, as POSIX says
 *
 * Context: process context.
 */
void flush_signal_handlers(struct task_struct *t)
{
	int i;

	for (i = 0; i < _NSIG; i++) {
		struct k_sigaction *ka = &t->sighand->action[i];

		if (ka->handler != SIG_IGN)
			ka->handler = SIG_DFL;
		ka->flags = 0;
		ka->restorer = NULL;
		ka->mask = 0;
	}
}

/**
 * sig_ignored - would @sig be thrown away on arrival at @t?
 * @t: a process
 * @sig: the signal
 *
 * A blocked signal is kept (it may be unblocked, or its disposition
 * change, before delivery); an ignored one, or one whose default action
 * is to ignore it, is not even queued, as in 2.6.32.
 *
 * Context: any.
 * Return: true if the signal would have no effect.
 */
bool sig_ignored(struct task_struct *t, int sig)
{
	void __user *handler;

	if (!t->sighand || (t->blocked & sigmask(sig)))
		return false;
	handler = t->sighand->action[sig - 1].handler;
	return handler == SIG_IGN ||
	       (handler == SIG_DFL && (SIG_KERNEL_IGNORE_MASK & sigmask(sig)));
}

/**
 * unhandled_signal - will @sig take its default action in @t? (for the fault reports)
 * @t: a process
 * @sig: the signal
 *
 * Context: any.
 * Return: true if no handler catches it.
 */
bool unhandled_signal(struct task_struct *t, int sig)
{
	void __user *handler = t->sighand ? t->sighand->action[sig - 1].handler : SIG_DFL;

	return handler == SIG_DFL || handler == SIG_IGN;
}

/* Deliver @sig to the process @p, from current (kill, tkill) */
static int send_user_signal(int sig, struct task_struct *p, int code)
{
	unsigned long flags;

	if (!sig)
		return 0;
	local_irq_save(flags);
	if (!sig_ignored(p, sig)) {
		set_sig_info(p, sig, code, current->tgid, 0);
		signal_wake_up(p, sig);
	}
	local_irq_restore(flags);
	return 0;
}

/**
 * kill_pid - send a signal to a process, by its id
 * @pid: the process (thread group) id
 * @sig: the signal; 0 only checks that the process exists
 * @priv: 1 if the kernel sends it (no permission check)
 *
 * 2.6.32 passes a struct pid *; Linnet has only pid numbers.
 *
 * Context: any; takes tasklist_lock with interrupts off.
 * Return: 0, -EINVAL (bad signal) or -ESRCH (no such process).
 */
int kill_pid(pid_t pid, int sig, int priv)
{
	struct task_struct *p;
	unsigned long flags;
	int ret = -ESRCH;

	if (sig < 0 || sig > _NSIG)
		return -EINVAL;
	spin_lock_irqsave(&tasklist_lock, flags);
	p = pid > 0 ? find_task_by_pid(pid) : NULL;
	if (p && !p->exit_state && p->mm)
		ret = send_user_signal(sig, p->group_leader, priv ? SI_KERNEL : SI_USER);
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return ret;
}

/**
 * kill_pgrp - send a signal to every process of a process group
 * @pgrp: the process group's id
 * @sig: the signal; 0 only checks that the group has a member
 * @priv: 1 if the kernel sends it (the tty layer's SIGINT, SIGHUP...):
 *        the siginfo says SI_KERNEL and no permission is checked
 *
 * 2.6.32's kill_pgrp takes a struct pid *; Linnet has only numbers, so
 * a group is the processes whose signal->pgrp is @pgrp.
 *
 * Context: any, including interrupt handlers; takes tasklist_lock.
 * Return: 0 if some process got it, -ESRCH if the group is empty,
 * -EINVAL for a bad signal.
 */
int kill_pgrp(pid_t pgrp, int sig, int priv)
{
	struct task_struct *p;
	unsigned long flags;
	int ret = -ESRCH;

	if (sig < 0 || sig > _NSIG)
		return -EINVAL;
	if (pgrp <= 0)
		return -ESRCH;
	spin_lock_irqsave(&tasklist_lock, flags);
	for_each_process(p)
	{
		if (p->signal->pgrp != pgrp || p->exit_state || !p->mm)
			continue;
		ret = send_user_signal(sig, p, priv ? SI_KERNEL : SI_USER);
	}
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return ret;
}
EXPORT_SYMBOL(kill_pgrp);

/* 2.6.32's check_kill_permission, for a signal a process sends */
static int check_kill_permission(int sig, struct task_struct *t)
{
	const struct cred *c = &current->cred;

	if (c->euid == t->cred.suid || c->euid == t->cred.uid || c->uid == t->cred.suid ||
	    c->uid == t->cred.uid || capable(CAP_KILL))
		return 0;
	if (sig == SIGCONT && task_session_nr(t) == task_session_nr(current))
		return 0;
	return -EPERM;
}

/* Send @sig to every process @match accepts; -ESRCH if none was found */
static int kill_matching(int sig, bool (*match)(struct task_struct *p, pid_t arg), pid_t arg)
{
	struct task_struct *p;
	unsigned long flags;
	int ret = -ESRCH, err;

	spin_lock_irqsave(&tasklist_lock, flags);
	for_each_process(p)
	{
		if (p->exit_state == EXIT_DEAD || !match(p, arg))
			continue;
		err = check_kill_permission(sig, p);
		if (err || !sig || p->exit_state)
			; /* a zombie exists, but takes no signal */
		else if (!p->mm)
			err = send_sig(sig, p, 0); /* a kernel thread: only if it allows it */
		else
			err = send_user_signal(sig, p, SI_USER);
		if (ret)
			ret = err;
	}
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return ret;
}

static bool in_pgrp(struct task_struct *p, pid_t pgrp)
{
	return p->signal->pgrp == pgrp;
}

/* kill(-1): everyone but init and the sender */
static bool not_init_nor_me(struct task_struct *p, pid_t unused)
{
	return p->tgid > 1 && p->tgid != current->tgid;
}

static bool is_pid(struct task_struct *p, pid_t pid)
{
	return p->tgid == pid;
}

/**
 * sys_kill - send a signal to a process or a process group (system call 37)
 * @pid: > 0 the process; 0 the caller's process group; -1 every process
 *       but init and the caller; < -1 the process group -@pid
 * @sig: the signal, 0 to test that the target exists
 *
 * Context: process context (system call).
 * Return: 0 if at least one process got it, -EINVAL (bad signal),
 * -ESRCH (nobody), -EPERM (not allowed to signal any of them).
 */
asmlinkage long sys_kill(int pid, int sig)
{
	if (sig < 0 || sig > _NSIG)
		return -EINVAL;
	if (pid > 0)
		return kill_matching(sig, is_pid, pid);
	if (pid == 0)
		return kill_matching(sig, in_pgrp, task_pgrp_nr(current));
	if (pid == -1)
		return kill_matching(sig, not_init_nor_me, 0);
	if (pid == INT_MIN)
		return -ESRCH;
	return kill_matching(sig, in_pgrp, -pid);
}

/**
 * sys_pause - sleep until a signal is delivered (system call 29)
 *
 * Context: process context (system call); sleeps.
 * Return: -ERESTARTNOHAND, which the signal code turns into -EINTR when
 * a handler ran (and restarts the sleep when the signal was ignored).
 */
asmlinkage long sys_pause(void)
{
	while (!signal_pending(current)) {
		set_current_state(TASK_INTERRUPTIBLE);
		if (!signal_pending(current))
			schedule();
		__set_current_state(TASK_RUNNING);
	}
	return -ERESTARTNOHAND;
}

/**
 * sys_tgkill - send a signal to one thread of a thread group (system call 270)
 * @tgid: the thread group
 * @pid: the thread
 * @sig: the signal
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL, -ESRCH.
 */
asmlinkage long sys_tgkill(int tgid, int pid, int sig)
{
	struct task_struct *p;

	if (sig < 0 || sig > _NSIG || pid <= 0 || tgid <= 0)
		return -EINVAL;
	p = find_task_by_pid(pid);
	if (!p || p->tgid != tgid || p->exit_state || !p->mm)
		return -ESRCH;
	return send_user_signal(sig, p, SI_TKILL);
}

/**
 * sys_tkill - send a signal to a thread (system call 238)
 * @pid: the thread
 * @sig: the signal
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL, -ESRCH.
 */
asmlinkage long sys_tkill(int pid, int sig)
{
	struct task_struct *p = pid > 0 ? find_task_by_pid(pid) : NULL;

	if (sig < 0 || sig > _NSIG || pid <= 0)
		return -EINVAL;
	return p ? sys_tgkill(p->tgid, pid, sig) : -ESRCH;
}

/**
 * struct user_sigaction - struct sigaction as i386 user space passes it to rt_sigaction
 * @handler: SIG_DFL, SIG_IGN or the handler
 * @flags: SA_* bits
 * @restorer: the return trampoline (SA_RESTORER)
 * @mask: the 64-bit mask of signals to block in the handler
 */
struct user_sigaction {
	void __user *handler;
	unsigned long flags;
	void __user *restorer;
	u64 mask;
};

/**
 * sys_rt_sigaction - read and set a signal's disposition (system call 174)
 * @sig: the signal
 * @act: the new disposition, or NULL
 * @oact: where the old one goes, or NULL
 * @sigsetsize: must be 8
 *
 * Linnet has signals 1 to 32 (no real-time signals yet): a higher one is
 * -EINVAL, as an unknown signal is.
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL (bad signal or size, SIGKILL/SIGSTOP), -EFAULT.
 */
asmlinkage long sys_rt_sigaction(int sig, const struct user_sigaction __user *act,
				 struct user_sigaction __user *oact, size_t sigsetsize)
{
	struct k_sigaction *ka;
	struct user_sigaction new, old;

	if (sigsetsize != sizeof(u64) || !valid_signal(sig) || !current->sighand)
		return -EINVAL;
	if (act && copy_from_user(&new, act, sizeof(new)))
		return -EFAULT;
	if (act && (SIG_KERNEL_ONLY_MASK & sigmask(sig)))
		return -EINVAL;
	ka = &current->sighand->action[sig - 1];
	old.handler = ka->handler;
	old.flags = ka->flags;
	old.restorer = ka->restorer;
	old.mask = ka->mask;
	if (act) {
		ka->handler = new.handler;
		ka->flags = new.flags;
		ka->restorer = new.restorer;
		ka->mask = (unsigned long)new.mask & ~SIG_KERNEL_ONLY_MASK;
		if (sig_ignored(current, sig)) { /* discard it if now pending */
			current->pending &= ~sigmask(sig);
		}
	}
	if (oact && copy_to_user(oact, &old, sizeof(old)))
		return -EFAULT;
	return 0;
}

static void recalc_sigpending(struct task_struct *t)
{
	if (t->pending & ~t->blocked)
		set_ti_thread_flag(task_thread_info(t), TIF_SIGPENDING);
	else
		clear_ti_thread_flag(task_thread_info(t), TIF_SIGPENDING);
}

/**
 * sys_rt_sigprocmask - change the set of blocked signals (system call 175)
 * @how: SIG_BLOCK, SIG_UNBLOCK or SIG_SETMASK
 * @set: the signals (a 64-bit set), or NULL to only read
 * @oset: where the old set goes, or NULL
 * @sigsetsize: must be 8
 *
 * SIGKILL and SIGSTOP cannot be blocked (silently, as in Linux).
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL, -EFAULT.
 */
asmlinkage long sys_rt_sigprocmask(int how, const u64 __user *set, u64 __user *oset,
				   size_t sigsetsize)
{
	struct task_struct *t = current;
	u64 old = t->blocked, new;
	unsigned long flags;

	if (sigsetsize != sizeof(u64))
		return -EINVAL;
	if (set) {
		if (copy_from_user(&new, set, sizeof(new)))
			return -EFAULT;
		local_irq_save(flags);
		if (how == SIG_BLOCK)
			t->blocked |= (unsigned long)new;
		else if (how == SIG_UNBLOCK)
			t->blocked &= ~(unsigned long)new;
		else if (how == SIG_SETMASK)
			t->blocked = (unsigned long)new;
		else {
			local_irq_restore(flags);
			return -EINVAL;
		}
		t->blocked &= ~SIG_KERNEL_ONLY_MASK;
		recalc_sigpending(t);
		local_irq_restore(flags);
	}
	if (oset && copy_to_user(oset, &old, sizeof(old)))
		return -EFAULT;
	return 0;
}

/**
 * dequeue_signal - take the next signal to deliver off the pending set
 * @tsk: current
 * @info: filled with what its siginfo says
 *
 * Context: process context, on the way back to user mode.
 * Return: the signal (SIGKILL first, then the lowest), or 0 if none is
 * pending and unblocked.
 */
int dequeue_signal(struct task_struct *tsk, struct ksignal_info *info)
{
	unsigned long flags, ready;
	int sig = 0;

	local_irq_save(flags);
	ready = tsk->pending & ~tsk->blocked;
	if (ready) {
		sig = (ready & sigmask(SIGKILL)) ? SIGKILL : __builtin_ctzl(ready) + 1;
		tsk->pending &= ~sigmask(sig);
		*info = tsk->sig_info[sig - 1];
	}
	if (sig == SIGALRM) { /* an interval ITIMER_REAL starts again now (kernel/itimer.c) */
		struct hrtimer *tmr = &tsk->signal->real_timer;

		if (!hrtimer_is_queued(tmr) && tsk->signal->it_real_incr.tv64 != 0) {
			hrtimer_forward(tmr, tmr->base->get_time(), tsk->signal->it_real_incr);
			hrtimer_start_expires(tmr, HRTIMER_MODE_ABS);
		}
	}
	recalc_sigpending(tsk);
	local_irq_restore(flags);
	return sig;
}

/**
 * do_no_restart_syscall - the restart block of a call that cannot be restarted
 * @parm: the restart block (unused)
 *
 * Context: process context (restart_syscall with nothing to restart).
 * Return: -EINTR.
 */
long do_no_restart_syscall(struct restart_block *parm)
{
	return -EINTR;
}

/**
 * sys_restart_syscall - finish the system call a signal interrupted (system call 0)
 *
 * The signal code sends user mode here, instead of to the interrupted
 * call, when that call returned -ERESTART_RESTARTBLOCK and no handler
 * ran; the call left in current's restart block how to go on.
 *
 * Context: process context (system call).
 * Return: what the restart function returns.
 */
asmlinkage long sys_restart_syscall(void)
{
	struct restart_block *restart = &current_thread_info()->restart_block;

	return restart->fn(restart);
}

/* A system call a signal interrupted: restart it or make it return -EINTR */
static void handle_restart(struct pt_regs *regs, struct k_sigaction *ka)
{
	if ((long)regs->orig_ax < 0)
		return; /* not in a system call */
	switch ((long)regs->ax) {
	case -ERESTART_RESTARTBLOCK:
	case -ERESTARTNOHAND:
		if (ka) {
			regs->ax = -EINTR;
			return;
		}
		break;
	case -ERESTARTSYS:
		if (ka && !(ka->flags & SA_RESTART)) {
			regs->ax = -EINTR;
			return;
		}
		break;
	case -ERESTARTNOINTR:
		break;
	default:
		return;
	}
	/* int $0x80 is two bytes: run it again with the original number */
	regs->ax = (long)regs->ax == -ERESTART_RESTARTBLOCK ? 0 : regs->orig_ax;
	regs->ip -= 2;
}

/* The default action: ignore, stop (not yet: ignored), or end the process */
static void default_action(int sig)
{
	if (sigmask(sig) & (SIG_KERNEL_IGNORE_MASK | SIG_KERNEL_STOP_MASK))
		return;
	do_exit(sig);
}

/**
 * do_notify_resume - deliver a signal on the way back to user mode
 * @regs: the user registers the return will restore
 *
 * Takes the next pending unblocked signal. Its handler, if it has one,
 * gets a signal frame on the user stack (arch/x86/kernel/signal.c) and
 * the signal (and sa_mask) is blocked while it runs; SIG_IGN drops it;
 * SIG_DFL does the default action: ignore (SIGCHLD, SIGURG, SIGWINCH,
 * SIGCONT), end the process with the signal as its status (the others;
 * no core files are written, as with RLIMIT_CORE 0). A system call the
 * signal interrupted is restarted or fails with -EINTR, by 2.6.32's
 * rules. Job-control stops (SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU) are not
 * implemented yet: they are ignored (docs/processes.md).
 *
 * Context: entry_32.asm's work_notifysig, interrupts on.
 */
asmlinkage void do_notify_resume(struct pt_regs *regs)
{
	struct task_struct *tsk = current;
	struct ksignal_info info;
	struct k_sigaction *ka;
	int sig;

	for (;;) {
		sig = dequeue_signal(tsk, &info);
		if (!sig || !tsk->sighand) {
			handle_restart(regs, NULL);
			return;
		}
		ka = &tsk->sighand->action[sig - 1];
		if (ka->handler == SIG_IGN)
			continue;
		if (ka->handler == SIG_DFL) {
			default_action(sig);
			continue;
		}
		handle_restart(regs, ka);
		if (setup_signal_frame(sig, ka, &info, tsk->blocked, regs)) {
			force_sig_fault(SIGSEGV, SI_KERNEL, NULL, tsk);
			return;
		}
		if (ka->flags & SA_RESETHAND)
			ka->handler = SIG_DFL;
		local_irq_disable();
		tsk->blocked |= ka->mask | (ka->flags & SA_NODEFER ? 0 : sigmask(sig));
		tsk->blocked &= ~SIG_KERNEL_ONLY_MASK;
		recalc_sigpending(tsk);
		local_irq_enable();
		return;
	}
}
