/*
 * hello.c - the first module, with a parameter of every kind.
 *
 * A module's parameters are variables the loader sets from the insmod
 * line ("insmod hello.ko whom=Linnet howmany=3 primes=2,3,5") before
 * init runs, or, when the module is built in, from the kernel command
 * line ("hello.whom=Linnet"). module_param() names the variable and its
 * type, and puts a struct kernel_param in the __param section, where
 * kernel/params.c:parse_args finds it; module_param_array() takes a
 * comma-separated list and counts it, module_param_named() gives a
 * variable a different outside name, module_param_string() copies into a
 * buffer instead of pointing at the argument. A value that does not
 * parse fails the load with -EINVAL ("hello: `x' invalid for parameter
 * `howmany'"); a name that is no parameter with -ENOENT.
 *
 * Linux 2.6.32 also shows each parameter with a non-zero mode in
 * /sys/module/hello/parameters/; Linnet has no sysfs, so init prints
 * them instead. See docs/modules.md.
 */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/moduleparam.h>

static int howmany = 1;
module_param(howmany, int, 0444);
MODULE_PARM_DESC(howmany, "how many greetings (at most 10)");

static char *whom = "world";
module_param(whom, charp, 0444);
MODULE_PARM_DESC(whom, "whom to greet");

static bool loud;
module_param(loud, bool, 0644);
static bool quiet = true;
module_param(quiet, invbool, 0644);
static unsigned char level = 3;
module_param(level, byte, 0444);
static short delta = -2;
module_param(delta, short, 0444);
static unsigned short port = 0x3f8;
module_param(port, ushort, 0444);
static unsigned int mask = 0xff;
module_param(mask, uint, 0444);
static long offset = -100000;
module_param(offset, long, 0444);
static unsigned long limit = 4000000000UL;
module_param(limit, ulong, 0444);

static int primes[8] = { 2, 3 };
static int nr_primes = 2;
module_param_array(primes, int, &nr_primes, 0444);
MODULE_PARM_DESC(primes, "up to 8 numbers, comma-separated");

/* Known outside as "debug", inside as verbosity */
static int verbosity = 1;
module_param_named(debug, verbosity, int, 0644);

static char tag[16] = "linnet";
module_param_string(tag, tag, sizeof(tag), 0644);

static int __init hello_init(void)
{
	char list[64];
	int i, n = 0;

	for (i = 0; i < howmany && i < 10; i++)
		printk(KERN_INFO "hello: Hello, %s%s (%d of %d)\n", whom, loud ? "!" : "", i + 1,
		       howmany);
	for (i = 0; i < nr_primes; i++)
		n += scnprintf(list + n, sizeof(list) - n, "%s%d", i ? "," : "", primes[i]);
	printk(KERN_INFO "hello: loud=%d quiet=%d level=%u delta=%d port=%#x mask=%#x "
			 "offset=%ld limit=%lu\n",
	       loud, quiet, level, delta, port, mask, offset, limit);
	printk(KERN_INFO "hello: primes=%s (%d) debug=%d tag=%s\n", list, nr_primes, verbosity,
	       tag);
	return 0;
}

static void __exit hello_exit(void)
{
	printk(KERN_INFO "hello: Goodbye, %s\n", whom);
}

module_init(hello_init);
module_exit(hello_exit);

MODULE_LICENSE("GPL");
MODULE_AUTHOR("Linnet");
MODULE_DESCRIPTION("Hello, with a parameter of every kind");
