/*
 * fs.h - character devices: struct file, struct file_operations and the
 * registry of named devices.
 *
 * Linnet has no filesystem, but it has Linux's interface to character
 * devices: a driver fills a struct file_operations (open, release,
 * read, write, poll) and registers it under a name with
 * register_chrdev(); whoever wants the device opens it by name and gets
 * a struct file, whose f_flags (O_NONBLOCK) and private_data the driver
 * sees in every call. The shell's cat and echo commands use this path,
 * as a program's read() and write() would. See fs/char_dev.c and
 * docs/drivers.md.
 */
#ifndef _LINUX_FS_H
#define _LINUX_FS_H

#include <linux/types.h>
#include <linux/list.h>

/* Open flags (f_flags), Linux's i386 values */
#define O_ACCMODE 00000003
#define O_RDONLY 00000000
#define O_WRONLY 00000001
#define O_RDWR 00000002
#define O_TRUNC 00001000
#define O_NONBLOCK 00004000

#define CHRDEV_MAJOR_DYN_START 234 /* dynamic majors count down from here, as Linux's */

typedef unsigned int dev_t;
typedef void *fl_owner_t;

#define MINORBITS 20
#define MKDEV(ma, mi) (((ma) << MINORBITS) | (mi))
#define MAJOR(dev) ((unsigned int)((dev) >> MINORBITS))
#define MINOR(dev) ((unsigned int)((dev) & ((1U << MINORBITS) - 1)))

struct file;
struct module;
struct poll_table_struct;

struct cdev;

/**
 * struct inode - what Linnet keeps of a device inode
 * @i_rdev: the device number (major, minor)
 * @i_cdev: the struct cdev that serves it (NULL for register_chrdev())
 */
struct inode {
	dev_t i_rdev;
	struct cdev *i_cdev;
};

/**
 * struct file_operations - what a character device can do
 * @open: set up @file (private_data); 0 or a negative errno
 * @release: the last close
 * @read: copy up to @count bytes to @buf; the count, 0 at end of file, or a
 *        negative errno (-EAGAIN with O_NONBLOCK, -ERESTARTSYS on a signal)
 * @write: take up to @count bytes from @buf; the count or a negative errno
 * @poll: the POLL* events ready now, registering on wait queues through
 *        poll_wait()
 * @owner: the module that provides the operations (THIS_MODULE; unused)
 * @llseek: change f_pos; NULL means the default, no_llseek() refuses
 * @unlocked_ioctl: a device-specific command; -ENOTTY if not understood
 * @ioctl: the same with the inode, as 2.6.32 still had it
 */
struct file_operations {
	int (*open)(struct inode *inode, struct file *file);
	int (*release)(struct inode *inode, struct file *file);
	ssize_t (*read)(struct file *file, char __user *buf, size_t count, loff_t *ppos);
	ssize_t (*write)(struct file *file, const char __user *buf, size_t count, loff_t *ppos);
	unsigned int (*poll)(struct file *file, struct poll_table_struct *wait);
	struct module *owner;
	loff_t (*llseek)(struct file *file, loff_t offset, int origin);
	long (*unlocked_ioctl)(struct file *file, unsigned int cmd, unsigned long arg);
	int (*ioctl)(struct inode *inode, struct file *file, unsigned int cmd, unsigned long arg);
};

/**
 * struct file - one open instance of a device
 * @f_op: the device's operations
 * @f_flags: the O_* flags it was opened with
 * @f_pos: the position, for devices that have one
 * @f_inode: the device's inode
 * @private_data: the driver's pointer, set by open
 */
struct file {
	const struct file_operations *f_op;
	unsigned int f_flags;
	loff_t f_pos;
	struct inode *f_inode;
	void *private_data;
};

int register_chrdev(unsigned int major, const char *name, const struct file_operations *fops);
void unregister_chrdev(unsigned int major, const char *name);
struct file *filp_open(const char *filename, int flags, int mode);
int filp_close(struct file *filp, fl_owner_t id);
ssize_t vfs_read(struct file *file, char __user *buf, size_t count, loff_t *pos);
ssize_t vfs_write(struct file *file, const char __user *buf, size_t count, loff_t *pos);
void chrdev_show(void (*print)(void *arg, const char *fmt, ...), void *arg);
loff_t no_llseek(struct file *file, loff_t offset, int origin);

/* iminor/imajor - the minor and major numbers of a device inode */
#define iminor(inode) MINOR((inode)->i_rdev)
#define imajor(inode) MAJOR((inode)->i_rdev)

#endif /* _LINUX_FS_H */
