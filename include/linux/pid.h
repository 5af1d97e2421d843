/*
 * pid.h - process ids: the kinds a signal can be aimed at, and struct pid.
 *
 * A number names a thread (its pid), a process group (its leader's pid)
 * or a session. 2.6.32 hangs every task off a struct pid per kind, so
 * that do_each_pid_task(pid, PIDTYPE_PGID, p) walks a group's members
 * and a struct pid can be held by a file owner (F_SETOWN) after its
 * process is gone. Linnet has a struct pid for the first kind only: each
 * task's own id, in a hash table that find_pid() searches under RCU
 * (kernel/pid.c). Process groups and sessions stay numbers
 * (signal->pgrp, signal->session) whose members are found by walking the
 * task list; the enum is 2.6.32's, so the code that aims a signal reads
 * as Linux's. See fs/fcntl.c:send_sigio, docs/processes.md and
 * docs/rcu.md.
 */
#ifndef _LINUX_PID_H
#define _LINUX_PID_H

#include <linux/types.h>
#include <linux/atomic.h>
#include <linux/list.h>
#include <linux/rcupdate.h>

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

struct task_struct;

/**
 * struct pid - a task's id as an object, found by number in the pid hash
 * @count: references: one for the hash until a grace period after
 *         free_pid(), one for the task until it is freed, and get_pid()'s
 * @nr: the number (2.6.32: numbers[level].nr, one per pid namespace)
 * @task: the task with this id, NULL once it is detached; read with
 *        rcu_dereference() (2.6.32: the list tasks[PIDTYPE_PID])
 * @pid_chain: the link in pid_hash[] (2.6.32: numbers[level].pid_chain)
 * @rcu: for the put free_pid() defers past the readers
 */
struct pid {
	atomic_t count;
	int nr;
	struct task_struct *task;
	struct hlist_node pid_chain;
	struct rcu_head rcu;
};

struct pid *alloc_pid(void);
void free_pid(struct pid *pid);
void put_pid(struct pid *pid);
struct pid *find_pid(int nr);
struct task_struct *pid_task(struct pid *pid, enum pid_type type);
void attach_pid(struct task_struct *task, struct pid *pid);
void detach_pid(struct task_struct *task);
void exchange_tids(struct task_struct *left, struct task_struct *right);
void pidmap_init(void);

/**
 * get_pid - take a reference on a struct pid
 * @pid: the pid, or NULL
 *
 * Context: any; inside rcu_read_lock() for a pid find_pid() returned.
 * Return: @pid.
 */
static inline struct pid *get_pid(struct pid *pid)
{
	if (pid)
		atomic_inc(&pid->count);
	return pid;
}

/**
 * pid_nr - the number of a struct pid
 * @pid: the pid, or NULL
 *
 * Return: its number, 0 for NULL.
 */
static inline pid_t pid_nr(struct pid *pid)
{
	return pid ? pid->nr : 0;
}

#endif /* _LINUX_PID_H */
