/*
 * drivers/base/core.c - struct device: names, references, add and delete.
 *
 * A device's life has two counts that must not be confused. device_add()
 * and device_del() say whether the device is live (in Linux: visible in
 * sysfs and on its bus); the reference count says whether the structure
 * may be freed. A device that is deleted can still be referenced: its
 * memory stays until the last put_device() calls its release(). That is
 * why a driver must never kfree() a registered device itself.
 *
 * device_del() also releases the device's managed resources
 * (drivers/base/devres.c), newest first: the device is going, and what it
 * held goes with it. The final release does the same for a device that
 * was never added.
 *
 * A device with a device number (devt) is a node in /dev while it is
 * live: device_add() asks devtmpfs for /dev/NAME and device_del() removes
 * it, as 2.6.32 does with CONFIG_DEVTMPFS. That is how a module gets its
 * node: device_create() in init, device_destroy() in exit.
 *
 *   device_create(cls, NULL, devt, NULL, "foo%d", 0)
 *     -> kzalloc a device, name it, devt, class -> device_register
 *        -> device_add -> on cls->devices, devtmpfs_create_node("foo0")
 *
 * As in 2.6.32 the device is a kobject in the devices kset, and
 * device_add() is kobject_add() plus the sysfs files of a device:
 *
 *   /sys/devices/virtual/CLASS/NAME/    the device (a class device with
 *       uevent, dev ("MAJ:MIN")         no parent; get_device_parent)
 *       subsystem -> ../../../../class/CLASS
 *   /sys/class/CLASS/NAME -> ../../devices/virtual/CLASS/NAME
 *   /sys/dev/char/MAJ:MIN -> ../../devices/virtual/CLASS/NAME
 *
 * The reference count is the kobject's; the last put_device() reaches
 * device_release() through the kobject type. Linnet has no buses,
 * drivers, device types or power management (include/linux/device.h).
 *
 * A node may live in a subdirectory of /dev: the class's devnode() names
 * it ("input/mice" for the device "mice"), or the device's own name has a
 * '/' in it. A device name is a sysfs file name in 2.6.32, where '/' is
 * impossible, so dev_set_name() stores "snd/controlC0" as "snd!controlC0"
 * and device_get_devnode() turns the '!' back into '/' for devtmpfs,
 * which makes the directories (drivers/base/devtmpfs.c). As in 2.6.32.
 * See docs/drivers-core.md.
 */
#include <linux/device.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/kdev_t.h>
#include <linnet/devtmpfs.h>
#include <linux/kobject.h>
#include <linux/sysfs.h>
#include <linux/init.h>
#include "base.h"

/* Name @dev from a va_list; a '/' becomes '!' (kobject_set_name_vargs) */
static int dev_vset_name(struct device *dev, const char *fmt, va_list args)
{
	return kobject_set_name_vargs(&dev->kobj, fmt, args);
}

/**
 * dev_set_name - name a device
 * @dev: the device
 * @fmt: printf format for the name; a '/' in it is stored as '!'
 *
 * Context: process context; allocates the name.
 * Return: 0, or -ENOMEM.
 */
int dev_set_name(struct device *dev, const char *fmt, ...)
{
	va_list args;
	int err;

	va_start(args, fmt);
	err = dev_vset_name(dev, fmt, args);
	va_end(args);
	return err;
}
EXPORT_SYMBOL_GPL(dev_set_name);

/* /sys/devices, /sys/dev, /sys/dev/char, /sys/devices/virtual (driver_init) */
static struct kset *devices_kset;
static struct kobject *dev_kobj;
struct kobject *sysfs_dev_char_kobj;
static struct kobject *virtual_dir;

/* The last reference went (kobject_put): the device's own release frees it */
static void device_release(struct kobject *kobj)
{
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	struct device *dev = to_dev(kobj);

	devres_release_all(dev);
	if (dev->release)
		dev->release(dev);
	else if (dev->class && dev->class->dev_release)
		dev->class->dev_release(dev);
	else
		WARN(1,
		     "Device '%s' does not have a release() function, it is broken and must be fixed.\n",
		     dev_name(dev));
}

#define to_dev_attr(_attr) container_of(_attr, struct device_attribute, attr)

