/*
 * ipc.h - System V IPC: what message queues, semaphore sets and shared
 * memory segments have in common.
 *
 * Each object is named by a key (a number the programs agree on, or
 * IPC_PRIVATE) and, once it exists, by an id the kernel hands out. It
 * carries owner, creator and mode bits (struct kern_ipc_perm) checked as
 * a file's are. The control calls (msgctl, semctl, shmctl) exchange
 * these with user space in two layouts: the old one with 16-bit ids
 * (struct ipc_perm) and IPC_64's (struct ipc64_perm), chosen by a bit
 * in the command, as on i386 in Linux 2.6.32. The i386 system call for
 * all of them is one multiplexer, sys_ipc (117), whose call numbers are
 * below. See ipc/util.c and docs/ipc.md.
 */
#ifndef _LINUX_IPC_H
#define _LINUX_IPC_H

#include <linux/types.h>
#include <linux/spinlock.h>

#define IPC_PRIVATE ((key_t)0)

typedef int key_t;

/**
 * struct ipc_perm - the old (IPC_OLD) user-space permission record: 16-bit ids
 * @key: the key
 * @uid: owner's user id
 * @gid: owner's group id
 * @cuid: creator's user id
 * @cgid: creator's group id
 * @mode: access bits (low 9) and the object's own flags
 * @seq: the slot's use count
 */
struct ipc_perm {
	key_t key;
	u16 uid;
	u16 gid;
	u16 cuid;
	u16 cgid;
	u16 mode;
	u16 seq;
};

/**
 * struct ipc64_perm - the IPC_64 user-space permission record (i386 layout)
 * @key: the key
 * @uid: owner's user id
 * @gid: owner's group id
 * @cuid: creator's user id
 * @cgid: creator's group id
 * @mode: access bits
 * @__pad1: padding (mode is 16 bits on i386)
 * @seq: the slot's use count
 * @__pad2: padding
 * @__unused1: reserved
 * @__unused2: reserved
 */
struct ipc64_perm {
	key_t key;
	u32 uid;
	u32 gid;
	u32 cuid;
	u32 cgid;
	u16 mode;
	u8 __pad1[2];
	u16 seq;
	u16 __pad2;
	unsigned long __unused1;
	unsigned long __unused2;
};

/* The get calls' flags */
#define IPC_CREAT 00001000 /* create if the key is not in use */
#define IPC_EXCL 00002000 /* with IPC_CREAT: fail if it is */
#define IPC_NOWAIT 00004000 /* do not sleep */

/* The control commands every kind has */
#define IPC_RMID 0 /* remove the object */
#define IPC_SET 1 /* set owner and mode */
#define IPC_STAT 2 /* read the object's record */
#define IPC_INFO 3 /* the limits (ipcs -l) */

/* Or'ed into a control command: which layout of the records */
#define IPC_OLD 0
#define IPC_64 0x0100

/**
 * struct ipc_kludge - msgrcv's buffer and type, passed by pointer (version 0 of the call)
 * @msgp: the user's buffer
 * @msgtyp: the type asked for
 */
struct ipc_kludge {
	struct msgbuf __user *msgp;
	long msgtyp;
};

/* sys_ipc's call numbers: the low 16 bits of its first argument */
#define SEMOP 1
#define SEMGET 2
#define SEMCTL 3
#define SEMTIMEDOP 4
#define MSGSND 11
#define MSGRCV 12
#define MSGGET 13
#define MSGCTL 14
#define SHMAT 21
#define SHMDT 22
#define SHMGET 23
#define SHMCTL 24

#define IPCMNI 32768 /* the most objects of one kind, and the id's slot multiplier */

/**
 * struct kern_ipc_perm - the kernel's record of an IPC object's identity and rights
 * @lock: guards the object (ipc_lock/ipc_unlock)
 * @deleted: set by IPC_RMID: a sleeper that wakes must give up (-EIDRM)
 * @id: the id user space sees (seq * IPCMNI + slot)
 * @key: the key, or IPC_PRIVATE
 * @uid: owner's user id
 * @gid: owner's group id
 * @cuid: creator's user id
 * @cgid: creator's group id
 * @mode: the access bits, and the kind's flags above them (SHM_DEST...)
 * @seq: how many objects the slot had before this one
 */
struct kern_ipc_perm {
	spinlock_t lock;
	int deleted;
	int id;
	key_t key;
	uid_t uid;
	gid_t gid;
	uid_t cuid;
	gid_t cgid;
	mode_t mode;
	unsigned long seq;
};

#endif /* _LINUX_IPC_H */
