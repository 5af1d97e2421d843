/*
 * xattr.c - the extended-attribute system calls: the checks every file
 * system shares, then the inode's own operations.
 *
 *   setxattr(path, "user.mime", "text/plain", 10, XATTR_CREATE)
 *     -> setxattr: flags, the name (1..255 bytes), the size (64 KiB)
 *     -> vfs_setxattr -> xattr_permission -> inode->i_op->setxattr
 *
 * The name's prefix picks the namespace and its rule (xattr_permission):
 * security.* and system.* are left to the file system and the security
 * module; trusted.* needs CAP_SYS_ADMIN; user.* exists only on regular
 * files and directories, in a sticky directory only for its owner, and
 * otherwise asks the file's own read or write permission. A file system
 * without the operations answers -EOPNOTSUPP, and lists no names: that
 * is ramfs (as 2.6.32's ramfs), so on Linnet every set, get and remove
 * that passes the checks ends in -EOPNOTSUPP, and every list is empty.
 * A successful set or remove is IN_ATTRIB to inotify (fsnotify_xattr).
 *
 * As Linux 2.6.32's fs/xattr.c, without the security module's hooks
 * (Linnet has none: a security.* name goes to the file system like any
 * other) and without mnt_want_write (Linnet's mounts are never
 * read-only). Read next: include/linux/xattr.h, docs/files.md.
 */
#include <linux/xattr.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/namei.h>
#include <linux/path.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/capability.h>
#include <linux/fsnotify.h>
#include <linux/uaccess.h>
#include <linux/err.h>
#include <linux/module.h>
#include <linux/syscalls.h>

/**
 * xattr_permission - may the caller read or write the attribute @name of @inode?
 * @inode: the file
 * @name: the attribute's full name
 * @mask: MAY_READ or MAY_WRITE
 *
 * Context: process context.
 * Return: 0, or -EPERM (trusted.* without CAP_SYS_ADMIN; user.* on a file
 * that is neither regular nor a directory, or written in a sticky
 * directory by another), or inode_permission()'s -EACCES.
 */
int xattr_permission(struct inode *inode, const char *name, int mask)
{
	if (!strncmp(name, XATTR_SECURITY_PREFIX, XATTR_SECURITY_PREFIX_LEN) ||
	    !strncmp(name, XATTR_SYSTEM_PREFIX, XATTR_SYSTEM_PREFIX_LEN))
		return 0;
	if (!strncmp(name, XATTR_TRUSTED_PREFIX, XATTR_TRUSTED_PREFIX_LEN))
		return capable(CAP_SYS_ADMIN) ? 0 : -EPERM;
	if (!strncmp(name, XATTR_USER_PREFIX, XATTR_USER_PREFIX_LEN)) {
		if (!S_ISREG(inode->i_mode) && !S_ISDIR(inode->i_mode))
			return -EPERM;
		if (S_ISDIR(inode->i_mode) && (inode->i_mode & S_ISVTX) && (mask & MAY_WRITE) &&
		    !is_owner_or_cap(inode))
			return -EPERM;
	}
	return inode_permission(inode, mask);
}

/**
 * vfs_setxattr - set an extended attribute, checks first
 * @dentry: the file
 * @name: the attribute
 * @value: its value (kernel memory)
 * @size: its size
 * @flags: XATTR_CREATE (fail if it exists), XATTR_REPLACE (fail if not)
 *
 * Context: process context; may sleep; takes the inode's i_mutex.
 * Return: 0, xattr_permission()'s error, -EOPNOTSUPP (the file system
 * has no attributes), or the file system's (-EEXIST, -ENODATA, -ENOSPC...).
 */
int vfs_setxattr(struct dentry *dentry, const char *name, const void *value, size_t size, int flags)
{
	struct inode *inode = dentry->d_inode;
	int error = xattr_permission(inode, name, MAY_WRITE);

	if (error)
		return error;
	mutex_lock(&inode->i_mutex);
	error = -EOPNOTSUPP;
	if (inode->i_op->setxattr) {
		error = inode->i_op->setxattr(dentry, name, value, size, flags);
		if (!error)
			fsnotify_xattr(dentry);
	}
	mutex_unlock(&inode->i_mutex);
	return error;
}
EXPORT_SYMBOL_GPL(vfs_setxattr);

