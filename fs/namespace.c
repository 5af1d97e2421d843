/*
 * namespace.c - mounts: the tree of file systems.
 *
 * Each mount is a struct vfsmount. A mount sits on a dentry of its
 * parent mount (the mount point), and the pair is its key in the mount
 * hash; the dentry's d_mounted says "look in the hash". The path walk
 * crosses down with lookup_mnt() and back up at a mount's root.
 *
 *   rootfs (ramfs)  /
 *     `- proc       /proc      mnt_parent = rootfs, mnt_mountpoint = dentry "proc"
 *
 * At boot init_mount_tree() mounts rootfs - a ramfs that can never be
 * unmounted - and makes it the root and current directory of init_fs,
 * the fs_struct the kernel threads share. do_mount() and sys_umount()
 * are the bodies of mount(2) and umount2(2).
 *
 * pivot_root(new_root, put_old) swaps the caller's root mount for the
 * mount at new_root and hangs the old one at put_old: the old root's
 * mount is detached from its parent and attached at put_old, new_root's
 * mount takes its place, and every task whose root or cwd was the old
 * root moves to the new one (chroot_fs_refs). The old root must itself
 * be a mount with a parent, so rootfs - the root of the boot - can never
 * be pivoted (-EINVAL), as in 2.6.32: a system pivots after chroot-ing
 * into a mounted file system.
 *
 * As 2.6.32 but with one namespace, no shared/slave propagation, no
 * MNT_DETACH (lazy unmount answers -EINVAL) and no MS_MOVE (-EINVAL).
 * pivot_root also moves the two mounts to the end of /proc/mounts'
 * list (2.6.32 keeps their places).
 * Read next: fs/namei.c (follow_mount), docs/files.md.
 */
#include <linux/module.h>
#include <linux/mount.h>
#include <linux/sysfs.h>
#include <linux/fs.h>
#include <linux/fs_struct.h>
#include <linux/namei.h>
#include <linux/dcache.h>
#include <linux/ramfs.h>
#include <linux/sched.h>
#include <linux/kernel.h>
#include <linux/cache.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/err.h>
#include <linux/capability.h>

#define MNT_HASHSIZE 256

static struct kmem_cache *mnt_cache;
static struct list_head mount_hashtable[MNT_HASHSIZE];
static DECLARE_RWSEM(namespace_sem);

/* vfsmount_lock - guards the mount hash and the lists */
DEFINE_SPINLOCK(vfsmount_lock);
/* vfsmount_list - every mount, in mount order (what /proc/mounts lists) */
LIST_HEAD(vfsmount_list);

static unsigned long hash(struct vfsmount *mnt, struct dentry *dentry)
{
	unsigned long tmp = ((unsigned long)mnt / L1_CACHE_BYTES);

	tmp += ((unsigned long)dentry / L1_CACHE_BYTES);
	tmp = tmp + (tmp >> 8);
	return tmp & (MNT_HASHSIZE - 1);
}

/**
 * alloc_vfsmnt - a new, unattached mount
 * @name: the device name to show ("none", "rootfs")
 *
 * Context: process context; may sleep.
 * Return: the mount (count 1) or NULL.
 */
struct vfsmount *alloc_vfsmnt(const char *name)
{
	struct vfsmount *mnt = kmem_cache_zalloc(mnt_cache, GFP_KERNEL);

	if (!mnt)
		return NULL;
	atomic_set(&mnt->mnt_count, 1);
	INIT_LIST_HEAD(&mnt->mnt_hash);
	INIT_LIST_HEAD(&mnt->mnt_child);
	INIT_LIST_HEAD(&mnt->mnt_mounts);
	INIT_LIST_HEAD(&mnt->mnt_list);
	if (name) {
		mnt->mnt_devname = kstrdup(name, GFP_KERNEL);
		if (!mnt->mnt_devname) {
			kmem_cache_free(mnt_cache, mnt);
			return NULL;
		}
	}
	return mnt;
}

/**
 * free_vfsmnt - free a mount made by alloc_vfsmnt()
 * @mnt: the mount
 *
 * Context: any.
 */
void free_vfsmnt(struct vfsmount *mnt)
{
	kfree(mnt->mnt_devname);
	kmem_cache_free(mnt_cache, mnt);
}

/**
 * lookup_mnt - the mount on top of a path, if any
 * @path: the mount and dentry to look on
 *
 * Context: any.
 * Return: the child mount with a reference, or NULL.
 */
struct vfsmount *lookup_mnt(struct path *path)
{
	struct list_head *head = mount_hashtable + hash(path->mnt, path->dentry);
	struct vfsmount *p, *found = NULL;

