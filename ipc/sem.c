/*
 * sem.c - System V semaphore sets: semget, semop/semtimedop, semctl,
 * and the undo lists applied when a process exits.
 *
 * A set is an array of counters 0..SEMVMX. One semop call is a list of
 * operations on counters of one set, done all together or not at all:
 *
 *   sem_op > 0    add it
 *   sem_op < 0    wait until the counter is at least -sem_op, then subtract
 *   sem_op == 0   wait until the counter is 0
 *
 * try_atomic_semop() applies the list in order, and if one operation
 * cannot be done yet it takes back those already applied: the set never
 * shows half a semop. A semop that must wait is a struct sem_queue on
 * the set's sem_pending, and whenever a semop or semctl changes values,
 * update_queue() retries the sleepers in order and wakes those that now
 * complete (their result in q->status).
 *
 *   semop(P) -> try_atomic_semop -> would block -> sem_pending += q, sleep
 *   semop(V) -> try_atomic_semop -> done -> update_queue -> q completes -> wake P
 *
 * SEM_UNDO records the opposite of each operation in the process's
 * struct sem_undo for that set (semadj); exit_sem() adds them back when
 * the process exits, so a process killed while holding a semaphore
 * releases it. A process's undo list is shared by its threads
 * (CLONE_SYSVSEM, which glibc's pthread_create passes).
 *
 * As Linux 2.6.32's ipc/sem.c, except: undo records are found under the
 * set's lock rather than by an RCU walk, the woken sleeper retakes the
 * set's lock with a reference instead of 2.6.32's IN_WAKEUP handshake,
 * and there is one namespace. Read next: ipc/shm.c, docs/ipc.md.
 */
#include <linux/sem.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/cred.h>
#include <linux/seq_file.h>
#include <linux/uaccess.h>
#include <linux/time.h>
#include <linux/jiffies.h>
#include <linux/string.h>
#include <linux/stat.h>
#include <linux/errno.h>
#include "util.h"

#define SEMOPM_FAST 64 /* semop lists this long are copied to the stack */

static int used_sems; /* semaphores in all sets (semmns) */

#define sem_unlock(sma) ipc_unlock(&(sma)->sem_perm)

/* The set whose sem_perm @ipcp is */
static inline struct sem_array *sma_of(struct kern_ipc_perm *ipcp)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
	return container_of(ipcp, struct sem_array, sem_perm);
}

static int sysvipc_sem_proc_show(struct seq_file *s, void *it);

/**
 * sem_init - the sets' table and /proc/sysvipc/sem
 *
 * Context: boot (ipc_init).
 */
void __init sem_init(void)
{
	ipc_init_ids(sem_ids);
	ipc_init_proc_interface(
		"sysvipc/sem",
		"       key      semid perms      nsems   uid   gid  cuid  cgid      otime      ctime\n",
		IPC_SEM_IDS, sysvipc_sem_proc_show);
}

/* The set with @id, locked, its seq checked; or ERR_PTR */
static struct sem_array *sem_lock_check(int id)
{
	struct kern_ipc_perm *ipcp = ipc_lock_check(sem_ids, id);

	if (IS_ERR(ipcp))
		return ERR_CAST(ipcp);
	return sma_of(ipcp);
}

/* semget's getnew: a set of @params->u.nsems zeroed semaphores. Context: rw_mutex held */
static int newary(struct ipc_params *params)
{
	int nsems = params->u.nsems, id;
	struct sem_array *sma;

	if (!nsems)
		return -EINVAL;
	if (used_sems + nsems > sc_semmns)
		return -ENOSPC;
	sma = ipc_rcu_alloc(sizeof(*sma) + nsems * sizeof(struct sem));
	if (!sma)
		return -ENOMEM;
	sma->sem_perm.mode = params->flg & S_IRWXUGO;
	sma->sem_perm.key = params->key;
	id = ipc_addid(sem_ids, &sma->sem_perm, sc_semmni);
	if (id < 0) {
		ipc_rcu_putref(sma);
		return id;
	}
	used_sems += nsems;
	sma->sem_base = (struct sem *)&sma[1];
	INIT_LIST_HEAD(&sma->sem_pending);
	INIT_LIST_HEAD(&sma->list_id);
	sma->sem_nsems = nsems;
	sma->sem_ctime = get_seconds();
	sem_unlock(sma);
	return sma->sem_perm.id;
}

