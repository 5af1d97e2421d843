/*
 * kobject.h - a named, reference-counted object that knows how to free itself.
 *
 * In Linux 2.6 a kobject is embedded in the objects the driver model
 * shares - a struct cdev, a struct device, a module - and gives each a
 * name, a parent, a reference count and a type whose release() frees
 * the object that embeds it when the last reference goes. sysfs shows
 * every registered kobject as a directory (/sys/devices/..., named by
 * kobject_name()). Like a kref (linux/kref.h), nobody frees the object
 * directly: kobject_put() on the last reference calls ktype->release(),
 * then frees the name.
 *
 * A driver meets kobjects through the cdev it embeds: LDD3's scull names
 * its cdev with kobject_set_name(&dev->cdev.kobj, "scull%d", i) and
 * drops a cdev whose cdev_add() failed with kobject_put(&dev->cdev.kobj);
 * cdev_alloc() gives a cdev whose release frees it, so cdev_del() - one
 * kobject_put() - frees it (fs/char_dev.c).
 *
 * Linnet has no sysfs, so a kobject here is the name, the count, the
 * parent pointer and the type: kobject_add(), kset and uevents, which
 * 2.6.32 uses to put the object in sysfs, are left out (struct device
 * counts itself with a kref instead, linux/device.h). The functions and
 * messages are 2.6.32's lib/kobject.c. Read docs/drivers-core.md next.
 */
#ifndef _LINUX_KOBJECT_H
#define _LINUX_KOBJECT_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/kref.h>
#include <linux/kernel.h>
#include <linux/compiler.h>

struct kobject;

/**
 * struct kobj_type - what kind of object embeds a kobject
 * @release: frees the embedding object on the last kobject_put(); a
 *           kobject without one is a bug (the object can never be freed
 *           safely), which kobject_put() reports
 */
struct kobj_type {
	void (*release)(struct kobject *kobj);
};

/**
 * struct kobject - the name, parent, count and type of a shared object
 * @name: kmalloc'd by kobject_set_name(), freed with the object
 * @entry: for the object's owner to list it (a kset's list in 2.6.32)
 * @parent: the object this one belongs under (its sysfs parent in Linux)
 * @ktype: its type: what release() to call
 * @kref: the count; kobject_init() starts it at 1
 * @state_initialized: kobject_init() was called (a second call is a bug)
 */
struct kobject {
	const char *name;
	struct list_head entry;
	struct kobject *parent;
	struct kobj_type *ktype;
	struct kref kref;
	unsigned int state_initialized : 1;
};

void kobject_init(struct kobject *kobj, struct kobj_type *ktype);
__printf(2, 3) int kobject_set_name(struct kobject *kobj, const char *fmt, ...);
int kobject_set_name_vargs(struct kobject *kobj, const char *fmt, va_list vargs);
struct kobject *kobject_get(struct kobject *kobj);
void kobject_put(struct kobject *kobj);

/**
 * kobject_name - the object's name (NULL before kobject_set_name())
 * @kobj: the object
 *
 * Context: any.
 * Return: the name.
 */
static inline const char *kobject_name(const struct kobject *kobj)
{
	return kobj->name;
}

#endif /* _LINUX_KOBJECT_H */