/**
 * vfs_getxattr - read an extended attribute, checks first
 * @dentry: the file
 * @name: the attribute
 * @value: where to put it (kernel memory), or NULL with @size 0 to ask its size
 * @size: the room there
 *
 * Context: process context; may sleep.
 * Return: the value's size, or xattr_permission()'s error, -EOPNOTSUPP,
 * -ENODATA (no such attribute), -ERANGE (@size too small).
 */
ssize_t vfs_getxattr(struct dentry *dentry, const char *name, void *value, size_t size)
{
	struct inode *inode = dentry->d_inode;
	int error = xattr_permission(inode, name, MAY_READ);

	if (error)
		return error;
	if (!inode->i_op->getxattr)
		return -EOPNOTSUPP;
	return inode->i_op->getxattr(dentry, name, value, size);
}
EXPORT_SYMBOL_GPL(vfs_getxattr);

/**
 * vfs_listxattr - the names of a file's extended attributes
 * @dentry: the file
 * @list: where (kernel memory), or NULL with @size 0 to ask the size
 * @size: the room there
 *
 * A file system without the operation lists nothing: 0 (2.6.32 lists
 * the security module's names there; Linnet has no security module).
 *
 * Context: process context; may sleep.
 * Return: the size of the list, or -ERANGE (@size too small).
 */
ssize_t vfs_listxattr(struct dentry *dentry, char *list, size_t size)
{
	if (dentry->d_inode->i_op->listxattr)
		return dentry->d_inode->i_op->listxattr(dentry, list, size);
	return 0;
}
EXPORT_SYMBOL_GPL(vfs_listxattr);

/**
 * vfs_removexattr - remove an extended attribute, checks first
 * @dentry: the file
 * @name: the attribute
 *
 * A file system without the operation is -EOPNOTSUPP before any
 * permission check, as in 2.6.32.
 *
 * Context: process context; may sleep; takes the inode's i_mutex.
 * Return: 0, -EOPNOTSUPP, xattr_permission()'s error, -ENODATA.
 */
int vfs_removexattr(struct dentry *dentry, const char *name)
{
	struct inode *inode = dentry->d_inode;
	int error;

	if (!inode->i_op->removexattr)
		return -EOPNOTSUPP;
	error = xattr_permission(inode, name, MAY_WRITE);
	if (error)
		return error;
	mutex_lock(&inode->i_mutex);
	error = inode->i_op->removexattr(dentry, name);
	mutex_unlock(&inode->i_mutex);
	if (!error)
		fsnotify_xattr(dentry);
	return error;
}
EXPORT_SYMBOL_GPL(vfs_removexattr);

/* copy in an attribute name: its length, or -ERANGE (empty, or longer than 255), -EFAULT */
static long xattr_name_from_user(char *kname, const char __user *name)
{
	long error = strncpy_from_user(kname, name, XATTR_NAME_MAX + 1);

	if (error == 0 || error == XATTR_NAME_MAX + 1)
		error = -ERANGE;
	return error;
}

/* the checks of setxattr(2) and its copies in, then vfs_setxattr */
static long setxattr(struct dentry *d, const char __user *name, const void __user *value,
		     size_t size, int flags)
{
	char kname[XATTR_NAME_MAX + 1];
	void *kvalue = NULL;
	long error;

	if (flags & ~(XATTR_CREATE | XATTR_REPLACE))
		return -EINVAL;
	error = xattr_name_from_user(kname, name);
	if (error < 0)
		return error;
	if (size) {
		if (size > XATTR_SIZE_MAX)
			return -E2BIG;
		kvalue = kmalloc(size, GFP_KERNEL);
		if (!kvalue)
			return -ENOMEM;
		if (copy_from_user(kvalue, value, size)) {
			kfree(kvalue);
			return -EFAULT;
		}
	}
	error = vfs_setxattr(d, kname, kvalue, size, flags);
	kfree(kvalue);
	return error;
}

/* getxattr(2)'s copies around vfs_getxattr: a value larger than 64 KiB is -E2BIG */
static ssize_t getxattr(struct dentry *d, const char __user *name, void __user *value, size_t size)
{
	char kname[XATTR_NAME_MAX + 1];
	void *kvalue = NULL;
	ssize_t error;

	error = xattr_name_from_user(kname, name);
	if (error < 0)
		return error;
	if (size) {
		if (size > XATTR_SIZE_MAX)
			size = XATTR_SIZE_MAX;
		kvalue = kzalloc(size, GFP_KERNEL);
		if (!kvalue)
			return -ENOMEM;
	}
	error = vfs_getxattr(d, kname, kvalue, size);
	if (error > 0) {
		if (size && copy_to_user(value, kvalue, error))
			error = -EFAULT;
	} else if (error == -ERANGE && size >= XATTR_SIZE_MAX) {
		error = -E2BIG; /* the file system holds more than an attribute may */
	}
	kfree(kvalue);
	return error;
}

