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
 * (arch/x86/kernel/dumpstack.c:oops_end).
 *
 * A process (a task with a parent) does not vanish: it lets go of its
 * memory, gives its children to another thread of its process or, if
 * none is left, to init (pid 1) (find_new_reaper), and stays as a
 * zombie (EXIT_ZOMBIE) holding its exit status, until its parent's
 * wait4() reaps it (release_task), which frees its pid and its
 * task_struct. A main thread that ends while other threads run stays a
 * zombie its parent is not told of until the last thread has gone
 * (delay_group_leader). A child belongs to the thread that forked it,
 * and wait4() looks at the children of every thread of the caller's
 * process, as 2.6.32's do_wait. A zombie whose parent dies is reaped by
 * init, or at once if there is no init.
 *
 * wait4, waitpid and waitid share do_wait(), steered by 2.6.32's struct
 * wait_opts: which children, which events (exit, stop, continue), and
 * whether to leave the child as it is (WNOWAIT). 2.6.32 names children by
 * struct pid; Linnet compares pid numbers, with the same answers. See
 * docs/sched.md and docs/processes.md.
 */
#include <linux/module.h>
#include <linux/sched.h>
#include <linux/posix-timers.h>
#include <linux/tty.h>
#include <linux/fs_struct.h>
#include <linux/fdtable.h>
#include <linux/kernel.h>
#include <linux/kthread.h>
#include <linux/irqflags.h>
#include <linux/mm.h>
#include <linux/wait.h>
#include <linux/completion.h>
#include <linux/signal.h>
#include <linux/err.h>
#include <linux/hrtimer.h>
#include <linux/futex.h>
#include <linux/proc_fs.h>
#include <linux/resource.h>
#include <linux/ptrace.h>
#include <asm/mmu_context.h>
#include <asm/uaccess.h>

#define WNOHANG 0x00000001
#define WUNTRACED 0x00000002
#define WCONTINUED 0x00000008
#define WSTOPPED WUNTRACED
#define WEXITED 0x00000004
#define WNOWAIT 0x01000000
#define __WNOTHREAD 0x20000000
#define __WALL 0x40000000
#define __WCLONE 0x80000000
/* waitid's idtype: which children @upid names */
#define P_ALL 0
#define P_PID 1
#define P_PGID 2

/*
 * The part of i386's siginfo_t that waitid fills (SIGCHLD's layout); the
 * rest of the user's 128 bytes is left as it was, as 2.6.32 leaves it.
 */
struct waitid_siginfo {
	int si_signo;
	int si_errno;
	int si_code;
	int si_pid;
	unsigned int si_uid;
	int si_status;
};

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

/*
 * Every parent waiting in wait4() sleeps here. 2.6.32 gives each process
 * its own queue (signal->wait_chldexit); Linnet has one for all, and a
 * woken parent that finds no child of its own dead sleeps again.
 */
static DECLARE_WAIT_QUEUE_HEAD(child_exit_wq);

/**
 * wake_up_child_waiters - a child died, stopped or continued: wake wait4()
 *
 * Context: any.
 */
void wake_up_child_waiters(void)
{
	wake_up_interruptible(&child_exit_wq);
}

/**
 * mm_release - what a task's memory must know before the task leaves it
 * @tsk: the task (current), exiting or executing a new program
 *
 * The robust futexes the thread holds are marked FUTEX_OWNER_DIED
 * (kernel/futex.c:exit_robust_list), the tid word of
 * CLONE_CHILD_CLEARTID/set_tid_address is zeroed (a thread join waits
 * on it), and a vfork parent is let go. 2.6.32's (in kernel/fork.c);
 * Linnet has no PI futexes, so no pi_state list to clean up.
 *
 * Context: process context.
 */
void mm_release(struct task_struct *tsk)
{
	if (unlikely(tsk->robust_list)) {
		exit_robust_list(tsk);
		tsk->robust_list = NULL;
	}
	if (tsk->clear_child_tid && tsk->mm && atomic_read(&tsk->mm->mm_users) > 1) {
		/* pthread_join sleeps on the word: zero it, then wake it */
		put_user(0, tsk->clear_child_tid);
		futex_wake((u32 __user *)tsk->clear_child_tid, 1, FUTEX_BITSET_MATCH_ANY);
	}
	tsk->clear_child_tid = NULL;
	if (tsk->vfork_done) {
		complete(tsk->vfork_done);
		tsk->vfork_done = NULL;
	}
}

/**
 * session_of_pgrp - the session a process group belongs to
 * @pgrp: the process group id
 *
 * As 2.6.32, falls back on the process whose pid is @pgrp when the
 * group has no member (gdb relies on it). 2.6.32 passes and returns
 * struct pid *; Linnet, numbers.
 *
 * Context: any; takes tasklist_lock.
 * Return: the session id, or -1 if neither a group nor a process has
 * that id.
 */
