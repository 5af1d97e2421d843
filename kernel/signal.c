/*
 * signal.c - sending, queueing and delivering signals.
 *
 * A signal sent to a thread (tkill, a fault) goes on that thread's
 * pending set; one sent to a process (kill) on the process's shared
 * set, which any of its threads not blocking it may take. A pending set
 * (struct sigpending) is a bitmap plus a list of struct sigqueue, each
 * holding one signal's siginfo:
 *
 *   task->pending.signal   ...0100 0000 0001 0000   (SIGUSR1, SIGRTMIN+2)
 *   task->pending.list  -> [SIGUSR1 pid 7] -> [34 val 1] -> [34 val 2]
 *
 * A standard signal (1..31) sent while it is already pending is dropped:
 * they coalesce (legacy_queue). A real-time one (32..64) queues a new
 * sigqueue each time, and they are delivered one by one, in the order
 * sent, lowest number first (collect_signal). Each sigqueue is charged
 * to the receiver's user; past RLIMIT_SIGPENDING a real-time signal
 * sent with a siginfo (sigqueue, a timer) fails with -EAGAIN, while one
 * sent by kill() or the kernel still sets its bit, with no siginfo.
 *
 * The target is then woken (signal_wake_up: TIF_SIGPENDING and an end to
 * an interruptible sleep, which returns -ERESTARTSYS or -EINTR), and on
 * its way back to user mode do_notify_resume() dequeues the signal and
 * runs its handler (arch/x86/kernel/signal.c) or its default action.
 *
 * Kernel threads ignore signals unless they ask for them (as in Linux):
 * allow_signal(SIGINT) makes one interruptible; send_sig() of a signal
 * it has not allowed is dropped; flush_signals(current) clears them.
 *
 * 2.6.32 charges a sigqueue to the user_struct that the receiving
 * task's cred points to; Linnet's cred holds only the ids, so the
 * user_struct is found by the receiver's uid (kernel/user.c). See
 * docs/processes.md, sections 7 and 13.
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
#include <linux/signalfd.h>
#include <linux/ptrace.h>

static bool valid_signal(int sig)
{
	return sig > 0 && sig <= _NSIG;
}

static struct kmem_cache *sigqueue_cachep;

/**
 * signals_init - create the sigqueue cache
 *
 * Context: boot, from fork_init().
 */
void __init signals_init(void)
{
	sigqueue_cachep =
		kmem_cache_create("sigqueue", sizeof(struct sigqueue), 0, SLAB_PANIC, NULL);
}

/*
 * A sigqueue for a signal to @t, charged to @t's user: refused past
 * RLIMIT_SIGPENDING unless @override_rlimit (2.6.32's __sigqueue_alloc).
 */
static struct sigqueue *__sigqueue_alloc(struct task_struct *t, gfp_t flags, int override_rlimit)
{
	struct user_struct *user = alloc_uid(t->cred.uid, flags);
	struct sigqueue *q = NULL;

	if (!user)
		return NULL;
	atomic_inc(&user->sigpending);
	if (override_rlimit || (unsigned long)atomic_read(&user->sigpending) <=
				       t->signal->rlim[RLIMIT_SIGPENDING].rlim_cur)
		q = kmem_cache_zalloc(sigqueue_cachep, flags);
	if (!q) {
		atomic_dec(&user->sigpending);
		free_uid(user);
		return NULL;
	}
	INIT_LIST_HEAD(&q->list);
	q->user = user;
	return q;
}

static void __sigqueue_free(struct sigqueue *q)
{
	if (q->flags & SIGQUEUE_PREALLOC)
		return; /* the POSIX timer owns it */
	atomic_dec(&q->user->sigpending);
	free_uid(q->user);
	kmem_cache_free(sigqueue_cachep, q);
}

/**
 * flush_sigqueue - empty a pending set, freeing its sigqueues
 * @queue: the set
 *
 * Context: any; interrupts off or the set no longer reachable.
 */
void flush_sigqueue(struct sigpending *queue)
{
	struct sigqueue *q;

	queue->signal = 0;
	while (!list_empty(&queue->list)) {
		/* cppcheck-suppress nullPointer ; container_of's offsetof */
		q = list_first_entry(&queue->list, struct sigqueue, list);
		list_del_init(&q->list);
		__sigqueue_free(q);
	}
}

/* Take the signals of @mask off @s, with their sigqueues (2.6.32's rm_from_queue_full) */
static void rm_from_queue(sigset_t mask, struct sigpending *s)
{
	struct sigqueue *q, *n;

	if (!(s->signal & mask))
		return;
	s->signal &= ~mask;
	list_for_each_entry_safe(q, n, &s->list, list) {
		if (sigmask(q->info.signo) & mask) {
			list_del_init(&q->list);
			__sigqueue_free(q);
		}
	}
}

/* @t has a signal to look at: end its interruptible (or, @resume, killable or stopped) sleep */
static void signal_wake_up(struct task_struct *t, int resume)
{
	set_ti_thread_flag(task_thread_info(t), TIF_SIGPENDING);
	wake_up_state(t, TASK_INTERRUPTIBLE | (resume ? TASK_WAKEKILL : 0));
}

/* Is @sig one a kernel thread takes? (1..32, and allowed) */
static bool kthread_allows(struct task_struct *p, int sig)
{
	return !(p->flags & PF_KTHREAD) || (sig <= 32 && (p->allowed & (1UL << (sig - 1))));
}

/**
 * send_sig - send a signal to one thread (a kernel thread, or a process's)
 * @sig: the signal number (1 to 64; a kernel thread takes 1 to 32)
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
	struct ksignal_info info = { .signo = sig, .code = priv ? SI_KERNEL : SI_USER };
	unsigned long flags;

	if (!valid_signal(sig))
		return -EINVAL;
	if (!priv) {
		info.pid = current->tgid;
		info.uid = current->cred.uid;
	}
	local_irq_save(flags);
	if (kthread_allows(p, sig))
		__send_signal(sig, &info, p, false);
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
	struct ksignal_info info = { .signo = sig, .code = SI_KERNEL };

	if (WARN_ON(!valid_signal(sig)))
		return;
	if (sig <= 32)
		p->allowed |= 1UL << (sig - 1);
	force_sig_info(sig, &info, p);
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
	flush_sigqueue(&t->pending);
	clear_ti_thread_flag(task_thread_info(t), TIF_SIGPENDING);
	local_irq_restore(flags);
}
EXPORT_SYMBOL(flush_signals);

/* Drop the POSIX timers' signals from a pending set, keep the rest */
static void __flush_itimer_signals(struct sigpending *pending)
{
	sigset_t signal = pending->signal, retain = 0;
	struct sigqueue *q, *n;

	list_for_each_entry_safe(q, n, &pending->list, list) {
		int sig = q->info.signo;

		if (q->info.code != SI_TIMER) {
			sigaddset(&retain, sig);
		} else {
			sigdelset(&signal, sig);
			list_del_init(&q->list);
			__sigqueue_free(q);
		}
	}
	pending->signal = signal | retain;
}

/**
 * flush_itimer_signals - exec: forget the signals of the timers just deleted
 *
 * exit_itimers() deleted the process's POSIX timers; a signal one of
 * them had queued (si_code SI_TIMER) must not reach the new program,
 * which never made that timer. Other pending signals stay.
 *
 * Context: process context (exec), after exit_itimers().
 */
void flush_itimer_signals(void)
{
	struct task_struct *tsk = current;
	unsigned long flags;

	local_irq_save(flags);
	__flush_itimer_signals(&tsk->pending);
	__flush_itimer_signals(&tsk->signal->shared_pending);
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
	if (sig <= 32)
		current->allowed |= 1UL << (sig - 1);
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
	if (sig <= 32)
		t->allowed &= ~(1UL << (sig - 1));
	rm_from_queue(sigmask(sig), &t->pending);
	if (!t->pending.signal)
		clear_ti_thread_flag(task_thread_info(t), TIF_SIGPENDING);
	local_irq_restore(flags);
	return 0;
}
EXPORT_SYMBOL(disallow_signal);