/* listxattr(2)'s copies around vfs_listxattr */
static ssize_t listxattr(struct dentry *d, char __user *list, size_t size)
{
	char *klist = NULL;
	ssize_t error;

	if (size) {
		if (size > XATTR_LIST_MAX)
			size = XATTR_LIST_MAX;
		klist = kmalloc(size, GFP_KERNEL);
		if (!klist)
			return -ENOMEM;
	}
	error = vfs_listxattr(d, klist, size);
	if (error > 0) {
		if (size && copy_to_user(list, klist, error))
			error = -EFAULT;
	} else if (error == -ERANGE && size >= XATTR_LIST_MAX) {
		error = -E2BIG;
	}
	kfree(klist);
	return error;
}

/* removexattr(2): the name, then vfs_removexattr */
static long removexattr(struct dentry *d, const char __user *name)
{
	char kname[XATTR_NAME_MAX + 1];
	long error = xattr_name_from_user(kname, name);

	if (error < 0)
		return error;
	return vfs_removexattr(d, kname);
}

/**
 * sys_setxattr - setxattr(2): set an extended attribute of a path (system call 226)
 * @pathname: the file (a symlink is followed)
 * @name: the attribute, "namespace.name"
 * @value: the value
 * @size: its size (at most 64 KiB)
 * @flags: XATTR_CREATE, XATTR_REPLACE
 *
 * Context: process context (system call); may sleep.
 * Return: 0, or -EINVAL (flags), -ERANGE (name empty or over 255 bytes),
 * -E2BIG (size), -EFAULT, the path's errors, -EPERM, -EACCES,
 * -EOPNOTSUPP (the file system keeps no attributes).
 */
asmlinkage long sys_setxattr(const char __user *pathname, const char __user *name,
			     const void __user *value, size_t size, int flags)
{
	struct path path;
	long error = user_path(pathname, &path);

	if (error)
		return error;
	error = setxattr(path.dentry, name, value, size, flags);
	path_put(&path);
	return error;
}

/**
 * sys_lsetxattr - lsetxattr(2): setxattr() of a symlink itself (system call 227)
 * @pathname: the file (a symlink is not followed)
 * @name: the attribute
 * @value: the value
 * @size: its size
 * @flags: XATTR_CREATE, XATTR_REPLACE
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_setxattr() (user.* on a symlink: -EPERM).
 */
asmlinkage long sys_lsetxattr(const char __user *pathname, const char __user *name,
			      const void __user *value, size_t size, int flags)
{
	struct path path;
	long error = user_lpath(pathname, &path);

	if (error)
		return error;
	error = setxattr(path.dentry, name, value, size, flags);
	path_put(&path);
	return error;
}

/**
 * sys_fsetxattr - fsetxattr(2): setxattr() of an open file (system call 228)
 * @fd: the file
 * @name: the attribute
 * @value: the value
 * @size: its size
 * @flags: XATTR_CREATE, XATTR_REPLACE
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_setxattr(), or -EBADF.
 */
asmlinkage long sys_fsetxattr(int fd, const char __user *name, const void __user *value,
			      size_t size, int flags)
{
	struct file *f = fget(fd);
	long error;

	if (!f)
		return -EBADF;
	error = setxattr(f->f_path.dentry, name, value, size, flags);
	fput(f);
	return error;
}

/**
 * sys_getxattr - getxattr(2): read an extended attribute of a path (system call 229)
 * @pathname: the file (a symlink is followed)
 * @name: the attribute
 * @value: the buffer
 * @size: its size; 0 asks for the value's size
 *
 * Context: process context (system call); may sleep.
 * Return: the value's size, or -ERANGE (name; or @size too small),
 * -ENODATA, -EFAULT, the path's errors, -EPERM, -EACCES, -EOPNOTSUPP.
 */
asmlinkage long sys_getxattr(const char __user *pathname, const char __user *name,
			     void __user *value, size_t size)
{
	struct path path;
	long error = user_path(pathname, &path);

	if (error)
		return error;
	error = getxattr(path.dentry, name, value, size);
	path_put(&path);
	return error;
}

