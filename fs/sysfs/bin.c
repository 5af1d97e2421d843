/*
 * fs/sysfs/bin.c - binary attribute files: raw bytes at an offset.
 *
 * A bin_attribute is not one value but a blob (an EEPROM, a firmware
 * image, a PCI config space): each read() or write() goes straight to the
 * owner's read()/write() with the offset and at most a page of bytes,
 * clipped to the attribute's size when it has one. As in Linux 2.6.32;
 * mmap() of a bin attribute is not supported (Linnet: -EINVAL).
 * See docs/drivers-core.md.
 */
#include <linux/module.h>
#include <linux/kobject.h>
#include <linux/slab.h>
#include <linux/uaccess.h>
#include <linux/gfp.h>
#include <linux/err.h>
#include <linux/bug.h>
#include <linux/mutex.h>
#include "sysfs.h"

/*
 * An open bin file's bounce page, and the mutex that gives it to one
 * read() or write() at a time: two threads sharing the open file would
 * otherwise copy each other's bytes (2.6.32's struct bin_buffer).
 */
struct bin_buffer {
	struct mutex mutex;
	char *buffer;
};

/* Clip a transfer at @off of @count bytes to a page and to the file's size */
static ssize_t bin_span(struct file *file, loff_t off, size_t count)
{
	loff_t size = file->f_path.dentry->d_inode->i_size;

	if (count > PAGE_SIZE)
		count = PAGE_SIZE;
	if (size) {
		if (off >= size)
			return 0;
		if (off + count > size)
			count = size - off;
	}
	return count;
}

static ssize_t bin_read(struct file *file, char __user *userbuf, size_t bytes, loff_t *off)
{
	struct sysfs_dirent *attr_sd = file->f_path.dentry->d_inode->i_private;
	struct bin_attribute *attr = attr_sd->s_bin_attr.bin_attr;
	struct bin_buffer *bb = file->private_data;
	ssize_t count = bin_span(file, *off, bytes);

	if (count <= 0)
		return count;
	if (!sysfs_get_active(attr_sd))
		return -ENODEV;
	mutex_lock(&bb->mutex);
	count = attr->read ?
			attr->read(attr_sd->s_parent->s_dir.kobj, attr, bb->buffer, *off, count) :
			-EIO;
	sysfs_put_active(attr_sd);
	if (count > 0) {
		if (copy_to_user(userbuf, bb->buffer, count))
			count = -EFAULT;
		else
			*off += count;
	}
	mutex_unlock(&bb->mutex);
	return count;
}

static ssize_t bin_write(struct file *file, const char __user *userbuf, size_t bytes, loff_t *off)
{
	struct sysfs_dirent *attr_sd = file->f_path.dentry->d_inode->i_private;
	struct bin_attribute *attr = attr_sd->s_bin_attr.bin_attr;
	struct bin_buffer *bb = file->private_data;
	ssize_t count = bin_span(file, *off, bytes);

	if (count <= 0)
		return count;
	mutex_lock(&bb->mutex);
	if (copy_from_user(bb->buffer, userbuf, count)) {
		count = -EFAULT;
	} else if (!sysfs_get_active(attr_sd)) {
		count = -ENODEV;
	} else {
		count = attr->write ? attr->write(attr_sd->s_parent->s_dir.kobj, attr, bb->buffer,
						  *off, count) :
				      -EIO;
		sysfs_put_active(attr_sd);
	}
	if (count > 0)
		*off += count;
	mutex_unlock(&bb->mutex);
	return count;
}

/* A bin attribute opens if it has the function the open asks for (2.6.32) */
static int bin_open(struct inode *inode, struct file *file)
{
	struct sysfs_dirent *attr_sd = inode->i_private;
	struct bin_attribute *attr = attr_sd->s_bin_attr.bin_attr;
	struct bin_buffer *bb;
	int error = -EACCES;

	if (!sysfs_get_active(attr_sd))
		return -ENODEV;
	if ((file->f_mode & FMODE_WRITE) && !(attr->write || attr->mmap))
		goto out;
	if ((file->f_mode & FMODE_READ) && !(attr->read || attr->mmap))
		goto out;
	error = -ENOMEM;
	bb = kmalloc(sizeof(*bb), GFP_KERNEL);
	if (!bb)
		goto out;
	bb->buffer = kmalloc(PAGE_SIZE, GFP_KERNEL);
	if (!bb->buffer) {
		kfree(bb);
		goto out;
	}
	mutex_init(&bb->mutex);
	file->private_data = bb;
	error = 0;
out:
	sysfs_put_active(attr_sd);
	return error;
}

static int bin_release(struct inode *inode, struct file *file)
{
	struct bin_buffer *bb = file->private_data;

	kfree(bb->buffer);
	kfree(bb);
	return 0;
}

const struct file_operations bin_fops = {
	.read = bin_read,
	.write = bin_write,
	.llseek = generic_file_llseek,
	.open = bin_open,
	.release = bin_release,
};

/**
 * sysfs_create_bin_file - make a binary attribute file in a kobject's directory
 * @kobj: the kobject
 * @attr: the binary attribute; it must stay until sysfs_remove_bin_file()
 *
 * Context: process context; may sleep.
 * Return: 0, -EINVAL (no directory), -ENOMEM or -EEXIST.
 */
int sysfs_create_bin_file(struct kobject *kobj, struct bin_attribute *attr)
{
	BUG_ON(!kobj || !attr);
	if (!kobj->sd)
		return -EINVAL;
	return sysfs_add_file(kobj->sd, &attr->attr, SYSFS_KOBJ_BIN_ATTR);
}
EXPORT_SYMBOL_GPL(sysfs_create_bin_file);

/**
 * sysfs_remove_bin_file - remove a binary attribute file
 * @kobj: the kobject
 * @attr: the binary attribute
 *
 * Context: process context; may sleep.
 */
void sysfs_remove_bin_file(struct kobject *kobj, struct bin_attribute *attr)
{
	sysfs_hash_and_remove(kobj->sd, attr->attr.name);
}
EXPORT_SYMBOL_GPL(sysfs_remove_bin_file);