int session_of_pgrp(pid_t pgrp)
{
	struct task_struct *p, *found = NULL;
	unsigned long flags;
	int sid = -1;

	spin_lock_irqsave(&tasklist_lock, flags);
	for_each_process(p) if (p->signal->pgrp == pgrp && !p->exit_state)
	{
		found = p;
		break;
	}
	if (!found && pgrp > 0)
		found = find_task_by_pid(pgrp);
	if (found)
		sid = found->signal->session;
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return sid;
}

static bool is_global_init(struct task_struct *p)
{
	return !p || p->tgid == 1; /* a kernel thread's child counts as init's */
}

/*
 * Would @pgrp be orphaned without @ignored_task? (POSIX: a group is
 * orphaned when no member has a parent in another group of the same
 * session.) tasklist_lock held.
 */
static int will_become_orphaned_pgrp(pid_t pgrp, struct task_struct *ignored_task)
{
	struct task_struct *p;

	for_each_process(p)
	{
		if (p->signal->pgrp != pgrp)
			continue;
		if (p == ignored_task || (p->exit_state && thread_group_empty(p)) ||
		    is_global_init(p->real_parent))
			continue;
		if (p->real_parent->signal->pgrp != pgrp &&
		    p->real_parent->signal->session == p->signal->session)
			return 0;
	}
	return 1;
}

/**
 * is_current_pgrp_orphaned - is the caller's process group orphaned?
 *
 * The tty layer asks before stopping a background reader or writer:
 * an orphaned group gets -EIO instead of SIGTTIN/SIGTTOU, since nobody
 * would ever continue it.
 *
 * Context: process context; takes tasklist_lock.
 * Return: 1 if orphaned, 0 if not.
 */
int is_current_pgrp_orphaned(void)
{
	unsigned long flags;
	int ret;

	spin_lock_irqsave(&tasklist_lock, flags);
	ret = will_become_orphaned_pgrp(task_pgrp_nr(current), NULL);
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return ret;
}

/* Has @pgrp a stopped member? (tasklist_lock held) */
static int has_stopped_jobs(pid_t pgrp)
{
	struct task_struct *p;

	for_each_process(p) if (p->signal->pgrp == pgrp &&
				(p->signal->flags & SIGNAL_STOP_STOPPED)) return 1;
	return 0;
}

/* A signal from the kernel to a process (tasklist_lock held, interrupts off) */
static void send_kernel_signal(int sig, struct task_struct *p)
{
	struct ksignal_info info = { .code = SI_KERNEL };

	if (sig > 0 && sig <= _NSIG)
		__send_signal(sig, &info, p, true);
}

/*
 * POSIX: a process group that becomes orphaned while it has a stopped
 * member gets SIGHUP then SIGCONT, or nobody would ever continue it.
 * @parent NULL: @tsk exits; else @tsk is a child of the exiting @parent.
 * 2.6.32's kill_orphaned_pgrp. tasklist_lock held.
 */
static void kill_orphaned_pgrp(struct task_struct *tsk, struct task_struct *parent)
{
	pid_t pgrp = task_pgrp_nr(tsk);
	struct task_struct *ignored_task = tsk, *p;

	if (!parent)
		parent = tsk->real_parent;
	else
		ignored_task = NULL;
	if (!parent || !pgrp)
		return;
	if (task_pgrp_nr(parent) != pgrp && task_session_nr(parent) == task_session_nr(tsk) &&
	    will_become_orphaned_pgrp(pgrp, ignored_task) && has_stopped_jobs(pgrp)) {
		for_each_process(p) if (p->signal->pgrp == pgrp && p->mm && !p->exit_state)
			send_kernel_signal(SIGHUP, p);
		for_each_process(p) if (p->signal->pgrp == pgrp && p->mm && !p->exit_state)
			send_kernel_signal(SIGCONT, p);
	}
}

/* The process that adopts orphans: pid 1, if it is alive and not @dying */
static struct task_struct *find_child_reaper(struct task_struct *dying)
{
	struct task_struct *p = find_task_by_pid(1);

	return p && p != dying && !(p->flags & PF_EXITING) ? p : NULL;
}

/*
 * Who adopts the children of the exiting @father: another thread of its
 * process that is not exiting itself (they stay in the family: their
 * parent process is the same), else init. 2.6.32's find_new_reaper.
 * tasklist_lock held.
 */
static struct task_struct *find_new_reaper(struct task_struct *father)
{
	struct task_struct *thread = father;

	while_each_thread(father, thread)
	{
		if (thread->flags & PF_EXITING)
			continue;
		return thread;
	}
	return find_child_reaper(father);
}

/*
 * Give @tsk's children to another thread of its process, or to init.
 * Zombies nobody can adopt, or that init lets go unreaped, go on
 * @orphans, to be released once the lock is dropped.
 */
