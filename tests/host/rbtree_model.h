/*
 * rbtree_model.h - an rbtree driven against a sorted-array model.
 *
 * Shared by the host test (rbtree_shim.c) and the libFuzzer target
 * (tests/fuzz/rbtree_fuzz.c), both compiled against Linnet's headers.
 * A pool of nodes, each with a key and a value, lives either in the
 * tree or out of it. Operations are read from a byte stream: insert
 * (plain, cached or augmented), erase (plain, cached or augmented) and
 * replace. After each one the tree is checked against the model, a
 * sorted array of the keys that should be in it:
 *  - rb_first/rb_next and rb_last/rb_prev give the model's keys in order;
 *  - parent pointers agree with the child pointers, the root is black,
 *    no red node has a red child, every path has the same black count;
 *  - the cached leftmost is rb_first(); both postorder walks visit
 *    every node once, children before parents;
 *  - in augmented mode, every node's "max" is the largest value below it.
 * The including file defines RBM_FAIL(what), called on a mismatch, and
 * RBM_CHECKED(), called after each complete check.
 */
#include <linux/rbtree_augmented.h>

#define RBM_NODES 64

struct rbm_node {
	struct rb_node rb;
	u32 key;
	u32 val;
	u32 max; /* augmented: largest val in the subtree */
	bool in_tree;
};

struct rbm {
	struct rbm_node nodes[RBM_NODES];
	struct rbm_node spare[RBM_NODES]; /* replacement nodes for rb_replace_node */
	struct rb_root_cached root;
	u32 keys[RBM_NODES]; /* model: sorted keys in the tree */
	int n;
	bool augmented;
};

#define RBM_VAL(node) ((node)->val)
RB_DECLARE_CALLBACKS_MAX(static, rbm_augment, struct rbm_node, rb, u32, max, RBM_VAL)

static void rbm_model_add(struct rbm *m, u32 key)
{
	int i = m->n;

	/* after equal keys, as the tree puts them */
	while (i > 0 && m->keys[i - 1] > key) {
		m->keys[i] = m->keys[i - 1];
		i--;
	}
	m->keys[i] = key;
	m->n++;
}

static void rbm_model_del(struct rbm *m, u32 key)
{
	int i = 0;

	while (m->keys[i] != key)
		i++;
	for (; i < m->n - 1; i++)
		m->keys[i] = m->keys[i + 1];
	m->n--;
}

static void rbm_insert(struct rbm *m, struct rbm_node *node, int how)
{
	struct rb_node **link = &m->root.rb_root.rb_node, *parent = NULL;
	bool leftmost = true;

	node->max = node->val;
	while (*link) {
		struct rbm_node *p = rb_entry(*link, struct rbm_node, rb);

		parent = *link;
		if (m->augmented && p->max < node->val)
			p->max = node->val;
		if (node->key < p->key) {
			link = &parent->rb_left;
		} else {
			link = &parent->rb_right;
			leftmost = false;
		}
	}
	rb_link_node(&node->rb, parent, link);
	if (m->augmented)
		rb_insert_augmented_cached(&node->rb, &m->root, leftmost, &rbm_augment);
	else if (how)
		rb_insert_color_cached(&node->rb, &m->root, leftmost);
	else {
		rb_insert_color(&node->rb, &m->root.rb_root);
		if (leftmost)
			m->root.rb_leftmost = &node->rb;
	}
	node->in_tree = true;
	rbm_model_add(m, node->key);
}

static void rbm_erase(struct rbm *m, struct rbm_node *node, int how)
{
	if (m->augmented)
		rb_erase_augmented_cached(&node->rb, &m->root, &rbm_augment);
	else if (how)
		rb_erase_cached(&node->rb, &m->root);
	else {
		if (m->root.rb_leftmost == &node->rb)
			m->root.rb_leftmost = rb_next(&node->rb);
		rb_erase(&node->rb, &m->root.rb_root);
	}
	RB_CLEAR_NODE(&node->rb);
	node->in_tree = false;
	rbm_model_del(m, node->key);
}

/* rbm_replace - swap a node for its spare, which has the same key and value */
static void rbm_replace(struct rbm *m, int i)
{
	struct rbm_node *old = &m->nodes[i], *new = &m->spare[i], tmp;

	new->key = old->key;
	new->val = old->val;
	new->max = old->max;
	rb_replace_node_cached(&old->rb, &new->rb, &m->root);
	new->in_tree = true;
	old->in_tree = false;
	tmp = *old;
	*old = *new;
	*new = tmp;
	/* the node at nodes[i] is now the one in the tree: move it back */
	rb_replace_node_cached(&new->rb, &old->rb, &m->root);
	new->in_tree = false;
}

