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
 * Linux 2.6.32's core.c builds on kobjects, sysfs, buses and uevents;
 * Linnet's keeps the life cycle and leaves those out (see the opening
 * comment of include/linux/device.h): there is no /sys.
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

/*
 * Name @dev from a va_list. A '/' becomes '!', as 2.6.32's
 * kobject_set_name_vargs does: the name is a sysfs file name there.
 */
static int dev_vset_name(struct device *dev, const char *fmt, va_list args)
{
	int len = vsnprintf(dev->name, sizeof(dev->name), fmt, args);
	char *s;

	while ((s = strchr(dev->name, '/')))
		*s = '!';
	return len >= (int)sizeof(dev->name) ? -ENAMETOOLONG : 0;
}

/**
 * dev_set_name - name a device
 * @dev: the device
 * @fmt: printf format for the name; a '/' in it is stored as '!'
 *
 * Context: any.
 * Return: 0, or -ENAMETOOLONG if the name was cut to fit.
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
	kref_init(&dev->kref);
	spin_lock_init(&dev->devres_lock);
	INIT_LIST_HEAD(&dev->devres_head);
	INIT_LIST_HEAD(&dev->class_node);
	dev->added = false;
}
EXPORT_SYMBOL_GPL(device_initialize);

static void device_release(struct kref *kref)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof */
	struct device *dev = container_of(kref, struct device, kref);

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

/**
 * get_device - take a reference to a device
 * @dev: the device, or NULL
 *
 * Context: any.
 * Return: @dev.
 */
struct device *get_device(struct device *dev)
{
	if (dev)
		kref_get(&dev->kref);
	return dev;
}
EXPORT_SYMBOL_GPL(get_device);

/**
 * put_device - drop a reference; the last one releases the device
 * @dev: the device, or NULL
 *
 * Context: any context the device's release() may run in.
 */
void put_device(struct device *dev)
{
	if (dev)
		kref_put(&dev->kref, device_release);
}
EXPORT_SYMBOL_GPL(put_device);

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

/**
 * device_add - make an initialised device live
 * @dev: the device, named
 *
 * It takes a reference to the parent, held until device_del(), puts
 * the device on its class's list and, if it has a device number, makes
 * /dev/NAME in devtmpfs. As in 2.6.32, a node that cannot be made (the
 * name is taken) does not fail the add.
 *
 * Context: process context.
 * Return: 0, or -EINVAL if @dev has no name.
 */
int device_add(struct device *dev)
{
	if (!dev || !dev->name[0])
		return -EINVAL;
	get_device(dev);
	get_device(dev->parent);
	if (dev->class) {
		mutex_lock(&dev->class->devices_lock);
		list_add_tail(&dev->class_node, &dev->class->devices);
		mutex_unlock(&dev->class->devices_lock);
	}
	if (MAJOR(dev->devt))
		device_node(dev, true);
	dev->added = true;
	put_device(dev);
	return 0;
}
EXPORT_SYMBOL_GPL(device_add);

/**
 * device_del - take a device out of use, releasing its managed resources
 * @dev: the device
 *
 * The caller's reference stays: put_device() drops it.
 *
 * Context: process context.
 */
void device_del(struct device *dev)
{
	if (WARN_ON(!dev->added))
		return;
	dev->added = false;
	if (MAJOR(dev->devt))
		device_node(dev, false);
	if (dev->class) {
		mutex_lock(&dev->class->devices_lock);
		list_del_init(&dev->class_node);
		mutex_unlock(&dev->class->devices_lock);
	}
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
