/*
 * linux/klist.h - a list that can be walked while nodes are removed.
 *
 * A klist is a list_head list under a spinlock whose nodes are reference
 * counted. An iterator holds a reference to the node it stands on, so the
 * node may be deleted meanwhile: klist_del() marks it dead and drops the
 * list's reference, and the node leaves the list only when the last
 * reference goes (the iterator moving on). The walk skips dead nodes. The
 * driver core keeps a bus's devices and a device's children on klists, so
 * a walk over them can sleep while a device disappears.
 *
 * As in Linux 2.6.32 the dead mark is the low bit of the node's n_klist
 * pointer, and klist_remove() sleeps until the node is gone. The
 * implementation is lib/klist.c; see docs/drivers-core.md.
 */
#ifndef _LINUX_KLIST_H
#define _LINUX_KLIST_H

#include <linux/kref.h>
#include <linux/list.h>
#include <linux/spinlock.h>

struct klist_node;

/**
 * struct klist - a klist's head
 * @k_lock: protects @k_list and the nodes' links
 * @k_list: the nodes
 * @get: called when a node is added (the owner takes a reference on the object)
 * @put: called when a node leaves the list (the owner drops it)
 */
struct klist {
	spinlock_t k_lock;
	struct list_head k_list;
	void (*get)(struct klist_node *);
	void (*put)(struct klist_node *);
} __attribute__((aligned(sizeof(void *))));

#define KLIST_INIT(_name, _get, _put)                                              \
	{ .k_lock = __SPIN_LOCK_UNLOCKED(_name.k_lock),                            \
	  .k_list = LIST_HEAD_INIT(_name.k_list), .get = _get, .put = _put }

#define DEFINE_KLIST(_name, _get, _put) struct klist _name = KLIST_INIT(_name, _get, _put)

/**
 * struct klist_node - a node of a klist, embedded in the object
 * @n_klist: the klist it is on; bit 0 set means deleted (dead)
 * @n_node: link in &struct klist.k_list
 * @n_ref: the list's reference plus one per iterator standing on it
 */
struct klist_node {
	void *n_klist;
	struct list_head n_node;
	struct kref n_ref;
};

/**
 * struct klist_iter - a walk over a klist
 * @i_klist: the list
 * @i_cur: the node the walk stands on (holding a reference), or NULL
 */
struct klist_iter {
	struct klist *i_klist;
	struct klist_node *i_cur;
};

void klist_init(struct klist *k, void (*get)(struct klist_node *),
		void (*put)(struct klist_node *));
void klist_add_tail(struct klist_node *n, struct klist *k);
void klist_add_head(struct klist_node *n, struct klist *k);
void klist_add_behind(struct klist_node *n, struct klist_node *pos);
void klist_add_before(struct klist_node *n, struct klist_node *pos);
void klist_del(struct klist_node *n);
void klist_remove(struct klist_node *n);
int klist_node_attached(struct klist_node *n);
void klist_iter_init(struct klist *k, struct klist_iter *i);
void klist_iter_init_node(struct klist *k, struct klist_iter *i, struct klist_node *n);
void klist_iter_exit(struct klist_iter *i);
struct klist_node *klist_prev(struct klist_iter *i);
struct klist_node *klist_next(struct klist_iter *i);

#endif /* _LINUX_KLIST_H */
