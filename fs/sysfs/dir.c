/*
 * fs/sysfs/dir.c - the sysfs_dirent tree: directories, and walking them.
 *
 * A kobject's directory is a struct sysfs_dirent of type SYSFS_DIR whose
 * entries are a singly linked list (s_dir.children, by s_sibling) kept
 * in ascending inode number, that is, in the order they were created. A
 * directory's readdir position is the inode number of the next entry to
 * give, so entries added or removed between two getdents() calls neither
 * repeat nor hide the others, as in Linux 2.6.32.
 *
 * Every change to the tree happens under sysfs_mutex. Removing a
 * subtree (sysfs_remove_dir) unlinks the entries innermost first onto a
 * private list, marks them SYSFS_FLAG_REMOVED, and only after dropping
 * the mutex waits for the callers already inside show()/store() to
 * leave (sysfs_deactivate), then drops the tree's reference.
 *
 * The VFS side: sysfs_lookup() makes an inode (fs/sysfs/mount.c) for the
 * entry a path walk asks for; dentries are not kept once unused
 * (sysfs_dentry_delete), and a cached one of a removed or renamed entry
 * fails sysfs_dentry_revalidate, so the tree is the only truth.
 *
 * Differences from 2.6.32: inode numbers count up and are not reused
 * (2.6.32 recycles them with an IDA); sysfs_remove_dir() removes the
 * whole subtree, as Linux 3.14's kernfs does (2.6.32 removes only the
 * files and warns about subdirectories left behind); a renamed directory's
 * dentry is dropped rather than moved (d_move). See docs/drivers-core.md.
 */
#include <linux/module.h>
#include <linux/kobject.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/namei.h>
#include <linux/dcache.h>
#include <linux/sched.h>
#include <linux/wait.h>
#include <linux/err.h>
#include <linux/bug.h>
#include "sysfs.h"

DEFINE_MUTEX(sysfs_mutex);
static DECLARE_WAIT_QUEUE_HEAD(sysfs_deactivate_wq);
static struct kmem_cache *sysfs_dir_cachep;
static ino_t sysfs_next_ino = 2;

/* The root: /sys itself, inode 1 */
struct sysfs_dirent sysfs_root = {
	.s_name = "",
	.s_count = ATOMIC_INIT(1),
	.s_flags = SYSFS_DIR,
	.s_mode = S_IFDIR | S_IRWXU | S_IRUGO | S_IXUGO,
	.s_ino = 1,
};

/**
 * sysfs_get - take a reference to a sysfs_dirent's memory
 * @sd: the dirent, or NULL
 *
 * Context: any.
 * Return: @sd.
 */
struct sysfs_dirent *sysfs_get(struct sysfs_dirent *sd)
{
	if (sd)
		atomic_inc(&sd->s_count);
	return sd;
}
EXPORT_SYMBOL_GPL(sysfs_get);

/**
 * release_sysfs_dirent - free a dirent whose last reference went
 * @sd: the dirent
 *
 * Its reference on its parent goes too, and so on upwards.
 *
 * Context: process context.
 */
void release_sysfs_dirent(struct sysfs_dirent *sd)
{
	struct sysfs_dirent *parent_sd;

	do {
		parent_sd = sd->s_parent;
		if (sysfs_type(sd) == SYSFS_KOBJ_LINK)
			sysfs_put(sd->s_symlink.target_sd);
		if (sysfs_type(sd) & SYSFS_COPY_NAME)
			kfree(sd->s_name);
		kmem_cache_free(sysfs_dir_cachep, sd);
		sd = parent_sd;
	} while (sd && atomic_dec_and_test(&sd->s_count));
}

/**
 * sysfs_put - drop a reference taken with sysfs_get() or sysfs_get_dirent()
 * @sd: the dirent, or NULL
 *
 * Context: process context.
 */
void sysfs_put(struct sysfs_dirent *sd)
{
	if (sd && atomic_dec_and_test(&sd->s_count))
		release_sysfs_dirent(sd);
}
EXPORT_SYMBOL_GPL(sysfs_put);

