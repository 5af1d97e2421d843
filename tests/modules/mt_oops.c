/*
 * mt_oops.c - a module whose init dereferences a NULL pointer.
 *
 * The oops must name the function with the module in brackets,
 * "mt_oops_init+0x.../0x... [mt_oops]", and list the module on the
 * "Modules linked in:" line, marked "+" (still loading).
 */
#include <linux/module.h>
#include <linux/init.h>

static int *mt_oops_ptr;

static noinline int __init mt_oops_init(void)
{
	return *(volatile int *)mt_oops_ptr;
}

module_init(mt_oops_init);
MODULE_LICENSE("GPL");
