/*
 * msg.c - System V message queues: msgget, msgsnd, msgrcv, msgctl.
 *
 * A queue is a list of typed messages with a byte limit (q_qbytes,
 * msgmnb when made). msgsnd appends; msgrcv takes the first message
 * that matches the type it asks for:
 *
 *   msgtyp == 0             the first message
 *   msgtyp > 0              the first of that type (MSG_EXCEPT: of any other type)
 *   msgtyp < 0              the first of the lowest type <= -msgtyp
 *
 * Both sleep when they cannot proceed (a full queue; no matching
 * message) unless IPC_NOWAIT, and wake for a signal (-EINTR through
 * -ERESTARTNOHAND) or removal (-EIDRM). A sleeping receiver is a
 * struct msg_receiver on q_receivers: a sender whose message it would
 * take hands it over directly (pipelined_send) and the message never
 * enters the queue; a sender sleeping for room is a struct msg_sender on
 * q_senders, woken whenever a receive frees room, to try again.
 *
 *   msgsnd -> load_msg (copy in, ipc/msgutil.c) -> lock -> room? -> pipelined_send or list_add_tail
 *   msgrcv -> lock -> find_msg -> list_del -> unlock -> store_msg (copy out)
 *
 * As Linux 2.6.32's ipc/msg.c and msgutil.c, except: a message is one
 * kmalloc of header and text (2.6.32 chains page-sized segments), the
 * woken receiver retakes the queue's lock with a reference instead of
 * 2.6.32's lockless handshake on r_msg, and there is one namespace.
 * Read next: ipc/sem.c, docs/ipc.md.
 */
#include <linux/msg.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/cred.h>
#include <linux/capability.h>
#include <linux/seq_file.h>
#include <linux/uaccess.h>
#include <linux/time.h>
#include <linux/string.h>
#include <linux/stat.h>
#include <linux/errno.h>
#include "util.h"

/* A msgrcv asleep on a queue */
struct msg_receiver {
	struct list_head r_list;
	struct task_struct *r_tsk;
	int r_mode;
	long r_msgtype;
	long r_maxsize;
	struct msg_msg *r_msg; /* ERR_PTR(-EAGAIN) while waiting */
};

/* A msgsnd asleep for room */
struct msg_sender {
	struct list_head list;
	struct task_struct *tsk;
};

#define SEARCH_ANY 1
#define SEARCH_EQUAL 2
#define SEARCH_NOTEQUAL 3
#define SEARCH_LESSEQUAL 4

static int msg_hdrs; /* messages queued, all queues (MSG_INFO) */
static int msg_bytes; /* their bytes */

#define msg_unlock(msq) ipc_unlock(&(msq)->q_perm)

/* The queue whose q_perm @ipcp is */
static inline struct msg_queue *msq_of(struct kern_ipc_perm *ipcp)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
	return container_of(ipcp, struct msg_queue, q_perm);
}

static int sysvipc_msg_proc_show(struct seq_file *s, void *it);

/**
 * msg_init - the queues' table and /proc/sysvipc/msg
 *
 * Context: boot (ipc_init).
 */
void __init msg_init(void)
{
	ipc_init_ids(msg_ids);
	ipc_init_proc_interface(
		"sysvipc/msg",
		"       key      msqid perms      cbytes       qnum lspid lrpid   uid   gid  cuid  cgid      stime      rtime      ctime\n",
		IPC_MSG_IDS, sysvipc_msg_proc_show);
}

/* msgget's getnew: a new, empty queue. Context: msg_ids' rw_mutex held for writing */
static int newque(struct ipc_params *params)
{
	struct msg_queue *msq = ipc_rcu_alloc(sizeof(*msq));
	int id;

	if (!msq)
		return -ENOMEM;
	msq->q_perm.mode = params->flg & S_IRWXUGO;
	msq->q_perm.key = params->key;
	id = ipc_addid(msg_ids, &msq->q_perm, msg_ctlmni);
	if (id < 0) {
		ipc_rcu_putref(msq);
		return id;
	}
	msq->q_ctime = get_seconds();
	msq->q_qbytes = msg_ctlmnb;
	INIT_LIST_HEAD(&msq->q_messages);
	INIT_LIST_HEAD(&msq->q_receivers);
	INIT_LIST_HEAD(&msq->q_senders);
	msg_unlock(msq);
	return msq->q_perm.id;
}

