/*
 * devtmpfs.h - Linnet's devtmpfs calls (drivers/base/devtmpfs.c).
 *
 * Linux 2.6.32 declares devtmpfs_create_node(struct device *) in
 * <linux/device.h> and device_add() calls it. Linnet's device_add() calls
 * it too, but the char device registration functions (fs/char_dev.c)
 * also make nodes for drivers that register without a struct device, so
 * the calls take the name, mode and number themselves.
 */
#ifndef _LINNET_DEVTMPFS_H
#define _LINNET_DEVTMPFS_H

#include <linux/types.h>

int devtmpfs_create_node(const char *name, mode_t mode, dev_t dev);
int devtmpfs_delete_node(const char *name);
int devtmpfs_mount(const char *mntdir);
int devtmpfs_init(void);

#endif /* _LINNET_DEVTMPFS_H */
