/*
 * list.h - circular doubly linked lists threaded through the objects.
 *
 * Instead of list nodes that point to objects, the object contains the
 * node: a struct list_head member. The list is a ring of these members,
 * closed by a head that belongs to no object:
 *
 *        +------------------------------------------------+
 *        v                                                |
 *     [ head ] <-> [ a.list ] <-> [ b.list ] <-> [ c.list ]
 *        ^                                           |
 *        +-------------------------------------------+
 *
 * An empty list is a head that points at itself, so adding and removing
 * never test for NULL or for the ends. list_entry() (container_of) gets
 * from a member back to the object by subtracting the member's offset.
 * One object can sit on several lists through several members.
 *
 * list_del() fills the removed entry's pointers with LIST_POISON1/2, so a
 * use after removal faults at a recognisable address instead of walking
 * a list the entry no longer belongs to.
 *
 * The hlist ("hash list") is for hash tables: its head is one pointer,
 * halving the size of a table of buckets. It is NULL-terminated, not
 * circular, and each node keeps "pprev", the address of the pointer that
 * points at it, so a node can be removed without knowing its head.
 *
 * None of this locks anything: callers serialise access themselves.
 * struct list_head, hlist_head and hlist_node are in <linux/types.h>.
 */
#ifndef _LINUX_LIST_H
#define _LINUX_LIST_H

#include <linux/types.h>
#include <linux/stddef.h>
#include <linux/poison.h>
#include <linux/kernel.h>

#define LIST_HEAD_INIT(name) { &(name), &(name) }

/* LIST_HEAD - define and initialise an empty list head */
#define LIST_HEAD(name) struct list_head name = LIST_HEAD_INIT(name)

/**
 * INIT_LIST_HEAD - make a list head (or a detached entry) empty
 * @list: the head
 *
 * Context: any.
 */
static inline void INIT_LIST_HEAD(struct list_head *list)
{
	list->next = list;
	list->prev = list;
}

/*
 * The list debugging checks (Linux's CONFIG_DEBUG_LIST: lib/list_debug.c).
 * A corrupted neighbour or an entry deleted twice is reported ("list_del
 * corruption. ...") and the operation is skipped, so the damage goes no
 * further. 2.6.32's defconfig leaves the option off; Linnet's kernels
 * build with it on (the Makefile's CONFIG_DEBUG_LIST ?= y), so every test
 * boot checks every list operation, and `make bench` measures a kernel
 * without it (docs/performance.md). Without it, and in the host builds of
 * list users, the checks are constant true and compile away.
 */
#if defined(CONFIG_DEBUG_LIST) && !defined(LINNET_HOST)
bool __list_add_valid(struct list_head *new, struct list_head *prev, struct list_head *next);
bool __list_del_entry_valid(struct list_head *entry);
#else
static inline bool __list_add_valid(struct list_head *new, struct list_head *prev,
				    struct list_head *next)
{
	(void)new, (void)prev, (void)next;
	return true;
}
static inline bool __list_del_entry_valid(struct list_head *entry)
{
	(void)entry;
	return true;
}
#endif

/* __list_add - link @new between two entries known to be adjacent */
static inline void __list_add(struct list_head *new, struct list_head *prev,
			      struct list_head *next)
{
	next->prev = new;
	new->next = next;
	new->prev = prev;
	prev->next = new;
}

/**
 * list_add - add an entry at the front of a list (after @head)
 * @new: the entry to add
 * @head: the list head, or an entry to add after
 *
 * Good for stacks: the newest entry is the first.
 *
 * Context: any; the caller serialises access to the list.
 */
static inline void list_add(struct list_head *new, struct list_head *head)
{
	if (__list_add_valid(new, head, head->next))
		__list_add(new, head, head->next);
}

/**
 * list_add_tail - add an entry at the end of a list (before @head)
 * @new: the entry to add
 * @head: the list head, or an entry to add before
 *
 * Good for queues: entries come out in the order they went in.
 *
 * Context: any; the caller serialises access to the list.
 */
static inline void list_add_tail(struct list_head *new, struct list_head *head)
{
	if (__list_add_valid(new, head->prev, head))
		__list_add(new, head->prev, head);
}

/* __list_del - join two entries, dropping whatever was between them */
static inline void __list_del(struct list_head *prev, struct list_head *next)
{
	next->prev = prev;
	prev->next = next;
}