/**
 * sys_msgget - msgget(2): the queue for a key, made if asked (IPC_CREAT)
 * @key: the key, or IPC_PRIVATE
 * @msgflg: IPC_CREAT, IPC_EXCL and the access bits of a new queue
 *
 * Context: process context; may sleep.
 * Return: the id, or -ENOENT, -EEXIST, -EACCES, -ENOSPC (msgmni queues), -ENOMEM.
 */
asmlinkage long sys_msgget(key_t key, int msgflg)
{
	static struct ipc_ops msg_ops = { .getnew = newque };
	struct ipc_params params = { .key = key, .flg = msgflg };

	return ipcget(msg_ids, &msg_ops, &params);
}

/* Wake every sleeping sender to try again; @kill: they must give up (removal) */
static void ss_wakeup(struct list_head *h, int kill)
{
	struct msg_sender *mss, *t;

	list_for_each_entry_safe(mss, t, h, list) {
		if (kill)
			mss->list.next = NULL; /* tells the sender it was removed from the list */
		wake_up_process(mss->tsk);
	}
	if (kill)
		INIT_LIST_HEAD(h);
}

/* Wake every sleeping receiver with @res (-EIDRM: removed; -EAGAIN: look again) */
static void expunge_all(struct msg_queue *msq, int res)
{
	struct msg_receiver *msr, *t;

	list_for_each_entry_safe(msr, t, &msq->q_receivers, r_list) {
		list_del_init(&msr->r_list);
		msr->r_msg = ERR_PTR(res);
		wake_up_process(msr->r_tsk);
	}
}

/* IPC_RMID: wake everyone with -EIDRM, free the messages. Context: rw_mutex, msq locked */
static void freeque(struct msg_queue *msq)
{
	struct msg_msg *msg, *t;
	LIST_HEAD(msgs);

	expunge_all(msq, -EIDRM);
	ss_wakeup(&msq->q_senders, 1);
	ipc_rmid(msg_ids, &msq->q_perm);
	list_splice_init(&msq->q_messages, &msgs);
	msg_hdrs -= msq->q_qnum;
	msg_bytes -= msq->q_cbytes;
	msg_unlock(msq);
	list_for_each_entry_safe(msg, t, &msgs, m_list)
		kfree(msg);
	ipc_rcu_putref(msq);
}

/* Does @msg match what a receiver asked for? */
static int testmsg(struct msg_msg *msg, long type, int mode)
{
	switch (mode) {
	case SEARCH_ANY:
		return 1;
	case SEARCH_LESSEQUAL:
		return msg->m_type <= type;
	case SEARCH_EQUAL:
		return msg->m_type == type;
	case SEARCH_NOTEQUAL:
		return msg->m_type != type;
	}
	return 0;
}

/* Hand @msg straight to a sleeping receiver that wants it; 1 if one took it */
static int pipelined_send(struct msg_queue *msq, struct msg_msg *msg)
{
	struct msg_receiver *msr, *t;

	list_for_each_entry_safe(msr, t, &msq->q_receivers, r_list) {
		if (!testmsg(msg, msr->r_msgtype, msr->r_mode))
			continue;
		list_del_init(&msr->r_list);
		if (msr->r_maxsize <
		    msg->m_ts) { /* too long for it: it fails, others may take it */
			msr->r_msg = ERR_PTR(-E2BIG);
			wake_up_process(msr->r_tsk);
			continue;
		}
		msq->q_lrpid = msr->r_tsk->pid; /* the receiver's, as 2.6.32's task_pid_vnr */
		msq->q_rtime = get_seconds();
		msr->r_msg = msg;
		wake_up_process(msr->r_tsk);
		return 1;
	}
	return 0;
}

