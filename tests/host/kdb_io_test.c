/*
 * kdb_io_test.c - runs the shell line editor cases in kdb_io_shim.c.
 */
#include <stdio.h>
#include "linnet.h"

int main(void)
{
	unsigned int seed;

	for (seed = 1; seed <= 3; seed++)
		linnet_kdb_io_shim_run(seed);
	return host_summary("kdb_io");
}
