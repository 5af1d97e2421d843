/*
 * readdir.c - reading a directory's entries.
 *
 * A directory is read by calling its readdir operation with a filldir_t
 * callback, which gets each entry (name, position after it, inode
 * number, DT_* type) and returns nonzero to stop when the caller's
 * buffer is full; the next call resumes at f_pos. getdents64() is one
 * such callback that packs struct linux_dirent64 records; getdents()
 * packs the older struct linux_dirent, and old_readdir() (system call
 * 89, from before getdents) returns a single struct old_linux_dirent per
 * call: its callback, fillonedir, takes the first entry and refuses the
 * second, which stays at f_pos for the next call. The directory's
 * i_mutex is held so that no entry vanishes mid-walk. Linux 2.6.32's
 * functions. Read next: fs/libfs.c:dcache_readdir,
 * docs/files.md.
 */
#include <linux/module.h>
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/file.h>
#include <linux/dirent.h>
#include <linux/uaccess.h>
#include <linux/kernel.h>
#include <linux/stddef.h>

/**
 * vfs_readdir - call @filler for each entry of an open directory from f_pos on
 * @file: the directory
 * @filler: the callback
 * @buf: its argument
 *
 * Context: process context; may sleep.
 * Return: 0, -ENOTDIR (not a directory), -ENOENT (removed), -EINTR, or
 * the file system's error.
 */
int vfs_readdir(struct file *file, filldir_t filler, void *buf)
{
	struct inode *inode = file->f_path.dentry->d_inode;
	int res = -ENOTDIR;

	if (!file->f_op || !file->f_op->readdir)
		return res;
	res = mutex_lock_killable(&inode->i_mutex);
	if (res)
		return res;
	res = -ENOENT;
	if (!IS_DEADDIR(inode)) {
		res = file->f_op->readdir(file, buf, filler);
		touch_atime(file->f_path.mnt, file->f_path.dentry);
	}
	mutex_unlock(&inode->i_mutex);
	return res;
}
EXPORT_SYMBOL(vfs_readdir);

/*
 * The two getdents calls share their state and their steps; only the
 * record differs. Each record's d_off (the position of the next entry)
 * is known only when the next entry comes, or at the end (f_pos), so the
 * state keeps the previous record's d_off and its width: 8 bytes in
 * struct linux_dirent64, 4 in the first struct linux_dirent.
 */

/**
 * struct getdents_callback - getdents' and getdents64's state between filldir calls
 * @current_dir: where the next record goes
 * @prev_d_off: the previous record's d_off, still to fill; NULL before the first
 * @d_off_size: its width in bytes
 * @count: the room left in the caller's buffer
 * @error: what the call returns if no record fits (-EINVAL) or a copy faults
 */
struct getdents_callback {
	char __user *current_dir;
	void __user *prev_d_off;
	int d_off_size;
	int count;
	int error;
};

/* put_d_off - store the position @offset in a record's d_off */
static int put_d_off(struct getdents_callback *buf, void __user *d_off, loff_t offset)
{
	if (buf->d_off_size == sizeof(s64))
		return put_user(offset, (s64 __user *)d_off);
	return put_user((unsigned long)offset, (unsigned long __user *)d_off);
}

/* dirent_fault - a copy to the caller's buffer failed */
static int dirent_fault(struct getdents_callback *buf)
{
	buf->error = -EFAULT;
	return -EFAULT;
}

/*
 * dirent_start - may a record of @reclen bytes start? -EINVAL if the
 * buffer cannot hold it, -EOVERFLOW if @ino_overflow (the inode number
 * does not fit the record); then the previous record gets its d_off.
 */
static int dirent_start(struct getdents_callback *buf, int reclen, bool ino_overflow, loff_t offset)
{
	buf->error = -EINVAL; /* the buffer cannot hold even this entry */
	if (reclen > buf->count)
		return -EINVAL;
	if (ino_overflow) {
		buf->error = -EOVERFLOW;
		return -EOVERFLOW;
	}
	if (buf->prev_d_off && put_d_off(buf, buf->prev_d_off, offset))
		return dirent_fault(buf);
	return 0;
}

