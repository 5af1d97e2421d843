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
 * As in Linux 2.6.32 a registered class is a directory /sys/class/NAME,
 * holding a link per device (drivers/base/core.c adds them), under the
 * kset /sys/class made at boot (classes_init). 2.6.32 gives class_create
 * a lockdep key; Linnet has no lockdep, and __class_create takes none. class_create still returns an
 * ERR_PTR on failure, as callers check with IS_ERR(). See
 * docs/drivers-core.md.
 */
#include <linux/device.h>
#include <linux/err.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/kobject.h>
#include <linux/init.h>
#include "base.h"

/* /sys/class */
static struct kset *class_kset;

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
	if (!cls->dev_kobj)
		cls->dev_kobj = sysfs_dev_char_kobj;
	if (!class_kset)
		return 0;
	cls->kobj = kobject_create_and_add(cls->name, &class_kset->kobj);
	return cls->kobj ? 0 : -EEXIST;
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
	kobject_put(cls->kobj);
	cls->kobj = NULL;
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

/**
 * classes_init - make /sys/class
 *
 * Context: boot (driver_init).
 * Return: 0 or -ENOMEM.
 */
int __init classes_init(void)
{
	class_kset = kset_create_and_add("class", NULL, NULL);
	return class_kset ? 0 : -ENOMEM;
}
