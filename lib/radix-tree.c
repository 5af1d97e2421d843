/*
 * radix-tree.c - a radix tree from unsigned long indices to pointers.
 *
 * An index is split into 6-bit digits, most significant first; each
 * digit picks one of a node's 64 slots on the way down. The tree is only
 * as tall as its largest index needs: inserting a larger index grows it
 * at the top (radix_tree_extend: the old root becomes slot 0 of a new
 * root), and deleting shrinks it back while the root has only slot 0 in
 * use (radix_tree_shrink). A tree of height 0 holding index 0 keeps the
 * item in the root pointer itself, so a one-page file needs no node.
 *
 *   index 0x1043 in a tree of height 2:  0x1043 >> 6 = 65 -> too big, so height 3
 *   root -> slots[1] -> slots[1] -> slots[3] = item   (digits 1, 1, 3)
 *
 * Tags: each node keeps, per tag, a bit per slot meaning "something
 * tagged below this slot"; setting a tag sets the bits all the way down,
 * clearing one clears upwards only while a node has no other tagged slot.
 *
 * Nodes come from a slab cache. radix_tree_preload() fills a small
 * reserve while sleeping is allowed, so that an insert made later under
 * a spinlock (the page cache's tree_lock) does not fail for lack of
 * memory. Linux 2.6.32 keeps that reserve per CPU; Linnet has one CPU and
 * one reserve, used with preemption off as Linux's. Linux's tree is
 * readable under RCU; Linnet's readers take the writers' lock (see
 * include/linux/radix-tree.h). Read next: mm/filemap.c and docs/files.md.
 */
#include <linux/radix-tree.h>
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/preempt.h>
#include <linux/bug.h>

static struct kmem_cache *radix_tree_node_cachep;

/* height_to_maxindex - the largest index a tree of @height can hold */
static unsigned long height_to_maxindex(unsigned int height)
{
	unsigned int bits = height * RADIX_TREE_MAP_SHIFT;

	if (bits >= RADIX_TREE_INDEX_BITS)
		return ~0UL;
	return (1UL << bits) - 1;
}

/* The preload reserve: enough nodes for one insert that grows a full path */
struct radix_tree_preload {
	int nr;
	struct radix_tree_node *nodes[RADIX_TREE_MAX_PATH];
};
static struct radix_tree_preload radix_tree_preloads;

static struct radix_tree_node *radix_tree_node_alloc(struct radix_tree_root *root)
{
	struct radix_tree_node *node = kmem_cache_zalloc(radix_tree_node_cachep, root->gfp_mask);
	struct radix_tree_preload *rtp = &radix_tree_preloads;

	if (!node && rtp->nr) {
		node = rtp->nodes[--rtp->nr];
		rtp->nodes[rtp->nr] = NULL;
		memset(node, 0, sizeof(*node));
	}
	return node;
}

static void radix_tree_node_free(struct radix_tree_node *node)
{
	kmem_cache_free(radix_tree_node_cachep, node);
}

/**
 * radix_tree_preload - reserve nodes for an insert made later in atomic context
 * @gfp_mask: how to allocate them (must allow sleeping)
 *
 * On success preemption is left disabled, so that nobody else takes the
 * reserve before the insert; radix_tree_preload_end() enables it again.
 *
 * Context: process context; may sleep.
 * Return: 0 (preemption off), or -ENOMEM (preemption on, as it was).
 */
int radix_tree_preload(gfp_t gfp_mask)
{
	struct radix_tree_preload *rtp = &radix_tree_preloads;
	struct radix_tree_node *node;

	preempt_disable();
	while (rtp->nr < (int)ARRAY_SIZE(rtp->nodes)) {
		preempt_enable();
		node = kmem_cache_alloc(radix_tree_node_cachep, gfp_mask);
		if (!node)
			return -ENOMEM;
		preempt_disable();
		if (rtp->nr < (int)ARRAY_SIZE(rtp->nodes))
			rtp->nodes[rtp->nr++] = node;
		else
			kmem_cache_free(radix_tree_node_cachep, node);
	}
	return 0;
}

/**
 * radix_tree_preload_end - end the section radix_tree_preload() began
 *
 * Context: after a successful radix_tree_preload().
 */
