/*
 * util.h - what msg.c, sem.c and shm.c share from ipc/util.c: the id
 * tables, the get/ctl skeletons, permission checks and the RCU-freed
 * objects. See ipc/util.c and docs/ipc.md.
 */
#ifndef _IPC_UTIL_H
#define _IPC_UTIL_H

#include <linux/ipc.h>
#include <linux/rwsem.h>
#include <linux/err.h>
#include <linux/rcupdate.h>
#include <linux/spinlock.h>

#define SEQ_MULTIPLIER (IPCMNI)

struct seq_file;

/**
 * struct ipc_ids - the objects of one kind (all queues, all sets, all segments)
 * @in_use: how many exist
 * @seq: the use count the next object gets (wraps at @seq_max)
 * @seq_max: the largest seq that keeps ids positive
 * @rw_mutex: held for writing to create or remove, for reading to walk
 * @entries: slot -> object, @size slots (grown as needed, up to IPCMNI)
 * @size: how many slots @entries has
 * @max_id: the highest slot in use, or -1
 *
 * Linux 2.6.32 keeps the slots in an idr; Linnet in a plain array that
 * doubles when full, which hands out the same slots (the lowest free).
 */
struct ipc_ids {
	int in_use;
	unsigned short seq;
	unsigned short seq_max;
	struct rw_semaphore rw_mutex;
	struct kern_ipc_perm **entries;
	int size;
	int max_id;
};

/**
 * struct ipc_params - what a get call asks for
 * @key: the key
 * @flg: IPC_CREAT, IPC_EXCL and the mode bits
 * @u: the kind's size: @u.size bytes of a segment, @u.nsems semaphores
 */
struct ipc_params {
	key_t key;
	int flg;
	union {
		size_t size;
		int nsems;
	} u;
};

/**
 * struct ipc_ops - what a kind's get call does differently
 * @getnew: make a new object (newque, newary, newseg); its id or -errno
 * @associate: may the caller use an existing one? (Linux's LSM hook: 0 here)
 * @more_checks: the kind's check of an existing object (a set's size...), or NULL
 */
struct ipc_ops {
	int (*getnew)(struct ipc_params *params);
	int (*associate)(struct kern_ipc_perm *ipcp, int flg);
	int (*more_checks)(struct kern_ipc_perm *ipcp, struct ipc_params *params);
};

#define IPC_SEM_IDS 0
#define IPC_MSG_IDS 1
#define IPC_SHM_IDS 2

extern struct ipc_ids ipc_ids_table[3];
#define sem_ids (&ipc_ids_table[IPC_SEM_IDS])
#define msg_ids (&ipc_ids_table[IPC_MSG_IDS])
#define shm_ids (&ipc_ids_table[IPC_SHM_IDS])

/* The tunables of /proc/sys/kernel (ipc/ipc_sysctl.c) */
extern int msg_ctlmax, msg_ctlmnb, msg_ctlmni;
extern int sem_ctls[4];
#define sc_semmsl sem_ctls[0]
#define sc_semmns sem_ctls[1]
#define sc_semopm sem_ctls[2]
#define sc_semmni sem_ctls[3]
extern size_t shm_ctlmax, shm_ctlall;
extern int shm_ctlmni;
extern int shm_tot;

#define ipcid_to_idx(id) ((id) % SEQ_MULTIPLIER)

void ipc_init_ids(struct ipc_ids *ids);
void ipc_init_proc_interface(const char *path, const char *header, int ids,
			     int (*show)(struct seq_file *, void *));
int ipc_addid(struct ipc_ids *ids, struct kern_ipc_perm *new, int size);
void ipc_rmid(struct ipc_ids *ids, struct kern_ipc_perm *ipcp);
int ipc_get_maxid(struct ipc_ids *ids);
int ipcperms(struct kern_ipc_perm *ipcp, short flg);
int ipcget(struct ipc_ids *ids, struct ipc_ops *ops, struct ipc_params *params);

void *ipc_rcu_alloc(int size);
void ipc_rcu_getref(void *ptr);
void ipc_rcu_putref(void *ptr);

struct kern_ipc_perm *ipc_lock(struct ipc_ids *ids, int id);
struct kern_ipc_perm *ipc_lock_check(struct ipc_ids *ids, int id);
void kernel_to_ipc64_perm(struct kern_ipc_perm *in, struct ipc64_perm *out);
void ipc64_perm_to_ipc_perm(struct ipc64_perm *in, struct ipc_perm *out);
void ipc_update_perm(struct ipc64_perm *in, struct kern_ipc_perm *out);
struct kern_ipc_perm *ipcctl_pre_down(struct ipc_ids *ids, int id, int cmd, struct ipc64_perm *perm,
				      int extra_perm);
int ipc_parse_version(int *cmd);

struct msg_msg;
struct msg_msg *load_msg(const void __user *src, int len);
int store_msg(void __user *dest, struct msg_msg *msg, int len);
void free_msg(struct msg_msg *msg);

void msg_init(void);
void sem_init(void);
void shm_init(void);

/* ipc_buildid - the user-visible id of slot @id used for the @seq-th time */
static inline int ipc_buildid(int id, int seq)
{
	return SEQ_MULTIPLIER * seq + id;
}

/* ipc_checkid - does @uid name @ipcp, or an older object of its slot? (1: older) */
static inline int ipc_checkid(struct kern_ipc_perm *ipcp, int uid)
{
	return uid / SEQ_MULTIPLIER != (int)ipcp->seq;
}

/* ipc_lock_by_ptr - lock an object the caller holds a reference to */
static inline void ipc_lock_by_ptr(struct kern_ipc_perm *perm)
{
	rcu_read_lock();
	spin_lock(&perm->lock);
}

/* ipc_unlock - unlock an object ipc_lock() or ipc_lock_by_ptr() locked */
static inline void ipc_unlock(struct kern_ipc_perm *perm)
{
	spin_unlock(&perm->lock);
	rcu_read_unlock();
}

#endif /* _IPC_UTIL_H */
