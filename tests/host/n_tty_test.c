/*
 * n_tty_test.c - runs the line discipline cases in n_tty_shim.c.
 */
#include <stdio.h>
#include "linnet.h"

int main(void)
{
	unsigned int seed;

	for (seed = 1; seed <= 3; seed++)
		linnet_n_tty_shim_run(seed);
	return host_summary("n_tty");
}
