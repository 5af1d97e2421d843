/*
 * mt_noexit.c - a module with an init function and no exit function.
 *
 * Linux cannot know how to undo its init, so it cannot be removed:
 * delete_module says -EBUSY, and /proc/modules shows "[permanent],".
 */
#include <linux/module.h>
#include <linux/init.h>

static int __init mt_noexit_init(void)
{
	return 0;
}

module_init(mt_noexit_init);
MODULE_LICENSE("GPL");
