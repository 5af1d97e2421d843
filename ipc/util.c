/*
 * util.c - what System V message queues, semaphore sets and shared
 * memory segments share: the id tables, the get call, the permission
 * check, the control calls' records and /proc/sysvipc.
 *
 * Each kind keeps its objects in a struct ipc_ids: slot -> object. The
 * id a program sees is seq * IPCMNI + slot, where seq counts how often
 * the table has handed out a slot, so an id kept after its object was
 * removed does not silently name the next object in the same slot:
 *
 *   msgget(key, IPC_CREAT) -> ipcget -> ipc_findkey (key in use?)
 *        no: newque -> ipc_addid (lowest free slot, seq++) -> id = seq*32768+slot
 *   msgsnd(id, ...) -> ipc_lock_check(id) -> entries[id % 32768], seq == id / 32768?
 *
 * An object starts with the ipc_rcu header below it (ipc_rcu_alloc): a
 * reference count for the callers that must drop its lock to sleep or
 * allocate, and the rcu_head that frees it once no lockless reader can
 * still see it. Lookups lock the object's own spinlock; creating and
 * removing also take the table's rw_mutex for writing.
 *
 * As Linux 2.6.32's ipc/util.c, except that the slots are a plain array
 * that doubles (2.6.32: an idr), there are no IPC namespaces (one set of
 * tables, as a kernel without CONFIG_IPC_NS), no LSM or audit hooks.
 * Read next: ipc/msg.c, docs/ipc.md.
 */
#include <linux/ipc.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/cred.h>
#include <linux/capability.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/fs.h>
#include <linux/errno.h>
#include "util.h"

struct ipc_ids ipc_ids_table[3];

/**
 * ipc_init_ids - make an empty id table
 * @ids: the table
 *
 * Context: boot.
 */
void ipc_init_ids(struct ipc_ids *ids)
{
	init_rwsem(&ids->rw_mutex);
	ids->in_use = 0;
	ids->seq = 0;
	/* ids stay positive: seq * IPCMNI + slot <= INT_MAX */
	ids->seq_max = min_t(int, INT_MAX / SEQ_MULTIPLIER, USHRT_MAX);
	ids->entries = NULL;
	ids->size = 0;
	ids->max_id = -1;
}

static int __init ipc_init(void)
{
	sem_init();
	msg_init();
	shm_init();
	return 0;
}
__initcall(ipc_init);

/* The object with @key, locked, or NULL. Context: ids->rw_mutex held. */
static struct kern_ipc_perm *ipc_findkey(struct ipc_ids *ids, key_t key)
{
	int slot;

	for (slot = 0; slot <= ids->max_id; slot++) {
		struct kern_ipc_perm *ipc = ids->entries[slot];

		if (ipc && ipc->key == key) {
			ipc_lock_by_ptr(ipc);
			return ipc;
		}
	}
	return NULL;
}

/**
 * ipc_get_maxid - the highest slot in use
 * @ids: the table
 *
 * Context: ids->rw_mutex held.
 * Return: the slot, or -1 when the table is empty.
 */
int ipc_get_maxid(struct ipc_ids *ids)
{
	return ids->max_id;
}

/* The lowest free slot, the array doubled if it is full; -ENOSPC or -ENOMEM */
static int ipc_free_slot(struct ipc_ids *ids)
{
	struct kern_ipc_perm **bigger;
	int slot, size;

	for (slot = 0; slot < ids->size; slot++)
		if (!ids->entries[slot])
			return slot;
	if (ids->size >= IPCMNI)
		return -ENOSPC;
	size = ids->size ? min(ids->size * 2, IPCMNI) : 16;
	bigger = kcalloc(size, sizeof(*bigger), GFP_KERNEL);
	if (!bigger)
		return -ENOMEM;
	if (ids->size)
		memcpy(bigger, ids->entries, ids->size * sizeof(*bigger));
	/*
	 * Lookups read the array inside rcu_read_lock(), that is with
	 * preemption off: on Linnet's one CPU none can be half way through
	 * it now. (With SMP the old array would be freed after a grace period.)
	 */
	kfree(ids->entries);
	ids->entries = bigger;
	ids->size = size;
	return slot;
}

