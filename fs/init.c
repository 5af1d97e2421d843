/*
 * init.c - file-system calls by path name for the kernel itself at boot
 * (the initramfs unpacker), as Linux 5.10's fs/init.c.
 *
 * Linux 2.6.32's init/initramfs.c called the system calls (sys_mkdir,
 * sys_chown...) with kernel pointers under set_fs(KERNEL_DS). Later
 * Linux gave the kernel these helpers instead; Linnet, whose system
 * calls do not exist yet, uses them from the start. Each returns 0 or a
 * negative errno, as the system call would. See docs/procfs.md.
 */
#include <linux/init_syscalls.h>
#include <linux/fs.h>
#include <linux/fcntl.h>
#include <linux/namei.h>
#include <linux/path.h>
#include <linux/dcache.h>
#include <linux/stat.h>
#include <linux/syscalls.h>
#include <linux/time.h>

/**
 * init_mkdir - mkdir(2) for the kernel
 * @pathname: the new directory
 * @mode: its permissions
 *
 * Return: 0 or a negative errno.
 * Context: process context; may sleep.
 */
int init_mkdir(const char *pathname, umode_t mode)
{
	return sys_mkdirat(AT_FDCWD, pathname, mode);
}

/**
 * init_mknod - mknod(2) for the kernel
 * @filename: the new node
 * @mode: its type and permissions
 * @dev: the device number, new_encode_dev()'s encoding
 *
 * Return: 0 or a negative errno.
 * Context: process context; may sleep.
 */
int init_mknod(const char *filename, umode_t mode, unsigned int dev)
{
	return sys_mknodat(AT_FDCWD, filename, mode, dev);
}

/**
 * init_symlink - symlink(2) for the kernel
 * @oldname: the link's target text
 * @newname: the link
 *
 * Return: 0 or a negative errno.
 * Context: process context; may sleep.
 */
int init_symlink(const char *oldname, const char *newname)
{
	return sys_symlinkat(oldname, AT_FDCWD, newname);
}

/**
 * init_link - link(2) for the kernel
 * @oldname: an existing file
 * @newname: its new name
 *
 * Return: 0 or a negative errno.
 * Context: process context; may sleep.
 */
int init_link(const char *oldname, const char *newname)
{
	return sys_linkat(AT_FDCWD, oldname, AT_FDCWD, newname, 0);
}

/**
 * init_unlink - unlink(2) for the kernel
 * @pathname: the name to remove
 *
 * Return: 0 or a negative errno.
 * Context: process context; may sleep.
 */
int init_unlink(const char *pathname)
{
	return do_unlinkat(AT_FDCWD, pathname);
}

/**
 * init_rmdir - rmdir(2) for the kernel
 * @pathname: the empty directory to remove
 *
 * Return: 0 or a negative errno.
 * Context: process context; may sleep.
 */
int init_rmdir(const char *pathname)
{
	return do_rmdir(AT_FDCWD, pathname);
}

/* Change attributes of @filename (not following a final symlink if @nofollow) */
static int init_setattr(const char *filename, bool nofollow, struct iattr *attr)
{
	struct path path;
	int error = kern_path(filename, nofollow ? 0 : LOOKUP_FOLLOW, &path);

	if (error)
		return error;
	mutex_lock(&path.dentry->d_inode->i_mutex);
	error = notify_change(path.dentry, attr);
	mutex_unlock(&path.dentry->d_inode->i_mutex);
	path_put(&path);
	return error;
}

/**
 * init_chown - chown(2) (or lchown with AT_SYMLINK_NOFOLLOW) for the kernel
 * @filename: the file
 * @user: the new owner
 * @group: the new group
 * @flags: 0 or AT_SYMLINK_NOFOLLOW
 *
 * Return: 0 or a negative errno.
 * Context: process context; may sleep.
 */
int init_chown(const char *filename, uid_t user, gid_t group, int flags)
{
	struct iattr attr = { .ia_valid = ATTR_UID | ATTR_GID, .ia_uid = user, .ia_gid = group };

	return init_setattr(filename, flags & AT_SYMLINK_NOFOLLOW, &attr);
}

/**
 * init_chmod - chmod(2) for the kernel
 * @filename: the file
 * @mode: the new permission bits (the type is kept)
 *
 * Return: 0 or a negative errno.
 * Context: process context; may sleep.
 */
int init_chmod(const char *filename, umode_t mode)
{
	struct iattr attr = { .ia_valid = ATTR_MODE, .ia_mode = mode & S_IALLUGO };

	return init_setattr(filename, false, &attr);
}

/**
 * init_utimes - set the access and modification times, not following a symlink
 * @filename: the file
 * @mtime: the time, seconds since 1970
 *
 * Return: 0 or a negative errno.
 * Context: process context; may sleep.
 */
int init_utimes(const char *filename, time_t mtime)
{
	struct iattr attr = { .ia_valid = ATTR_ATIME | ATTR_MTIME };

	attr.ia_atime.tv_sec = attr.ia_mtime.tv_sec = mtime;
	return init_setattr(filename, true, &attr);
}

/**
 * init_stat - stat(2) or lstat(2) for the kernel
 * @filename: the file
 * @stat: filled in
 * @flags: 0 to follow a final symlink, AT_SYMLINK_NOFOLLOW not to
 *
 * Return: 0 or a negative errno.
 * Context: process context; may sleep.
 */
int init_stat(const char *filename, struct kstat *stat, int flags)
{
	return vfs_fstatat(AT_FDCWD, (char __user *)filename, stat, flags);
}
