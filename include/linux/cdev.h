/*
 * cdev.h - a character device as Linux 2.6 drivers register it.
 *
 * The modern way (LDD3's scull) has two steps: reserve a range of device
 * numbers - alloc_chrdev_region() for a dynamic major, or
 * register_chrdev_region() for a known one - then make each device live
 * with a struct cdev: cdev_init() ties it to the file_operations,
 * cdev_add() to its device numbers. The driver usually embeds the cdev in
 * its own per-device structure and finds that structure again in open()
 * with container_of(inode->i_cdev, ...).
 *
 * Linnet opens devices by name rather than through /dev, so cdev_add()
 * names each device after its region: "scull0", "scull1"... (just
 * "hello" for a region of one). As in 2.6.32 a cdev embeds a kobject:
 * cdev_init() and cdev_alloc() initialise it, cdev_del() drops the
 * reference they hold, and a driver may name it (kobject_set_name()) or
 * drop a cdev it never added with kobject_put(), as LDD3's scull does.
 * See fs/char_dev.c and docs/drivers.md.
 */
#ifndef _LINUX_CDEV_H
#define _LINUX_CDEV_H

#include <linux/types.h>
#include <linux/fs.h>
#include <linux/kobject.h>

struct module;

/**
 * struct cdev - a character device's kernel object
 * @kobj: its name and reference count; the last kobject_put() (cdev_del()
 *        does one) frees a cdev_alloc()'d cdev
 * @owner: its module (THIS_MODULE; unused)
 * @ops: its operations
 * @dev: its first device number, set by cdev_add()
 * @count: how many consecutive minors it serves
 */
struct cdev {
	struct kobject kobj;
	struct module *owner;
	const struct file_operations *ops;
	dev_t dev;
	unsigned int count;
};

void cdev_init(struct cdev *cdev, const struct file_operations *fops);
struct cdev *cdev_alloc(void);
int cdev_add(struct cdev *p, dev_t dev, unsigned int count);
void cdev_del(struct cdev *p);
int alloc_chrdev_region(dev_t *dev, unsigned int baseminor, unsigned int count, const char *name);
int register_chrdev_region(dev_t from, unsigned int count, const char *name);
void unregister_chrdev_region(dev_t from, unsigned int count);

#endif /* _LINUX_CDEV_H */