static ssize_t dev_attr_show(struct kobject *kobj, struct attribute *attr, char *buf)
{
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	struct device_attribute *dev_attr = to_dev_attr(attr);

	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	return dev_attr->show ? dev_attr->show(to_dev(kobj), dev_attr, buf) : -EIO;
}

static ssize_t dev_attr_store(struct kobject *kobj, struct attribute *attr, const char *buf,
			      size_t count)
{
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	struct device_attribute *dev_attr = to_dev_attr(attr);

	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	return dev_attr->store ? dev_attr->store(to_dev(kobj), dev_attr, buf, count) : -EIO;
}

static const struct sysfs_ops dev_sysfs_ops = {
	.show = dev_attr_show,
	.store = dev_attr_store,
};

static struct kobj_type device_ktype = {
	.release = device_release,
	.sysfs_ops = &dev_sysfs_ops,
};

/**
 * device_initialize - prepare a device; its count starts at 1
 * @dev: the device (embedded in the caller's structure, zeroed)
 *
 * After this, the only way to free @dev is put_device().
 *
 * Context: any.
 */
void device_initialize(struct device *dev)
{
	dev->kobj.kset = devices_kset;
	kobject_init(&dev->kobj, &device_ktype);
	spin_lock_init(&dev->devres_lock);
	INIT_LIST_HEAD(&dev->devres_head);
	INIT_LIST_HEAD(&dev->class_node);
	dev->added = false;
}
EXPORT_SYMBOL_GPL(device_initialize);

/**
 * get_device - take a reference to a device
 * @dev: the device, or NULL
 *
 * Context: any.
 * Return: @dev.
 */
struct device *get_device(struct device *dev)
{
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	return dev ? to_dev(kobject_get(&dev->kobj)) : NULL;
}
EXPORT_SYMBOL_GPL(get_device);

/**
 * put_device - drop a reference; the last one releases the device
 * @dev: the device, or NULL
 *
 * Context: process context (the release may remove sysfs files).
 */
void put_device(struct device *dev)
{
	if (dev)
		kobject_put(&dev->kobj);
}
EXPORT_SYMBOL_GPL(put_device);

/**
 * device_create_file - make a file in a device's sysfs directory
 * @dev: the device, added
 * @attr: the attribute (DEVICE_ATTR's dev_attr_NAME); it must stay until removed
 *
 * Context: process context; may sleep.
 * Return: 0 or a negative errno (sysfs_create_file's).
 */
int device_create_file(struct device *dev, struct device_attribute *attr)
{
	return dev ? sysfs_create_file(&dev->kobj, &attr->attr) : 0;
}
EXPORT_SYMBOL_GPL(device_create_file);

/**
 * device_remove_file - remove a file made by device_create_file()
 * @dev: the device
 * @attr: the attribute
 *
 * Context: process context; may sleep.
 */
void device_remove_file(struct device *dev, struct device_attribute *attr)
{
	if (dev)
		sysfs_remove_file(&dev->kobj, &attr->attr);
}
EXPORT_SYMBOL_GPL(device_remove_file);

/**
 * device_create_bin_file - make a binary file in a device's sysfs directory
 * @dev: the device
 * @attr: the binary attribute
 *
 * Context: process context; may sleep.
 * Return: 0, -EINVAL (no device) or sysfs_create_bin_file()'s error.
 */
int device_create_bin_file(struct device *dev, struct bin_attribute *attr)
{
	return dev ? sysfs_create_bin_file(&dev->kobj, attr) : -EINVAL;
}
EXPORT_SYMBOL_GPL(device_create_bin_file);

/**
 * device_remove_bin_file - remove a file made by device_create_bin_file()
 * @dev: the device
 * @attr: the binary attribute
 *
 * Context: process context; may sleep.
 */
void device_remove_bin_file(struct device *dev, struct bin_attribute *attr)
{
	if (dev)
		sysfs_remove_bin_file(&dev->kobj, attr);
}
EXPORT_SYMBOL_GPL(device_remove_bin_file);

/**
 * device_get_devnode - the path of a device's node inside /dev
 * @dev: the device
 * @mode: where the class's devnode() may put a mode (0: the default), or NULL
 * @tmp: set to memory the caller must kfree() when done with the result
 *
 * The class's devnode() decides if it gives a name; otherwise it is the
 * device's name with each '!' turned back into '/'.
 *
 * Context: process context; may sleep.
 * Return: the path, or NULL if there was no memory for it.
 */