/**
 * force_sig_info - send a signal to a thread that it cannot block or ignore
 * @sig: the signal
 * @info: its siginfo
 * @t: the thread
 *
 * If @t blocks or ignores @sig, its handler goes back to SIG_DFL and it
 * is unblocked, as 2.6.32 does for a fault's signal: a process must not
 * fault forever. A signal that will take its default action makes init
 * killable (SIGNAL_UNKILLABLE is cleared), as in 2.6.32.
 *
 * Context: any.
 * Return: 0.
 */
int force_sig_info(int sig, const struct ksignal_info *info, struct task_struct *t)
{
	unsigned long flags;

	local_irq_save(flags);
	if (t->sighand &&
	    (sigismember(&t->blocked, sig) || t->sighand->action[sig - 1].handler == SIG_IGN)) {
		sigdelset(&t->blocked, sig);
		t->sighand->action[sig - 1].handler = SIG_DFL;
	}
	/* a fault init does not catch kills even init (then the kernel panics) */
	if (t->sighand && t->sighand->action[sig - 1].handler == SIG_DFL)
		t->signal->flags &= ~SIGNAL_UNKILLABLE;
	__send_signal(sig, info, t, false);
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
 * A fault's signal cannot be blocked or ignored away: if it is, its
 * handler goes back to SIG_DFL, as 2.6.32's force_sig_info does, so the
 * process dies instead of faulting forever.
 *
 * Context: the exception path.
 */
void force_sig_fault(int sig, int code, void __user *addr, struct task_struct *t)
{
	struct ksignal_info info = { .signo = sig, .code = code, .addr = (unsigned long)addr };

	t->thread.cr2 = (unsigned long)addr;
	force_sig_info(sig, &info, t);
}

#define SIG_KERNEL_IGNORE_MASK \
	(sigmask(SIGCHLD) | sigmask(SIGURG) | sigmask(SIGWINCH) | sigmask(SIGCONT))
#define SIG_KERNEL_STOP_MASK \
	(sigmask(SIGSTOP) | sigmask(SIGTSTP) | sigmask(SIGTTIN) | sigmask(SIGTTOU))

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
	if (sh && atomic_dec_and_test(&sh->count)) {
		signalfd_cleanup(sh);
		kmem_cache_free(sighand_cachep, sh);
	}
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
 * change, before delivery), and so is one a sigtimedwait() waits for
 * (blocked outside the wait: real_blocked); an ignored one, or one whose default action
 * is to ignore it, is not even queued, as in 2.6.32. Nor is any signal
 * init (SIGNAL_UNKILLABLE) leaves at SIG_DFL, SIGKILL included: no process
 * can kill or stop init, as 2.6.32's sig_task_ignored.
 *
 * Context: any.
 * Return: true if the signal would have no effect.
 */
bool sig_ignored(struct task_struct *t, int sig)
{
	void __user *handler;

	/* real_blocked: a signal sigtimedwait waits for is never ignored */
	if (!t->sighand || sigismember(&t->blocked, sig) || sigismember(&t->real_blocked, sig))
		return false;
	handler = t->sighand->action[sig - 1].handler;
	/* a tracer wants to hear even of ignored signals (tracehook_consider_ignored_signal) */
	if (t->ptrace & PT_PTRACED)
		return false;
	/* init takes only the signals it catches: SIGKILL and SIGSTOP too (sig_task_ignored) */
	if (handler == SIG_DFL && (t->signal->flags & SIGNAL_UNKILLABLE))
		return true;
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

/* Does the whole thread group block @sig? (then no thread can take it now) */
static bool wants_signal(int sig, struct task_struct *t)
{
	if (sigismember(&t->blocked, sig))
		return false;
	if (t->exit_state || (t->flags & PF_EXITING))
		return false;
	return sig == SIGKILL || !task_is_stopped_or_traced(t);
}

static void recalc_sigpending_tsk(struct task_struct *t)
{
	if ((t->pending.signal | t->signal->shared_pending.signal) & ~t->blocked)
		set_ti_thread_flag(task_thread_info(t), TIF_SIGPENDING);
	else
		clear_ti_thread_flag(task_thread_info(t), TIF_SIGPENDING);
}

#define recalc_sigpending(t) recalc_sigpending_tsk(t)

/* The thread after @t in @p's group, NULL after the last */
static struct task_struct *next_thread_in(struct task_struct *p, struct task_struct *t)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof */
	t = list_entry(t->thread_group.next, struct task_struct, thread_group);
	return t == p->group_leader ? NULL : t;
}

/* Each thread of @p's group, the leader first */
#define for_each_thread_in(p, t) for (t = (p)->group_leader; t; t = next_thread_in(p, t))

/* Is @sig's effect on @p to end the whole process? (2.6.32's sig_fatal) */
static bool sig_fatal(struct task_struct *p, int sig)
{
	void __user *handler = p->sighand ? p->sighand->action[sig - 1].handler : SIG_DFL;

	return handler == SIG_DFL &&
	       !(sigmask(sig) & (SIG_KERNEL_IGNORE_MASK | SIG_KERNEL_STOP_MASK));
}

/*
 * What a signal does on its way in, before it is queued (2.6.32's
 * prepare_signal): a stop signal cancels a pending SIGCONT; SIGCONT
 * cancels pending stop signals and resumes a stopped process, which
 * tells its parent CLD_CONTINUED when it runs again. Returns false if
 * the signal is to be dropped.
 */
static bool prepare_signal(int sig, struct task_struct *p)
{
	struct signal_struct *signal = p->signal;
	struct task_struct *t;

	if (signal->flags & SIGNAL_GROUP_EXIT)
		return sig == SIGKILL; /* it is dying anyway */
	if (sigmask(sig) & SIG_KERNEL_STOP_MASK) {
		rm_from_queue(sigmask(SIGCONT), &signal->shared_pending);
		for_each_thread_in(p, t) rm_from_queue(sigmask(SIGCONT), &t->pending);
	} else if (sig == SIGCONT) {
		rm_from_queue(SIG_KERNEL_STOP_MASK, &signal->shared_pending);
		for_each_thread_in(p, t)
		{
			rm_from_queue(SIG_KERNEL_STOP_MASK, &t->pending);
			wake_up_state(t, __TASK_STOPPED);
		}
		if (signal->flags & SIGNAL_STOP_STOPPED) {
			signal->flags = SIGNAL_STOP_CONTINUED | SIGNAL_CLD_CONTINUED;
			signal->group_exit_code = 0;
			for_each_thread_in(p, t)
				set_ti_thread_flag(task_thread_info(t), TIF_SIGPENDING);
		}
	}
	return !sig_ignored(p, sig);
}

/*
 * A process-wide signal was queued: wake a thread that can take it. A
 * fatal one takes the whole group down at once: every thread gets
 * SIGKILL (2.6.32's complete_signal).
 */
static void complete_signal(int sig, struct task_struct *p)
{
	struct signal_struct *signal = p->signal;
	struct task_struct *t, *target = NULL;

	if (wants_signal(sig, p))
		target = p;
	else
		for_each_thread_in(p, t) if (wants_signal(sig, t))
		{
			target = t;
			break;
		}
	if (!target)
		return; /* all block it: it waits in shared_pending */
	/* a traced process's tracer sees a fatal signal first (but SIGKILL) */
	if (sig_fatal(p, sig) && !signal_group_exit(signal) &&
	    !sigismember(&target->real_blocked, sig) && !(signal->flags & SIGNAL_UNKILLABLE) &&
	    (sig == SIGKILL || !(target->ptrace & PT_PTRACED))) {
		signal->flags = SIGNAL_GROUP_EXIT;
		signal->group_exit_code = sig;
		signal->group_stop_count = 0;
		for_each_thread_in(p, t)
		{
			sigaddset(&t->pending.signal, SIGKILL);
			signal_wake_up(t, 1);
		}
		return;
	}
	signal_wake_up(target, sig == SIGKILL);
}

