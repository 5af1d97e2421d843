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
 * Classes (struct class, drivers/base/class.c) group devices by what they
 * do ("tty", "misc", a module's own). device_create() is how a driver gets
 * a /dev node, as in 2.6.32: it makes a device of a class with a device
 * number (devt), and device_add() asks devtmpfs for /dev/NAME;
 * device_destroy() and device_del() remove it.
 *
 * As in Linux 2.6.32, struct device is built on a kobject: device_add()
 * adds it to sysfs, at /sys/devices/virtual/CLASS/NAME for a class device
 * without a parent, with the files uevent and, for a device with a number,
 * dev ("1:3"), the link subsystem to its class, the link
 * /sys/class/CLASS/NAME to it and /sys/dev/char/MAJ:MIN. A driver adds its
 * own files with DEVICE_ATTR and device_create_file(). Linnet has no
 * buses, drivers, device types or power management; a class device with
 * a parent goes directly under the parent's directory (2.6.32 puts it in
 * a directory named after the class there). Devres is as in 2.6.32 (it
 * arrived in 2.6.21). See docs/drivers-core.md.
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
#include <linux/mutex.h>
#include <linux/err.h>
#include <linux/stdarg.h>
#include <linux/stringify.h>
#include <linux/kobject.h>
#include <linux/sysfs.h>

/* the longest name Linnet's devices are given (2.6.32's BUS_ID_SIZE was 20) */
#define DEVICE_NAME_SIZE 32

struct module;
struct device;

struct device_attribute;

/**
 * struct class - a kind of device (2.6.32's include/linux/device.h)
 * @name: the class's name ("tty", "misc"...)
 * @owner: the module that made it (class_create's THIS_MODULE)
 * @dev_attrs: attributes every device of the class gets (ends with __ATTR_NULL)
 * @dev_kobj: where its devices' MAJ:MIN links go (default /sys/dev/char)
 * @dev_uevent: adds the class's variables to a device's uevent
 * @dev_release: frees a device of this class that has no release() of its own
 * @class_release: frees the class (class_create's sets it)
 * @devnode: the path of a device's node inside /dev ("input/mice"), in
 *           memory the caller kfree()s; it may set *mode; NULL (or a NULL
 *           result) means the device's name
 * @devices_lock: protects @devices (2.6.32's class_private.class_mutex)
 * @devices: the class's live devices, by device.class_node
 * @kobj: its directory /sys/class/NAME (2.6.32's class_private.class_subsys)
 * @glue_dir: /sys/devices/virtual/NAME, while devices without a parent exist
 * @glue_users: how many devices are in @glue_dir
 *
 * 2.6.32 keeps @devices_lock, @devices, @kobj and the glue directories in a
 * struct class_private; Linnet keeps them here.
 */
struct class {
	const char *name;
	struct module *owner;
	struct device_attribute *dev_attrs;
	struct kobject *dev_kobj;
	int (*dev_uevent)(struct device *dev, struct kobj_uevent_env *env);
	void (*dev_release)(struct device *dev);
	void (*class_release)(struct class *cls);
	char *(*devnode)(struct device *dev, mode_t *mode);
	struct mutex devices_lock;
	struct list_head devices;
	struct kobject *kobj;
	struct kobject *glue_dir;
	unsigned int glue_users;
};

/**
 * struct device - a device, as the driver core sees it
 * @parent: the device it hangs off (a bus controller...), or NULL
 * @kobj: its kobject: its name, its reference count, its sysfs directory
 * @release: frees the structure; every device needs one
 * @devres_lock: protects @devres_head
 * @devres_head: the managed resources, newest first
 * @driver_data: for the driver (dev_get_drvdata)
 * @added: between device_add() and device_del()
 * @devt: its device number; a device with a major gets /dev/NAME and dev
 * @class: its class, or NULL
 * @class_node: on @class's device list (2.6.32's knode_class)
 */
struct device {
	struct device *parent;
	struct kobject kobj;
	void (*release)(struct device *dev);
	spinlock_t devres_lock;
	struct list_head devres_head;
	void *driver_data;
	bool added;
	dev_t devt;
	struct class *class;
	struct list_head class_node;
};

/**
 * struct device_attribute - a file in a device's sysfs directory
 * @attr: name and mode
 * @show: print the value into the page @buf; return the length
 * @store: take @count bytes of @buf; return the bytes used or a -errno
 */
struct device_attribute {
	struct attribute attr;
	ssize_t (*show)(struct device *dev, struct device_attribute *attr, char *buf);
	ssize_t (*store)(struct device *dev, struct device_attribute *attr, const char *buf,
			 size_t count);
};

/* DEVICE_ATTR - define dev_attr_NAME, a device attribute, as 2.6.32's */
#define DEVICE_ATTR(_name, _mode, _show, _store) \
	struct device_attribute dev_attr_##_name = __ATTR(_name, _mode, _show, _store)

int device_create_file(struct device *dev, struct device_attribute *attr);
void device_remove_file(struct device *dev, struct device_attribute *attr);
int device_create_bin_file(struct device *dev, struct bin_attribute *attr);
void device_remove_bin_file(struct device *dev, struct bin_attribute *attr);

/* to_dev - the device whose kobject @kobj is */
#define to_dev(obj) container_of(obj, struct device, kobj)

/* dev_name - the device's name */
static inline const char *dev_name(const struct device *dev)
{
	return kobject_name(&dev->kobj);
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
const char *device_get_devnode(struct device *dev, mode_t *mode, const char **tmp);

/* classes and the devices drivers create in them (drivers/base/class.c, core.c) */
struct class *__class_create(struct module *owner, const char *name);
/* class_create - a class made and registered here; class_destroy() frees it */
#define class_create(owner, name) __class_create(owner, name)
void class_destroy(struct class *cls);
int class_register(struct class *cls);
void class_unregister(struct class *cls);
__printf(5, 0) struct device *device_create_vargs(struct class *cls, struct device *parent,
						  dev_t devt, void *drvdata, const char *fmt,
						  va_list args);
__printf(5, 6) struct device *device_create(struct class *cls, struct device *parent, dev_t devt,
					    void *drvdata, const char *fmt, ...);
void device_destroy(struct class *cls, dev_t devt);
void driver_init(void);

/* /sys/dev/char, where devices' MAJ:MIN links go */
extern struct kobject *sysfs_dev_char_kobj;

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

/* modprobe's alias for the major a character driver serves, as 2.6.32's */
#define MODULE_ALIAS_CHARDEV_MAJOR(major) MODULE_ALIAS("char-major-" __stringify(major) "-*")

#endif /* _LINUX_DEVICE_H */
