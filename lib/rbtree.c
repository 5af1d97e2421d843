/*
 * rbtree.c - red-black tree rebalancing, walking and replacing.
 *
 * The caller of <linux/rbtree.h> finds where a node goes and links it
 * there red (rb_link_node); this file repairs the colour rules (no red
 * node with a red child, the same number of black nodes on every path
 * down) with recolourings and at most two rotations for an insertion,
 * three for a removal. A rotation turns a parent and child around while
 * keeping the in-order sequence:
 *
 *         P                 N
 *        / \   rotate      / \
 *       N   c   right     a   P
 *      / \     ------>       / \
 *     a   b                 b   c
 *
 * Insertion (__rb_insert): a red node under a red parent is the only
 * possible fault. If the uncle is red too, recolour parent and uncle
 * black and the grandparent red, and look again two levels up; else
 * one or two rotations at the grandparent end it.
 *
 * Removal (__rb_erase_augmented in <linux/rbtree_augmented.h>, then
 * ____rb_erase_color here): unlinking a black node without a child
 * leaves its parent's side one black short. The sibling's colour and
 * its children's decide: borrow a red nephew by rotation (done), or
 * paint the sibling red and move the shortage one level up.
 *
 * Every step also calls an augment "rotate" callback, which is empty
 * for plain trees (the compiler removes it: the core is inlined into
 * both users) and maintains per-subtree values for augmented trees.
 *
 * Linux 2.6.32's lib/rbtree.c is the same algorithm with the colour kept
 * in rb_parent_color; Linnet follows today's Linux (__rb_parent_color,
 * augmented callbacks, cached roots, postorder walks), which only adds
 * API. Unlike both, rb_insert_color() and rb_erase() test for the cases
 * that need no repair first and call the repairs out of line, so the
 * common case saves no registers (CFS inserts and erases at every
 * context switch); the algorithm is the same. Tests: tests/host/rbtree_shim.c, tests/fuzz/rbtree_fuzz.c, and
 * Linux's own lib/rbtree_test.c (built in from linux-source when it is
 * installed; ktest=linux_tests runs it). Read docs/sched.md.
 */
#include <linux/module.h>
#include <linux/rbtree_augmented.h>

static inline void rb_set_black(struct rb_node *rb)
{
	rb->__rb_parent_color |= RB_BLACK;
}

/* A red node's parent pointer needs no masking: its colour bit is 0. */
static inline struct rb_node *rb_red_parent(struct rb_node *red)
{
	return (struct rb_node *)red->__rb_parent_color;
}

/*
 * __rb_rotate_set_parents - @new takes @old's place under @old's parent
 * and becomes @old's parent; @old gets @color.
 */
static inline void __rb_rotate_set_parents(struct rb_node *old, struct rb_node *new,
					   struct rb_root *root, int color)
{
	struct rb_node *parent = rb_parent(old);

	new->__rb_parent_color = old->__rb_parent_color;
	rb_set_parent_color(old, new, color);
	__rb_change_child(old, new, parent, root);
}

static __always_inline void __rb_insert(struct rb_node *node, struct rb_root *root,
					void (*augment_rotate)(struct rb_node *old,
							       struct rb_node *new))
{
	struct rb_node *parent = rb_red_parent(node), *gparent, *uncle, *tmp;

	for (;;) {
		if (!parent) {
			/* The root is black. */
			rb_set_parent_color(node, NULL, RB_BLACK);
			break;
		}
		if (rb_is_black(parent))
			break;
		/* A red parent is not the root, so there is a grandparent. */
		gparent = rb_red_parent(parent);
		uncle = gparent->rb_right;
		if (parent != uncle) {
			/* parent is the left child */
			if (uncle && rb_is_red(uncle)) {
				/* Recolour and look again two levels up. */
				rb_set_parent_color(uncle, gparent, RB_BLACK);
				rb_set_parent_color(parent, gparent, RB_BLACK);
				node = gparent;
				parent = rb_parent(node);
				rb_set_parent_color(node, parent, RB_RED);
				continue;
			}
			tmp = parent->rb_right;
			if (node == tmp) {
				/* Inner grandchild: rotate it outwards first. */
				tmp = node->rb_left;
				WRITE_ONCE(parent->rb_right, tmp);
				WRITE_ONCE(node->rb_left, parent);
				if (tmp)
					rb_set_parent_color(tmp, parent, RB_BLACK);
				rb_set_parent_color(parent, node, RB_RED);
				augment_rotate(parent, node);
				parent = node;
				tmp = node->rb_right;
			}
			/* Outer grandchild: rotate right at the grandparent. */
			WRITE_ONCE(gparent->rb_left, tmp);
			WRITE_ONCE(parent->rb_right, gparent);
			if (tmp)
				rb_set_parent_color(tmp, gparent, RB_BLACK);
			__rb_rotate_set_parents(gparent, parent, root, RB_RED);
			augment_rotate(gparent, parent);
			break;
		}
		/* parent is the right child: the mirror image */
		uncle = gparent->rb_left;
		if (uncle && rb_is_red(uncle)) {
			rb_set_parent_color(uncle, gparent, RB_BLACK);
			rb_set_parent_color(parent, gparent, RB_BLACK);
			node = gparent;
			parent = rb_parent(node);
			rb_set_parent_color(node, parent, RB_RED);
			continue;
		}
		tmp = parent->rb_left;
		if (node == tmp) {
			tmp = node->rb_right;
			WRITE_ONCE(parent->rb_left, tmp);
			WRITE_ONCE(node->rb_right, parent);
			if (tmp)
				rb_set_parent_color(tmp, parent, RB_BLACK);
			rb_set_parent_color(parent, node, RB_RED);
			augment_rotate(parent, node);
			parent = node;
			tmp = node->rb_left;
		}
		WRITE_ONCE(gparent->rb_right, tmp);
		WRITE_ONCE(parent->rb_left, gparent);
		if (tmp)
			rb_set_parent_color(tmp, gparent, RB_BLACK);
		__rb_rotate_set_parents(gparent, parent, root, RB_RED);
		augment_rotate(gparent, parent);
		break;
	}
}

