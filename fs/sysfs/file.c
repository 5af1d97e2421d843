/*
 * fs/sysfs/file.c - attribute files: one value, shown and stored a page at a time.
 *
 * An attribute file is read by its kobject type's sysfs_ops->show(), which
 * formats the value into a zeroed page; the first read() of an open file
 * (and any read at offset 0) calls it, and the reads that follow copy out
 * of that page, so `cat` sees one consistent value. A write() copies at
 * most PAGE_SIZE - 1 bytes into the page, NUL-terminates them and hands
 * them to store(); what store() returns is what write() returns: a count
 * (possibly short, which the writer sees as a short write) or an errno
 * (-EINVAL for a value it does not accept, -EIO...), as in Linux 2.6.32:
 *
 *   read(fd)  -> sysfs_read_file  -> [active] ops->show(kobj, attr, page)
 *   write(fd) -> sysfs_write_file -> [active] ops->store(kobj, attr, page, n)
 *
 * open() refuses, with -EACCES, a write to a file with no write bit or no
 * store(), and a read of one with no read bit or no show(), even for root.
 * sysfs_notify() wakes the poll()ers of an attribute: poll() reports
 * POLLERR|POLLPRI until the file is read again (the contract of 2.6.32's
 * sysfs_poll: the reader re-reads from offset 0 after each event).
 *
 * Each attribute being polled has a sysfs_open_dirent (the event count,
 * the wait queue) shared by its open files and freed with the last one.
 * See docs/drivers-core.md.
 */
#include <linux/module.h>
#include <linux/kobject.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <linux/poll.h>
#include <linux/wait.h>
#include <linux/gfp.h>
#include <linux/err.h>
#include <linux/bug.h>
#include "sysfs.h"

/* The attributes' open state: event count and poll queue, per dirent */
struct sysfs_open_dirent {
	int refcnt;
	atomic_t event;
	wait_queue_head_t poll;
};

/* One open file of an attribute: its page and where the value was read */
struct sysfs_buffer {
	size_t count;
	char *page;
	const struct sysfs_ops *ops;
	struct mutex mutex;
	int needs_read_fill;
	int event;
};

static DEFINE_SPINLOCK(sysfs_open_dirent_lock);

/* The kobject an attribute dirent belongs to */
static struct kobject *attr_kobj(struct sysfs_dirent *attr_sd)
{
	return attr_sd->s_parent->s_dir.kobj;
}

/* Call show() into the buffer's page; 0 or a negative errno */
static int fill_read_buffer(struct sysfs_dirent *attr_sd, struct sysfs_buffer *buffer)
{
	ssize_t count;

	if (!buffer->page)
		buffer->page = (char *)get_zeroed_page(GFP_KERNEL);
	if (!buffer->page)
		return -ENOMEM;
	if (!sysfs_get_active(attr_sd))
		return -ENODEV;
	if (attr_sd->s_attr.open)
		buffer->event = atomic_read(&attr_sd->s_attr.open->event);
	count = buffer->ops->show(attr_kobj(attr_sd), attr_sd->s_attr.attr, buffer->page);
	sysfs_put_active(attr_sd);
	if (count >= (ssize_t)PAGE_SIZE) {
		printk(KERN_ERR "fill_read_buffer: %pS returned bad count\n", buffer->ops->show);
		count = PAGE_SIZE - 1;
	}
	if (count < 0)
		return count;
	buffer->needs_read_fill = 0;
	buffer->count = count;
	return 0;
}

static ssize_t sysfs_read_file(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	struct sysfs_buffer *buffer = file->private_data;
	struct sysfs_dirent *attr_sd = file->f_path.dentry->d_inode->i_private;
	ssize_t retval = 0;

	mutex_lock(&buffer->mutex);
	if (buffer->needs_read_fill || *ppos == 0)
		retval = fill_read_buffer(attr_sd, buffer);
	if (!retval)
		retval = simple_read_from_buffer(buf, count, ppos, buffer->page, buffer->count);
	mutex_unlock(&buffer->mutex);
	return retval;
}

