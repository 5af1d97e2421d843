/*
 * user.c - what the kernel counts per user: the user_struct.
 *
 * Some limits are per user, not per process: RLIMIT_SIGPENDING caps the
 * signals queued to all of one user's processes together, so that no
 * user can fill kernel memory with sigqueues by spreading them over many
 * processes. The count lives in a struct user_struct, one per user id
 * that has something counted, kept in a small hash table by uid:
 *
 *   uidhash[uid % UIDHASH_SZ] -> [uid 0: 3 pending] -> [uid 1000: 1]
 *
 * A user_struct lives while something holds a reference (each queued
 * signal holds one) and is freed with the last.
 *
 * 2.6.32 (kernel/user.c) allocates the user_struct when a task's cred
 * takes a uid (alloc_uid(ns, uid), may sleep) and the cred points to it;
 * it also counts the user's processes (RLIMIT_NPROC) and open files.
 * Linnet's cred holds only the ids, so alloc_uid() looks the user up by
 * uid when a signal is queued, in any context (hence its gfp argument),
 * and RLIMIT_NPROC counts tasks directly (kernel/sys.c). See
 * docs/processes.md, "Signals".
 */
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/list.h>

#define UIDHASH_SZ 16

static struct list_head uidhash_table[UIDHASH_SZ];
static DEFINE_SPINLOCK(uidhash_lock);

static struct list_head *uidhashentry(uid_t uid)
{
	struct list_head *head = &uidhash_table[uid % UIDHASH_SZ];

	if (!head->next) /* static storage: make the lists on first use */
		INIT_LIST_HEAD(head);
	return head;
}

static struct user_struct *uid_hash_find(uid_t uid)
{
	struct user_struct *up;

	list_for_each_entry(up, uidhashentry(uid), uidhash_node) {
		if (up->uid == uid) {
			atomic_inc(&up->__count);
			return up;
		}
	}
	return NULL;
}

/**
 * find_user - the user_struct of a uid, if it has one
 * @uid: the user
 *
 * Context: any.
 * Return: the user_struct with a reference taken (free_uid() drops it),
 * or NULL if nothing is counted for @uid.
 */
struct user_struct *find_user(uid_t uid)
{
	struct user_struct *up;
	unsigned long flags;

	spin_lock_irqsave(&uidhash_lock, flags);
	up = uid_hash_find(uid);
	spin_unlock_irqrestore(&uidhash_lock, flags);
	return up;
}

/**
 * alloc_uid - the user_struct of a uid, made if it has none
 * @uid: the user
 * @flags: how to allocate (GFP_ATOMIC when sending a signal)
 *
 * Context: any, with @flags that suit it.
 * Return: the user_struct with a reference taken, or NULL without memory.
 */
struct user_struct *alloc_uid(uid_t uid, gfp_t flags)
{
	struct user_struct *up = find_user(uid), *other;
	unsigned long irqflags;

	if (up)
		return up;
	up = kzalloc(sizeof(*up), flags);
	if (!up)
		return NULL;
	atomic_set(&up->__count, 1);
	up->uid = uid;
	spin_lock_irqsave(&uidhash_lock, irqflags);
	other = uid_hash_find(uid); /* made by someone else meanwhile? */
	if (!other)
		list_add(&up->uidhash_node, uidhashentry(uid));
	spin_unlock_irqrestore(&uidhash_lock, irqflags);
	if (other) {
		kfree(up);
		up = other;
	}
	return up;
}

/**
 * free_uid - drop a reference to a user_struct; the last frees it
 * @up: the user_struct, or NULL
 *
 * Context: any.
 */
void free_uid(struct user_struct *up)
{
	unsigned long flags;

	if (!up)
		return;
	spin_lock_irqsave(&uidhash_lock, flags);
	if (atomic_dec_and_test(&up->__count))
		list_del(&up->uidhash_node);
	else
		up = NULL;
	spin_unlock_irqrestore(&uidhash_lock, flags);
	kfree(up);
}
