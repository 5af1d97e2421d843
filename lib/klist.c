/*
 * lib/klist.c - lists that survive removal during a walk.
 *
 * Every node carries a kref. Being on the list is one reference; an
 * iterator standing on a node is another. klist_del() sets the node's
 * dead bit and drops the list's reference; whoever drops the last
 * reference unlinks the node and calls the list's put() (klist_release).
 * So a node someone is standing on stays linked, the walker can still
 * step from it, and a walk never returns a dead node.
 *
 * klist_remove() is klist_del() that also waits: it queues itself on
 * klist_remove_waiters and sleeps on a completion until the release
 * completes it, so the caller may then free the node's object.
 *
 * The algorithm is Linux 2.6.32's (the dead bit in n_klist, the waiter
 * list). Linnet has one CPU, so the spinlocks only matter against
 * preemption and interrupts. See docs/drivers-core.md.
 */
#include <linux/completion.h>
#include <linux/klist.h>

#define KNODE_DEAD 1UL
#define KNODE_KLIST_MASK ~KNODE_DEAD

static struct klist *knode_klist(struct klist_node *knode)
{
	return (struct klist *)((unsigned long)knode->n_klist & KNODE_KLIST_MASK);
}

static bool knode_dead(struct klist_node *knode)
{
	return (unsigned long)knode->n_klist & KNODE_DEAD;
}

static void knode_set_klist(struct klist_node *knode, struct klist *klist)
{
	knode->n_klist = klist;
}

static void knode_kill(struct klist_node *knode)
{
	WARN_ON(knode_dead(knode));
	knode->n_klist = (void *)((unsigned long)knode->n_klist | KNODE_DEAD);
}

/**
 * klist_init - set up a klist
 * @k: the klist
 * @get: called for each node added (may be NULL)
 * @put: called for each node that leaves (may be NULL)
 *
 * Context: any.
 */
void klist_init(struct klist *k, void (*get)(struct klist_node *), void (*put)(struct klist_node *))
{
	INIT_LIST_HEAD(&k->k_list);
	spin_lock_init(&k->k_lock);
	k->get = get;
	k->put = put;
}

static void klist_node_init(struct klist *k, struct klist_node *n)
{
	INIT_LIST_HEAD(&n->n_node);
	kref_init(&n->n_ref);
	knode_set_klist(n, k);
	if (k->get)
		k->get(n);
}

/* Link @n between @prev and @next under the klist's lock. */
static void klist_link(struct klist *k, struct klist_node *n, struct list_head *prev,
		       struct list_head *next)
{
	unsigned long flags;

	spin_lock_irqsave(&k->k_lock, flags);
	__list_add(&n->n_node, prev, next);
	spin_unlock_irqrestore(&k->k_lock, flags);
}

/**
 * klist_add_head - add a node at the front
 * @n: the node
 * @k: the klist
 *
 * Context: any.
 */
void klist_add_head(struct klist_node *n, struct klist *k)
{
	klist_node_init(k, n);
	klist_link(k, n, &k->k_list, k->k_list.next);
}

/**
 * klist_add_tail - add a node at the end
 * @n: the node
 * @k: the klist
 *
 * Context: any.
 */
void klist_add_tail(struct klist_node *n, struct klist *k)
{
	klist_node_init(k, n);
	klist_link(k, n, k->k_list.prev, &k->k_list);
}

/**
 * klist_add_behind - add a node just after another
 * @n: the new node
 * @pos: a node on the list
 *
 * Context: any.
 */
void klist_add_behind(struct klist_node *n, struct klist_node *pos)
{
	struct klist *k = knode_klist(pos);

	klist_node_init(k, n);
	klist_link(k, n, &pos->n_node, pos->n_node.next);
}

/**
 * klist_add_before - add a node just before another
 * @n: the new node
 * @pos: a node on the list
 *
 * Context: any.
 */
void klist_add_before(struct klist_node *n, struct klist_node *pos)
{
	struct klist *k = knode_klist(pos);

	klist_node_init(k, n);
	klist_link(k, n, pos->n_node.prev, &pos->n_node);
}

struct klist_waiter {
	struct list_head list;
	struct klist_node *node;
	struct completion done;
};

static DEFINE_SPINLOCK(klist_remove_lock);
static LIST_HEAD(klist_remove_waiters);

/* The last reference went: unlink, and wake whoever klist_remove()s it. */
static void klist_release(struct kref *kref)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof */
	struct klist_node *n = container_of(kref, struct klist_node, n_ref);
	struct klist_waiter *waiter, *tmp;

	WARN_ON(!knode_dead(n));
	list_del(&n->n_node);
	spin_lock(&klist_remove_lock);
	list_for_each_entry_safe(waiter, tmp, &klist_remove_waiters, list) {
		if (waiter->node != n)
			continue;
		list_del(&waiter->list);
		complete(&waiter->done);
	}
	spin_unlock(&klist_remove_lock);
	knode_set_klist(n, NULL);
}

