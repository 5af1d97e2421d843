/*
 * mt_badmagic.c - a module built for another kernel release.
 *
 * Its vermagic says 2.6.31: the loader refuses it with "version magic
 * '2.6.31 preempt mod_unload 686 ' should be '2.6.32-linnet ...'".
 */
#include <linux/module.h>
#include <linux/init.h>

static int __init mt_badmagic_init(void)
{
	return 0;
}

module_init(mt_badmagic_init);
MODULE_LICENSE("GPL");
