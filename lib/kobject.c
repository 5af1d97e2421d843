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
 * kobject_add() puts an object in the hierarchy: its parent is the one
 * given, else its kset's kobject, else none (the top of /sys); it joins
 * its kset's list and gets its sysfs directory with its type's default
 * attributes (create_dir). kobject_del() undoes that; the last
 * kobject_put() of an object still added deletes it first, as 2.6.32's.
 * A kset is a kobject with a list (kset_create_and_add makes /sys/class,
 * /sys/devices...). Read docs/drivers-core.md next.
 */
#include <linux/module.h>
#include <linux/kobject.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/sysfs.h>
#include <linux/err.h>
#include <linux/bug.h>

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
	kobj->state_in_sysfs = 0;
	kobj->state_add_uevent_sent = 0;
	kobj->state_remove_uevent_sent = 0;
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
	if (kobj->state_add_uevent_sent && !kobj->state_remove_uevent_sent)
		kobject_uevent(kobj, KOBJ_REMOVE);
	if (kobj->state_in_sysfs)
		kobject_del(kobj);
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

/* Join the kset's list, taking a reference to the kset */
static void kobj_kset_join(struct kobject *kobj)
{
	if (!kobj->kset)
		return;
	kset_get(kobj->kset);
	spin_lock(&kobj->kset->list_lock);
	list_add_tail(&kobj->entry, &kobj->kset->list);
	spin_unlock(&kobj->kset->list_lock);
}

static void kobj_kset_leave(struct kobject *kobj)
{
	if (!kobj->kset)
		return;
	spin_lock(&kobj->kset->list_lock);
	list_del_init(&kobj->entry);
	spin_unlock(&kobj->kset->list_lock);
	kset_put(kobj->kset);
}

/* The directory and the type's default attributes */
static int create_dir(struct kobject *kobj)
{
	int error = sysfs_create_dir(kobj);

	if (error || !kobj->ktype || !kobj->ktype->default_attrs)
		return error;
	error = sysfs_create_files(kobj, (const struct attribute **)kobj->ktype->default_attrs);
	if (error)
		sysfs_remove_dir(kobj);
	return error;
}

static int kobject_add_internal(struct kobject *kobj)
{
	struct kobject *parent;
	int error;

	if (!kobj)
		return -ENOENT;
	if (!kobj->name || !kobj->name[0]) {
		WARN(1, "kobject: (%p): attempted to be registered with empty name!\n", kobj);
		return -EINVAL;
	}
	parent = kobject_get(kobj->parent);
	if (kobj->kset) {
		if (!parent)
			parent = kobject_get(&kobj->kset->kobj);
		kobj_kset_join(kobj);
		kobj->parent = parent;
	}
	error = create_dir(kobj);
	if (error) {
		kobj_kset_leave(kobj);
		kobject_put(parent);
		kobj->parent = NULL;
		if (error == -EEXIST)
			printk(KERN_ERR
			       "%s failed for %s with -EEXIST, don't try to register things with the same name in the same directory.\n",
			       __func__, kobject_name(kobj));
		else
			printk(KERN_ERR "%s failed for %s (%d)\n", __func__, kobject_name(kobj),
			       error);
		dump_stack();
	} else {
		kobj->state_in_sysfs = 1;
	}
	return error;
}

static int kobject_add_varg(struct kobject *kobj, struct kobject *parent, const char *fmt,
			    va_list vargs)
{
	int retval = kobject_set_name_vargs(kobj, fmt, vargs);

	if (retval) {
		printk(KERN_ERR "kobject: can not set name properly!\n");
		return retval;
	}
	kobj->parent = parent;
	return kobject_add_internal(kobj);
}

/**
 * kobject_add - name an initialised kobject and add it under @parent
 * @kobj: the kobject (kobject_init() done)
 * @parent: its parent; NULL means its kset's kobject, or /sys's top
 * @fmt: its name, printf-style
 *
 * On failure the caller still owns the reference and must kobject_put().
 *
 * Context: process context; may sleep.
 * Return: 0, -EINVAL (not initialised, empty name), -ENOMEM or -EEXIST.
 */
int kobject_add(struct kobject *kobj, struct kobject *parent, const char *fmt, ...)
{
	va_list args;
	int retval;

	if (!kobj)
		return -EINVAL;
	if (!kobj->state_initialized) {
		printk(KERN_ERR
		       "kobject '%s' (%p): tried to add an uninitialized object, something is seriously wrong.\n",
		       kobject_name(kobj), kobj);
		dump_stack();
		return -EINVAL;
	}
	va_start(args, fmt);
	retval = kobject_add_varg(kobj, parent, fmt, args);
	va_end(args);
	return retval;
}
EXPORT_SYMBOL(kobject_add);

