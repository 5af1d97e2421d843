/*
 * rbtree_shim.c - lib/rbtree.c against a model, compiled with Linnet's headers.
 *
 * Runs thousands of random operations through rbtree_model.h on a plain
 * tree and on an augmented one, checking the tree after every step, and
 * a few fixed cases first: an empty tree, ascending and descending runs
 * (which exercise every rotation), and removal of every node in turn.
 * rbtree_test.c in the same folder runs this and reports.
 */
#include <linux/types.h>

void host_check(int ok, const char *file, int line, const char *what);
#define RBM_FAIL(what) host_check(0, __FILE__, __LINE__, what)
#define RBM_CHECKED() host_check(1, __FILE__, __LINE__, "tree matches the model")

#include "rbtree_model.h"

#define ROUNDS 20000

static struct rbm model;
static unsigned int rng_state;

static unsigned int rnd(void)
{
	rng_state = rng_state * 1103515245 + 12345;
	return rng_state >> 8;
}

/* Fill the tree in key order (ascending or descending), then empty it. */
static void run_sorted(bool augmented, bool descending)
{
	int i;

	rbm_init(&model, augmented);
	for (i = 0; i < RBM_NODES; i++) {
		int k = descending ? RBM_NODES - 1 - i : i;

		model.nodes[i].key = k;
		model.nodes[i].val = (k * 37) % 101;
		rbm_insert(&model, &model.nodes[i], i & 1);
		rbm_check(&model);
	}
	host_check(rb_entry(rb_first(&model.root.rb_root), struct rbm_node, rb)->key == 0, __FILE__,
		   __LINE__, "smallest key first");
	for (i = 0; i < RBM_NODES; i++) {
		rbm_erase(&model, &model.nodes[(i * 7) % RBM_NODES], i & 1);
		rbm_check(&model);
	}
	host_check(RB_EMPTY_ROOT(&model.root.rb_root) && !rb_first_cached(&model.root), __FILE__,
		   __LINE__, "empty after removing everything");
}

/**
 * rbtree_shim_run - the rbtree model test with one seed
 * @seed: the random sequence to use
 */
void rbtree_shim_run(unsigned int seed)
{
	int r;

	rng_state = seed;
	rbm_init(&model, false);
	rbm_check(&model);
	host_check(!rb_first(&model.root.rb_root) && !rb_last(&model.root.rb_root) &&
			   !rb_first_postorder(&model.root.rb_root),
		   __FILE__, __LINE__, "empty tree has no first, last or postorder node");
	run_sorted(false, false);
	run_sorted(false, true);
	run_sorted(true, false);
	run_sorted(true, true);
	for (r = 0; r < 2; r++) {
		int i;

		rbm_init(&model, r);
		for (i = 0; i < ROUNDS; i++)
			rbm_step(&model, rnd(), rnd(), rnd());
	}
}
