/*
 * mount.h - a mounted file system's place in the tree.
 *
 * A vfsmount ties a super block's root dentry (mnt_root) to a dentry of
 * the file system above it (mnt_mountpoint in mnt_parent). The path walk
 * crosses into a mount when it lands on a dentry whose d_mounted is
 * nonzero, by looking (parent mount, dentry) up in the mount hash
 * (fs/namespace.c:lookup_mnt), and crosses back at a mount's root on
 * "..". The first mount, rootfs, is its own parent. Linux 2.6.32's
 * names; Linnet has one mount namespace and no propagation (shared,
 * slave) or expiry. See fs/namespace.c and docs/files.md.
 */
#ifndef _LINUX_MOUNT_H
#define _LINUX_MOUNT_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/atomic.h>
#include <linux/spinlock.h>
#include <linux/path.h>

struct super_block;
struct dentry;
struct file_system_type;

#define MNT_NOSUID 0x01
#define MNT_NODEV 0x02
#define MNT_NOEXEC 0x04
#define MNT_NOATIME 0x08
#define MNT_READONLY 0x40

/**
 * struct vfsmount - one mount
 * @mnt_hash: in the mount hash, keyed by (@mnt_parent, @mnt_mountpoint)
 * @mnt_parent: the mount it is mounted on
 * @mnt_mountpoint: the dentry it covers
 * @mnt_root: the root of the mounted tree
 * @mnt_sb: the mounted super block
 * @mnt_mounts: the mounts on top of this one
 * @mnt_child: on its parent's @mnt_mounts
 * @mnt_flags: MNT_*
 * @mnt_devname: the device name given to mount ("none", "rootfs"...)
 * @mnt_list: on the namespace's list, in mount order (/proc/mounts)
 * @mnt_count: references
 */
struct vfsmount {
	struct list_head mnt_hash;
	struct vfsmount *mnt_parent;
	struct dentry *mnt_mountpoint;
	struct dentry *mnt_root;
	struct super_block *mnt_sb;
	struct list_head mnt_mounts;
	struct list_head mnt_child;
	int mnt_flags;
	const char *mnt_devname;
	struct list_head mnt_list;
	atomic_t mnt_count;
};

/* mntget - take a reference on a mount */
static inline struct vfsmount *mntget(struct vfsmount *mnt)
{
	if (mnt)
		atomic_inc(&mnt->mnt_count);
	return mnt;
}

void mntput_no_expire(struct vfsmount *mnt);

static inline void mntput(struct vfsmount *mnt)
{
	if (mnt)
		mntput_no_expire(mnt);
}

struct vfsmount *vfs_kern_mount(struct file_system_type *type, int flags, const char *name,
				void *data);
struct vfsmount *do_kern_mount(const char *fstype, int flags, const char *name, void *data);
struct vfsmount *kern_mount_data(struct file_system_type *type, void *data);
#define kern_mount(type) kern_mount_data(type, NULL)
struct vfsmount *alloc_vfsmnt(const char *name);
void free_vfsmnt(struct vfsmount *mnt);
struct vfsmount *lookup_mnt(struct path *path);
long do_mount(char *dev_name, char *dir_name, char *type_page, unsigned long flags,
	      void *data_page);
int may_umount(struct vfsmount *mnt);
extern struct list_head vfsmount_list;
extern spinlock_t vfsmount_lock;

#endif /* _LINUX_MOUNT_H */