const char *device_get_devnode(struct device *dev, mode_t *mode, const char **tmp)
{
	char *s, *p;

	s = dev->class && dev->class->devnode ? dev->class->devnode(dev, mode) : NULL;
	*tmp = s;
	if (s || !strchr(dev_name(dev), '!'))
		return s ?: dev_name(dev);
	s = kstrdup(dev_name(dev), GFP_KERNEL);
	if (!s)
		return NULL;
	for (p = s; (p = strchr(p, '!'));)
		*p = '/';
	*tmp = s;
	return s;
}

/* Make or remove @dev's node in devtmpfs (2.6.32's devtmpfs_create/delete_node(dev)) */
static void device_node(struct device *dev, bool create)
{
	const char *tmp;
	const char *nodename;
	mode_t mode = 0;

	nodename = device_get_devnode(dev, &mode, &tmp);
	if (!nodename)
		return;
	if (create)
		devtmpfs_create_node(nodename, mode, dev->devt);
	else
		devtmpfs_delete_node(nodename);
	kfree(tmp);
}

/* The variables of a device's uevent: its number, node and class's own */
static int dev_uevent(struct kset *kset, struct kobject *kobj, struct kobj_uevent_env *env)
{
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	struct device *dev = to_dev(kobj);

	if (MAJOR(dev->devt)) {
		const char *tmp;
		const char *name;
		mode_t mode = 0;

		add_uevent_var(env, "MAJOR=%u", MAJOR(dev->devt));
		add_uevent_var(env, "MINOR=%u", MINOR(dev->devt));
		name = device_get_devnode(dev, &mode, &tmp);
		if (name) {
			add_uevent_var(env, "DEVNAME=%s", name);
			kfree(tmp);
			if (mode)
				add_uevent_var(env, "DEVMODE=%#o", mode & 0777);
		}
	}
	if (dev->class && dev->class->dev_uevent)
		return dev->class->dev_uevent(dev, env);
	return 0;
}

/* Only devices send uevents through the devices kset (not its glue dirs) */
static int dev_uevent_filter(struct kset *kset, struct kobject *kobj)
{
	return kobj->ktype == &device_ktype;
}

static const struct kset_uevent_ops device_uevent_ops = {
	.filter = dev_uevent_filter,
	.uevent = dev_uevent,
};

/* uevent: the variables the device's uevent carries, one per line */
static ssize_t show_uevent(struct device *dev, struct device_attribute *attr, char *buf)
{
	struct kobj_uevent_env *env = kzalloc(sizeof(*env), GFP_KERNEL);
	size_t count = 0;
	int i;

	if (!env)
		return -ENOMEM;
	if (!dev_uevent(devices_kset, &dev->kobj, env))
		for (i = 0; i < env->envp_idx; i++)
			count += sprintf(&buf[count], "%s\n", env->envp[i]);
	kfree(env);
	return count;
}

/* Writing an action to uevent re-sends the event ("add" for anything unknown) */
static ssize_t store_uevent(struct device *dev, struct device_attribute *attr, const char *buf,
			    size_t count)
{
	enum kobject_action action;

	if (kobject_action_type(buf, count, &action) == 0) {
		kobject_uevent(&dev->kobj, action);
		return count;
	}
	dev_err(dev,
		"uevent: unsupported action-string; this will be ignored in a future kernel version\n");
	kobject_uevent(&dev->kobj, KOBJ_ADD);
	return count;
}

static struct device_attribute uevent_attr =
	__ATTR(uevent, S_IRUGO | S_IWUSR, show_uevent, store_uevent);

/* dev: the device number as MAJ:MIN */
static ssize_t show_dev(struct device *dev, struct device_attribute *attr, char *buf)
{
	return sprintf(buf, "%u:%u\n", MAJOR(dev->devt), MINOR(dev->devt));
}

static struct device_attribute devt_attr = __ATTR(dev, S_IRUGO, show_dev, NULL);

/*
 * The kobject a device's directory goes in: a class device with no parent
 * in /sys/devices/virtual/CLASS (made with the first such device), any
 * other in its parent's, else /sys/devices. Class devices with a parent
 * go straight under it (2.6.32 adds a CLASS directory there).
 */
