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
 * fallocate() (do_fallocate) checks its arguments and the file in 2.6.32's
 * order and then asks the inode's ->fallocate. No Linnet file system has
 * one, so on a regular file it answers -EOPNOTSUPP - as 2.6.32's ramfs
 * and tmpfs do (tmpfs learned fallocate in Linux 3.5). vhangup() hangs up
 * the caller's controlling terminal (drivers/char/tty_io.c).
 *
 * Linux 2.6.32's functions and errors. Read next: fs/read_write.c,
 * docs/files.md.
 */
#include <linux/module.h>
#include <linux/fs.h>
#include <linux/fsnotify.h>
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
#include <linux/string.h>
#include <linux/stat.h>
#include <linux/uaccess.h>
#include <linux/falloc.h>
#include <linux/capability.h>
#include <linux/tty.h>

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
EXPORT_SYMBOL(do_truncate);

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
		error = get_write_access(inode); /* -ETXTBSY for a running program */
	if (!error) {
		error = do_truncate(path.dentry, length, 0, NULL);
		put_write_access(inode);
	}
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

/* dir_path - the directory @filename names, if the caller may search it (chdir, chroot) */
static int dir_path(const char __user *filename, struct path *path)
{
	int error = user_path_dir(filename, path);

	if (error)
		return error;
	error = inode_permission(path->dentry->d_inode, MAY_EXEC | MAY_ACCESS);
	if (error)
		path_put(path);
	return error;
}

/**
 * sys_chdir - the body of chdir(2)
 * @filename: the new current directory
 *
 * Context: process context; may sleep.
 * Return: 0, -ENOTDIR, -ENOENT, -EACCES...
 */
asmlinkage long sys_chdir(const char __user *filename)
{
	struct path path;
	int error = dir_path(filename, &path);

	if (error)
		return error;
	set_fs_pwd(current->fs, &path);
	path_put(&path);
	return 0;
}

/**
 * sys_fchdir - the body of fchdir(2)
 * @fd: an open directory
 *
 * Context: process context; may sleep.
 * Return: 0, -EBADF, -ENOTDIR.
 */
asmlinkage long sys_fchdir(unsigned int fd)
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
 * Return: 0, -ENOTDIR, -ENOENT, -EACCES, -EPERM (not root: CAP_SYS_CHROOT)...
 */
asmlinkage long sys_chroot(const char __user *filename)
{
	struct path path;
	int error = dir_path(filename, &path);

	if (error)
		return error;
	error = -EPERM;
	if (capable(CAP_SYS_CHROOT)) {
		set_fs_root(current->fs, &path);
		error = 0;
	}
	path_put(&path);
	return error;
}

/**
 * __dentry_open - make @f an open of @dentry; the path references pass to @f
 * @dentry: the dentry
 * @mnt: its mount
 * @f: a file from get_empty_filp(), its f_flags set; freed on error
 *
 * 2.6.32 keeps this static and do_filp_open() reaches it through
 * nameidata_to_filp() with the file it allocated before the walk; Linnet's
 * do_filp_open() calls it directly, for the same reason: the file exists
 * before O_CREAT makes anything, so running out of files creates nothing.
 *
 * Context: process context; may sleep.
 * Return: @f opened, or ERR_PTR of the open's error.
 */
struct file *__dentry_open(struct dentry *dentry, struct vfsmount *mnt, struct file *f)
{
	struct inode *inode = dentry->d_inode;
	int error;