/* An existing set may be asked for with fewer semaphores, not more */
static int sem_more_checks(struct kern_ipc_perm *ipcp, struct ipc_params *params)
{
	if (params->u.nsems > sma_of(ipcp)->sem_nsems)
		return -EINVAL;
	return 0;
}

/**
 * sys_semget - semget(2): the set for a key, made if asked
 * @key: the key, or IPC_PRIVATE
 * @nsems: how many semaphores (0: any, for an existing set)
 * @semflg: IPC_CREAT, IPC_EXCL and the access bits of a new set
 *
 * Context: process context; may sleep.
 * Return: the id, or -EINVAL (nsems < 0, > semmsl, 0 for a new set, more
 * than the set has), -ENOENT, -EEXIST, -EACCES, -ENOSPC, -ENOMEM.
 */
asmlinkage long sys_semget(key_t key, int nsems, int semflg)
{
	static struct ipc_ops sem_ops = { .getnew = newary, .more_checks = sem_more_checks };
	struct ipc_params params = { .key = key, .flg = semflg, .u.nsems = nsems };

	if (nsems < 0 || nsems > sc_semmsl)
		return -EINVAL;
	return ipcget(sem_ids, &sem_ops, &params);
}

/* Take back the first @done operations of @sops */
static void undo_sops(struct sem_array *sma, struct sembuf *sops, int done)
{
	while (--done >= 0)
		sma->sem_base[sops[done].sem_num].semval -= sops[done].sem_op;
}

/*
 * Do all of @sops or none: 0 when done, 1 when the caller must wait,
 * -EAGAIN (IPC_NOWAIT) or -ERANGE (a value or an undo total out of range).
 */
static int try_atomic_semop(struct sem_array *sma, struct sembuf *sops, int nsops,
			    struct sem_undo *un, int pid)
{
	int i;

	for (i = 0; i < nsops; i++) {
		struct sembuf *sop = &sops[i];
		struct sem *curr = &sma->sem_base[sop->sem_num];
		int result = curr->semval;

		if ((!sop->sem_op && result) || result + sop->sem_op < 0) {
			undo_sops(sma, sops, i);
			return (sop->sem_flg & IPC_NOWAIT) ? -EAGAIN : 1;
		}
		result += sop->sem_op;
		if (result > SEMVMX)
			goto out_of_range;
		if (sop->sem_flg & SEM_UNDO) {
			int undo = un->semadj[sop->sem_num] - sop->sem_op;

			if (undo < (-SEMAEM - 1) || undo > SEMAEM)
				goto out_of_range;
		}
		curr->semval = result;
	}
	for (i = 0; i < nsops; i++) { /* done: the pids and the undo totals */
		sma->sem_base[sops[i].sem_num].sempid = pid;
		if (sops[i].sem_flg & SEM_UNDO)
			un->semadj[sops[i].sem_num] -= sops[i].sem_op;
	}
	sma->sem_otime = get_seconds();
	return 0;
out_of_range:
	undo_sops(sma, sops, i);
	return -ERANGE;
}

/*
 * Retry the sleepers in order; wake each that completes or fails. A
 * completed semop that changed values may let an earlier one through:
 * start again from the front.
 */
static void update_queue(struct sem_array *sma)
{
	struct sem_queue *q, *t;

again:
	list_for_each_entry_safe(q, t, &sma->sem_pending, list) {
		int error = try_atomic_semop(sma, q->sops, q->nsops, q->undo, q->pid);

		if (error > 0)
			continue;
		list_del(&q->list);
		q->status = error;
		wake_up_process(q->sleeper);
		if (!error && q->alter)
			goto again;
	}
}

