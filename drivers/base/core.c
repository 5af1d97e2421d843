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
 * comment of include/linux/device.h): there is no /sys. 2.6.32 makes the
 * subdirectories of a node named "dir/name"; Linnet's devtmpfs refuses
 * such a name, so that device gets no node. See docs/drivers-core.md.
 */
#include <linux/device.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/kdev_t.h>
#include <linnet/devtmpfs.h>

/**
 * dev_set_name - name a device
 * @dev: the device
 * @fmt: printf format for the name
 *
 * Context: any.
 * Return: 0, or -ENAMETOOLONG if the name was cut to fit.
 */
int dev_set_name(struct device *dev, const char *fmt, ...)
{
	va_list args;
	int len;

	va_start(args, fmt);
	len = vsnprintf(dev->name, sizeof(dev->name), fmt, args);
	va_end(args);
	return len >= (int)sizeof(dev->name) ? -ENAMETOOLONG : 0;
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
		devtmpfs_create_node(dev_name(dev), 0, dev->devt);
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
		devtmpfs_delete_node(dev_name(dev));
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
	vsnprintf(dev->name, sizeof(dev->name), fmt, args);
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
