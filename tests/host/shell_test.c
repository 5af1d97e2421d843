/*
 * shell_test.c - runs the shell parser cases in shell_shim.c.
 */
#include <stdio.h>
#include "linnet.h"

int main(void)
{
	linnet_shell_shim_run();
	return host_summary("shell");
}