/**
 * kobject_init_and_add - kobject_init() then kobject_add()
 * @kobj: the kobject
 * @ktype: its type
 * @parent: its parent, or NULL
 * @fmt: its name, printf-style
 *
 * Context: process context; may sleep.
 * Return: as kobject_add(); on failure kobject_put() the object.
 */
int kobject_init_and_add(struct kobject *kobj, struct kobj_type *ktype, struct kobject *parent,
			 const char *fmt, ...)
{
	va_list args;
	int retval;

	kobject_init(kobj, ktype);
	va_start(args, fmt);
	retval = kobject_add_varg(kobj, parent, fmt, args);
	va_end(args);
	return retval;
}
EXPORT_SYMBOL_GPL(kobject_init_and_add);

/**
 * kobject_del - take a kobject out of the hierarchy (its sysfs directory goes)
 * @kobj: the kobject, or NULL
 *
 * The memory stays until the last kobject_put(). A kobject that is not
 * added is left alone (2.6.32 would drop a kset reference it never took).
 *
 * Context: process context; may sleep.
 */
void kobject_del(struct kobject *kobj)
{
	if (!kobj || !kobj->state_in_sysfs)
		return;
	sysfs_remove_dir(kobj);
	kobj->state_in_sysfs = 0;
	kobj_kset_leave(kobj);
	kobject_put(kobj->parent);
	kobj->parent = NULL;
}
EXPORT_SYMBOL(kobject_del);

/**
 * kobject_rename - give an added kobject a new name (its directory follows)
 * @kobj: the kobject
 * @new_name: the name
 *
 * Context: process context; may sleep.
 * Return: 0, -EINVAL (not added), -ENOMEM or -EEXIST.
 */
int kobject_rename(struct kobject *kobj, const char *new_name)
{
	int error;

	if (!kobj || !kobj->parent || !kobj->sd)
		return -EINVAL;
	error = sysfs_rename_dir(kobj, new_name);
	if (!error)
		error = kobject_set_name(kobj, "%s", new_name);
	return error;
}
EXPORT_SYMBOL_GPL(kobject_rename);

static int get_kobj_path_length(struct kobject *kobj)
{
	int length = 1;

	do {
		if (!kobject_name(kobj))
			return 0;
		length += strlen(kobject_name(kobj)) + 1;
		kobj = kobj->parent;
	} while (kobj);
	return length;
}

/**
 * kobject_get_path - the object's path below /sys ("/devices/virtual/mem/null")
 * @kobj: the kobject
 * @gfp_mask: how to allocate the string
 *
 * Context: as @gfp_mask allows.
 * Return: the path, which the caller kfree()s, or NULL.
 */
char *kobject_get_path(struct kobject *kobj, gfp_t gfp_mask)
{
	int len = get_kobj_path_length(kobj);
	char *path;
	struct kobject *parent;

	if (len == 0)
		return NULL;
	path = kzalloc(len, gfp_mask);
	if (!path)
		return NULL;
	--len;
	for (parent = kobj; parent; parent = parent->parent) {
		int cur = strlen(kobject_name(parent));

		len -= cur;
		memcpy(path + len, kobject_name(parent), cur);
		*(path + --len) = '/';
	}
	return path;
}
EXPORT_SYMBOL_GPL(kobject_get_path);

static void dynamic_kobj_release(struct kobject *kobj)
{
	pr_debug("kobject: (%p): %s\n", kobj, __func__);
	kfree(kobj);
}

static struct kobj_type dynamic_kobj_ktype = {
	.release = dynamic_kobj_release,
	.sysfs_ops = &kobj_sysfs_ops,
};

/**
 * kobject_create - allocate and initialise a kobject that frees itself
 *
 * Context: process context; may sleep.
 * Return: the kobject, or NULL.
 */
struct kobject *kobject_create(void)
{
	struct kobject *kobj = kzalloc(sizeof(*kobj), GFP_KERNEL);

	if (kobj)
		kobject_init(kobj, &dynamic_kobj_ktype);
	return kobj;
}

/**
 * kobject_create_and_add - a plain directory in sysfs (/sys/kernel, /sys/dev/char)
 * @name: its name
 * @parent: its parent, or NULL for /sys's top
 *
 * Its attributes are kobj_attributes. kobject_put() removes it.
 *
 * Context: process context; may sleep.
 * Return: the kobject, or NULL.
 */
