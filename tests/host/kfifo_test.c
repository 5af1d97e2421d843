/*
 * kfifo_test.c - runs the lib/kfifo.c model test in kfifo_shim.c.
 */
#include <stdio.h>
#include "linnet.h"

int main(void)
{
	unsigned int seed;

	linnet_kfifo_shim_api();
	for (seed = 1; seed <= 10; seed++)
		linnet_kfifo_shim_run(seed);
	return host_summary("kfifo");
}