	spin_lock(&vfsmount_lock);
	list_for_each_entry(p, head, mnt_hash)
		if (p->mnt_parent == path->mnt && p->mnt_mountpoint == path->dentry) {
			found = mntget(p);
			break;
		}
	spin_unlock(&vfsmount_lock);
	return found;
}

/**
 * mntput_no_expire - drop a reference to a mount; the last one frees it
 * @mnt: the mount
 *
 * Context: process context; may sleep (the super block may be killed).
 */
void mntput_no_expire(struct vfsmount *mnt)
{
	struct super_block *sb = mnt->mnt_sb;

	if (!atomic_dec_and_test(&mnt->mnt_count))
		return;
	dput(mnt->mnt_root);
	free_vfsmnt(mnt);
	deactivate_super(sb);
}
EXPORT_SYMBOL(mntput_no_expire);

/**
 * vfs_kern_mount - mount a file system type, not yet attached anywhere
 * @type: the type
 * @flags: MS_* flags
 * @name: the device name
 * @data: the options
 *
 * Context: process context; may sleep.
 * Return: the mount (its own parent), or an ERR_PTR.
 */
struct vfsmount *vfs_kern_mount(struct file_system_type *type, int flags, const char *name,
				void *data)
{
	struct vfsmount *mnt;
	int error;

	if (!type)
		return ERR_PTR(-ENODEV);
	mnt = alloc_vfsmnt(name);
	if (!mnt)
		return ERR_PTR(-ENOMEM);
	error = type->get_sb(type, flags, name, data, mnt);
	if (error < 0) {
		free_vfsmnt(mnt);
		return ERR_PTR(error);
	}
	mnt->mnt_mountpoint = mnt->mnt_root;
	mnt->mnt_parent = mnt;
	up_write(&mnt->mnt_sb->s_umount);
	return mnt;
}
EXPORT_SYMBOL(vfs_kern_mount);

/**
 * do_kern_mount - vfs_kern_mount() by type name
 * @fstype: the type's name
 * @flags: MS_* flags
 * @name: the device name
 * @data: the options
 *
 * Context: process context; may sleep.
 * Return: the mount, or ERR_PTR(-ENODEV) for an unknown type, or another ERR_PTR.
 */
struct vfsmount *do_kern_mount(const char *fstype, int flags, const char *name, void *data)
{
	return vfs_kern_mount(get_fs_type(fstype), flags, name, data);
}
EXPORT_SYMBOL(do_kern_mount);

/**
 * kern_mount_data - mount a file system for the kernel's own use (pipefs)
 * @type: the type
 * @data: the options
 *
 * Context: process context; may sleep.
 * Return: the mount, or an ERR_PTR.
 */
struct vfsmount *kern_mount_data(struct file_system_type *type, void *data)
{
	return vfs_kern_mount(type, MS_KERNMOUNT, type->name, data);
}
EXPORT_SYMBOL(kern_mount_data);

/* attach_mnt - hang @mnt on @path (vfsmount_lock held) */
static void attach_mnt(struct vfsmount *mnt, struct path *path)
{
	mnt->mnt_parent = mntget(path->mnt);
	mnt->mnt_mountpoint = dget(path->dentry);
	path->dentry->d_mounted++;
	list_add_tail(&mnt->mnt_hash, mount_hashtable + hash(path->mnt, path->dentry));
	list_add_tail(&mnt->mnt_child, &path->mnt->mnt_mounts);
	list_add_tail(&mnt->mnt_list, &vfsmount_list);
}

/* graft_tree - attach @mnt at @path unless the mount point was removed */
static int graft_tree(struct vfsmount *mnt, struct path *path)
{
	struct inode *inode = path->dentry->d_inode;
	int err = -ENOTDIR;

	if (S_ISDIR(inode->i_mode) != S_ISDIR(mnt->mnt_root->d_inode->i_mode))
		return err;
	mutex_lock(&inode->i_mutex);
	err = -ENOENT;
	if (!IS_DEADDIR(inode) && (IS_ROOT(path->dentry) || !d_unhashed(path->dentry))) {
		spin_lock(&vfsmount_lock);
		attach_mnt(mnt, path);
		spin_unlock(&vfsmount_lock);
		err = 0;
	}
	mutex_unlock(&inode->i_mutex);
	return err;
}

