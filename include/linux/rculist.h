/*
 * rculist.h - lists that readers walk under rcu_read_lock() while an
 * updater changes them.
 *
 * The updaters still exclude each other (a spinlock, a mutex); only the
 * readers go lock-free. Every change is made so that a reader, at any
 * instant, follows a chain of ->next pointers that leads back to the
 * head through whole entries:
 *
 *  - adding: the new entry is filled in first, then published with one
 *    store (rcu_assign_pointer: the barrier keeps the fill-in before it);
 *  - deleting: the entry is unlinked, but its own ->next is left alone,
 *    so a reader standing on it walks on; only ->prev, which readers
 *    never follow, is poisoned. The entry may be freed only after a
 *    grace period (call_rcu(), synchronize_rcu(), kfree_rcu()).
 *
 *   before:   A ----> B ----> C          list_del_rcu(B):  A ------------> C
 *                                                            B ---next--^
 *                                            (a reader on B still reaches C)
 *
 * The walkers (list_for_each_entry_rcu...) load each ->next once with
 * rcu_dereference(). The API is Linux 2.6.32's, with later Linux's
 * additions (list_next_rcu, list_first_or_null_rcu, hlist_add_behind_rcu,
 * the three-argument hlist_for_each_entry_rcu that Linnet's list.h uses
 * everywhere). See docs/rcu.md.
 */
#ifndef _LINUX_RCULIST_H
#define _LINUX_RCULIST_H

#include <linux/list.h>
#include <linux/poison.h>
#include <linux/rcupdate.h>

/* list_next_rcu - the ->next field of @list, as the place a reader loads from */
#define list_next_rcu(list) (*((struct list_head **)(&(list)->next)))

/* __list_add_rcu - link @new between two known entries, publishing it last */
static inline void __list_add_rcu(struct list_head *new, struct list_head *prev,
				  struct list_head *next)
{
	new->next = next;
	new->prev = prev;
	rcu_assign_pointer(list_next_rcu(prev), new);
	next->prev = new;
}

/**
 * list_add_rcu - add an entry after @head, visible to readers at once
 * @new: the entry, not yet on any list
 * @head: the entry to add it after
 *
 * Context: any; the caller excludes other updaters of the list.
 */
static inline void list_add_rcu(struct list_head *new, struct list_head *head)
{
	__list_add_rcu(new, head, head->next);
}

/**
 * list_add_tail_rcu - add an entry before @head (at the tail)
 * @new: the entry, not yet on any list
 * @head: the list's head
 *
 * Context: any; the caller excludes other updaters of the list.
 */
static inline void list_add_tail_rcu(struct list_head *new, struct list_head *head)
{
	__list_add_rcu(new, head->prev, head);
}

/**
 * list_del_rcu - unlink an entry that readers may be standing on
 * @entry: the entry
 *
 * @entry->next stays valid so a reader on it walks on; ->prev is
 * poisoned. Free @entry only after a grace period.
 *
 * Context: any; the caller excludes other updaters of the list.
 */
static inline void list_del_rcu(struct list_head *entry)
{
	__list_del(entry->prev, entry->next);
	entry->prev = LIST_POISON2;
}

/**
 * list_replace_rcu - put @new in @old's place with one published store
 * @old: the entry to replace
 * @new: its replacement, not yet on any list
 *
 * Readers see either @old or @new, never neither. Free @old after a
 * grace period.
 *
 * Context: any; the caller excludes other updaters of the list.
 */
static inline void list_replace_rcu(struct list_head *old, struct list_head *new)
{
	new->next = old->next;
	new->prev = old->prev;
	rcu_assign_pointer(list_next_rcu(new->prev), new);
	new->next->prev = new;
	old->prev = LIST_POISON2;
}

/**
 * list_splice_init_rcu - splice @list's entries in after @head
 * @list: the list to splice; empty afterwards
 * @head: where to splice them
 * @sync: a function that waits for a grace period (synchronize_rcu)
 *
 * @list is emptied first and @sync waits until no reader can still be
 * walking the old chain from @list's head; only then are the entries
 * linked into @head. @list's own readers are cut off at once.
 *
 * Context: process context (it sleeps in @sync); the caller excludes
 * other updaters of both lists.
 */
