/*
 * magic.h - the f_type numbers statfs() reports, as Linux's.
 *
 * A program tells which file system holds a path by statfs()'s f_type;
 * the numbers are Linux 2.6.32's, so `stat -f` prints the same names.
 * See fs/libfs.c:simple_statfs and docs/files.md.
 */
#ifndef _LINUX_MAGIC_H
#define _LINUX_MAGIC_H

#define RAMFS_MAGIC 0x858458f6
#define TMPFS_MAGIC 0x01021994
#define PROC_SUPER_MAGIC 0x9fa0
#define PIPEFS_MAGIC 0x50495045
#define ANON_INODE_FS_MAGIC 0x09041934
#define SOCKFS_MAGIC 0x534F434B
#define SYSFS_MAGIC 0x62656572
#define DEBUGFS_MAGIC 0x64626720

#endif /* _LINUX_MAGIC_H */