/* Sleep until woken, with the queue unlocked but held; 0, or -EIDRM if it went away */
static int msg_sleep(struct msg_queue *msq)
{
	ipc_rcu_getref(msq);
	msg_unlock(msq);
	schedule();
	ipc_lock_by_ptr(&msq->q_perm);
	ipc_rcu_putref(msq);
	return msq->q_perm.deleted ? -EIDRM : 0;
}

/* Wait for room for @msgsz bytes; 0 with @msq locked, or a -errno with it unlocked */
static int msg_wait_room(struct msg_queue *msq, size_t msgsz, int msgflg)
{
	for (;;) {
		struct msg_sender s;
		int err;

		if (ipcperms(&msq->q_perm, S_IWUGO))
			err = -EACCES;
		else if (msgsz + msq->q_cbytes <= msq->q_qbytes && 1 + msq->q_qnum <= msq->q_qbytes)
			return 0;
		else if (msgflg & IPC_NOWAIT)
			err = -EAGAIN;
		else {
			s.tsk = current;
			list_add_tail(&s.list, &msq->q_senders);
			set_current_state(TASK_INTERRUPTIBLE);
			err = msg_sleep(msq);
			__set_current_state(TASK_RUNNING);
			if (err) {
				msg_unlock(msq);
				return err;
			}
			if (s.list.next) /* still listed: not woken by removal */
				list_del(&s.list);
			if (!signal_pending(current))
				continue;
			err = -ERESTARTNOHAND;
		}
		msg_unlock(msq);
		return err;
	}
}

/**
 * do_msgsnd - send a message: msgsnd(2)'s work, the type already read
 * @msqid: the queue's id
 * @mtype: the message's type, > 0
 * @mtext: its text in user memory
 * @msgsz: its length, at most msgmax
 * @msgflg: IPC_NOWAIT: -EAGAIN instead of sleeping on a full queue
 *
 * Context: process context; may sleep.
 * Return: 0, or -EINVAL, -EFAULT, -EACCES, -EAGAIN, -EIDRM, -ENOMEM, -ERESTARTNOHAND.
 */
long do_msgsnd(int msqid, long mtype, void __user *mtext, size_t msgsz, int msgflg)
{
	struct msg_queue *msq;
	struct kern_ipc_perm *ipcp;
	struct msg_msg *msg;
	int err;

	if (msgsz > (size_t)msg_ctlmax || (long)msgsz < 0 || msqid < 0)
		return -EINVAL;
	if (mtype < 1)
		return -EINVAL;
	msg = load_msg(mtext, msgsz);
	if (IS_ERR(msg))
		return PTR_ERR(msg);
	msg->m_type = mtype;
	ipcp = ipc_lock_check(msg_ids, msqid);
	if (IS_ERR(ipcp)) {
		kfree(msg);
		return PTR_ERR(ipcp);
	}
	msq = msq_of(ipcp);
	err = msg_wait_room(msq, msgsz, msgflg);
	if (err) {
		kfree(msg);
		return err;
	}
	msq->q_lspid = current->tgid;
	msq->q_stime = get_seconds();
	if (!pipelined_send(msq, msg)) {
		list_add_tail(&msg->m_list, &msq->q_messages);
		msq->q_cbytes += msgsz;
		msq->q_qnum++;
		msg_hdrs++;
		msg_bytes += msgsz;
	}
	msg_unlock(msq);
	return 0;
}

/*
 * The fields of a user's struct msgbuf, by address arithmetic: @msgp may
 * be any value (NULL, a kernel address), which only the copy may refuse,
 * so it is never dereferenced, not even as &msgp->mtype.
 */