/* do_add_mount - attach a new mount on top of whatever is mounted at @path */
static int do_add_mount(struct vfsmount *newmnt, struct path *path)
{
	int err;

	down_write(&namespace_sem);
	while (d_mountpoint(path->dentry) && follow_down(path))
		;
	err = -EBUSY;
	if (path->mnt->mnt_sb == newmnt->mnt_sb && path->mnt->mnt_root == path->dentry)
		goto unlock;
	err = -EINVAL;
	if (S_ISLNK(newmnt->mnt_root->d_inode->i_mode))
		goto unlock;
	err = graft_tree(newmnt, path);
unlock:
	up_write(&namespace_sem);
	if (err)
		mntput(newmnt);
	return err;
}

/* do_loopback - a bind mount: the tree at @old_name seen again at @path */
static int do_loopback(struct path *path, char *old_name)
{
	struct path old_path;
	struct vfsmount *mnt;
	int err;

	if (!old_name || !*old_name)
		return -EINVAL;
	err = kern_path(old_name, LOOKUP_FOLLOW, &old_path);
	if (err)
		return err;
	err = -ENOMEM;
	mnt = alloc_vfsmnt(old_path.mnt->mnt_devname);
	if (mnt) {
		atomic_inc(&old_path.mnt->mnt_sb->s_active);
		mnt->mnt_sb = old_path.mnt->mnt_sb;
		mnt->mnt_root = dget(old_path.dentry);
		mnt->mnt_mountpoint = mnt->mnt_root;
		mnt->mnt_parent = mnt;
		mnt->mnt_flags = old_path.mnt->mnt_flags;
		err = do_add_mount(mnt, path);
	}
	path_put(&old_path);
	return err;
}

/* do_remount - change the options of the super block mounted at @path */
static int do_remount(struct path *path, int flags, void *data)
{
	struct super_block *sb = path->mnt->mnt_sb;
	int err = 0;

	if (path->dentry != path->mnt->mnt_root)
		return -EINVAL;
	down_write(&sb->s_umount);
	if (sb->s_op->remount_fs)
		err = sb->s_op->remount_fs(sb, &flags, data);
	if (!err)
		sb->s_flags = (sb->s_flags & ~MS_RDONLY) | (flags & MS_RDONLY);
	up_write(&sb->s_umount);
	return err;
}

/**
 * do_mount - the body of mount(2)
 * @dev_name: the device (or "none"), or for MS_BIND the path to bind
 * @dir_name: where to mount
 * @type_page: the file system type's name
 * @flags: MS_* flags
 * @data_page: the options, as text
 *
 * Context: process context; may sleep.
 * Return: 0, or -ENOENT/-ENOTDIR (bad mount point), -ENODEV (unknown
 * type), -EBUSY, -EINVAL (MS_MOVE and lazy unmount are not supported).
 */
long do_mount(char *dev_name, char *dir_name, char *type_page, unsigned long flags, void *data_page)
{
	struct vfsmount *mnt;
	struct path path;
	int retval;

	if (!dir_name || !*dir_name || !memchr(dir_name, 0, PATH_MAX))
		return -EINVAL;
	retval = kern_path(dir_name, LOOKUP_FOLLOW, &path);
	if (retval)
		return retval;
	if (flags & MS_REMOUNT) {
		retval = do_remount(&path, flags, data_page);
	} else if (flags & MS_BIND) {
		retval = do_loopback(&path, dev_name);
	} else if (flags & MS_MOVE) {
		retval = -EINVAL;
	} else if (!type_page || !*type_page) {
		retval = -EINVAL;
	} else {
		mnt = do_kern_mount(type_page, flags & ~MS_SILENT, dev_name ? dev_name : "none",
				    data_page);
		retval = IS_ERR(mnt) ? PTR_ERR(mnt) : do_add_mount(mnt, &path);
	}
	path_put(&path);
	return retval;
}

/**
 * may_umount - could a mount be unmounted now?
 * @mnt: the mount
 *
 * Context: any.
 * Return: 1 if nothing but the tree holds it and nothing is mounted on it.
 */
int may_umount(struct vfsmount *mnt)
{
	return list_empty(&mnt->mnt_mounts) && atomic_read(&mnt->mnt_count) <= 2;
}
EXPORT_SYMBOL(may_umount);

/* umount_tree - detach @mnt from its parent (vfsmount_lock held); returns what to drop */
static void detach_mnt(struct vfsmount *mnt, struct path *old)
{
	old->dentry = mnt->mnt_mountpoint;
	old->mnt = mnt->mnt_parent;
	mnt->mnt_parent = mnt;
	mnt->mnt_mountpoint = mnt->mnt_root;
	list_del_init(&mnt->mnt_child);
	list_del_init(&mnt->mnt_hash);
	list_del_init(&mnt->mnt_list);
	old->dentry->d_mounted--;
}

