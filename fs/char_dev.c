/*
 * char_dev.c - the registry of character devices, and chrdev_open().
 *
 * A character device is reached as in Linux: through a device node, an
 * inode whose i_rdev holds a (major, minor) pair and whose i_fop is
 * def_chr_fops. Opening the node runs chrdev_open(), which finds the
 * driver registered for that number - by register_chrdev() (a whole
 * major) or cdev_add() (a range of minors) - puts its cdev in i_cdev,
 * swaps the driver's file_operations into the struct file and calls
 * the driver's open. From then on read() and write() go straight to the
 * driver.
 *
 *   open("/dev/wait1") -> path walk -> inode { i_rdev = 234:0, i_fop = def_chr_fops }
 *      -> chrdev_open -> chrdevs[] entry for 234 -> filp->f_op = wait1_fops -> open
 *
 * Device numbers are registered, as in 2.6.32, by register_chrdev() (a
 * whole major), alloc_chrdev_region() and register_chrdev_region();
 * /proc/devices lists those registrations (chrdev_show), not the cdevs.
 *
 * Linux 2.6.32 makes a /dev node only for a struct device with a number
 * (device_create -> device_add -> devtmpfs, drivers/base/core.c), which
 * Linnet does too. Linnet also makes one when a driver registers without
 * a device - "NAME" for register_chrdev() and one-minor regions,
 * "NAMEminor" for the minors of a larger region - and removes it when it
 * unregisters, so that the classic drivers of the 2.6 books, which call
 * mknod from a script, have their node in a shell without one. A
 * device_create() of the same name finds the node there and leaves it
 * (devtmpfs says -EEXIST, which device_add ignores as 2.6.32's does).
 * Linux keeps the numbers in a kobj_map; Linnet in a table of 32 entries.
 * See docs/drivers.md, docs/files.md, docs/drivers-core.md.
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
#include <linux/fcntl.h>
#include <linux/fs_struct.h>
#include <linux/sched.h>
#include <linux/syscalls.h>
#include <linnet/devtmpfs.h>

#define MAX_CHRDEV 32

/*
 * struct char_device_struct - one registered driver: a whole major
 * (register_chrdev, @cdev NULL) or one minor of a cdev
 */
struct char_device_struct {
	unsigned int major;
	char name[64];
	const struct file_operations *fops;
	dev_t dev;
	struct cdev *cdev;
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

/*
 * chrdev_node - make or remove /dev/NAME in devtmpfs (drivers/base/devtmpfs.c)
 * (devtmpfs's
 * job in 2.6.32). Before the root file system exists there is nowhere to
 * put it; a failure (no memory) leaves the device registered without a
 * node, as devtmpfs would.
 */
static void chrdev_node(const char *name, dev_t dev, bool add)
{
	if (add)
		devtmpfs_create_node(name, 0600, dev);
	else
		devtmpfs_delete_node(name);
}

/* find_by_dev - the driver for device number @dev (lock held) */
static struct char_device_struct *find_by_dev(dev_t dev)
{
	int i;