static long __user *msgbuf_mtype(struct msgbuf __user *msgp)
{
	return (long __user *)((char __user *)msgp + offsetof(struct msgbuf, mtype));
}

static void __user *msgbuf_mtext(struct msgbuf __user *msgp)
{
	return (char __user *)msgp + offsetof(struct msgbuf, mtext);
}

/**
 * sys_msgsnd - msgsnd(2): append a message to a queue
 * @msqid: the queue's id
 * @msgp: the message: a long type, then the text
 * @msgsz: the text's length
 * @msgflg: IPC_NOWAIT
 *
 * Context: process context; may sleep.
 * Return: as do_msgsnd().
 */
asmlinkage long sys_msgsnd(int msqid, struct msgbuf __user *msgp, size_t msgsz, int msgflg)
{
	long mtype = 0;

	if (get_user(mtype, msgbuf_mtype(msgp)))
		return -EFAULT;
	return do_msgsnd(msqid, mtype, msgbuf_mtext(msgp), msgsz, msgflg);
}

/* msgtyp and MSG_EXCEPT as a search mode; a negative type is made positive */
static int convert_mode(long *msgtyp, int msgflg)
{
	if (*msgtyp == 0)
		return SEARCH_ANY;
	if (*msgtyp < 0) {
		*msgtyp = -*msgtyp;
		return SEARCH_LESSEQUAL;
	}
	if (msgflg & MSG_EXCEPT)
		return SEARCH_NOTEQUAL;
	return SEARCH_EQUAL;
}

/* The message msgrcv would take, or NULL: for LESSEQUAL, the first of the lowest type */
static struct msg_msg *find_msg(struct msg_queue *msq, long msgtyp, int mode)
{
	struct msg_msg *msg, *found = NULL;

	list_for_each_entry(msg, &msq->q_messages, m_list) {
		if (!testmsg(msg, msgtyp, mode))
			continue;
		if (mode != SEARCH_LESSEQUAL)
			return msg;
		if (!found || msg->m_type < found->m_type)
			found = msg;
	}
	return found;
}

/* Take @msg off the queue, and wake the senders: there is room now */
static void msg_dequeue(struct msg_queue *msq, struct msg_msg *msg)
{
	list_del(&msg->m_list);
	msq->q_qnum--;
	msq->q_rtime = get_seconds();
	msq->q_lrpid = current->tgid;
	msq->q_cbytes -= msg->m_ts;
	msg_hdrs--;
	msg_bytes -= msg->m_ts;
	ss_wakeup(&msq->q_senders, 0);
}

/*
 * Sleep as a receiver until a sender hands over a message, IPC_SET or
 * removal wakes it, or a signal; @msq locked on entry and on return.
 * ERR_PTR(-EAGAIN): nothing handed over, look at the queue again.
 */
static struct msg_msg *msg_wait_message(struct msg_queue *msq, long msgtyp, int mode, size_t msgsz,
					int msgflg)
{
	struct msg_receiver msr;
	struct msg_msg *msg;

	msr.r_tsk = current;
	msr.r_msgtype = msgtyp;
	msr.r_mode = mode;
	msr.r_maxsize = (msgflg & MSG_NOERROR) ? INT_MAX : (long)msgsz;
	msr.r_msg = ERR_PTR(-EAGAIN);
	list_add_tail(&msr.r_list, &msq->q_receivers);
	set_current_state(TASK_INTERRUPTIBLE);
	msg_sleep(msq);
	__set_current_state(TASK_RUNNING);
	msg = msr.r_msg;
	if (msg == ERR_PTR(-EAGAIN) && !list_empty(&msr.r_list))
		list_del(&msr.r_list); /* still listed: a signal or a spurious wake-up */
	if (msg == ERR_PTR(-EAGAIN) && signal_pending(current))
		msg = ERR_PTR(-ERESTARTNOHAND);
	return msg;
}

