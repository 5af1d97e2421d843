/*
 * rbtree_fuzz.c - libFuzzer target: lib/rbtree.c against a sorted-array model.
 *
 * The input is a program for tests/host/rbtree_model.h: the first byte
 * picks a plain or an augmented tree, then every group of three bytes
 * is one step (operation, node, key and value): a node not in the tree
 * is inserted, one in it is erased or replaced. After every step the
 * tree's order, colours, black heights, parent pointers, cached
 * leftmost, postorder walks and augmented maxima are checked; a
 * mismatch aborts with the input saved. Built by tests/fuzz/fuzz.mk.
 */
#include <linux/types.h>

void abort(void);

#define RBM_FAIL(what) abort()
#define RBM_CHECKED() ((void)0)

#include "../host/rbtree_model.h"

static struct rbm model;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t i;

	if (size < 1)
		return 0;
	rbm_init(&model, data[0] & 1);
	for (i = 1; i + 3 <= size; i += 3)
		rbm_step(&model, data[i], data[i + 1], data[i + 2] * 131u);
	return 0;
}
