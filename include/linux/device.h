/*
 * linux/device.h - the driver core's struct device, and managed resources.
 *
 * Every device the kernel knows is a struct device: a name, a parent, a
 * reference count, and a release() that frees the structure when the last
 * reference goes. Code that keeps a pointer to a device takes a reference
 * (get_device) and drops it (put_device); nobody frees a device directly.
 * device_register() = device_initialize() (count 1) + device_add() (the
 * device is live); device_unregister() = device_del() + put_device().
 *
 * Managed resources ("devres", devm_*): a driver that allocates memory or
 * an interrupt with devm_kmalloc() or devm_request_irq() never frees them:
 * each is recorded on the device's devres list, and all are released, the
 * newest first, when the device goes (device_del), so error paths and
 * remove functions cannot forget one. drivers/base/core.c and
 * drivers/base/devres.c implement them.
 *
 * Linux 2.6.32 builds struct device on a kobject (sysfs, uevents, buses,
 * drivers, power management); Linnet has none of those, so its device is a
 * name, a parent, a kref and the devres list, and device_add() only marks
 * it live. Devres is as in 2.6.32 (it arrived in 2.6.21). See
 * docs/drivers-core.md.
 */
#ifndef _LINUX_DEVICE_H
#define _LINUX_DEVICE_H

#include <linux/errno.h>
#include <linux/kref.h>
#include <linux/list.h>
#include <linux/spinlock.h>
#include <linux/types.h>
#include <linux/gfp.h>
#include <linux/printk.h>
#include <linux/interrupt.h>

#define DEVICE_NAME_SIZE 32

/**
 * struct device - a device, as the driver core sees it
 * @parent: the device it hangs off (a bus controller...), or NULL
 * @name: its name, set by dev_set_name()
 * @kref: the reference count; the last put_device() calls @release
 * @release: frees the structure; every device needs one
 * @devres_lock: protects @devres_head
 * @devres_head: the managed resources, newest first
 * @driver_data: for the driver (dev_get_drvdata)
 * @added: between device_add() and device_del()
 */
struct device {
	struct device *parent;
	char name[DEVICE_NAME_SIZE];
	struct kref kref;
	void (*release)(struct device *dev);
	spinlock_t devres_lock;
	struct list_head devres_head;
	void *driver_data;
	bool added;
};

/* dev_name - the device's name */
static inline const char *dev_name(const struct device *dev)
{
	return dev->name;
}

static inline void *dev_get_drvdata(const struct device *dev)
{
	return dev->driver_data;
}

static inline void dev_set_drvdata(struct device *dev, void *data)
{
	dev->driver_data = data;
}

__printf(2, 3) int dev_set_name(struct device *dev, const char *fmt, ...);
void device_initialize(struct device *dev);
int device_add(struct device *dev);
void device_del(struct device *dev);
int device_register(struct device *dev);
void device_unregister(struct device *dev);
struct device *get_device(struct device *dev);
void put_device(struct device *dev);

/* devres: managed resources, released in reverse order when the device goes */
typedef void (*dr_release_t)(struct device *dev, void *res);
void *devres_alloc(dr_release_t release, size_t size, gfp_t gfp);
void devres_free(void *res);
void devres_add(struct device *dev, void *res);
int devres_release_all(struct device *dev);

void *devm_kmalloc(struct device *dev, size_t size, gfp_t gfp);
void devm_kfree(struct device *dev, const void *p);
int devm_add_action(struct device *dev, void (*action)(void *), void *data);
int devm_add_action_or_reset(struct device *dev, void (*action)(void *), void *data);
void devm_remove_action(struct device *dev, void (*action)(void *), void *data);
void devm_release_action(struct device *dev, void (*action)(void *), void *data);
int devm_request_irq(struct device *dev, unsigned int irq, irq_handler_t handler,
		     unsigned long irqflags, const char *devname, void *dev_id);
void devm_free_irq(struct device *dev, unsigned int irq, void *dev_id);

/* devm_kzalloc - devm_kmalloc(), zeroed */
static inline void *devm_kzalloc(struct device *dev, size_t size, gfp_t gfp)
{
	return devm_kmalloc(dev, size, gfp | __GFP_ZERO);
}

/* devm_kmalloc_array - devm_kmalloc() of @n * @size, NULL if that overflows */
static inline void *devm_kmalloc_array(struct device *dev, size_t n, size_t size, gfp_t flags)
{
	if (size != 0 && n > ~(size_t)0 / size)
		return NULL;
	return devm_kmalloc(dev, n * size, flags);
}

/* devm_kcalloc - devm_kmalloc_array(), zeroed */
static inline void *devm_kcalloc(struct device *dev, size_t n, size_t size, gfp_t flags)
{
	return devm_kmalloc_array(dev, n, size, flags | __GFP_ZERO);
}

/* dev_printk and friends: "name: message", as Linux's (less the driver's name) */
#define dev_printk(level, dev, fmt, ...) printk(level "%s: " fmt, dev_name(dev), ##__VA_ARGS__)
#define dev_emerg(dev, fmt, ...) dev_printk(KERN_EMERG, dev, fmt, ##__VA_ARGS__)
#define dev_alert(dev, fmt, ...) dev_printk(KERN_ALERT, dev, fmt, ##__VA_ARGS__)
#define dev_crit(dev, fmt, ...) dev_printk(KERN_CRIT, dev, fmt, ##__VA_ARGS__)
#define dev_err(dev, fmt, ...) dev_printk(KERN_ERR, dev, fmt, ##__VA_ARGS__)
#define dev_warn(dev, fmt, ...) dev_printk(KERN_WARNING, dev, fmt, ##__VA_ARGS__)
#define dev_notice(dev, fmt, ...) dev_printk(KERN_NOTICE, dev, fmt, ##__VA_ARGS__)
#define dev_info(dev, fmt, ...) dev_printk(KERN_INFO, dev, fmt, ##__VA_ARGS__)
#define dev_dbg(dev, fmt, ...) dev_printk(KERN_DEBUG, dev, fmt, ##__VA_ARGS__)

#endif /* _LINUX_DEVICE_H */