/**
 * zap_other_threads - SIGKILL to every other thread of @p's process
 * @p: the thread that stays (exit_group's caller, or exec's: de_thread)
 *
 * Each gets SIGKILL in its own pending set and is woken, even from a
 * stop; it ends in do_group_exit() when it next looks at its signals.
 * The group stop is cancelled. As 2.6.32's.
 *
 * Context: tasklist_lock held, interrupts off.
 * Return: how many threads were sent SIGKILL.
 */
int zap_other_threads(struct task_struct *p)
{
	struct task_struct *t = p;
	int count = 0;

	p->signal->group_stop_count = 0;
	while_each_thread(p, t)
	{
		count++;
		if (t->exit_state) /* a zombie leader: nothing to kill */
			continue;
		sigaddset(&t->pending.signal, SIGKILL);
		signal_wake_up(t, 1);
	}
	return count;
}

/**
 * __send_signal - queue a signal for a thread or its whole process
 * @sig: the signal (not 0)
 * @info: what its siginfo will say
 * @t: the thread, or any thread of the process for @group
 * @group: true for a process-wide signal (kill), false for one thread (tkill, faults)
 *
 * A standard signal already pending is dropped (they coalesce); any
 * other gets a sigqueue with @info. A standard signal, or one the kernel
 * or kill() sends (si_code >= 0), is not refused for want of a sigqueue:
 * its bit is set with no siginfo (delivered as SI_USER). A real-time
 * signal sent with a siginfo past RLIMIT_SIGPENDING is refused.
 *
 * Context: any; interrupts off.
 * Return: 0, or -EAGAIN (refused, as above).
 */
int __send_signal(int sig, const struct ksignal_info *info, struct task_struct *t, bool group)
{
	struct sigpending *pending = group ? &t->signal->shared_pending : &t->pending;
	int override_rlimit = sig < SIGRTMIN && info->code >= 0;
	struct sigqueue *q;

	if (!prepare_signal(sig, t))
		return 0;
	if (sig < SIGRTMIN && sigismember(&pending->signal, sig))
		return 0; /* legacy_queue: one of each standard signal */
	q = __sigqueue_alloc(t, GFP_ATOMIC, override_rlimit);
	if (q) {
		q->info = *info;
		q->info.signo = sig;
		list_add_tail(&q->list, &pending->list);
	} else if (sig >= SIGRTMIN && info->code != SI_USER) {
		return -EAGAIN; /* a queue overflow: sigqueue() must say so */
	}
	signalfd_notify(t, sig);
	sigaddset(&pending->signal, sig);
	if (group)
		complete_signal(sig, t);
	else if (!sigismember(&t->blocked, sig))
		signal_wake_up(t, sig == SIGKILL);
	return 0;
}

/**
 * send_sig_info - send a signal with a siginfo to a thread or process
 * @sig: the signal (not 0)
 * @info: its siginfo
 * @t: the thread, or a thread of the process for @group
 * @group: process-wide (kill) or to @t alone (tkill)
 *
 * Context: any.
 * Return: 0, or -EAGAIN (a real-time signal's queue is full).
 */
int send_sig_info(int sig, const struct ksignal_info *info, struct task_struct *t, bool group)
{
	unsigned long flags;
	int ret;

	local_irq_save(flags);
	ret = __send_signal(sig, info, t, group);
	local_irq_restore(flags);
	return ret;
}

