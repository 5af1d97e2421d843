/*
 * ioprio.c - I/O priorities of processes: ioprio_set() and ioprio_get().
 *
 * The calls mirror setpriority/getpriority: "which" names one task
 * (IOPRIO_WHO_PROCESS), a process group (IOPRIO_WHO_PGRP) or every task
 * of a user (IOPRIO_WHO_USER), "who" the id, 0 for the caller's own. The
 * priority is a class and a level (include/linux/ioprio.h). Setting
 * checks the class first: RT needs CAP_SYS_ADMIN, RT and BE take levels
 * 0..7, NONE only 0, IDLE any; then each task must be the caller's own
 * (its uid is the caller's uid or euid) or the caller needs CAP_SYS_NICE.
 * Getting reports, for a group or a user, the best priority among the
 * tasks (ioprio_best: RT before BE before IDLE, NONE counted as BE, the
 * lower level within a class).
 *
 * A task that never set one reports IOPRIO_CLASS_NONE with level 4
 * (IOPRIO_NORM): "follow the CPU nice value", which the CFQ disk
 * scheduler does. A child inherits a priority its parent set with a
 * class (copy_io), but not a NONE one.
 *
 * Differences from Linux 2.6.32: there is no block layer, hence no
 * struct io_context; the priority lives in the task (task->ioprio, with
 * task->has_io_context standing for "io_context allocated"), which is
 * everything a program can observe. CLONE_IO, which shares the
 * io_context, gives the child a copy instead. The tasks are found by a
 * walk of the task list under tasklist_lock, as Linnet's setpriority.
 * Read next: kernel/sys.c:sys_setpriority, docs/processes.md.
 */
#include <linux/ioprio.h>
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/cred.h>
#include <linux/capability.h>
#include <linux/errno.h>

/* Is @p one of the tasks (@which, @who) names? @who is already resolved for 0 */
static bool ioprio_target(struct task_struct *p, int which, int who)
{
	switch (which) {
	case IOPRIO_WHO_PROCESS:
		return p->pid == who;
	case IOPRIO_WHO_PGRP:
		return p->signal && p->signal->pgrp == who;
	default:
		return p->cred.uid == (uid_t)who;
	}
}

/* set_task_ioprio - give @task the priority, if current may (2.6.32's check) */
static int set_task_ioprio(struct task_struct *task, int ioprio)
{
	const struct cred *cred = &current->cred;

	if (task->cred.uid != cred->euid && task->cred.uid != cred->uid && !capable(CAP_SYS_NICE))
		return -EPERM;
	task->ioprio = ioprio;
	task->has_io_context = true;
	return 0;
}

/* get_task_ioprio - @p's priority: NONE/IOPRIO_NORM when it set none (or is dead) */
static int get_task_ioprio(struct task_struct *p)
{
	if (!p->has_io_context || p->exit_state)
		return IOPRIO_PRIO_VALUE(IOPRIO_CLASS_NONE, IOPRIO_NORM);
	return p->ioprio;
}

/* ioprio_best - the better of two priorities (NONE counts as BE) */
static int ioprio_best(unsigned short aprio, unsigned short bprio)
{
	unsigned short aclass = IOPRIO_PRIO_CLASS(aprio);
	unsigned short bclass = IOPRIO_PRIO_CLASS(bprio);

	if (aclass == IOPRIO_CLASS_NONE)
		aclass = IOPRIO_CLASS_BE;
	if (bclass == IOPRIO_CLASS_NONE)
		bclass = IOPRIO_CLASS_BE;
	if (aclass == bclass)
		return min(aprio, bprio);
	return aclass > bclass ? bprio : aprio;
}

/* ioprio_check - may @ioprio be set at all? 2.6.32's order: class, then level */
static int ioprio_check(int ioprio)
{
	int data = IOPRIO_PRIO_DATA(ioprio);

	switch (IOPRIO_PRIO_CLASS(ioprio)) {
	case IOPRIO_CLASS_RT:
		if (!capable(CAP_SYS_ADMIN))
			return -EPERM;
		/* fall through - RT has levels too */
	case IOPRIO_CLASS_BE:
		return data >= IOPRIO_BE_NR || data < 0 ? -EINVAL : 0;
	case IOPRIO_CLASS_IDLE:
		return 0;
	case IOPRIO_CLASS_NONE:
		return data ? -EINVAL : 0;
	}
	return -EINVAL;
}