/**
 * __list_del_entry - unlink an entry, leaving its own pointers as they were
 * @entry: the entry
 *
 * The raw removal under list_del() and list_del_init(). An entry whose
 * pointers are LIST_POISON1/2 was already deleted: deleting it again
 * would write through the poison, so debugging code can check for it here.
 *
 * Context: any; the caller serialises access to the list.
 */
static inline void __list_del_entry(struct list_head *entry)
{
	if (__list_del_entry_valid(entry))
		__list_del(entry->prev, entry->next);
}

/**
 * list_del - remove an entry from its list and poison it
 * @entry: the entry
 *
 * Afterwards @entry is in no valid state: its pointers are LIST_POISON1
 * and LIST_POISON2, so following them faults. list_empty() on it is not
 * true; use list_del_init() to reuse the entry.
 *
 * Context: any; the caller serialises access to the list.
 */
static inline void list_del(struct list_head *entry)
{
	__list_del_entry(entry);
	entry->next = LIST_POISON1;
	entry->prev = LIST_POISON2;
}

/**
 * list_del_init - remove an entry from its list and make it an empty list
 * @entry: the entry
 *
 * Context: any; the caller serialises access to the list.
 */
static inline void list_del_init(struct list_head *entry)
{
	__list_del_entry(entry);
	INIT_LIST_HEAD(entry);
}

/**
 * list_replace - put a new entry in an old one's place
 * @old: the entry to replace; its pointers are left stale
 * @new: the entry to put in its place
 *
 * Context: any; the caller serialises access to the list.
 */
static inline void list_replace(struct list_head *old, struct list_head *new)
{
	new->next = old->next;
	new->next->prev = new;
	new->prev = old->prev;
	new->prev->next = new;
}

/**
 * list_replace_init - put a new entry in an old one's place, empty the old
 * @old: the entry to replace; it becomes an empty list
 * @new: the entry to put in its place
 *
 * Context: any; the caller serialises access to the list.
 */
static inline void list_replace_init(struct list_head *old, struct list_head *new)
{
	list_replace(old, new);
	INIT_LIST_HEAD(old);
}

/**
 * list_move - move an entry to the front of another (or the same) list
 * @list: the entry
 * @head: the list to move it to
 *
 * Context: any; the caller serialises access to both lists.
 */
static inline void list_move(struct list_head *list, struct list_head *head)
{
	__list_del_entry(list);
	list_add(list, head);
}

/**
 * list_move_tail - move an entry to the end of another (or the same) list
 * @list: the entry
 * @head: the list to move it to
 *
 * Context: any; the caller serialises access to both lists.
 */
static inline void list_move_tail(struct list_head *list, struct list_head *head)
{
	__list_del_entry(list);
	list_add_tail(list, head);
}

/**
 * list_is_last - is this entry the last of its list?
 * @list: the entry
 * @head: the list's head
 *
 * Return: true if @list is followed by @head.
 */
static inline int list_is_last(const struct list_head *list, const struct list_head *head)
{
	return list->next == head;
}

/**
 * list_empty - is this list empty?
 * @head: the list's head
 *
 * Return: true if @head points at itself.
 */
static inline int list_empty(const struct list_head *head)
{
	return head->next == head;
}

/**
 * list_empty_careful - is this list empty, checking both directions?
 * @head: the list's head
 *
 * Also true only if ->prev agrees, which catches a list that another CPU
 * is halfway through changing. It is not a substitute for a lock: the
 * only safe use is to check an entry that may be under list_del_init().
 *
 * Return: true if both of @head's pointers point at @head.
 */
static inline int list_empty_careful(const struct list_head *head)
{
	struct list_head *next = head->next;

	return next == head && next == head->prev;
}

/**
 * list_is_singular - does this list have exactly one entry?
 * @head: the list's head
 *
 * Return: true if the list holds one entry.
 */
static inline int list_is_singular(const struct list_head *head)
{
	return !list_empty(head) && head->next == head->prev;
}

/**
 * list_rotate_left - move the first entry of a list to its end
 * @head: the list's head
 *
 * Context: any; the caller serialises access to the list.
 */
static inline void list_rotate_left(struct list_head *head)
{
	if (!list_empty(head))
		list_move_tail(head->next, head);
}

/* __list_cut_position - move @head's entries up to @entry onto @list */
static inline void __list_cut_position(struct list_head *list, struct list_head *head,
				       struct list_head *entry)
{
	struct list_head *new_first = entry->next;

