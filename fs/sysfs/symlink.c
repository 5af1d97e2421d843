/*
 * fs/sysfs/symlink.c - links from one kobject's directory to another's.
 *
 * A sysfs symlink is a dirent that points at its target's dirent; the
 * text of the link is computed when it is followed, as a relative path
 * from the link's directory to the target: up to their deepest common
 * ancestor with "../", then down by name. So /sys/class/mem/null reads
 * "../../devices/virtual/mem/null" whatever /sys is mounted on, and the
 * link follows its target if that is renamed. As in Linux 2.6.32.
 * See docs/drivers-core.md.
 */
#include <linux/module.h>
#include <linux/kobject.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/namei.h>
#include <linux/gfp.h>
#include <linux/err.h>
#include "sysfs.h"

static int sysfs_do_create_link(struct kobject *kobj, struct kobject *target, const char *name,
				int warn)
{
	struct sysfs_dirent *parent_sd = kobj ? kobj->sd : &sysfs_root;
	struct sysfs_dirent *target_sd = target->sd, *sd;
	int err;

	if (!parent_sd || !target_sd)
		return -ENOENT;
	sd = sysfs_new_dirent(name, S_IFLNK | S_IRWXUGO, SYSFS_KOBJ_LINK);
	if (!sd)
		return -ENOMEM;
	sd->s_symlink.target_sd = sysfs_get(target_sd);
	if (!warn) {
		mutex_lock(&sysfs_mutex);
		err = sysfs_find_dirent(parent_sd, name) ? -EEXIST : 0;
		mutex_unlock(&sysfs_mutex);
		if (err) {
			sysfs_put(sd);
			return err;
		}
	}
	err = sysfs_add_one(parent_sd, sd);
	if (err)
		sysfs_put(sd);
	return err;
}

/**
 * sysfs_create_link - make a symlink in @kobj's directory to @target's
 * @kobj: the kobject whose directory holds the link (NULL: /sys's top)
 * @target: the kobject pointed at
 * @name: the link's name
 *
 * Context: process context; may sleep.
 * Return: 0, -ENOENT (a directory is missing), -ENOMEM or -EEXIST (warned).
 */
int sysfs_create_link(struct kobject *kobj, struct kobject *target, const char *name)
{
	return sysfs_do_create_link(kobj, target, name, 1);
}
EXPORT_SYMBOL_GPL(sysfs_create_link);

/**
 * sysfs_create_link_nowarn - sysfs_create_link() that fails quietly on -EEXIST
 * @kobj: the kobject whose directory holds the link
 * @target: the kobject pointed at
 * @name: the link's name
 *
 * Context: process context; may sleep.
 * Return: 0 or a negative errno.
 */
int sysfs_create_link_nowarn(struct kobject *kobj, struct kobject *target, const char *name)
{
	return sysfs_do_create_link(kobj, target, name, 0);
}
EXPORT_SYMBOL_GPL(sysfs_create_link_nowarn);

/**
 * sysfs_remove_link - remove a symlink made by sysfs_create_link()
 * @kobj: the kobject whose directory holds it (NULL: /sys's top)
 * @name: the link's name
 *
 * Context: process context; may sleep.
 */
void sysfs_remove_link(struct kobject *kobj, const char *name)
{
	sysfs_hash_and_remove(kobj ? kobj->sd : &sysfs_root, name);
}
EXPORT_SYMBOL_GPL(sysfs_remove_link);

static int sysfs_depth(struct sysfs_dirent *sd)
{
	int depth = 0;

	for (; sd->s_parent; sd = sd->s_parent)
		depth++;
	return depth;
}

/*
 * The relative path from directory @parent_sd to @target_sd into @path
 * (PATH_MAX): "../" per level above the common ancestor, then the
 * target's names below it. sysfs_mutex held.
 */
static int sysfs_get_target_path(struct sysfs_dirent *parent_sd, struct sysfs_dirent *target_sd,
				 char *path)
{
	struct sysfs_dirent *base = parent_sd, *sd = target_sd;
	int bdepth = sysfs_depth(base), tdepth = sysfs_depth(sd);
	int len = 0, tlen;
	char *s;

	while (bdepth > tdepth) {
		base = base->s_parent;
		bdepth--;
	}
	while (tdepth > bdepth) {
		sd = sd->s_parent;
		tdepth--;
	}
	while (base != sd) {
		base = base->s_parent;
		sd = sd->s_parent;
	}
	for (; parent_sd != base; parent_sd = parent_sd->s_parent)
		len += 3;
	for (tlen = 0, sd = target_sd; sd != base; sd = sd->s_parent)
		tlen += strlen(sd->s_name) + 1;
	if (len + tlen > PATH_MAX)
		return -ENAMETOOLONG;
	for (s = path; s < path + len; s += 3)
		memcpy(s, "../", 3);
	s = path + len + tlen - 1;
	*s = '\0';
	for (sd = target_sd; sd != base; sd = sd->s_parent) {
		size_t n = strlen(sd->s_name);

		s -= n;
		memcpy(s, sd->s_name, n);
		if (s > path + len)
			*--s = '/';
	}
	return 0;
}

static void *sysfs_follow_link(struct dentry *dentry, struct nameidata *nd)
{
	struct sysfs_dirent *sd = dentry->d_inode->i_private;
	char *page = (char *)get_zeroed_page(GFP_KERNEL);
	int err = -ENOMEM;

	if (page) {
		mutex_lock(&sysfs_mutex);
		err = sysfs_get_target_path(sd->s_parent, sd->s_symlink.target_sd, page);
		mutex_unlock(&sysfs_mutex);
	}
	nd_set_link(nd, err ? ERR_PTR(err) : page);
	if (err && page)
		free_page((unsigned long)page);
	return NULL;
}

static void sysfs_put_link(struct dentry *dentry, struct nameidata *nd, void *cookie)
{
	char *page = nd_get_link(nd);

	if (!IS_ERR(page))
		free_page((unsigned long)page);
}

static int sysfs_readlink(struct dentry *dentry, char __user *buffer, int buflen)
{
	struct sysfs_dirent *sd = dentry->d_inode->i_private;
	char *page = (char *)get_zeroed_page(GFP_KERNEL);
	int err;

	if (!page)
		return -ENOMEM;
	mutex_lock(&sysfs_mutex);
	err = sysfs_get_target_path(sd->s_parent, sd->s_symlink.target_sd, page);
	mutex_unlock(&sysfs_mutex);
	if (!err)
		err = vfs_readlink(dentry, buffer, buflen, page);
	free_page((unsigned long)page);
	return err;
}

const struct inode_operations sysfs_symlink_inode_operations = {
	.readlink = sysfs_readlink,
	.follow_link = sysfs_follow_link,
	.put_link = sysfs_put_link,
};