/*
 * ioprio_who - who = 0 means the caller, its process group, its user.
 * For IOPRIO_WHO_USER, 2.6.32's ioprio_set compares the tasks' uid with
 * @who itself (so 0 means root's tasks); only ioprio_get uses the
 * caller's uid. @setting keeps that.
 */
static int ioprio_who(int which, int who, bool setting)
{
	if (who)
		return who;
	if (which == IOPRIO_WHO_PROCESS)
		return current->pid;
	if (which == IOPRIO_WHO_PGRP)
		return task_pgrp_nr(current);
	return setting ? 0 : (int)current->cred.uid;
}

/**
 * sys_ioprio_set - ioprio_set(2): set the I/O priority of tasks (system call 289)
 * @which: IOPRIO_WHO_PROCESS, IOPRIO_WHO_PGRP or IOPRIO_WHO_USER
 * @who: the pid, process group or uid; 0 for the caller's
 * @ioprio: IOPRIO_PRIO_VALUE(class, level)
 *
 * A group or a user's tasks are set one by one until one refuses.
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL (bad class, level or @which), -EPERM (RT without
 * CAP_SYS_ADMIN; another user's task without CAP_SYS_NICE), -ESRCH (nobody).
 */
asmlinkage long sys_ioprio_set(int which, int who, int ioprio)
{
	struct task_struct *p;
	unsigned long flags;
	int ret = ioprio_check(ioprio);

	if (ret)
		return ret;
	if (which < IOPRIO_WHO_PROCESS || which > IOPRIO_WHO_USER)
		return -EINVAL;
	who = ioprio_who(which, who, true);
	ret = -ESRCH;
	spin_lock_irqsave(&tasklist_lock, flags);
	list_for_each_entry(p, &init_task.tasks, tasks) {
		if (!ioprio_target(p, which, who))
			continue;
		ret = set_task_ioprio(p, ioprio);
		if (ret)
			break;
	}
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return ret;
}

/**
 * sys_ioprio_get - ioprio_get(2): the best I/O priority among tasks (system call 290)
 * @which: IOPRIO_WHO_PROCESS, IOPRIO_WHO_PGRP or IOPRIO_WHO_USER
 * @who: the pid, process group or uid; 0 for the caller's
 *
 * Context: process context (system call).
 * Return: the priority, -EINVAL (bad @which), -ESRCH (nobody).
 */
asmlinkage long sys_ioprio_get(int which, int who)
{
	struct task_struct *p;
	unsigned long flags;
	int ret = -ESRCH;

	if (which < IOPRIO_WHO_PROCESS || which > IOPRIO_WHO_USER)
		return -EINVAL;
	who = ioprio_who(which, who, false);
	spin_lock_irqsave(&tasklist_lock, flags);
	list_for_each_entry(p, &init_task.tasks, tasks) {
		if (!ioprio_target(p, which, who))
			continue;
		ret = ret == -ESRCH ? get_task_ioprio(p) : ioprio_best(ret, get_task_ioprio(p));
	}
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return ret;
}

/**
 * copy_io - fork's part: the child keeps a priority its parent set with a class
 * @clone_flags: the clone flags (CLONE_IO: 2.6.32 shares the io_context;
 *               Linnet copies whatever the parent has)
 * @tsk: the new task
 *
 * Context: process context (copy_process).
 * Return: 0 (Linnet allocates nothing).
 */
int copy_io(unsigned long clone_flags, struct task_struct *tsk)
{
	if (!current->has_io_context)
		return 0;
	if ((clone_flags & CLONE_IO) || ioprio_valid(current->ioprio)) {
		tsk->has_io_context = true;
		tsk->ioprio = current->ioprio;
	}
	return 0;
}