	list->next = head->next;
	list->next->prev = list;
	list->prev = entry;
	entry->next = list;
	head->next = new_first;
	new_first->prev = head;
}

/**
 * list_cut_position - cut a list in two
 * @list: an empty list (or one whose entries may be forgotten) to receive
 *        the front part
 * @head: the list to cut
 * @entry: an entry of @head: it and every entry before it move to @list;
 *         @head itself moves nothing
 *
 * Context: any; the caller serialises access to both lists.
 */
static inline void list_cut_position(struct list_head *list, struct list_head *head,
				     struct list_head *entry)
{
	if (list_empty(head))
		return;
	if (list_is_singular(head) && head->next != entry && head != entry)
		return;
	if (entry == head)
		INIT_LIST_HEAD(list);
	else
		__list_cut_position(list, head, entry);
}

/* __list_splice - link the entries of @list between @prev and @next */
static inline void __list_splice(const struct list_head *list, struct list_head *prev,
				 struct list_head *next)
{
	struct list_head *first = list->next;
	struct list_head *last = list->prev;

	first->prev = prev;
	prev->next = first;
	last->next = next;
	next->prev = last;
}

/**
 * list_splice - join two lists, putting one at the front of the other
 * @list: the list whose entries move; its head is left stale
 * @head: the list that receives them, at its front
 *
 * Context: any; the caller serialises access to both lists.
 */
static inline void list_splice(const struct list_head *list, struct list_head *head)
{
	if (!list_empty(list))
		__list_splice(list, head, head->next);
}

/**
 * list_splice_tail - join two lists, putting one at the end of the other
 * @list: the list whose entries move; its head is left stale
 * @head: the list that receives them, at its end
 *
 * Context: any; the caller serialises access to both lists.
 */
static inline void list_splice_tail(struct list_head *list, struct list_head *head)
{
	if (!list_empty(list))
		__list_splice(list, head->prev, head);
}

/**
 * list_splice_init - move all entries of a list to the front of another
 * @list: the list whose entries move; it is left empty
 * @head: the list that receives them
 *
 * Context: any; the caller serialises access to both lists.
 */
static inline void list_splice_init(struct list_head *list, struct list_head *head)
{
	if (!list_empty(list)) {
		__list_splice(list, head, head->next);
		INIT_LIST_HEAD(list);
	}
}

/**
 * list_splice_tail_init - move all entries of a list to the end of another
 * @list: the list whose entries move; it is left empty
 * @head: the list that receives them
 *
 * Context: any; the caller serialises access to both lists.
 */
static inline void list_splice_tail_init(struct list_head *list, struct list_head *head)
{
	if (!list_empty(list)) {
		__list_splice(list, head->prev, head);
		INIT_LIST_HEAD(list);
	}
}

/* list_entry - the object that contains the list_head @ptr as its @member */
#define list_entry(ptr, type, member) container_of(ptr, type, member)

/* list_first_entry - the first object of a list, which must not be empty */
#define list_first_entry(ptr, type, member) list_entry((ptr)->next, type, member)

/* list_last_entry - the last object of a list, which must not be empty */
#define list_last_entry(ptr, type, member) list_entry((ptr)->prev, type, member)

/* list_first_entry_or_null - the first object of a list, or NULL if it is empty */
#define list_first_entry_or_null(ptr, type, member)                             \
	({                                                                      \
		struct list_head *head__ = (ptr);                               \
		struct list_head *pos__ = READ_ONCE(head__->next);              \
		pos__ != head__ ? list_entry(pos__, type, member) : NULL;       \
	})

/* list_next_entry - the object after @pos on its list */
#define list_next_entry(pos, member) list_entry((pos)->member.next, __typeof__(*(pos)), member)

/* list_prev_entry - the object before @pos on its list */
#define list_prev_entry(pos, member) list_entry((pos)->member.prev, __typeof__(*(pos)), member)

/* list_entry_is_head - has the walk with cursor @pos come back round to @head? */
#define list_entry_is_head(pos, head, member) (&(pos)->member == (head))

/*
 * list_prepare_entry - a cursor for list_for_each_entry_continue()
 * @pos itself if it is not NULL, else a fake object at @head, so that
 * continuing from it starts at the first entry.
 */
