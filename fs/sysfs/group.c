/*
 * fs/sysfs/group.c - attribute groups: several attributes made and removed as one.
 *
 * A struct attribute_group is a NULL-terminated array of attributes,
 * optionally with a directory name (then they go in a subdirectory of the
 * kobject's, as /sys/module/NAME/parameters) and an is_visible() that
 * picks which to create and may change their mode. Creation is all or
 * nothing: if one file fails, the ones made before it are removed.
 * As in Linux 2.6.32. See docs/drivers-core.md.
 */
#include <linux/module.h>
#include <linux/kobject.h>
#include <linux/err.h>
#include <linux/bug.h>
#include "sysfs.h"

static void remove_files(struct sysfs_dirent *dir_sd, const struct attribute_group *grp)
{
	struct attribute *const *attr;

	for (attr = grp->attrs; *attr; attr++)
		sysfs_hash_and_remove(dir_sd, (*attr)->name);
}

/* Make @grp's files in @dir_sd; an update first removes each one */
static int create_files(struct sysfs_dirent *dir_sd, struct kobject *kobj,
			const struct attribute_group *grp, int update)
{
	struct attribute *const *attr;
	int error = 0, i;

	for (i = 0, attr = grp->attrs; *attr && !error; i++, attr++) {
		mode_t mode = (*attr)->mode;

		if (update)
			sysfs_hash_and_remove(dir_sd, (*attr)->name);
		if (grp->is_visible) {
			mode = grp->is_visible(kobj, *attr, i);
			if (!mode)
				continue;
		}
		error = sysfs_add_file_mode(dir_sd, *attr, SYSFS_KOBJ_ATTR, mode);
	}
	if (error)
		remove_files(dir_sd, grp);
	return error;
}

static int internal_create_group(struct kobject *kobj, int update,
				 const struct attribute_group *grp)
{
	struct sysfs_dirent *sd;
	int error;

	BUG_ON(!kobj || (!update && !kobj->sd));
	if (update && !kobj->sd)
		return -EINVAL;
	if (grp->name) {
		error = sysfs_create_subdir(kobj, grp->name, &sd);
		if (error)
			return error;
	} else {
		sd = kobj->sd;
	}
	sysfs_get(sd);
	error = create_files(sd, kobj, grp, update);
	if (error && grp->name)
		sysfs_remove_subdir(sd);
	sysfs_put(sd);
	return error;
}

/**
 * sysfs_create_group - make an attribute group's files (and directory)
 * @kobj: the kobject, added
 * @grp: the group
 *
 * Context: process context; may sleep.
 * Return: 0, or the first error (nothing of the group is left then).
 */
int sysfs_create_group(struct kobject *kobj, const struct attribute_group *grp)
{
	return internal_create_group(kobj, 0, grp);
}
EXPORT_SYMBOL_GPL(sysfs_create_group);

/**
 * sysfs_update_group - re-create a group's files (after is_visible changed its mind)
 * @kobj: the kobject
 * @grp: the group, created before (a named group's directory must not exist yet)
 *
 * Context: process context; may sleep.
 * Return: 0 or a negative errno.
 */
int sysfs_update_group(struct kobject *kobj, const struct attribute_group *grp)
{
	return internal_create_group(kobj, 1, grp);
}
EXPORT_SYMBOL_GPL(sysfs_update_group);

/**
 * sysfs_remove_group - remove an attribute group's files (and directory)
 * @kobj: the kobject
 * @grp: the group
 *
 * Context: process context; may sleep.
 */
void sysfs_remove_group(struct kobject *kobj, const struct attribute_group *grp)
{
	struct sysfs_dirent *dir_sd = kobj->sd, *sd;

	if (!dir_sd)
		return;
	if (grp->name) {
		sd = sysfs_get_dirent(dir_sd, (const unsigned char *)grp->name);
		if (!sd) {
			WARN(!sd, KERN_WARNING "sysfs group %p not found for kobject '%s'\n", grp,
			     kobject_name(kobj));
			return;
		}
	} else {
		sd = sysfs_get(dir_sd);
	}
	remove_files(sd, grp);
	if (grp->name)
		sysfs_remove_subdir(sd);
	sysfs_put(sd);
}
EXPORT_SYMBOL_GPL(sysfs_remove_group);
