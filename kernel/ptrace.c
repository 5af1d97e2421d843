/*
 * ptrace.c - process tracing: attach, stop, inspect, resume, detach.
 *
 * A tracer (a debugger, strace) takes a tracee with PTRACE_ATTACH (which
 * sends it SIGSTOP) or the tracee offers itself with PTRACE_TRACEME (its
 * real parent becomes the tracer). From then on, as in Linux 2.6.32:
 *
 *   - every signal the tracee is about to take stops it first, in
 *     TASK_TRACED (kernel/signal.c:ptrace_signal, ptrace_stop), and its
 *     tracer's wait4() reports it as stopped by that signal, WUNTRACED or
 *     not (kernel/exit.c:wait_task_stopped);
 *   - the tracer is its parent for wait and SIGCHLD: task->parent is the
 *     tracer, task->real_parent the forker, and the tracee is on the
 *     tracer's ->ptraced list beside its place among the real parent's
 *     children; the real parent's wait does not see it until it is let go;
 *   - the tracer reads and writes its memory (access_process_vm, which
 *     writes even a read-only private text page, through a private copy),
 *     its registers in the i386 struct user layout, its FPU state
 *     (arch/x86/kernel/ptrace.c);
 *   - PTRACE_CONT, PTRACE_SYSCALL (stop at each system call entry and
 *     exit), PTRACE_SINGLESTEP (one instruction, EFLAGS.TF) resume it,
 *     with a signal to deliver or none; PTRACE_KILL makes it take SIGKILL;
 *   - PTRACE_DETACH, or the tracer's exit (exit_ptrace), gives it back to
 *     its real parent, running again.
 *
 * Who may attach is ptrace_may_access(): a thread of the same process;
 * or a caller with the target's identity - its real uid equals the
 * target's real, effective and saved uid, and its real gid the target's
 * three gids - when the target is dumpable (an address space whose
 * dumpable flag is SUID_DUMP_USER; a task without one, a kernel thread,
 * is not); or a caller with CAP_SYS_PTRACE (in Linnet, effective uid 0).
 * The dumpable flag is what keeps a set-user-ID program, or one that
 * dropped privileges, from being read by the user who started it. The
 * same rule guards the sensitive files of /proc/PID (fs/proc/base.c).
 *
 * Differences from 2.6.32: no security module hook; no cred_guard_mutex
 * (Linnet's exec takes no decision a tracer could race); a traced thread
 * that is not its process's leader is released when it exits, as an
 * untraced one, instead of waiting as a zombie for its tracer. With
 * PTRACE_O_TRACEFORK, VFORK or CLONE a new child is traced from birth
 * (ptrace_init_task) and the parent reports the event (kernel/fork.c).
 * See docs/ptrace.md.
 */
#include <linux/ptrace.h>
#include <linux/sched.h>
#include <linux/capability.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/signal.h>
#include <linux/list.h>
#include <linux/spinlock.h>
#include <asm/uaccess.h>

/**
 * __ptrace_may_access - may current inspect @task?
 * @task: the target
 * @mode: PTRACE_MODE_READ or PTRACE_MODE_ATTACH
 *
 * Context: process context (may sleep: it drops a reference on the mm);
 * @task is held by the caller.
 * Return: 0 if allowed, -EPERM if not.
 */
int __ptrace_may_access(struct task_struct *task, unsigned int mode)
{
	const struct cred *cred = &current->cred, *tcred = &task->cred;
	struct mm_struct *mm;
	int dumpable = 0;

	(void)mode; /* a security module would tell the two modes apart */
	if (task->tgid == current->tgid)
		return 0;
	if ((cred->uid != tcred->euid || cred->uid != tcred->suid || cred->uid != tcred->uid ||
	     cred->gid != tcred->egid || cred->gid != tcred->sgid || cred->gid != tcred->gid) &&
	    !capable(CAP_SYS_PTRACE))
		return -EPERM;
	mm = get_task_mm(task); /* 2.6.32 holds task_lock instead: the mm cannot go meanwhile */
	if (mm) {
		dumpable = get_dumpable(mm);
		mmput(mm);
	}
	if (dumpable != SUID_DUMP_USER && !capable(CAP_SYS_PTRACE))
		return -EPERM;
	return 0;
}

