/*
 * ptrace.c - may the current task inspect another one?
 *
 * A process may look into (PTRACE_MODE_READ) or control
 * (PTRACE_MODE_ATTACH) another when it is a thread of the same process;
 * or when it has the target's identity - its real uid equals the
 * target's real, effective and saved uid, and its real gid the target's
 * three gids - and the target is dumpable (an address space whose
 * dumpable flag is SUID_DUMP_USER; a task without one, a kernel thread,
 * is not); or when it has CAP_SYS_PTRACE (in Linnet, effective uid 0).
 * The dumpable flag is what keeps a set-user-ID program, or one that
 * dropped privileges, from being read by the user who started it.
 *
 * As Linux 2.6.32's __ptrace_may_access, without the security module
 * hook. Linnet has no ptrace(2) system call: the rule serves /proc/PID
 * (fs/proc/base.c) only. See docs/procfs.md.
 */
#include <linux/ptrace.h>
#include <linux/sched.h>
#include <linux/capability.h>
#include <linux/errno.h>
#include <linux/mm.h>

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