/**
 * ipc_addid - give a new object a slot and an id
 * @ids: the table
 * @new: the object, its key and mode already set
 * @size: the kind's limit (msgmni, semmni, shmmni)
 *
 * The caller becomes owner and creator. The object is returned locked:
 * it is visible to lookups from now on.
 *
 * Context: ids->rw_mutex held for writing.
 * Return: the slot, or -ENOSPC (the limit) or -ENOMEM.
 */
int ipc_addid(struct ipc_ids *ids, struct kern_ipc_perm *new, int size)
{
	int slot;

	if (size > IPCMNI)
		size = IPCMNI;
	if (ids->in_use >= size)
		return -ENOSPC;
	slot = ipc_free_slot(ids);
	if (slot < 0)
		return slot;
	spin_lock_init(&new->lock);
	new->deleted = 0;
	new->cuid = new->uid = current_euid();
	new->gid = new->cgid = current_egid();
	new->seq = ids->seq++;
	if (ids->seq > ids->seq_max)
		ids->seq = 0;
	new->id = ipc_buildid(slot, new->seq);
	ipc_lock_by_ptr(new);
	ids->entries[slot] = new;
	ids->in_use++;
	if (slot > ids->max_id)
		ids->max_id = slot;
	return slot;
}

/**
 * ipc_rmid - take an object out of its table
 * @ids: the table
 * @ipcp: the object, locked
 *
 * Its id stops working at once; sleepers that hold a reference see
 * @ipcp->deleted when they wake.
 *
 * Context: ids->rw_mutex held for writing and @ipcp locked.
 */
void ipc_rmid(struct ipc_ids *ids, struct kern_ipc_perm *ipcp)
{
	int slot = ipcid_to_idx(ipcp->id);

	ids->entries[slot] = NULL;
	ids->in_use--;
	ipcp->deleted = 1;
	while (ids->max_id >= 0 && !ids->entries[ids->max_id])
		ids->max_id--;
}

/**
 * ipcperms - may the caller use an object in the ways @flg asks?
 * @ipcp: the object
 * @flg: S_IRUGO / S_IWUGO bits wanted (0: only existence)
 *
 * Owner or creator get the owner bits, a member of the owner's or the
 * creator's group the group bits, anyone else the other bits;
 * CAP_IPC_OWNER overrides.
 *
 * Context: @ipcp locked.
 * Return: 0 if allowed, -1 if not.
 */
int ipcperms(struct kern_ipc_perm *ipcp, short flg)
{
	uid_t euid = current_euid();
	int requested = (flg >> 6) | (flg >> 3) | flg;
	int granted = ipcp->mode;

	if (euid == ipcp->cuid || euid == ipcp->uid)
		granted >>= 6;
	else if (in_group_p(ipcp->cgid) || in_group_p(ipcp->gid))
		granted >>= 3;
	if ((requested & ~granted & 0007) && !capable(CAP_IPC_OWNER))
		return -1;
	return 0;
}

/* IPC_PRIVATE: always a new object */
static int ipcget_new(struct ipc_ids *ids, struct ipc_ops *ops, struct ipc_params *params)
{
	int err;

	down_write(&ids->rw_mutex);
	err = ops->getnew(params);
	up_write(&ids->rw_mutex);
	return err;
}

/* An existing object for a key: its id if the caller may use it */
static int ipc_check_perms(struct kern_ipc_perm *ipcp, struct ipc_ops *ops,
			   struct ipc_params *params)
{
	int err;

	if (ipcperms(ipcp, params->flg))
		return -EACCES;
	err = ops->associate ? ops->associate(ipcp, params->flg) : 0;
	return err ? err : ipcp->id;
}