/* Find or wait for a message; it is off the queue when returned. @msq locked, unlocked after */
static struct msg_msg *msg_get(struct msg_queue *msq, long msgtyp, int mode, size_t msgsz,
			       int msgflg)
{
	struct msg_msg *msg;

	for (;;) {
		if (ipcperms(&msq->q_perm, S_IRUGO)) {
			msg = ERR_PTR(-EACCES);
			break;
		}
		msg = find_msg(msq, msgtyp, mode);
		if (msg) {
			if (msgsz < (size_t)msg->m_ts && !(msgflg & MSG_NOERROR))
				msg = ERR_PTR(-E2BIG); /* it stays queued */
			else
				msg_dequeue(msq, msg);
			break;
		}
		if (msgflg & IPC_NOWAIT) {
			msg = ERR_PTR(-ENOMSG);
			break;
		}
		msg = msg_wait_message(msq, msgtyp, mode, msgsz, msgflg);
		if (msg != ERR_PTR(-EAGAIN))
			break;
		if (msq->q_perm.deleted) {
			msg = ERR_PTR(-EIDRM);
			break;
		}
	}
	msg_unlock(msq);
	return msg;
}

/**
 * do_msgrcv - receive a message: msgrcv(2)'s work, the type returned apart
 * @msqid: the queue's id
 * @pmtype: where the message's type goes
 * @mtext: the user's buffer for the text
 * @msgsz: its size
 * @msgtyp: which message (see the file's opening comment)
 * @msgflg: IPC_NOWAIT, MSG_NOERROR (cut a long message), MSG_EXCEPT
 *
 * Context: process context; may sleep.
 * Return: the bytes copied, or -EINVAL, -EACCES, -E2BIG, -ENOMSG, -EIDRM,
 * -EFAULT, -ERESTARTNOHAND.
 */
long do_msgrcv(int msqid, long *pmtype, void __user *mtext, size_t msgsz, long msgtyp, int msgflg)
{
	struct kern_ipc_perm *ipcp;
	struct msg_msg *msg;
	int mode;

	if (msqid < 0 || (long)msgsz < 0)
		return -EINVAL;
	mode = convert_mode(&msgtyp, msgflg);
	ipcp = ipc_lock_check(msg_ids, msqid);
	if (IS_ERR(ipcp))
		return PTR_ERR(ipcp);
	msg = msg_get(msq_of(ipcp), msgtyp, mode, msgsz, msgflg);
	if (IS_ERR(msg))
		return PTR_ERR(msg);
	msgsz = min(msgsz, (size_t)msg->m_ts);
	*pmtype = msg->m_type;
	if (copy_to_user(mtext, msg->text, msgsz))
		msgsz = -EFAULT; /* the message is lost, as in Linux */
	kfree(msg);
	return msgsz;
}

/**
 * sys_msgrcv - msgrcv(2): take a message from a queue
 * @msqid: the queue's id
 * @msgp: the user's buffer: a long type, then @msgsz bytes of text
 * @msgsz: the text's room
 * @msgtyp: which message
 * @msgflg: IPC_NOWAIT, MSG_NOERROR, MSG_EXCEPT
 *
 * Context: process context; may sleep.
 * Return: as do_msgrcv().
 */
asmlinkage long sys_msgrcv(int msqid, struct msgbuf __user *msgp, size_t msgsz, long msgtyp,
			   int msgflg)
{
	long err, mtype = 0;

	err = do_msgrcv(msqid, &mtype, msgbuf_mtext(msgp), msgsz, msgtyp, msgflg);
	if (err >= 0 && put_user(mtype, msgbuf_mtype(msgp)))
		err = -EFAULT;
	return err;
}

