/*
 * radix-tree.h - a radix tree from unsigned long indices to pointers.
 *
 * The page cache finds the page at offset N of a file in the file's
 * radix tree (struct address_space's page_tree). Each node has
 * RADIX_TREE_MAP_SIZE (64) slots; a tree of height h covers the indices
 * 0 .. 64^h - 1, so a 4 KiB-page file of 256 KiB needs one level and a
 * 16 MiB file two. Every slot also carries RADIX_TREE_MAX_TAGS tag bits
 * (the page cache uses them for "dirty" and "writeback"), set in a node
 * when any slot below it has the tag, so a tagged gang lookup skips
 * whole untagged subtrees.
 *
 * The API is Linux 2.6.32's. Linnet's tree is not RCU-safe (Linux 2.6.32
 * lets readers walk it under rcu_read_lock()): callers hold the lock
 * that protects the tree (the page cache's tree_lock) for lookups too.
 * See lib/radix-tree.c and docs/files.md.
 */
#ifndef _LINUX_RADIX_TREE_H
#define _LINUX_RADIX_TREE_H

#include <linux/types.h>
#include <linux/gfp.h>
#include <linux/bitops.h>

#define RADIX_TREE_MAP_SHIFT 6
#define RADIX_TREE_MAP_SIZE (1UL << RADIX_TREE_MAP_SHIFT)
#define RADIX_TREE_MAP_MASK (RADIX_TREE_MAP_SIZE - 1)
#define RADIX_TREE_MAX_TAGS 2
#define RADIX_TREE_TAG_LONGS ((RADIX_TREE_MAP_SIZE + BITS_PER_LONG - 1) / BITS_PER_LONG)
#define RADIX_TREE_INDEX_BITS (8 * sizeof(unsigned long))
#define RADIX_TREE_MAX_PATH ((RADIX_TREE_INDEX_BITS + RADIX_TREE_MAP_SHIFT - 1) / RADIX_TREE_MAP_SHIFT)

/**
 * struct radix_tree_node - one interior node
 * @height: its height from the bottom (1 for nodes whose slots hold items)
 * @count: how many of its slots are in use
 * @slots: the children (or, at height 1, the items)
 * @tags: per tag, one bit per slot: set when the slot's subtree holds a tagged item
 */
struct radix_tree_node {
	unsigned int height;
	unsigned int count;
	void *slots[RADIX_TREE_MAP_SIZE];
	unsigned long tags[RADIX_TREE_MAX_TAGS][RADIX_TREE_TAG_LONGS];
};

/**
 * struct radix_tree_root - a tree
 * @height: 0 for an empty tree or one holding only index 0 (then @rnode is the item)
 * @gfp_mask: how to allocate nodes
 * @rnode: the top node (or the item at index 0 when @height is 0)
 * @tags: one bit per tag: set when any item in the tree has it
 *
 * Linux 2.6.32 keeps the root's tags in the spare high bits of gfp_mask;
 * Linnet gives them their own field.
 */
struct radix_tree_root {
	unsigned int height;
	gfp_t gfp_mask;
	struct radix_tree_node *rnode;
	unsigned int tags;
};

#define RADIX_TREE_INIT(mask) { .height = 0, .gfp_mask = (mask), .rnode = NULL, .tags = 0 }
#define RADIX_TREE(name, mask) struct radix_tree_root name = RADIX_TREE_INIT(mask)
#define INIT_RADIX_TREE(root, mask)          \
	do {                                 \
		(root)->height = 0;          \
		(root)->gfp_mask = (mask);   \
		(root)->rnode = NULL;        \
		(root)->tags = 0;            \
	} while (0)

int radix_tree_insert(struct radix_tree_root *root, unsigned long index, void *item);
void *radix_tree_lookup(struct radix_tree_root *root, unsigned long index);
void **radix_tree_lookup_slot(struct radix_tree_root *root, unsigned long index);
void *radix_tree_delete(struct radix_tree_root *root, unsigned long index);
unsigned int radix_tree_gang_lookup(struct radix_tree_root *root, void **results,
				    unsigned long first_index, unsigned int max_items);
unsigned int radix_tree_gang_lookup_tag(struct radix_tree_root *root, void **results,
					unsigned long first_index, unsigned int max_items,
					unsigned int tag);
void *radix_tree_tag_set(struct radix_tree_root *root, unsigned long index, unsigned int tag);
void *radix_tree_tag_clear(struct radix_tree_root *root, unsigned long index, unsigned int tag);
int radix_tree_tag_get(struct radix_tree_root *root, unsigned long index, unsigned int tag);
int radix_tree_tagged(struct radix_tree_root *root, unsigned int tag);
int radix_tree_preload(gfp_t gfp_mask);
void radix_tree_preload_end(void);
void radix_tree_init(void);

#endif /* _LINUX_RADIX_TREE_H */