static int ipcget_public(struct ipc_ids *ids, struct ipc_ops *ops, struct ipc_params *params)
{
	struct kern_ipc_perm *ipcp;
	int flg = params->flg, err;

	down_write(&ids->rw_mutex); /* for writing: we may add the object */
	ipcp = ipc_findkey(ids, params->key);
	if (!ipcp) {
		err = (flg & IPC_CREAT) ? ops->getnew(params) : -ENOENT;
	} else {
		if ((flg & IPC_CREAT) && (flg & IPC_EXCL))
			err = -EEXIST;
		else {
			err = ops->more_checks ? ops->more_checks(ipcp, params) : 0;
			if (!err)
				err = ipc_check_perms(ipcp, ops, params);
		}
		ipc_unlock(ipcp);
	}
	up_write(&ids->rw_mutex);
	return err;
}

/**
 * ipcget - msgget, semget and shmget: find or create the object for a key
 * @ids: the kind's table
 * @ops: the kind's getnew, associate and more_checks
 * @params: key, flags and the kind's size
 *
 * IPC_PRIVATE always creates. Otherwise: a key not in use is -ENOENT
 * without IPC_CREAT; a key in use is -EEXIST with IPC_CREAT|IPC_EXCL,
 * -EACCES if the mode bits asked for are not granted.
 *
 * Context: process context; may sleep.
 * Return: the id, or a -errno.
 */
int ipcget(struct ipc_ids *ids, struct ipc_ops *ops, struct ipc_params *params)
{
	if (params->key == IPC_PRIVATE)
		return ipcget_new(ids, ops, params);
	return ipcget_public(ids, ops, params);
}

/*
 * The header below every IPC object: the count of callers holding it
 * across an unlock, and the rcu_head that frees it. Its size keeps the
 * object 8-byte aligned.
 */
struct ipc_rcu {
	struct rcu_head rcu;
	int refcount;
	int pad;
};

#define container_of_rcu(ptr) ((struct ipc_rcu *)(ptr)-1)

/**
 * ipc_rcu_alloc - allocate an IPC object freed after an RCU grace period
 * @size: the object's size
 *
 * Context: process context; may sleep.
 * Return: the zeroed object with one reference, or NULL.
 */
void *ipc_rcu_alloc(int size)
{
	struct ipc_rcu *hdr = kzalloc(sizeof(*hdr) + size, GFP_KERNEL);

	if (!hdr)
		return NULL;
	hdr->refcount = 1;
	return hdr + 1;
}

/**
 * ipc_rcu_getref - hold an object across an unlock
 * @ptr: the object
 *
 * Context: the object locked.
 */
void ipc_rcu_getref(void *ptr)
{
	container_of_rcu(ptr)->refcount++;
}

static void ipc_rcu_free(struct rcu_head *head)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
	kfree(container_of(head, struct ipc_rcu, rcu));
}

/**
 * ipc_rcu_putref - drop a reference; the last frees after a grace period
 * @ptr: the object
 *
 * Context: the object locked, or no longer reachable.
 */
void ipc_rcu_putref(void *ptr)
{
	struct ipc_rcu *hdr = container_of_rcu(ptr);

	if (--hdr->refcount > 0)
		return;
	call_rcu(&hdr->rcu, ipc_rcu_free);
}

/**
 * ipc_lock - look up and lock the object in an id's slot
 * @ids: the table
 * @id: the id (only its slot is looked at)
 *
 * Context: process context; returns with preemption off (the object's
 * spinlock and an RCU read side) on success.
 * Return: the object, or ERR_PTR(-EINVAL) for an empty slot.
 */
struct kern_ipc_perm *ipc_lock(struct ipc_ids *ids, int id)
{
	int slot = ipcid_to_idx(id);
	struct kern_ipc_perm *out;

	rcu_read_lock();
	out = (slot >= 0 && slot < ids->size) ? rcu_dereference(ids->entries[slot]) : NULL;
	if (!out) {
		rcu_read_unlock();
		return ERR_PTR(-EINVAL);
	}
	spin_lock(&out->lock);
	if (out->deleted) { /* removed while we waited for the lock */
		ipc_unlock(out);
		return ERR_PTR(-EINVAL);
	}
	return out;
}

