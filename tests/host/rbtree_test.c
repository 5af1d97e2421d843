/*
 * rbtree_test.c - runs the lib/rbtree.c model test in rbtree_shim.c.
 */
#include <stdio.h>
#include "linnet.h"

int main(void)
{
	unsigned int seed;

	for (seed = 1; seed <= 5; seed++)
		linnet_rbtree_shim_run(seed);
	return host_summary("rbtree");
}