static int do_umount(struct vfsmount *mnt, int flags)
{
	struct path old = { NULL, NULL };
	int retval = -EBUSY;

	if (flags & MNT_DETACH)
		return -EINVAL;
	if (mnt == current->fs->root.mnt || mnt->mnt_parent == mnt)
		return -EBUSY;
	down_write(&namespace_sem);
	spin_lock(&vfsmount_lock);
	/* the caller's path and the tree each hold one reference */
	if (may_umount(mnt)) {
		detach_mnt(mnt, &old);
		retval = 0;
	}
	spin_unlock(&vfsmount_lock);
	up_write(&namespace_sem);
	if (!retval) {
		path_put(&old);
		mntput(mnt);
	}
	return retval;
}

/**
 * sys_umount - the body of umount2(2)
 * @name: the mount point
 * @flags: MNT_FORCE (ignored: nothing to abort), MNT_DETACH (-EINVAL)
 *
 * Context: process context; may sleep.
 * Return: 0, -EINVAL (not a mount point), -EBUSY (in use), or a lookup error.
 */
asmlinkage long sys_umount(char __user *name, int flags)
{
	struct path path;
	int retval;

	retval = user_path(name, &path);
	if (retval)
		return retval;
	retval = -EINVAL;
	if (path.dentry == path.mnt->mnt_root)
		retval = do_umount(path.mnt, flags);
	path_put(&path);
	return retval;
}

/**
 * sys_mount - the body of mount(2) with the strings still in the caller's memory
 * @dev_name: the device
 * @dir_name: the mount point
 * @type: the type's name
 * @flags: MS_* flags
 * @data: the options
 *
 * Context: process context; may sleep.
 * Return: as do_mount().
 */
asmlinkage long sys_mount(char __user *dev_name, char __user *dir_name, char __user *type,
			  unsigned long flags, void __user *data)
{
	char *dir = getname(dir_name), *kdev = NULL, *ktype = NULL;
	long ret;

	if (IS_ERR(dir))
		return PTR_ERR(dir);
	if (dev_name)
		kdev = getname(dev_name);
	if (type)
		ktype = getname(type);
	if (IS_ERR(kdev))
		ret = PTR_ERR(kdev);
	else if (IS_ERR(ktype))
		ret = PTR_ERR(ktype);
	else
		ret = do_mount(kdev, dir, ktype, flags, data);
	if (ktype && !IS_ERR(ktype))
		putname(ktype);
	if (kdev && !IS_ERR(kdev))
		putname(kdev);
	putname(dir);
	return ret;
}

/* init_mount_tree - mount rootfs and make it init_fs's root and working directory */
static void init_mount_tree(void)
{
	struct vfsmount *mnt = do_kern_mount("rootfs", 0, "rootfs", NULL);
	struct path root;

	if (IS_ERR(mnt))
		panic("Can't create rootfs");
	spin_lock(&vfsmount_lock);
	list_add_tail(&mnt->mnt_list, &vfsmount_list);
	spin_unlock(&vfsmount_lock);
	root.mnt = mnt;
	root.dentry = mnt->mnt_root;
	set_fs_pwd(current->fs, &root);
	set_fs_root(current->fs, &root);
}

/**
 * mnt_init - the mount cache and hash, rootfs, and the first mount
 *
 * Context: boot (vfs_caches_init).
 */
void mnt_init(void)
{
	unsigned int u;

	mnt_cache = kmem_cache_create("mnt_cache", sizeof(struct vfsmount), 0, SLAB_PANIC, NULL);
	for (u = 0; u < MNT_HASHSIZE; u++)
		INIT_LIST_HEAD(&mount_hashtable[u]);
	if (sysfs_init())
		printk(KERN_WARNING "%s: sysfs_init error\n", __func__);
	init_rootfs();
	init_mount_tree();
}

/**
 * sys_oldumount - umount(2), the form without flags (system call 22)
 * @name: the mount point
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_umount().
 */
asmlinkage long sys_oldumount(char __user *name)
{
	return sys_umount(name, 0);
}

/* is_subdir - is @new_dentry @old_dentry or below it (in one mount)? dcache_lock for the walk */
static bool is_subdir(struct dentry *new_dentry, struct dentry *old_dentry)
{
	struct dentry *d = new_dentry;
	bool found = false;

	spin_lock(&dcache_lock);
	for (;;) {
		if (d == old_dentry) {
			found = true;
			break;
		}
		if (IS_ROOT(d))
			break;
		d = d->d_parent;
	}
	spin_unlock(&dcache_lock);
	return found;
}

