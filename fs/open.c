/*
 * open.c - opening and closing files, truncating, statfs, chdir.
 *
 * open() is two steps: do_filp_open() (fs/namei.c) walks the path to a
 * dentry, and dentry_open() makes the struct file: f_op from the
 * inode's i_fop, f_mode from the flags, then the file's own open. For a
 * device node that open is chrdev_open(), which swaps in the driver's
 * operations (fs/char_dev.c). do_sys_open() puts the result in a free
 * descriptor.
 *
 *   do_sys_open -> getname -> get_unused_fd_flags -> do_filp_open
 *                 -> dentry_open -> f_op->open -> fd_install
 *
 * Linux 2.6.32's functions and errors. Read next: fs/read_write.c,
 * docs/files.md.
 */
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/fs_struct.h>
#include <linux/file.h>
#include <linux/fdtable.h>
#include <linux/namei.h>
#include <linux/mount.h>
#include <linux/statfs.h>
#include <linux/sched.h>
#include <linux/err.h>
#include <linux/kernel.h>

#define OPEN_FMODE(flag) ((fmode_t)(((flag) + 1) & O_ACCMODE))

/**
 * do_truncate - set a file's size (truncate(2), O_TRUNC)
 * @dentry: the file
 * @length: the new size
 * @time_attrs: ATTR_MTIME | ATTR_CTIME to stamp, or 0
 * @filp: the open file, if any
 *
 * Context: process context; may sleep.
 * Return: 0, -EINVAL (negative length), -EFBIG, -ENOMEM...
 */
int do_truncate(struct dentry *dentry, loff_t length, unsigned int time_attrs, struct file *filp)
{
	struct iattr newattrs;
	int ret;

	if (length < 0)
		return -EINVAL;
	newattrs.ia_size = length;
	newattrs.ia_valid = ATTR_SIZE | time_attrs;
	mutex_lock(&dentry->d_inode->i_mutex);
	ret = notify_change(dentry, &newattrs);
	mutex_unlock(&dentry->d_inode->i_mutex);
	return ret;
}

/**
 * do_sys_truncate - the body of truncate(2)
 * @pathname: the file
 * @length: the new size
 *
 * Context: process context; may sleep.
 * Return: 0, -EISDIR, -EINVAL (not a regular file, or negative), -ENOENT...
 */
long do_sys_truncate(const char __user *pathname, loff_t length)
{
	struct inode *inode;
	struct path path;
	int error;

	if (length < 0)
		return -EINVAL;
	error = user_path(pathname, &path);
	if (error)
		return error;
	inode = path.dentry->d_inode;
	error = -EISDIR;
	if (S_ISDIR(inode->i_mode))
		goto out;
	error = -EINVAL;
	if (!S_ISREG(inode->i_mode))
		goto out;
	error = inode_permission(inode, MAY_WRITE);
	if (!error)
		error = do_truncate(path.dentry, length, 0, NULL);
out:
	path_put(&path);
	return error;
}

/**
 * do_sys_ftruncate - the body of ftruncate(2)
 * @fd: the open file
 * @length: the new size
 * @small: refuse sizes past 2 GiB - 1 without O_LARGEFILE (the 32-bit call)
 *
 * Context: process context; may sleep.
 * Return: 0, -EBADF, -EINVAL (not a regular file open for writing), -EFBIG...
 */
long do_sys_ftruncate(unsigned int fd, loff_t length, int small)
{
	struct dentry *dentry;
	struct file *file;
	int error;

	if (length < 0)
		return -EINVAL;
	file = fget(fd);
	if (!file)
		return -EBADF;
	if (file->f_flags & O_LARGEFILE)
		small = 0;
	dentry = file->f_path.dentry;
	error = -EINVAL;
	if (!S_ISREG(dentry->d_inode->i_mode) || !(file->f_mode & FMODE_WRITE))
		goto out;
	if (small && length > MAX_NON_LFS)
		goto out;
	error = do_truncate(dentry, length, ATTR_MTIME | ATTR_CTIME, file);
out:
	fput(file);
	return error;
}

/**
 * sys_chdir - the body of chdir(2)
 * @filename: the new current directory
 *
 * Context: process context; may sleep.
 * Return: 0, -ENOTDIR, -ENOENT, -EACCES...
 */
long sys_chdir(const char __user *filename)
{
	struct path path;
	int error;

	error = user_path_dir(filename, &path);
	if (error)
		return error;
	error = inode_permission(path.dentry->d_inode, MAY_EXEC | MAY_ACCESS);
	if (!error)
		set_fs_pwd(current->fs, &path);
	path_put(&path);
	return error;
}

/**
 * sys_fchdir - the body of fchdir(2)
 * @fd: an open directory
 *
 * Context: process context; may sleep.
 * Return: 0, -EBADF, -ENOTDIR.
 */
long sys_fchdir(unsigned int fd)
{
	struct file *file = fget(fd);
	int error = -EBADF;

	if (!file)
		return error;
	error = -ENOTDIR;
	if (S_ISDIR(file->f_path.dentry->d_inode->i_mode)) {
		error = inode_permission(file->f_path.dentry->d_inode, MAY_EXEC | MAY_ACCESS);
		if (!error)
			set_fs_pwd(current->fs, &file->f_path);
	}
	fput(file);
	return error;
}

/**
 * sys_chroot - the body of chroot(2)
 * @filename: the new root
 *
 * Context: process context; may sleep.
 * Return: 0, -ENOTDIR, -ENOENT...
 */
