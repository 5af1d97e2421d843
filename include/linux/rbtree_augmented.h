/*
 * rbtree_augmented.h - red-black trees whose nodes carry a summary of their subtree.
 *
 * An augmented tree stores in every node a value computed from the node
 * and its two subtrees, for example the largest end of any interval in
 * the subtree (an interval tree) or the largest gap below a node. The
 * value must be repaired on the path from a changed node up to the
 * root, and at both nodes of every rotation. The caller supplies three
 * callbacks (struct rb_augment_callbacks) that lib/rbtree.c calls at
 * exactly those moments:
 *
 *   propagate(node, stop)  recompute from @node upwards until @stop
 *   copy(old, new)         @new takes @old's place: copy its value
 *   rotate(old, new)       @new became @old's parent: copy, then recompute @old
 *
 * RB_DECLARE_CALLBACKS() writes the three from one "compute" function;
 * RB_DECLARE_CALLBACKS_MAX() from the per-node value when the summary
 * is a maximum. Insertion: update the values on the way down, link the
 * node, call rb_insert_augmented(). Removal: rb_erase_augmented().
 *
 * This header also holds the low-level colour and parent helpers that
 * lib/rbtree.c shares with the inline erase below. Linux 2.6.32 had only
 * the older rb_augment_insert()/rb_augment_erase_begin() pair; Linnet
 * has today's interface (Linux 3.5 on), which only adds API. The ideas
 * are in docs/sched.md (the run queue's tree).
 */
#ifndef _LINUX_RBTREE_AUGMENTED_H
#define _LINUX_RBTREE_AUGMENTED_H

#include <linux/compiler.h>
#include <linux/rbtree.h>

/**
 * struct rb_augment_callbacks - how to keep an augmented value up to date
 * @propagate: recompute from a node up to (not including) a stop node
 * @copy: a node takes another's place in the tree: copy its value
 * @rotate: @new became @old's parent in a rotation: copy, recompute @old
 */
struct rb_augment_callbacks {
	void (*propagate)(struct rb_node *node, struct rb_node *stop);
	void (*copy)(struct rb_node *old, struct rb_node *new);
	void (*rotate)(struct rb_node *old, struct rb_node *new);
};

void __rb_insert_augmented(struct rb_node *node, struct rb_root *root,
			   void (*augment_rotate)(struct rb_node *old, struct rb_node *new));

/**
 * rb_insert_augmented - rebalance an augmented tree after rb_link_node()
 * @node: the node just linked; the values on its path must already include it
 * @root: the tree
 * @augment: the tree's callbacks
 *
 * Context: any; the caller serialises access to the tree.
 */
static inline void rb_insert_augmented(struct rb_node *node, struct rb_root *root,
				       const struct rb_augment_callbacks *augment)
{
	__rb_insert_augmented(node, root, augment->rotate);
}

/**
 * rb_insert_augmented_cached - rb_insert_augmented() for a cached tree
 * @node: the node just linked
 * @root: the tree
 * @newleft: true if @node is the new leftmost node
 * @augment: the tree's callbacks
 */
static inline void rb_insert_augmented_cached(struct rb_node *node,
					      struct rb_root_cached *root, bool newleft,
					      const struct rb_augment_callbacks *augment)
{
	if (newleft)
		root->rb_leftmost = node;
	rb_insert_augmented(node, &root->rb_root, augment);
}

/*
 * RBCOMPUTE(node, exit) recomputes node's value; with @exit true it
 * returns true, stopping the propagation, when the value did not change.
 */
