/*
 * ramfs.h - ramfs, the file system whose files live only in the page
 * cache. See fs/ramfs/inode.c and docs/files.md.
 */
#ifndef _LINUX_RAMFS_H
#define _LINUX_RAMFS_H

#include <linux/fs.h>

struct inode *ramfs_get_inode(struct super_block *sb, int mode, dev_t dev);
int ramfs_get_sb(struct file_system_type *fs_type, int flags, const char *dev_name, void *data,
		 struct vfsmount *mnt);
int ramfs_fill_super(struct super_block *sb, void *data, int silent);
int init_rootfs(void);

extern const struct file_operations ramfs_file_operations;
extern const struct inode_operations ramfs_file_inode_operations;
extern const struct address_space_operations ramfs_aops;

#endif /* _LINUX_RAMFS_H */
