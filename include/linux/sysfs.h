/*
 * sysfs.h - the kobject hierarchy as a file system (/sys).
 *
 * Every kobject that is added (kobject_add) is a directory in sysfs; its
 * attributes are the files in it, one value each, produced on read by
 * the kobject type's show() and taken on write by its store(). A driver
 * rarely calls these functions itself: device_create_file() and the
 * DEVICE_ATTR macro (linux/device.h), or kobj_attribute (linux/kobject.h),
 * are built on them. Groups put several attributes at once, optionally
 * in a subdirectory; symlinks point from one kobject's directory to
 * another's (/sys/class/mem/null -> ../../devices/virtual/mem/null).
 *
 * The API and its semantics are Linux 2.6.32's: show() fills a page
 * (PAGE_SIZE bytes) and returns the length, store() gets the bytes that
 * were written (at most PAGE_SIZE - 1, NUL-terminated) and returns how
 * many it used or a negative errno, which write() returns. fs/sysfs/
 * implements it; read docs/drivers-core.md next.
 */
#ifndef _LINUX_SYSFS_H
#define _LINUX_SYSFS_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/errno.h>
#include <linux/stat.h>
#include <linux/stringify.h>

struct kobject;
struct module;
struct sysfs_dirent;
struct vm_area_struct;

/**
 * struct attribute - one file of a kobject's directory
 * @name: the file's name
 * @owner: the module whose show()/store() serve it (2.6.32 keeps the field)
 * @mode: its permissions (S_IRUGO, 0644...); the file type is added by sysfs
 */
struct attribute {
	const char *name;
	struct module *owner;
	mode_t mode;
};

/**
 * struct attribute_group - attributes created and removed together
 * @name: a subdirectory to put them in, or NULL for the kobject's own
 * @is_visible: which of @attrs to create (return 0 to skip one), or NULL
 * @attrs: NULL-terminated array of the attributes
 */
struct attribute_group {
	const char *name;
	mode_t (*is_visible)(struct kobject *kobj, struct attribute *attr, int index);
	struct attribute **attrs;
};

/*
 * __ATTR - initialise an attribute wrapper (kobj_attribute, device_attribute)
 * with its name, mode and show/store functions, as 2.6.32's.
 */
#define __ATTR(_name, _mode, _show, _store)                                           \
	{                                                                             \
		.attr = { .name = __stringify(_name), .mode = _mode }, .show = _show, \
		.store = _store,                                                      \
	}

#define __ATTR_RO(_name) __ATTR(_name, 0444, _name##_show, NULL)
#define __ATTR_NULL                     \
	{                               \
		.attr = {.name = NULL } \
	}

struct file;

/**
 * struct bin_attribute - a file of raw bytes (firmware, EEPROMs), not one value
 * @attr: name and mode
 * @size: the file's size (0: unknown)
 * @private: for the owner
 * @read: copy @count bytes at @off into @buf; return how many, 0 at the end
 * @write: take @count bytes at @off from @buf; return how many were used
 * @mmap: not supported by Linnet (sysfs answers -EINVAL)
 */
struct bin_attribute {
	struct attribute attr;
	size_t size;
	void *private;
	ssize_t (*read)(struct kobject *kobj, struct bin_attribute *attr, char *buf, loff_t off,
			size_t count);
	ssize_t (*write)(struct kobject *kobj, struct bin_attribute *attr, char *buf, loff_t off,
			 size_t count);
	int (*mmap)(struct kobject *kobj, struct bin_attribute *attr, struct vm_area_struct *vma);
};

/**
 * struct sysfs_ops - how a kobject type reads and writes its attributes
 * @show: format the attribute's value into @buf (a page); return the length
 * @store: parse @count bytes of @buf; return the bytes used or a -errno
 */
struct sysfs_ops {
	ssize_t (*show)(struct kobject *kobj, struct attribute *attr, char *buf);
	ssize_t (*store)(struct kobject *kobj, struct attribute *attr, const char *buf,
			 size_t count);
};

int sysfs_create_dir(struct kobject *kobj);
void sysfs_remove_dir(struct kobject *kobj);
int sysfs_rename_dir(struct kobject *kobj, const char *new_name);
int sysfs_create_file(struct kobject *kobj, const struct attribute *attr);
int sysfs_create_files(struct kobject *kobj, const struct attribute **attr);
void sysfs_remove_file(struct kobject *kobj, const struct attribute *attr);
void sysfs_remove_files(struct kobject *kobj, const struct attribute **attr);
int sysfs_chmod_file(struct kobject *kobj, struct attribute *attr, mode_t mode);
int sysfs_add_file_to_group(struct kobject *kobj, const struct attribute *attr, const char *group);
void sysfs_remove_file_from_group(struct kobject *kobj, const struct attribute *attr,
				  const char *group);
int sysfs_create_bin_file(struct kobject *kobj, struct bin_attribute *attr);
void sysfs_remove_bin_file(struct kobject *kobj, struct bin_attribute *attr);
int sysfs_create_link(struct kobject *kobj, struct kobject *target, const char *name);
int sysfs_create_link_nowarn(struct kobject *kobj, struct kobject *target, const char *name);
void sysfs_remove_link(struct kobject *kobj, const char *name);
int sysfs_create_group(struct kobject *kobj, const struct attribute_group *grp);
int sysfs_update_group(struct kobject *kobj, const struct attribute_group *grp);
void sysfs_remove_group(struct kobject *kobj, const struct attribute_group *grp);
void sysfs_notify(struct kobject *kobj, const char *dir, const char *attr);
void sysfs_notify_dirent(struct sysfs_dirent *sd);
struct sysfs_dirent *sysfs_get_dirent(struct sysfs_dirent *parent_sd, const unsigned char *name);
struct sysfs_dirent *sysfs_get(struct sysfs_dirent *sd);
void sysfs_put(struct sysfs_dirent *sd);
int sysfs_init(void);

#endif /* _LINUX_SYSFS_H */