/* How many sleepers wait for semaphore @semnum to grow (GETNCNT) or be 0 (GETZCNT) */
static int count_waiters(struct sem_array *sma, unsigned short semnum, int zero)
{
	struct sem_queue *q;
	int n = 0, i;

	list_for_each_entry(q, &sma->sem_pending, list)
		for (i = 0; i < q->nsops; i++) {
			struct sembuf *sop = &q->sops[i];

			if (sop->sem_num == semnum && !(sop->sem_flg & IPC_NOWAIT) &&
			    (zero ? sop->sem_op == 0 : sop->sem_op < 0))
				n++;
		}
	return n;
}

/* IPC_RMID: undo records orphaned, sleepers woken with -EIDRM. Context: rw_mutex, sma locked */
static void freeary(struct sem_array *sma)
{
	struct sem_undo *un, *tu;
	struct sem_queue *q, *tq;

	list_for_each_entry_safe(un, tu, &sma->list_id, list_id) {
		list_del(&un->list_id);
		spin_lock(&un->ulp->lock);
		list_del(&un->list_proc);
		spin_unlock(&un->ulp->lock);
		kfree(un);
	}
	list_for_each_entry_safe(q, tq, &sma->sem_pending, list) {
		list_del(&q->list);
		q->status = -EIDRM;
		wake_up_process(q->sleeper);
	}
	ipc_rmid(sem_ids, &sma->sem_perm);
	used_sems -= sma->sem_nsems;
	sem_unlock(sma);
	ipc_rcu_putref(sma);
}

/* The caller's undo list, made on first use; NULL if out of memory */
static struct sem_undo_list *get_undo_list(void)
{
	struct sem_undo_list *ulp = current->sysvsem.undo_list;

	if (ulp)
		return ulp;
	ulp = kzalloc(sizeof(*ulp), GFP_KERNEL);
	if (!ulp)
		return NULL;
	spin_lock_init(&ulp->lock);
	atomic_set(&ulp->refcnt, 1);
	INIT_LIST_HEAD(&ulp->list_proc);
	current->sysvsem.undo_list = ulp;
	return ulp;
}

/* The record of @ulp for set @semid, or NULL. Context: the set locked */
static struct sem_undo *lookup_undo(struct sem_undo_list *ulp, int semid)
{
	struct sem_undo *un, *found = NULL;

	spin_lock(&ulp->lock);
	list_for_each_entry(un, &ulp->list_proc, list_proc)
		if (un->semid == semid) {
			found = un;
			break;
		}
	spin_unlock(&ulp->lock);
	return found;
}

/*
 * The caller's undo record for @sma, made if it has none. The set is
 * unlocked to allocate; on return it is locked again, or (ERR_PTR) not.
 */
static struct sem_undo *find_alloc_undo(struct sem_array *sma, int semid)
{
	struct sem_undo_list *ulp;
	struct sem_undo *un, *new;
	int nsems = sma->sem_nsems;

	ipc_rcu_getref(sma);
	sem_unlock(sma);
	ulp = get_undo_list();
	new = kzalloc(sizeof(*new) + nsems * sizeof(short), GFP_KERNEL);
	ipc_lock_by_ptr(&sma->sem_perm);
	ipc_rcu_putref(sma);
	if (sma->sem_perm.deleted || !ulp || !new) {
		int err = sma->sem_perm.deleted ? -EIDRM : -ENOMEM;

		sem_unlock(sma);
		kfree(new);
		return ERR_PTR(err);
	}
	un = lookup_undo(ulp, semid); /* a thread sharing the list may have made it meanwhile */
	if (un) {
		kfree(new);
		return un;
	}
	new->semadj = (short *)&new[1];
	new->ulp = ulp;
	new->semid = semid;
	spin_lock(&ulp->lock);
	list_add(&new->list_proc, &ulp->list_proc);
	spin_unlock(&ulp->lock);
	list_add(&new->list_id, &sma->list_id);
	return new;
}