#define list_prepare_entry(pos, head, member) \
	((pos) ? (pos) : list_entry(head, __typeof__(*(pos)), member))

/* list_for_each - walk the list_heads of a list; do not remove @pos */
#define list_for_each(pos, head) for (pos = (head)->next; pos != (head); pos = pos->next)

/* list_for_each_prev - walk the list_heads of a list backwards */
#define list_for_each_prev(pos, head) for (pos = (head)->prev; pos != (head); pos = pos->prev)

/* list_for_each_safe - walk the list_heads; @pos may be removed, @n is scratch */
#define list_for_each_safe(pos, n, head) \
	for (pos = (head)->next, n = pos->next; pos != (head); pos = n, n = pos->next)

/* list_for_each_prev_safe - walk backwards; @pos may be removed, @n is scratch */
#define list_for_each_prev_safe(pos, n, head) \
	for (pos = (head)->prev, n = pos->prev; pos != (head); pos = n, n = pos->prev)

/* list_for_each_entry - walk the objects of a list; do not remove @pos */
#define list_for_each_entry(pos, head, member)                        \
	for (pos = list_first_entry(head, __typeof__(*(pos)), member); \
	     !list_entry_is_head(pos, head, member); pos = list_next_entry(pos, member))

/* list_for_each_entry_reverse - walk the objects of a list backwards */
#define list_for_each_entry_reverse(pos, head, member)               \
	for (pos = list_last_entry(head, __typeof__(*(pos)), member); \
	     !list_entry_is_head(pos, head, member); pos = list_prev_entry(pos, member))

/* list_for_each_entry_continue - walk on from the object after @pos */
#define list_for_each_entry_continue(pos, head, member)                          \
	for (pos = list_next_entry(pos, member); !list_entry_is_head(pos, head, member); \
	     pos = list_next_entry(pos, member))

/* list_for_each_entry_from - walk on from @pos itself */
#define list_for_each_entry_from(pos, head, member) \
	for (; !list_entry_is_head(pos, head, member); pos = list_next_entry(pos, member))

/* list_for_each_entry_safe - walk the objects; @pos may be removed, @n is scratch */
#define list_for_each_entry_safe(pos, n, head, member)                       \
	for (pos = list_first_entry(head, __typeof__(*(pos)), member),        \
	     n = list_next_entry(pos, member);                                 \
	     !list_entry_is_head(pos, head, member); pos = n, n = list_next_entry(n, member))

/* list_for_each_entry_safe_reverse - walk backwards; @pos may be removed */
#define list_for_each_entry_safe_reverse(pos, n, head, member)               \
	for (pos = list_last_entry(head, __typeof__(*(pos)), member),         \
	     n = list_prev_entry(pos, member);                                 \
	     !list_entry_is_head(pos, head, member); pos = n, n = list_prev_entry(n, member))

/*
 * Hash lists. The head is one pointer; the last node's ->next is NULL; a
 * node's ->pprev points at the pointer that points at the node (the
 * head's ->first or the previous node's ->next), or is NULL when the node
 * is on no list ("unhashed").
 */

#define HLIST_HEAD_INIT { .first = NULL }
#define HLIST_HEAD(name) struct hlist_head name = { .first = NULL }
#define INIT_HLIST_HEAD(ptr) ((ptr)->first = NULL)

/**
 * INIT_HLIST_NODE - make a node unhashed (on no list)
 * @h: the node
 *
 * Context: any.
 */
static inline void INIT_HLIST_NODE(struct hlist_node *h)
{
	h->next = NULL;
	h->pprev = NULL;
}

/**
 * hlist_unhashed - is this node on no list?
 * @h: the node
 *
 * Return: true if @h was initialised or hlist_del_init()ed and not added since.
 */
static inline int hlist_unhashed(const struct hlist_node *h)
{
	return !h->pprev;
}

/**
 * hlist_empty - is this hash list empty?
 * @h: the head
 *
 * Return: true if the list has no nodes.
 */
static inline int hlist_empty(const struct hlist_head *h)
{
	return !h->first;
}

/* __hlist_del - unlink @n: point whatever pointed at it at its successor */
static inline void __hlist_del(struct hlist_node *n)
{
	struct hlist_node *next = n->next;
	struct hlist_node **pprev = n->pprev;

	*pprev = next;
	if (next)
		next->pprev = pprev;
}

/**
 * hlist_del - remove a node from its hash list and poison it
 * @n: the node, which must be on a list
 *
 * Context: any; the caller serialises access to the list.
 */
