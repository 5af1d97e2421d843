/*
 * mt_hello.c - a module with parameters of every kind and an export.
 *
 * The test loads it with "count=3 name=linnet values=1,2,3 label=abc" and
 * checks the variables; mt_user uses its export, so it cannot be removed
 * while mt_user is loaded. See tests/kernel/module_test.c.
 */
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/kernel.h>
#include <linux/init.h>

static int count = 1;
static char *name = "world";
static int values[4];
static unsigned int nvalues;
static char label[8] = "none";
static bool verbose;

module_param(count, int, 0444);
MODULE_PARM_DESC(count, "how many greetings");
module_param(name, charp, 0444);
module_param_array(values, int, &nvalues, 0444);
module_param_string(label, label, sizeof(label), 0444);
module_param(verbose, bool, 0644);

int mt_hello_calls;

/* Exported: mt_user calls it, so mt_user depends on this module. */
int mt_hello_add(int a, int b)
{
	mt_hello_calls++;
	return a + b;
}
EXPORT_SYMBOL(mt_hello_add);

/* What the test reads back: the parameters as the module saw them. */
int mt_hello_state(char *buf, size_t size)
{
	return scnprintf(buf, size, "count=%d name=%s n=%u values=%d,%d,%d,%d label=%s verbose=%d",
			 count, name, nvalues, values[0], values[1], values[2], values[3], label,
			 verbose);
}
EXPORT_SYMBOL_GPL(mt_hello_state);

static int __init mt_hello_init(void)
{
	int i;

	for (i = 0; i < count; i++)
		printk(KERN_INFO "mt_hello: Hello, %s\n", name);
	return 0;
}

static void __exit mt_hello_exit(void)
{
	printk(KERN_INFO "mt_hello: Goodbye, %s\n", name);
}

module_init(mt_hello_init);
module_exit(mt_hello_exit);
MODULE_LICENSE("GPL");
MODULE_AUTHOR("Linnet");
MODULE_DESCRIPTION("module loader test: parameters and an export");