/**
 * ipc_lock_check - ipc_lock(), and the id's seq must match the object's
 * @ids: the table
 * @id: the id
 *
 * Context: as ipc_lock().
 * Return: the object, ERR_PTR(-EINVAL) for an empty slot or
 * ERR_PTR(-EIDRM) for an id of an earlier object of that slot.
 */
struct kern_ipc_perm *ipc_lock_check(struct ipc_ids *ids, int id)
{
	struct kern_ipc_perm *out = ipc_lock(ids, id);

	if (IS_ERR(out))
		return out;
	if (ipc_checkid(out, id)) {
		ipc_unlock(out);
		return ERR_PTR(-EIDRM);
	}
	return out;
}

/**
 * kernel_to_ipc64_perm - fill the IPC_64 record from the kernel's
 * @in: the kernel's record
 * @out: the user's record
 */
void kernel_to_ipc64_perm(struct kern_ipc_perm *in, struct ipc64_perm *out)
{
	out->key = in->key;
	out->uid = in->uid;
	out->gid = in->gid;
	out->cuid = in->cuid;
	out->cgid = in->cgid;
	out->mode = in->mode;
	out->seq = in->seq;
}

/**
 * ipc64_perm_to_ipc_perm - the old record from the IPC_64 one (ids cut to 16 bits)
 * @in: the IPC_64 record
 * @out: the old record
 */
void ipc64_perm_to_ipc_perm(struct ipc64_perm *in, struct ipc_perm *out)
{
	out->key = in->key;
	out->uid = in->uid;
	out->gid = in->gid;
	out->cuid = in->cuid;
	out->cgid = in->cgid;
	out->mode = in->mode;
	out->seq = in->seq;
}

/**
 * ipc_update_perm - IPC_SET: the new owner and access bits
 * @in: what the user gave
 * @out: the object's record
 *
 * Only the low 9 mode bits change; the kind's own flags stay.
 */
void ipc_update_perm(struct ipc64_perm *in, struct kern_ipc_perm *out)
{
	out->uid = in->uid;
	out->gid = in->gid;
	out->mode = (out->mode & ~S_IRWXUGO) | (in->mode & S_IRWXUGO);
}

/**
 * ipcctl_pre_down - IPC_SET and IPC_RMID's common start: lock, then owner check
 * @ids: the table
 * @id: the id
 * @cmd: IPC_SET or IPC_RMID
 * @perm: IPC_SET's new values (unused here: Linux hands them to audit)
 * @extra_perm: the kind's extra bits (unused here: audit's)
 *
 * Only the owner, the creator or CAP_SYS_ADMIN may change or remove.
 *
 * Context: process context; on success returns with ids->rw_mutex held
 * for writing and the object locked.
 * Return: the object, or ERR_PTR(-EINVAL, -EIDRM or -EPERM).
 */
struct kern_ipc_perm *ipcctl_pre_down(struct ipc_ids *ids, int id, int cmd, struct ipc64_perm *perm,
				      int extra_perm)
{
	struct kern_ipc_perm *ipcp;
	uid_t euid;

	down_write(&ids->rw_mutex);
	ipcp = ipc_lock_check(ids, id);
	if (IS_ERR(ipcp)) {
		up_write(&ids->rw_mutex);
		return ipcp;
	}
	euid = current_euid();
	if (euid == ipcp->cuid || euid == ipcp->uid || capable(CAP_SYS_ADMIN))
		return ipcp;
	ipc_unlock(ipcp);
	up_write(&ids->rw_mutex);
	return ERR_PTR(-EPERM);
}

/**
 * ipc_parse_version - split IPC_64 off a control command
 * @cmd: the command; IPC_64 is cleared from it
 *
 * Return: IPC_64 or IPC_OLD, the layout the caller's records have.
 */
int ipc_parse_version(int *cmd)
{
	if (*cmd & IPC_64) {
		*cmd ^= IPC_64;
		return IPC_64;
	}
	return IPC_OLD;
}