	for (i = 0; i < MAX_CHRDEV; i++)
		if (chrdevs[i].fops && chrdevs[i].cdev && chrdevs[i].dev == dev)
			return &chrdevs[i];
	for (i = 0; i < MAX_CHRDEV; i++)
		if (chrdevs[i].fops && !chrdevs[i].cdev && chrdevs[i].major == MAJOR(dev) &&
		    MINOR(dev) < 256)
			return &chrdevs[i];
	return NULL;
}

/**
 * chrdev_open - the open of every character device node
 * @inode: the node (i_rdev says which device)
 * @filp: the file being opened
 *
 * Finds the driver registered for i_rdev, sets i_cdev, swaps the
 * driver's operations into @filp and calls its open.
 *
 * Context: process context; may sleep.
 * Return: 0, -ENXIO (no driver for that number), or the driver's error.
 */
int chrdev_open(struct inode *inode, struct file *filp)
{
	const struct file_operations *fops = NULL;
	struct char_device_struct *cd;

	mutex_lock(&chrdevs_lock);
	cd = find_by_dev(inode->i_rdev);
	if (cd) {
		fops = cd->fops;
		inode->i_cdev = cd->cdev;
	}
	mutex_unlock(&chrdevs_lock);
	if (!fops)
		return -ENXIO;
	/* the driver's operations, and a reference on its module */
	fops = fops_get(fops);
	if (!fops)
		return -ENXIO;
	fops_put(filp->f_op);
	filp->f_op = fops;
	if (filp->f_op->open)
		return filp->f_op->open(inode, filp);
	return 0;
}

/**
 * cd_forget - an inode that pointed at a cdev is going away
 * @inode: the inode
 *
 * Context: any.
 */
void cd_forget(struct inode *inode)
{
	inode->i_cdev = NULL;
}

/*
 * def_chr_fops - the operations of a character device node before it is
 * opened: only open, which finds the driver's
 */
const struct file_operations def_chr_fops = {
	.open = chrdev_open,
};

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

/*
 * minors_in_use - does [@baseminor, +@count) of @major overlap a claim?
 * As 2.6.32's __register_chrdev_region: regions of one major coexist
 * while their minors do not overlap (LDD3's scull takes minors 0-3
 * dynamically, then 4-7 and 8-11 of the same major); register_chrdev
 * holds minors 0-255.
 */
static bool minors_in_use(unsigned int major, unsigned int baseminor, unsigned int count)
{
	int i;

	for (i = 0; i < MAX_CHRDEV; i++)
		if (chrdevs[i].fops && !chrdevs[i].cdev && chrdevs[i].major == major &&
		    baseminor < 256)
			return true;
	for (i = 0; i < MAX_REGIONS; i++) {
		const struct char_region *r = &regions[i];

		if (r->count && r->major == major && baseminor < r->baseminor + r->count &&
		    r->baseminor < baseminor + count)
			return true;
	}
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
		cd->dev = MKDEV(ret, 0);
		cd->cdev = NULL;
		cd->fops = fops;
	} else if (ret >= 0) {
		ret = -EBUSY;
	}
	mutex_unlock(&chrdevs_lock);
	if (ret >= 0)
		chrdev_node(name, MKDEV(ret, 0), true);
	return ret;
}
EXPORT_SYMBOL(register_chrdev);

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
	if (cd && cd->major == major)
		chrdev_node(name, 0, false);
}
EXPORT_SYMBOL(unregister_chrdev);

/* struct chrdev_line - one line of /proc/devices: a registration of device numbers */
struct chrdev_line {
	unsigned int major;
	unsigned int minor;
	const char *name;
};

/* The registrations, lock held: register_chrdev's majors and the regions */
static int chrdev_lines(struct chrdev_line *lines)
{
	int i, n = 0;

	for (i = 0; i < MAX_CHRDEV; i++)
		if (chrdevs[i].fops && !chrdevs[i].cdev)
			lines[n++] = (struct chrdev_line){ chrdevs[i].major, 0, chrdevs[i].name };
	for (i = 0; i < MAX_REGIONS; i++)
		if (regions[i].count)
			lines[n++] = (struct chrdev_line){ regions[i].major, regions[i].baseminor,
							   regions[i].name };
	return n;
}

/* Sort by major, then first minor: 2.6.32's chrdevs[] hash chains, read in order */
static void sort_chrdev_lines(struct chrdev_line *lines, int n)
{
	int i, j;

	for (i = 1; i < n; i++) {
		struct chrdev_line l = lines[i];

		for (j = i;
		     j > 0 && (lines[j - 1].major > l.major ||
			       (lines[j - 1].major == l.major && lines[j - 1].minor > l.minor));
		     j--)
			lines[j] = lines[j - 1];
		lines[j] = l;
	}
}

/**
 * chrdev_show - list the registered device numbers, as /proc/devices does
 * @print: the printer
 * @arg: its argument
 *
 * One line per registration, "%3d %s" as 2.6.32's: each register_chrdev()
 * major and each region from alloc_chrdev_region() or
 * register_chrdev_region(), by major. The minors a cdev serves are not
 * listed (cdev_add registers no numbers).
 *
 * Context: process context; may sleep.
 */
