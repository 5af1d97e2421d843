/*
 * cl_hello1.c - the oldest form: init_module and cleanup_module by name,
 * no module_init, as a 2.4/2.6 guide's first example.
 */
#include <linux/module.h> /* every module */
#include <linux/kernel.h> /* KERN_ALERT */

int init_module(void)
{
	printk(KERN_ALERT "cl_hello1: hello, world 1.\n");
	return 0;
}

void cleanup_module(void)
{
	printk(KERN_ALERT "cl_hello1: goodbye, world 1.\n");
}

MODULE_LICENSE("GPL");