/* IPC_STAT's record in the caller's layout */
static int copy_msqid_to_user(void __user *buf, struct msqid64_ds *in, int version)
{
	struct msqid_ds out;

	if (version == IPC_64)
		return copy_to_user(buf, in, sizeof(*in)) ? -EFAULT : 0;
	memset(&out, 0, sizeof(out));
	ipc64_perm_to_ipc_perm(&in->msg_perm, &out.msg_perm);
	out.msg_stime = in->msg_stime;
	out.msg_rtime = in->msg_rtime;
	out.msg_ctime = in->msg_ctime;
	out.msg_cbytes = min_t(unsigned long, in->msg_cbytes, USHRT_MAX);
	out.msg_lcbytes = in->msg_cbytes;
	out.msg_qnum = min_t(unsigned long, in->msg_qnum, USHRT_MAX);
	out.msg_qbytes = min_t(unsigned long, in->msg_qbytes, USHRT_MAX);
	out.msg_lqbytes = in->msg_qbytes;
	out.msg_lspid = in->msg_lspid;
	out.msg_lrpid = in->msg_lrpid;
	return copy_to_user(buf, &out, sizeof(out)) ? -EFAULT : 0;
}

/* IPC_SET's record from the caller's layout */
static int copy_msqid_from_user(struct msqid64_ds *out, void __user *buf, int version)
{
	struct msqid_ds old;

	if (version == IPC_64)
		return copy_from_user(out, buf, sizeof(*out)) ? -EFAULT : 0;
	if (copy_from_user(&old, buf, sizeof(old)))
		return -EFAULT;
	out->msg_perm.uid = old.msg_perm.uid;
	out->msg_perm.gid = old.msg_perm.gid;
	out->msg_perm.mode = old.msg_perm.mode;
	out->msg_qbytes = old.msg_qbytes ? old.msg_qbytes : old.msg_lqbytes;
	return 0;
}

/* IPC_SET's changes; the caller passed ipcctl_pre_down. Context: rw_mutex, msq locked */
static int msgctl_set(struct msg_queue *msq, struct msqid64_ds *set)
{
	if (set->msg_qbytes > (unsigned long)msg_ctlmnb && !capable(CAP_SYS_RESOURCE))
		return -EPERM;
	msq->q_qbytes = set->msg_qbytes;
	ipc_update_perm(&set->msg_perm, &msq->q_perm);
	msq->q_ctime = get_seconds();
	/* the receivers look again (2.6.32: rights may have changed); senders may fit now */
	expunge_all(msq, -EAGAIN);
	ss_wakeup(&msq->q_senders, 0);
	return 0;
}

/* IPC_SET and IPC_RMID: owner, creator or CAP_SYS_ADMIN only */
static int msgctl_down(int msqid, int cmd, struct msqid_ds __user *buf, int version)
{
	struct msqid64_ds set;
	struct kern_ipc_perm *ipcp;
	int err = 0;

	if (cmd == IPC_SET && copy_msqid_from_user(&set, buf, version))
		return -EFAULT;
	ipcp = ipcctl_pre_down(msg_ids, msqid, cmd, &set.msg_perm, set.msg_qbytes);
	if (IS_ERR(ipcp))
		return PTR_ERR(ipcp);
	if (cmd == IPC_RMID) {
		freeque(msq_of(ipcp));
		up_write(&msg_ids->rw_mutex);
		return 0;
	}
	err = msgctl_set(msq_of(ipcp), &set);
	ipc_unlock(ipcp);
	up_write(&msg_ids->rw_mutex);
	return err;
}

/* IPC_INFO (the limits) and MSG_INFO (the usage); the highest slot in use */
static int msgctl_info(int cmd, struct msqid_ds __user *buf)
{
	struct msginfo info;
	int max_id;

	if (!buf)
		return -EFAULT;
	memset(&info, 0, sizeof(info));
	info.msgmni = msg_ctlmni;
	info.msgmax = msg_ctlmax;
	info.msgmnb = msg_ctlmnb;
	info.msgssz = MSGSSZ;
	info.msgseg = MSGSEG;
	down_read(&msg_ids->rw_mutex);
	if (cmd == MSG_INFO) {
		info.msgpool = msg_ids->in_use;
		info.msgmap = msg_hdrs;
		info.msgtql = msg_bytes;
	} else {
		info.msgmap = MSGMAP;
		info.msgpool = MSGPOOL;
		info.msgtql = MSGTQL;
	}
	max_id = ipc_get_maxid(msg_ids);
	up_read(&msg_ids->rw_mutex);
	if (copy_to_user(buf, &info, sizeof(info)))
		return -EFAULT;
	return max_id < 0 ? 0 : max_id;
}