/*
 * ____rb_erase_color - repair a tree whose paths through @parent's
 * child "node" (NULL on the first round) are one black short. Each
 * round either ends the shortage with a rotation or moves it up.
 */
static __always_inline void ____rb_erase_color(struct rb_node *parent, struct rb_root *root,
					       void (*augment_rotate)(struct rb_node *old,
								      struct rb_node *new))
{
	struct rb_node *node = NULL, *sibling, *tmp1, *tmp2;

	for (;;) {
		sibling = parent->rb_right;
		if (node != sibling) {
			/* node is the left child */
			if (rb_is_red(sibling)) {
				/* Make the sibling black by rotating left at parent. */
				tmp1 = sibling->rb_left;
				WRITE_ONCE(parent->rb_right, tmp1);
				WRITE_ONCE(sibling->rb_left, parent);
				rb_set_parent_color(tmp1, parent, RB_BLACK);
				__rb_rotate_set_parents(parent, sibling, root, RB_RED);
				augment_rotate(parent, sibling);
				sibling = tmp1;
			}
			tmp1 = sibling->rb_right;
			if (!tmp1 || rb_is_black(tmp1)) {
				tmp2 = sibling->rb_left;
				if (!tmp2 || rb_is_black(tmp2)) {
					/* No red nephew: paint the sibling red. */
					rb_set_parent_color(sibling, parent, RB_RED);
					if (rb_is_red(parent)) {
						rb_set_black(parent);
					} else {
						node = parent;
						parent = rb_parent(node);
						if (parent)
							continue;
					}
					break;
				}
				/* Red inner nephew: rotate it outwards. */
				tmp1 = tmp2->rb_right;
				WRITE_ONCE(sibling->rb_left, tmp1);
				WRITE_ONCE(tmp2->rb_right, sibling);
				WRITE_ONCE(parent->rb_right, tmp2);
				if (tmp1)
					rb_set_parent_color(tmp1, sibling, RB_BLACK);
				augment_rotate(sibling, tmp2);
				tmp1 = sibling;
				sibling = tmp2;
			}
			/* Red outer nephew tmp1: rotate left at parent, done. */
			tmp2 = sibling->rb_left;
			WRITE_ONCE(parent->rb_right, tmp2);
			WRITE_ONCE(sibling->rb_left, parent);
			rb_set_parent_color(tmp1, sibling, RB_BLACK);
			if (tmp2)
				rb_set_parent(tmp2, parent);
			__rb_rotate_set_parents(parent, sibling, root, RB_BLACK);
			augment_rotate(parent, sibling);
			break;
		}
		/* node is the right child: the mirror image */
		sibling = parent->rb_left;
		if (rb_is_red(sibling)) {
			tmp1 = sibling->rb_right;
			WRITE_ONCE(parent->rb_left, tmp1);
			WRITE_ONCE(sibling->rb_right, parent);
			rb_set_parent_color(tmp1, parent, RB_BLACK);
			__rb_rotate_set_parents(parent, sibling, root, RB_RED);
			augment_rotate(parent, sibling);
			sibling = tmp1;
		}
		tmp1 = sibling->rb_left;
		if (!tmp1 || rb_is_black(tmp1)) {
			tmp2 = sibling->rb_right;
			if (!tmp2 || rb_is_black(tmp2)) {
				rb_set_parent_color(sibling, parent, RB_RED);
				if (rb_is_red(parent)) {
					rb_set_black(parent);
				} else {
					node = parent;
					parent = rb_parent(node);
					if (parent)
						continue;
				}
				break;
			}
			tmp1 = tmp2->rb_left;
			WRITE_ONCE(sibling->rb_right, tmp1);
			WRITE_ONCE(tmp2->rb_left, sibling);
			WRITE_ONCE(parent->rb_left, tmp2);
			if (tmp1)
				rb_set_parent_color(tmp1, sibling, RB_BLACK);
			augment_rotate(sibling, tmp2);
			tmp1 = sibling;
			sibling = tmp2;
		}
		tmp2 = sibling->rb_right;
		WRITE_ONCE(parent->rb_left, tmp2);
		WRITE_ONCE(sibling->rb_right, parent);
		rb_set_parent_color(tmp1, sibling, RB_BLACK);
		if (tmp2)
			rb_set_parent(tmp2, parent);
		__rb_rotate_set_parents(parent, sibling, root, RB_BLACK);
		augment_rotate(parent, sibling);
		break;
	}
}

