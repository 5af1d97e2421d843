/*
 * kunit/device.h - a device that lives as long as a test case.
 *
 * kunit_device_register(test, name) makes, names and adds a struct device
 * whose unregistration is a KUnit action, so everything the test hangs on
 * it with devm_*() is released, newest first, when the case ends. Linux's
 * tests use it to exercise managed allocations (overflow_kunit's devm
 * cases). Linux also puts the device on a "kunit" bus in sysfs; Linnet has
 * no buses. See docs/drivers-core.md.
 */
#ifndef _KUNIT_DEVICE_H
#define _KUNIT_DEVICE_H

#include <kunit/test.h>
#include <linux/device.h>

struct device_driver;

struct device *kunit_device_register(struct kunit *test, const char *name);
void kunit_device_unregister(struct kunit *test, struct device *dev);

#endif /* _KUNIT_DEVICE_H */
