/*
 * utimes.c - utime(2), utimes(2), futimesat(2), utimensat(2): setting a
 * file's access and modification times.
 *
 * All four come to do_utimes() with two timespecs, or none for "now".
 * utimensat's nanosecond field may instead say UTIME_NOW (this time)
 * or UTIME_OMIT (leave it); any other value outside 0..999999999 is
 * -EINVAL. With a NULL path, utimensat works on the descriptor @dfd
 * (futimens). The change time becomes now whatever is set, as 2.6.32.
 * Setting the times to now needs the file's owner, CAP_FOWNER or write
 * permission (-EACCES); setting any explicit time needs the owner or
 * CAP_FOWNER (-EPERM, from inode_change_ok), as 2.6.32. Read next: fs/attr.c:notify_change, docs/files.md.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/file.h>
#include <linux/namei.h>
#include <linux/fcntl.h>
#include <linux/time.h>
#include <linux/errno.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <linux/sched.h>

#define UTIME_NOW ((1l << 30) - 1l)
#define UTIME_OMIT ((1l << 30) - 2l)

/**
 * struct utimbuf - utime(2)'s argument
 * @actime: the access time, seconds
 * @modtime: the modification time, seconds
 */
struct utimbuf {
	long actime;
	long modtime;
};

static bool nsec_valid(long nsec)
{
	if (nsec == UTIME_OMIT || nsec == UTIME_NOW)
		return true;
	return nsec >= 0 && nsec <= 999999999;
}

static int utimes_common(struct path *path, struct timespec *times)
{
	struct inode *inode = path->dentry->d_inode;
	struct timespec now = current_fs_time(inode->i_sb);
	struct iattr newattrs;
	int error;

	if (times && times[0].tv_nsec == UTIME_NOW && times[1].tv_nsec == UTIME_NOW)
		times = NULL;
	newattrs.ia_valid = ATTR_CTIME | ATTR_MTIME | ATTR_ATIME;
	newattrs.ia_atime = now;
	newattrs.ia_mtime = now;
	if (!times && !is_owner_or_cap(inode)) {
		error = inode_permission(inode, MAY_WRITE);
		if (error)
			return error;
	}
	if (times) {
		newattrs.ia_valid |= ATTR_TIMES_SET;
		if (times[0].tv_nsec == UTIME_OMIT)
			newattrs.ia_valid &= ~ATTR_ATIME;
		else if (times[0].tv_nsec != UTIME_NOW)
			newattrs.ia_atime = times[0];
		if (times[1].tv_nsec == UTIME_OMIT)
			newattrs.ia_valid &= ~ATTR_MTIME;
		else if (times[1].tv_nsec != UTIME_NOW)
			newattrs.ia_mtime = times[1];
	}
	mutex_lock(&inode->i_mutex);
	error = notify_change(path->dentry, &newattrs);
	mutex_unlock(&inode->i_mutex);
	return error;
}

/**
 * do_utimes - set a file's access and modification times
 * @dfd: where a relative path starts; with a NULL @filename, the file itself
 * @filename: the path, or NULL
 * @times: two timespecs (kernel memory), or NULL for now
 * @flags: 0 or AT_SYMLINK_NOFOLLOW
 *
 * Context: process context; may sleep.
 * Return: 0, -EINVAL (bad nanoseconds or flags), -EBADF, -ENOENT...
 */
long do_utimes(int dfd, const char __user *filename, struct timespec *times, int flags)
{
	struct path path;
	int error;

	if (times && (!nsec_valid(times[0].tv_nsec) || !nsec_valid(times[1].tv_nsec)))
		return -EINVAL;
	if (times && times[0].tv_nsec == UTIME_OMIT && times[1].tv_nsec == UTIME_OMIT)
		return 0;
	if (flags & ~AT_SYMLINK_NOFOLLOW)
		return -EINVAL;
	if (!filename) {
		struct file *file;

		if (flags & AT_SYMLINK_NOFOLLOW)
			return -EINVAL;
		file = fget(dfd);
		if (!file)
			return -EBADF;
		error = utimes_common(&file->f_path, times);
		fput(file);
		return error;
	}
	error = user_path_at(dfd, filename, (flags & AT_SYMLINK_NOFOLLOW) ? 0 : LOOKUP_FOLLOW,
			     &path);
	if (error)
		return error;
	error = utimes_common(&path, times);
	path_put(&path);
	return error;
}

/**
 * sys_utimensat - utimensat(2) and futimens(3) (system call 320)
 * @dfd: where a relative path starts, or the file when @filename is NULL
 * @filename: the path, or NULL
 * @utimes: two timespecs, or NULL for now
 * @flags: 0 or AT_SYMLINK_NOFOLLOW
 *
 * Context: process context (system call); may sleep.
 * Return: as do_utimes(), -EFAULT.
 */
asmlinkage long sys_utimensat(int dfd, const char __user *filename, struct timespec __user *utimes,
			      int flags)
{
	struct timespec tstimes[2];

	if (utimes) {
		if (copy_from_user(tstimes, utimes, sizeof(tstimes)))
			return -EFAULT;
	}
	return do_utimes(dfd, filename, utimes ? tstimes : NULL, flags);
}

/**
 * sys_futimesat - futimesat(2): utimes from a directory (system call 299)
 * @dfd: where a relative path starts
 * @filename: the path
 * @utimes: two timevals, or NULL for now
 *
 * Context: process context (system call); may sleep.
 * Return: as do_utimes(), -EFAULT, -EINVAL (microseconds out of range).
 */
asmlinkage long sys_futimesat(int dfd, const char __user *filename, struct timeval __user *utimes)
{
	struct timeval times[2];
	struct timespec tstimes[2];

	if (utimes) {
		if (copy_from_user(times, utimes, sizeof(times)))
			return -EFAULT;
		if (times[0].tv_usec >= 1000000 || times[0].tv_usec < 0 ||
		    times[1].tv_usec >= 1000000 || times[1].tv_usec < 0)
			return -EINVAL;
		tstimes[0].tv_sec = times[0].tv_sec;
		tstimes[0].tv_nsec = 1000 * times[0].tv_usec;
		tstimes[1].tv_sec = times[1].tv_sec;
		tstimes[1].tv_nsec = 1000 * times[1].tv_usec;
	}
	return do_utimes(dfd, filename, utimes ? tstimes : NULL, 0);
}

/**
 * sys_utimes - utimes(2) (system call 271)
 * @filename: the path
 * @utimes: two timevals, or NULL for now
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_futimesat().
 */
asmlinkage long sys_utimes(const char __user *filename, struct timeval __user *utimes)
{
	return sys_futimesat(AT_FDCWD, filename, utimes);
}

/**
 * sys_utime - utime(2): times in whole seconds (system call 30)
 * @filename: the path
 * @times: access and modification times, or NULL for now
 *
 * Context: process context (system call); may sleep.
 * Return: as do_utimes(), -EFAULT.
 */
asmlinkage long sys_utime(const char __user *filename, struct utimbuf __user *times)
{
	struct timespec tv[2];

	if (times) {
		if (get_user(tv[0].tv_sec, &times->actime) ||
		    get_user(tv[1].tv_sec, &times->modtime))
			return -EFAULT;
		tv[0].tv_nsec = 0;
		tv[1].tv_nsec = 0;
	}
	return do_utimes(AT_FDCWD, filename, times ? tv : NULL, 0);
}
