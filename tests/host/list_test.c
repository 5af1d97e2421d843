/*
 * list_test.c - runs the <linux/list.h> model test in list_shim.c.
 */
#include <stdio.h>
#include "linnet.h"

int main(void)
{
	unsigned int seed;

	for (seed = 1; seed <= 5; seed++)
		linnet_list_shim_run(seed);
	return host_summary("list");
}