static inline void hlist_del(struct hlist_node *n)
{
	__hlist_del(n);
	n->next = LIST_POISON1;
	n->pprev = LIST_POISON2;
}

/**
 * hlist_del_init - remove a node from its hash list, if it is on one
 * @n: the node; afterwards unhashed and reusable
 *
 * Context: any; the caller serialises access to the list.
 */
static inline void hlist_del_init(struct hlist_node *n)
{
	if (!hlist_unhashed(n)) {
		__hlist_del(n);
		INIT_HLIST_NODE(n);
	}
}

/**
 * hlist_add_head - add a node at the front of a hash list
 * @n: the node
 * @h: the list's head
 *
 * Context: any; the caller serialises access to the list.
 */
static inline void hlist_add_head(struct hlist_node *n, struct hlist_head *h)
{
	struct hlist_node *first = h->first;

	n->next = first;
	if (first)
		first->pprev = &n->next;
	h->first = n;
	n->pprev = &h->first;
}

/**
 * hlist_add_before - add a node before another
 * @n: the node to add
 * @next: a node on a list; @n goes just before it
 *
 * Context: any; the caller serialises access to the list.
 */
static inline void hlist_add_before(struct hlist_node *n, struct hlist_node *next)
{
	n->pprev = next->pprev;
	n->next = next;
	next->pprev = &n->next;
	*(n->pprev) = n;
}

/**
 * hlist_add_behind - add a node after another (today's name and order)
 * @n: the node to add
 * @prev: a node on a list; @n goes just after it
 *
 * Context: any; the caller serialises access to the list.
 */
static inline void hlist_add_behind(struct hlist_node *n, struct hlist_node *prev)
{
	n->next = prev->next;
	prev->next = n;
	n->pprev = &prev->next;
	if (n->next)
		n->next->pprev = &n->next;
}

/**
 * hlist_add_after - add a node after another (2.6.32's name and order)
 * @n: a node on a list
 * @next: the node to add, just after @n
 *
 * Note the argument order: the node on the list comes first, unlike
 * hlist_add_behind(), which replaced this function in Linux 3.17.
 *
 * Context: any; the caller serialises access to the list.
 */
static inline void hlist_add_after(struct hlist_node *n, struct hlist_node *next)
{
	hlist_add_behind(next, n);
}

/* hlist_entry - the object that contains the hlist_node @ptr as its @member */
#define hlist_entry(ptr, type, member) container_of(ptr, type, member)

/* hlist_entry_safe - as hlist_entry(), but NULL stays NULL */
#define hlist_entry_safe(ptr, type, member)                                   \
	({                                                                    \
		__typeof__(ptr) ____ptr = (ptr);                              \
		____ptr ? hlist_entry(____ptr, type, member) : NULL;          \
	})

/* hlist_for_each - walk the nodes of a hash list; do not remove @pos */
#define hlist_for_each(pos, head) for (pos = (head)->first; pos; pos = pos->next)

/* hlist_for_each_safe - walk the nodes; @pos may be removed, @n is scratch */
#define hlist_for_each_safe(pos, n, head) \
	for (pos = (head)->first; pos && ({ n = pos->next; 1; }); pos = n)

/*
 * hlist_for_each_entry - walk the objects of a hash list
 *
 * This is today's three-argument form (pos, head, member), which Linux
 * adopted in 3.9. Linux 2.6.32 took a fourth argument, a struct
 * hlist_node cursor, before @head; code from that era must drop it.
 */
#define hlist_for_each_entry(pos, head, member)                                      \
	for (pos = hlist_entry_safe((head)->first, __typeof__(*(pos)), member); pos;  \
	     pos = hlist_entry_safe((pos)->member.next, __typeof__(*(pos)), member))

/*
 * hlist_for_each_entry_safe - walk the objects; @pos may be removed
 * @n is a struct hlist_node * holding the next node (modern form: no
 * separate node cursor, see hlist_for_each_entry()).
 */
#define hlist_for_each_entry_safe(pos, n, head, member)                              \
	for (pos = hlist_entry_safe((head)->first, __typeof__(*(pos)), member);       \
	     pos && ({ n = (pos)->member.next; 1; });                                 \
	     pos = hlist_entry_safe(n, __typeof__(*(pos)), member))

