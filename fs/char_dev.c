/*
 * char_dev.c - the registry of character devices, and open/read/write.
 *
 * Linux finds a character device through a filesystem node (/dev/ttyS0)
 * that holds a major number; the major indexes the table of drivers
 * (chrdevs[]) that register_chrdev() filled. Linnet has no filesystem,
 * so the name given to register_chrdev() is the node: filp_open("wait1")
 * or filp_open("/dev/wait1") finds the entry by name, builds a struct
 * file, and calls the driver's open. vfs_read() and vfs_write() are the
 * bodies of the read() and write() system calls: they check the access
 * mode and call the driver.
 *
 *   filp_open("wait1", O_RDONLY | O_NONBLOCK)
 *      -> chrdevs[] entry "wait1" -> struct file { f_op, f_flags } -> fops->open()
 *   vfs_read(file, buf, n) -> fops->read(file, buf, n, &pos)
 *
 * See docs/drivers.md.
 */
#include <linux/module.h>
#include <linux/fs.h>
#include <linux/cdev.h>
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/mutex.h>

#define MAX_CHRDEV 32

/* struct char_device_struct - one registered driver (Linux's has a minor range too) */
struct char_device_struct {
	unsigned int major;
	char name[64];
	const struct file_operations *fops;
	struct inode inode;
};

static struct char_device_struct chrdevs[MAX_CHRDEV];
static DEFINE_MUTEX(chrdevs_lock);

#define MAX_REGIONS 16

/* struct char_region - device numbers reserved by alloc/register_chrdev_region (count 0: free) */
struct char_region {
	unsigned int major;
	unsigned int baseminor;
	unsigned int count;
	char name[64];
};

static struct char_region regions[MAX_REGIONS];

static struct char_device_struct *find_by_name(const char *name)
{
	int i;

	for (i = 0; i < MAX_CHRDEV; i++)
		if (chrdevs[i].fops && !strcmp(chrdevs[i].name, name))
			return &chrdevs[i];
	return NULL;
}

static bool major_in_use(unsigned int major)
{
	int i;

	for (i = 0; i < MAX_CHRDEV; i++)
		if (chrdevs[i].fops && chrdevs[i].major == major)
			return true;
	for (i = 0; i < MAX_REGIONS; i++)
		if (regions[i].count && regions[i].major == major)
			return true;
	return false;
}

/* pick_major - @major itself, or the highest free dynamic major for 0 */
static int pick_major(unsigned int major)
{
	if (major)
		return major_in_use(major) ? -EBUSY : (int)major;
	for (major = CHRDEV_MAJOR_DYN_START; major > 0; major--)
		if (!major_in_use(major))
			return major;
	return -EBUSY;
}

/**
 * register_chrdev - register a character device under a name
 * @major: the major number wanted, or 0 for a free one
 * @name: the device's name, which filp_open() finds it by
 * @fops: its operations
 *
 * Context: process context; may sleep.
 * Return: the major number (the one given, or the one picked for 0), or
 * -EBUSY if the major or the name is taken or the table is full,
 * -EINVAL for a name that does not fit.
 */
int register_chrdev(unsigned int major, const char *name, const struct file_operations *fops)
{
	struct char_device_struct *cd = NULL;
	int i, ret;

	if (strlen(name) >= sizeof(cd->name))
		return -EINVAL;
	mutex_lock(&chrdevs_lock);
	ret = find_by_name(name) ? -EBUSY : pick_major(major);
	for (i = 0; ret >= 0 && i < MAX_CHRDEV && !cd; i++)
		if (!chrdevs[i].fops)
			cd = &chrdevs[i];
	if (ret >= 0 && cd) {
		cd->major = ret;
		strscpy(cd->name, name, sizeof(cd->name));
		cd->inode.i_rdev = MKDEV(ret, 0);
		cd->fops = fops;
	} else if (ret >= 0) {
		ret = -EBUSY;
	}
	mutex_unlock(&chrdevs_lock);
	return ret;
}