static void forget_original_parent(struct task_struct *tsk, struct list_head *orphans)
{
	struct task_struct *reaper = find_new_reaper(tsk), *child, *n;

	list_for_each_entry_safe(child, n, &tsk->children, sibling) {
		list_del_init(&child->sibling);
		/* the "parent" of PR_SET_PDEATHSIG is the thread: it fires even so */
		if (child->pdeath_signal && child->mm && !child->exit_state)
			send_kernel_signal(child->pdeath_signal, child);
		child->real_parent = reaper;
		if (!child->ptrace) /* a tracer stays its parent until it lets go */
			child->parent = reaper;
		if (reaper && reaper->tgid == tsk->tgid) {
			/* a thread of the same process: nothing else changes */
			list_add_tail(&child->sibling, &reaper->children);
			continue;
		}
		if (reaper && child->exit_signal != -1) {
			/*
			 * "We don't want people slaying init" (2.6.32's
			 * reparent_thread): an adopted child's death is a
			 * SIGCHLD, whatever clone() asked for. A zombie tells
			 * its new parent now (or is released at once if init
			 * does not want zombies).
			 */
			child->exit_signal = SIGCHLD;
			if (child->exit_state == EXIT_ZOMBIE && thread_group_empty(child) &&
			    !child->ptrace && do_notify_parent(child, SIGCHLD)) {
				list_add_tail(&child->sibling, orphans);
				continue;
			}
		}
		if (reaper && !child->exit_state)
			kill_orphaned_pgrp(child, tsk);
		if (reaper)
			list_add_tail(&child->sibling, &reaper->children);
		else if (child->exit_state == EXIT_ZOMBIE)
			list_add_tail(&child->sibling, orphans);
	}
}

/**
 * account_dead_thread - a thread leaves a process that lives on: keep its times
 * @tsk: the thread, dead
 *
 * Its CPU times, context switches and faults go to the signal_struct,
 * so the process's totals (times, getrusage, /proc/PID/stat) keep them.
 * The 2.6.32 __exit_signal's sums.
 *
 * Context: tasklist_lock held.
 */
void account_dead_thread(struct task_struct *tsk)
{
	struct signal_struct *sig = tsk->signal;

	sig->utime += tsk->utime;
	sig->stime += tsk->stime;
	sig->nvcsw += tsk->nvcsw;
	sig->nivcsw += tsk->nivcsw;
	sig->min_flt += tsk->min_flt;
	sig->maj_flt += tsk->maj_flt;
	sig->sum_sched_runtime += task_sched_runtime(tsk);
}

/*
 * The last thread of a process whose leader is a zombie already has
 * gone: the leader's parent hears of it now (2.6.32's release_task).
 * A leader its parent does not want (SIGCHLD ignored) goes on @orphans.
 * tasklist_lock held.
 */
static void notify_delayed_leader(struct task_struct *leader, struct list_head *orphans)
{
	int sig = leader->exit_signal;

	if (leader->exit_state != EXIT_ZOMBIE || !thread_group_empty(leader) ||
	    !leader->real_parent || sig == -1)
		return;
	if (leader->ptrace && ptrace_reparented(leader))
		sig = SIGCHLD; /* a tracer hears of it by SIGCHLD, as in exit_notify() */
	if (do_notify_parent(leader, sig)) {
		leader->exit_state = EXIT_DEAD;
		list_del_init(&leader->sibling);
		list_add_tail(&leader->sibling, orphans);
	}
}

/*
 * Tell the parent: a process with a parent becomes a zombie, holding a
 * reference for the parent's wait4(); a thread or a kernel thread just
 * leaves. Returns with interrupts off.
 */
static void exit_notify(struct task_struct *tsk)
{
	struct task_struct *zombie, *n;
	LIST_HEAD(orphans);
	unsigned long flags;
	bool reaped = false;

	exit_ptrace(tsk); /* our tracees run on, untraced */
	spin_lock_irqsave(&tasklist_lock, flags);
	forget_original_parent(tsk, &orphans);
	if (tsk->real_parent && thread_group_leader(tsk))
		kill_orphaned_pgrp(tsk, NULL);
	if (tsk->ptrace && !thread_group_leader(tsk))
		__ptrace_unlink(tsk); /* Linnet: a traced thread is not kept for its tracer */
	/*
	 * A process's leader stays a zombie for its parent's wait4(); while
	 * other threads of the process still run it waits for them unheard
	 * of (delay_group_leader), and the last one tells the parent. A
	 * traced process tells its tracer first, with SIGCHLD whatever its
	 * exit signal (2.6.32's tracehook_notify_death), and is never
	 * reaped at once: the tracer's wait4() sees it, then its real parent's.
	 */
	if (tsk->ptrace) {
		int sig = ptrace_reparented(tsk) || tsk->exit_signal == -1 ? SIGCHLD :
									     tsk->exit_signal;

		if (!delay_group_leader(tsk))
			do_notify_parent(tsk, sig);
		tsk->exit_state = EXIT_ZOMBIE;
		get_task_struct(tsk); /* the tracer's, until wait4() reaps */
	} else if (tsk->real_parent && tsk->exit_signal != -1 &&
		   (delay_group_leader(tsk) || !do_notify_parent(tsk, tsk->exit_signal))) {
		tsk->exit_state = EXIT_ZOMBIE;
		get_task_struct(tsk); /* the parent's, until wait4() reaps */
	} else {
		struct task_struct *leader = tsk->group_leader;

		if (!thread_group_leader(tsk)) /* its times stay with the process */
			account_dead_thread(tsk);
		if (!list_empty(&tsk->sibling))
			list_del_init(&tsk->sibling);
		if (!list_empty(&tsk->thread_group))
			list_del_init(&tsk->thread_group);
		unlink_task(tsk);
		reaped = true;
		if (leader != tsk)
			notify_delayed_leader(leader, &orphans);
	}
	/* exec's de_thread waits for the others to be gone (or a zombie leader) */
	if (tsk->signal->group_exit_task && tsk->signal->group_exit_task != tsk)
		wake_up_process(tsk->signal->group_exit_task);
	spin_unlock_irqrestore(&tasklist_lock, flags);
	if (reaped) /* nobody will wait for it: release_task()'s flush, here */
		proc_flush_task(tsk);
	list_for_each_entry_safe(zombie, n, &orphans, sibling) {
		list_del_init(&zombie->sibling);
		release_task(zombie);
	}
	wake_up_interruptible(&child_exit_wq); /* a zombie to reap, or one fewer child */
	local_irq_disable();
}