/*
 * What later Linux added to the list API (3.x to 6.x). Each is built from
 * the primitives above; Linux 2.6.32 has none of them, and code written for
 * it never needs them. Linux's own lib/list-test.c exercises every one.
 */

/* list_is_head - is @list the head @head itself (the walk's end)? */
static inline int list_is_head(const struct list_head *list, const struct list_head *head)
{
	return list == head;
}

/* list_is_first - is @list the first entry of @head? */
static inline int list_is_first(const struct list_head *list, const struct list_head *head)
{
	return list->prev == head;
}

/**
 * list_swap - exchange the places of two entries
 * @entry1: an entry, on any list
 * @entry2: an entry, on the same list or another
 *
 * Context: any; the caller serialises access to the lists.
 */
static inline void list_swap(struct list_head *entry1, struct list_head *entry2)
{
	struct list_head *pos = entry2->prev;

	list_del(entry2);
	list_replace(entry1, entry2);
	if (pos == entry1)
		pos = entry2; /* they were neighbours: entry1 goes after entry2 */
	list_add(entry1, pos);
}

/**
 * list_del_init_careful - list_del_init() for a lockless list_empty_careful()
 * @entry: the entry to remove; afterwards an empty list
 *
 * The "next" pointer is written last, after a barrier, so a reader that
 * sees next == entry also sees prev == entry. Linnet runs on one CPU, so
 * the compiler barrier is all the ordering it needs (Linux uses
 * smp_store_release()).
 *
 * Context: any; the caller serialises the writers.
 */
static inline void list_del_init_careful(struct list_head *entry)
{
	__list_del_entry(entry);
	WRITE_ONCE(entry->prev, entry);
	barrier();
	WRITE_ONCE(entry->next, entry);
}

/**
 * list_bulk_move_tail - move a run of entries to the end of a list
 * @head: the list to move them to
 * @first: the first entry of the run
 * @last: the last entry of the run (may be @first)
 *
 * The run [@first, @last] must be consecutive entries of one list.
 *
 * Context: any; the caller serialises access to the lists.
 */
static inline void list_bulk_move_tail(struct list_head *head, struct list_head *first,
				       struct list_head *last)
{
	/* close the gap the run leaves */
	first->prev->next = last->next;
	last->next->prev = first->prev;
	/* and open one before @head */
	head->prev->next = first;
	first->prev = head->prev;
	last->next = head;
	head->prev = last;
}

/**
 * list_rotate_to_front - rotate a list so that @list becomes its first entry
 * @list: the entry to bring to the front
 * @head: the list
 *
 * Context: any; the caller serialises access to the list.
 */
static inline void list_rotate_to_front(struct list_head *list, struct list_head *head)
{
	/* the head moves to just before @list: a move, not a walk */
	list_move_tail(head, list);
}

/**
 * list_cut_before - move the entries before @entry to another list
 * @list: an empty list that receives them
 * @head: the list to cut
 * @entry: an entry of @head; it and the rest stay. @entry == @head moves all.
 *
 * Context: any; the caller serialises access to the lists.
 */
static inline void list_cut_before(struct list_head *list, struct list_head *head,
				   struct list_head *entry)
{
	if (head->next == entry) {
		INIT_LIST_HEAD(list);
		return;
	}
	list->next = head->next;
	list->next->prev = list;
	list->prev = entry->prev;
	list->prev->next = list;
	head->next = entry;
	entry->prev = head;
}

/**
 * list_count_nodes - count the entries of a list
 * @head: the list
 *
 * Context: any; the caller serialises access to the list.
 * Return: the number of entries (a walk: O(n)).
 */
static inline size_t list_count_nodes(struct list_head *head)
{
	struct list_head *pos;
	size_t count = 0;

	for (pos = head->next; pos != head; pos = pos->next)
		count++;
	return count;
}

/* The entry after (before) @pos, stepping over the head: the list as a ring of objects. */
#define list_next_entry_circular(pos, head, member)                                   \
	(list_is_last(&(pos)->member, head) ? list_first_entry(head, __typeof__(*(pos)), member) \
					     : list_next_entry(pos, member))
#define list_prev_entry_circular(pos, head, member)                                   \
	(list_is_first(&(pos)->member, head) ? list_last_entry(head, __typeof__(*(pos)), member) \
					      : list_prev_entry(pos, member))