static struct kobject *get_device_parent(struct device *dev)
{
	struct class *cls = dev->class;
	struct kobject *glue;

	if (!cls || dev->parent)
		return dev->parent ? &dev->parent->kobj : NULL;
	mutex_lock(&cls->devices_lock);
	if (!cls->glue_dir && virtual_dir)
		cls->glue_dir = kobject_create_and_add(cls->name, virtual_dir);
	glue = cls->glue_dir;
	if (glue)
		cls->glue_users++;
	mutex_unlock(&cls->devices_lock);
	return glue;
}

/* A device left the glue directory: the last one takes it away */
static void cleanup_glue_dir(struct device *dev, struct kobject *glue)
{
	struct class *cls = dev->class;

	if (!cls || !glue || glue != cls->glue_dir)
		return;
	mutex_lock(&cls->devices_lock);
	if (--cls->glue_users == 0) {
		cls->glue_dir = NULL;
		kobject_put(glue);
	}
	mutex_unlock(&cls->devices_lock);
}

/* subsystem -> the class, /sys/class/CLASS/NAME -> the device, device -> parent */
static int device_add_class_symlinks(struct device *dev)
{
	int error;

	if (!dev->class || !dev->class->kobj)
		return 0;
	error = sysfs_create_link(&dev->kobj, dev->class->kobj, "subsystem");
	if (error)
		return error;
	error = sysfs_create_link(dev->class->kobj, &dev->kobj, dev_name(dev));
	if (!error && dev->parent) {
		error = sysfs_create_link(&dev->kobj, &dev->parent->kobj, "device");
		if (error)
			sysfs_remove_link(dev->class->kobj, dev_name(dev));
	}
	if (error)
		sysfs_remove_link(&dev->kobj, "subsystem");
	return error;
}

static void device_remove_class_symlinks(struct device *dev)
{
	if (!dev->class || !dev->class->kobj)
		return;
	if (dev->parent)
		sysfs_remove_link(&dev->kobj, "device");
	sysfs_remove_link(dev->class->kobj, dev_name(dev));
	sysfs_remove_link(&dev->kobj, "subsystem");
}

/* Where a device's MAJ:MIN link goes: its class's choice, else /sys/dev/char */
static struct kobject *device_to_dev_kobj(struct device *dev)
{
	return dev->class && dev->class->dev_kobj ? dev->class->dev_kobj : sysfs_dev_char_kobj;
}

/* /sys/dev/char/MAJ:MIN -> the device */
static int device_sys_dev_entry(struct device *dev, bool create)
{
	struct kobject *kobj = device_to_dev_kobj(dev);
	char devt_str[15];

	if (!kobj)
		return 0;
	snprintf(devt_str, sizeof(devt_str), "%u:%u", MAJOR(dev->devt), MINOR(dev->devt));
	if (create)
		return sysfs_create_link(kobj, &dev->kobj, devt_str);
	sysfs_remove_link(kobj, devt_str);
	return 0;
}

/* The class's attributes for each of its devices (class->dev_attrs) */
static int device_add_attrs(struct device *dev)
{
	struct device_attribute *attrs = dev->class ? dev->class->dev_attrs : NULL;
	int error = 0, i;

	for (i = 0; attrs && attrs[i].attr.name && !error; i++)
		error = device_create_file(dev, &attrs[i]);
	if (error)
		while (--i >= 0)
			device_remove_file(dev, &attrs[i]);
	return error;
}

static void device_remove_attrs(struct device *dev)
{
	struct device_attribute *attrs = dev->class ? dev->class->dev_attrs : NULL;
	int i;

	for (i = 0; attrs && attrs[i].attr.name; i++)
		device_remove_file(dev, &attrs[i]);
}

/* The device number's files: dev, the MAJ:MIN link, the /dev node */
static int device_add_devt(struct device *dev)
{
	int error;

	if (!MAJOR(dev->devt))
		return 0;
	error = device_create_file(dev, &devt_attr);
	if (error)
		return error;
	error = device_sys_dev_entry(dev, true);
	if (error) {
		device_remove_file(dev, &devt_attr);
		return error;
	}
	device_node(dev, true);
	return 0;
}

static void device_remove_devt(struct device *dev)
{
	if (!MAJOR(dev->devt))
		return;
	device_node(dev, false);
	device_sys_dev_entry(dev, false);
	device_remove_file(dev, &devt_attr);
}

