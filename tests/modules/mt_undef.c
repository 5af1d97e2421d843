/*
 * mt_undef.c - calls a kernel function that is not exported.
 *
 * parse_early_param() exists in the kernel, but a module may call only
 * what EXPORT_SYMBOL() offers: loading fails with "Unknown symbol".
 */
#include <linux/module.h>
#include <linux/init.h>

void parse_early_param(void);

static int __init mt_undef_init(void)
{
	parse_early_param();
	return 0;
}

module_init(mt_undef_init);
MODULE_LICENSE("GPL");