/**
 * do_exit - end the current task
 * @code: its exit code, returned by kthread_stop(); for a process the
 *        wait status its parent sees (status << 8, or the signal number)
 *
 * Context: process context (or the oops path of a task). Does not return.
 */
void __noreturn do_exit(long code)
{
	struct task_struct *tsk = current;
	bool group_dead;

	if (unlikely(in_interrupt()))
		panic("Aiee, killing interrupt handler!");
	if (unlikely(tsk == &init_task))
		panic("Attempted to kill the idle task!");
	if (unlikely(in_atomic())) {
		printk(KERN_INFO "note: %s[%d] exited with preempt_count %d\n", tsk->comm, tsk->pid,
		       preempt_count());
		preempt_count() = 0;
	}
	if (unlikely(tsk->pid == 1 && tsk->mm))
		panic("Attempted to kill init!");
	if (unlikely(tsk->ptrace & PT_TRACE_EXIT)) /* the tracer may look before we go */
		ptrace_event(PT_TRACE_EXIT, PTRACE_EVENT_EXIT, code);
	tsk->flags |= PF_EXITING;
	group_dead = atomic_dec_and_test(&tsk->signal->live);
	if (group_dead) { /* the thread group is dead */
		hrtimer_cancel(&tsk->signal->real_timer);
		exit_itimers(tsk->signal);
	}
	mm_release(tsk);
	exit_mm(tsk);
	local_irq_disable();
	sighand_put(tsk->sighand);
	tsk->sighand = NULL;
	local_irq_enable();
	tsk->exit_code = code;
	exit_sem(tsk); /* SEM_UNDO's totals go back to their sets (ipc/sem.c) */
	exit_files(tsk);
	exit_fs(tsk);
	if (group_dead && tsk->signal->leader)
		disassociate_ctty(1); /* the session leader's terminal hangs up */
	/*
	 * No preemption from here: the kthread_stop() this wakes may
	 * preempt us (CFS wake-up preemption), and it expects the task to
	 * be gone, not half-exited, by the time it runs.
	 */
	preempt_disable();
	if (tsk->kthread)
		complete(&tsk->kthread->exited);
	exit_notify(tsk);
	tsk->state = TASK_DEAD;
	schedule();
	BUG();
}

/**
 * release_task - free a reaped zombie
 * @p: the zombie, already off its parent's children list or about to be
 *
 * Context: process context (wait4, or exit of an orphan's parent).
 */
void release_task(struct task_struct *p)
{
	unsigned long flags;

	spin_lock_irqsave(&tasklist_lock, flags);
	if (!list_empty(&p->sibling))
		list_del_init(&p->sibling);
	if (!list_empty(&p->ptrace_entry)) /* a tracer's zombie nobody else will reap */
		list_del_init(&p->ptrace_entry);
	if (!list_empty(&p->thread_group))
		list_del_init(&p->thread_group);
	unlink_task(p);
	p->exit_state = EXIT_DEAD;
	spin_unlock_irqrestore(&tasklist_lock, flags);
	proc_flush_task(p);
	put_task_struct(p);
}

/*
 * What one wait asks for: 2.6.32's struct wait_opts, shared by wait4,
 * waitpid and waitid. @wo_type says which children count (PIDTYPE_PID:
 * the one with pid @wo_pid; PIDTYPE_PGID: those of process group
 * @wo_pid; PIDTYPE_MAX: any); @notask_error is -ECHILD until a child is
 * seen that may later have something to report.
 */
struct wait_opts {
	enum pid_type wo_type;
	int wo_flags;
	pid_t wo_pid;
	struct waitid_siginfo __user *wo_info;
	int __user *wo_stat;
	struct rusage __user *wo_rusage;
	int notask_error;
};