/* Copy the written bytes into the page, NUL-terminated; how many, or -errno */
static ssize_t fill_write_buffer(struct sysfs_buffer *buffer, const char __user *buf, size_t count)
{
	if (!buffer->page)
		buffer->page = (char *)get_zeroed_page(GFP_KERNEL);
	if (!buffer->page)
		return -ENOMEM;
	if (count >= PAGE_SIZE)
		count = PAGE_SIZE - 1;
	if (copy_from_user(buffer->page, buf, count))
		return -EFAULT;
	/* the next read shows the value afresh */
	buffer->needs_read_fill = 1;
	buffer->page[count] = '\0';
	return count;
}

static ssize_t sysfs_write_file(struct file *file, const char __user *buf, size_t count,
				loff_t *ppos)
{
	struct sysfs_buffer *buffer = file->private_data;
	struct sysfs_dirent *attr_sd = file->f_path.dentry->d_inode->i_private;
	ssize_t len;

	mutex_lock(&buffer->mutex);
	len = fill_write_buffer(buffer, buf, count);
	if (len > 0) {
		if (sysfs_get_active(attr_sd)) {
			len = buffer->ops->store(attr_kobj(attr_sd), attr_sd->s_attr.attr,
						 buffer->page, len);
			sysfs_put_active(attr_sd);
		} else {
			len = -ENODEV;
		}
	}
	if (len > 0)
		*ppos += len;
	mutex_unlock(&buffer->mutex);
	return len;
}

/* Attach an open file to its dirent's sysfs_open_dirent, making it if first */
static int sysfs_get_open_dirent(struct sysfs_dirent *sd)
{
	struct sysfs_open_dirent *od, *new_od = kmalloc(sizeof(*new_od), GFP_KERNEL);

	if (!new_od)
		return -ENOMEM;
	new_od->refcnt = 0;
	atomic_set(&new_od->event, 1);
	init_waitqueue_head(&new_od->poll);
	spin_lock_irq(&sysfs_open_dirent_lock);
	od = sd->s_attr.open;
	if (!od) {
		od = sd->s_attr.open = new_od;
		new_od = NULL;
	}
	od->refcnt++;
	spin_unlock_irq(&sysfs_open_dirent_lock);
	kfree(new_od);
	return 0;
}

static void sysfs_put_open_dirent(struct sysfs_dirent *sd)
{
	struct sysfs_open_dirent *od;

	spin_lock_irq(&sysfs_open_dirent_lock);
	od = sd->s_attr.open;
	if (od && --od->refcnt == 0)
		sd->s_attr.open = NULL;
	else
		od = NULL;
	spin_unlock_irq(&sysfs_open_dirent_lock);
	kfree(od);
}

/**
 * sysfs_release_open - an attribute is removed: wake its pollers
 * @sd: the attribute's dirent
 *
 * Its open files keep the sysfs_open_dirent until they close.
 *
 * Context: process context.
 */
void sysfs_release_open(struct sysfs_dirent *sd)
{
	spin_lock_irq(&sysfs_open_dirent_lock);
	if (sd->s_attr.open) {
		atomic_inc(&sd->s_attr.open->event);
		wake_up_interruptible(&sd->s_attr.open->poll);
	}
	spin_unlock_irq(&sysfs_open_dirent_lock);
}

/* Check the mode and the ops against what the open asks, as 2.6.32's sysfs_open_file */
static int sysfs_check_open(struct inode *inode, struct file *file, const struct sysfs_ops *ops)
{
	if ((file->f_mode & FMODE_WRITE) && (!(inode->i_mode & S_IWUGO) || !ops->store))
		return -EACCES;
	if ((file->f_mode & FMODE_READ) && (!(inode->i_mode & S_IRUGO) || !ops->show))
		return -EACCES;
	return 0;
}

