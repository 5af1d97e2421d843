/*
 * path.h - a place in the tree of mounted file systems: a mount and a
 * dentry in it. The same dentry can be seen through several mounts (a
 * bind mount), so a name's position needs both. See fs/namei.c and
 * docs/files.md.
 */
#ifndef _LINUX_PATH_H
#define _LINUX_PATH_H

struct dentry;
struct vfsmount;

/**
 * struct path - a dentry as seen through a mount
 * @mnt: the mount
 * @dentry: the dentry
 */
struct path {
	struct vfsmount *mnt;
	struct dentry *dentry;
};

void path_get(struct path *path);
void path_put(struct path *path);

#endif /* _LINUX_PATH_H */