/* Everything in sysfs after the directory; undone in reverse on error */
static int device_add_sysfs(struct device *dev)
{
	int error = device_create_file(dev, &uevent_attr);

	if (error)
		return error;
	error = device_add_devt(dev);
	if (error)
		goto out_uevent;
	error = device_add_class_symlinks(dev);
	if (error)
		goto out_devt;
	error = device_add_attrs(dev);
	if (!error)
		return 0;
	device_remove_class_symlinks(dev);
out_devt:
	device_remove_devt(dev);
out_uevent:
	device_remove_file(dev, &uevent_attr);
	return error;
}

/**
 * device_add - make an initialised device live
 * @dev: the device, named
 *
 * Adds its kobject (its sysfs directory, get_device_parent says where),
 * its files and links, the /dev node of a device with a number, puts it
 * on its class's list and sends KOBJ_ADD. It takes a reference to the
 * parent, held until device_del(). As in 2.6.32, a node that cannot be
 * made (the name is taken) does not fail the add; a name taken in sysfs
 * does (-EEXIST, with sysfs's warning).
 *
 * Context: process context.
 * Return: 0, -EINVAL if @dev has no name, or the error of kobject_add or
 * of a sysfs file (then nothing of it is left).
 */
int device_add(struct device *dev)
{
	struct kobject *kobj;
	int error;

	if (!dev || !dev_name(dev) || !dev_name(dev)[0])
		return -EINVAL;
	get_device(dev);
	get_device(dev->parent);
	kobj = get_device_parent(dev);
	error = kobject_add(&dev->kobj, kobj, NULL);
	if (error)
		goto out_glue;
	error = device_add_sysfs(dev);
	if (error)
		goto out_del;
	kobject_uevent(&dev->kobj, KOBJ_ADD);
	if (dev->class) {
		mutex_lock(&dev->class->devices_lock);
		list_add_tail(&dev->class_node, &dev->class->devices);
		mutex_unlock(&dev->class->devices_lock);
	}
	dev->added = true;
	put_device(dev);
	return 0;
out_del:
	kobject_del(&dev->kobj);
out_glue:
	cleanup_glue_dir(dev, kobj);
	put_device(dev->parent);
	put_device(dev);
	return error;
}
EXPORT_SYMBOL_GPL(device_add);

/**
 * device_del - make a device no longer live
 * @dev: the device, added
 *
 * Takes it off its class's list, removes its /dev node and its sysfs
 * directory (sending KOBJ_REMOVE), releases its managed resources and
 * drops the reference to the parent. The caller's reference stays.
 *
 * Context: process context.
 */
void device_del(struct device *dev)
{
	struct kobject *glue = dev->kobj.parent;

	if (WARN_ON(!dev->added))
		return;
	dev->added = false;
	if (dev->class) {
		mutex_lock(&dev->class->devices_lock);
		list_del_init(&dev->class_node);
		mutex_unlock(&dev->class->devices_lock);
	}
	device_remove_attrs(dev);
	device_remove_class_symlinks(dev);
	device_remove_devt(dev);
	device_remove_file(dev, &uevent_attr);
	kobject_uevent(&dev->kobj, KOBJ_REMOVE);
	kobject_get(glue);
	kobject_del(&dev->kobj);
	cleanup_glue_dir(dev, glue);
	kobject_put(glue);
	devres_release_all(dev);
	put_device(dev->parent);
}
EXPORT_SYMBOL_GPL(device_del);

/**
 * device_register - device_initialize() and device_add()
 * @dev: the device
 *
 * On failure the caller must still put_device(), as in Linux.
 *
 * Context: process context.
 * Return: 0 or a negative errno from device_add().
 */
int device_register(struct device *dev)
{
	device_initialize(dev);
	return device_add(dev);
}
EXPORT_SYMBOL_GPL(device_register);

/**
 * device_unregister - device_del() and drop the registration's reference
 * @dev: the device
 *
 * Context: process context.
 */
void device_unregister(struct device *dev)
{
	device_del(dev);
	put_device(dev);
}
EXPORT_SYMBOL_GPL(device_unregister);

static void device_create_release(struct device *dev)
{
	kfree(dev);
}