static int sysfs_open_file(struct inode *inode, struct file *file)
{
	struct sysfs_dirent *attr_sd = inode->i_private;
	struct kobject *kobj = attr_kobj(attr_sd);
	struct sysfs_buffer *buffer;
	const struct sysfs_ops *ops;
	int error = -ENODEV;

	if (!sysfs_get_active(attr_sd))
		return -ENODEV;
	ops = kobj->ktype ? kobj->ktype->sysfs_ops : NULL;
	error = -EACCES;
	if (!ops) {
		printk(KERN_ERR "missing sysfs attribute operations for kobject: %s\n",
		       kobject_name(kobj));
		WARN_ON(1);
		goto out;
	}
	error = sysfs_check_open(inode, file, ops);
	if (error)
		goto out;
	error = -ENOMEM;
	buffer = kzalloc(sizeof(*buffer), GFP_KERNEL);
	if (!buffer)
		goto out;
	mutex_init(&buffer->mutex);
	buffer->needs_read_fill = 1;
	buffer->ops = ops;
	error = sysfs_get_open_dirent(attr_sd);
	if (error)
		kfree(buffer);
	else
		file->private_data = buffer;
out:
	sysfs_put_active(attr_sd);
	return error;
}

static int sysfs_release(struct inode *inode, struct file *file)
{
	struct sysfs_buffer *buffer = file->private_data;

	sysfs_put_open_dirent(inode->i_private);
	if (buffer->page)
		free_page((unsigned long)buffer->page);
	kfree(buffer);
	return 0;
}

/*
 * Readable and writable always; POLLERR|POLLPRI too when sysfs_notify()
 * came after this file last read the value.
 */
static unsigned int sysfs_poll(struct file *file, poll_table *wait)
{
	struct sysfs_buffer *buffer = file->private_data;
	struct sysfs_dirent *attr_sd = file->f_path.dentry->d_inode->i_private;
	struct sysfs_open_dirent *od = attr_sd->s_attr.open;

	if (!od)
		return DEFAULT_POLLMASK;
	poll_wait(file, &od->poll, wait);
	if (buffer->event != atomic_read(&od->event))
		return DEFAULT_POLLMASK | POLLERR | POLLPRI;
	return DEFAULT_POLLMASK;
}

const struct file_operations sysfs_file_operations = {
	.read = sysfs_read_file,
	.write = sysfs_write_file,
	.llseek = generic_file_llseek,
	.open = sysfs_open_file,
	.release = sysfs_release,
	.poll = sysfs_poll,
};

/**
 * sysfs_notify_dirent - tell an attribute's pollers that its value changed
 * @sd: the attribute's dirent
 *
 * Context: any, interrupts included.
 */
void sysfs_notify_dirent(struct sysfs_dirent *sd)
{
	unsigned long flags;

	spin_lock_irqsave(&sysfs_open_dirent_lock, flags);
	if (sd->s_attr.open) {
		atomic_inc(&sd->s_attr.open->event);
		wake_up_interruptible(&sd->s_attr.open->poll);
	}
	spin_unlock_irqrestore(&sysfs_open_dirent_lock, flags);
}
EXPORT_SYMBOL_GPL(sysfs_notify_dirent);

/**
 * sysfs_notify - tell the pollers of @kobj's attribute @attr that it changed
 * @kobj: the kobject
 * @dir: a subdirectory (an attribute group's) the attribute is in, or NULL
 * @attr: the attribute's name
 *
 * Context: process context; takes sysfs_mutex.
 */
void sysfs_notify(struct kobject *kobj, const char *dir, const char *attr)
{
	struct sysfs_dirent *sd;

	mutex_lock(&sysfs_mutex);
	sd = kobj->sd;
	if (sd && dir)
		sd = sysfs_find_dirent(sd, dir);
	if (sd && attr)
		sd = sysfs_find_dirent(sd, attr);
	if (sd && sysfs_type(sd) == SYSFS_KOBJ_ATTR)
		sysfs_notify_dirent(sd);
	mutex_unlock(&sysfs_mutex);
}
EXPORT_SYMBOL_GPL(sysfs_notify);

