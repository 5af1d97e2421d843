/*
 * mt_initfail.c - a module whose init fails after allocating memory.
 *
 * The load returns init's -ENODEV and the module is gone; what init
 * freed itself and what the loader took must all come back.
 */
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/errno.h>
#include <linux/init.h>

static int __init mt_initfail_init(void)
{
	void *p = kmalloc(100, GFP_KERNEL);

	kfree(p);
	return -ENODEV;
}

static void __exit mt_initfail_exit(void)
{
}

module_init(mt_initfail_init);
module_exit(mt_initfail_exit);
MODULE_LICENSE("GPL");