/**
 * sysfs_get_active - enter the owner's functions (show, store) of @sd
 * @sd: the dirent
 *
 * Context: any.
 * Return: @sd, or NULL if it is being removed (the caller answers -ENODEV).
 */
struct sysfs_dirent *sysfs_get_active(struct sysfs_dirent *sd)
{
	int v = atomic_read(&sd->s_active);

	for (;;) {
		int old;

		if (v < 0)
			return NULL;
		old = atomic_cmpxchg(&sd->s_active, v, v + 1);
		if (old == v)
			return sd;
		v = old;
	}
}

/**
 * sysfs_put_active - leave what sysfs_get_active() entered
 * @sd: the dirent
 *
 * Context: any.
 */
void sysfs_put_active(struct sysfs_dirent *sd)
{
	if (atomic_dec_return(&sd->s_active) == SD_DEACTIVATED_BIAS)
		wake_up_all(&sysfs_deactivate_wq);
}

/* Refuse new callers of @sd's functions and wait for the ones inside to leave */
static void sysfs_deactivate(struct sysfs_dirent *sd)
{
	if (atomic_add_return(SD_DEACTIVATED_BIAS, &sd->s_active) != SD_DEACTIVATED_BIAS)
		wait_event(sysfs_deactivate_wq, atomic_read(&sd->s_active) == SD_DEACTIVATED_BIAS);
}

/**
 * sysfs_new_dirent - allocate a dirent, not yet in the tree
 * @name: its name; copied for directories and links, kept for attributes
 * @mode: its type and permissions
 * @type: SYSFS_DIR, SYSFS_KOBJ_ATTR, SYSFS_KOBJ_BIN_ATTR or SYSFS_KOBJ_LINK
 *
 * Context: process context; may sleep.
 * Return: the dirent with one reference, or NULL.
 */
struct sysfs_dirent *sysfs_new_dirent(const char *name, umode_t mode, int type)
{
	struct sysfs_dirent *sd = kmem_cache_zalloc(sysfs_dir_cachep, GFP_KERNEL);

	if (!sd)
		return NULL;
	if (type & SYSFS_COPY_NAME) {
		name = kstrdup(name, GFP_KERNEL);
		if (!name) {
			kmem_cache_free(sysfs_dir_cachep, sd);
			return NULL;
		}
	}
	atomic_set(&sd->s_count, 1);
	atomic_set(&sd->s_active, 0);
	sd->s_name = name;
	sd->s_mode = mode;
	sd->s_flags = type;
	return sd;
}

/**
 * sysfs_find_dirent - the entry @name of a directory
 * @parent_sd: the directory
 * @name: the name
 *
 * Context: sysfs_mutex held.
 * Return: the entry (no reference taken), or NULL.
 */
struct sysfs_dirent *sysfs_find_dirent(struct sysfs_dirent *parent_sd, const char *name)
{
	struct sysfs_dirent *sd;

	for (sd = parent_sd->s_dir.children; sd; sd = sd->s_sibling)
		if (!strcmp(sd->s_name, name))
			return sd;
	return NULL;
}

/**
 * sysfs_get_dirent - the entry @name of a directory, with a reference
 * @parent_sd: the directory
 * @name: the name
 *
 * Context: process context; may sleep.
 * Return: the entry (drop it with sysfs_put()), or NULL.
 */
struct sysfs_dirent *sysfs_get_dirent(struct sysfs_dirent *parent_sd, const unsigned char *name)
{
	struct sysfs_dirent *sd;

	mutex_lock(&sysfs_mutex);
	sd = sysfs_get(sysfs_find_dirent(parent_sd, (const char *)name));
	mutex_unlock(&sysfs_mutex);
	return sd;
}
EXPORT_SYMBOL_GPL(sysfs_get_dirent);

