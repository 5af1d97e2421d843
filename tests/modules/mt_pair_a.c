/*
 * mt_pair_a.c - half of a module built from two files (mt_pair-objs).
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/init.h>

int mt_pair_b_value(void);

static int __init mt_pair_init(void)
{
	printk(KERN_INFO "mt_pair: b says %d\n", mt_pair_b_value());
	return 0;
}

static void __exit mt_pair_exit(void)
{
}

module_init(mt_pair_init);
module_exit(mt_pair_exit);
MODULE_LICENSE("GPL");
