/*
 * bitops_test.c - runs the bit operation tests in bitops_shim.c.
 */
#include <stdio.h>
#include "linnet.h"

int main(void)
{
	linnet_bitops_shim_run(12345);
	linnet_bitops_shim_run(777);
	return host_summary("bitops");
}