/* Drop a reference; with @kill also mark the node dead. Locked by the caller or here. */
static void klist_put(struct klist_node *n, bool kill)
{
	struct klist *k = knode_klist(n);
	void (*put)(struct klist_node *) = k->put;
	unsigned long flags;

	spin_lock_irqsave(&k->k_lock, flags);
	if (kill)
		knode_kill(n);
	if (!kref_put(&n->n_ref, klist_release))
		put = NULL;
	spin_unlock_irqrestore(&k->k_lock, flags);
	if (put)
		put(n);
}

/**
 * klist_del - delete a node; it leaves when no walk stands on it
 * @n: the node
 *
 * Context: any.
 */
void klist_del(struct klist_node *n)
{
	klist_put(n, true);
}

/**
 * klist_remove - delete a node and wait until it has left the list
 * @n: the node; its memory may be freed on return
 *
 * Context: process context (it may sleep).
 */
void klist_remove(struct klist_node *n)
{
	struct klist_waiter waiter;

	waiter.node = n;
	init_completion(&waiter.done);
	spin_lock(&klist_remove_lock);
	list_add(&waiter.list, &klist_remove_waiters);
	spin_unlock(&klist_remove_lock);

	klist_del(n);
	wait_for_completion(&waiter.done);
}

/**
 * klist_node_attached - is the node on a list?
 * @n: the node
 *
 * Context: any.
 * Return: non-zero if @n is on a list (dead or not).
 */
int klist_node_attached(struct klist_node *n)
{
	return n->n_klist != NULL;
}

/**
 * klist_iter_init_node - start a walk at a given node
 * @k: the klist
 * @i: the walk
 * @n: the node to start from (the first klist_next() returns the one after), or NULL
 *
 * Context: any.
 */
void klist_iter_init_node(struct klist *k, struct klist_iter *i, struct klist_node *n)
{
	i->i_klist = k;
	i->i_cur = NULL;
	if (n && kref_get_unless_zero(&n->n_ref))
		i->i_cur = n;
}

/**
 * klist_iter_init - start a walk at the head
 * @k: the klist
 * @i: the walk
 *
 * Context: any.
 */
void klist_iter_init(struct klist *k, struct klist_iter *i)
{
	klist_iter_init_node(k, i, NULL);
}

/**
 * klist_iter_exit - end a walk, dropping the node it stands on
 * @i: the walk
 *
 * Context: any.
 */
void klist_iter_exit(struct klist_iter *i)
{
	if (i->i_cur) {
		klist_put(i->i_cur, false);
		i->i_cur = NULL;
	}
}

static struct klist_node *to_klist_node(struct list_head *n)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof */
	return container_of(n, struct klist_node, n_node);
}

/* One step of a walk, forwards or backwards, skipping dead nodes. */
static struct klist_node *klist_step(struct klist_iter *i, bool forward)
{
	void (*put)(struct klist_node *) = i->i_klist->put;
	struct klist_node *last = i->i_cur;
	struct klist_node *n;
	struct list_head *pos;
	unsigned long flags;

	spin_lock_irqsave(&i->i_klist->k_lock, flags);
	if (last) {
		pos = forward ? last->n_node.next : last->n_node.prev;
		if (!kref_put(&last->n_ref, klist_release))
			last = NULL;
	} else {
		pos = forward ? i->i_klist->k_list.next : i->i_klist->k_list.prev;
	}
	i->i_cur = NULL;
	while (pos != &i->i_klist->k_list) {
		n = to_klist_node(pos);
		if (!knode_dead(n)) {
			kref_get(&n->n_ref);
			i->i_cur = n;
			break;
		}
		pos = forward ? pos->next : pos->prev;
	}
	spin_unlock_irqrestore(&i->i_klist->k_lock, flags);
	if (put && last)
		put(last);
	return i->i_cur;
}

/**
 * klist_next - step to the next live node
 * @i: the walk
 *
 * Context: any.
 * Return: the node (the walk holds a reference on it), or NULL at the end.
 */
struct klist_node *klist_next(struct klist_iter *i)
{
	return klist_step(i, true);
}

/**
 * klist_prev - step to the previous live node
 * @i: the walk
 *
 * Context: any.
 * Return: the node (the walk holds a reference on it), or NULL at the start.
 */
struct klist_node *klist_prev(struct klist_iter *i)
{
	return klist_step(i, false);
}