/**
 * __rb_erase_color - repair the colours after an augmented removal
 * @parent: the node returned by __rb_erase_augmented()
 * @root: the tree
 * @augment_rotate: the tree's rotate callback
 *
 * Context: any; the caller serialises access to the tree.
 */
void __rb_erase_color(struct rb_node *parent, struct rb_root *root,
		      void (*augment_rotate)(struct rb_node *old, struct rb_node *new))
{
	____rb_erase_color(parent, root, augment_rotate);
}
EXPORT_SYMBOL(__rb_erase_color);

/* Plain trees carry nothing to maintain. */
static inline void dummy_propagate(struct rb_node *node __maybe_unused,
				   struct rb_node *stop __maybe_unused)
{
}

static inline void dummy_copy(struct rb_node *old __maybe_unused,
			      struct rb_node *new __maybe_unused)
{
}

static inline void dummy_rotate(struct rb_node *old __maybe_unused,
				struct rb_node *new __maybe_unused)
{
}

static const struct rb_augment_callbacks dummy_callbacks = { .propagate = dummy_propagate,
							     .copy = dummy_copy,
							     .rotate = dummy_rotate };

/*
 * The repairs, out of line. Most insertions (under a black parent) and
 * most removals (of a node with at most one child, red or replaced by a
 * red child) need none: rb_insert_color() and rb_erase() then cost a few
 * tests, without saving and restoring the registers the repairs need.
 * CFS inserts and removes at every context switch.
 */
static noinline void rb_insert_fixup(struct rb_node *node, struct rb_root *root)
{
	__rb_insert(node, root, dummy_rotate);
}

static noinline void rb_erase_fixup(struct rb_node *parent, struct rb_root *root)
{
	____rb_erase_color(parent, root, dummy_rotate);
}

/* A node with two children: its successor takes its place */
static noinline void rb_erase_successor(struct rb_node *node, struct rb_root *root)
{
	struct rb_node *rebalance = __rb_erase_augmented(node, root, &dummy_callbacks);

	if (rebalance)
		____rb_erase_color(rebalance, root, dummy_rotate);
}

/**
 * rb_insert_color - rebalance a tree after rb_link_node()
 * @node: the node just linked
 * @root: the tree
 *
 * Context: any; the caller serialises access to the tree. O(log n).
 */
void rb_insert_color(struct rb_node *node, struct rb_root *root)
{
	struct rb_node *parent = rb_red_parent(node);

	if (!parent) {
		/* the root is black */
		rb_set_parent_color(node, NULL, RB_BLACK);
		return;
	}
	/* under a black parent a red node breaks no rule */
	if (likely(rb_is_black(parent)))
		return;
	rb_insert_fixup(node, root);
}
EXPORT_SYMBOL(rb_insert_color);

/**
 * rb_erase - remove a node from a tree
 * @node: the node; it must be in @root
 * @root: the tree
 *
 * The node's own fields are left stale; RB_CLEAR_NODE() marks it unlinked.
 *
 * Context: any; the caller serialises access to the tree. O(log n).
 */
void rb_erase(struct rb_node *node, struct rb_root *root)
{
	struct rb_node *rebalance;

	if (unlikely(node->rb_left && node->rb_right)) {
		rb_erase_successor(node, root);
		return;
	}
	/* at most one child, which takes the node's place */
	rebalance = __rb_erase_augmented(node, root, &dummy_callbacks);
	if (rebalance)
		rb_erase_fixup(rebalance, root);
}
EXPORT_SYMBOL(rb_erase);

