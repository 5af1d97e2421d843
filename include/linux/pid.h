/*
 * pid.h - the kinds of process id a signal can be aimed at.
 *
 * A number names a thread (its pid), a process group (its leader's pid)
 * or a session. 2.6.32 hangs every task off a struct pid per kind, so
 * that do_each_pid_task(pid, PIDTYPE_PGID, p) walks a group's members
 * and a struct pid can be held by a file owner (F_SETOWN) after its
 * process is gone. Linnet keeps only the numbers (task->pid,
 * signal->pgrp, signal->session) and finds the members by walking the
 * task list; the enum is 2.6.32's, so the code that aims a signal reads
 * as Linux's. See fs/fcntl.c:send_sigio and docs/processes.md.
 */
#ifndef _LINUX_PID_H
#define _LINUX_PID_H

/**
 * enum pid_type - which tasks a number stands for
 * @PIDTYPE_PID: the task with that pid
 * @PIDTYPE_PGID: the processes of that process group
 * @PIDTYPE_SID: the processes of that session
 * @PIDTYPE_MAX: the number of kinds; fs/fcntl.c uses it, as 2.6.32
 *               does, for "this one thread only" (F_OWNER_TID)
 */
enum pid_type {
	PIDTYPE_PID,
	PIDTYPE_PGID,
	PIDTYPE_SID,
	PIDTYPE_MAX
};

#endif /* _LINUX_PID_H */