/**
 * ptrace_may_access - may current inspect @task? (as a boolean)
 * @task: the target
 * @mode: PTRACE_MODE_READ or PTRACE_MODE_ATTACH
 *
 * Context: process context.
 * Return: true if allowed.
 */
bool ptrace_may_access(struct task_struct *task, unsigned int mode)
{
	return !__ptrace_may_access(task, mode);
}

/* @child is traced by @tracer from now on (tasklist_lock held; 2.6.32's __ptrace_link) */
static void __ptrace_link(struct task_struct *child, struct task_struct *tracer)
{
	list_add(&child->ptrace_entry, &tracer->ptraced);
	child->parent = tracer;
}

/**
 * ptrace_clone_event - will the tracer follow the child this clone makes?
 * @clone_flags: clone()'s flags
 *
 * Context: do_fork(), current the parent.
 * Return: PTRACE_EVENT_FORK, VFORK or CLONE if the tracer asked for that
 * kind of child with PTRACE_O_TRACEFORK, VFORK or CLONE; else 0
 * (2.6.32's tracehook_prepare_clone).
 */
int ptrace_clone_event(unsigned long clone_flags)
{
	unsigned int pt = current->ptrace;

	if (!(pt & PT_PTRACED) || (clone_flags & CLONE_UNTRACED))
		return 0;
	if (clone_flags & CLONE_VFORK)
		return (pt & PT_TRACE_VFORK) ? PTRACE_EVENT_VFORK : 0;
	if ((clone_flags & CSIGNAL) != SIGCHLD)
		return (pt & PT_TRACE_CLONE) ? PTRACE_EVENT_CLONE : 0;
	return (pt & PT_TRACE_FORK) ? PTRACE_EVENT_FORK : 0;
}

/**
 * ptrace_init_task - a new child is traced by its parent's tracer, if @ptrace
 * @child: the child, being linked into the task list
 * @ptrace: a fork event the tracer asked for, or CLONE_PTRACE
 *
 * The child inherits the options and starts with SIGSTOP pending, so it
 * stops for the tracer before its first user instruction (2.6.32's
 * ptrace_init_task and tracehook_report_clone).
 *
 * Context: tasklist_lock held, interrupts off; @child not yet running.
 */
void ptrace_init_task(struct task_struct *child, bool ptrace)
{
	if (!ptrace || !(current->ptrace & PT_PTRACED) || !current->parent)
		return;
	child->ptrace = current->ptrace;
	__ptrace_link(child, current->parent);
	sigaddset(&child->pending.signal, SIGSTOP);
	set_ti_thread_flag(task_thread_info(child), TIF_SIGPENDING);
}

/**
 * __ptrace_unlink - @child is traced no more: its real parent is its parent again
 * @child: the tracee
 *
 * A tracee stopped for its tracer goes back to its process's group stop,
 * if there is one, or runs again (2.6.32's ptrace_untrace). Its system
 * call stops and single step end.
 *
 * Context: tasklist_lock held, interrupts off.
 */
void __ptrace_unlink(struct task_struct *child)
{
	child->ptrace = 0;
	child->parent = child->real_parent;
	list_del_init(&child->ptrace_entry);
	clear_ti_thread_flag(task_thread_info(child), TIF_SYSCALL_TRACE);
	user_disable_single_step(child);
	if (task_is_traced(child)) {
		if (child->signal->flags & SIGNAL_STOP_STOPPED) {
			child->state = TASK_STOPPED;
		} else {
			set_ti_thread_flag(task_thread_info(child), TIF_SIGPENDING);
			wake_up_state(child, TASK_TRACED);
		}
	}
}