/* What the scan found, to be copied out once tasklist_lock is dropped */
enum wait_event {
	WAIT_NOTHING,
	WAIT_ZOMBIE,
	WAIT_ZOMBIE_NOREAP,
	WAIT_ZOMBIE_TRACED, /* a tracer's zombie that goes back to its real parent, or is released */
	WAIT_STOPPED,
	WAIT_TRACED,
	WAIT_CONTINUED
};

/* Is @p in the set @wo names (2.6.32's eligible_pid)? */
static bool eligible_pid(struct wait_opts *wo, struct task_struct *p)
{
	switch (wo->wo_type) {
	case PIDTYPE_PID:
		return p->pid == wo->wo_pid;
	case PIDTYPE_PGID:
		return task_pgrp_nr(p) == wo->wo_pid;
	default:
		return true;
	}
}

/* Is @p a child this wait may report? */
static bool eligible_child(struct wait_opts *wo, struct task_struct *p)
{
	if (!eligible_pid(wo, p))
		return false;
	if (wo->wo_flags & __WALL)
		return true;
	/* a "clone" child is one that signals its parent with anything but SIGCHLD */
	return !!(wo->wo_flags & __WCLONE) == (p->exit_signal != SIGCHLD);
}

/*
 * A zombie: with WNOWAIT only looked at (a reference taken), else
 * claimed, taken off the children list so no other thread reaps it too
 * (2.6.32 moves it to EXIT_DEAD for that). tasklist_lock held.
 */
static enum wait_event wait_task_zombie(struct wait_opts *wo, struct task_struct *p, int *code)
{
	if (!(wo->wo_flags & WEXITED))
		return WAIT_NOTHING;
	if (wo->wo_flags & WNOWAIT) {
		*code = p->exit_code;
		get_task_struct(p);
		return WAIT_ZOMBIE_NOREAP;
	}
	/* the whole group's status, if it ended as one */
	*code = (p->signal->flags & SIGNAL_GROUP_EXIT) ? p->signal->group_exit_code : p->exit_code;
	if (p->ptrace && ptrace_reparented(p)) {
		/*
		 * The tracer learns of it first; then the real parent hears
		 * of the death and reaps it, or nobody wants it and it is
		 * released now (2.6.32's wait_task_zombie, traced).
		 */
		__ptrace_unlink(p);
		if (p->exit_signal == -1 || !thread_group_empty(p) ||
		    do_notify_parent(p, p->exit_signal)) {
			list_del_init(&p->sibling);
			p->exit_state = EXIT_DEAD;
		} else {
			get_task_struct(p); /* only looked at: the zombie stays */
		}
		return WAIT_ZOMBIE_TRACED;
	}
	if (p->ptrace)
		__ptrace_unlink(p);
	list_del_init(&p->sibling);
	return WAIT_ZOMBIE;
}

/*
 * A stopped child not yet reported: its stop signal, taken unless
 * WNOWAIT. A tracer sees its tracee's stops (the signal in its exit_code)
 * without WUNTRACED; others need WUNTRACED and see the group stop.
 */
static enum wait_event wait_task_stopped(struct wait_opts *wo, bool ptrace, struct task_struct *p,
					 int *code)
{
	int *p_code = ptrace ? &p->exit_code : &p->signal->group_exit_code;

	if (!ptrace && !(wo->wo_flags & WUNTRACED))
		return WAIT_NOTHING;
	if (!*p_code)
		return WAIT_NOTHING;
	*code = *p_code;
	if (!(wo->wo_flags & WNOWAIT))
		*p_code = 0;
	get_task_struct(p);
	return ptrace ? WAIT_TRACED : WAIT_STOPPED;
}

/* A child continued by SIGCONT and not yet reported (WCONTINUED) */
static enum wait_event wait_task_continued(struct wait_opts *wo, struct task_struct *p)
{
	struct signal_struct *sig = p->signal;

	if (!(wo->wo_flags & WCONTINUED) || !(sig->flags & SIGNAL_STOP_CONTINUED))
		return WAIT_NOTHING;
	if (!(wo->wo_flags & WNOWAIT))
		sig->flags &= ~SIGNAL_STOP_CONTINUED;
	get_task_struct(p);
	return WAIT_CONTINUED;
}

/*
 * 2.6.32's wait_consider_task: is there something to report about @p?
 * A zombie that is not wanted (no WEXITED) leaves notask_error alone,
 * so waiting only for stops with nothing but zombies is -ECHILD.
 */
static enum wait_event wait_consider_task(struct wait_opts *wo, bool ptrace, struct task_struct *p,
					  int *code)
{
	if (!eligible_child(wo, p))
		return WAIT_NOTHING;
	if (!ptrace && p->ptrace) {
		/* hidden by its tracer: this parent will see it when it is let go */
		wo->notask_error = 0;
		return WAIT_NOTHING;
	}
	if (p->exit_state == EXIT_DEAD)
		return WAIT_NOTHING;
	if (p->exit_state == EXIT_ZOMBIE && !delay_group_leader(p))
		return wait_task_zombie(wo, p, code);
	/* running or stopped: it may later stop, continue or end */
	wo->notask_error = 0;
	if (ptrace ? task_is_stopped_or_traced(p) : !!(p->signal->flags & SIGNAL_STOP_STOPPED)) {
		enum wait_event ev = wait_task_stopped(wo, ptrace, p, code);

		if (ev != WAIT_NOTHING)
			return ev;
	}
	return wait_task_continued(wo, p);
}