void radix_tree_preload_end(void)
{
	preempt_enable();
}

static inline void tag_set(struct radix_tree_node *node, unsigned int tag, int offset)
{
	__set_bit(offset, node->tags[tag]);
}

static inline void tag_clear(struct radix_tree_node *node, unsigned int tag, int offset)
{
	__clear_bit(offset, node->tags[tag]);
}

static inline int tag_get(struct radix_tree_node *node, unsigned int tag, int offset)
{
	return test_bit(offset, node->tags[tag]);
}

static int any_tag_set(struct radix_tree_node *node, unsigned int tag)
{
	int i;

	for (i = 0; i < (int)RADIX_TREE_TAG_LONGS; i++)
		if (node->tags[tag][i])
			return 1;
	return 0;
}

/* radix_tree_extend - grow the tree at the top until @index fits */
static int radix_tree_extend(struct radix_tree_root *root, unsigned long index)
{
	struct radix_tree_node *node;
	unsigned int height = root->height + 1, tag;

	while (index > height_to_maxindex(height))
		height++;
	if (!root->rnode) {
		root->height = height;
		return 0;
	}
	while (root->height < height) {
		node = radix_tree_node_alloc(root);
		if (!node)
			return -ENOMEM;
		node->slots[0] = root->rnode;
		for (tag = 0; tag < RADIX_TREE_MAX_TAGS; tag++)
			if (root->tags & (1U << tag))
				tag_set(node, tag, 0);
		node->height = root->height + 1;
		node->count = 1;
		root->rnode = node;
		root->height++;
	}
	return 0;
}

/**
 * radix_tree_insert - put an item at an index
 * @root: the tree
 * @index: where
 * @item: what (not NULL)
 *
 * Context: the tree's lock held; allocates nodes with the root's
 * gfp_mask, falling back on the preload reserve.
 * Return: 0, -EEXIST if the index is taken, -ENOMEM.
 */
int radix_tree_insert(struct radix_tree_root *root, unsigned long index, void *item)
{
	struct radix_tree_node *node = NULL, *child;
	unsigned int height, shift;
	void **slot;
	int error;

	BUG_ON(!item);
	if (index > height_to_maxindex(root->height)) {
		error = radix_tree_extend(root, index);
		if (error)
			return error;
	}
	slot = (void **)&root->rnode;
	height = root->height;
	shift = (height - 1) * RADIX_TREE_MAP_SHIFT;
	while (height > 0) {
		if (!*slot) {
			child = radix_tree_node_alloc(root);
			if (!child)
				return -ENOMEM;
			child->height = height;
			*slot = child;
			if (node)
				node->count++;
		}
		node = *slot;
		slot = &node->slots[(index >> shift) & RADIX_TREE_MAP_MASK];
		shift -= RADIX_TREE_MAP_SHIFT;
		height--;
	}
	if (*slot)
		return -EEXIST;
	*slot = item;
	if (node)
		node->count++;
	return 0;
}

/**
 * radix_tree_lookup_slot - the slot that holds an index's item
 * @root: the tree
 * @index: which
 *
 * Context: the tree's lock held.
 * Return: the slot (replace the item through it), or NULL if there is no item.
 */
void **radix_tree_lookup_slot(struct radix_tree_root *root, unsigned long index)
{
	unsigned int height = root->height, shift;
	void **slot = (void **)&root->rnode;
	struct radix_tree_node *node;

	if (index > height_to_maxindex(height) || !*slot)
		return NULL;
	shift = (height - 1) * RADIX_TREE_MAP_SHIFT;
	while (height > 0) {
		node = *slot;
		if (!node)
			return NULL;
		slot = &node->slots[(index >> shift) & RADIX_TREE_MAP_MASK];
		shift -= RADIX_TREE_MAP_SHIFT;
		height--;
	}
	return *slot ? slot : NULL;
}

/**
 * radix_tree_lookup - the item at an index
 * @root: the tree
 * @index: which
 *
 * Context: the tree's lock held.
 * Return: the item, or NULL.
 */
void *radix_tree_lookup(struct radix_tree_root *root, unsigned long index)
{
	void **slot = radix_tree_lookup_slot(root, index);

	return slot ? *slot : NULL;
}