long sys_chroot(const char __user *filename)
{
	struct path path;
	int error;

	error = user_path_dir(filename, &path);
	if (error)
		return error;
	error = inode_permission(path.dentry->d_inode, MAY_EXEC | MAY_ACCESS);
	if (!error)
		set_fs_root(current->fs, &path);
	path_put(&path);
	return error;
}

/* __dentry_open - make @f an open of @dentry; the path references pass to @f */
static struct file *__dentry_open(struct dentry *dentry, struct vfsmount *mnt, struct file *f)
{
	struct inode *inode = dentry->d_inode;
	int error;

	f->f_mode = OPEN_FMODE(f->f_flags) | FMODE_LSEEK | FMODE_PREAD | FMODE_PWRITE;
	f->f_mapping = inode->i_mapping;
	f->f_path.dentry = dentry;
	f->f_path.mnt = mnt;
	f->f_inode = inode;
	f->f_pos = 0;
	f->f_op = fops_get(inode->i_fop);
	file_move(f, &inode->i_sb->s_files);
	if (f->f_op && f->f_op->open) {
		error = f->f_op->open(inode, f);
		if (error) {
			fops_put(f->f_op);
			put_filp(f);
			dput(dentry);
			mntput(mnt);
			return ERR_PTR(error);
		}
	}
	f->f_flags &= ~(O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC);
	return f;
}

/**
 * dentry_open - open a dentry already found
 * @dentry: the dentry (its reference passes to the file, or is dropped on error)
 * @mnt: its mount (likewise)
 * @flags: O_* flags
 *
 * Context: process context; may sleep.
 * Return: the file, or ERR_PTR(-ENFILE/-ENOMEM) or the open's error.
 */
struct file *dentry_open(struct dentry *dentry, struct vfsmount *mnt, int flags)
{
	struct file *f = get_empty_filp();

	if (!f) {
		dput(dentry);
		mntput(mnt);
		return ERR_PTR(-ENFILE);
	}
	f->f_flags = flags;
	return __dentry_open(dentry, mnt, f);
}

/**
 * filp_open - open a file by path, from the kernel
 * @filename: the path ("/dev/ttyS0", "/tmp/a")
 * @flags: O_* flags
 * @mode: the permissions for O_CREAT
 *
 * Context: process context; may sleep.
 * Return: the file (filp_close() it), or an ERR_PTR.
 */
struct file *filp_open(const char *filename, int flags, int mode)
{
	return do_filp_open(AT_FDCWD, filename, flags, mode, 0);
}

/**
 * filp_close - close a file: flush, then drop the reference
 * @filp: the file
 * @id: the owner (the descriptor table; for locks, which Linnet lacks)
 *
 * Context: process context; may sleep.
 * Return: 0, or the flush error.
 */
int filp_close(struct file *filp, fl_owner_t id)
{
	int retval = 0;

	if (!file_count(filp)) {
		printk(KERN_ERR "VFS: Close: file count is 0\n");
		return 0;
	}
	if (filp->f_op && filp->f_op->flush)
		retval = filp->f_op->flush(filp, id);
	fput(filp);
	return retval;
}

/**
 * do_sys_open - the body of open(2), openat(2) and creat(2)
 * @dfd: where a relative path starts (AT_FDCWD: the current directory)
 * @filename: the path, in the caller's memory
 * @flags: O_* flags
 * @mode: the permissions for O_CREAT
 *
 * Context: process context; may sleep.
 * Return: the new descriptor, or -EMFILE, or do_filp_open()'s error.
 */
long do_sys_open(int dfd, const char __user *filename, int flags, int mode)
{
	char *tmp = getname(filename);
	int fd = PTR_ERR(tmp);

	if (!IS_ERR(tmp)) {
		fd = get_unused_fd_flags(flags);
		if (fd >= 0) {
			struct file *f = do_filp_open(dfd, tmp, flags, mode, 0);

			if (IS_ERR(f)) {
				put_unused_fd(fd);
				fd = PTR_ERR(f);
			} else {
				fd_install(fd, f);
			}
		}
		putname(tmp);
	}
	return fd;
}

/**
 * generic_file_open - an open that refuses files too large for a 32-bit offset
 * @inode: the inode
 * @filp: the file
 *
 * Context: process context.
 * Return: 0, or -EOVERFLOW (over 2 GiB without O_LARGEFILE).
 */
int generic_file_open(struct inode *inode, struct file *filp)
{
	if (!(filp->f_flags & O_LARGEFILE) && i_size_read(inode) > MAX_NON_LFS)
		return -EOVERFLOW;
	return 0;
}

/**
 * nonseekable_open - an open for a stream: lseek, pread and pwrite fail
 * @inode: the inode
 * @filp: the file
 *
 * Context: any.
 * Return: 0.
 */
int nonseekable_open(struct inode *inode, struct file *filp)
{
	filp->f_mode &= ~(FMODE_LSEEK | FMODE_PREAD | FMODE_PWRITE);
	return 0;
}

/**
 * vfs_statfs_path - statfs() of the file system holding a caller's path
 * @pathname: the path
 * @buf: filled in
 *
 * Context: process context; may sleep.
 * Return: 0 or a negative errno.
 */
long vfs_statfs_path(const char __user *pathname, struct kstatfs *buf)
{
	struct path path;
	int error = user_path(pathname, &path);

	if (!error) {
		error = vfs_statfs(path.dentry, buf);
		path_put(&path);
	}
	return error;
}