/* IPC_STAT (by id) and MSG_STAT (by slot: returns the id) */
static int msgctl_stat(int msqid, int cmd, struct msqid_ds __user *buf, int version)
{
	struct msqid64_ds tbuf;
	struct kern_ipc_perm *ipcp;
	struct msg_queue *msq;
	int success;

	if (!buf)
		return -EFAULT;
	ipcp = cmd == MSG_STAT ? ipc_lock(msg_ids, msqid) : ipc_lock_check(msg_ids, msqid);
	if (IS_ERR(ipcp))
		return PTR_ERR(ipcp);
	success = cmd == MSG_STAT ? ipcp->id : 0;
	if (ipcperms(ipcp, S_IRUGO)) {
		ipc_unlock(ipcp);
		return -EACCES;
	}
	msq = msq_of(ipcp);
	memset(&tbuf, 0, sizeof(tbuf));
	kernel_to_ipc64_perm(ipcp, &tbuf.msg_perm);
	tbuf.msg_stime = msq->q_stime;
	tbuf.msg_rtime = msq->q_rtime;
	tbuf.msg_ctime = msq->q_ctime;
	tbuf.msg_cbytes = msq->q_cbytes;
	tbuf.msg_qnum = msq->q_qnum;
	tbuf.msg_qbytes = msq->q_qbytes;
	tbuf.msg_lspid = msq->q_lspid;
	tbuf.msg_lrpid = msq->q_lrpid;
	ipc_unlock(ipcp);
	if (copy_msqid_to_user(buf, &tbuf, version))
		return -EFAULT;
	return success;
}

/**
 * sys_msgctl - msgctl(2): a queue's record, its owner and limit, its removal
 * @msqid: the queue's id (MSG_STAT: a slot; the INFO commands: ignored)
 * @cmd: IPC_STAT, IPC_SET, IPC_RMID, IPC_INFO, MSG_INFO, MSG_STAT; | IPC_64
 * @buf: the record (struct msqid_ds or msqid64_ds; struct msginfo for INFO)
 *
 * Context: process context; may sleep.
 * Return: 0, an id or slot (the INFO and STAT commands), or -EINVAL,
 * -EFAULT, -EACCES, -EPERM, -EIDRM.
 */
asmlinkage long sys_msgctl(int msqid, int cmd, struct msqid_ds __user *buf)
{
	int version;

	if (msqid < 0 || cmd < 0)
		return -EINVAL;
	version = ipc_parse_version(&cmd);
	switch (cmd) {
	case IPC_INFO:
	case MSG_INFO:
		return msgctl_info(cmd, buf);
	case MSG_STAT:
	case IPC_STAT:
		return msgctl_stat(msqid, cmd, buf, version);
	case IPC_SET:
	case IPC_RMID:
		return msgctl_down(msqid, cmd, buf, version);
	default:
		return -EINVAL;
	}
}

static int sysvipc_msg_proc_show(struct seq_file *s, void *it)
{
	struct msg_queue *msq = it;

	return seq_printf(
		s, "%10d %10d  %4o  %10lu %10lu %5u %5u %5u %5u %5u %5u %10lu %10lu %10lu\n",
		msq->q_perm.key, msq->q_perm.id, msq->q_perm.mode, msq->q_cbytes, msq->q_qnum,
		msq->q_lspid, msq->q_lrpid, msq->q_perm.uid, msq->q_perm.gid, msq->q_perm.cuid,
		msq->q_perm.cgid, msq->q_stime, msq->q_rtime, msq->q_ctime);
}
