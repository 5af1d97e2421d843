/*
 * devtmpfs.h - Linnet's devtmpfs calls (drivers/base/devtmpfs.c).
 *
 * Linux 2.6.32 declares devtmpfs_create_node(struct device *) in
 * <linux/device.h> and device_add() calls it. Linnet has no struct device
 * yet, so its callers (the char device registration functions) pass the
 * name, mode and number themselves; when the driver core comes, these
 * become the 2.6.32 calls.
 */
#ifndef _LINNET_DEVTMPFS_H
#define _LINNET_DEVTMPFS_H

#include <linux/types.h>

int devtmpfs_create_node(const char *name, mode_t mode, dev_t dev);
int devtmpfs_delete_node(const char *name);
int devtmpfs_mount(const char *mntdir);
int devtmpfs_init(void);

#endif /* _LINNET_DEVTMPFS_H */