static inline void list_splice_init_rcu(struct list_head *list, struct list_head *head,
					void (*sync)(void))
{
	struct list_head *first = list->next;
	struct list_head *last = list->prev;
	struct list_head *at = head->next;

	if (list_empty(list))
		return;
	INIT_LIST_HEAD(list);
	sync();
	last->next = at;
	rcu_assign_pointer(list_next_rcu(head), first);
	first->prev = head;
	at->prev = last;
}

/* list_entry_rcu - the object containing the list_head @ptr, loaded once */
#define list_entry_rcu(ptr, type, member) container_of(READ_ONCE(ptr), type, member)

/* list_first_entry_rcu - the first object; the list must not be empty */
#define list_first_entry_rcu(ptr, type, member) list_entry_rcu((ptr)->next, type, member)

/* list_first_or_null_rcu - the first object, or NULL if the list is empty (Linux 3.4) */
#define list_first_or_null_rcu(ptr, type, member)                                  \
	({                                                                         \
		struct list_head *__ptr = (ptr);                                   \
		struct list_head *__next = READ_ONCE(__ptr->next);                 \
		likely(__ptr != __next) ? list_entry_rcu(__next, type, member) : NULL; \
	})

/* list_next_or_null_rcu - the object after @ptr's entry, or NULL at the end (Linux 3.4) */
#define list_next_or_null_rcu(head, ptr, type, member)                             \
	({                                                                         \
		struct list_head *__head = (head);                                 \
		struct list_head *__ptr = (ptr);                                   \
		struct list_head *__next = READ_ONCE(__ptr->next);                 \
		likely(__next != __head) ? list_entry_rcu(__next, type, member) : NULL; \
	})

/* __list_for_each_rcu - walk the list_heads of a list inside a reader */
#define __list_for_each_rcu(pos, head)                                  \
	for (pos = rcu_dereference((head)->next); pos != (head);        \
	     pos = rcu_dereference(pos->next))
#define list_for_each_rcu(pos, head) __list_for_each_rcu(pos, head)

/* list_for_each_entry_rcu - walk the objects of a list inside a reader */
#define list_for_each_entry_rcu(pos, head, member)                                 \
	for (pos = list_entry_rcu((head)->next, __typeof__(*pos), member);         \
	     &pos->member != (head);                                               \
	     pos = list_entry_rcu(pos->member.next, __typeof__(*pos), member))

/* list_for_each_entry_continue_rcu - walk on from the object after @pos */
#define list_for_each_entry_continue_rcu(pos, head, member)                        \
	for (pos = list_entry_rcu(pos->member.next, __typeof__(*pos), member);     \
	     &pos->member != (head);                                               \
	     pos = list_entry_rcu(pos->member.next, __typeof__(*pos), member))

/* list_for_each_continue_rcu - 2.6.32's form of the same, over list_heads */
#define list_for_each_continue_rcu(pos, head)                                \
	for ((pos) = rcu_dereference((pos)->next); (pos) != (head);          \
	     (pos) = rcu_dereference((pos)->next))

/**
 * hlist_del_rcu - unlink a hash-list node that readers may be standing on
 * @n: the node
 *
 * @n->next stays valid; ->pprev is poisoned. Free after a grace period.
 *
 * Context: any; the caller excludes other updaters of the list.
 */
static inline void hlist_del_rcu(struct hlist_node *n)
{
	__hlist_del(n);
	n->pprev = LIST_POISON2;
}

/**
 * hlist_del_init_rcu - unlink a node and mark it unhashed
 * @n: the node; a no-op if it is on no list
 *
 * Only ->pprev is cleared (what hlist_unhashed() tests); ->next is kept
 * for readers on the node.
 *
 * Context: any; the caller excludes other updaters of the list.
 */
static inline void hlist_del_init_rcu(struct hlist_node *n)
{
	if (!hlist_unhashed(n)) {
		__hlist_del(n);
		n->pprev = NULL;
	}
}

/**
 * hlist_replace_rcu - put @new in @old's place with one published store
 * @old: the node to replace
 * @new: its replacement
 *
 * Context: any; the caller excludes other updaters of the list.
 */