#define RB_DECLARE_CALLBACKS(RBSTATIC, RBNAME, RBSTRUCT, RBFIELD, RBAUGMENTED, RBCOMPUTE) \
	static inline void RBNAME##_propagate(struct rb_node *rb, struct rb_node *stop)  \
	{                                                                               \
		while (rb != stop) {                                                    \
			RBSTRUCT *node = rb_entry(rb, RBSTRUCT, RBFIELD);               \
			if (RBCOMPUTE(node, true))                                      \
				break;                                                  \
			rb = rb_parent(&node->RBFIELD);                                 \
		}                                                                       \
	}                                                                               \
	static inline void RBNAME##_copy(struct rb_node *rb_old, struct rb_node *rb_new) \
	{                                                                               \
		RBSTRUCT *old = rb_entry(rb_old, RBSTRUCT, RBFIELD);                    \
		RBSTRUCT *new = rb_entry(rb_new, RBSTRUCT, RBFIELD);                    \
		new->RBAUGMENTED = old->RBAUGMENTED;                                    \
	}                                                                               \
	static void RBNAME##_rotate(struct rb_node *rb_old, struct rb_node *rb_new)      \
	{                                                                               \
		RBSTRUCT *old = rb_entry(rb_old, RBSTRUCT, RBFIELD);                    \
		RBSTRUCT *new = rb_entry(rb_new, RBSTRUCT, RBFIELD);                    \
		new->RBAUGMENTED = old->RBAUGMENTED;                                    \
		RBCOMPUTE(old, false);                                                  \
	}                                                                               \
	RBSTATIC const struct rb_augment_callbacks RBNAME = {                           \
		.propagate = RBNAME##_propagate,                                        \
		.copy = RBNAME##_copy,                                                  \
		.rotate = RBNAME##_rotate                                               \
	};

/*
 * The summary is the largest RBCOMPUTE(node) in the subtree, of type
 * RBTYPE, kept in the field RBAUGMENTED.
 */