/*
 * /proc/sysvipc/{msg,sem,shm}: a header line, then one line per object
 * in slot order, printed by the kind's show function with the object
 * locked. The table's rw_mutex is held for reading from start to stop.
 */
struct ipc_proc_iface {
	const char *header;
	int ids;
	int (*show)(struct seq_file *, void *);
};

#define IPC_PROC_HEADER ((void *)1)

/* The object in the first used slot at or after *@pos - 1; *@pos moves past it */
static struct kern_ipc_perm *sysvipc_find_ipc(struct ipc_ids *ids, loff_t *pos)
{
	int slot;

	for (slot = *pos - 1; slot <= ids->max_id; slot++) {
		struct kern_ipc_perm *ipc = ids->entries[slot];

		if (ipc) {
			*pos = slot + 1;
			ipc_lock_by_ptr(ipc);
			return ipc;
		}
	}
	*pos = slot + 1;
	return NULL;
}

static struct ipc_ids *iface_ids(struct seq_file *s)
{
	struct ipc_proc_iface *iface = s->private;

	return &ipc_ids_table[iface->ids];
}

static void *sysvipc_proc_start(struct seq_file *s, loff_t *pos)
{
	struct ipc_ids *ids = iface_ids(s);

	down_read(&ids->rw_mutex);
	if (*pos < 0)
		return NULL;
	if (*pos == 0)
		return IPC_PROC_HEADER;
	return sysvipc_find_ipc(ids, pos);
}

static void *sysvipc_proc_next(struct seq_file *s, void *it, loff_t *pos)
{
	struct kern_ipc_perm *ipc = it;

	if (ipc && ipc != IPC_PROC_HEADER)
		ipc_unlock(ipc);
	if (ipc == IPC_PROC_HEADER)
		*pos = 1;
	else
		++*pos;
	return sysvipc_find_ipc(iface_ids(s), pos);
}

static void sysvipc_proc_stop(struct seq_file *s, void *it)
{
	struct kern_ipc_perm *ipc = it;

	if (ipc && ipc != IPC_PROC_HEADER)
		ipc_unlock(ipc);
	up_read(&iface_ids(s)->rw_mutex);
}

static int sysvipc_proc_show(struct seq_file *s, void *it)
{
	struct ipc_proc_iface *iface = s->private;

	if (it == IPC_PROC_HEADER)
		return seq_puts(s, iface->header);
	return iface->show(s, it);
}

static const struct seq_operations sysvipc_proc_seqops = {
	.start = sysvipc_proc_start,
	.stop = sysvipc_proc_stop,
	.next = sysvipc_proc_next,
	.show = sysvipc_proc_show,
};

static int sysvipc_proc_open(struct inode *inode, struct file *file)
{
	int ret = seq_open(file, &sysvipc_proc_seqops);

	if (!ret)
		((struct seq_file *)file->private_data)->private = PDE(inode)->data;
	return ret;
}

static const struct file_operations sysvipc_proc_fops = {
	.open = sysvipc_proc_open,
	.read = seq_read,
	.llseek = seq_lseek,
	.release = seq_release,
};

/**
 * ipc_init_proc_interface - make a /proc/sysvipc file
 * @path: its path under /proc ("sysvipc/msg")
 * @header: its first line
 * @ids: IPC_MSG_IDS, IPC_SEM_IDS or IPC_SHM_IDS
 * @show: prints one object (locked)
 *
 * Context: boot.
 */
void __init ipc_init_proc_interface(const char *path, const char *header, int ids,
				    int (*show)(struct seq_file *, void *))
{
	struct ipc_proc_iface *iface = kmalloc(sizeof(*iface), GFP_KERNEL);

	if (!iface)
		return;
	iface->header = header;
	iface->ids = ids;
	iface->show = show;
	if (!proc_create_data(path, S_IRUGO, NULL, &sysvipc_proc_fops, iface))
		kfree(iface);
}