/* The children of every thread of the process (unless __WNOTHREAD), as 2.6.32's do_wait */
static enum wait_event wait_scan(struct wait_opts *wo, struct task_struct **found, int *code)
{
	struct task_struct *p, *tsk = current;
	enum wait_event ev = WAIT_NOTHING;
	unsigned long flags;

	spin_lock_irqsave(&tasklist_lock, flags);
	do {
		list_for_each_entry(p, &tsk->children, sibling) {
			ev = wait_consider_task(wo, false, p, code);
			if (ev != WAIT_NOTHING) {
				*found = p;
				goto out;
			}
		}
		/* and the tasks it traces (2.6.32's ptrace_do_wait) */
		list_for_each_entry(p, &tsk->ptraced, ptrace_entry) {
			ev = wait_consider_task(wo, true, p, code);
			if (ev != WAIT_NOTHING) {
				*found = p;
				goto out;
			}
		}
		if (wo->wo_flags & __WNOTHREAD)
			break;
	}
	while_each_thread(current, tsk);
out:
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return ev;
}

/*
 * The reaped child's times, and those of the children it reaped, go to
 * the parent's cutime/cstime (getrusage RUSAGE_CHILDREN, times), as
 * 2.6.32's wait_task_zombie.
 */
static void account_reaped(struct task_struct *p)
{
	struct signal_struct *psig = current->signal, *sig = p->signal;

	psig->cutime += p->utime + sig->utime + sig->cutime;
	psig->cstime += p->stime + sig->stime + sig->cstime;
	psig->cnvcsw += p->nvcsw + sig->nvcsw + sig->cnvcsw;
	psig->cnivcsw += p->nivcsw + sig->nivcsw + sig->cnivcsw;
	psig->cmin_flt += p->min_flt + sig->min_flt + sig->cmin_flt;
	psig->cmaj_flt += p->maj_flt + sig->maj_flt + sig->cmaj_flt;
	psig->cmaxrss = max(psig->cmaxrss, max(sig->maxrss, sig->cmaxrss));
}

/* @p's usage and its reaped children's, to the caller's rusage (2.6.32's getrusage(p, RUSAGE_BOTH)) */
static int wait_rusage(struct wait_opts *wo, struct task_struct *p)
{
	struct rusage r;

	if (!wo->wo_rusage)
		return 0;
	getrusage(p, RUSAGE_BOTH, &r);
	return copy_to_user(wo->wo_rusage, &r, sizeof(r)) ? -EFAULT : 0;
}

/* waitid's siginfo, field by field in 2.6.32's order: si_code holds only CLD_* (its low half) */
static int put_waitid_info(struct waitid_siginfo __user *infop, int why, int status,
			   struct task_struct *p)
{
	int ret = put_user(SIGCHLD, &infop->si_signo);

	if (!ret)
		ret = put_user(0, &infop->si_errno);
	if (!ret)
		ret = put_user((short)why, &infop->si_code);
	if (!ret)
		ret = put_user(status, &infop->si_status);
	if (!ret)
		ret = put_user(p->pid, &infop->si_pid);
	if (!ret)
		ret = put_user(p->cred.uid, &infop->si_uid);
	return ret;
}

/* An exit status as waitid tells it: CLD_EXITED and the code, or the signal */
static int exit_code_why(int *status)
{
	int why;

	if ((*status & 0x7f) == 0) {
		why = CLD_EXITED;
		*status >>= 8;
	} else {
		why = (*status & 0x80) ? CLD_DUMPED : CLD_KILLED;
		*status &= 0x7f;
	}
	return why;
}

/* WNOWAIT, or a continued child for waitid: report, leave it as it is (2.6.32's wait_noreap_copyout) */
static long wait_noreap_copyout(struct wait_opts *wo, struct task_struct *p, int why, int status)
{
	long ret = wait_rusage(wo, p);

	if (!ret && wo->wo_info)
		ret = put_waitid_info(wo->wo_info, why, status, p);
	if (!ret)
		ret = p->pid;
	put_task_struct(p);
	return ret;
}

/* Tell a dead child's rusage, status and siginfo; its pid, or -EFAULT */
static long wait_death_copyout(struct wait_opts *wo, struct task_struct *p, int status)
{
	long ret = wait_rusage(wo, p);

	if (!ret && wo->wo_stat)
		ret = put_user(status, wo->wo_stat);
	if (!ret && wo->wo_info) {
		int why = exit_code_why(&status);

		ret = put_waitid_info(wo->wo_info, why, status, p);
	}
	return ret ? ret : p->pid;
}