/**
 * __rb_insert_augmented - rebalance an augmented tree after rb_link_node()
 * @node: the node just linked
 * @root: the tree
 * @augment_rotate: the tree's rotate callback
 *
 * Use rb_insert_augmented(), which passes the callback.
 */
void __rb_insert_augmented(struct rb_node *node, struct rb_root *root,
			   void (*augment_rotate)(struct rb_node *old, struct rb_node *new))
{
	__rb_insert(node, root, augment_rotate);
}
EXPORT_SYMBOL(__rb_insert_augmented);

/**
 * rb_first - the node with the smallest key
 * @root: the tree
 *
 * Return: the leftmost node, or NULL if the tree is empty. O(log n).
 */
struct rb_node *rb_first(const struct rb_root *root)
{
	struct rb_node *n = root->rb_node;

	if (!n)
		return NULL;
	while (n->rb_left)
		n = n->rb_left;
	return n;
}
EXPORT_SYMBOL(rb_first);

/**
 * rb_last - the node with the largest key
 * @root: the tree
 *
 * Return: the rightmost node, or NULL if the tree is empty.
 */
struct rb_node *rb_last(const struct rb_root *root)
{
	struct rb_node *n = root->rb_node;

	if (!n)
		return NULL;
	while (n->rb_right)
		n = n->rb_right;
	return n;
}
EXPORT_SYMBOL(rb_last);

/**
 * rb_next - the next node in key order
 * @node: a node in a tree
 *
 * The smallest node of the right subtree if there is one, else the
 * first ancestor reached from its left side.
 *
 * Return: the successor, or NULL if @node is the last (or not in a tree).
 */
struct rb_node *rb_next(const struct rb_node *node)
{
	struct rb_node *parent;

	if (RB_EMPTY_NODE(node))
		return NULL;
	if (node->rb_right) {
		node = node->rb_right;
		while (node->rb_left)
			node = node->rb_left;
		return (struct rb_node *)node;
	}
	while ((parent = rb_parent(node)) && node == parent->rb_right)
		node = parent;
	return parent;
}
EXPORT_SYMBOL(rb_next);

/**
 * rb_prev - the previous node in key order
 * @node: a node in a tree
 *
 * Return: the predecessor, or NULL if @node is the first (or not in a tree).
 */
struct rb_node *rb_prev(const struct rb_node *node)
{
	struct rb_node *parent;

	if (RB_EMPTY_NODE(node))
		return NULL;
	if (node->rb_left) {
		node = node->rb_left;
		while (node->rb_right)
			node = node->rb_right;
		return (struct rb_node *)node;
	}
	while ((parent = rb_parent(node)) && node == parent->rb_left)
		node = parent;
	return parent;
}
EXPORT_SYMBOL(rb_prev);

/**
 * rb_replace_node - put @new in @victim's place without rebalancing
 * @victim: the node to take out
 * @new: its replacement; it must sort at the same position
 * @root: the tree
 *
 * Context: any; the caller serialises access to the tree. O(1).
 */
void rb_replace_node(struct rb_node *victim, struct rb_node *new, struct rb_root *root)
{
	struct rb_node *parent = rb_parent(victim);

	*new = *victim;
	if (victim->rb_left)
		rb_set_parent(victim->rb_left, new);
	if (victim->rb_right)
		rb_set_parent(victim->rb_right, new);
	__rb_change_child(victim, new, parent, root);
}
EXPORT_SYMBOL(rb_replace_node);

/* The first node of a postorder walk of the subtree at @node. */
static struct rb_node *rb_left_deepest_node(const struct rb_node *node)
{
	for (;;) {
		if (node->rb_left)
			node = node->rb_left;
		else if (node->rb_right)
			node = node->rb_right;
		else
			return (struct rb_node *)node;
	}
}

/**
 * rb_next_postorder - the next node of a children-before-parent walk
 * @node: the current node, or NULL
 *
 * Return: the next node, or NULL at the end of the walk.
 */
struct rb_node *rb_next_postorder(const struct rb_node *node)
{
	const struct rb_node *parent;

	if (!node)
		return NULL;
	parent = rb_parent(node);
	/* From a left child, the right subtree comes before the parent. */
	if (parent && node == parent->rb_left && parent->rb_right)
		return rb_left_deepest_node(parent->rb_right);
	return (struct rb_node *)parent;
}
EXPORT_SYMBOL(rb_next_postorder);

/**
 * rb_first_postorder - the first node of a children-before-parent walk
 * @root: the tree
 *
 * Return: the first node, or NULL if the tree is empty.
 */
struct rb_node *rb_first_postorder(const struct rb_root *root)
{
	if (!root->rb_node)
		return NULL;
	return rb_left_deepest_node(root->rb_node);
}
EXPORT_SYMBOL(rb_first_postorder);