/* "/devices/virtual/mem" of @sd into @buf (PATH_MAX), for messages */
static char *sysfs_pathname(struct sysfs_dirent *sd, char *buf)
{
	if (sd->s_parent) {
		sysfs_pathname(sd->s_parent, buf);
		strlcat(buf, "/", PATH_MAX);
	}
	strlcat(buf, sd->s_name, PATH_MAX);
	return buf;
}

/* 2.6.32's complaint about a name that is taken, with a backtrace */
static void sysfs_warn_dup(struct sysfs_dirent *parent_sd, const char *name)
{
	char *path = kzalloc(PATH_MAX, GFP_KERNEL);

	WARN(1, KERN_WARNING "sysfs: cannot create duplicate filename '%s/%s'\n",
	     path ? sysfs_pathname(parent_sd, path) : "", name);
	kfree(path);
}

/* Link @sd among its siblings, ascending inode numbers (sysfs_mutex held) */
static void sysfs_link_sibling(struct sysfs_dirent *sd)
{
	struct sysfs_dirent **pos = &sd->s_parent->s_dir.children;

	while (*pos && (*pos)->s_ino < sd->s_ino)
		pos = &(*pos)->s_sibling;
	sd->s_sibling = *pos;
	*pos = sd;
}

static void sysfs_unlink_sibling(struct sysfs_dirent *sd)
{
	struct sysfs_dirent **pos = &sd->s_parent->s_dir.children;

	while (*pos && *pos != sd)
		pos = &(*pos)->s_sibling;
	if (*pos)
		*pos = sd->s_sibling;
	sd->s_sibling = NULL;
}

/**
 * sysfs_add_one - put a new dirent into a directory
 * @parent_sd: the directory
 * @sd: the new dirent; on success the tree owns its reference
 *
 * Context: process context; takes sysfs_mutex.
 * Return: 0, -ENOENT if the directory was removed, or -EEXIST (with
 * 2.6.32's warning) if the name is taken.
 */
int sysfs_add_one(struct sysfs_dirent *parent_sd, struct sysfs_dirent *sd)
{
	int err = 0;

	mutex_lock(&sysfs_mutex);
	if (parent_sd->s_flags & SYSFS_FLAG_REMOVED)
		err = -ENOENT;
	else if (sysfs_find_dirent(parent_sd, sd->s_name))
		err = -EEXIST;
	if (!err) {
		sd->s_ino = sysfs_next_ino++;
		sd->s_parent = sysfs_get(parent_sd);
		sysfs_link_sibling(sd);
	}
	mutex_unlock(&sysfs_mutex);
	if (err == -EEXIST)
		sysfs_warn_dup(parent_sd, sd->s_name);
	return err;
}

/*
 * Unlink @sd and everything under it, innermost first, onto *@removed
 * (by s_sibling), each marked removed. sysfs_mutex held.
 */
static void sysfs_detach(struct sysfs_dirent *sd, struct sysfs_dirent **removed)
{
	if (sysfs_type(sd) == SYSFS_DIR)
		while (sd->s_dir.children)
			sysfs_detach(sd->s_dir.children, removed);
	sysfs_unlink_sibling(sd);
	sd->s_flags |= SYSFS_FLAG_REMOVED;
	sd->s_sibling = *removed;
	*removed = sd;
}

/**
 * sysfs_remove_one - remove a dirent (and, for a directory, all it holds)
 * @sd: the dirent, in the tree
 *
 * Waits until nobody is inside the show()/store() of a removed file, then
 * drops the tree's references; open files keep the memory, not the owner.
 *
 * Context: process context; may sleep. Not from a show()/store() of @sd.
 */
void sysfs_remove_one(struct sysfs_dirent *sd)
{
	struct sysfs_dirent *removed = NULL, *next;

	mutex_lock(&sysfs_mutex);
	if (!(sd->s_flags & SYSFS_FLAG_REMOVED))
		sysfs_detach(sd, &removed);
	mutex_unlock(&sysfs_mutex);
	for (; removed; removed = next) {
		next = removed->s_sibling;
		removed->s_sibling = NULL;
		sysfs_deactivate(removed);
		if (sysfs_type(removed) == SYSFS_KOBJ_ATTR)
			sysfs_release_open(removed);
		sysfs_put(removed);
	}
}