/**
 * device_create_vargs - device_create() with a va_list
 * @cls: the class, or NULL
 * @parent: the parent device, or NULL
 * @devt: the device number (0: no /dev node)
 * @drvdata: for dev_get_drvdata()
 * @fmt: printf format of the device's (and the node's) name
 * @args: its arguments
 *
 * Context: process context; may sleep.
 * Return: the device, or ERR_PTR(-ENODEV) for a class that is an error
 * pointer, -ENOMEM, or device_add()'s error.
 */
struct device *device_create_vargs(struct class *cls, struct device *parent, dev_t devt,
				   void *drvdata, const char *fmt, va_list args)
{
	struct device *dev;
	int err = -ENODEV;

	if (IS_ERR_OR_NULL(cls))
		goto error;
	err = -ENOMEM;
	dev = kzalloc(sizeof(*dev), GFP_KERNEL);
	if (!dev)
		goto error;
	device_initialize(dev);
	dev->devt = devt;
	dev->class = cls;
	dev->parent = parent;
	dev->release = device_create_release;
	dev_set_drvdata(dev, drvdata);
	dev_vset_name(dev, fmt, args);
	err = device_add(dev);
	if (!err)
		return dev;
	put_device(dev);
error:
	return ERR_PTR(err);
}
EXPORT_SYMBOL_GPL(device_create_vargs);

/**
 * device_create - make a device of a class, and its /dev node
 * @cls: the class (from class_create)
 * @parent: the parent device, or NULL
 * @devt: the device number (0: no /dev node)
 * @drvdata: for dev_get_drvdata()
 * @fmt: printf format of the device's name, which is the node's
 *
 * The device is freed by device_destroy() (or device_unregister()).
 * Only GPL modules may call it, as in 2.6.32.
 *
 * Context: process context; may sleep.
 * Return: the device, or an ERR_PTR.
 */
struct device *device_create(struct class *cls, struct device *parent, dev_t devt, void *drvdata,
			     const char *fmt, ...)
{
	struct device *dev;
	va_list args;

	va_start(args, fmt);
	dev = device_create_vargs(cls, parent, devt, drvdata, fmt, args);
	va_end(args);
	return dev;
}
EXPORT_SYMBOL_GPL(device_create);

/* The live device of @cls numbered @devt, with a reference; or NULL */
static struct device *class_find_devt(struct class *cls, dev_t devt)
{
	struct device *dev, *found = NULL;

	mutex_lock(&cls->devices_lock);
	list_for_each_entry(dev, &cls->devices, class_node)
		if (dev->devt == devt) {
			found = get_device(dev);
			break;
		}
	mutex_unlock(&cls->devices_lock);
	return found;
}

/**
 * device_destroy - remove a device made by device_create(), and its node
 * @cls: its class
 * @devt: its device number
 *
 * Nothing happens if @cls has no such device.
 *
 * Context: process context; may sleep.
 */
void device_destroy(struct class *cls, dev_t devt)
{
	struct device *dev = class_find_devt(cls, devt);

	if (dev) {
		put_device(dev);
		device_unregister(dev);
	}
}
EXPORT_SYMBOL_GPL(device_destroy);

/**
 * devices_init - make /sys/devices, /sys/devices/virtual and /sys/dev/char
 *
 * Context: boot (driver_init), before any device is added.
 * Return: 0 or -ENOMEM.
 */
static int __init devices_init(void)
{
	devices_kset = kset_create_and_add("devices", &device_uevent_ops, NULL);
	if (!devices_kset)
		return -ENOMEM;
	virtual_dir = kobject_create_and_add("virtual", &devices_kset->kobj);
	dev_kobj = kobject_create_and_add("dev", NULL);
	if (dev_kobj)
		sysfs_dev_char_kobj = kobject_create_and_add("char", dev_kobj);
	if (!virtual_dir || !sysfs_dev_char_kobj)
		return -ENOMEM;
	return 0;
}

/**
 * driver_init - the driver model's sysfs directories, before the initcalls
 *
 * As 2.6.32's drivers/base/init.c: /sys/devices and /sys/dev, then
 * /sys/class (classes_init). devtmpfs starts at core_initcall in Linnet.
 *
 * Context: boot, the init task, before do_initcalls().
 */
void __init driver_init(void)
{
	if (devices_init() || classes_init())
		printk(KERN_ERR "driver_init: cannot make the driver core's sysfs directories\n");
}