void chrdev_show(void (*print)(void *arg, const char *fmt, ...), void *arg)
{
	static struct chrdev_line lines[MAX_CHRDEV + MAX_REGIONS];
	int i, n;

	print(arg, "Character devices:\n");
	mutex_lock(&chrdevs_lock);
	n = chrdev_lines(lines);
	sort_chrdev_lines(lines, n);
	for (i = 0; i < n; i++)
		print(arg, "%3u %s\n", lines[i].major, lines[i].name);
	mutex_unlock(&chrdevs_lock);
}

/* Reserve @count minors from @baseminor of @major (0: pick one); the lock is held */
static int reserve_region(unsigned int major, unsigned int baseminor, unsigned int count,
			  const char *name)
{
	struct char_region *r = NULL;
	int i, ret;

	if (!count || strlen(name) >= sizeof(r->name) || baseminor + count > (1U << MINORBITS))
		return -EINVAL;
	if (major)
		ret = minors_in_use(major, baseminor, count) ? -EBUSY : (int)major;
	else
		ret = pick_major(0);
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
 * @from: the first number (no other claim may hold its minors)
 * @count: how many minors
 * @name: the driver's name
 *
 * Context: process context; may sleep.
 * Return: 0, -EINVAL or -EBUSY (a minor in the range is taken).
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

/*
 * The cdev's kobject types, as 2.6.32's: a cdev the driver embeds is its
 * driver's to free (nothing to do at the last put); one from cdev_alloc()
 * is freed by the last put, which cdev_del() makes.
 */
static void cdev_default_release(struct kobject *kobj)
{
}

static void cdev_dynamic_release(struct kobject *kobj)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
	kfree(container_of(kobj, struct cdev, kobj));
}

static struct kobj_type ktype_cdev_default = {
	.release = cdev_default_release,
};

static struct kobj_type ktype_cdev_dynamic = {
	.release = cdev_dynamic_release,
};

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
	kobject_init(&cdev->kobj, &ktype_cdev_default);
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
	struct cdev *p = kzalloc(sizeof(struct cdev), GFP_KERNEL);

	if (p)
		kobject_init(&p->kobj, &ktype_cdev_dynamic);
	return p;
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
	cd->dev = MKDEV(r->major, minor);
	cd->cdev = p;
	cd->fops = p->ops;
	return 0;
}

/* Remove @p's minors from the table; their names go to @names (if given) to unlink */
static int remove_cdev_minors(struct cdev *p, char (*names)[64], int max)
{
	int i, n = 0;

	for (i = 0; i < MAX_CHRDEV; i++)
		if (chrdevs[i].fops && chrdevs[i].cdev == p) {
			if (names && n < max)
				strscpy(names[n++], chrdevs[i].name, 64);
			chrdevs[i].fops = NULL;
			chrdevs[i].cdev = NULL;
		}
	return n;
}

/* Make (or remove) the /dev nodes of @p's minors, outside chrdevs_lock */
static void cdev_nodes(struct cdev *p, bool add)
{
	int i;

	for (i = 0; i < MAX_CHRDEV; i++) {
		char name[64];
		dev_t dev;

		mutex_lock(&chrdevs_lock);
		if (!chrdevs[i].fops || chrdevs[i].cdev != p) {
			mutex_unlock(&chrdevs_lock);
			continue;
		}
		strscpy(name, chrdevs[i].name, sizeof(name));
		dev = chrdevs[i].dev;
		mutex_unlock(&chrdevs_lock);
		chrdev_node(name, dev, add);
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
		remove_cdev_minors(p, NULL, 0);
	else {
		p->dev = dev;
		p->count = count;
	}
	mutex_unlock(&chrdevs_lock);
	if (!ret)
		cdev_nodes(p, true);
	return ret;
}
EXPORT_SYMBOL(cdev_add);

/**
 * cdev_del - remove a cdev's devices and drop its reference (open files keep working)
 * @p: the cdev
 *
 * Context: process context; may sleep.
 */
void cdev_del(struct cdev *p)
{
	char names[MAX_CHRDEV][64];
	int i, n;

	mutex_lock(&chrdevs_lock);
	n = remove_cdev_minors(p, names, MAX_CHRDEV);
	mutex_unlock(&chrdevs_lock);
	for (i = 0; i < n; i++)
		chrdev_node(names[i], 0, false);
	kobject_put(&p->kobj);
}
EXPORT_SYMBOL(cdev_del);