/* Check the operations against the set: -EFBIG (a semaphore it lacks) or -EACCES */
static int sem_check_sops(struct sem_array *sma, struct sembuf *sops, int nsops, int *alter)
{
	int i, max = 0;

	*alter = 0;
	for (i = 0; i < nsops; i++) {
		if (sops[i].sem_num >= max)
			max = sops[i].sem_num;
		if (sops[i].sem_op)
			*alter = 1;
	}
	if (max >= sma->sem_nsems)
		return -EFBIG;
	if (ipcperms(&sma->sem_perm, *alter ? S_IWUGO : S_IRUGO))
		return -EACCES;
	return 0;
}

/*
 * Sleep on @sma's queue until completed, removed, signalled or timed
 * out; @sma locked on entry, unlocked on return. @timeout: jiffies, or 0
 * for no limit.
 */
static int sem_sleep(struct sem_array *sma, struct sem_queue *q, long timeout)
{
	long jiffies_left = 0;
	int error;

	if (q->alter)
		list_add_tail(&q->list, &sma->sem_pending);
	else
		list_add(&q->list, &sma->sem_pending); /* waits for zero go first */
	q->status = -EINTR;
	q->sleeper = current;
	set_current_state(TASK_INTERRUPTIBLE);
	ipc_rcu_getref(sma);
	sem_unlock(sma);
	if (timeout)
		jiffies_left = schedule_timeout(timeout);
	else
		schedule();
	ipc_lock_by_ptr(&sma->sem_perm);
	ipc_rcu_putref(sma);
	error = q->status;
	if (error == -EINTR) { /* neither completed nor removed: still queued */
		list_del(&q->list);
		if (timeout && !jiffies_left)
			error = -EAGAIN;
	}
	sem_unlock(sma);
	return error;
}

/* Copy in the timeout: its jiffies (at least 1), or -EFAULT/-EINVAL */
static long sem_timeout(const struct timespec __user *timeout)
{
	struct timespec ts;

	if (copy_from_user(&ts, timeout, sizeof(ts)))
		return -EFAULT;
	if (ts.tv_sec < 0 || ts.tv_nsec < 0 || ts.tv_nsec >= NSEC_PER_SEC)
		return -EINVAL;
	return timespec_to_jiffies(&ts) + 1;
}

/* semtimedop with the operations copied in */
static long do_semtimedop(int semid, struct sembuf *sops, int nsops, long jiffies_left)
{
	struct sem_queue queue = { .sops = sops, .nsops = nsops, .pid = current->tgid };
	struct sem_undo *un = NULL;
	struct sem_array *sma;
	int undos = 0, i, error;

	for (i = 0; i < nsops; i++)
		if (sops[i].sem_flg & SEM_UNDO)
			undos = 1;
	sma = sem_lock_check(semid);
	if (IS_ERR(sma))
		return PTR_ERR(sma);
	error = sem_check_sops(sma, sops, nsops, &queue.alter);
	if (!error && undos) {
		un = current->sysvsem.undo_list ? lookup_undo(current->sysvsem.undo_list, semid) :
						  NULL;
		if (!un) {
			un = find_alloc_undo(sma, semid);
			if (IS_ERR(un))
				return PTR_ERR(un);
			/* the set was unlocked: check the operations again */
			error = sem_check_sops(sma, sops, nsops, &queue.alter);
		}
	}
	if (error) {
		sem_unlock(sma);
		return error;
	}
	queue.undo = un;
	error = try_atomic_semop(sma, sops, nsops, un, current->tgid);
	if (error <= 0) {
		if (queue.alter && !error)
			update_queue(sma);
		sem_unlock(sma);
		return error;
	}
	return sem_sleep(sma, &queue, jiffies_left);
}