struct kobject *kobject_create_and_add(const char *name, struct kobject *parent)
{
	struct kobject *kobj = kobject_create();

	if (!kobj)
		return NULL;
	if (kobject_add(kobj, parent, "%s", name)) {
		printk(KERN_WARNING "%s: kobject_add error\n", __func__);
		kobject_put(kobj);
		kobj = NULL;
	}
	return kobj;
}
EXPORT_SYMBOL_GPL(kobject_create_and_add);

static ssize_t kobj_attr_show(struct kobject *kobj, struct attribute *attr, char *buf)
{
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	struct kobj_attribute *kattr = container_of(attr, struct kobj_attribute, attr);

	return kattr->show ? kattr->show(kobj, kattr, buf) : -EIO;
}

static ssize_t kobj_attr_store(struct kobject *kobj, struct attribute *attr, const char *buf,
			       size_t count)
{
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	struct kobj_attribute *kattr = container_of(attr, struct kobj_attribute, attr);

	return kattr->store ? kattr->store(kobj, kattr, buf, count) : -EIO;
}

/* The sysfs_ops of kobjects whose attributes are kobj_attributes */
const struct sysfs_ops kobj_sysfs_ops = {
	.show = kobj_attr_show,
	.store = kobj_attr_store,
};
EXPORT_SYMBOL_GPL(kobj_sysfs_ops);

/**
 * kset_init - initialise a kset's kobject and list
 * @k: the kset
 *
 * Context: any.
 */
void kset_init(struct kset *k)
{
	kobject_init(&k->kobj, k->kobj.ktype);
	INIT_LIST_HEAD(&k->list);
	spin_lock_init(&k->list_lock);
}

/**
 * kset_register - initialise and add a kset (its name and parent set before)
 * @k: the kset
 *
 * Context: process context; may sleep.
 * Return: 0 or as kobject_add().
 */
int kset_register(struct kset *k)
{
	int err;

	if (!k)
		return -EINVAL;
	kset_init(k);
	err = kobject_add_internal(&k->kobj);
	if (!err)
		kobject_uevent(&k->kobj, KOBJ_ADD);
	return err;
}
EXPORT_SYMBOL(kset_register);

/**
 * kset_unregister - drop the reference kset_register() made
 * @k: the kset, or NULL
 *
 * Context: process context; may sleep.
 */
void kset_unregister(struct kset *k)
{
	if (k)
		kobject_put(&k->kobj);
}
EXPORT_SYMBOL(kset_unregister);

/**
 * kset_find_obj - the member of a kset called @name, with a reference
 * @kset: the kset
 * @name: the name
 *
 * Context: any (takes a spinlock).
 * Return: the kobject (kobject_put() it), or NULL.
 */
struct kobject *kset_find_obj(struct kset *kset, const char *name)
{
	struct kobject *k, *ret = NULL;

	spin_lock(&kset->list_lock);
	list_for_each_entry(k, &kset->list, entry)
		if (kobject_name(k) && !strcmp(kobject_name(k), name)) {
			ret = kobject_get(k);
			break;
		}
	spin_unlock(&kset->list_lock);
	return ret;
}
EXPORT_SYMBOL_GPL(kset_find_obj);

static void kset_release(struct kobject *kobj)
{
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	kfree(container_of(kobj, struct kset, kobj));
}

static struct kobj_type kset_ktype = {
	.sysfs_ops = &kobj_sysfs_ops,
	.release = kset_release,
};

/**
 * kset_create_and_add - make and register a kset (/sys/class, /sys/module...)
 * @name: its name
 * @uevent_ops: what its members' uevents carry, or NULL
 * @parent_kobj: its parent, or NULL for /sys's top
 *
 * Context: process context; may sleep.
 * Return: the kset (kset_unregister() it), or NULL.
 */
struct kset *kset_create_and_add(const char *name, const struct kset_uevent_ops *uevent_ops,
				 struct kobject *parent_kobj)
{
	struct kset *kset = kzalloc(sizeof(*kset), GFP_KERNEL);

	if (!kset)
		return NULL;
	if (kobject_set_name(&kset->kobj, "%s", name)) {
		kfree(kset);
		return NULL;
	}
	kset->uevent_ops = uevent_ops;
	kset->kobj.parent = parent_kobj;
	kset->kobj.ktype = &kset_ktype;
	kset->kobj.kset = NULL;
	if (kset_register(kset)) {
		kfree(kset->kobj.name);
		kfree(kset);
		return NULL;
	}
	return kset;
}
EXPORT_SYMBOL_GPL(kset_create_and_add);
