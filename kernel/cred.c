/*
 * cred.c - installing a task's new credentials.
 *
 * A task's user and group ids (struct cred) change through the set*id
 * system calls (kernel/sys.c) and through exec of a set-user-ID or
 * set-group-ID program (fs/exec.c). Each builds the new set aside and
 * installs it with commit_creds(), which is also where a change of
 * identity takes its consequence: a process whose effective or
 * file-system ids change stops being dumpable (its mm's dumpable flag
 * becomes suid_dumpable, 0 by default), so that what it did as its old
 * self (memory, open files, environment) is not shown through /proc or
 * ptrace to its new, or old, user. A parent-death signal is cleared too.
 *
 * Linux 2.6.32 keeps struct cred behind an RCU pointer, copied by
 * prepare_creds() and replaced by commit_creds() so that readers of
 * another task's credentials need no lock; Linnet embeds one struct cred
 * in the task and copies it into place, capability sets included
 * (kernel/capability.c); a process whose permitted capabilities grow
 * (root's execve after a capset) stops being dumpable too, as in 2.6.32.
 * See docs/processes.md.
 */
#include <linux/cred.h>
#include <linux/sched.h>
#include <linux/mm.h>

/**
 * commit_creds - install new credentials in the current task
 * @new: the complete new set
 *
 * Context: process context.
 * Return: 0.
 */
int commit_creds(struct cred *new)
{
	struct task_struct *task = current;
	const struct cred *old = &task->cred;

	if (old->euid != new->euid || old->egid != new->egid || old->fsuid != new->fsuid ||
	    old->fsgid != new->fsgid || !cap_issubset(new->cap_permitted, old->cap_permitted)) {
		if (task->mm)
			set_dumpable(task->mm, suid_dumpable);
		task->pdeath_signal = 0;
	}
	task->cred = *new;
	return 0;
}