/**
 * sys_semtimedop - semtimedop(2): a semop that waits at most @timeout
 * @semid: the set's id
 * @tsops: the operations
 * @nsops: how many (1..semopm)
 * @timeout: the longest wait, or NULL for no limit
 *
 * Context: process context; may sleep.
 * Return: 0, or -EINVAL, -E2BIG (more than semopm operations), -EFAULT,
 * -EFBIG (a semaphore the set lacks), -EACCES, -EAGAIN (IPC_NOWAIT, or
 * the timeout ran out), -ERANGE, -EIDRM, -EINTR, -ENOMEM.
 */
asmlinkage long sys_semtimedop(int semid, struct sembuf __user *tsops, unsigned nsops,
			       const struct timespec __user *timeout)
{
	struct sembuf fast_sops[SEMOPM_FAST], *sops = fast_sops;
	long jiffies_left = 0, error;

	if (nsops < 1 || semid < 0)
		return -EINVAL;
	if (nsops > (unsigned)sc_semopm)
		return -E2BIG;
	if (nsops > SEMOPM_FAST) {
		sops = kmalloc(sizeof(*sops) * nsops, GFP_KERNEL);
		if (!sops)
			return -ENOMEM;
	}
	error = copy_from_user(sops, tsops, nsops * sizeof(*tsops)) ? -EFAULT : 0;
	if (!error && timeout) {
		jiffies_left = sem_timeout(timeout);
		if (jiffies_left < 0)
			error = jiffies_left;
	}
	if (!error)
		error = do_semtimedop(semid, sops, nsops, jiffies_left);
	if (sops != fast_sops)
		kfree(sops);
	return error;
}

/**
 * sys_semop - semop(2): semtimedop() without a time limit
 * @semid: the set's id
 * @tsops: the operations
 * @nsops: how many
 *
 * Context: process context; may sleep.
 * Return: as sys_semtimedop().
 */
asmlinkage long sys_semop(int semid, struct sembuf __user *tsops, unsigned nsops)
{
	return sys_semtimedop(semid, tsops, nsops, NULL);
}

/* IPC_STAT's record in the caller's layout */
static int copy_semid_to_user(void __user *buf, struct semid64_ds *in, int version)
{
	struct semid_ds out;

	if (version == IPC_64)
		return copy_to_user(buf, in, sizeof(*in)) ? -EFAULT : 0;
	memset(&out, 0, sizeof(out));
	ipc64_perm_to_ipc_perm(&in->sem_perm, &out.sem_perm);
	out.sem_otime = in->sem_otime;
	out.sem_ctime = in->sem_ctime;
	out.sem_nsems = in->sem_nsems;
	return copy_to_user(buf, &out, sizeof(out)) ? -EFAULT : 0;
}

/* IPC_SET's record from the caller's layout */
static int copy_semid_from_user(struct semid64_ds *out, void __user *buf, int version)
{
	struct semid_ds old;

	if (version == IPC_64)
		return copy_from_user(out, buf, sizeof(*out)) ? -EFAULT : 0;
	if (copy_from_user(&old, buf, sizeof(old)))
		return -EFAULT;
	out->sem_perm.uid = old.sem_perm.uid;
	out->sem_perm.gid = old.sem_perm.gid;
	out->sem_perm.mode = old.sem_perm.mode;
	return 0;
}

/* IPC_INFO (limits) and SEM_INFO (usage); the highest slot in use */
static int semctl_info(int cmd, void __user *buf)
{
	struct seminfo info;
	int max_id;

	memset(&info, 0, sizeof(info));
	info.semmni = sc_semmni;
	info.semmns = sc_semmns;
	info.semmsl = sc_semmsl;
	info.semopm = sc_semopm;
	info.semvmx = SEMVMX;
	info.semmnu = SEMMNU;
	info.semmap = SEMMAP;
	info.semume = SEMUME;
	down_read(&sem_ids->rw_mutex);
	if (cmd == SEM_INFO) {
		info.semusz = sem_ids->in_use;
		info.semaem = used_sems;
	} else {
		info.semusz = SEMUSZ;
		info.semaem = SEMAEM;
	}
	max_id = ipc_get_maxid(sem_ids);
	up_read(&sem_ids->rw_mutex);
	if (copy_to_user(buf, &info, sizeof(info)))
		return -EFAULT;
	return max_id < 0 ? 0 : max_id;
}