/**
 * unregister_chrdev - remove a character device from the registry
 * @major: its major number
 * @name: its name; both must match
 *
 * Context: process context; may sleep. Files already open stay usable.
 */
void unregister_chrdev(unsigned int major, const char *name)
{
	struct char_device_struct *cd;

	mutex_lock(&chrdevs_lock);
	cd = find_by_name(name);
	if (cd && cd->major == major)
		cd->fops = NULL;
	else
		WARN_ON(1);
	mutex_unlock(&chrdevs_lock);
}

/**
 * filp_open - open a character device by name
 * @filename: "NAME" or "/dev/NAME"
 * @flags: O_RDONLY, O_WRONLY or O_RDWR, with O_NONBLOCK if wanted
 * @mode: ignored (no files are created)
 *
 * Context: process context; may sleep.
 * Return: the open file, or ERR_PTR(-ENOENT) for an unknown name,
 * -ENOMEM, or the driver's open error.
 */
struct file *filp_open(const char *filename, int flags, int mode)
{
	struct char_device_struct *cd;
	struct file *file;
	int ret = 0;

	if (!strncmp(filename, "/dev/", 5))
		filename += 5;
	mutex_lock(&chrdevs_lock);
	cd = find_by_name(filename);
	mutex_unlock(&chrdevs_lock);
	if (!cd)
		return ERR_PTR(-ENOENT);
	file = kzalloc(sizeof(*file), GFP_KERNEL);
	if (!file)
		return ERR_PTR(-ENOMEM);
	file->f_op = cd->fops;
	file->f_flags = flags;
	file->f_inode = &cd->inode;
	if (file->f_op->open)
		ret = file->f_op->open(file->f_inode, file);
	if (ret) {
		kfree(file);
		return ERR_PTR(ret);
	}
	return file;
}

/**
 * filp_close - close a file opened by filp_open()
 * @filp: the file; freed here
 * @id: the owner (unused; Linux uses it for POSIX locks)
 *
 * Context: process context; may sleep.
 * Return: 0, or the driver's release error.
 */
int filp_close(struct file *filp, fl_owner_t id)
{
	int ret = 0;

	if (filp->f_op->release)
		ret = filp->f_op->release(filp->f_inode, filp);
	kfree(filp);
	return ret;
}

/**
 * vfs_read - read from an open file, as the read() system call does
 * @file: the file
 * @buf: where to put the bytes
 * @count: at most this many
 * @pos: the file position, updated by the driver
 *
 * Context: process context; may sleep unless the file is O_NONBLOCK.
 * Return: the bytes read, or -EBADF (not open for reading), -EINVAL (no
 * read operation), or the driver's error.
 */
ssize_t vfs_read(struct file *file, char __user *buf, size_t count, loff_t *pos)
{
	if ((file->f_flags & O_ACCMODE) == O_WRONLY)
		return -EBADF;
	if (!file->f_op->read)
		return -EINVAL;
	return file->f_op->read(file, buf, count, pos);
}

/**
 * vfs_write - write to an open file, as the write() system call does
 * @file: the file
 * @buf: the bytes
 * @count: how many
 * @pos: the file position, updated by the driver
 *
 * Context: process context; may sleep unless the file is O_NONBLOCK.
 * Return: the bytes written, or -EBADF (not open for writing), -EINVAL
 * (no write operation), or the driver's error.
 */
ssize_t vfs_write(struct file *file, const char __user *buf, size_t count, loff_t *pos)
{
	if ((file->f_flags & O_ACCMODE) == O_RDONLY)
		return -EBADF;
	if (!file->f_op->write)
		return -EINVAL;
	return file->f_op->write(file, buf, count, pos);
}

/**
 * chrdev_show - list the registered devices, as /proc/devices does
 * @print: the printer
 * @arg: its argument
 *
 * Context: process context; may sleep.
 */
