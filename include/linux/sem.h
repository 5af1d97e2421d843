/*
 * sem.h - System V semaphore sets: semop's operations, semctl's records
 * and the kernel's sets, waiting operations and undo lists. See
 * ipc/sem.c and docs/ipc.md.
 */
#ifndef _LINUX_SEM_H
#define _LINUX_SEM_H

#include <linux/ipc.h>
#include <linux/linkage.h>
#include <linux/list.h>
#include <linux/time.h>

/* semop flags */
#define SEM_UNDO 0x1000 /* undo the operation when the process exits */

/* semctl commands */
#define GETPID 11 /* the pid of the last semop */
#define GETVAL 12 /* semval */
#define GETALL 13 /* every semval */
#define GETNCNT 14 /* how many wait for semval to grow */
#define GETZCNT 15 /* how many wait for semval to be 0 */
#define SETVAL 16 /* set semval */
#define SETALL 17 /* set every semval */
#define SEM_STAT 18
#define SEM_INFO 19

/**
 * struct semid_ds - semctl's old (IPC_OLD) record of a set
 * @sem_perm: owner and mode
 * @sem_otime: last semop time
 * @sem_ctime: last change time
 * @sem_base: unused (a kernel pointer once)
 * @sem_pending: unused
 * @sem_pending_last: unused
 * @undo: unused
 * @sem_nsems: how many semaphores
 */
struct semid_ds {
	struct ipc_perm sem_perm;
	long sem_otime;
	long sem_ctime;
	void *sem_base;
	void *sem_pending;
	void *sem_pending_last;
	void *undo;
	unsigned short sem_nsems;
};

/**
 * struct semid64_ds - semctl's IPC_64 record of a set (i386 layout)
 * @sem_perm: owner and mode
 * @sem_otime: last semop time
 * @__unused1: reserved
 * @sem_ctime: last change time
 * @__unused2: reserved
 * @sem_nsems: how many semaphores
 * @__unused3: reserved
 * @__unused4: reserved
 */
struct semid64_ds {
	struct ipc64_perm sem_perm;
	long sem_otime;
	unsigned long __unused1;
	long sem_ctime;
	unsigned long __unused2;
	unsigned long sem_nsems;
	unsigned long __unused3;
	unsigned long __unused4;
};

/**
 * struct sembuf - one operation of a semop call
 * @sem_num: which semaphore
 * @sem_op: > 0 add; < 0 wait until it can be subtracted; 0 wait for zero
 * @sem_flg: IPC_NOWAIT, SEM_UNDO
 */
struct sembuf {
	unsigned short sem_num;
	short sem_op;
	short sem_flg;
};

/**
 * union semun - semctl's fourth argument
 * @val: SETVAL's value
 * @buf: IPC_STAT and IPC_SET's record
 * @array: GETALL and SETALL's values
 * @__buf: IPC_INFO's record
 * @__pad: the pointer as sys_ipc reads it
 */
union semun {
	int val;
	struct semid_ds __user *buf;
	unsigned short __user *array;
	struct seminfo __user *__buf;
	void __user *__pad;
};

/**
 * struct seminfo - IPC_INFO and SEM_INFO's answer (ipcs -l, ipcs -u)
 * @semmap: SEMMAP
 * @semmni: the most sets
 * @semmns: the most semaphores in all
 * @semmnu: SEMMNU
 * @semmsl: the most semaphores in a set
 * @semopm: the most operations in one semop
 * @semume: SEMUME
 * @semusz: IPC_INFO: SEMUSZ; SEM_INFO: sets in use
 * @semvmx: the largest semval
 * @semaem: IPC_INFO: SEMAEM; SEM_INFO: semaphores in use
 */
struct seminfo {
	int semmap;
	int semmni;
	int semmns;
	int semmnu;
	int semmsl;
	int semopm;
	int semume;
	int semusz;
	int semvmx;
	int semaem;
};

/* 2.6.32's limits; SEMMSL, SEMMNS, SEMOPM and SEMMNI are kernel.sem */
#define SEMMNI 128
#define SEMMSL 250
#define SEMMNS (SEMMNI * SEMMSL)
#define SEMOPM 32
#define SEMVMX 32767
#define SEMAEM SEMVMX
#define SEMUME SEMOPM
#define SEMMNU SEMMNS
#define SEMMAP SEMMNS
#define SEMUSZ 20

/**
 * struct sem - one semaphore
 * @semval: its value, 0..SEMVMX
 * @sempid: the pid of the last process to operate on it
 */
struct sem {
	int semval;
	int sempid;
};

/**
 * struct sem_array - one set
 * @sem_perm: identity and rights; first, so the ipc code can find it
 * @sem_otime: last semop time
 * @sem_ctime: last change time
 * @sem_base: the semaphores (right after the set, one allocation)
 * @sem_pending: the operations asleep, in arrival order (struct sem_queue)
 * @list_id: the undo records for this set (struct sem_undo)
 * @sem_nsems: how many semaphores
 */
struct sem_array {
	struct kern_ipc_perm sem_perm;
	time_t sem_otime;
	time_t sem_ctime;
	struct sem *sem_base;
	struct list_head sem_pending;
	struct list_head list_id;
	int sem_nsems;
};

/**
 * struct sem_queue - a semop waiting for its operations to be possible
 * @list: its place in the set's sem_pending
 * @sleeper: the task
 * @undo: its undo record, if any operation has SEM_UNDO
 * @pid: the task's tgid
 * @status: -EINTR while waiting; the result once another semop or
 *          IPC_RMID completed it (0, or -EIDRM)
 * @sops: the operations
 * @nsops: how many
 * @alter: does any operation change a value?
 */
struct sem_queue {
	struct list_head list;
	struct task_struct *sleeper;
	struct sem_undo *undo;
	int pid;
	int status;
	struct sembuf *sops;
	int nsops;
	int alter;
};

/**
 * struct sem_undo - what a process's SEM_UNDO operations on one set add up to
 * @list_proc: its place in the process's undo list
 * @list_id: its place in the set's list_id
 * @ulp: the undo list it belongs to
 * @semid: the set's id (an entry for a removed set has semid -1)
 * @semadj: per semaphore, what exit must add back
 */
struct sem_undo {
	struct list_head list_proc;
	struct list_head list_id;
	struct sem_undo_list *ulp;
	int semid;
	short *semadj;
};

/**
 * struct sem_undo_list - a process's undo records, shared by CLONE_SYSVSEM
 * @refcnt: the tasks sharing it
 * @lock: guards @list_proc
 * @list_proc: the records (struct sem_undo)
 */
struct sem_undo_list {
	atomic_t refcnt;
	spinlock_t lock;
	struct list_head list_proc;
};

/**
 * struct sysv_sem - a task's System V semaphore state
 * @undo_list: its undo list, made by the first SEM_UNDO; NULL before
 */
struct sysv_sem {
	struct sem_undo_list *undo_list;
};

struct task_struct;
int copy_semundo(unsigned long clone_flags, struct task_struct *tsk);
void exit_sem(struct task_struct *tsk);
asmlinkage long sys_semget(key_t key, int nsems, int semflg);
asmlinkage long sys_semtimedop(int semid, struct sembuf __user *tsops, unsigned nsops,
			       const struct timespec __user *timeout);
asmlinkage long sys_semop(int semid, struct sembuf __user *tsops, unsigned nsops);
asmlinkage long sys_semctl(int semid, int semnum, int cmd, union semun arg);

#endif /* _LINUX_SEM_H */