/* IPC_STAT (by id) and SEM_STAT (by slot: returns the id) */
static int semctl_stat(int semid, int cmd, void __user *buf, int version)
{
	struct semid64_ds tbuf;
	struct kern_ipc_perm *ipcp;
	struct sem_array *sma;
	int id;

	ipcp = cmd == SEM_STAT ? ipc_lock(sem_ids, semid) : ipc_lock_check(sem_ids, semid);
	if (IS_ERR(ipcp))
		return PTR_ERR(ipcp);
	id = cmd == SEM_STAT ? ipcp->id : 0;
	if (ipcperms(ipcp, S_IRUGO)) {
		ipc_unlock(ipcp);
		return -EACCES;
	}
	sma = sma_of(ipcp);
	memset(&tbuf, 0, sizeof(tbuf));
	kernel_to_ipc64_perm(ipcp, &tbuf.sem_perm);
	tbuf.sem_otime = sma->sem_otime;
	tbuf.sem_ctime = sma->sem_ctime;
	tbuf.sem_nsems = sma->sem_nsems;
	ipc_unlock(ipcp);
	if (copy_semid_to_user(buf, &tbuf, version))
		return -EFAULT;
	return id;
}

/* Forget every undo total of semaphore @semnum (-1: of all): SETVAL and SETALL */
static void clear_semadj(struct sem_array *sma, int semnum)
{
	struct sem_undo *un;

	list_for_each_entry(un, &sma->list_id, list_id) {
		if (semnum >= 0)
			un->semadj[semnum] = 0;
		else
			memset(un->semadj, 0, sma->sem_nsems * sizeof(short));
	}
}

/* GETALL: every value, copied out with the set unlocked */
static int semctl_getall(struct sem_array *sma, unsigned short __user *array)
{
	int nsems = sma->sem_nsems, i, err = 0;
	unsigned short *vals;

	ipc_rcu_getref(sma);
	sem_unlock(sma);
	vals = kmalloc(nsems * sizeof(*vals), GFP_KERNEL);
	ipc_lock_by_ptr(&sma->sem_perm);
	ipc_rcu_putref(sma);
	if (sma->sem_perm.deleted)
		err = -EIDRM;
	else if (!vals)
		err = -ENOMEM;
	for (i = 0; !err && i < nsems; i++)
		vals[i] = sma->sem_base[i].semval;
	sem_unlock(sma);
	if (!err && copy_to_user(array, vals, nsems * sizeof(*vals)))
		err = -EFAULT;
	kfree(vals);
	return err;
}

/* SETALL: every value from user space, each at most SEMVMX */
static int semctl_setall(struct sem_array *sma, unsigned short __user *array)
{
	int nsems = sma->sem_nsems, i, err = 0;
	unsigned short *vals;

	ipc_rcu_getref(sma);
	sem_unlock(sma);
	vals = kmalloc(nsems * sizeof(*vals), GFP_KERNEL);
	if (!vals)
		err = -ENOMEM;
	else if (copy_from_user(vals, array, nsems * sizeof(*vals)))
		err = -EFAULT;
	for (i = 0; !err && i < nsems; i++)
		if (vals[i] > SEMVMX)
			err = -ERANGE;
	ipc_lock_by_ptr(&sma->sem_perm);
	ipc_rcu_putref(sma);
	if (!err && sma->sem_perm.deleted)
		err = -EIDRM;
	if (!err) {
		for (i = 0; i < nsems; i++)
			sma->sem_base[i].semval = vals[i];
		clear_semadj(sma, -1);
		sma->sem_ctime = get_seconds();
		update_queue(sma);
	}
	sem_unlock(sma);
	kfree(vals);
	return err;
}