/* rbm_check_node - check the subtree at @rb; returns its black height */
static int rbm_check_node(struct rbm *m, struct rb_node *rb, struct rb_node *parent, int *count)
{
	struct rbm_node *node;
	int lh, rh;
	u32 max;

	if (!rb)
		return 1;
	node = rb_entry(rb, struct rbm_node, rb);
	(*count)++;
	if (rb_parent(rb) != parent)
		RBM_FAIL("parent pointer");
	if (rb_is_red(rb) && parent && rb_is_red(parent))
		RBM_FAIL("red node with a red parent");
	if (rb->rb_left && rb_entry(rb->rb_left, struct rbm_node, rb)->key > node->key)
		RBM_FAIL("left child's key is larger");
	if (rb->rb_right && rb_entry(rb->rb_right, struct rbm_node, rb)->key < node->key)
		RBM_FAIL("right child's key is smaller");
	lh = rbm_check_node(m, rb->rb_left, rb, count);
	rh = rbm_check_node(m, rb->rb_right, rb, count);
	if (lh != rh)
		RBM_FAIL("black heights differ");
	if (m->augmented) {
		max = node->val;
		if (rb->rb_left && rb_entry(rb->rb_left, struct rbm_node, rb)->max > max)
			max = rb_entry(rb->rb_left, struct rbm_node, rb)->max;
		if (rb->rb_right && rb_entry(rb->rb_right, struct rbm_node, rb)->max > max)
			max = rb_entry(rb->rb_right, struct rbm_node, rb)->max;
		if (node->max != max)
			RBM_FAIL("augmented max is stale");
	}
	return lh + rb_is_black(rb);
}

static void rbm_check_walks(struct rbm *m)
{
	struct rb_node *rb;
	struct rbm_node *pos, *n;
	int i = 0;

	for (rb = rb_first(&m->root.rb_root); rb; rb = rb_next(rb), i++)
		if (i >= m->n || rb_entry(rb, struct rbm_node, rb)->key != m->keys[i])
			RBM_FAIL("rb_next order differs from the model");
	if (i != m->n)
		RBM_FAIL("rb_next walk too short");
	i = m->n;
	for (rb = rb_last(&m->root.rb_root); rb; rb = rb_prev(rb))
		if (--i < 0 || rb_entry(rb, struct rbm_node, rb)->key != m->keys[i])
			RBM_FAIL("rb_prev order differs from the model");
	if (i != 0)
		RBM_FAIL("rb_prev walk too short");
	i = 0;
	for (rb = rb_first_postorder(&m->root.rb_root); rb; rb = rb_next_postorder(rb)) {
		/* children first: both children were seen, so they are unmarked */
		if ((rb->rb_left && rb_entry(rb->rb_left, struct rbm_node, rb)->in_tree) ||
		    (rb->rb_right && rb_entry(rb->rb_right, struct rbm_node, rb)->in_tree))
			RBM_FAIL("postorder visits a parent before a child");
		rb_entry(rb, struct rbm_node, rb)->in_tree = false;
		i++;
	}
	if (i != m->n)
		RBM_FAIL("postorder walk count");
	i = 0;
	rbtree_postorder_for_each_entry_safe(pos, n, &m->root.rb_root, rb) {
		pos->in_tree = true;
		i++;
	}
	if (i != m->n)
		RBM_FAIL("rbtree_postorder_for_each_entry_safe count");
}

static void rbm_check(struct rbm *m)
{
	int count = 0;

	if (m->root.rb_root.rb_node && rb_is_red(m->root.rb_root.rb_node))
		RBM_FAIL("red root");
	rbm_check_node(m, m->root.rb_root.rb_node, NULL, &count);
	if (count != m->n)
		RBM_FAIL("node count differs from the model");
	if (rb_first_cached(&m->root) != rb_first(&m->root.rb_root))
		RBM_FAIL("cached leftmost is not rb_first");
	if (RB_EMPTY_ROOT(&m->root.rb_root) != (m->n == 0))
		RBM_FAIL("RB_EMPTY_ROOT");
	rbm_check_walks(m);
	RBM_CHECKED();
}

static void rbm_init(struct rbm *m, bool augmented)
{
	int i;

	m->root = RB_ROOT_CACHED;
	m->n = 0;
	m->augmented = augmented;
	for (i = 0; i < RBM_NODES; i++) {
		RB_CLEAR_NODE(&m->nodes[i].rb);
		m->nodes[i].in_tree = false;
	}
}

/*
 * rbm_step - one operation chosen by @op on node @i with key and value
 * from @arg (a few distinct keys, so that duplicates are common).
 */
static void rbm_step(struct rbm *m, unsigned int op, unsigned int i, unsigned int arg)
{
	struct rbm_node *node = &m->nodes[i % RBM_NODES];

	if (!node->in_tree) {
		if (RB_EMPTY_NODE(&node->rb) != true || rb_next(&node->rb) || rb_prev(&node->rb))
			RBM_FAIL("a cleared node is not empty");
		node->key = arg % 97;
		node->val = arg / 97;
		rbm_insert(m, node, op & 1);
	} else if (op % 5 == 4 && !m->augmented) {
		rbm_replace(m, i % RBM_NODES);
	} else {
		rbm_erase(m, node, op & 1);
	}
	rbm_check(m);
}