/**
 * radix_tree_tag_set - tag the item at an index
 * @root: the tree
 * @index: which item (it must exist)
 * @tag: which tag
 *
 * Context: the tree's lock held.
 * Return: the item.
 */
void *radix_tree_tag_set(struct radix_tree_root *root, unsigned long index, unsigned int tag)
{
	unsigned int height = root->height, shift;
	struct radix_tree_node *slot = root->rnode;

	BUG_ON(index > height_to_maxindex(height));
	shift = (height - 1) * RADIX_TREE_MAP_SHIFT;
	while (height > 0) {
		int offset = (index >> shift) & RADIX_TREE_MAP_MASK;

		tag_set(slot, tag, offset);
		slot = slot->slots[offset];
		BUG_ON(!slot);
		shift -= RADIX_TREE_MAP_SHIFT;
		height--;
	}
	if (slot)
		root->tags |= 1U << tag;
	return slot;
}

/* Walk to @index, remembering each node and offset on the way (path[0] is the deepest) */
static void *walk_path(struct radix_tree_root *root, unsigned long index,
		       struct radix_tree_node **nodes, int *offsets, int *depth)
{
	unsigned int height = root->height, shift;
	void *slot = root->rnode;

	*depth = 0;
	if (index > height_to_maxindex(height))
		return NULL;
	shift = (height - 1) * RADIX_TREE_MAP_SHIFT;
	while (height > 0 && slot) {
		struct radix_tree_node *node = slot;
		int offset = (index >> shift) & RADIX_TREE_MAP_MASK;

		nodes[*depth] = node;
		offsets[(*depth)++] = offset;
		slot = node->slots[offset];
		shift -= RADIX_TREE_MAP_SHIFT;
		height--;
	}
	return slot;
}

/* Clear @tag upwards from the deepest node while nothing else below is tagged */
static void clear_tag_path(struct radix_tree_root *root, struct radix_tree_node **nodes,
			   int *offsets, int depth, unsigned int tag)
{
	while (depth-- > 0) {
		tag_clear(nodes[depth], tag, offsets[depth]);
		if (any_tag_set(nodes[depth], tag))
			return;
	}
	root->tags &= ~(1U << tag);
}

/**
 * radix_tree_tag_clear - untag the item at an index
 * @root: the tree
 * @index: which item
 * @tag: which tag
 *
 * Context: the tree's lock held.
 * Return: the item, or NULL if there is none.
 */
void *radix_tree_tag_clear(struct radix_tree_root *root, unsigned long index, unsigned int tag)
{
	struct radix_tree_node *nodes[RADIX_TREE_MAX_PATH];
	int offsets[RADIX_TREE_MAX_PATH], depth;
	void *item = walk_path(root, index, nodes, offsets, &depth);

	if (item)
		clear_tag_path(root, nodes, offsets, depth, tag);
	return item;
}

/**
 * radix_tree_tag_get - is the item at an index tagged?
 * @root: the tree
 * @index: which item
 * @tag: which tag
 *
 * Context: the tree's lock held.
 * Return: 1 if it is there and tagged, else 0.
 */
int radix_tree_tag_get(struct radix_tree_root *root, unsigned long index, unsigned int tag)
{
	struct radix_tree_node *nodes[RADIX_TREE_MAX_PATH];
	int offsets[RADIX_TREE_MAX_PATH], depth;
	void *item = walk_path(root, index, nodes, offsets, &depth);

	if (!item)
		return 0;
	if (!depth)
		return !!(root->tags & (1U << tag));
	return tag_get(nodes[depth - 1], tag, offsets[depth - 1]);
}

/**
 * radix_tree_tagged - does any item in the tree have a tag?
 * @root: the tree
 * @tag: which tag
 *
 * Context: the tree's lock held.
 * Return: nonzero if so.
 */
int radix_tree_tagged(struct radix_tree_root *root, unsigned int tag)
{
	return root->tags & (1U << tag);
}

/* radix_tree_shrink - drop top nodes whose only child is slot 0 */
static void radix_tree_shrink(struct radix_tree_root *root)
{
	while (root->height > 0) {
		struct radix_tree_node *node = root->rnode;

		if (node->count != 1 || !node->slots[0])
			break;
		root->rnode = node->slots[0];
		root->height--;
		radix_tree_node_free(node);
	}
}