/**
 * sysfs_add_file_mode - add an attribute file to a directory, with a mode
 * @dir_sd: the directory
 * @attr: the attribute (its name and the attribute stay the caller's)
 * @type: SYSFS_KOBJ_ATTR or SYSFS_KOBJ_BIN_ATTR
 * @amode: the permissions
 *
 * Context: process context; may sleep.
 * Return: 0, -ENOMEM or -EEXIST.
 */
int sysfs_add_file_mode(struct sysfs_dirent *dir_sd, const struct attribute *attr, int type,
			mode_t amode)
{
	struct sysfs_dirent *sd;
	struct attribute *a;
	int err;

	sd = sysfs_new_dirent(attr->name, (amode & S_IALLUGO) | S_IFREG, type);
	if (!sd)
		return -ENOMEM;
	/* the dirent never writes through them; the union wants plain pointers */
	a = (struct attribute *)attr;
	if (type == SYSFS_KOBJ_BIN_ATTR)
		/* cppcheck-suppress nullPointer ; container_of, not a dereference */
		sd->s_bin_attr.bin_attr = container_of(a, struct bin_attribute, attr);
	else
		sd->s_attr.attr = a;
	err = sysfs_add_one(dir_sd, sd);
	if (err)
		sysfs_put(sd);
	return err;
}

/**
 * sysfs_add_file - add an attribute file to a directory, with the attribute's mode
 * @dir_sd: the directory
 * @attr: the attribute
 * @type: SYSFS_KOBJ_ATTR or SYSFS_KOBJ_BIN_ATTR
 *
 * Context: process context; may sleep.
 * Return: 0, -ENOMEM or -EEXIST.
 */
int sysfs_add_file(struct sysfs_dirent *dir_sd, const struct attribute *attr, int type)
{
	return sysfs_add_file_mode(dir_sd, attr, type, attr->mode);
}

/**
 * sysfs_create_file - make an attribute file in a kobject's directory
 * @kobj: the kobject (added: it has a directory)
 * @attr: the attribute; it must stay until sysfs_remove_file()
 *
 * Context: process context; may sleep.
 * Return: 0, -ENOMEM, -EEXIST, or -EINVAL if @kobj has no directory.
 */
int sysfs_create_file(struct kobject *kobj, const struct attribute *attr)
{
	BUG_ON(!kobj || !attr);
	if (!kobj->sd)
		return -EINVAL;
	return sysfs_add_file(kobj->sd, attr, SYSFS_KOBJ_ATTR);
}
EXPORT_SYMBOL_GPL(sysfs_create_file);

/**
 * sysfs_create_files - make several attribute files; all or none
 * @kobj: the kobject
 * @ptr: NULL-terminated array of the attributes
 *
 * Context: process context; may sleep.
 * Return: 0 or the first error (the files made before it are removed).
 */
int sysfs_create_files(struct kobject *kobj, const struct attribute **ptr)
{
	int err = 0;
	int i;

	for (i = 0; ptr[i] && !err; i++)
		err = sysfs_create_file(kobj, ptr[i]);
	if (err)
		while (--i >= 0)
			sysfs_remove_file(kobj, ptr[i]);
	return err;
}
EXPORT_SYMBOL_GPL(sysfs_create_files);

/**
 * sysfs_hash_and_remove - remove the entry @name of a directory, if there
 * @dir_sd: the directory (NULL: nothing to do)
 * @name: the name
 *
 * Context: process context; may sleep.
 */