/* Reap a claimed zombie: tell its status, free it (even if telling faulted) */
static long wait_reap(struct wait_opts *wo, struct task_struct *p, int status)
{
	long ret;

	account_reaped(p);
	ret = wait_death_copyout(wo, p, status);
	release_task(p);
	return ret;
}

/*
 * A traced zombie its tracer reaps: told like any death, then released, or
 * left (a reference dropped) for its real parent to reap.
 */
static long wait_traced_zombie_copyout(struct wait_opts *wo, struct task_struct *p, int status)
{
	long ret = wait_death_copyout(wo, p, status);

	if (p->exit_state == EXIT_DEAD)
		release_task(p);
	else
		put_task_struct(p);
	wake_up_child_waiters(); /* the real parent may reap it now */
	return ret;
}

/* Report a stopped child: wait status (sig << 8 | 0x7f), CLD_STOPPED or CLD_TRAPPED */
static long wait_stopped_copyout(struct wait_opts *wo, struct task_struct *p, int sig, int why)
{
	long ret;

	if (wo->wo_flags & WNOWAIT)
		return wait_noreap_copyout(wo, p, why, sig);
	ret = wait_rusage(wo, p);
	if (!ret && wo->wo_stat)
		ret = put_user((sig << 8) | 0x7f, wo->wo_stat);
	if (!ret && wo->wo_info)
		ret = put_waitid_info(wo->wo_info, why, sig, p);
	if (!ret)
		ret = p->pid;
	put_task_struct(p);
	return ret;
}

/* Report a continued child: wait status 0xffff, or CLD_CONTINUED for waitid */
static long wait_continued_copyout(struct wait_opts *wo, struct task_struct *p)
{
	long ret;

	if (wo->wo_info)
		return wait_noreap_copyout(wo, p, CLD_CONTINUED, SIGCONT);
	ret = wait_rusage(wo, p);
	if (!ret && wo->wo_stat)
		ret = put_user(0xffff, wo->wo_stat);
	if (!ret)
		ret = p->pid;
	put_task_struct(p);
	return ret;
}

/* Copy out what the scan found: the child's pid, or -EFAULT */
static long wait_copyout(struct wait_opts *wo, enum wait_event ev, struct task_struct *p, int code)
{
	switch (ev) {
	case WAIT_ZOMBIE:
		return wait_reap(wo, p, code);
	case WAIT_ZOMBIE_NOREAP: {
		int why = exit_code_why(&code);

		return wait_noreap_copyout(wo, p, why, code);
	}
	case WAIT_ZOMBIE_TRACED:
		return wait_traced_zombie_copyout(wo, p, code);
	case WAIT_STOPPED:
		return wait_stopped_copyout(wo, p, code, CLD_STOPPED);
	case WAIT_TRACED:
		return wait_stopped_copyout(wo, p, code, CLD_TRAPPED);
	default:
		return wait_continued_copyout(wo, p);
	}
}

/*
 * do_wait - the heart of wait4, waitpid and waitid (2.6.32's)
 *
 * Scans the children until one has something @wo wants; sleeps on
 * child_exit_wq while some child might yet have (notask_error 0), and
 * answers -ECHILD when none can. A signal ends the sleep with
 * -ERESTARTSYS; WNOHANG answers 0 at once.
 */
static long do_wait(struct wait_opts *wo)
{
	struct task_struct *p = NULL;
	enum wait_event ev;
	long ret;
	int code = 0;
	DEFINE_WAIT(wait);

	for (;;) {
		prepare_to_wait(&child_exit_wq, &wait, TASK_INTERRUPTIBLE);
		wo->notask_error = -ECHILD;
		ev = wait_scan(wo, &p, &code);
		if (ev != WAIT_NOTHING) {
			finish_wait(&child_exit_wq, &wait);
			return wait_copyout(wo, ev, p, code);
		}
		ret = wo->notask_error;
		if (ret || (wo->wo_flags & WNOHANG))
			break;
		ret = -ERESTARTSYS;
		if (signal_pending(current))
			break;
		schedule();
	}
	finish_wait(&child_exit_wq, &wait);
	return ret;
}

/* waitid found nothing (WNOHANG): the fields it would have set read 0, as 2.6.32 */
static long waitid_clear(struct waitid_siginfo __user *infop)
{
	long ret = put_user(0, &infop->si_signo);

	if (!ret)
		ret = put_user(0, &infop->si_errno);
	if (!ret)
		ret = put_user(0, &infop->si_code);
	if (!ret)
		ret = put_user(0, &infop->si_pid);
	if (!ret)
		ret = put_user(0, &infop->si_uid);
	if (!ret)
		ret = put_user(0, &infop->si_status);
	return ret;
}