static inline void hlist_replace_rcu(struct hlist_node *old, struct hlist_node *new)
{
	struct hlist_node *next = old->next;

	new->next = next;
	new->pprev = old->pprev;
	rcu_assign_pointer(*new->pprev, new);
	if (next)
		next->pprev = &new->next;
	old->pprev = LIST_POISON2;
}

/**
 * hlist_add_head_rcu - add a node at the front, visible to readers at once
 * @n: the node
 * @h: the list's head
 *
 * Context: any; the caller excludes other updaters of the list.
 */
static inline void hlist_add_head_rcu(struct hlist_node *n, struct hlist_head *h)
{
	struct hlist_node *first = h->first;

	n->next = first;
	n->pprev = &h->first;
	rcu_assign_pointer(h->first, n);
	if (first)
		first->pprev = &n->next;
}

/**
 * hlist_add_before_rcu - add a node before another
 * @n: the node to add
 * @next: a node on a list
 *
 * Context: any; the caller excludes other updaters of the list.
 */
static inline void hlist_add_before_rcu(struct hlist_node *n, struct hlist_node *next)
{
	n->pprev = next->pprev;
	n->next = next;
	rcu_assign_pointer(*(n->pprev), n);
	next->pprev = &n->next;
}

/**
 * hlist_add_behind_rcu - add a node after another (today's name and order)
 * @n: the node to add
 * @prev: a node on a list
 *
 * Context: any; the caller excludes other updaters of the list.
 */
static inline void hlist_add_behind_rcu(struct hlist_node *n, struct hlist_node *prev)
{
	n->next = prev->next;
	n->pprev = &prev->next;
	rcu_assign_pointer(prev->next, n);
	if (n->next)
		n->next->pprev = &n->next;
}

/**
 * hlist_add_after_rcu - 2.6.32's name: add @n after @prev
 * @prev: a node on a list
 * @n: the node to add
 *
 * Context: any; the caller excludes other updaters of the list.
 */
static inline void hlist_add_after_rcu(struct hlist_node *prev, struct hlist_node *n)
{
	hlist_add_behind_rcu(n, prev);
}

/* hlist_first_rcu, hlist_next_rcu - the pointers a reader loads (later Linux) */
#define hlist_first_rcu(head) (*((struct hlist_node **)(&(head)->first)))
#define hlist_next_rcu(node) (*((struct hlist_node **)(&(node)->next)))

/* hlist_for_each_entry_rcu - walk the objects of a hash list inside a reader */
#define hlist_for_each_entry_rcu(pos, head, member)                                     \
	for (pos = hlist_entry_safe(rcu_dereference(hlist_first_rcu(head)),              \
				    __typeof__(*(pos)), member);                         \
	     pos;                                                                        \
	     pos = hlist_entry_safe(rcu_dereference(hlist_next_rcu(&(pos)->member)),     \
				    __typeof__(*(pos)), member))

/* hlist_for_each_entry_rcu_bh - the same for a reader under rcu_read_lock_bh() */
#define hlist_for_each_entry_rcu_bh(pos, head, member) hlist_for_each_entry_rcu(pos, head, member)

/* hlist_for_each_entry_rcu_notrace - the same (Linnet has no tracer to avoid) */
#define hlist_for_each_entry_rcu_notrace(pos, head, member) \
	hlist_for_each_entry_rcu(pos, head, member)

/* hlist_for_each_entry_continue_rcu - walk on from the object after @pos */
#define hlist_for_each_entry_continue_rcu(pos, member)                                   \
	for (pos = hlist_entry_safe(rcu_dereference(hlist_next_rcu(&(pos)->member)),       \
				    __typeof__(*(pos)), member);                           \
	     pos;                                                                          \
	     pos = hlist_entry_safe(rcu_dereference(hlist_next_rcu(&(pos)->member)),       \
				    __typeof__(*(pos)), member))

/* hlist_for_each_entry_from_rcu - walk on from @pos itself */
#define hlist_for_each_entry_from_rcu(pos, member)                                       \
	for (; pos;                                                                        \
	     pos = hlist_entry_safe(rcu_dereference(hlist_next_rcu(&(pos)->member)),       \
				    __typeof__(*(pos)), member))

#endif /* _LINUX_RCULIST_H */