void chrdev_show(void (*print)(void *arg, const char *fmt, ...), void *arg)
{
	int i;

	print(arg, "Character devices:\n");
	mutex_lock(&chrdevs_lock);
	for (i = 0; i < MAX_CHRDEV; i++)
		if (chrdevs[i].fops)
			print(arg, "%3u %s\n", chrdevs[i].major, chrdevs[i].name);
	mutex_unlock(&chrdevs_lock);
}

/**
 * no_llseek - the llseek of a device that cannot seek
 * @file: the file
 * @offset: the offset asked for
 * @origin: SEEK_SET, SEEK_CUR or SEEK_END
 *
 * Context: process context.
 * Return: -ESPIPE, as for a pipe.
 */
loff_t no_llseek(struct file *file, loff_t offset, int origin)
{
	return -ESPIPE;
}

/* Reserve @count minors from @baseminor of @major (0: pick one); the lock is held */
static int reserve_region(unsigned int major, unsigned int baseminor, unsigned int count,
			  const char *name)
{
	struct char_region *r = NULL;
	int i, ret;

	if (!count || strlen(name) >= sizeof(r->name) || baseminor + count > (1U << MINORBITS))
		return -EINVAL;
	ret = pick_major(major);
	for (i = 0; ret >= 0 && i < MAX_REGIONS && !r; i++)
		if (!regions[i].count)
			r = &regions[i];
	if (ret < 0)
		return ret;
	if (!r)
		return -EBUSY;
	r->major = ret;
	r->baseminor = baseminor;
	r->count = count;
	strscpy(r->name, name, sizeof(r->name));
	return ret;
}

/**
 * alloc_chrdev_region - reserve device numbers under a free (dynamic) major
 * @dev: set to the first number reserved
 * @baseminor: the first minor
 * @count: how many minors
 * @name: the driver's name; its devices are named after it
 *
 * Context: process context; may sleep.
 * Return: 0, -EINVAL for a bad range or name, -EBUSY when no major or slot is free.
 */
int alloc_chrdev_region(dev_t *dev, unsigned int baseminor, unsigned int count, const char *name)
{
	int ret;

	mutex_lock(&chrdevs_lock);
	ret = reserve_region(0, baseminor, count, name);
	mutex_unlock(&chrdevs_lock);
	if (ret < 0)
		return ret;
	*dev = MKDEV(ret, baseminor);
	return 0;
}
EXPORT_SYMBOL(alloc_chrdev_region);

/**
 * register_chrdev_region - reserve device numbers under a known major
 * @from: the first number (its major must be free)
 * @count: how many minors
 * @name: the driver's name
 *
 * Context: process context; may sleep.
 * Return: 0, -EINVAL or -EBUSY (the major is taken).
 */
int register_chrdev_region(dev_t from, unsigned int count, const char *name)
{
	int ret;

	if (!MAJOR(from))
		return -EINVAL;
	mutex_lock(&chrdevs_lock);
	ret = reserve_region(MAJOR(from), MINOR(from), count, name);
	mutex_unlock(&chrdevs_lock);
	return ret < 0 ? ret : 0;
}
EXPORT_SYMBOL(register_chrdev_region);

/**
 * unregister_chrdev_region - give back reserved device numbers
 * @from: the first number, as reserved
 * @count: how many, as reserved
 *
 * Context: process context; may sleep.
 */
void unregister_chrdev_region(dev_t from, unsigned int count)
{
	int i;

	mutex_lock(&chrdevs_lock);
	for (i = 0; i < MAX_REGIONS; i++) {
		struct char_region *r = &regions[i];

		if (r->count == count && r->major == MAJOR(from) && r->baseminor == MINOR(from))
			break;
	}
	if (!WARN(i == MAX_REGIONS, "unregister_chrdev_region: no region %u:%u+%u\n", MAJOR(from),
		  MINOR(from), count))
		regions[i].count = 0;
	mutex_unlock(&chrdevs_lock);
}
EXPORT_SYMBOL(unregister_chrdev_region);