/* PTRACE_TRACEME: the real parent traces us, unless someone already does */
static int ptrace_traceme(void)
{
	struct task_struct *parent = current->real_parent;
	unsigned long flags;
	int ret = -EPERM;

	spin_lock_irqsave(&tasklist_lock, flags);
	/* an exiting parent may be past exit_ptrace(): it would never let go */
	if (!current->ptrace && parent && parent->mm && !(parent->flags & PF_EXITING)) {
		current->ptrace = PT_PTRACED;
		__ptrace_link(current, parent);
		ret = 0;
	}
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return ret;
}

/* PTRACE_ATTACH: trace @task, and stop it with SIGSTOP */
static int ptrace_attach(struct task_struct *task)
{
	struct ksignal_info info = { .signo = SIGSTOP, .code = SI_USER };
	unsigned long flags;
	int ret;

	if (task->flags & PF_KTHREAD || !task->mm || task->tgid == current->tgid)
		return -EPERM;
	ret = __ptrace_may_access(task, PTRACE_MODE_ATTACH);
	if (ret)
		return ret;
	spin_lock_irqsave(&tasklist_lock, flags);
	if (task->exit_state || task->ptrace || (task->flags & PF_EXITING)) {
		ret = -EPERM;
	} else {
		task->ptrace = PT_PTRACED;
		if (capable(CAP_SYS_PTRACE))
			task->ptrace |= PT_PTRACE_CAP;
		__ptrace_link(task, current);
		/* 2.6.32's SEND_SIG_FORCED: no sender in the siginfo */
		__send_signal(SIGSTOP, &info, task, false);
	}
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return ret;
}

/*
 * @tracer lets go of @p (tasklist_lock held). A zombie tracee goes to its
 * real parent, which hears of its death now, or is to be released at once
 * (returns true) when nobody will reap it (2.6.32's __ptrace_detach).
 */
static bool __ptrace_detach(struct task_struct *tracer, struct task_struct *p)
{
	__ptrace_unlink(p);
	if (p->exit_state != EXIT_ZOMBIE)
		return false;
	if (p->exit_signal != -1 && thread_group_empty(p)) {
		struct k_sigaction *ka =
			tracer->sighand ? &tracer->sighand->action[SIGCHLD - 1] : NULL;

		if (!p->real_parent || p->real_parent->tgid != tracer->tgid) {
			if (!p->real_parent || do_notify_parent(p, p->exit_signal))
				p->exit_signal = -1;
		} else if (ka && (ka->handler == SIG_IGN || (ka->flags & SA_NOCLDWAIT))) {
			p->exit_signal = -1; /* its parent, exiting or not, wants no zombies */
		}
		wake_up_child_waiters();
	}
	if (p->exit_signal == -1) {
		p->exit_state = EXIT_DEAD;
		return true;
	}
	return false;
}

/* PTRACE_DETACH: let @child go, delivering @data (a signal, or 0) as it resumes */
static int ptrace_detach(struct task_struct *child, unsigned int data)
{
	unsigned long flags;
	bool dead = false;

	if (data > _NSIG)
		return -EIO;
	spin_lock_irqsave(&tasklist_lock, flags);
	if (child->ptrace) {
		child->exit_code = data;
		dead = __ptrace_detach(current, child);
		if (!child->exit_state)
			wake_up_state(child, TASK_TRACED | __TASK_STOPPED);
	}
	spin_unlock_irqrestore(&tasklist_lock, flags);
	if (dead)
		release_task(child);
	return 0;
}

/**
 * exit_ptrace - an exiting tracer lets go of every task it traces
 * @tracer: the exiting task (current)
 *
 * Each tracee runs again (or goes back to its group stop); a zombie tracee
 * goes to its real parent, or is released if nobody will reap it. As
 * 2.6.32, the tracees are not killed (PTRACE_O_EXITKILL is Linux 3.8's).
 *
 * Context: exit_notify(), process context, nothing held.
 */