/* Make the directory @name in @parent_sd for @kobj (NULL for a group's) */
static int create_dir(struct kobject *kobj, struct sysfs_dirent *parent_sd, const char *name,
		      struct sysfs_dirent **p_sd)
{
	struct sysfs_dirent *sd;
	int err;

	sd = sysfs_new_dirent(name, S_IFDIR | S_IRWXU | S_IRUGO | S_IXUGO, SYSFS_DIR);
	if (!sd)
		return -ENOMEM;
	sd->s_dir.kobj = kobj;
	err = sysfs_add_one(parent_sd, sd);
	if (err) {
		sysfs_put(sd);
		return err;
	}
	*p_sd = sd;
	return 0;
}

/**
 * sysfs_create_subdir - a directory inside a kobject's, for an attribute group
 * @kobj: the kobject
 * @name: the subdirectory's name
 * @p_sd: set to the new directory
 *
 * Context: process context; may sleep.
 * Return: 0 or a negative errno.
 */
int sysfs_create_subdir(struct kobject *kobj, const char *name, struct sysfs_dirent **p_sd)
{
	return create_dir(kobj, kobj->sd, name, p_sd);
}

/**
 * sysfs_remove_subdir - remove a directory made by sysfs_create_subdir()
 * @sd: the directory
 *
 * Context: process context; may sleep.
 */
void sysfs_remove_subdir(struct sysfs_dirent *sd)
{
	sysfs_remove_one(sd);
}

/**
 * sysfs_create_dir - the directory of a kobject that is being added
 * @kobj: the kobject; its directory goes in its parent's, or at /sys's top
 *
 * Context: process context; may sleep.
 * Return: 0, -ENOMEM, -ENOENT (the parent has no directory) or -EEXIST.
 */
int sysfs_create_dir(struct kobject *kobj)
{
	struct sysfs_dirent *parent_sd, *sd;
	int err;

	BUG_ON(!kobj);
	parent_sd = kobj->parent ? kobj->parent->sd : &sysfs_root;
	if (!parent_sd)
		return -ENOENT;
	err = create_dir(kobj, parent_sd, kobject_name(kobj), &sd);
	if (!err)
		kobj->sd = sd;
	return err;
}

/**
 * sysfs_remove_dir - remove a kobject's directory and everything in it
 * @kobj: the kobject
 *
 * Context: process context; may sleep.
 */
void sysfs_remove_dir(struct kobject *kobj)
{
	struct sysfs_dirent *sd = kobj->sd;

	kobj->sd = NULL;
	if (sd)
		sysfs_remove_one(sd);
}

/**
 * sysfs_rename_dir - give a kobject's directory a new name
 * @kobj: the kobject
 * @new_name: the name
 *
 * Context: process context; may sleep.
 * Return: 0, -ENOMEM, or -EEXIST if the parent has that name already.
 */
int sysfs_rename_dir(struct kobject *kobj, const char *new_name)
{
	struct sysfs_dirent *sd = kobj->sd;
	const char *old_name = NULL;
	char *name = kstrdup(new_name, GFP_KERNEL);
	int err = -EEXIST;

	if (!name)
		return -ENOMEM;
	mutex_lock(&sysfs_mutex);
	if (!strcmp(sd->s_name, new_name)) {
		err = 0;
	} else if (!sysfs_find_dirent(sd->s_parent, new_name)) {
		old_name = sd->s_name;
		sd->s_name = name;
		name = NULL;
		err = 0;
	}
	mutex_unlock(&sysfs_mutex);
	kfree(name);
	kfree(old_name);
	return err;
}

