/*
 * cl_hello5.c - parameters, __init/__exit/__initdata, MODULE_* macros.
 */
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/stat.h>

MODULE_LICENSE("GPL");
MODULE_AUTHOR("A student");
MODULE_DESCRIPTION("Command line arguments for a module");
MODULE_SUPPORTED_DEVICE("none");

static short int myshort = 1;
static int myint = 420;
static long int mylong = 9999;
static char *mystring = "blah";
static int myintArray[2] = { -1, -1 };
static int arr_argc = 0;
static int __initdata setup_done = 3;

module_param(myshort, short, S_IRUSR | S_IWUSR | S_IRGRP | S_IWGRP);
MODULE_PARM_DESC(myshort, "A short integer");
module_param(myint, int, S_IRUSR | S_IWUSR | S_IRGRP | S_IROTH);
MODULE_PARM_DESC(myint, "An integer");
module_param(mylong, long, S_IRUSR);
MODULE_PARM_DESC(mylong, "A long integer");
module_param(mystring, charp, 0000);
MODULE_PARM_DESC(mystring, "A character string");
module_param_array(myintArray, int, &arr_argc, 0000);
MODULE_PARM_DESC(myintArray, "An array of integers");

static int __init hello_5_init(void)
{
	int i;

	printk(KERN_INFO "cl_hello5: myshort is a short integer: %hd\n", myshort);
	printk(KERN_INFO "cl_hello5: myint is an integer: %d\n", myint);
	printk(KERN_INFO "cl_hello5: mylong is a long integer: %ld\n", mylong);
	printk(KERN_INFO "cl_hello5: mystring is a string: %s\n", mystring);
	for (i = 0; i < (sizeof myintArray / sizeof(int)); i++)
		printk(KERN_INFO "cl_hello5: myintArray[%d] = %d\n", i, myintArray[i]);
	printk(KERN_INFO "cl_hello5: got %d arguments for myintArray, setup %d.\n", arr_argc,
	       setup_done);
	return 0;
}

static void __exit hello_5_exit(void)
{
	printk(KERN_INFO "cl_hello5: goodbye, world 5\n");
}

module_init(hello_5_init);
module_exit(hello_5_exit);