/**
 * cdev_init - prepare a cdev (usually embedded in the driver's own structure)
 * @cdev: the cdev
 * @fops: its operations
 *
 * Context: any.
 */
void cdev_init(struct cdev *cdev, const struct file_operations *fops)
{
	memset(cdev, 0, sizeof(*cdev));
	cdev->ops = fops;
}
EXPORT_SYMBOL(cdev_init);

/**
 * cdev_alloc - allocate a cdev on its own
 *
 * Context: process context; may sleep.
 * Return: a zeroed cdev (set its ops), or NULL.
 */
struct cdev *cdev_alloc(void)
{
	return kzalloc(sizeof(struct cdev), GFP_KERNEL);
}
EXPORT_SYMBOL(cdev_alloc);

static struct char_region *region_of(dev_t dev, unsigned int count)
{
	int i;

	for (i = 0; i < MAX_REGIONS; i++) {
		struct char_region *r = &regions[i];

		if (r->count && r->major == MAJOR(dev) && MINOR(dev) >= r->baseminor &&
		    MINOR(dev) + count <= r->baseminor + r->count)
			return r;
	}
	return NULL;
}

/* Make one minor of @p openable by name; the lock is held */
static int add_cdev_minor(struct cdev *p, struct char_region *r, unsigned int minor)
{
	struct char_device_struct *cd = NULL;
	char name[sizeof(cd->name)];
	int i;

	if (r->count == 1)
		strscpy(name, r->name, sizeof(name));
	else
		scnprintf(name, sizeof(name), "%s%u", r->name, minor);
	if (find_by_name(name))
		return -EBUSY;
	for (i = 0; i < MAX_CHRDEV && !cd; i++)
		if (!chrdevs[i].fops)
			cd = &chrdevs[i];
	if (!cd)
		return -EBUSY;
	cd->major = r->major;
	strscpy(cd->name, name, sizeof(cd->name));
	cd->inode.i_rdev = MKDEV(r->major, minor);
	cd->inode.i_cdev = p;
	cd->fops = p->ops;
	return 0;
}

static void remove_cdev_minors(struct cdev *p)
{
	int i;

	for (i = 0; i < MAX_CHRDEV; i++)
		if (chrdevs[i].fops && chrdevs[i].inode.i_cdev == p) {
			chrdevs[i].fops = NULL;
			chrdevs[i].inode.i_cdev = NULL;
		}
}

/**
 * cdev_add - make a cdev's devices live
 * @p: the cdev, after cdev_init()
 * @dev: its first device number, inside a reserved region
 * @count: how many minors it serves
 *
 * Each minor becomes a device named after the region: "name" for a
 * region of one minor, "name<minor>" otherwise. They can be opened at
 * once, so the driver must be ready before calling this.
 *
 * Context: process context; may sleep.
 * Return: 0, -EINVAL (numbers not reserved) or -EBUSY (no room, or a name taken).
 */
int cdev_add(struct cdev *p, dev_t dev, unsigned int count)
{
	struct char_region *r;
	unsigned int i;
	int ret = 0;

	mutex_lock(&chrdevs_lock);
	r = count ? region_of(dev, count) : NULL;
	if (!r)
		ret = -EINVAL;
	for (i = 0; !ret && i < count; i++)
		ret = add_cdev_minor(p, r, MINOR(dev) + i);
	if (ret)
		remove_cdev_minors(p);
	else {
		p->dev = dev;
		p->count = count;
	}
	mutex_unlock(&chrdevs_lock);
	return ret;
}
EXPORT_SYMBOL(cdev_add);

/**
 * cdev_del - remove a cdev's devices (open files keep working until closed)
 * @p: the cdev
 *
 * Context: process context; may sleep.
 */
void cdev_del(struct cdev *p)
{
	mutex_lock(&chrdevs_lock);
	remove_cdev_minors(p);
	mutex_unlock(&chrdevs_lock);
}
EXPORT_SYMBOL(cdev_del);
