/*
 * mqueue.h - POSIX message queues: struct mq_attr as mq_open and
 * mq_getsetattr pass it, the limits, and the system calls.
 * See ipc/mqueue.c and docs/ipc.md, "POSIX message queues".
 */
#ifndef _LINUX_MQUEUE_H
#define _LINUX_MQUEUE_H

#include <linux/types.h>
#include <linux/linkage.h>
#include <linux/time.h>

/* A queue descriptor: a file descriptor (2.6.32 has it in linux/types.h) */
typedef int mqd_t;

#define MQ_PRIO_MAX 32768 /* priorities are 0..MQ_PRIO_MAX-1 */
#define MQ_BYTES_MAX 819200 /* the default RLIMIT_MSGQUEUE, bytes per user */

/* The limits of /proc/sys/fs/mqueue (2.6.32's include/linux/ipc_namespace.h) */
#define DFLT_QUEUESMAX 256 /* queues_max: queues in all */
#define DFLT_MSGMAX 10 /* msg_max: mq_maxmsg without CAP_SYS_RESOURCE */
#define HARD_MSGMAX (131072 / sizeof(void *)) /* mq_maxmsg even with it */
#define DFLT_MSGSIZEMAX 8192 /* msgsize_max: mq_msgsize without it */

/**
 * struct mq_attr - a queue's attributes (the i386 layout)
 * @mq_flags: 0 or O_NONBLOCK (of the open queue description)
 * @mq_maxmsg: the most messages it holds
 * @mq_msgsize: the largest message, bytes
 * @mq_curmsgs: the messages queued now
 * @__reserved: ignored on input, zero on output
 */
struct mq_attr {
	long mq_flags;
	long mq_maxmsg;
	long mq_msgsize;
	long mq_curmsgs;
	long __reserved[4];
};

/*
 * SIGEV_THREAD: glibc passes a netlink socket's descriptor in sigev_signo
 * and a NOTIFY_COOKIE_LEN-byte cookie at sigev_value; the kernel would
 * send the cookie to the socket, its last byte one of NOTIFY_*. Linnet
 * has no AF_NETLINK sockets, so such a registration is refused (see
 * ipc/mqueue.c:sys_mq_notify).
 */
#define NOTIFY_NONE 0
#define NOTIFY_WOKENUP 1
#define NOTIFY_REMOVED 2
#define NOTIFY_COOKIE_LEN 32

struct sigevent;

asmlinkage long sys_mq_open(const char __user *u_name, int oflag, mode_t mode,
			    struct mq_attr __user *u_attr);
asmlinkage long sys_mq_unlink(const char __user *u_name);
asmlinkage long sys_mq_timedsend(mqd_t mqdes, const char __user *u_msg_ptr, size_t msg_len,
				 unsigned int msg_prio,
				 const struct timespec __user *u_abs_timeout);
asmlinkage long sys_mq_timedreceive(mqd_t mqdes, char __user *u_msg_ptr, size_t msg_len,
				    unsigned int __user *u_msg_prio,
				    const struct timespec __user *u_abs_timeout);
asmlinkage long sys_mq_notify(mqd_t mqdes, const struct sigevent __user *u_notification);
asmlinkage long sys_mq_getsetattr(mqd_t mqdes, const struct mq_attr __user *u_mqstat,
				  struct mq_attr __user *u_omqstat);

#endif /* _LINUX_MQUEUE_H */