/**
 * sys_waitid - wait for a child to change state, told in a siginfo (system call 284)
 * @which: P_PID (the child @upid), P_PGID (process group @upid) or P_ALL
 * @upid: the pid or process group; must be positive for P_PID and P_PGID
 * @infop: where si_signo (SIGCHLD), si_code (CLD_EXITED, CLD_KILLED,
 *         CLD_DUMPED, CLD_STOPPED, CLD_CONTINUED), si_pid, si_uid and
 *         si_status go; all six read 0 if WNOHANG found nothing. May be NULL.
 * @options: at least one of WEXITED, WSTOPPED, WCONTINUED; and WNOHANG,
 *           WNOWAIT (report, but leave the child in its state)
 * @ru: the child's resource usage and its reaped children's, or NULL
 *
 * Context: process context (system call); sleeps.
 * Return: 0 (a child reported, or WNOHANG and none ready), -EINVAL (bad
 * @which, @upid or @options), -ECHILD (no such child), -EFAULT,
 * -ERESTARTSYS (a signal).
 */
asmlinkage long sys_waitid(int which, pid_t upid, struct waitid_siginfo __user *infop, int options,
			   struct rusage __user *ru)
{
	struct wait_opts wo = {
		.wo_flags = options, .wo_pid = upid, .wo_info = infop, .wo_rusage = ru
	};
	long ret;

	if (options & ~(WNOHANG | WNOWAIT | WEXITED | WSTOPPED | WCONTINUED))
		return -EINVAL;
	if (!(options & (WEXITED | WSTOPPED | WCONTINUED)))
		return -EINVAL;
	switch (which) {
	case P_ALL:
		wo.wo_type = PIDTYPE_MAX;
		break;
	case P_PID:
		wo.wo_type = PIDTYPE_PID;
		if (upid <= 0)
			return -EINVAL;
		break;
	case P_PGID:
		wo.wo_type = PIDTYPE_PGID;
		if (upid <= 0)
			return -EINVAL;
		break;
	default:
		return -EINVAL;
	}
	ret = do_wait(&wo);
	if (ret > 0)
		return 0;
	if (!ret && infop)
		ret = waitid_clear(infop);
	return ret;
}

/**
 * sys_wait4 - wait for a child to end, and reap it
 * @upid: the child's pid; -1 any child; 0 any child of the caller's
 *        process group; -N any child of process group N
 * @stat_addr: where the wait status goes, or NULL
 * @options: WNOHANG, WUNTRACED (report a stopped child), WCONTINUED (a
 *           continued one), __WNOTHREAD, __WCLONE, __WALL
 * @ru: the child's resource usage and its reaped children's, or NULL
 *
 * Context: process context (system call); sleeps.
 * Return: the child's pid, 0 (WNOHANG and none ended), -ECHILD (no
 * such child), -EINVAL (bad options), -EFAULT, -ERESTARTSYS (a signal).
 */
asmlinkage long sys_wait4(pid_t upid, int __user *stat_addr, int options, struct rusage __user *ru)
{
	struct wait_opts wo = {
		.wo_flags = options | WEXITED, .wo_pid = upid, .wo_stat = stat_addr, .wo_rusage = ru
	};

	if (options & ~(WNOHANG | WUNTRACED | WCONTINUED | __WNOTHREAD | __WCLONE | __WALL))
		return -EINVAL;
	if (upid == -1) {
		wo.wo_type = PIDTYPE_MAX;
	} else if (upid < 0) {
		wo.wo_type = PIDTYPE_PGID;
		wo.wo_pid = -upid;
	} else if (upid == 0) {
		wo.wo_type = PIDTYPE_PGID;
		wo.wo_pid = task_pgrp_nr(current);
	} else {
		wo.wo_type = PIDTYPE_PID;
	}
	return do_wait(&wo);
}

/**
 * sys_waitpid - wait4() without the resource usage (system call 7)
 * @pid: as sys_wait4()
 * @stat_addr: as sys_wait4()
 * @options: as sys_wait4()
 *
 * Context: process context (system call).
 * Return: as sys_wait4().
 */
asmlinkage long sys_waitpid(pid_t pid, int __user *stat_addr, int options)
{
	return sys_wait4(pid, stat_addr, options, NULL);
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
 * do_group_exit - end every thread of the current process
 * @exit_code: the wait status the parent will see
 *
 * The first thread to get here records the status and sends SIGKILL to
 * the others (2.6.32's zap_other_threads); each ends in do_exit().
 *
 * Context: process context. Does not return.
 */
void __noreturn do_group_exit(int exit_code)
{
	struct task_struct *tsk = current;
	struct signal_struct *sig = tsk->signal;
	unsigned long flags;

	spin_lock_irqsave(&tasklist_lock, flags);
	if (signal_group_exit(sig)) { /* another thread (or exec) got here first */
		exit_code = sig->group_exit_code;
	} else {
		sig->flags = SIGNAL_GROUP_EXIT;
		sig->group_exit_code = exit_code;
		zap_other_threads(tsk);
	}
	spin_unlock_irqrestore(&tasklist_lock, flags);
	do_exit(exit_code);
}

/**
 * sys_exit_group - end every thread of the calling process (system call 252)
 * @error_code: the exit status
 *
 * Context: process context (system call). Does not return.
 */
asmlinkage long sys_exit_group(int error_code)
{
	do_group_exit((error_code & 0xff) << 8);
}

EXPORT_SYMBOL_GPL(do_exit);
