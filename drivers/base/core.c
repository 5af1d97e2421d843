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
 * Linux 2.6.32's core.c builds on kobjects, sysfs, buses and uevents;
 * Linnet's keeps the life cycle and leaves those out (see the opening
 * comment of include/linux/device.h). See docs/drivers-core.md.
 */
#include <linux/device.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/module.h>

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
 * It takes a reference to the parent, held until device_del().
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
