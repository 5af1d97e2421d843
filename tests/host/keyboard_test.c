/*
 * keyboard_test.c - runs the scancode decoder cases in keyboard_shim.c.
 */
#include <stdio.h>
#include "linnet.h"

int main(void)
{
	linnet_keyboard_shim_run();
	return host_summary("keyboard");
}