/* A cached dentry holds while its dirent is in the tree under that name */
static int sysfs_dentry_revalidate(struct dentry *dentry, struct nameidata *nd)
{
	struct sysfs_dirent *sd = dentry->d_inode->i_private;
	int valid;

	mutex_lock(&sysfs_mutex);
	valid = !(sd->s_flags & SYSFS_FLAG_REMOVED) &&
		!strcmp(sd->s_name, (const char *)dentry->d_name.name);
	mutex_unlock(&sysfs_mutex);
	return valid;
}

/* Unused dentries are not cached: the tree may change under them */
static int sysfs_dentry_delete(struct dentry *dentry)
{
	return 1;
}

const struct dentry_operations sysfs_dentry_ops = {
	.d_revalidate = sysfs_dentry_revalidate,
	.d_delete = sysfs_dentry_delete,
};

/* A path walk asks for @dentry's name in @dir: find the dirent, make its inode */
static struct dentry *sysfs_lookup(struct inode *dir, struct dentry *dentry, struct nameidata *nd)
{
	struct sysfs_dirent *parent_sd = dir->i_private, *sd;
	struct inode *inode = NULL;

	mutex_lock(&sysfs_mutex);
	sd = sysfs_find_dirent(parent_sd, (const char *)dentry->d_name.name);
	if (sd)
		inode = sysfs_get_inode(dir->i_sb, sd);
	mutex_unlock(&sysfs_mutex);
	if (!sd)
		return ERR_PTR(-ENOENT);
	if (!inode)
		return ERR_PTR(-ENOMEM);
	dentry->d_op = &sysfs_dentry_ops;
	d_add(dentry, inode);
	return NULL;
}

const struct inode_operations sysfs_dir_inode_operations = {
	.lookup = sysfs_lookup,
};

static unsigned char sysfs_dt_type(struct sysfs_dirent *sd)
{
	return (sd->s_mode >> 12) & 15;
}

/* The first entry of @parent_sd at readdir position @pos or after */
static struct sysfs_dirent *sysfs_dir_pos(struct sysfs_dirent *parent_sd, loff_t pos)
{
	struct sysfs_dirent *sd = parent_sd->s_dir.children;

	while (sd && sd->s_ino < pos)
		sd = sd->s_sibling;
	return sd;
}

/* ".", "..", then the entries; f_pos is the next entry's inode number */
static int sysfs_readdir(struct file *filp, void *dirent, filldir_t filldir)
{
	struct dentry *dentry = filp->f_path.dentry;
	struct sysfs_dirent *parent_sd = dentry->d_inode->i_private, *sd;

	if (filp->f_pos == 0) {
		if (filldir(dirent, ".", 1, 0, parent_sd->s_ino, DT_DIR) < 0)
			return 0;
		filp->f_pos++;
	}
	if (filp->f_pos == 1) {
		ino_t ino = parent_sd->s_parent ? parent_sd->s_parent->s_ino : parent_sd->s_ino;

		if (filldir(dirent, "..", 2, 1, ino, DT_DIR) < 0)
			return 0;
		filp->f_pos++;
	}
	mutex_lock(&sysfs_mutex);
	for (sd = sysfs_dir_pos(parent_sd, filp->f_pos); sd; sd = sd->s_sibling) {
		filp->f_pos = sd->s_ino;
		if (filldir(dirent, sd->s_name, strlen(sd->s_name), filp->f_pos, sd->s_ino,
			    sysfs_dt_type(sd)) < 0)
			break;
	}
	if (!sd)
		filp->f_pos = INT_MAX;
	mutex_unlock(&sysfs_mutex);
	return 0;
}

const struct file_operations sysfs_dir_operations = {
	.read = generic_read_dir,
	.readdir = sysfs_readdir,
};

/**
 * sysfs_dirent_cache_init - the slab cache of sysfs_dirents
 *
 * Context: boot.
 * Return: 0 or -ENOMEM.
 */
int sysfs_dirent_cache_init(void)
{
	sysfs_dir_cachep =
		kmem_cache_create("sysfs_dir_cache", sizeof(struct sysfs_dirent), 0, 0, NULL);
	return sysfs_dir_cachep ? 0 : -ENOMEM;
}
