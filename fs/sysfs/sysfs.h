/*
 * fs/sysfs/sysfs.h - sysfs's own view of itself: the sysfs_dirent tree.
 *
 * sysfs does not keep its files as inodes and dentries: it keeps a tree of
 * struct sysfs_dirent, one per directory, attribute or symlink, built by
 * sysfs_create_dir() and friends whether or not /sys is mounted. Inodes
 * and dentries are made from it on demand when a path is walked
 * (sysfs_lookup, fs/sysfs/dir.c) and forgotten when unused, as in Linux
 * 2.6.32:
 *
 *   sysfs_root ("/")
 *     s_dir.children -> "devices" -> "class" -> "dev" -> "module" ...
 *                          |                                 (s_sibling)
 *                          s_dir.children -> "virtual" -> ...
 *
 * Each dirent has two counts: s_count keeps the memory (the tree and each
 * inode hold one; sysfs_get/sysfs_put), s_active counts callers inside
 * the owner's show()/store(). Removal marks the dirent SYSFS_FLAG_REMOVED,
 * unlinks it and waits for s_active to drain (sysfs_deactivate), so a
 * module may free its attributes as soon as sysfs_remove_file() returns.
 */
#ifndef _FS_SYSFS_SYSFS_H
#define _FS_SYSFS_SYSFS_H

#include <linux/sysfs.h>
#include <linux/atomic.h>
#include <linux/fs.h>
#include <linux/mutex.h>

struct sysfs_open_dirent;

/* Directory: the kobject it shows (NULL for a group's) and its entries by s_ino */
struct sysfs_elem_dir {
	struct kobject *kobj;
	struct sysfs_dirent *children;
};

struct sysfs_elem_symlink {
	struct sysfs_dirent *target_sd;
};

struct sysfs_elem_attr {
	struct attribute *attr;
	struct sysfs_open_dirent *open;
};

struct sysfs_elem_bin_attr {
	struct bin_attribute *bin_attr;
};

/**
 * struct sysfs_dirent - one node of the sysfs tree
 * @s_count: references to the memory (the tree, inodes, lookups)
 * @s_active: callers inside the owner's functions; negative once deactivated
 * @s_parent: the directory it is in (NULL for the root)
 * @s_sibling: the next entry of the same directory (ascending s_ino)
 * @s_name: its name (owned by the caller for attributes, kstrdup'd otherwise)
 * @s_dir: for a directory
 * @s_symlink: for a symlink: the target, with a reference
 * @s_attr: for an attribute file
 * @s_bin_attr: for a binary attribute file
 * @s_flags: the type (SYSFS_DIR...) and SYSFS_FLAG_* flags
 * @s_ino: its inode number, also its readdir position
 * @s_mode: its type and permissions
 */
struct sysfs_dirent {
	atomic_t s_count;
	atomic_t s_active;
	struct sysfs_dirent *s_parent;
	struct sysfs_dirent *s_sibling;
	const char *s_name;
	union {
		struct sysfs_elem_dir s_dir;
		struct sysfs_elem_symlink s_symlink;
		struct sysfs_elem_attr s_attr;
		struct sysfs_elem_bin_attr s_bin_attr;
	};
	unsigned int s_flags;
	ino_t s_ino;
	umode_t s_mode;
};

#define SD_DEACTIVATED_BIAS INT_MIN

#define SYSFS_TYPE_MASK 0x00ff
#define SYSFS_DIR 0x0001
#define SYSFS_KOBJ_ATTR 0x0002
#define SYSFS_KOBJ_BIN_ATTR 0x0004
#define SYSFS_KOBJ_LINK 0x0008
#define SYSFS_COPY_NAME (SYSFS_DIR | SYSFS_KOBJ_LINK)
#define SYSFS_FLAG_REMOVED 0x0200

static inline unsigned int sysfs_type(struct sysfs_dirent *sd)
{
	return sd->s_flags & SYSFS_TYPE_MASK;
}

/* dir.c */
extern struct mutex sysfs_mutex;
extern struct sysfs_dirent sysfs_root;
extern const struct file_operations sysfs_dir_operations;
extern const struct inode_operations sysfs_dir_inode_operations;
extern const struct dentry_operations sysfs_dentry_ops;
struct sysfs_dirent *sysfs_new_dirent(const char *name, umode_t mode, int type);
int sysfs_add_one(struct sysfs_dirent *parent_sd, struct sysfs_dirent *sd);
void sysfs_remove_one(struct sysfs_dirent *sd);
struct sysfs_dirent *sysfs_find_dirent(struct sysfs_dirent *parent_sd, const char *name);
struct sysfs_dirent *sysfs_get_active(struct sysfs_dirent *sd);
void sysfs_put_active(struct sysfs_dirent *sd);
void release_sysfs_dirent(struct sysfs_dirent *sd);
int sysfs_dirent_cache_init(void);
int sysfs_create_subdir(struct kobject *kobj, const char *name, struct sysfs_dirent **p_sd);
void sysfs_remove_subdir(struct sysfs_dirent *sd);

/* file.c */
extern const struct file_operations sysfs_file_operations;
extern const struct file_operations bin_fops;
int sysfs_add_file(struct sysfs_dirent *dir_sd, const struct attribute *attr, int type);
int sysfs_add_file_mode(struct sysfs_dirent *dir_sd, const struct attribute *attr, int type,
			mode_t amode);
void sysfs_hash_and_remove(struct sysfs_dirent *dir_sd, const char *name);
void sysfs_release_open(struct sysfs_dirent *sd);

/* symlink.c */
extern const struct inode_operations sysfs_symlink_inode_operations;

/* mount.c (inodes) */
struct inode *sysfs_get_inode(struct super_block *sb, struct sysfs_dirent *sd);

#endif /* _FS_SYSFS_SYSFS_H */
