/*
 * rbtree.h - red-black trees threaded through the objects they sort.
 *
 * A red-black tree is a binary search tree that stays balanced by
 * colouring each node red or black and keeping two rules: a red node
 * has no red child, and every path from a node down to a missing child
 * crosses the same number of black nodes. Together they bound the
 * longest path to twice the shortest, so a lookup, an insertion and a
 * removal cost O(log n). The CFS run queue (kernel/sched_fair.c) and the
 * hrtimer queues keep their timelines in one.
 *
 * As with <linux/list.h>, the node lives inside the object (struct
 * rb_node), and rb_entry() gets back to the object. The tree knows
 * nothing of keys: the caller walks down from the root comparing its
 * own keys, links the new node where the walk fell off the tree
 * (rb_link_node) and then asks the library to repaint and rotate
 * (rb_insert_color). rb_erase() removes a node. The colour is bit 0 of
 * the parent pointer (nodes are at least 4-byte aligned), so a node is
 * three words.
 *
 *            13(B)                   in order: 8 11 13 15 17
 *           /     \                  (B) black, (R) red
 *        8(B)     17(B)
 *           \     /
 *         11(R) 15(R)
 *
 * struct rb_root_cached also remembers the leftmost node, so the
 * smallest key is found in O(1): the scheduler's "next task to run".
 *
 * Linux 2.6.32 calls the parent-and-colour word rb_parent_color and has
 * neither rb_root_cached nor the postorder walk; Linnet follows today's
 * Linux (field __rb_parent_color, Linux 4.14's cached root, 3.12's
 * postorder iteration), which only adds API, so that current code and
 * Linux's own lib/rbtree_test.c compile. Read docs/sched.md next.
 */
#ifndef _LINUX_RBTREE_H
#define _LINUX_RBTREE_H

#include <linux/compiler.h>
#include <linux/kernel.h>
#include <linux/stddef.h>
#include <linux/types.h>

/**
 * struct rb_node - a node of a red-black tree, embedded in an object
 * @__rb_parent_color: the parent's address, with the colour in bit 0
 *	(0 red, 1 black); use rb_parent() and rb_is_black() to read it
 * @rb_right: the child with the larger keys, or NULL
 * @rb_left: the child with the smaller keys, or NULL
 */
struct rb_node {
	unsigned long __rb_parent_color;
	struct rb_node *rb_right;
	struct rb_node *rb_left;
} __attribute__((aligned(sizeof(long))));

/**
 * struct rb_root - a red-black tree
 * @rb_node: the root node, or NULL when the tree is empty
 */
struct rb_root {
	struct rb_node *rb_node;
};

/**
 * struct rb_root_cached - a red-black tree that remembers its leftmost node
 * @rb_root: the tree
 * @rb_leftmost: the node with the smallest key, or NULL when empty
 */
struct rb_root_cached {
	struct rb_root rb_root;
	struct rb_node *rb_leftmost;
};

#define rb_parent(r) ((struct rb_node *)((r)->__rb_parent_color & ~3UL))

#define RB_ROOT ((struct rb_root){ NULL })
#define RB_ROOT_CACHED ((struct rb_root_cached){ { NULL }, NULL })

#define rb_entry(ptr, type, member) container_of(ptr, type, member)

#define RB_EMPTY_ROOT(root) (READ_ONCE((root)->rb_node) == NULL)

/* A node that is in no tree points at itself. */
#define RB_EMPTY_NODE(node) ((node)->__rb_parent_color == (unsigned long)(node))
#define RB_CLEAR_NODE(node) ((node)->__rb_parent_color = (unsigned long)(node))

void rb_insert_color(struct rb_node *node, struct rb_root *root);
void rb_erase(struct rb_node *node, struct rb_root *root);

struct rb_node *rb_next(const struct rb_node *node);
struct rb_node *rb_prev(const struct rb_node *node);
struct rb_node *rb_first(const struct rb_root *root);
struct rb_node *rb_last(const struct rb_root *root);

struct rb_node *rb_first_postorder(const struct rb_root *root);
struct rb_node *rb_next_postorder(const struct rb_node *node);

void rb_replace_node(struct rb_node *victim, struct rb_node *new, struct rb_root *root);

/**
 * rb_link_node - hang a new node where a search fell off the tree
 * @node: the new node
 * @parent: the last node the search visited, or NULL for an empty tree
 * @rb_link: the child pointer of @parent (or the root pointer) that was NULL
 *
 * The node is linked red and uncoloured; call rb_insert_color() next.
 *
 * Context: any; the caller serialises access to the tree.
 */
static inline void rb_link_node(struct rb_node *node, struct rb_node *parent,
				struct rb_node **rb_link)
{
	node->__rb_parent_color = (unsigned long)parent;
	node->rb_left = node->rb_right = NULL;
	*rb_link = node;
}

#define rb_entry_safe(ptr, type, member)                                      \
	({                                                                    \
		__typeof__(ptr) ____ptr = (ptr);                              \
		____ptr ? rb_entry(____ptr, type, member) : NULL;             \
	})