/* list_for_each_continue - walk on from the node after @pos */
#define list_for_each_continue(pos, head) for (pos = pos->next; pos != (head); pos = pos->next)

/* list_for_each_reverse - walk the nodes from the last */
#define list_for_each_reverse(pos, head) for (pos = (head)->prev; pos != (head); pos = pos->prev)

/* list_for_each_entry_continue_reverse - walk backwards from the object before @pos */
#define list_for_each_entry_continue_reverse(pos, head, member)                  \
	for (pos = list_prev_entry(pos, member); !list_entry_is_head(pos, head, member); \
	     pos = list_prev_entry(pos, member))

/* list_for_each_entry_from_reverse - walk backwards from @pos itself */
#define list_for_each_entry_from_reverse(pos, head, member) \
	for (; !list_entry_is_head(pos, head, member); pos = list_prev_entry(pos, member))

/* list_for_each_entry_safe_continue - from the object after @pos; @pos may be removed */
#define list_for_each_entry_safe_continue(pos, n, head, member)                        \
	for (pos = list_next_entry(pos, member), n = list_next_entry(pos, member);     \
	     !list_entry_is_head(pos, head, member); pos = n, n = list_next_entry(n, member))

/* list_for_each_entry_safe_from - from @pos itself; @pos may be removed */
#define list_for_each_entry_safe_from(pos, n, head, member)                            \
	for (n = list_next_entry(pos, member); !list_entry_is_head(pos, head, member); \
	     pos = n, n = list_next_entry(n, member))

/* list_safe_reset_next - reload @n after the walk's body changed the list around @pos */
#define list_safe_reset_next(pos, n, member) n = list_next_entry(pos, member)

/* hlist_unhashed_lockless - hlist_unhashed() for a reader that holds no lock */
static inline int hlist_unhashed_lockless(const struct hlist_node *h)
{
	return !READ_ONCE(h->pprev);
}

/*
 * A "fake" node points its pprev at its own next: it is hashed (so
 * hlist_del() works on it) but on no list.
 */
static inline void hlist_add_fake(struct hlist_node *n)
{
	n->pprev = &n->next;
}

/* hlist_fake - was @h made by hlist_add_fake()? */
static inline bool hlist_fake(struct hlist_node *h)
{
	return h->pprev == &h->next;
}

/* hlist_is_singular_node - is @n the only node of @h? (without reading @h) */
static inline bool hlist_is_singular_node(struct hlist_node *n, struct hlist_head *h)
{
	return !n->next && n->pprev == &h->first;
}

/**
 * hlist_move_list - move every node of one hash list to another
 * @old: the list to empty
 * @new: an empty list that receives the nodes
 *
 * Context: any; the caller serialises access to the lists.
 */
static inline void hlist_move_list(struct hlist_head *old, struct hlist_head *new)
{
	new->first = old->first;
	if (new->first)
		new->first->pprev = &new->first;
	old->first = NULL;
}

/**
 * hlist_splice_init - move the nodes of @from before the nodes of @to
 * @from: the list to empty
 * @last: the last node of @from
 * @to: the list that receives them
 *
 * Context: any; the caller serialises access to the lists.
 */
static inline void hlist_splice_init(struct hlist_head *from, struct hlist_node *last,
				     struct hlist_head *to)
{
	if (to->first)
		to->first->pprev = &last->next;
	last->next = to->first;
	to->first = from->first;
	from->first->pprev = &to->first;
	from->first = NULL;
}

/**
 * hlist_count_nodes - count the nodes of a hash list
 * @head: the list
 *
 * Context: any; the caller serialises access to the list.
 * Return: the number of nodes.
 */
static inline size_t hlist_count_nodes(struct hlist_head *head)
{
	struct hlist_node *pos;
	size_t count = 0;

	hlist_for_each(pos, head)
		count++;
	return count;
}

/* hlist_for_each_entry_continue - walk on from the object after @pos */
#define hlist_for_each_entry_continue(pos, member)                                     \
	for (pos = hlist_entry_safe((pos)->member.next, __typeof__(*(pos)), member); pos; \
	     pos = hlist_entry_safe((pos)->member.next, __typeof__(*(pos)), member))

/* hlist_for_each_entry_from - walk on from @pos itself */
#define hlist_for_each_entry_from(pos, member) \
	for (; pos; pos = hlist_entry_safe((pos)->member.next, __typeof__(*(pos)), member))

#endif /* _LINUX_LIST_H */
