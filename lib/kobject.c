/*
 * lib/kobject.c - naming and counting kobjects, and freeing them at zero.
 *
 * kobject_init() starts the count at 1 and records the type;
 * kobject_set_name() gives the object a kmalloc'd name (a '/' in it
 * becomes '!', since in Linux the name is a sysfs directory);
 * kobject_get() and kobject_put() count users, and the put that reaches
 * zero calls the type's release(), which frees the object embedding the
 * kobject, then frees the name. Misuse gets 2.6.32's messages: a kobject
 * initialised twice, put without being initialised, or with no release()
 * to free it.
 *
 * Linux 2.6.32 also adds kobjects to sysfs (kobject_add, ksets, uevents);
 * Linnet has no sysfs and leaves that out (linux/kobject.h says more).
 * Read docs/drivers-core.md next.
 */
#include <linux/module.h>
#include <linux/kobject.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/errno.h>

/**
 * kobject_init - initialise a kobject: count 1, no name yet, this type
 * @kobj: the kobject, embedded in the caller's object
 * @ktype: the type, whose release() frees that object
 *
 * Context: any.
 */
void kobject_init(struct kobject *kobj, struct kobj_type *ktype)
{
	char *err_str;

	if (!kobj) {
		err_str = "invalid kobject pointer!";
		goto error;
	}
	if (!ktype) {
		err_str = "must have a ktype to be initialized properly!\n";
		goto error;
	}
	if (kobj->state_initialized) {
		printk(KERN_ERR
		       "kobject (%p): tried to init an initialized object, something is seriously wrong.\n",
		       kobj);
		dump_stack();
	}
	kref_init(&kobj->kref);
	INIT_LIST_HEAD(&kobj->entry);
	kobj->ktype = ktype;
	kobj->state_initialized = 1;
	return;

error:
	printk(KERN_ERR "kobject (%p): %s\n", kobj, err_str);
	dump_stack();
}
EXPORT_SYMBOL(kobject_init);

/**
 * kobject_set_name_vargs - kobject_set_name() with a va_list
 * @kobj: the kobject
 * @fmt: the name's format
 * @vargs: its arguments
 *
 * Context: process context; allocates with GFP_KERNEL.
 * Return: 0, or -ENOMEM (the old name is then kept).
 */
int kobject_set_name_vargs(struct kobject *kobj, const char *fmt, va_list vargs)
{
	const char *old_name = kobj->name;
	char *name, *s;

	if (kobj->name && !fmt)
		return 0;
	name = kvasprintf(GFP_KERNEL, fmt, vargs);
	if (!name)
		return -ENOMEM;
	/* a name is a directory in sysfs: no '/' */
	while ((s = strchr(name, '/')))
		*s = '!';
	kobj->name = name;
	kfree(old_name);
	return 0;
}
EXPORT_SYMBOL(kobject_set_name_vargs);

/**
 * kobject_set_name - name a kobject, printf-style
 * @kobj: the kobject
 * @fmt: the name's format
 *
 * Context: process context; allocates with GFP_KERNEL.
 * Return: 0, or -ENOMEM.
 */
int kobject_set_name(struct kobject *kobj, const char *fmt, ...)
{
	va_list vargs;
	int retval;

	va_start(vargs, fmt);
	retval = kobject_set_name_vargs(kobj, fmt, vargs);
	va_end(vargs);
	return retval;
}
EXPORT_SYMBOL(kobject_set_name);

/**
 * kobject_get - take a reference
 * @kobj: the kobject, or NULL
 *
 * Context: any.
 * Return: @kobj.
 */
struct kobject *kobject_get(struct kobject *kobj)
{
	if (kobj)
		kref_get(&kobj->kref);
	return kobj;
}
EXPORT_SYMBOL(kobject_get);

/* The last reference went: the type frees the object, then the name goes */
static void kobject_release(struct kref *kref)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
	struct kobject *kobj = container_of(kref, struct kobject, kref);
	struct kobj_type *t = kobj->ktype;
	const char *name = kobj->name;

	pr_debug("kobject: '%s' (%p): %s\n", kobject_name(kobj), kobj, __func__);
	if (t && !t->release)
		pr_debug(
			"kobject: '%s' (%p): does not have a release() function, it is broken and must be fixed.\n",
			kobject_name(kobj), kobj);
	if (t && t->release)
		t->release(kobj);
	kfree(name);
}

/**
 * kobject_put - drop a reference; the last one frees the object
 * @kobj: the kobject, or NULL
 *
 * Context: process context (release() may sleep).
 */
void kobject_put(struct kobject *kobj)
{
	if (!kobj)
		return;
	if (!kobj->state_initialized)
		WARN(1,
		     KERN_WARNING
		     "kobject: '%s' (%p): is not initialized, yet kobject_put() is being called.\n",
		     kobject_name(kobj), kobj);
	kref_put(&kobj->kref, kobject_release);
}
EXPORT_SYMBOL(kobject_put);