/* GETVAL, GETPID, GETNCNT, GETZCNT, SETVAL on one semaphore; @sma locked, unlocked after */
static int semctl_one(struct sem_array *sma, int semnum, int cmd, int val)
{
	struct sem *curr;
	int err;

	if (semnum < 0 || semnum >= sma->sem_nsems) {
		sem_unlock(sma);
		return -EINVAL;
	}
	curr = &sma->sem_base[semnum];
	switch (cmd) {
	case GETVAL:
		err = curr->semval;
		break;
	case GETPID:
		err = curr->sempid;
		break;
	case GETNCNT:
		err = count_waiters(sma, semnum, 0);
		break;
	case GETZCNT:
		err = count_waiters(sma, semnum, 1);
		break;
	default: /* SETVAL */
		err = -ERANGE;
		if (val > SEMVMX || val < 0)
			break;
		clear_semadj(sma, semnum);
		curr->semval = val;
		curr->sempid = current->tgid;
		sma->sem_ctime = get_seconds();
		update_queue(sma);
		err = 0;
	}
	sem_unlock(sma);
	return err;
}

/* The commands on values: read access, or write access for SETVAL and SETALL */
static int semctl_main(int semid, int semnum, int cmd, union semun arg)
{
	struct sem_array *sma = sem_lock_check(semid);

	if (IS_ERR(sma))
		return PTR_ERR(sma);
	if (ipcperms(&sma->sem_perm, (cmd == SETVAL || cmd == SETALL) ? S_IWUGO : S_IRUGO)) {
		sem_unlock(sma);
		return -EACCES;
	}
	if (cmd == GETALL)
		return semctl_getall(sma, arg.array);
	if (cmd == SETALL)
		return semctl_setall(sma, arg.array);
	return semctl_one(sma, semnum, cmd, arg.val);
}

/* IPC_SET and IPC_RMID: owner, creator or CAP_SYS_ADMIN only */
static int semctl_down(int semid, int cmd, int version, union semun arg)
{
	struct semid64_ds set;
	struct kern_ipc_perm *ipcp;

	if (cmd == IPC_SET && copy_semid_from_user(&set, arg.buf, version))
		return -EFAULT;
	ipcp = ipcctl_pre_down(sem_ids, semid, cmd, &set.sem_perm, 0);
	if (IS_ERR(ipcp))
		return PTR_ERR(ipcp);
	if (cmd == IPC_RMID) {
		freeary(sma_of(ipcp));
	} else {
		ipc_update_perm(&set.sem_perm, ipcp);
		sma_of(ipcp)->sem_ctime = get_seconds();
		ipc_unlock(ipcp);
	}
	up_write(&sem_ids->rw_mutex);
	return 0;
}

/**
 * sys_semctl - semctl(2): values, records, owner and removal of a set
 * @semid: the set's id (SEM_STAT: a slot)
 * @semnum: the semaphore, for GETVAL, GETPID, GETNCNT, GETZCNT, SETVAL
 * @cmd: the command; | IPC_64 for the IPC_64 records
 * @arg: the value (SETVAL), the array (GETALL, SETALL) or the record
 *
 * Context: process context; may sleep.
 * Return: the value asked for, 0, an id or slot (the INFO and STAT
 * commands), or -EINVAL, -EFAULT, -EACCES, -EPERM, -ERANGE, -EIDRM, -ENOMEM.
 */