	f->f_mode = OPEN_FMODE(f->f_flags) | FMODE_LSEEK | FMODE_PREAD | FMODE_PWRITE;
	f->f_mapping = inode->i_mapping;
	f->f_path.dentry = dentry;
	f->f_path.mnt = mnt;
	f->f_inode = inode;
	f->f_pos = 0;
	if (f->f_mode & FMODE_WRITE) {
		error = get_write_access(inode); /* -ETXTBSY for a running program */
		if (error) {
			put_filp(f);
			dput(dentry);
			mntput(mnt);
			return ERR_PTR(error);
		}
	}
	f->f_op = fops_get(inode->i_fop);
	file_move(f, &inode->i_sb->s_files);
	if (f->f_op && f->f_op->open) {
		error = f->f_op->open(inode, f);
		if (error) {
			if (f->f_mode & FMODE_WRITE)
				put_write_access(inode);
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
EXPORT_SYMBOL(dentry_open);

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
EXPORT_SYMBOL(filp_open);

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
	locks_remove_posix(filp, id); /* any close drops the process's record locks */
	fput(filp);
	return retval;
}
EXPORT_SYMBOL(filp_close);

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
				fsnotify_open(f->f_path.dentry);
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
EXPORT_SYMBOL(generic_file_open);

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
EXPORT_SYMBOL(nonseekable_open);

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

/*
 * The system calls of open.c. On i386 a 2.6.32 kernel opens every file
 * of a 64-bit-offset call as O_LARGEFILE only when asked: open() passes
 * the flags through, and glibc adds O_LARGEFILE itself.
 */

/**
 * sys_open - open(2): open a path, the lowest free descriptor (system call 5)
 * @filename: the path
 * @flags: O_* flags
 * @mode: the permissions for O_CREAT (less the umask)
 *
 * Context: process context (system call); may sleep.
 * Return: the descriptor, or -ENOENT, -EEXIST, -ENOTDIR, -EISDIR,
 * -ELOOP, -ENAMETOOLONG, -EFAULT, -EMFILE, -ENFILE, -EACCES...
 */
asmlinkage long sys_open(const char __user *filename, int flags, int mode)
{
	return do_sys_open(AT_FDCWD, filename, flags, mode);
}

/**
 * sys_openat - openat(2): open relative to a directory descriptor (system call 295)
 * @dfd: the directory, or AT_FDCWD
 * @filename: the path (an absolute one ignores @dfd)
 * @flags: O_* flags
 * @mode: the permissions for O_CREAT
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_open(), and -EBADF/-ENOTDIR for a bad @dfd.
 */
asmlinkage long sys_openat(int dfd, const char __user *filename, int flags, int mode)
{
	return do_sys_open(dfd, filename, flags, mode);
}

/**
 * sys_creat - creat(2): open(O_CREAT | O_WRONLY | O_TRUNC) (system call 8)
 * @pathname: the path
 * @mode: the permissions
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_open().
 */
asmlinkage long sys_creat(const char __user *pathname, int mode)
{
	return sys_open(pathname, O_CREAT | O_WRONLY | O_TRUNC, mode);
}

/**
 * sys_faccessat - faccessat(2): may the caller read, write, run this? (system call 307)
 * @dfd: where a relative path starts
 * @filename: the path
 * @mode: F_OK (0) or an or of R_OK (4), W_OK (2), X_OK (1)
 *
 * The question is asked for the real user and group (a set-user-ID
 * program asks "may the user who ran me?"): for the walk and the check,
 * the fsuid and fsgid become the real ids, and a non-root real user has
 * no capabilities (root's effective set becomes its permitted one), as
 * 2.6.32 does on a copy of the credentials; Linnet changes the task's
 * own for the time of the check and puts them back.
 *
 * Context: process context (system call); may sleep.
 * Return: 0, -EINVAL (bad @mode), -EACCES, -ENOENT, -ENOTDIR, -ELOOP,
 * -EFAULT...
 */
asmlinkage long sys_faccessat(int dfd, const char __user *filename, int mode)
{
	struct cred *c = &current->cred;
	uid_t old_fsuid = c->fsuid;
	gid_t old_fsgid = c->fsgid;
	kernel_cap_t old_effective = c->cap_effective;
	struct path path;
	int res;

	if (mode & ~S_IRWXO) /* F_OK, R_OK, W_OK, X_OK */
		return -EINVAL;
	c->fsuid = c->uid;
	c->fsgid = c->gid;
	if (c->uid)
		cap_clear(c->cap_effective);
	else
		c->cap_effective = c->cap_permitted;
	res = user_path_at(dfd, filename, LOOKUP_FOLLOW, &path);
	if (!res) {
		res = inode_permission(path.dentry->d_inode, mode | MAY_ACCESS);
		path_put(&path);
	}
	c->fsuid = old_fsuid;
	c->fsgid = old_fsgid;
	c->cap_effective = old_effective;
	return res;
}

/**
 * sys_access - access(2) (system call 33)
 * @filename: the path
 * @mode: F_OK or R_OK | W_OK | X_OK
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_faccessat().
 */
asmlinkage long sys_access(const char __user *filename, int mode)
{
	return sys_faccessat(AT_FDCWD, filename, mode);
}

/* chmod's work: the new permission bits, the file type kept */
static int chmod_common(struct dentry *dentry, mode_t mode)
{
	struct inode *inode = dentry->d_inode;
	struct iattr newattrs;
	int error;

	mutex_lock(&inode->i_mutex);
	if (mode == (mode_t)-1)
		mode = inode->i_mode;
	newattrs.ia_mode = (mode & S_IALLUGO) | (inode->i_mode & ~S_IALLUGO);
	newattrs.ia_valid = ATTR_MODE | ATTR_CTIME;
	error = notify_change(dentry, &newattrs);
	mutex_unlock(&inode->i_mutex);
	return error;
}

/**
 * sys_fchmod - fchmod(2): change an open file's permissions (system call 94)
 * @fd: the descriptor
 * @mode: the new permission bits (S_IALLUGO)
 *
 * Context: process context (system call); may sleep.
 * Return: 0 or -EBADF.
 */
asmlinkage long sys_fchmod(unsigned int fd, mode_t mode)
{
	struct file *file = fget(fd);
	int err;

	if (!file)
		return -EBADF;
	err = chmod_common(file->f_path.dentry, mode);
	fput(file);
	return err;
}

/**
 * sys_fchmodat - fchmodat(2): change a path's permissions (system call 306)
 * @dfd: where a relative path starts
 * @filename: the path (a symlink is followed)
 * @mode: the new permission bits
 *
 * Context: process context (system call); may sleep.
 * Return: 0, -ENOENT, -ENOTDIR, -ELOOP, -EFAULT...
 */
asmlinkage long sys_fchmodat(int dfd, const char __user *filename, mode_t mode)
{
	struct path path;
	int error = user_path_at(dfd, filename, LOOKUP_FOLLOW, &path);

	if (error)
		return error;
	error = chmod_common(path.dentry, mode);
	path_put(&path);
	return error;
}

/**
 * sys_chmod - chmod(2) (system call 15)
 * @filename: the path
 * @mode: the new permission bits
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_fchmodat().
 */
asmlinkage long sys_chmod(const char __user *filename, mode_t mode)
{
	return sys_fchmodat(AT_FDCWD, filename, mode);
}

/*
 * chown's work: -1 leaves an id alone; a change of owner of anything
 * but a directory drops set-user-ID, and set-group-ID when the group
 * may execute (2.6.32's ATTR_KILL_SUID/ATTR_KILL_SGID), even for root.
 */
static int chown_common(struct dentry *dentry, uid_t user, gid_t group)
{
	struct inode *inode = dentry->d_inode;
	struct iattr newattrs;
	int error;

	newattrs.ia_valid = ATTR_CTIME;
	if (user != (uid_t)-1) {
		newattrs.ia_valid |= ATTR_UID;
		newattrs.ia_uid = user;
	}
	if (group != (gid_t)-1) {
		newattrs.ia_valid |= ATTR_GID;
		newattrs.ia_gid = group;
	}
	mutex_lock(&inode->i_mutex);
	if (!S_ISDIR(inode->i_mode)) {
		mode_t mode = inode->i_mode & ~S_ISUID;

		if ((mode & (S_ISGID | S_IXGRP)) == (S_ISGID | S_IXGRP))
			mode &= ~S_ISGID;
		if (mode != inode->i_mode) {
			newattrs.ia_valid |= ATTR_MODE;
			newattrs.ia_mode = mode;
		}
	}
	error = notify_change(dentry, &newattrs);
	mutex_unlock(&inode->i_mutex);
	return error;
}

/**
 * sys_fchownat - fchownat(2): change a path's owner and group (system call 298)
 * @dfd: where a relative path starts
 * @filename: the path
 * @user: the new owner, or -1
 * @group: the new group, or -1
 * @flag: AT_SYMLINK_NOFOLLOW (change the link itself), AT_EMPTY_PATH (2.6.39's,
 * an addition: an empty @filename means @dfd itself)
 *
 * Context: process context (system call); may sleep.
 * Return: 0, -EINVAL (bad @flag), -ENOENT, -ENOTDIR, -ELOOP, -EFAULT...
 */
asmlinkage long sys_fchownat(int dfd, const char __user *filename, uid_t user, gid_t group,
			     int flag)
{
	struct path path;
	int error;

	if (flag & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH))
		return -EINVAL;
	error = user_path_at(dfd, filename,
			     (flag & AT_SYMLINK_NOFOLLOW ? 0 : LOOKUP_FOLLOW) |
				     (flag & AT_EMPTY_PATH ? LOOKUP_EMPTY : 0),
			     &path);
	if (error)
		return error;
	error = chown_common(path.dentry, user, group);
	path_put(&path);
	return error;
}

/**
 * sys_chown - chown(2) with 32-bit ids, following symlinks (system call 212, chown32)
 * @filename: the path
 * @user: the new owner, or -1
 * @group: the new group, or -1
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_fchownat().
 */
asmlinkage long sys_chown(const char __user *filename, uid_t user, gid_t group)
{
	return sys_fchownat(AT_FDCWD, filename, user, group, 0);
}

/**
 * sys_lchown - lchown(2) with 32-bit ids: a symlink itself (system call 198, lchown32)
 * @filename: the path
 * @user: the new owner, or -1
 * @group: the new group, or -1
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_fchownat().
 */
asmlinkage long sys_lchown(const char __user *filename, uid_t user, gid_t group)
{
	return sys_fchownat(AT_FDCWD, filename, user, group, AT_SYMLINK_NOFOLLOW);
}

/**
 * sys_fchown - fchown(2) with 32-bit ids (system call 207, fchown32)
 * @fd: the descriptor
 * @user: the new owner, or -1
 * @group: the new group, or -1
 *
 * Context: process context (system call); may sleep.
 * Return: 0 or -EBADF.
 */
asmlinkage long sys_fchown(unsigned int fd, uid_t user, gid_t group)
{
	struct file *file = fget(fd);
	int error;

	if (!file)
		return -EBADF;
	error = chown_common(file->f_path.dentry, user, group);
	fput(file);
	return error;
}

/*
 * The 16-bit forms (the first i386 ABI): 0xffff means "leave alone".
 * 2.6.32 has them in kernel/uid16.c; they live here beside the 32-bit
 * ones in Linnet.
 */
#define low2highuid(id) ((id) == (u16)-1 ? (uid_t)-1 : (uid_t)(id))

/**
 * sys_chown16 - chown(2) with 16-bit ids (system call 182)
 * @filename: the path
 * @user: the new owner, or 0xffff
 * @group: the new group, or 0xffff
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_chown().
 */
asmlinkage long sys_chown16(const char __user *filename, u16 user, u16 group)
{
	return sys_chown(filename, low2highuid(user), low2highuid(group));
}

/**
 * sys_lchown16 - lchown(2) with 16-bit ids (system call 16)
 * @filename: the path
 * @user: the new owner, or 0xffff
 * @group: the new group, or 0xffff
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_lchown().
 */
asmlinkage long sys_lchown16(const char __user *filename, u16 user, u16 group)
{
	return sys_lchown(filename, low2highuid(user), low2highuid(group));
}

/**
 * sys_fchown16 - fchown(2) with 16-bit ids (system call 95)
 * @fd: the descriptor
 * @user: the new owner, or 0xffff
 * @group: the new group, or 0xffff
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_fchown().
 */
asmlinkage long sys_fchown16(unsigned int fd, u16 user, u16 group)
{
	return sys_fchown(fd, low2highuid(user), low2highuid(group));
}

/**
 * sys_truncate - truncate(2) with a 32-bit length (system call 92)
 * @path: the file
 * @length: the new size
 *
 * Context: process context (system call); may sleep.
 * Return: 0, -EINVAL (negative), -EISDIR, -ENOENT, -EFAULT...
 */
asmlinkage long sys_truncate(const char __user *path, long length)
{
	return do_sys_truncate(path, length);
}

/**
 * sys_ftruncate - ftruncate(2) with a 32-bit length (system call 93)
 * @fd: the descriptor, open for writing
 * @length: the new size
 *
 * Context: process context (system call); may sleep.
 * Return: 0, -EBADF, -EINVAL (not a regular file open for writing).
 */
asmlinkage long sys_ftruncate(unsigned int fd, unsigned long length)
{
	return do_sys_ftruncate(fd, (long)length, 1);
}

/**
 * sys_truncate64 - truncate(2) with a 64-bit length in two registers (system call 193)
 * @path: the file
 * @length: the new size
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_truncate().
 */
asmlinkage long sys_truncate64(const char __user *path, loff_t length)
{
	return do_sys_truncate(path, length);
}

/**
 * sys_ftruncate64 - ftruncate(2) with a 64-bit length (system call 194)
 * @fd: the descriptor
 * @length: the new size
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_ftruncate().
 */
asmlinkage long sys_ftruncate64(unsigned int fd, loff_t length)
{
	return do_sys_ftruncate(fd, length, 0);
}

/**
 * struct statfs - what statfs(2) returns on i386 (32-bit fields)
 * @f_type: the file system's magic number
 * @f_bsize: its block size
 * @f_blocks: blocks in all
 * @f_bfree: free blocks
 * @f_bavail: free blocks for ordinary users
 * @f_files: inodes in all
 * @f_ffree: free inodes
 * @f_fsid: an id
 * @f_namelen: the longest name
 * @f_frsize: the fragment size
 * @f_spare: zero
 */
struct statfs {
	u32 f_type, f_bsize, f_blocks, f_bfree, f_bavail, f_files, f_ffree;
	int f_fsid[2];
	u32 f_namelen, f_frsize, f_spare[5];
};

/**
 * struct statfs64 - what statfs64(2) returns on i386 (84 bytes, 4-byte aligned)
 * @f_type: the file system's magic number
 * @f_bsize: its block size
 * @f_blocks: blocks in all
 * @f_bfree: free blocks
 * @f_bavail: free blocks for ordinary users
 * @f_files: inodes in all
 * @f_ffree: free inodes
 * @f_fsid: an id
 * @f_namelen: the longest name
 * @f_frsize: the fragment size
 * @f_spare: zero (2.6.36 made the first one f_flags)
 */
struct statfs64 {
	u32 f_type, f_bsize;
	u64 f_blocks, f_bfree, f_bavail, f_files, f_ffree;
	int f_fsid[2];
	u32 f_namelen, f_frsize, f_spare[5];
} __attribute__((packed, aligned(4)));

/*
 * Both layouts name kstatfs's fields alike and differ only in their
 * widths, so one macro copies them into either.
 */
#define COPY_STATFS(out, st)                           \
	do {                                           \
		memset(&(out), 0, sizeof(out));        \
		(out).f_type = (st)->f_type;           \
		(out).f_bsize = (st)->f_bsize;         \
		(out).f_blocks = (st)->f_blocks;       \
		(out).f_bfree = (st)->f_bfree;         \
		(out).f_bavail = (st)->f_bavail;       \
		(out).f_files = (st)->f_files;         \
		(out).f_ffree = (st)->f_ffree;         \
		(out).f_fsid[0] = (st)->f_fsid.val[0]; \
		(out).f_fsid[1] = (st)->f_fsid.val[1]; \
		(out).f_namelen = (st)->f_namelen;     \
		(out).f_frsize = (st)->f_frsize;       \
	} while (0)

/* The 32-bit form: -EOVERFLOW when a count does not fit, as 2.6.32 */
static int put_statfs(const struct kstatfs *st, struct statfs __user *buf)
{
	struct statfs out;

	if ((st->f_blocks | st->f_bfree | st->f_bavail) >> 32 ||
	    ((st->f_files | st->f_ffree) >> 32 && st->f_files != (u64)-1))
		return -EOVERFLOW;
	COPY_STATFS(out, st);
	return copy_to_user(buf, &out, sizeof(out)) ? -EFAULT : 0;
}

static int put_statfs64(const struct kstatfs *st, struct statfs64 __user *buf)
{
	struct statfs64 out;

	COPY_STATFS(out, st);
	return copy_to_user(buf, &out, sizeof(out)) ? -EFAULT : 0;
}

/* statfs of an open file's file system */
static long fd_statfs(unsigned int fd, struct kstatfs *st)
{
	struct file *file = fget(fd);
	long error;

	if (!file)
		return -EBADF;
	error = vfs_statfs(file->f_path.dentry, st);
	fput(file);
	return error;
}

/**
 * sys_statfs - statfs(2), 32-bit counts (system call 99)
 * @pathname: a path in the file system
 * @buf: where to put the answer
 *
 * Context: process context (system call); may sleep.
 * Return: 0, -ENOENT, -EFAULT, -EOVERFLOW...
 */
asmlinkage long sys_statfs(const char __user *pathname, struct statfs __user *buf)
{
	struct kstatfs st;
	long error = vfs_statfs_path(pathname, &st);

	return error ? error : put_statfs(&st, buf);
}

/**
 * sys_fstatfs - fstatfs(2), 32-bit counts (system call 100)
 * @fd: a descriptor in the file system
 * @buf: where to put the answer
 *
 * Context: process context (system call); may sleep.
 * Return: 0, -EBADF, -EFAULT, -EOVERFLOW.
 */
asmlinkage long sys_fstatfs(unsigned int fd, struct statfs __user *buf)
{
	struct kstatfs st;
	long error = fd_statfs(fd, &st);

	return error ? error : put_statfs(&st, buf);
}

/**
 * sys_statfs64 - statfs64(2) (system call 268)
 * @pathname: a path in the file system
 * @sz: sizeof(struct statfs64), 84 on i386
 * @buf: where to put the answer
 *
 * Context: process context (system call); may sleep.
 * Return: 0, -EINVAL (@sz), -ENOENT, -EFAULT...
 */
asmlinkage long sys_statfs64(const char __user *pathname, size_t sz, struct statfs64 __user *buf)
{
	struct kstatfs st;
	long error;

	if (sz != sizeof(*buf))
		return -EINVAL;
	error = vfs_statfs_path(pathname, &st);
	return error ? error : put_statfs64(&st, buf);
}

/**
 * sys_fstatfs64 - fstatfs64(2) (system call 269)
 * @fd: a descriptor in the file system
 * @sz: sizeof(struct statfs64)
 * @buf: where to put the answer
 *
 * Context: process context (system call); may sleep.
 * Return: 0, -EINVAL (@sz), -EBADF, -EFAULT.
 */
asmlinkage long sys_fstatfs64(unsigned int fd, size_t sz, struct statfs64 __user *buf)
{
	struct kstatfs st;
	long error;

	if (sz != sizeof(*buf))
		return -EINVAL;
	error = fd_statfs(fd, &st);
	return error ? error : put_statfs64(&st, buf);
}

/**
 * do_fallocate - reserve space in an open file (fallocate(2))
 * @file: the file
 * @mode: 0, or FALLOC_FL_KEEP_SIZE
 * @offset: where the range starts
 * @len: its length
 *
 * Context: process context; may sleep.
 * Return: 0 or the file system's answer; -EINVAL (negative @offset, @len
 * not positive), -EOPNOTSUPP (unknown @mode bits, or no ->fallocate),
 * -EBADF (not open for writing), -ESPIPE (a FIFO), -ENODEV (neither a
 * regular file nor a directory), -EFBIG (past s_maxbytes, or wrapping).
 */
long do_fallocate(struct file *file, int mode, loff_t offset, loff_t len)
{
	struct inode *inode = file->f_path.dentry->d_inode;

	if (offset < 0 || len <= 0)
		return -EINVAL;
	if (mode && !(mode & FALLOC_FL_KEEP_SIZE))
		return -EOPNOTSUPP;
	if (!(file->f_mode & FMODE_WRITE))
		return -EBADF;
	if (S_ISFIFO(inode->i_mode))
		return -ESPIPE;
	/* a directory is left to the file system, as 2.6.32 */
	if (!S_ISREG(inode->i_mode) && !S_ISDIR(inode->i_mode))
		return -ENODEV;
	/* the sum wraps negative when it overflows: unsigned, to keep it defined */
	if ((loff_t)((u64)offset + (u64)len) > inode->i_sb->s_maxbytes ||
	    (loff_t)((u64)offset + (u64)len) < 0)
		return -EFBIG;
	if (!inode->i_op->fallocate)
		return -EOPNOTSUPP;
	return inode->i_op->fallocate(inode, mode, offset, len);
}

/**
 * sys_fallocate - fallocate(2): reserve space in a file (system call 324)
 * @fd: the open file
 * @mode: 0, or FALLOC_FL_KEEP_SIZE
 * @offset: where the range starts (two stack words on i386)
 * @len: its length (two words)
 *
 * Context: process context (system call); may sleep.
 * Return: as do_fallocate(), or -EBADF for a bad @fd.
 */
asmlinkage long sys_fallocate(int fd, int mode, loff_t offset, loff_t len)
{
	struct file *file = fget(fd);
	long error;

	if (!file)
		return -EBADF;
	error = do_fallocate(file, mode, offset, len);
	fput(file);
	return error;
}

/**
 * sys_vhangup - vhangup(2): hang up the caller's controlling terminal (system call 111)
 *
 * What login programs call before they hand a terminal to a new user:
 * every file still open on it goes dead. A caller without a terminal
 * succeeds and nothing happens.
 *
 * Context: process context (system call); may sleep.
 * Return: 0, or -EPERM without CAP_SYS_TTY_CONFIG.
 */
asmlinkage long sys_vhangup(void)
{
	if (!capable(CAP_SYS_TTY_CONFIG))
		return -EPERM;
	tty_vhangup_self();
	return 0;
}