/* dirent_next - the record is written: the next one goes after it */
static void dirent_next(struct getdents_callback *buf, void __user *d_off, int reclen)
{
	buf->prev_d_off = d_off;
	buf->current_dir += reclen;
	buf->count -= reclen;
}

/* do_getdents - read @fd's entries into @dirent with @filler, which writes one record each */
static long do_getdents(unsigned int fd, void __user *dirent, unsigned int count, filldir_t filler,
			int d_off_size)
{
	struct getdents_callback buf = { .current_dir = dirent,
					 .d_off_size = d_off_size,
					 .count = count };
	struct file *file;
	int error;

	if (!access_ok(VERIFY_WRITE, dirent, count))
		return -EFAULT;
	file = fget(fd);
	if (!file)
		return -EBADF;
	error = vfs_readdir(file, filler, &buf);
	if (error >= 0)
		error = buf.error;
	if (buf.prev_d_off) {
		if (put_d_off(&buf, buf.prev_d_off, file->f_pos))
			error = -EFAULT;
		else
			error = count - buf.count;
	}
	fput(file);
	return error;
}

static int filldir64(void *__buf, const char *name, int namlen, loff_t offset, u64 ino,
		     unsigned int d_type)
{
	struct getdents_callback *buf = __buf;
	struct linux_dirent64 __user *dirent = (void __user *)buf->current_dir;
	int reclen = ALIGN(offsetof(struct linux_dirent64, d_name) + namlen + 1, sizeof(u64));
	struct linux_dirent64 d = { .d_ino = ino, .d_reclen = reclen, .d_type = d_type };
	int err = dirent_start(buf, reclen, false, offset);

	if (err)
		return err;
	if (copy_to_user(dirent, &d, offsetof(struct linux_dirent64, d_name)) ||
	    copy_to_user(dirent->d_name, name, namlen) || put_user(0, dirent->d_name + namlen))
		return dirent_fault(buf);
	dirent_next(buf, &dirent->d_off, reclen);
	return 0;
}

/**
 * sys_getdents64 - the body of getdents64(2)
 * @fd: the open directory
 * @dirent: the caller's buffer of struct linux_dirent64
 * @count: its size
 *
 * Context: process context; may sleep.
 * Return: the bytes filled (0 at the end), -EBADF, -ENOTDIR, -EINVAL
 * (buffer too small for one entry), -EFAULT.
 */
asmlinkage long sys_getdents64(unsigned int fd, struct linux_dirent64 __user *dirent,
			       unsigned int count)
{
	return do_getdents(fd, dirent, count, filldir64, sizeof(dirent->d_off));
}

/**
 * struct linux_dirent - one entry as the first getdents() returns it (i386)
 * @d_ino: the inode number (32 bits: -EOVERFLOW beyond)
 * @d_off: the position of the next entry
 * @d_reclen: this record's length
 * @d_name: the name, NUL-terminated; the record's last byte is the d_type
 */
struct linux_dirent {
	unsigned long d_ino;
	unsigned long d_off;
	unsigned short d_reclen;
	char d_name[1];
};

static int filldir(void *__buf, const char *name, int namlen, loff_t offset, u64 ino,
		   unsigned int d_type)
{
	struct getdents_callback *buf = __buf;
	struct linux_dirent __user *dirent = (void __user *)buf->current_dir;
	unsigned long d_ino = ino;
	int reclen = ALIGN(offsetof(struct linux_dirent, d_name) + namlen + 2, sizeof(long));
	int err = dirent_start(buf, reclen, d_ino != ino, offset);

	if (err)
		return err;
	if (put_user(d_ino, &dirent->d_ino) || put_user(reclen, &dirent->d_reclen) ||
	    copy_to_user(dirent->d_name, name, namlen) || put_user(0, dirent->d_name + namlen) ||
	    put_user(d_type, (char __user *)dirent + reclen - 1))
		return dirent_fault(buf);
	dirent_next(buf, &dirent->d_off, reclen);
	return 0;
}

