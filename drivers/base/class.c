/*
 * drivers/base/class.c - device classes: devices grouped by what they do.
 *
 * A class is a kind of device seen from user space: every terminal is a
 * "tty", every keyboard an "input", whatever bus it hangs off. A driver
 * makes one class (class_create, usually in module_init) and puts its
 * devices in it with device_create(), which is also what gives each
 * device its /dev node (drivers/base/core.c:device_add). A module's exit
 * undoes both in the other order:
 *
 *   init:  alloc_chrdev_region -> cdev_add -> class_create -> device_create
 *   exit:  device_destroy -> class_destroy -> cdev_del -> unregister_chrdev_region
 *
 * The class keeps the list of its live devices, which device_destroy()
 * searches by device number.
 *
 * Linux 2.6.32 registers a class as a kobject (/sys/class/NAME, with a
 * link per device) and gives class_create a lockdep key; Linnet has no
 * sysfs and no lockdep, so a class is its name, its owner and its device
 * list, and __class_create takes no key. class_create still returns an
 * ERR_PTR on failure, as callers check with IS_ERR(). See
 * docs/drivers-core.md.
 */
#include <linux/device.h>
#include <linux/err.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/slab.h>

/**
 * class_register - make a class (usually a static one) usable
 * @cls: the class, with its name set
 *
 * Context: process context.
 * Return: 0, or -EINVAL for a class without a name.
 */
int class_register(struct class *cls)
{
	if (!cls->name)
		return -EINVAL;
	mutex_init(&cls->devices_lock);
	INIT_LIST_HEAD(&cls->devices);
	return 0;
}
EXPORT_SYMBOL_GPL(class_register);

/**
 * class_unregister - a class goes; its devices must be gone first
 * @cls: the class
 *
 * Context: process context.
 */
void class_unregister(struct class *cls)
{
	WARN(!list_empty(&cls->devices), "class '%s' unregistered with devices left\n", cls->name);
	if (cls->class_release)
		cls->class_release(cls);
}
EXPORT_SYMBOL_GPL(class_unregister);

static void class_create_release(struct class *cls)
{
	kfree(cls);
}

/**
 * __class_create - allocate and register a class (class_create())
 * @owner: the module making it (THIS_MODULE)
 * @name: its name; the string must stay until class_destroy()
 *
 * Context: process context; may sleep.
 * Return: the class, or ERR_PTR(-ENOMEM) or ERR_PTR(-EINVAL).
 */
struct class *__class_create(struct module *owner, const char *name)
{
	struct class *cls = kzalloc(sizeof(*cls), GFP_KERNEL);
	int err;

	if (!cls)
		return ERR_PTR(-ENOMEM);
	cls->name = name;
	cls->owner = owner;
	cls->class_release = class_create_release;
	err = class_register(cls);
	if (err) {
		kfree(cls);
		return ERR_PTR(err);
	}
	return cls;
}
EXPORT_SYMBOL_GPL(__class_create);

/**
 * class_destroy - unregister and free a class from class_create()
 * @cls: the class, or an error pointer or NULL (then nothing happens)
 *
 * Context: process context.
 */
void class_destroy(struct class *cls)
{
	if (IS_ERR_OR_NULL(cls))
		return;
	class_unregister(cls);
}
EXPORT_SYMBOL_GPL(class_destroy);