/**
 * rbtree_postorder_for_each_entry_safe - visit every entry, children first
 * @pos: the entry cursor (type * of the object)
 * @n: another entry cursor, for temporary storage
 * @root: the struct rb_root to walk
 * @field: the name of the struct rb_node member in the object
 *
 * Each entry is visited after its children, so the loop body may free
 * @pos: the walk does not touch it again. It must not rebalance the
 * tree (no rb_erase()): the usual use is freeing a whole tree.
 */
#define rbtree_postorder_for_each_entry_safe(pos, n, root, field)               \
	for (pos = rb_entry_safe(rb_first_postorder(root), __typeof__(*pos), field); \
	     pos && ({                                                            \
		     n = rb_entry_safe(rb_next_postorder(&pos->field),            \
				       __typeof__(*pos), field);                  \
		     1;                                                           \
	     });                                                                  \
	     pos = n)

/**
 * rb_first_cached - the leftmost node of a cached tree, in O(1)
 * @root: the tree
 *
 * Return: the node with the smallest key, or NULL if the tree is empty.
 */
static inline struct rb_node *rb_first_cached(const struct rb_root_cached *root)
{
	return root->rb_leftmost;
}

/**
 * rb_insert_color_cached - rebalance after rb_link_node() in a cached tree
 * @node: the node just linked
 * @root: the tree
 * @leftmost: true if the search never went right, so @node is the new leftmost
 *
 * Context: any; the caller serialises access to the tree.
 */
static inline void rb_insert_color_cached(struct rb_node *node,
					  struct rb_root_cached *root, bool leftmost)
{
	if (leftmost)
		root->rb_leftmost = node;
	rb_insert_color(node, &root->rb_root);
}

/**
 * rb_erase_cached - remove a node from a cached tree
 * @node: the node to remove
 * @root: the tree
 *
 * Return: the new leftmost node if @node was the leftmost, else NULL.
 */
static inline struct rb_node *rb_erase_cached(struct rb_node *node,
					      struct rb_root_cached *root)
{
	struct rb_node *leftmost = NULL;

	if (root->rb_leftmost == node)
		leftmost = root->rb_leftmost = rb_next(node);
	rb_erase(node, &root->rb_root);
	return leftmost;
}

/**
 * rb_replace_node_cached - put @new where @victim is in a cached tree
 * @victim: the node to take out
 * @new: the node to put in its place; it must sort at the same position
 * @root: the tree
 */
static inline void rb_replace_node_cached(struct rb_node *victim, struct rb_node *new,
					  struct rb_root_cached *root)
{
	if (root->rb_leftmost == victim)
		root->rb_leftmost = new;
	rb_replace_node(victim, new, &root->rb_root);
}

/**
 * rb_add_cached - insert @node into a cached tree ordered by @less
 * @node: the node to insert
 * @tree: the tree
 * @less: bool less(struct rb_node *a, const struct rb_node *b); equal keys
 *	go to the right of existing ones
 *
 * Return: @node if it became the leftmost, else NULL.
 */
static __always_inline struct rb_node *
rb_add_cached(struct rb_node *node, struct rb_root_cached *tree,
	      bool (*less)(struct rb_node *, const struct rb_node *))
{
	struct rb_node **link = &tree->rb_root.rb_node;
	struct rb_node *parent = NULL;
	bool leftmost = true;

	while (*link) {
		parent = *link;
		if (less(node, parent)) {
			link = &parent->rb_left;
		} else {
			link = &parent->rb_right;
			leftmost = false;
		}
	}
	rb_link_node(node, parent, link);
	rb_insert_color_cached(node, tree, leftmost);
	return leftmost ? node : NULL;
}

/**
 * rb_add - insert @node into a tree ordered by @less
 * @node: the node to insert
 * @tree: the tree
 * @less: as for rb_add_cached()
 */
static __always_inline void rb_add(struct rb_node *node, struct rb_root *tree,
				   bool (*less)(struct rb_node *, const struct rb_node *))
{
	struct rb_node **link = &tree->rb_node;
	struct rb_node *parent = NULL;

	while (*link) {
		parent = *link;
		link = less(node, parent) ? &parent->rb_left : &parent->rb_right;
	}
	rb_link_node(node, parent, link);
	rb_insert_color(node, tree);
}

/**
 * rb_find - the node of @tree that matches @key
 * @key: what to look for
 * @tree: the tree
 * @cmp: int cmp(const void *key, const struct rb_node *node), <0, 0 or >0
 *
 * Return: a matching node, or NULL.
 */
static __always_inline struct rb_node *
rb_find(const void *key, const struct rb_root *tree,
	int (*cmp)(const void *key, const struct rb_node *))
{
	struct rb_node *node = tree->rb_node;

	while (node) {
		int c = cmp(key, node);

		if (c < 0)
			node = node->rb_left;
		else if (c > 0)
			node = node->rb_right;
		else
			return node;
	}
	return NULL;
}

#endif /* _LINUX_RBTREE_H */
