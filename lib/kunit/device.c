/*
 * lib/kunit/device.c - devices that a test case owns.
 *
 * kunit_device_register() allocates a struct device, names it, registers
 * it, and records device_unregister() as an action of the running case
 * (lib/kunit/resource.c). When the case ends, however it ends, the device
 * goes, and with it every managed resource the test gave it. The device's
 * release() frees the allocation when its last reference goes.
 *
 * Linux's version (lib/kunit/device.c there) also puts the device on a
 * "kunit" bus with a driver; Linnet has no buses. Linux 2.6.32 has no
 * KUnit. See docs/drivers-core.md.
 */
#include <kunit/device.h>
#include <linux/slab.h>

static void kunit_device_release(struct device *dev)
{
	kfree(dev);
}

KUNIT_DEFINE_ACTION_WRAPPER(device_unregister_wrapper, device_unregister, struct device *)

/**
 * kunit_device_register - a device that is unregistered when the case ends
 * @test: the case
 * @name: the device's name
 *
 * Context: process context, inside a KUnit case.
 * Return: the device, or ERR_PTR(-ENOMEM) or another negative errno.
 */
struct device *kunit_device_register(struct kunit *test, const char *name)
{
	struct device *dev = kzalloc(sizeof(*dev), GFP_KERNEL);
	int err;

	if (!dev)
		return ERR_PTR(-ENOMEM);
	device_initialize(dev);
	dev->release = kunit_device_release;
	dev_set_name(dev, "%s", name);
	err = device_add(dev);
	if (err) {
		put_device(dev);
		return ERR_PTR(err);
	}
	err = kunit_add_action_or_reset(test, device_unregister_wrapper, dev);
	if (err)
		return ERR_PTR(err);
	return dev;
}

/**
 * kunit_device_unregister - unregister a kunit_device_register() device now
 * @test: the case
 * @dev: the device
 *
 * Context: process context, inside a KUnit case.
 */
void kunit_device_unregister(struct kunit *test, struct device *dev)
{
	kunit_release_action(test, device_unregister_wrapper, dev);
}
