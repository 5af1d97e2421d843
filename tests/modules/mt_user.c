/*
 * mt_user.c - a module that calls another module's export (mt_hello_add).
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/init.h>

int mt_hello_add(int a, int b);

static int __init mt_user_init(void)
{
	printk(KERN_INFO "mt_user: 2 + 3 = %d\n", mt_hello_add(2, 3));
	return 0;
}

static void __exit mt_user_exit(void)
{
}

module_init(mt_user_init);
module_exit(mt_user_exit);
MODULE_LICENSE("GPL");