/* chroot_fs_refs - every task whose root or cwd is @old_root gets @new_root instead */
static void chroot_fs_refs(struct path *old_root, struct path *new_root)
{
	struct task_struct *p;
	unsigned long flags;
	int count = 0;

	spin_lock_irqsave(&tasklist_lock, flags);
	list_for_each_entry(p, &init_task.tasks, tasks) {
		struct fs_struct *fs = p->fs;

		if (!fs)
			continue;
		write_lock(&fs->lock);
		if (fs->root.dentry == old_root->dentry && fs->root.mnt == old_root->mnt) {
			path_get(new_root);
			fs->root = *new_root;
			count++;
		}
		if (fs->pwd.dentry == old_root->dentry && fs->pwd.mnt == old_root->mnt) {
			path_get(new_root);
			fs->pwd = *new_root;
			count++;
		}
		write_unlock(&fs->lock);
	}
	spin_unlock_irqrestore(&tasklist_lock, flags);
	while (count--)
		path_put(old_root);
}

/*
 * pivot_check - 2.6.32's conditions, in its order: both directories
 * alive, neither on the root's mount, the root and new_root each the
 * root of an attached mount, put_old reachable from new_root.
 */
static int pivot_check(struct path *new, struct path *old, struct path *root)
{
	struct vfsmount *tmp;

	if (IS_DEADDIR(new->dentry->d_inode) ||
	    (d_unhashed(new->dentry) && !IS_ROOT(new->dentry)) ||
	    (d_unhashed(old->dentry) && !IS_ROOT(old->dentry)))
		return -ENOENT;
	if (new->mnt == root->mnt || old->mnt == root->mnt)
		return -EBUSY; /* loop, on the same file system */
	if (root->mnt->mnt_root != root->dentry || root->mnt->mnt_parent == root->mnt)
		return -EINVAL; /* the root is not a mount point, or not attached (rootfs) */
	if (new->mnt->mnt_root != new->dentry || new->mnt->mnt_parent == new->mnt)
		return -EINVAL;
	tmp = old->mnt;
	if (tmp == new->mnt)
		return is_subdir(old->dentry, new->dentry) ? 0 : -EINVAL;
	for (;;) {
		if (tmp->mnt_parent == tmp)
			return -EINVAL; /* put_old is not under new_root */
		if (tmp->mnt_parent == new->mnt)
			break;
		tmp = tmp->mnt_parent;
	}
	return is_subdir(tmp->mnt_mountpoint, new->dentry) ? 0 : -EINVAL;
}

/**
 * sys_pivot_root - pivot_root(2): make @new_root the root mount, the old one at @put_old
 * @new_root: a directory that is the root of a mount
 * @put_old: a directory at or under @new_root, where the old root goes
 *
 * Context: process context (system call); may sleep.
 * Return: 0; -EPERM without CAP_SYS_ADMIN; lookup errors (-ENOENT,
 * -ENOTDIR...); -EBUSY (@new_root or @put_old on the current root's
 * mount); -EINVAL (the root or @new_root not an attached mount's root,
 * as rootfs is not; @put_old not under @new_root).
 */
asmlinkage long sys_pivot_root(const char __user *new_root, const char __user *put_old)
{
	struct path new, old, root, parent_path, root_parent;
	int error;

	if (!capable(CAP_SYS_ADMIN))
		return -EPERM;
	error = user_path_dir(new_root, &new);
	if (error)
		return error;
	error = user_path_dir(put_old, &old);
	if (error)
		goto out_new;
	get_fs_root(current->fs, &root);
	down_write(&namespace_sem);
	mutex_lock(&old.dentry->d_inode->i_mutex);
	error = pivot_check(&new, &old, &root);
	if (!error) {
		spin_lock(&vfsmount_lock);
		detach_mnt(new.mnt, &parent_path);
		detach_mnt(root.mnt, &root_parent);
		attach_mnt(root.mnt, &old); /* the old root at put_old */
		attach_mnt(new.mnt, &root_parent); /* new_root where the old root was */
		spin_unlock(&vfsmount_lock);
		chroot_fs_refs(&root, &new);
	}
	mutex_unlock(&old.dentry->d_inode->i_mutex);
	up_write(&namespace_sem);
	if (!error) {
		path_put(&root_parent);
		path_put(&parent_path);
	}
	path_put(&root);
	path_put(&old);
out_new:
	path_put(&new);
	return error;
}
