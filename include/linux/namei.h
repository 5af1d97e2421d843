/*
 * namei.h - the path walk's state and flags.
 *
 * A walk (fs/namei.c:link_path_walk) keeps its position in a nameidata:
 * the path reached so far, the last component when only the parent was
 * wanted (LOOKUP_PARENT, as for creating a file), and the symlink
 * targets being followed (depth up to MAX_NESTED_LINKS). Linux 2.6.32's
 * flags and limits. See docs/files.md.
 */
#ifndef _LINUX_NAMEI_H
#define _LINUX_NAMEI_H

#include <linux/dcache.h>
#include <linux/path.h>

#define MAX_NESTED_LINKS 8 /* symlinks inside symlinks; the total per walk is 40 */

/**
 * struct open_intent - what an open walk means to do at its end
 * @flags: the open flags
 * @create_mode: the mode for O_CREAT
 * @file: the file being opened
 */
struct open_intent {
	int flags;
	int create_mode;
	struct file *file;
};

/**
 * struct nameidata - a path walk in progress
 * @path: where the walk is
 * @last: the last component (with LOOKUP_PARENT)
 * @root: the root the walk started at ("/" and ".." stop there)
 * @flags: LOOKUP_*
 * @last_type: LAST_NORM, LAST_ROOT, LAST_DOT or LAST_DOTDOT
 * @depth: how many symlinks are being followed inside each other
 * @saved_names: their targets, one per depth
 * @intent: for an open walk
 */
struct nameidata {
	struct path path;
	struct qstr last;
	struct path root;
	unsigned int flags;
	int last_type;
	unsigned depth;
	char *saved_names[MAX_NESTED_LINKS + 1];
	union {
		struct open_intent open;
	} intent;
};

enum { LAST_NORM, LAST_ROOT, LAST_DOT, LAST_DOTDOT, LAST_BIND };

#define LOOKUP_FOLLOW 1
#define LOOKUP_DIRECTORY 2
#define LOOKUP_CONTINUE 4
#define LOOKUP_PARENT 16
#define LOOKUP_OPEN 0x0100
#define LOOKUP_CREATE 0x0200
#define LOOKUP_EXCL 0x0400
#define LOOKUP_RENAME_TARGET 0x0800
/* 2.6.39's (an addition to 2.6.32): an empty name is the start itself, @dfd's file or the cwd */
#define LOOKUP_EMPTY 0x4000

int user_path_at(int dfd, const char __user *name, unsigned flags, struct path *path);
#define user_path(name, path) user_path_at(AT_FDCWD, name, LOOKUP_FOLLOW, path)
#define user_lpath(name, path) user_path_at(AT_FDCWD, name, 0, path)
#define user_path_dir(name, path) \
	user_path_at(AT_FDCWD, name, LOOKUP_FOLLOW | LOOKUP_DIRECTORY, path)
int kern_path(const char *name, unsigned flags, struct path *path);
int path_lookup(const char *name, unsigned int flags, struct nameidata *nd);
int vfs_path_lookup(struct dentry *dentry, struct vfsmount *mnt, const char *name,
		    unsigned int flags, struct nameidata *nd);
struct dentry *lookup_one_len(const char *name, struct dentry *base, int len);
struct dentry *lookup_create(struct nameidata *nd, int is_dir);
int follow_down(struct path *path);
int follow_up(struct path *path);

static inline void nd_set_link(struct nameidata *nd, char *path)
{
	nd->saved_names[nd->depth] = path;
}

static inline char *nd_get_link(struct nameidata *nd)
{
	return nd->saved_names[nd->depth];
}

#endif /* _LINUX_NAMEI_H */