#define RB_DECLARE_CALLBACKS_MAX(RBSTATIC, RBNAME, RBSTRUCT, RBFIELD, RBTYPE,             \
				 RBAUGMENTED, RBCOMPUTE)                                  \
	static inline bool RBNAME##_compute_max(RBSTRUCT *node, bool exit)                \
	{                                                                                 \
		RBSTRUCT *child;                                                          \
		RBTYPE max = RBCOMPUTE(node);                                             \
		if (node->RBFIELD.rb_left) {                                              \
			child = rb_entry(node->RBFIELD.rb_left, RBSTRUCT, RBFIELD);       \
			if (child->RBAUGMENTED > max)                                     \
				max = child->RBAUGMENTED;                                 \
		}                                                                         \
		if (node->RBFIELD.rb_right) {                                             \
			child = rb_entry(node->RBFIELD.rb_right, RBSTRUCT, RBFIELD);      \
			if (child->RBAUGMENTED > max)                                     \
				max = child->RBAUGMENTED;                                 \
		}                                                                         \
		if (exit && node->RBAUGMENTED == max)                                     \
			return true;                                                      \
		node->RBAUGMENTED = max;                                                  \
		return false;                                                             \
	}                                                                                 \
	RB_DECLARE_CALLBACKS(RBSTATIC, RBNAME, RBSTRUCT, RBFIELD, RBAUGMENTED,            \
			     RBNAME##_compute_max)

#define RB_RED 0
#define RB_BLACK 1

#define __rb_parent(pc) ((struct rb_node *)((pc) & ~3UL))
#define __rb_color(pc) ((pc)&1)
#define __rb_is_black(pc) __rb_color(pc)
#define __rb_is_red(pc) (!__rb_color(pc))
#define rb_color(rb) __rb_color((rb)->__rb_parent_color)
#define rb_is_red(rb) __rb_is_red((rb)->__rb_parent_color)
#define rb_is_black(rb) __rb_is_black((rb)->__rb_parent_color)

/* rb_set_parent - point @rb at a new parent, keeping its colour */
static inline void rb_set_parent(struct rb_node *rb, struct rb_node *p)
{
	rb->__rb_parent_color = rb_color(rb) + (unsigned long)p;
}

/* rb_set_parent_color - point @rb at a new parent and give it a colour */
static inline void rb_set_parent_color(struct rb_node *rb, struct rb_node *p, int color)
{
	rb->__rb_parent_color = (unsigned long)p + color;
}

/* __rb_change_child - make @parent (or the root) point at @new instead of @old */
static inline void __rb_change_child(struct rb_node *old, struct rb_node *new,
				     struct rb_node *parent, struct rb_root *root)
{
	if (!parent)
		WRITE_ONCE(root->rb_node, new);
	else if (parent->rb_left == old)
		WRITE_ONCE(parent->rb_left, new);
	else
		WRITE_ONCE(parent->rb_right, new);
}

void __rb_erase_color(struct rb_node *parent, struct rb_root *root,
		      void (*augment_rotate)(struct rb_node *old, struct rb_node *new));

/*
 * __rb_erase_splice - unlink a node with at most one child. The child,
 * if any, is red and the node black (the colour rules allow nothing
 * else): the child takes the node's place and colour, and the tree
 * stays balanced. Without a child, a black node leaves its parent's
 * side one black short. Returns the node to rebalance from, or NULL;
 * *top is where the augmented values must be recomputed from.
 */
static __always_inline struct rb_node *__rb_erase_splice(struct rb_node *node,
							 struct rb_node *child,
							 struct rb_root *root,
							 struct rb_node **top)
{
	unsigned long pc = node->__rb_parent_color;
	struct rb_node *parent = __rb_parent(pc);

	__rb_change_child(node, child, parent, root);
	*top = parent;
	if (child) {
		child->__rb_parent_color = pc;
		return NULL;
	}
	return __rb_is_black(pc) ? parent : NULL;
}

/*
 * __rb_erase_successor - unlink a node with two children: its in-order
 * successor (the leftmost node of its right subtree, which has no left
 * child) moves into its place and takes its colour, so the hole is
 * where the successor was.
 */
static __always_inline struct rb_node *
__rb_erase_successor(struct rb_node *node, struct rb_root *root,
		     const struct rb_augment_callbacks *augment, struct rb_node **top)
{
	struct rb_node *child = node->rb_right, *successor = child, *parent, *child2;
	struct rb_node *rebalance;
	unsigned long pc;

	if (!child->rb_left) {
		/* The right child is the successor: it keeps its right subtree. */
		parent = successor;
		child2 = successor->rb_right;
		augment->copy(node, successor);
	} else {
		do {
			parent = successor;
			successor = successor->rb_left;
		} while (successor->rb_left);
		child2 = successor->rb_right;
		WRITE_ONCE(parent->rb_left, child2);
		WRITE_ONCE(successor->rb_right, child);
		rb_set_parent(child, successor);
		augment->copy(node, successor);
		augment->propagate(parent, successor);
	}

	WRITE_ONCE(successor->rb_left, node->rb_left);
	rb_set_parent(node->rb_left, successor);
	pc = node->__rb_parent_color;
	__rb_change_child(node, successor, __rb_parent(pc), root);

	if (child2) {
		rb_set_parent_color(child2, parent, RB_BLACK);
		rebalance = NULL;
	} else {
		rebalance = rb_is_black(successor) ? parent : NULL;
	}
	successor->__rb_parent_color = pc;
	*top = successor;
	return rebalance;
}

/**
 * __rb_erase_augmented - unlink a node, keeping the augmented values right
 * @node: the node to remove
 * @root: the tree
 * @augment: the tree's callbacks
 *
 * Return: the parent from which the colours must be repaired (a black
 * node left the tree), or NULL if the tree is already valid.
 */
static __always_inline struct rb_node *
__rb_erase_augmented(struct rb_node *node, struct rb_root *root,
		     const struct rb_augment_callbacks *augment)
{
	struct rb_node *rebalance, *top;

	if (!node->rb_left)
		rebalance = __rb_erase_splice(node, node->rb_right, root, &top);
	else if (!node->rb_right)
		rebalance = __rb_erase_splice(node, node->rb_left, root, &top);
	else
		rebalance = __rb_erase_successor(node, root, augment, &top);
	augment->propagate(top, NULL);
	return rebalance;
}

/**
 * rb_erase_augmented - remove a node from an augmented tree
 * @node: the node to remove
 * @root: the tree
 * @augment: the tree's callbacks
 *
 * Context: any; the caller serialises access to the tree.
 */
static __always_inline void rb_erase_augmented(struct rb_node *node, struct rb_root *root,
					       const struct rb_augment_callbacks *augment)
{
	struct rb_node *rebalance = __rb_erase_augmented(node, root, augment);

	if (rebalance)
		__rb_erase_color(rebalance, root, augment->rotate);
}

/**
 * rb_erase_augmented_cached - rb_erase_augmented() for a cached tree
 * @node: the node to remove
 * @root: the tree
 * @augment: the tree's callbacks
 */
static __always_inline void rb_erase_augmented_cached(struct rb_node *node,
						      struct rb_root_cached *root,
						      const struct rb_augment_callbacks *augment)
{
	if (root->rb_leftmost == node)
		root->rb_leftmost = rb_next(node);
	rb_erase_augmented(node, &root->rb_root, augment);
}

#endif /* _LINUX_RBTREE_AUGMENTED_H */
