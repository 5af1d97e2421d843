/*
 * n_tty_test.c - runs the line discipline cases in n_tty_shim.c.
 */
#include <stdio.h>
#include "linnet.h"

int main(void)
{
	linnet_n_tty_shim_run();
	return host_summary("n_tty");
}