/* Deliver @sig to the process @p, from current (kill) */
static int send_user_signal(int sig, struct task_struct *p, int code)
{
	struct ksignal_info info = { .code = code, .pid = current->tgid, .uid = current->cred.uid };

	if (!sig)
		return 0;
	if (code == SI_KERNEL)
		info.pid = info.uid = 0;
	return send_sig_info(sig, &info, p, true);
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
		else if (p->flags & PF_KTHREAD)
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

/* tkill/tgkill: a signal for one thread, with the sender in its siginfo */
static long do_tkill(int sig, struct task_struct *p)
{
	struct ksignal_info info = { .code = SI_TKILL,
				     .pid = current->tgid,
				     .uid = current->cred.uid };
	int err = check_kill_permission(sig, p);

	if (err || !sig)
		return err;
	return send_sig_info(sig, &info, p, false);
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
	return do_tkill(sig, p);
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

/*
 * rt_sigaction's struct sigaction, as i386 user space passes it, is laid
 * out as struct k_sigaction itself: handler, flags, restorer, then the
 * 64-bit mask at offset 12 (2.6.32's k_sigaction wraps that very struct),
 * so it is copied whole. sigaction's older struct is converted.
 */
static_assert(sizeof(struct k_sigaction) == 20 && offsetof(struct k_sigaction, mask) == 12);

/**
 * do_sigaction - read and set a signal's disposition
 * @sig: the signal
 * @act: the new disposition, or NULL
 * @oact: filled with the old one, or NULL
 *
 * A signal that becomes ignored is dropped from every pending set of the
 * process, as 2.6.32 does.
 *
 * Context: process context.
 * Return: 0, or -EINVAL (bad signal, or SIGKILL/SIGSTOP with @act).
 */
int do_sigaction(int sig, const struct k_sigaction *act, struct k_sigaction *oact)
{
	struct task_struct *tsk = current, *t;
	struct k_sigaction *ka;
	unsigned long flags;

	if (!valid_signal(sig) || !tsk->sighand || (act && (SIG_KERNEL_ONLY_MASK & sigmask(sig))))
		return -EINVAL;
	ka = &tsk->sighand->action[sig - 1];
	local_irq_save(flags);
	if (oact)
		*oact = *ka;
	if (act) {
		*ka = *act;
		ka->mask &= ~SIG_KERNEL_ONLY_MASK;
		if (ka->handler == SIG_IGN ||
		    (ka->handler == SIG_DFL && (SIG_KERNEL_IGNORE_MASK & sigmask(sig)))) {
			rm_from_queue(sigmask(sig), &tsk->signal->shared_pending);
			for_each_thread_in(tsk, t)
			{
				rm_from_queue(sigmask(sig), &t->pending);
				recalc_sigpending_tsk(t);
			}
		}
	}
	local_irq_restore(flags);
	return 0;
}

/**
 * sys_rt_sigaction - read and set a signal's disposition (system call 174)
 * @sig: the signal
 * @act: the new disposition, or NULL
 * @oact: where the old one goes, or NULL
 * @sigsetsize: must be 8
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL (bad signal or size, SIGKILL/SIGSTOP), -EFAULT.
 */
asmlinkage long sys_rt_sigaction(int sig, const struct k_sigaction __user *act,
				 struct k_sigaction __user *oact, size_t sigsetsize)
{
	struct k_sigaction new, old;
	int ret;

	if (sigsetsize != sizeof(sigset_t))
		return -EINVAL;
	if (act && copy_from_user(&new, act, sizeof(new)))
		return -EFAULT;
	ret = do_sigaction(sig, act ? &new : NULL, oact ? &old : NULL);
	if (!ret && oact && copy_to_user(oact, &old, sizeof(old)))
		return -EFAULT;
	return ret;
}

/**
 * sys_rt_sigprocmask_kernel - change current's blocked signals (sigprocmask's body)
 * @how: SIG_BLOCK, SIG_UNBLOCK or SIG_SETMASK
 * @set: the signals, or NULL only to read
 * @old: filled with the old mask
 *
 * Context: process context.
 * Return: 0, or -EINVAL for a bad @how.
 */
long sys_rt_sigprocmask_kernel(int how, const u64 *set, u64 *old)
{
	struct task_struct *t = current;
	unsigned long flags;
	sigset_t new;

	*old = t->blocked;
	if (!set)
		return 0;
	new = *set;
	local_irq_save(flags);
	if (how == SIG_BLOCK)
		t->blocked |= new;
	else if (how == SIG_UNBLOCK)
		t->blocked &= ~new;
	else if (how == SIG_SETMASK)
		t->blocked = new;
	else {
		local_irq_restore(flags);
		return -EINVAL;
	}
	t->blocked &= ~SIG_KERNEL_ONLY_MASK;
	recalc_sigpending(t);
	local_irq_restore(flags);
	return 0;
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
	u64 new, old;
	long err;

	if (sigsetsize != sizeof(u64))
		return -EINVAL;
	if (set && copy_from_user(&new, set, sizeof(new)))
		return -EFAULT;
	err = sys_rt_sigprocmask_kernel(how, set ? &new : NULL, &old);
	if (err)
		return err;
	if (oset && copy_to_user(oset, &old, sizeof(old)))
		return -EFAULT;
	return 0;
}

/* The next signal of @pending not in @mask: SIGKILL first, then the lowest */
static int next_signal(struct sigpending *pending, sigset_t *mask)
{
	sigset_t ready = pending->signal & ~*mask;

	if (!ready)
		return 0;
	return (ready & sigmask(SIGKILL)) ? SIGKILL : __builtin_ctzll(ready) + 1;
}

/*
 * Take @sig's oldest sigqueue off @list into @info; the bit stays set
 * if another of the same signal is queued behind it (2.6.32's
 * collect_signal). A bit with no sigqueue (none could be had when it
 * was sent) gives an SI_USER siginfo with no sender.
 */
static void collect_signal(int sig, struct sigpending *list, struct ksignal_info *info)
{
	struct sigqueue *q, *first = NULL;
	bool still_pending = false;

	list_for_each_entry(q, &list->list, list) {
		if (q->info.signo != sig)
			continue;
		if (first) {
			still_pending = true;
			break;
		}
		first = q;
	}
	if (!still_pending)
		sigdelset(&list->signal, sig);
	if (first) {
		list_del_init(&first->list);
		*info = first->info;
		__sigqueue_free(first);
	} else {
		memset(info, 0, sizeof(*info));
		info->signo = sig;
		info->code = SI_USER;
	}
}

static int __dequeue_signal(struct sigpending *pending, sigset_t *mask, struct ksignal_info *info)
{
	int sig = next_signal(pending, mask);

	if (sig)
		collect_signal(sig, pending, info);
	return sig;
}

/**
 * dequeue_signal - take the next signal to deliver off the pending sets
 * @tsk: current
 * @mask: the signals not to take (normally &tsk->blocked)
 * @info: filled with what its siginfo says
 *
 * The thread's own signals come first, then the process's, as 2.6.32.
 * A POSIX timer's signal re-arms its interval timer here, counting the
 * expiries missed meanwhile as its overrun (kernel/posix-timers.c).
 *
 * Context: process context, on the way back to user mode.
 * Return: the signal (SIGKILL first, then the lowest), or 0 if none is
 * pending outside @mask.
 */
int dequeue_signal(struct task_struct *tsk, sigset_t *mask, struct ksignal_info *info)
{
	unsigned long flags;
	int sig;

	local_irq_save(flags);
	sig = __dequeue_signal(&tsk->pending, mask, info);
	if (!sig)
		sig = __dequeue_signal(&tsk->signal->shared_pending, mask, info);
	if (sig && info->code == SI_TIMER)
		do_schedule_next_timer(info);
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

/*
 * Tell the parent that @tsk's process stopped or continued, or that the
 * traced @tsk stopped for its tracer (CLD_TRAPPED): SIGCHLD (unless the
 * parent set SA_NOCLDSTOP) and a wake-up of its wait4(). A traced task
 * tells its tracer, of itself; others tell the real parent, of their
 * process. 2.6.32's do_notify_parent_cldstop.
 */
static void do_notify_parent_cldstop(struct task_struct *tsk, int why)
{
	struct task_struct *parent;
	struct ksignal_info info = { .code = why, .uid = tsk->cred.uid };
	unsigned long flags;

	if (tsk->ptrace & PT_PTRACED) {
		parent = tsk->parent;
		info.pid = tsk->pid;
	} else {
		parent = tsk->group_leader->real_parent;
		info.pid = tsk->tgid;
	}
	if (!parent)
		return;
	if (why == CLD_CONTINUED)
		info.status = SIGCONT;
	else if (why == CLD_TRAPPED)
		info.status = tsk->exit_code & 0x7f;
	else
		info.status = tsk->signal->group_exit_code & 0x7f;
	local_irq_save(flags);
	if (parent->sighand && parent->sighand->action[SIGCHLD - 1].handler != SIG_IGN &&
	    !(parent->sighand->action[SIGCHLD - 1].flags & SA_NOCLDSTOP))
		__send_signal(SIGCHLD, &info, parent, true);
	local_irq_restore(flags);
	wake_up_child_waiters();
}

/**
 * do_notify_parent - a process died: SIGCHLD (its exit_signal) to its parent
 * @tsk: the group leader of the dead process
 * @sig: the signal to send (tsk->exit_signal)
 *
 * The parent is the tracer while @tsk is traced. If the parent ignores
 * SIGCHLD or set SA_NOCLDWAIT, an untraced child is not kept as a zombie
 * (2.6.32: "autoreap") and, with SIG_IGN, no signal is sent.
 *
 * Context: exit_notify(), tasklist_lock held.
 * Return: true if the child should be released at once instead of
 * waiting as a zombie.
 */
bool do_notify_parent(struct task_struct *tsk, int sig)
{
	struct task_struct *parent = tsk->parent;
	struct ksignal_info info = { .pid = tsk->tgid, .uid = tsk->cred.uid };
	struct k_sigaction *ka;
	bool autoreap = false;

	if (tsk->exit_code & 0x7f) {
		info.code = (tsk->exit_code & 0x80) ? CLD_DUMPED : CLD_KILLED;
		info.status = tsk->exit_code & 0x7f;
	} else {
		info.code = CLD_EXITED;
		info.status = tsk->exit_code >> 8;
	}
	ka = parent->sighand ? &parent->sighand->action[SIGCHLD - 1] : NULL;
	if (!tsk->ptrace && sig == SIGCHLD && ka &&
	    (ka->handler == SIG_IGN || (ka->flags & SA_NOCLDWAIT))) {
		autoreap = true;
		if (ka->handler == SIG_IGN)
			sig = 0;
	}
	if (sig > 0 && sig <= _NSIG && parent->mm)
		__send_signal(sig, &info, parent, true);
	return autoreap;
}

/* The default action of a stop signal: stop the whole process (2.6.32's do_signal_stop) */
static void do_signal_stop(int sig)
{
	struct task_struct *tsk = current, *t;
	struct signal_struct *signal = tsk->signal;
	bool notify = false;

	local_irq_disable();
	if (!(signal->flags & SIGNAL_STOP_STOPPED) && sig) {
		signal->flags = SIGNAL_STOP_STOPPED;
		signal->group_exit_code = sig;
		notify = true;
		for_each_thread_in(tsk, t) /* the others stop when they next look */
			if (t != tsk) signal_wake_up(t, 0);
	}
	/* a tracer's wait reports the stop from exit_code, one attaching later too */
	tsk->exit_code = sig ? sig : signal->group_exit_code;
	if (tsk->ptrace & PT_PTRACED)
		notify = true;
	__set_current_state(TASK_STOPPED);
	local_irq_enable();
	if (notify)
		do_notify_parent_cldstop(tsk, CLD_STOPPED);
	schedule();
}

/* The default action: ignore, stop, or end the process */
static void default_action(int sig)
{
	if (sigmask(sig) & SIG_KERNEL_IGNORE_MASK)
		return;
	if (sigmask(sig) & SIG_KERNEL_STOP_MASK) {
		/* An orphaned group ignores the tty's stop signals (POSIX) */
		if (sig != SIGSTOP && is_current_pgrp_orphaned())
			return;
		do_signal_stop(sig);
		return;
	}
	do_group_exit(sig);
}

/*
 * ptrace_stop - stop for the tracer: TASK_TRACED with @exit_code for its
 * wait4(), and @info for PTRACE_GETSIGINFO, until it resumes us (or lets
 * go, or dies, or SIGKILL comes). Not traced any more: no stop.
 */
static void ptrace_stop(int exit_code, struct ksignal_info *info)
{
	struct task_struct *tsk = current;

	local_irq_disable();
	if (!(tsk->ptrace & PT_PTRACED)) {
		local_irq_enable();
		return;
	}
	tsk->last_siginfo = info;
	tsk->exit_code = exit_code;
	__set_current_state(TASK_TRACED);
	local_irq_enable();
	do_notify_parent_cldstop(tsk, CLD_TRAPPED);
	schedule(); /* a pending SIGKILL keeps it running: signal_pending_state() */
	local_irq_disable();
	tsk->last_siginfo = NULL;
	recalc_sigpending(tsk);
	local_irq_enable();
}

/**
 * ptrace_notify - stop for the tracer with a SIGTRAP of our own
 * @exit_code: SIGTRAP, SIGTRAP | 0x80 (a system call stop with
 *             PTRACE_O_TRACESYSGOOD), or SIGTRAP | event << 8
 *
 * Context: process context, current traced (else nothing happens).
 */
void ptrace_notify(int exit_code)
{
	struct ksignal_info info = {
		.signo = SIGTRAP,
		.code = exit_code,
		.pid = current->pid,
		.uid = current->cred.uid,
	};

	ptrace_stop(exit_code, &info);
}

/**
 * ptrace_event - an event stop, if the tracer asked for it
 * @mask: the PT_TRACE_* option that asks for the event (0: the caller checked)
 * @event: PTRACE_EVENT_*
 * @message: what PTRACE_GETEVENTMSG will tell
 *
 * Context: process context.
 * Return: 1 if the tracer asked for it (and we stopped), 0 if not.
 */
int ptrace_event(int mask, int event, unsigned long message)
{
	if (!(current->ptrace & PT_PTRACED) || (mask && !(current->ptrace & mask)))
		return 0;
	current->ptrace_message = message;
	ptrace_notify((event << 8) | SIGTRAP);
	return 1;
}

/**
 * ptrace_report_exec - a traced process ran a new program: the tracer hears of it
 *
 * PTRACE_EVENT_EXEC for a tracer that set PTRACE_O_TRACEEXEC, otherwise a
 * plain SIGTRAP, which stops the process as it starts the new program
 * (2.6.32's tracehook_report_exec).
 *
 * Context: execve, after the new program is loaded.
 */
void ptrace_report_exec(void)
{
	if (!(current->ptrace & PT_PTRACED))
		return;
	if (!ptrace_event(PT_TRACE_EXEC, PTRACE_EVENT_EXEC, 0))
		send_sig(SIGTRAP, current, 0);
}

/*
 * A traced task is about to take @sig: its tracer decides first. It may
 * cancel it (0), let it through, or give another signal, which then
 * claims to come from the tracer; a signal we block waits in the queue.
 * 2.6.32's ptrace_signal.
 */
static int ptrace_signal(int sig, struct ksignal_info *info)
{
	struct task_struct *tsk = current;

	ptrace_stop(sig, info);
	sig = tsk->exit_code;
	if (!sig)
		return 0;
	tsk->exit_code = 0;
	if (sig != info->signo) {
		struct task_struct *tracer = tsk->parent;

		memset(info, 0, sizeof(*info));
		info->signo = sig;
		info->code = SI_USER;
		if (tracer) {
			info->pid = tracer->tgid;
			info->uid = tracer->cred.uid;
		}
	}
	if (sigismember(&tsk->blocked, sig)) {
		send_sig_info(sig, info, tsk, false);
		return 0;
	}
	return sig;
}

/* Before looking at signals: a stop to join, a continue to report */
static void group_stop_and_continue(struct task_struct *tsk)
{
	struct signal_struct *signal = tsk->signal;

	if (signal->flags & SIGNAL_CLD_CONTINUED) {
		signal->flags &= ~SIGNAL_CLD_CONTINUED;
		do_notify_parent_cldstop(tsk, CLD_CONTINUED);
	}
	/* a tracer's PTRACE_CONT lets a traced task out of the stop, as in 2.6.32 */
	while ((signal->flags & SIGNAL_STOP_STOPPED) && !(tsk->ptrace & PT_PTRACED) &&
	       !sigismember(&tsk->pending.signal, SIGKILL) &&
	       !sigismember(&signal->shared_pending.signal, SIGKILL))
		do_signal_stop(0);
}

/**
 * do_notify_resume - deliver a signal on the way back to user mode
 * @regs: the user registers the return will restore
 *
 * Takes the next pending unblocked signal, the thread's own first, then
 * the process's. Its handler, if it has one, gets a signal frame on the
 * user stack (or the alternate one, SA_ONSTACK; arch/x86/kernel/signal.c)
 * and the signal (and sa_mask) is blocked while it runs; SIG_IGN drops
 * it; SIG_DFL does the default action: ignore (SIGCHLD, SIGURG,
 * SIGWINCH, SIGCONT), stop the process (SIGSTOP, SIGTSTP, SIGTTIN,
 * SIGTTOU: the parent gets SIGCHLD, CLD_STOPPED), or end the whole
 * process with the signal as its status (the others; no core files are
 * written, as with RLIMIT_CORE 0). A system call the signal interrupted
 * is restarted or fails with -EINTR, by 2.6.32's rules; the mask
 * sigsuspend() replaced is put back.
 *
 * Context: entry_32.asm's work_notifysig, interrupts on.
 */
asmlinkage void do_notify_resume(struct pt_regs *regs)
{
	struct task_struct *tsk = current;
	struct ksignal_info info;
	struct k_sigaction *ka;
	sigset_t oldmask;
	int sig;

	for (;;) {
		group_stop_and_continue(tsk);
		sig = dequeue_signal(tsk, &tsk->blocked, &info);
		if (!sig || !tsk->sighand)
			break;
		if (sig == SIGKILL && signal_group_exit(tsk->signal))
			do_group_exit(tsk->signal->group_exit_code);
		if ((tsk->ptrace & PT_PTRACED) && sig != SIGKILL) {
			sig = ptrace_signal(sig, &info);
			if (!sig)
				continue;
		}
		ka = &tsk->sighand->action[sig - 1];
		if (ka->handler == SIG_IGN)
			continue;
		if (ka->handler == SIG_DFL) {
			if (tsk->signal->flags & SIGNAL_UNKILLABLE &&
			    !(sigmask(sig) & SIG_KERNEL_ONLY_MASK))
				continue; /* init: only the signals it catches */
			default_action(sig);
			continue;
		}
		handle_restart(regs, ka);
		oldmask = test_thread_flag(TIF_RESTORE_SIGMASK) ? tsk->saved_sigmask : tsk->blocked;
		if (setup_signal_frame(sig, ka, &info, oldmask, regs)) {
			force_sig_fault(SIGSEGV, SI_KERNEL, NULL, tsk);
			return;
		}
		clear_thread_flag(TIF_RESTORE_SIGMASK);
		if (ka->flags & SA_RESETHAND)
			ka->handler = SIG_DFL;
		local_irq_disable();
		tsk->blocked |= ka->mask | (ka->flags & SA_NODEFER ? 0 : sigmask(sig));
		tsk->blocked &= ~SIG_KERNEL_ONLY_MASK;
		recalc_sigpending(tsk);
		local_irq_enable();
		return;
	}
	handle_restart(regs, NULL);
	if (test_thread_flag(TIF_RESTORE_SIGMASK)) { /* no handler ran: sigsuspend's mask goes */
		clear_thread_flag(TIF_RESTORE_SIGMASK);
		local_irq_disable();
		tsk->blocked = tsk->saved_sigmask;
		recalc_sigpending(tsk);
		local_irq_enable();
	}
}

/* Is @sp on current's alternate signal stack? */
static int on_sig_stack(unsigned long sp)
{
	return sp - current->sas_ss_sp < current->sas_ss_size;
}

/**
 * sas_ss_flags - the state of the alternate signal stack, for a stack pointer
 * @sp: the user stack pointer
 *
 * Context: process context.
 * Return: SS_DISABLE (none), SS_ONSTACK (@sp is on it) or 0.
 */
int sas_ss_flags(unsigned long sp)
{
	if (!current->sas_ss_size)
		return SS_DISABLE;
	return on_sig_stack(sp) ? SS_ONSTACK : 0;
}

/**
 * struct user_stack - stack_t as i386 user space passes it to sigaltstack
 * @ss_sp: the stack's base
 * @ss_flags: SS_ONSTACK, SS_DISABLE or 0
 * @ss_size: its size
 */
struct user_stack {
	void __user *ss_sp;
	int ss_flags;
	size_t ss_size;
};

/**
 * sys_sigaltstack - set and read the alternate signal stack (system call 186)
 * @regs: the caller's registers: %ebx the new stack or NULL, %ecx where
 *        the old one goes or NULL; %esp says whether we are on it
 *
 * Context: process context (system call).
 * Return: 0, -EFAULT, -EPERM (running on it now), -EINVAL (bad flags),
 * -ENOMEM (smaller than MINSIGSTKSZ).
 */
asmlinkage long sys_sigaltstack(struct pt_regs *regs)
{
	const struct user_stack __user *uss = (const void __user *)regs->bx;
	struct user_stack __user *uoss = (void __user *)regs->cx;
	unsigned long sp = regs->sp;
	struct user_stack oss = { (void __user *)current->sas_ss_sp, sas_ss_flags(sp),
				  current->sas_ss_size };
	struct user_stack ss;

	if (uss) {
		if (copy_from_user(&ss, uss, sizeof(ss)))
			return -EFAULT;
		if (on_sig_stack(sp))
			return -EPERM;
		if (ss.ss_flags != SS_DISABLE && ss.ss_flags != SS_ONSTACK && ss.ss_flags != 0)
			return -EINVAL;
		if (ss.ss_flags == SS_DISABLE) {
			ss.ss_size = 0;
			ss.ss_sp = NULL;
		} else if (ss.ss_size < MINSIGSTKSZ) {
			return -ENOMEM;
		}
		current->sas_ss_sp = (unsigned long)ss.ss_sp;
		current->sas_ss_size = ss.ss_size;
	}
	if (uoss && copy_to_user(uoss, &oss, sizeof(oss)))
		return -EFAULT;
	return 0;
}

/* Block @mask (less SIGKILL/SIGSTOP) until a handler runs; sigsuspend's body */
static long sigsuspend(sigset_t mask)
{
	struct task_struct *t = current;

	local_irq_disable();
	t->saved_sigmask = t->blocked;
	t->blocked = mask & ~SIG_KERNEL_ONLY_MASK;
	recalc_sigpending(t);
	local_irq_enable();
	while (!signal_pending(t)) {
		set_current_state(TASK_INTERRUPTIBLE);
		if (!signal_pending(t))
			schedule();
		__set_current_state(TASK_RUNNING);
	}
	set_thread_flag(TIF_RESTORE_SIGMASK);
	return -ERESTARTNOHAND;
}

/**
 * sys_rt_sigsuspend - wait for a signal with a temporary mask (system call 179)
 * @unewset: the mask to wait with
 * @sigsetsize: must be 8
 *
 * Context: process context (system call); sleeps.
 * Return: -EINTR once a handler has run (the old mask is back then),
 * -EINVAL, -EFAULT.
 */
asmlinkage long sys_rt_sigsuspend(sigset_t __user *unewset, size_t sigsetsize)
{
	sigset_t newset;

	if (sigsetsize != sizeof(sigset_t))
		return -EINVAL;
	if (copy_from_user(&newset, unewset, sizeof(newset)))
		return -EFAULT;
	return sigsuspend(newset);
}

/**
 * sys_sigsuspend - the first sigsuspend: the mask by value (system call 72)
 * @history0: unused (an old ABI's leftover)
 * @history1: unused
 * @mask: the mask to wait with
 *
 * Context: process context (system call); sleeps.
 * Return: -EINTR once a handler has run.
 */
asmlinkage long sys_sigsuspend(int history0, int history1, unsigned long mask)
{
	return sigsuspend(mask); /* 2.6.32's siginitset: signals 33..64 unblocked */
}

/* Pending and blocked: what sigpending reports */
static sigset_t pending_blocked(void)
{
	return (current->pending.signal | current->signal->shared_pending.signal) &
	       current->blocked;
}

/**
 * sys_rt_sigpending - the blocked signals waiting (system call 176)
 * @set: where the set goes
 * @sigsetsize: its size, at most 8
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL, -EFAULT.
 */
asmlinkage long sys_rt_sigpending(sigset_t __user *set, size_t sigsetsize)
{
	sigset_t pending = pending_blocked();

	if (sigsetsize > sizeof(sigset_t))
		return -EINVAL;
	return copy_to_user(set, &pending, sigsetsize) ? -EFAULT : 0;
}

/**
 * sys_sigpending - the blocked signals waiting, 32 of them (system call 73)
 * @set: where the set goes
 *
 * Context: process context (system call).
 * Return: 0, or -EFAULT.
 */
asmlinkage long sys_sigpending(unsigned long __user *set)
{
	return put_user((unsigned long)pending_blocked(), set);
}

/**
 * sys_sigprocmask - the first sigprocmask: 32 signals (system call 126)
 * @how: SIG_BLOCK, SIG_UNBLOCK or SIG_SETMASK
 * @nset: the signals, or NULL
 * @oset: where the old mask goes, or NULL
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL, -EFAULT.
 */
asmlinkage long sys_sigprocmask(int how, unsigned long __user *nset, unsigned long __user *oset)
{
	u32 word = 0;
	sigset_t set, old;
	long err;

	if (nset && get_user(word, (u32 __user *)nset))
		return -EFAULT;
	/* the old call sees signals 1..32 only: the real-time ones stay as they are */
	set = word;
	if (how == SIG_SETMASK)
		set |= current->blocked & ~0xffffffffULL;
	err = sys_rt_sigprocmask_kernel(how, nset ? &set : NULL, &old);
	if (err)
		return err;
	if (oset && put_user((unsigned long)old, oset))
		return -EFAULT;
	return 0;
}

/**
 * struct old_sigaction - the first sigaction's struct (i386)
 * @handler: SIG_DFL, SIG_IGN or the handler
 * @mask: the signals blocked in the handler (32 bits)
 * @flags: SA_* bits
 * @restorer: the return trampoline
 */
struct old_sigaction {
	void __user *handler;
	unsigned long mask;
	unsigned long flags;
	void __user *restorer;
};

/**
 * sys_sigaction - the first sigaction (system call 67)
 * @sig: the signal
 * @act: the new disposition, or NULL
 * @oact: where the old one goes, or NULL
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL, -EFAULT.
 */
asmlinkage long sys_sigaction(int sig, const struct old_sigaction __user *act,
			      struct old_sigaction __user *oact)
{
	struct k_sigaction new, old;
	struct old_sigaction o;
	int ret;

	if (act) {
		if (copy_from_user(&o, act, sizeof(o)))
			return -EFAULT;
		new = (struct k_sigaction){ .handler = o.handler,
					    .flags = o.flags,
					    .restorer = o.restorer,
					    .mask = o.mask };
	}
	ret = do_sigaction(sig, act ? &new : NULL, oact ? &old : NULL);
	if (!ret && oact) {
		o = (struct old_sigaction){ .handler = old.handler,
					    .mask = (unsigned long)old.mask, /* the low 32 */
					    .flags = old.flags,
					    .restorer = old.restorer };
		if (copy_to_user(oact, &o, sizeof(o)))
			return -EFAULT;
	}
	return ret;
}

/**
 * sys_signal - set a handler the System V way (system call 48)
 * @sig: the signal
 * @handler: the handler, SIG_DFL or SIG_IGN; it is reset to SIG_DFL when
 *           it runs and the signal is not blocked meanwhile
 *           (SA_RESETHAND | SA_NODEFER), as 2.6.32
 *
 * Context: process context (system call).
 * Return: the old handler, or -EINVAL.
 */
asmlinkage long sys_signal(int sig, void __user *handler)
{
	struct k_sigaction new = { .handler = handler, .flags = SA_RESETHAND | SA_NODEFER }, old;
	int ret = do_sigaction(sig, &new, &old);

	return ret ? ret : (long)old.handler;
}

/**
 * sys_sgetmask - the blocked signals, the oldest way (system call 68)
 *
 * Context: process context (system call).
 * Return: the mask.
 */
asmlinkage long sys_sgetmask(void)
{
	return (unsigned long)current->blocked;
}

/**
 * sys_ssetmask - set the blocked signals, the oldest way (system call 69)
 * @newmask: the new mask (SIGKILL and SIGSTOP are never blocked)
 *
 * Context: process context (system call).
 * Return: the old mask.
 */
asmlinkage long sys_ssetmask(int newmask)
{
	unsigned long old = (unsigned long)current->blocked;

	local_irq_disable();
	current->blocked = (unsigned long)newmask & ~SIG_KERNEL_ONLY_MASK; /* siginitset */
	recalc_sigpending(current);
	local_irq_enable();
	return old;
}

/**
 * sigqueue_alloc - a sigqueue for a POSIX timer, made ahead of its expiries
 *
 * It is charged to current's user against RLIMIT_SIGPENDING.
 *
 * Context: process context; may sleep.
 * Return: the sigqueue (SIGQUEUE_PREALLOC), or NULL.
 */
struct sigqueue *sigqueue_alloc(void)
{
	struct sigqueue *q = __sigqueue_alloc(current, GFP_KERNEL, 0);

	if (q)
		q->flags |= SIGQUEUE_PREALLOC;
	return q;
}

/**
 * sigqueue_free - free a timer's sigqueue
 * @q: the sigqueue; if it is queued now, the dequeue frees it
 *
 * Context: process context.
 */
void sigqueue_free(struct sigqueue *q)
{
	unsigned long flags;
	bool queued;

	local_irq_save(flags);
	q->flags &= ~SIGQUEUE_PREALLOC;
	queued = !list_empty(&q->list);
	local_irq_restore(flags);
	if (!queued)
		__sigqueue_free(q);
}

/**
 * send_sigqueue - queue a timer's preallocated signal
 * @q: the sigqueue, its siginfo filled in
 * @t: the thread, or a thread of the process for @group
 * @group: process-wide, or to @t alone (SIGEV_THREAD_ID)
 *
 * If the signal is still queued from an earlier expiry, it is not
 * queued twice: its si_overrun counts one more.
 *
 * Context: any (the timer's hard interrupt).
 * Return: 0 if queued (or counted), 1 if the signal is ignored, -1 if
 * @t is gone.
 */
int send_sigqueue(struct sigqueue *q, struct task_struct *t, int group)
{
	int sig = q->info.signo;
	struct sigpending *pending;
	unsigned long flags;
	int ret = -1;

	local_irq_save(flags);
	if (t->exit_state || !t->sighand)
		goto out;
	ret = 1;
	if (!prepare_signal(sig, t))
		goto out;
	ret = 0;
	if (!list_empty(&q->list)) {
		q->info.overrun++;
		goto out;
	}
	q->info.overrun = 0;
	pending = group ? &t->signal->shared_pending : &t->pending;
	list_add_tail(&q->list, &pending->list);
	signalfd_notify(t, sig);
	sigaddset(&pending->signal, sig);
	if (group)
		complete_signal(sig, t);
	else if (!sigismember(&t->blocked, sig))
		signal_wake_up(t, sig == SIGKILL);
out:
	local_irq_restore(flags);
	return ret;
}

/**
 * struct user_siginfo - siginfo_t as i386 user space sees it (128 bytes)
 * @si_signo: the signal
 * @si_errno: an errno (0)
 * @si_code: the code as user space sees it: (short) of the kernel's
 * @u: the union, laid out by the code's kind
 * @u.pad: its full size
 * @u.kill: kill, tkill: the sender
 * @u.kill.pid: the sender's pid
 * @u.kill.uid: the sender's uid
 * @u.timer: a POSIX timer
 * @u.timer.tid: the timer's id
 * @u.timer.overrun: its overrun count
 * @u.timer.value: its sigev_value
 * @u.rt: sigqueue: the sender and a value
 * @u.rt.pid: the sender's pid
 * @u.rt.uid: the sender's uid
 * @u.rt.value: the value
 * @u.chld: SIGCHLD
 * @u.chld.pid: the child
 * @u.chld.uid: its uid
 * @u.chld.status: its exit status or signal
 * @u.chld.utime: its user time (clock ticks)
 * @u.chld.stime: its system time
 * @u.fault: a fault
 * @u.fault.addr: the faulting address
 * @u.poll: SIGIO
 * @u.poll.band: the poll events
 * @u.poll.fd: the file descriptor
 */
struct user_siginfo {
	int si_signo, si_errno, si_code;
	union {
		int pad[29];
		struct {
			int pid;
			unsigned int uid;
		} kill;
		struct {
			int tid, overrun, value;
		} timer;
		struct {
			int pid;
			unsigned int uid;
			int value;
		} rt;
		struct {
			int pid;
			unsigned int uid;
			int status;
			long utime, stime;
		} chld;
		struct {
			unsigned long addr;
		} fault;
		struct {
			long band;
			int fd;
		} poll;
	} u;
};

/**
 * copy_siginfo_to_user - lay a signal's siginfo out for user space
 * @to: the user's siginfo_t (128 bytes)
 * @from: the kernel's siginfo
 *
 * The fields written are those of the code's kind (the upper half of
 * the kernel's si_code), as 2.6.32 does; a negative code (sent by a
 * process: sigqueue, tkill) has the whole siginfo written.
 *
 * Context: process context.
 * Return: 0 or -EFAULT.
 */
int copy_siginfo_to_user(void __user *to, const struct ksignal_info *from)
{
	struct user_siginfo k = { .si_signo = from->signo, .si_code = (short)from->code };
	size_t len = 5 * sizeof(int);

	switch (from->code < 0 ? -1 : (int)(from->code & __SI_MASK)) {
	case __SI_TIMER:
		k.u.timer.tid = from->tid;
		k.u.timer.overrun = from->overrun;
		k.u.timer.value = from->value;
		len += sizeof(int);
		break;
	case __SI_POLL:
		k.u.poll.band = from->band;
		k.u.poll.fd = from->fd;
		break;
	case __SI_FAULT:
		k.u.fault.addr = from->addr;
		len -= sizeof(int);
		break;
	case __SI_CHLD:
		k.u.chld.pid = from->pid;
		k.u.chld.uid = from->uid;
		k.u.chld.status = from->status;
		len = offsetof(struct user_siginfo, u.chld.stime) + sizeof(long);
		break;
	case -1: /* from a process: all of it */
		k.u.rt.pid = from->pid;
		k.u.rt.uid = from->uid;
		k.u.rt.value = from->value;
		len = sizeof(k);
		break;
	case __SI_RT:
	case __SI_MESGQ:
		k.u.rt.value = from->value;
		len += sizeof(int);
		k.u.rt.pid = from->pid;
		k.u.rt.uid = from->uid;
		break;
	default: /* __SI_KILL */
		k.u.kill.pid = from->pid;
		k.u.kill.uid = from->uid;
		break;
	}
	return copy_to_user(to, &k, len) ? -EFAULT : 0;
}

/* Send a process's siginfo to the process @pid (rt_sigqueueinfo's body) */
static long do_rt_sigqueueinfo(int pid, int sig, struct ksignal_info *info)
{
	struct task_struct *p;
	unsigned long flags;
	long err = -ESRCH;

	spin_lock_irqsave(&tasklist_lock, flags);
	p = pid > 0 ? find_task_by_pid(pid) : NULL;
	if (p && p->mm && !p->exit_state) {
		p = p->group_leader;
		err = check_kill_permission(sig, p);
		if (!err && sig)
			err = __send_signal(sig, info, p, true);
	}
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return err;
}

/* A siginfo from user space: only the fields of a process's codes */
static int copy_siginfo_from_user(struct ksignal_info *info, int sig,
				  const struct user_siginfo __user *uinfo)
{
	struct user_siginfo u;

	if (copy_from_user(&u, uinfo, sizeof(u)))
		return -EFAULT;
	memset(info, 0, sizeof(*info));
	info->signo = sig;
	info->code = u.si_code;
	info->pid = u.u.rt.pid;
	info->uid = u.u.rt.uid;
	info->value = u.u.rt.value;
	return 0;
}

/**
 * ptrace_siginfo_from_user - PTRACE_SETSIGINFO's siginfo, read from the tracer
 * @info: the tracee's siginfo of its stop
 * @uinfo: the tracer's siginfo_t (128 bytes)
 *
 * Context: process context.
 * Return: 0 or -EFAULT.
 */
int ptrace_siginfo_from_user(struct ksignal_info *info, const void __user *uinfo)
{
	int signo = 0;

	if (get_user(signo, (const int __user *)uinfo))
		return -EFAULT;
	if (copy_siginfo_from_user(info, signo, uinfo))
		return -EFAULT;
	return 0;
}

/*
 * The siginfo a process queues with rt_sigqueueinfo or rt_tgsigqueueinfo:
 * copied in, its si_code negative (a process may not pose as the kernel),
 * the signal in range. 0, -EFAULT, -EPERM or -EINVAL.
 */
static long queued_siginfo_from_user(struct ksignal_info *info, int sig,
				     struct user_siginfo __user *uinfo)
{
	if (copy_siginfo_from_user(info, sig, uinfo))
		return -EFAULT;
	if (info->code >= 0)
		return -EPERM;
	if (sig < 0 || sig > _NSIG)
		return -EINVAL;
	return 0;
}

/**
 * sys_rt_sigqueueinfo - send a signal with a siginfo to a process (system call 178)
 * @pid: the process
 * @sig: the signal
 * @uinfo: the siginfo (128 bytes); glibc's sigqueue() sends SI_QUEUE
 *         with its own pid and uid and the value
 *
 * A process may not pretend to be the kernel or kill(): si_code must be
 * negative (2.6.32; later Linux also allows its own pid any code). A
 * real-time signal past the receiver's RLIMIT_SIGPENDING is refused.
 *
 * Context: process context (system call).
 * Return: 0, -EFAULT, -EPERM, -EINVAL, -ESRCH, -EAGAIN.
 */
asmlinkage long sys_rt_sigqueueinfo(int pid, int sig, struct user_siginfo __user *uinfo)
{
	struct ksignal_info info;
	long err;

	err = queued_siginfo_from_user(&info, sig, uinfo);
	if (err)
		return err;
	return do_rt_sigqueueinfo(pid, sig, &info);
}

/**
 * sys_rt_tgsigqueueinfo - send a signal with a siginfo to one thread (system call 335)
 * @tgid: the thread group
 * @pid: the thread
 * @sig: the signal
 * @uinfo: the siginfo; si_code must be negative
 *
 * Added in 2.6.31, so 2.6.32 has it (number 335 on i386).
 *
 * Context: process context (system call).
 * Return: 0, -EFAULT, -EPERM, -EINVAL, -ESRCH, -EAGAIN.
 */
asmlinkage long sys_rt_tgsigqueueinfo(int tgid, int pid, int sig, struct user_siginfo __user *uinfo)
{
	struct ksignal_info info;
	struct task_struct *p;
	long err;

	if (pid <= 0 || tgid <= 0)
		return -EINVAL;
	err = queued_siginfo_from_user(&info, sig, uinfo);
	if (err)
		return err;
	p = find_task_by_pid(pid);
	if (!p || p->tgid != tgid || p->exit_state || !p->mm)
		return -ESRCH;
	err = check_kill_permission(sig, p);
	if (err || !sig)
		return err;
	return send_sig_info(sig, &info, p, false);
}

/**
 * sys_rt_sigtimedwait - wait for one of some signals, and take it (system call 177)
 * @uthese: the signals to wait for (normally blocked)
 * @uinfo: where its siginfo goes, or NULL
 * @uts: the longest to wait, or NULL for ever
 * @sigsetsize: must be 8
 *
 * Context: process context (system call); sleeps.
 * Return: the signal, -EAGAIN (timed out), -EINTR (another signal),
 * -EINVAL, -EFAULT.
 */
asmlinkage long sys_rt_sigtimedwait(const sigset_t __user *uthese,
				    struct user_siginfo __user *uinfo,
				    const struct timespec __user *uts, size_t sigsetsize)
{
	struct task_struct *t = current;
	struct ksignal_info info;
	struct timespec ts;
	sigset_t these, mask;
	long timeout = MAX_SCHEDULE_TIMEOUT;
	int sig;

	if (sigsetsize != sizeof(sigset_t))
		return -EINVAL;
	if (copy_from_user(&these, uthese, sizeof(these)))
		return -EFAULT;
	these &= ~SIG_KERNEL_ONLY_MASK;
	mask = ~these;
	if (uts) {
		if (copy_from_user(&ts, uts, sizeof(ts)))
			return -EFAULT;
		if (ts.tv_sec < 0 || (unsigned long)ts.tv_nsec >= NSEC_PER_SEC)
			return -EINVAL;
		timeout = timespec_to_jiffies(&ts) + (ts.tv_sec || ts.tv_nsec);
	}
	sig = dequeue_signal(t, &mask, &info);
	if (!sig && timeout) {
		local_irq_disable();
		t->real_blocked = t->blocked;
		t->blocked &= ~these;
		recalc_sigpending(t);
		local_irq_enable();
		timeout = schedule_timeout_interruptible(timeout);
		sig = dequeue_signal(t, &mask, &info);
		local_irq_disable();
		t->blocked = t->real_blocked;
		t->real_blocked = 0;
		recalc_sigpending(t);
		local_irq_enable();
	}
	if (!sig)
		return timeout ? -EINTR : -EAGAIN;
	if (uinfo && copy_siginfo_to_user(uinfo, &info))
		return -EFAULT;
	return sig;
}