void exit_ptrace(struct task_struct *tracer)
{
	struct task_struct *p, *n;
	LIST_HEAD(dead);
	unsigned long flags;

	if (list_empty(&tracer->ptraced))
		return;
	spin_lock_irqsave(&tasklist_lock, flags);
	list_for_each_entry_safe(p, n, &tracer->ptraced, ptrace_entry) {
		if (__ptrace_detach(tracer, p))
			list_add(&p->ptrace_entry, &dead);
	}
	spin_unlock_irqrestore(&tasklist_lock, flags);
	list_for_each_entry_safe(p, n, &dead, ptrace_entry) {
		list_del_init(&p->ptrace_entry);
		release_task(p);
	}
}

/*
 * Is @child ours to operate on, and stopped? A child stopped by a group
 * stop becomes a traced stop. PTRACE_KILL (@kill) needs no stop.
 * 2.6.32's ptrace_check_attach; on one CPU the stopped child is off the
 * CPU already (no wait_task_inactive).
 */
static int ptrace_check_attach(struct task_struct *child, bool kill)
{
	unsigned long flags;
	int ret = -ESRCH;

	spin_lock_irqsave(&tasklist_lock, flags);
	if ((child->ptrace & PT_PTRACED) && child->parent == current) {
		ret = 0;
		if (task_is_stopped(child))
			child->state = TASK_TRACED;
		else if (!task_is_traced(child) && !kill)
			ret = -ESRCH;
	}
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return ret;
}

/* PTRACE_CONT, SYSCALL, SINGLESTEP, KILL: let it run, taking signal @data (or none) */
static int ptrace_resume(struct task_struct *child, long request, unsigned long data)
{
	if (data > _NSIG)
		return -EIO;
	if (request == PTRACE_SYSCALL)
		set_ti_thread_flag(task_thread_info(child), TIF_SYSCALL_TRACE);
	else
		clear_ti_thread_flag(task_thread_info(child), TIF_SYSCALL_TRACE);
	if (request == PTRACE_SINGLESTEP)
		user_enable_single_step(child);
	else
		user_disable_single_step(child);
	child->exit_code = data;
	wake_up_process(child);
	return 0;
}

/* PTRACE_SETOPTIONS: the PTRACE_O_ bits, kept as PT_ bits (2.6.32's ptrace_setoptions) */
static int ptrace_setoptions(struct task_struct *child, long data)
{
	child->ptrace &= ~(PT_TRACESYSGOOD | PT_TRACE_MASK);
	if (data & PTRACE_O_TRACESYSGOOD)
		child->ptrace |= PT_TRACESYSGOOD;
	if (data & PTRACE_O_TRACEFORK)
		child->ptrace |= PT_TRACE_FORK;
	if (data & PTRACE_O_TRACEVFORK)
		child->ptrace |= PT_TRACE_VFORK;
	if (data & PTRACE_O_TRACECLONE)
		child->ptrace |= PT_TRACE_CLONE;
	if (data & PTRACE_O_TRACEEXEC)
		child->ptrace |= PT_TRACE_EXEC;
	if (data & PTRACE_O_TRACEVFORKDONE)
		child->ptrace |= PT_TRACE_VFORK_DONE;
	if (data & PTRACE_O_TRACEEXIT)
		child->ptrace |= PT_TRACE_EXIT;
	return (data & ~PTRACE_O_MASK) ? -EINVAL : 0;
}

/* PTRACE_GETSIGINFO / SETSIGINFO: the siginfo of the stop (-EINVAL if it has none) */
static int ptrace_siginfo(struct task_struct *child, long request, void __user *data)
{
	struct ksignal_info *info = child->last_siginfo;

	if (!info)
		return -EINVAL;
	if (request == PTRACE_GETSIGINFO)
		return copy_siginfo_to_user(data, info);
	return ptrace_siginfo_from_user(info, data);
}