asmlinkage long sys_semctl(int semid, int semnum, int cmd, union semun arg)
{
	int version;

	if (semid < 0)
		return -EINVAL;
	version = ipc_parse_version(&cmd);
	switch (cmd) {
	case IPC_INFO:
	case SEM_INFO:
		return semctl_info(cmd, arg.__buf);
	case IPC_STAT:
	case SEM_STAT:
		return semctl_stat(semid, cmd, arg.buf, version);
	case GETALL:
	case GETVAL:
	case GETPID:
	case GETNCNT:
	case GETZCNT:
	case SETVAL:
	case SETALL:
		return semctl_main(semid, semnum, cmd, arg);
	case IPC_RMID:
	case IPC_SET:
		return semctl_down(semid, cmd, version, arg);
	default:
		return -EINVAL;
	}
}

/**
 * copy_semundo - fork's part: share the undo list (CLONE_SYSVSEM) or start without one
 * @clone_flags: the clone flags
 * @tsk: the new task
 *
 * Context: process context (copy_process); may sleep.
 * Return: 0 or -ENOMEM.
 */
int copy_semundo(unsigned long clone_flags, struct task_struct *tsk)
{
	struct sem_undo_list *ulp;

	tsk->sysvsem.undo_list = NULL;
	if (!(clone_flags & CLONE_SYSVSEM))
		return 0;
	ulp = get_undo_list();
	if (!ulp)
		return -ENOMEM;
	atomic_inc(&ulp->refcnt);
	tsk->sysvsem.undo_list = ulp;
	return 0;
}

/* Add one undo record's totals back to its set, each value kept in 0..SEMVMX */
static void sem_apply_undo(struct sem_array *sma, struct sem_undo *un, int pid)
{
	int i;

	for (i = 0; i < sma->sem_nsems; i++) {
		struct sem *sem = &sma->sem_base[i];

		if (!un->semadj[i])
			continue;
		sem->semval = clamp(sem->semval + un->semadj[i], 0, SEMVMX);
		sem->sempid = pid;
	}
	sma->sem_otime = get_seconds();
	update_queue(sma);
}

/* The next record of @ulp and its set's id; NULL when none is left */
static struct sem_undo *first_undo(struct sem_undo_list *ulp, int *semid)
{
	struct sem_undo *un;

	spin_lock(&ulp->lock);
	/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
	un = list_first_entry_or_null(&ulp->list_proc, struct sem_undo, list_proc);
	*semid = un ? un->semid : -1;
	spin_unlock(&ulp->lock);
	return un;
}

/**
 * exit_sem - the exiting task's SEM_UNDO totals, added back to their sets
 * @tsk: the task (current)
 *
 * Only the last task sharing the undo list applies it. A set removed
 * meanwhile has already dropped its records (freeary).
 *
 * Context: process context (do_exit); may sleep.
 */
void exit_sem(struct task_struct *tsk)
{
	struct sem_undo_list *ulp = tsk->sysvsem.undo_list;
	struct sem_undo *un;
	int semid;

	if (!ulp)
		return;
	tsk->sysvsem.undo_list = NULL;
	if (!atomic_dec_and_test(&ulp->refcnt))
		return;
	while (first_undo(ulp, &semid)) {
		struct sem_array *sma = sem_lock_check(semid);

		if (IS_ERR(sma))
			continue; /* removed: freeary took the record off the list */
		un = lookup_undo(ulp, semid);
		if (un) {
			sem_apply_undo(sma, un, tsk->tgid);
			list_del(&un->list_id);
			spin_lock(&ulp->lock);
			list_del(&un->list_proc);
			spin_unlock(&ulp->lock);
			kfree(un);
		}
		sem_unlock(sma);
	}
	kfree(ulp);
}

static int sysvipc_sem_proc_show(struct seq_file *s, void *it)
{
	struct sem_array *sma = it;

	return seq_printf(s, "%10d %10d  %4o %10u %5u %5u %5u %5u %10lu %10lu\n", sma->sem_perm.key,
			  sma->sem_perm.id, sma->sem_perm.mode, sma->sem_nsems, sma->sem_perm.uid,
			  sma->sem_perm.gid, sma->sem_perm.cuid, sma->sem_perm.cgid, sma->sem_otime,
			  sma->sem_ctime);
}