/**
 * radix_tree_delete - remove the item at an index
 * @root: the tree
 * @index: which
 *
 * Clears the item's tags and frees the nodes it leaves empty.
 *
 * Context: the tree's lock held.
 * Return: the item removed, or NULL if there was none.
 */
void *radix_tree_delete(struct radix_tree_root *root, unsigned long index)
{
	struct radix_tree_node *nodes[RADIX_TREE_MAX_PATH];
	int offsets[RADIX_TREE_MAX_PATH], depth, d;
	void *item = walk_path(root, index, nodes, offsets, &depth);
	unsigned int tag;

	if (!item)
		return NULL;
	for (tag = 0; tag < RADIX_TREE_MAX_TAGS; tag++)
		if (radix_tree_tag_get(root, index, tag))
			clear_tag_path(root, nodes, offsets, depth, tag);
	for (d = depth - 1; d >= 0; d--) {
		nodes[d]->slots[offsets[d]] = NULL;
		if (--nodes[d]->count)
			break;
		radix_tree_node_free(nodes[d]);
	}
	if (d < 0) {
		root->rnode = NULL;
		root->height = 0;
		root->tags = 0;
	} else if (d == 0) {
		radix_tree_shrink(root);
	}
	return item;
}

/* Collect items at or after @first under @node (covering @base..), in index order */
static void gang_node(void *slot, unsigned int height, unsigned long base, unsigned long first,
		      void **results, unsigned int max, unsigned int *n, int tag)
{
	struct radix_tree_node *node = slot;
	unsigned long span;
	int i;

	if (!height) {
		if (base >= first)
			results[(*n)++] = slot;
		return;
	}
	span = 1UL << ((height - 1) * RADIX_TREE_MAP_SHIFT);
	for (i = 0; i < (int)RADIX_TREE_MAP_SIZE && *n < max; i++) {
		unsigned long start = base + i * span;

		if (!node->slots[i] || (span > 1 && start + (span - 1) < first) ||
		    (span == 1 && start < first))
			continue;
		if (tag >= 0 && !tag_get(node, tag, i))
			continue;
		gang_node(node->slots[i], height - 1, start, first, results, max, n, tag);
	}
}

static unsigned int gang(struct radix_tree_root *root, void **results, unsigned long first,
			 unsigned int max, int tag)
{
	unsigned int n = 0;

	if (!root->rnode || !max)
		return 0;
	if (!root->height) {
		if (first == 0 && (tag < 0 || (root->tags & (1U << tag))))
			results[n++] = root->rnode;
		return n;
	}
	gang_node(root->rnode, root->height, 0, first, results, max, &n, tag);
	return n;
}

/**
 * radix_tree_gang_lookup - the items from an index on, in index order
 * @root: the tree
 * @results: where to put them
 * @first_index: start here
 * @max_items: at most this many
 *
 * Context: the tree's lock held.
 * Return: how many items were put in @results.
 */
unsigned int radix_tree_gang_lookup(struct radix_tree_root *root, void **results,
				    unsigned long first_index, unsigned int max_items)
{
	return gang(root, results, first_index, max_items, -1);
}

/**
 * radix_tree_gang_lookup_tag - the tagged items from an index on, in index order
 * @root: the tree
 * @results: where to put them
 * @first_index: start here
 * @max_items: at most this many
 * @tag: only items with this tag
 *
 * Context: the tree's lock held.
 * Return: how many items were put in @results.
 */
unsigned int radix_tree_gang_lookup_tag(struct radix_tree_root *root, void **results,
					unsigned long first_index, unsigned int max_items,
					unsigned int tag)
{
	if (!radix_tree_tagged(root, tag))
		return 0;
	return gang(root, results, first_index, max_items, tag);
}

/**
 * radix_tree_init - create the node cache
 *
 * Context: boot, before the first file is created (vfs_caches_init).
 */
void radix_tree_init(void)
{
	radix_tree_node_cachep = kmem_cache_create(
		"radix_tree_node", sizeof(struct radix_tree_node), 0, SLAB_PANIC, NULL);
}