void sysfs_hash_and_remove(struct sysfs_dirent *dir_sd, const char *name)
{
	struct sysfs_dirent *sd;

	if (!dir_sd)
		return;
	sd = sysfs_get_dirent(dir_sd, (const unsigned char *)name);
	if (!sd)
		return;
	sysfs_remove_one(sd);
	sysfs_put(sd);
}

/**
 * sysfs_remove_file - remove an attribute file from a kobject's directory
 * @kobj: the kobject
 * @attr: the attribute
 *
 * On return no show() or store() of it is running or will run.
 *
 * Context: process context; may sleep.
 */
void sysfs_remove_file(struct kobject *kobj, const struct attribute *attr)
{
	sysfs_hash_and_remove(kobj->sd, attr->name);
}
EXPORT_SYMBOL_GPL(sysfs_remove_file);

/**
 * sysfs_remove_files - remove the attribute files of a NULL-terminated array
 * @kobj: the kobject
 * @ptr: the attributes
 *
 * Context: process context; may sleep.
 */
void sysfs_remove_files(struct kobject *kobj, const struct attribute **ptr)
{
	int i;

	for (i = 0; ptr[i]; i++)
		sysfs_remove_file(kobj, ptr[i]);
}
EXPORT_SYMBOL_GPL(sysfs_remove_files);

/**
 * sysfs_chmod_file - change the permissions of an attribute file
 * @kobj: the kobject
 * @attr: the attribute
 * @mode: the new permissions
 *
 * Context: process context; may sleep.
 * Return: 0, or -ENOENT if there is no such file.
 */
int sysfs_chmod_file(struct kobject *kobj, struct attribute *attr, mode_t mode)
{
	struct sysfs_dirent *sd;

	mutex_lock(&sysfs_mutex);
	sd = kobj->sd ? sysfs_find_dirent(kobj->sd, attr->name) : NULL;
	if (sd)
		sd->s_mode = (mode & S_IALLUGO) | (sd->s_mode & ~S_IALLUGO);
	mutex_unlock(&sysfs_mutex);
	return sd ? 0 : -ENOENT;
}
EXPORT_SYMBOL_GPL(sysfs_chmod_file);

/* The subdirectory @group of @kobj's directory, with a reference; or NULL */
static struct sysfs_dirent *sysfs_group_dir(struct kobject *kobj, const char *group)
{
	if (!kobj->sd)
		return NULL;
	if (!group)
		return sysfs_get(kobj->sd);
	return sysfs_get_dirent(kobj->sd, (const unsigned char *)group);
}

/**
 * sysfs_add_file_to_group - add an attribute to an existing group's directory
 * @kobj: the kobject
 * @attr: the attribute
 * @group: the group's directory name, or NULL for @kobj's own
 *
 * Context: process context; may sleep.
 * Return: 0, -ENOENT (no such group), -ENOMEM or -EEXIST.
 */
int sysfs_add_file_to_group(struct kobject *kobj, const struct attribute *attr, const char *group)
{
	struct sysfs_dirent *dir_sd = sysfs_group_dir(kobj, group);
	int err;

	if (!dir_sd)
		return -ENOENT;
	err = sysfs_add_file(dir_sd, attr, SYSFS_KOBJ_ATTR);
	sysfs_put(dir_sd);
	return err;
}
EXPORT_SYMBOL_GPL(sysfs_add_file_to_group);

/**
 * sysfs_remove_file_from_group - remove an attribute from a group's directory
 * @kobj: the kobject
 * @attr: the attribute
 * @group: the group's directory name, or NULL
 *
 * Context: process context; may sleep.
 */
void sysfs_remove_file_from_group(struct kobject *kobj, const struct attribute *attr,
				  const char *group)
{
	struct sysfs_dirent *dir_sd = sysfs_group_dir(kobj, group);

	if (dir_sd) {
		sysfs_hash_and_remove(dir_sd, attr->name);
		sysfs_put(dir_sd);
	}
}
EXPORT_SYMBOL_GPL(sysfs_remove_file_from_group);
