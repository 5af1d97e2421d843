/*
 * msg.h - System V message queues: the user-space records of msgctl and
 * the kernel's queue. See ipc/msg.c and docs/ipc.md.
 */
#ifndef _LINUX_MSG_H
#define _LINUX_MSG_H

#include <linux/ipc.h>
#include <linux/linkage.h>
#include <linux/list.h>

/* msgctl commands beyond IPC_* */
#define MSG_STAT 11
#define MSG_INFO 12

/* msgrcv flags */
#define MSG_NOERROR 010000 /* a longer message is cut, not refused */
#define MSG_EXCEPT 020000 /* the first message whose type is not msgtyp */

/**
 * struct msqid_ds - msgctl's old (IPC_OLD) record of a queue
 * @msg_perm: owner and mode
 * @msg_first: unused (a kernel pointer once)
 * @msg_last: unused
 * @msg_stime: last msgsnd time
 * @msg_rtime: last msgrcv time
 * @msg_ctime: last change time
 * @msg_lcbytes: reserved
 * @msg_lqbytes: reserved
 * @msg_cbytes: bytes in the queue (saturated at 65535)
 * @msg_qnum: messages in the queue (saturated at 65535)
 * @msg_qbytes: the queue's byte limit (saturated at 65535)
 * @msg_lspid: pid of the last msgsnd
 * @msg_lrpid: pid of the last msgrcv
 */
struct msqid_ds {
	struct ipc_perm msg_perm;
	void *msg_first;
	void *msg_last;
	long msg_stime;
	long msg_rtime;
	long msg_ctime;
	unsigned long msg_lcbytes;
	unsigned long msg_lqbytes;
	u16 msg_cbytes;
	u16 msg_qnum;
	u16 msg_qbytes;
	u16 msg_lspid;
	u16 msg_lrpid;
};

/**
 * struct msqid64_ds - msgctl's IPC_64 record of a queue (i386 layout)
 * @msg_perm: owner and mode
 * @msg_stime: last msgsnd time
 * @__unused1: reserved
 * @msg_rtime: last msgrcv time
 * @__unused2: reserved
 * @msg_ctime: last change time
 * @__unused3: reserved
 * @msg_cbytes: bytes in the queue
 * @msg_qnum: messages in the queue
 * @msg_qbytes: the queue's byte limit
 * @msg_lspid: pid of the last msgsnd
 * @msg_lrpid: pid of the last msgrcv
 * @__unused4: reserved
 * @__unused5: reserved
 */
struct msqid64_ds {
	struct ipc64_perm msg_perm;
	long msg_stime;
	unsigned long __unused1;
	long msg_rtime;
	unsigned long __unused2;
	long msg_ctime;
	unsigned long __unused3;
	unsigned long msg_cbytes;
	unsigned long msg_qnum;
	unsigned long msg_qbytes;
	pid_t msg_lspid;
	pid_t msg_lrpid;
	unsigned long __unused4;
	unsigned long __unused5;
};

/**
 * struct msgbuf - a message as user space passes it
 * @mtype: its type, > 0
 * @mtext: its bytes
 */
struct msgbuf {
	long mtype;
	char mtext[1];
};

/**
 * struct msginfo - IPC_INFO and MSG_INFO's answer (ipcs -l, ipcs -u)
 * @msgpool: IPC_INFO: the pool in KiB; MSG_INFO: queues in use
 * @msgmap: IPC_INFO: MSGMAP; MSG_INFO: messages queued
 * @msgmax: the largest message
 * @msgmnb: a new queue's byte limit
 * @msgmni: the most queues
 * @msgssz: MSGSSZ
 * @msgtql: IPC_INFO: MSGTQL; MSG_INFO: bytes queued
 * @msgseg: MSGSEG
 */
struct msginfo {
	int msgpool;
	int msgmap;
	int msgmax;
	int msgmnb;
	int msgmni;
	int msgssz;
	int msgtql;
	unsigned short msgseg;
};

/* 2.6.32's defaults; msgmax, msgmnb and msgmni are /proc/sys/kernel tunables */
#define MSGMNI 16
#define MSGMAX 8192
#define MSGMNB 16384
#define MSGPOOL (MSGMNI * MSGMNB / 1024)
#define MSGTQL MSGMNB
#define MSGMAP MSGMNB
#define MSGSSZ 16
#define __MSGSEG ((MSGPOOL * 1024) / MSGSSZ)
#define MSGSEG (__MSGSEG <= 0xffff ? __MSGSEG : 0xffff)

/**
 * struct msg_msg - one message in the kernel
 * @m_list: its place in its queue's q_messages
 * @m_type: its type
 * @m_ts: its size in bytes
 * @text: the bytes, right after the header (one allocation)
 */
struct msg_msg {
	struct list_head m_list;
	long m_type;
	int m_ts;
	char text[];
};

/**
 * struct msg_queue - one queue
 * @q_perm: its identity and rights; first, so the ipc code can find it
 * @q_stime: last msgsnd time
 * @q_rtime: last msgrcv time
 * @q_ctime: last change time
 * @q_cbytes: bytes queued
 * @q_qnum: messages queued
 * @q_qbytes: the byte limit
 * @q_lspid: pid of the last msgsnd
 * @q_lrpid: pid of the last msgrcv
 * @q_messages: the messages, oldest first
 * @q_receivers: the msgrcv callers asleep (struct msg_receiver)
 * @q_senders: the msgsnd callers asleep for room (struct msg_sender)
 */
struct msg_queue {
	struct kern_ipc_perm q_perm;
	time_t q_stime;
	time_t q_rtime;
	time_t q_ctime;
	unsigned long q_cbytes;
	unsigned long q_qnum;
	unsigned long q_qbytes;
	pid_t q_lspid;
	pid_t q_lrpid;
	struct list_head q_messages;
	struct list_head q_receivers;
	struct list_head q_senders;
};

long do_msgsnd(int msqid, long mtype, void __user *mtext, size_t msgsz, int msgflg);
long do_msgrcv(int msqid, long *pmtype, void __user *mtext, size_t msgsz, long msgtyp, int msgflg);
asmlinkage long sys_msgget(key_t key, int msgflg);
asmlinkage long sys_msgsnd(int msqid, struct msgbuf __user *msgp, size_t msgsz, int msgflg);
asmlinkage long sys_msgrcv(int msqid, struct msgbuf __user *msgp, size_t msgsz, long msgtyp,
			   int msgflg);
asmlinkage long sys_msgctl(int msqid, int cmd, struct msqid_ds __user *buf);

#endif /* _LINUX_MSG_H */
