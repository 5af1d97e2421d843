/*
 * xattr.h - extended attributes: name = value pairs beside a file's data,
 * in namespaces told by the name's prefix.
 *
 *   user.*      the owner's own (regular files and directories only)
 *   trusted.*   readable and writable with CAP_SYS_ADMIN only
 *   security.*  a security module's labels
 *   system.*    the kernel's own (ACLs)
 *
 * The VFS checks names, sizes and permissions (fs/xattr.c); the file
 * system keeps the values (inode_operations setxattr/getxattr/
 * listxattr/removexattr). As Linux 2.6.32's include/linux/xattr.h. See
 * fs/xattr.c, docs/files.md.
 */
#ifndef _LINUX_XATTR_H
#define _LINUX_XATTR_H

#include <linux/types.h>

#define XATTR_CREATE 0x1 /* set value, fail if attr already exists */
#define XATTR_REPLACE 0x2 /* set value, fail if attr does not exist */

#define XATTR_OS2_PREFIX "os2."
#define XATTR_OS2_PREFIX_LEN (sizeof(XATTR_OS2_PREFIX) - 1)
#define XATTR_SECURITY_PREFIX "security."
#define XATTR_SECURITY_PREFIX_LEN (sizeof(XATTR_SECURITY_PREFIX) - 1)
#define XATTR_SYSTEM_PREFIX "system."
#define XATTR_SYSTEM_PREFIX_LEN (sizeof(XATTR_SYSTEM_PREFIX) - 1)
#define XATTR_TRUSTED_PREFIX "trusted."
#define XATTR_TRUSTED_PREFIX_LEN (sizeof(XATTR_TRUSTED_PREFIX) - 1)
#define XATTR_USER_PREFIX "user."
#define XATTR_USER_PREFIX_LEN (sizeof(XATTR_USER_PREFIX) - 1)

#define XATTR_NAME_MAX 255 /* chars in an extended attribute name */
#define XATTR_SIZE_MAX 65536 /* size of an extended attribute value (64k) */
#define XATTR_LIST_MAX 65536 /* size of extended attribute namelist (64k) */

struct dentry;
struct inode;

int xattr_permission(struct inode *inode, const char *name, int mask);
int vfs_setxattr(struct dentry *dentry, const char *name, const void *value, size_t size,
		 int flags);
ssize_t vfs_getxattr(struct dentry *dentry, const char *name, void *value, size_t size);
ssize_t vfs_listxattr(struct dentry *dentry, char *list, size_t size);
int vfs_removexattr(struct dentry *dentry, const char *name);

#endif /* _LINUX_XATTR_H */