/**
 * sys_getdents - getdents(2): directory entries in struct linux_dirent (system call 141)
 * @fd: the open directory
 * @dirent: the caller's buffer
 * @count: its size
 *
 * Context: process context (system call); may sleep.
 * Return: the bytes filled (0 at the end), -EBADF, -ENOTDIR, -EINVAL
 * (buffer too small for one entry), -EFAULT, -EOVERFLOW.
 */
asmlinkage long sys_getdents(unsigned int fd, struct linux_dirent __user *dirent,
			     unsigned int count)
{
	return do_getdents(fd, dirent, count, filldir, sizeof(dirent->d_off));
}

/**
 * struct old_linux_dirent - one entry as old_readdir() returns it (i386)
 * @d_ino: the inode number (32 bits: -EOVERFLOW beyond)
 * @d_offset: the entry's own position in the directory (not the next one's)
 * @d_namlen: the name's length, without the NUL
 * @d_name: the name, NUL-terminated
 */
struct old_linux_dirent {
	unsigned long d_ino;
	unsigned long d_offset;
	unsigned short d_namlen;
	char d_name[1];
};

/**
 * struct readdir_callback - old_readdir's state: where the entry goes, what came of it
 * @dirent: the caller's record
 * @result: 0 until an entry is taken, then 1; or -EOVERFLOW, -EFAULT
 */
struct readdir_callback {
	struct old_linux_dirent __user *dirent;
	int result;
};

/*
 * fillonedir - old_readdir's filldir_t: take one entry, refuse the next
 * (nonzero stops the walk and leaves f_pos at it, for the next call)
 */
static int fillonedir(void *__buf, const char *name, int namlen, loff_t offset, u64 ino,
		      unsigned int d_type)
{
	struct readdir_callback *buf = __buf;
	struct old_linux_dirent __user *dirent = buf->dirent;
	unsigned long d_ino = ino;

	(void)d_type; /* the old record has no room for it */
	if (buf->result)
		return -EINVAL;
	if (d_ino != ino) {
		buf->result = -EOVERFLOW;
		return -EOVERFLOW;
	}
	buf->result++;
	if (!access_ok(VERIFY_WRITE, dirent,
		       offsetof(struct old_linux_dirent, d_name) + namlen + 1) ||
	    put_user(d_ino, &dirent->d_ino) || put_user((unsigned long)offset, &dirent->d_offset) ||
	    put_user((unsigned short)namlen, &dirent->d_namlen) ||
	    copy_to_user(dirent->d_name, name, namlen) || put_user(0, dirent->d_name + namlen)) {
		buf->result = -EFAULT;
		return -EFAULT;
	}
	return 0;
}

/**
 * sys_old_readdir - readdir(2): the next directory entry, one per call (system call 89)
 * @fd: the open directory
 * @dirent: the caller's struct old_linux_dirent
 * @count: ignored (one entry is returned whatever it says), as on Linux
 *
 * Context: process context (system call); may sleep.
 * Return: 1 with an entry, 0 at the end, -EBADF, -ENOTDIR, -EFAULT, -EOVERFLOW.
 */
asmlinkage long sys_old_readdir(unsigned int fd, struct old_linux_dirent __user *dirent,
				unsigned int count)
{
	struct readdir_callback buf = { .dirent = dirent };
	struct file *file;
	int error;

	(void)count;
	file = fget(fd);
	if (!file)
		return -EBADF;
	error = vfs_readdir(file, fillonedir, &buf);
	if (buf.result)
		error = buf.result;
	fput(file);
	return error;
}
