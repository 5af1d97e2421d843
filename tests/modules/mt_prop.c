/*
 * mt_prop.c - a proprietary module that uses a GPL-only export.
 *
 * Its licence taints the kernel ("module license 'Proprietary' taints
 * kernel."), and mt_hello_state is EXPORT_SYMBOL_GPL, which a non-GPL
 * module does not see: "Unknown symbol mt_hello_state". (modpost would
 * have refused it at build time; the test builds it without the kernel's
 * Module.symvers, as a .ko built elsewhere would be.)
 */
#include <linux/module.h>
#include <linux/init.h>

int mt_hello_state(char *buf, size_t size);

static int __init mt_prop_init(void)
{
	char buf[8];

	return mt_hello_state(buf, sizeof(buf)) < 0;
}

module_init(mt_prop_init);
MODULE_LICENSE("Proprietary");
