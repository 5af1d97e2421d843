/*
 * miscdevice.h - small character devices sharing major 10 (drivers/char/misc.c).
 *
 * A driver that needs one device node fills a struct miscdevice (a
 * minor, or MISC_DYNAMIC_MINOR for a free one, a name and its
 * file_operations) and calls misc_register(); /proc/misc lists them.
 * As Linux 2.6.32's; see docs/procfs.md.
 */
#ifndef _LINUX_MISCDEVICE_H
#define _LINUX_MISCDEVICE_H

#include <linux/types.h>
#include <linux/list.h>

#define MISC_MAJOR 10
#define MISC_DYNAMIC_MINOR 255

struct file_operations;
struct device;

/**
 * struct miscdevice - one misc device
 * @minor: its minor, or MISC_DYNAMIC_MINOR to be given a free one
 * @name: its name (and its node's name under /dev)
 * @fops: its operations (misc_open hands the open file over to them)
 * @list: link in the list of misc devices
 * @parent: the parent device (unused by Linnet)
 * @this_device: the device made for it (unused by Linnet)
 * @nodename: the node's name under /dev if not @name
 * @mode: the node's mode (0: 0600)
 */
struct miscdevice {
	int minor;
	const char *name;
	const struct file_operations *fops;
	struct list_head list;
	struct device *parent;
	struct device *this_device;
	const char *nodename;
	mode_t mode;
};

int misc_register(struct miscdevice *misc);
int misc_deregister(struct miscdevice *misc);

#endif /* _LINUX_MISCDEVICE_H */