/* PEEKTEXT/PEEKDATA: a word of the tracee's memory, stored at @data */
static int ptrace_peekdata(struct task_struct *child, unsigned long addr,
			   unsigned long __user *data)
{
	unsigned long tmp;

	if (access_process_vm(child, addr, &tmp, sizeof(tmp), 0) != sizeof(tmp))
		return -EIO;
	return put_user(tmp, data);
}

/* POKETEXT/POKEDATA: a word into the tracee's memory, text included */
static int ptrace_pokedata(struct task_struct *child, unsigned long addr, unsigned long data)
{
	return access_process_vm(child, addr, &data, sizeof(data), 1) == sizeof(data) ? 0 : -EIO;
}

/**
 * ptrace_request - the requests every architecture shares
 * @child: the tracee, stopped (or any, for PTRACE_KILL)
 * @request: PTRACE_*
 * @addr: the request's address argument
 * @data: the request's data argument
 *
 * Context: process context (sys_ptrace, through arch_ptrace).
 * Return: 0, or -EIO (bad request, address or signal), -EFAULT, -EINVAL.
 */
int ptrace_request(struct task_struct *child, long request, long addr, long data)
{
	switch (request) {
	case PTRACE_PEEKTEXT:
	case PTRACE_PEEKDATA:
		return ptrace_peekdata(child, addr, (unsigned long __user *)data);
	case PTRACE_POKETEXT:
	case PTRACE_POKEDATA:
		return ptrace_pokedata(child, addr, data);
	case PTRACE_SETOPTIONS:
		return ptrace_setoptions(child, data);
	case PTRACE_GETEVENTMSG:
		return put_user(child->ptrace_message, (unsigned long __user *)data);
	case PTRACE_GETSIGINFO:
	case PTRACE_SETSIGINFO:
		return ptrace_siginfo(child, request, (void __user *)data);
	case PTRACE_DETACH:
		return ptrace_detach(child, data);
	case PTRACE_CONT:
	case PTRACE_SYSCALL:
	case PTRACE_SINGLESTEP:
		return ptrace_resume(child, request, data);
	case PTRACE_KILL:
		if (child->exit_state) /* already dead */
			return 0;
		return ptrace_resume(child, request, SIGKILL);
	default:
		return -EIO;
	}
}

/**
 * sys_ptrace - trace a process (system call 26)
 * @request: PTRACE_TRACEME, PTRACE_ATTACH, or a request on a tracee
 * @pid: the tracee (ignored by PTRACE_TRACEME)
 * @addr: an address in the tracee, or an offset in struct user
 * @data: a value, a signal number, or where in the caller to store a result
 *
 * Every request but TRACEME and ATTACH needs @pid to be traced by the
 * caller and stopped for it (PTRACE_KILL: just traced).
 *
 * Context: process context (system call); may sleep.
 * Return: 0; -ESRCH (no such task, not ours, or not stopped), -EPERM
 * (may not attach, or traced already), -EIO, -EFAULT, -EINVAL.
 */
asmlinkage long sys_ptrace(long request, long pid, long addr, long data)
{
	struct task_struct *child;
	unsigned long flags;
	long ret;

	if (request == PTRACE_TRACEME)
		return ptrace_traceme();
	if (pid <= 0)
		return -ESRCH;
	spin_lock_irqsave(&tasklist_lock, flags);
	child = find_task_by_pid(pid);
	if (child)
		get_task_struct(child);
	spin_unlock_irqrestore(&tasklist_lock, flags);
	if (!child)
		return -ESRCH;
	if (request == PTRACE_ATTACH)
		ret = ptrace_attach(child);
	else
		ret = ptrace_check_attach(child, request == PTRACE_KILL);
	if (!ret && request != PTRACE_ATTACH)
		ret = arch_ptrace(child, request, addr, data);
	put_task_struct(child);
	return ret;
}