/**
 * sys_lgetxattr - lgetxattr(2): getxattr() of a symlink itself (system call 230)
 * @pathname: the file (a symlink is not followed)
 * @name: the attribute
 * @value: the buffer
 * @size: its size
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_getxattr().
 */
asmlinkage long sys_lgetxattr(const char __user *pathname, const char __user *name,
			      void __user *value, size_t size)
{
	struct path path;
	long error = user_lpath(pathname, &path);

	if (error)
		return error;
	error = getxattr(path.dentry, name, value, size);
	path_put(&path);
	return error;
}

/**
 * sys_fgetxattr - fgetxattr(2): getxattr() of an open file (system call 231)
 * @fd: the file
 * @name: the attribute
 * @value: the buffer
 * @size: its size
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_getxattr(), or -EBADF.
 */
asmlinkage long sys_fgetxattr(int fd, const char __user *name, void __user *value, size_t size)
{
	struct file *f = fget(fd);
	long error;

	if (!f)
		return -EBADF;
	error = getxattr(f->f_path.dentry, name, value, size);
	fput(f);
	return error;
}

/**
 * sys_listxattr - listxattr(2): the attribute names of a path (system call 232)
 * @pathname: the file (a symlink is followed)
 * @list: the buffer: names, each NUL-terminated
 * @size: its size; 0 asks for the list's size
 *
 * Context: process context (system call); may sleep.
 * Return: the list's size (0 on ramfs), or -ERANGE, -EFAULT, the path's errors.
 */
asmlinkage long sys_listxattr(const char __user *pathname, char __user *list, size_t size)
{
	struct path path;
	long error = user_path(pathname, &path);

	if (error)
		return error;
	error = listxattr(path.dentry, list, size);
	path_put(&path);
	return error;
}

/**
 * sys_llistxattr - llistxattr(2): listxattr() of a symlink itself (system call 233)
 * @pathname: the file (a symlink is not followed)
 * @list: the buffer
 * @size: its size
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_listxattr().
 */
asmlinkage long sys_llistxattr(const char __user *pathname, char __user *list, size_t size)
{
	struct path path;
	long error = user_lpath(pathname, &path);

	if (error)
		return error;
	error = listxattr(path.dentry, list, size);
	path_put(&path);
	return error;
}

/**
 * sys_flistxattr - flistxattr(2): listxattr() of an open file (system call 234)
 * @fd: the file
 * @list: the buffer
 * @size: its size
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_listxattr(), or -EBADF.
 */
asmlinkage long sys_flistxattr(int fd, char __user *list, size_t size)
{
	struct file *f = fget(fd);
	long error;

	if (!f)
		return -EBADF;
	error = listxattr(f->f_path.dentry, list, size);
	fput(f);
	return error;
}

/**
 * sys_removexattr - removexattr(2): remove an extended attribute of a path (system call 235)
 * @pathname: the file (a symlink is followed)
 * @name: the attribute
 *
 * Context: process context (system call); may sleep.
 * Return: 0, or -ERANGE (name), -EFAULT, the path's errors, -EOPNOTSUPP
 * (before any permission check), -EPERM, -EACCES, -ENODATA.
 */
asmlinkage long sys_removexattr(const char __user *pathname, const char __user *name)
{
	struct path path;
	long error = user_path(pathname, &path);

	if (error)
		return error;
	error = removexattr(path.dentry, name);
	path_put(&path);
	return error;
}

/**
 * sys_lremovexattr - lremovexattr(2): removexattr() of a symlink itself (system call 236)
 * @pathname: the file (a symlink is not followed)
 * @name: the attribute
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_removexattr().
 */
asmlinkage long sys_lremovexattr(const char __user *pathname, const char __user *name)
{
	struct path path;
	long error = user_lpath(pathname, &path);

	if (error)
		return error;
	error = removexattr(path.dentry, name);
	path_put(&path);
	return error;
}

/**
 * sys_fremovexattr - fremovexattr(2): removexattr() of an open file (system call 237)
 * @fd: the file
 * @name: the attribute
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_removexattr(), or -EBADF.
 */
asmlinkage long sys_fremovexattr(int fd, const char __user *name)
{
	struct file *f = fget(fd);
	long error;

	if (!f)
		return -EBADF;
	error = removexattr(f->f_path.dentry, name);
	fput(f);
	return error;
}
