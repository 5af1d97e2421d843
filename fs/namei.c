/*
 * namei.c - from a path name to a dentry: the path walk, and the
 * operations that change names (create, mkdir, unlink, rename...).
 *
 * link_path_walk() takes a path one component at a time. Each step
 * checks search (exec) permission on the directory, then looks the name
 * up in the dentry cache and, on a miss, asks the directory's inode
 * (real_lookup). A file system whose names can go stale without an
 * unlink (/proc/PID once the task is gone) checks each cached dentry in
 * its d_revalidate (do_revalidate); a "no" sends the walk to the
 * directory again. "." stays, ".." goes to the parent - crossing back to
 * the mount below at a mount's root, and never above the task's root.
 * Landing on a mount point crosses into the mount on top (follow_mount);
 * landing on a symlink follows it, by walking its target from where the
 * walk is: at most MAX_NESTED_LINKS (8) inside each other and 40 in one
 * walk, else -ELOOP.
 *
 *   "/usr/../tmp/x"   root -> "usr" -> ".." (back to root) -> "tmp" -> "x"
 *
 * A walk with LOOKUP_PARENT stops before the last component and leaves
 * it in nd->last: that is how creat, mkdir, unlink and rename find the
 * directory to change, which they then lock (i_mutex) before looking the
 * last name up (lookup_hash). The vfs_* functions check the rules every
 * file system shares (the name exists or not, a directory or not,
 * permissions, mount points busy) and call the inode operations.
 *
 * Permissions are checked by the caller's fsuid and fsgid against the
 * owner, group and other bits (generic_permission), with root's
 * capabilities as the override; removing a name from a sticky directory
 * needs to own the file or the directory (check_sticky), and making a
 * device node needs CAP_MKNOD.
 *
 * Linux 2.6.32's algorithm and errors. Opening with O_CREAT through a dangling symlink gives
 * -ENOENT (2.6.32 creates the target). One addition: 2.6.39's
 * LOOKUP_EMPTY, with which an empty name means the walk's start (@dfd's
 * file, or the current directory), for the *at calls' AT_EMPTY_PATH
 * (fstatat64, fchownat, linkat - the last only for CAP_DAC_READ_SEARCH);
 * and, as Linux since 3.11, an unlinked file cannot be linked back.
 * Read next: fs/open.c, docs/files.md.
 */
#include <linux/module.h>
#include <linux/namei.h>
#include <linux/fs.h>
#include <linux/fsnotify.h>
#include <linux/fs_struct.h>
#include <linux/file.h>
#include <linux/mount.h>
#include <linux/dcache.h>
#include <linux/pagemap.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/err.h>
#include <linux/uaccess.h>

#define MAX_TOTAL_LINKS 40

/*
 * getname_flags - getname(), except that with LOOKUP_EMPTY an empty name
 * is kept: the walk then ends where it starts (2.6.39's AT_EMPTY_PATH).
 */
static char *getname_flags(const char __user *filename, unsigned int flags)
{
	char *tmp = kmalloc(PATH_MAX, GFP_KERNEL);
	long len;

	if (!tmp)
		return ERR_PTR(-ENOMEM);
	len = strncpy_from_user(tmp, filename, PATH_MAX);
	if (len < 0 || len >= PATH_MAX || (!len && !(flags & LOOKUP_EMPTY))) {
		kfree(tmp);
		return ERR_PTR(len < 0 ? len : len ? -ENAMETOOLONG : -ENOENT);
	}
	return tmp;
}

/**
 * getname - copy a path name from the caller into a kernel buffer
 * @filename: the name
 *
 * Context: process context; may sleep.
 * Return: the copy (putname() it), or ERR_PTR(-ENAMETOOLONG) for a name
 * of PATH_MAX bytes or more, -ENOENT for "", -EFAULT, -ENOMEM.
 */
char *getname(const char __user *filename)
{
	return getname_flags(filename, 0);
}
EXPORT_SYMBOL(getname);

/**
 * putname - free what getname() returned
 * @name: the copy
 *
 * Context: any.
 */
void putname(const char *name)
{
	kfree(name);
}
EXPORT_SYMBOL(putname);

/* The owner, group or other bits that apply to the caller, shifted down to rwx */
static int acl_permission_check(struct inode *inode, int mask)
{
	umode_t mode = inode->i_mode;

	if (current_fsuid() == inode->i_uid)
		mode >>= 6;
	else if (in_group_p(inode->i_gid))
		mode >>= 3;
	return (mode & mask) == mask ? 0 : -EACCES;
}

/* May this inode be run? An x bit somewhere, or a directory (to search) */
static int execute_ok(struct inode *inode)
{
	return (inode->i_mode & S_IXUGO) || S_ISDIR(inode->i_mode);
}

/**
 * generic_permission - the mode-bit check
 * @inode: the inode
 * @mask: MAY_READ, MAY_WRITE, MAY_EXEC (MAY_ACCESS, MAY_OPEN ignored)
 * @check_acl: unused (no ACLs)
 *
 * The caller's fsuid picks the owner bits, else its fsgid or a
 * supplementary group the group bits, else the other bits; exactly one
 * class applies (an owner without the bit is refused even if "other"
 * has it). Failing that, CAP_DAC_OVERRIDE passes reads and writes, and
 * exec when some x bit is set (or for a directory); CAP_DAC_READ_SEARCH
 * passes a plain read and a directory search. As 2.6.32.
 *
 * Context: process context.
 * Return: 0 or -EACCES.
 */
int generic_permission(struct inode *inode, int mask, int (*check_acl)(struct inode *, int))
{
	mask &= MAY_READ | MAY_WRITE | MAY_EXEC;
	if (!acl_permission_check(inode, mask))
		return 0;
	if (!(mask & MAY_EXEC) || execute_ok(inode))
		if (capable(CAP_DAC_OVERRIDE))
			return 0;
	if (mask == MAY_READ || (S_ISDIR(inode->i_mode) && !(mask & MAY_WRITE)))
		if (capable(CAP_DAC_READ_SEARCH))
			return 0;
	return -EACCES;
}
EXPORT_SYMBOL(generic_permission);

/**
 * inode_permission - may the caller access an inode as @mask asks?
 * @inode: the inode
 * @mask: MAY_READ, MAY_WRITE, MAY_EXEC
 *
 * Context: any.
 * Return: 0, -EACCES, or -EROFS for a write on a read-only file system.
 */
int inode_permission(struct inode *inode, int mask)
{
	if ((mask & MAY_WRITE) && IS_RDONLY(inode) &&
	    (S_ISREG(inode->i_mode) || S_ISDIR(inode->i_mode) || S_ISLNK(inode->i_mode)))
		return -EROFS;
	if (inode->i_op->permission)
		return inode->i_op->permission(inode, mask);
	return generic_permission(inode, mask, NULL);
}
EXPORT_SYMBOL(inode_permission);

static void set_root(struct nameidata *nd)
{
	if (!nd->root.mnt)
		get_fs_root(current->fs, &nd->root);
}

static void path_put_conditional(struct path *path, struct nameidata *nd)
{
	dput(path->dentry);
	if (path->mnt != nd->path.mnt)
		mntput(path->mnt);
}

static void path_to_nameidata(struct path *path, struct nameidata *nd)
{
	dput(nd->path.dentry);
	if (nd->path.mnt != path->mnt)
		mntput(nd->path.mnt);
	nd->path.mnt = path->mnt;
	nd->path.dentry = path->dentry;
}

/* __follow_mount - cross into the mounts on @path; the first mnt is borrowed */
static int __follow_mount(struct path *path)
{
	int res = 0;

	while (d_mountpoint(path->dentry)) {
		struct vfsmount *mounted = lookup_mnt(path);

		if (!mounted)
			break;
		dput(path->dentry);
		if (res)
			mntput(path->mnt);
		path->mnt = mounted;
		path->dentry = dget(mounted->mnt_root);
		res = 1;
	}
	return res;
}

/* follow_mount - cross into the mounts on @path, whose references we own */
static void follow_mount(struct path *path)
{
	while (d_mountpoint(path->dentry) && follow_down(path))
		;
}

/**
 * follow_down - cross one mount down from a path
 * @path: the path (references owned); moved to the mounted root
 *
 * Context: process context; may sleep.
 * Return: 1 if it moved, 0 if nothing is mounted there.
 */
int follow_down(struct path *path)
{
	struct vfsmount *mounted = lookup_mnt(path);

	if (!mounted)
		return 0;
	dput(path->dentry);
	mntput(path->mnt);
	path->mnt = mounted;
	path->dentry = dget(mounted->mnt_root);
	return 1;
}
EXPORT_SYMBOL(follow_down);

/**
 * follow_up - from a mount's root to its mount point in the parent mount
 * @path: the path (references owned)
 *
 * Context: process context; may sleep.
 * Return: 1 if it moved, 0 at the top mount.
 */
int follow_up(struct path *path)
{
	struct vfsmount *parent;
	struct dentry *mountpoint;

	spin_lock(&vfsmount_lock);
	parent = path->mnt->mnt_parent;
	if (parent == path->mnt) {
		spin_unlock(&vfsmount_lock);
		return 0;
	}
	mntget(parent);
	mountpoint = dget(path->mnt->mnt_mountpoint);
	spin_unlock(&vfsmount_lock);
	dput(path->dentry);
	path->dentry = mountpoint;
	mntput(path->mnt);
	path->mnt = parent;
	return 1;
}
EXPORT_SYMBOL(follow_up);

/* follow_dotdot - "..": up one directory, across mounts, never above the root */
static void follow_dotdot(struct nameidata *nd)
{
	set_root(nd);
	for (;;) {
		struct dentry *old = nd->path.dentry;

		if (nd->path.dentry == nd->root.dentry && nd->path.mnt == nd->root.mnt)
			break;
		if (nd->path.dentry != nd->path.mnt->mnt_root) {
			nd->path.dentry = dget_parent(old);
			dput(old);
			break;
		}
		if (!follow_up(&nd->path))
			break;
	}
	follow_mount(&nd->path);
}

/*
 * do_revalidate - ask the file system whether a cached dentry still holds
 * (d_revalidate: /proc/PID's say no once the task is gone). 0 means look
 * it up again: the dentry is invalidated and NULL returned, unless it is
 * a directory still in use (d_invalidate), which is kept; a negative
 * answer is an error. As 2.6.32's do_revalidate.
 */
static struct dentry *do_revalidate(struct dentry *dentry, struct nameidata *nd)
{
	int status = dentry->d_op->d_revalidate(dentry, nd);

	if (status > 0)
		return dentry;
	if (!status) {
		if (d_invalidate(dentry))
			return dentry;
		dput(dentry);
		return NULL;
	}
	dput(dentry);
	return ERR_PTR(status);
}

/* cached_lookup - @name in @parent's cached entries, revalidated; NULL on a miss */
static struct dentry *cached_lookup(struct dentry *parent, struct qstr *name, struct nameidata *nd)
{
	struct dentry *dentry = d_lookup(parent, name);

	if (dentry && dentry->d_op && dentry->d_op->d_revalidate)
		dentry = do_revalidate(dentry, nd);
	return dentry;
}

/* real_lookup - a cache miss: ask the directory, under its i_mutex */
static struct dentry *real_lookup(struct dentry *parent, struct qstr *name, struct nameidata *nd)
{
	struct inode *dir = parent->d_inode;
	struct dentry *result, *dentry;

	mutex_lock(&dir->i_mutex);
	result = d_lookup(parent, name);
	if (!result) {
		result = ERR_PTR(-ENOENT);
		if (!IS_DEADDIR(dir)) {
			dentry = d_alloc(parent, name);
			result = ERR_PTR(-ENOMEM);
			if (dentry) {
				result = dir->i_op->lookup(dir, dentry, nd);
				if (result)
					dput(dentry);
				else
					result = dentry;
			}
		}
		mutex_unlock(&dir->i_mutex);
		return result;
	}
	/* someone else looked it up meanwhile: it may need revalidating too */
	mutex_unlock(&dir->i_mutex);
	if (result->d_op && result->d_op->d_revalidate) {
		result = do_revalidate(result, nd);
		if (!result)
			result = ERR_PTR(-ENOENT);
	}
	return result;
}

/* do_lookup - one component: the cache, else the file system; then across mounts */
static int do_lookup(struct nameidata *nd, struct qstr *name, struct path *path)
{
	struct dentry *dentry = cached_lookup(nd->path.dentry, name, nd);

	if (IS_ERR(dentry))
		return PTR_ERR(dentry);
	if (!dentry) {
		dentry = real_lookup(nd->path.dentry, name, nd);
		if (IS_ERR(dentry))
			return PTR_ERR(dentry);
	}
	path->mnt = nd->path.mnt;
	path->dentry = dentry;
	__follow_mount(path);
	return 0;
}

static int __vfs_follow_link(struct nameidata *nd, const char *link);

/* __do_follow_link - follow the symlink at @path (its references are consumed) */
static int __do_follow_link(struct path *path, struct nameidata *nd)
{
	struct dentry *dentry = path->dentry;
	void *cookie;
	int error;

	touch_atime(path->mnt, dentry);
	nd_set_link(nd, NULL);
	if (path->mnt != nd->path.mnt) {
		path_to_nameidata(path, nd);
		dget(dentry);
	}
	mntget(path->mnt);
	cookie = dentry->d_inode->i_op->follow_link(dentry, nd);
	if (IS_ERR(cookie)) {
		error = PTR_ERR(cookie);
		path_put(&nd->path);
	} else {
		char *s = nd_get_link(nd);

		error = 0;
		if (s)
			error = __vfs_follow_link(nd, s);
		if (dentry->d_inode->i_op->put_link)
			dentry->d_inode->i_op->put_link(dentry, nd, cookie);
	}
	path_put(path);
	return error;
}

/* do_follow_link - follow a symlink with the loop limits (8 nested, 40 in all) */
static int do_follow_link(struct path *path, struct nameidata *nd)
{
	int err = -ELOOP;

	if (current->link_count >= MAX_NESTED_LINKS)
		goto loop;
	if (current->total_link_count >= MAX_TOTAL_LINKS)
		goto loop;
	cond_resched();
	current->link_count++;
	current->total_link_count++;
	nd->depth++;
	err = __do_follow_link(path, nd);
	current->link_count--;
	nd->depth--;
	return err;
loop:
	path_put_conditional(path, nd);
	path_put(&nd->path);
	return err;
}

static int __link_path_walk(const char *name, struct nameidata *nd);

/*
 * __vfs_follow_link - walk a symlink's target from where the walk is; on
 * error nd->path has been released, as after a failed link_path_walk.
 */
static int __vfs_follow_link(struct nameidata *nd, const char *link)
{
	if (IS_ERR(link)) {
		path_put(&nd->path);
		return PTR_ERR(link);
	}
	if (*link == '/') {
		set_root(nd);
		path_put(&nd->path);
		nd->path = nd->root;
		path_get(&nd->root);
	}
	return __link_path_walk(link, nd);
}

/**
 * vfs_follow_link - walk on from a symlink target a file system made up
 * @nd: the walk
 * @link: the target
 *
 * Context: process context; may sleep.
 * Return: 0 or a negative errno.
 */
int vfs_follow_link(struct nameidata *nd, const char *link)
{
	return __vfs_follow_link(nd, link);
}
EXPORT_SYMBOL(vfs_follow_link);

/* hash_component - split the next component off @name into @this */
static const char *hash_component(const char *name, struct qstr *this)
{
	unsigned long hash = 0;
	unsigned int c = *(const unsigned char *)name;

	this->name = (const unsigned char *)name;
	do {
		name++;
		hash = partial_name_hash(c, hash);
		c = *(const unsigned char *)name;
	} while (c && c != '/');
	this->len = name - (const char *)this->name;
	this->hash = (unsigned int)hash;
	return name;
}

static int is_dot(const struct qstr *q)
{
	return q->name[0] == '.' && q->len == 1;
}

static int is_dotdot(const struct qstr *q)
{
	return q->name[0] == '.' && q->len == 2 && q->name[1] == '.';
}

/* walk_last - the last component, for a walk that wants the object itself */
static int walk_last(struct nameidata *nd, struct qstr *this, unsigned int lookup_flags)
{
	struct path next;
	struct inode *inode;
	int err;

	if (is_dotdot(this))
		follow_dotdot(nd);
	if (is_dot(this) || is_dotdot(this))
		return 0;
	err = do_lookup(nd, this, &next);
	if (err)
		goto out;
	inode = next.dentry->d_inode;
	/* only LOOKUP_FOLLOW follows: O_DIRECTORY | O_NOFOLLOW on a symlink is -ENOTDIR */
	if (inode && inode->i_op->follow_link && (lookup_flags & LOOKUP_FOLLOW)) {
		err = do_follow_link(&next, nd);
		if (err)
			return err;
		inode = nd->path.dentry->d_inode;
	} else {
		path_to_nameidata(&next, nd);
	}
	err = -ENOENT;
	if (!inode)
		goto out;
	err = -ENOTDIR;
	if ((lookup_flags & LOOKUP_DIRECTORY) && !inode->i_op->lookup)
		goto out;
	return 0;
out:
	path_put(&nd->path);
	return err;
}

/* walk_parent - stop before the last component and describe it in nd->last */
static void walk_parent(struct nameidata *nd, struct qstr *this)
{
	nd->last = *this;
	nd->last_type = is_dot(this) ? LAST_DOT : is_dotdot(this) ? LAST_DOTDOT : LAST_NORM;
}

/*
 * __link_path_walk - walk @name from nd->path. On success nd->path holds
 * the result (or, with LOOKUP_PARENT, the parent); on error it is released.
 */
static int __link_path_walk(const char *name, struct nameidata *nd)
{
	unsigned int lookup_flags = nd->flags;
	struct inode *inode;
	struct path next;
	struct qstr this;
	int err;

	while (*name == '/')
		name++;
	if (!*name)
		return 0;
	inode = nd->path.dentry->d_inode;
	if (nd->depth)
		lookup_flags = LOOKUP_FOLLOW | (nd->flags & LOOKUP_CONTINUE);
	for (;;) {
		nd->flags |= LOOKUP_CONTINUE;
		err = inode_permission(inode, MAY_EXEC);
		if (err)
			break;
		name = hash_component(name, &this);
		if (!*name)
			goto last_component;
		while (*++name == '/')
			;
		if (!*name) {
			lookup_flags |= LOOKUP_FOLLOW | LOOKUP_DIRECTORY;
			goto last_component;
		}
		if (is_dot(&this))
			continue;
		if (is_dotdot(&this)) {
			follow_dotdot(nd);
			inode = nd->path.dentry->d_inode;
			continue;
		}
		err = do_lookup(nd, &this, &next);
		if (err)
			break;
		inode = next.dentry->d_inode;
		err = -ENOENT;
		if (!inode) {
			path_put_conditional(&next, nd);
			break;
		}
		if (inode->i_op->follow_link) {
			err = do_follow_link(&next, nd);
			if (err)
				return err;
			err = -ENOENT;
			inode = nd->path.dentry->d_inode;
			if (!inode)
				break;
		} else {
			path_to_nameidata(&next, nd);
		}
		err = -ENOTDIR;
		if (!inode->i_op->lookup)
			break;
	}
	path_put(&nd->path);
	return err;

last_component:
	nd->flags &= lookup_flags | ~LOOKUP_CONTINUE;
	if (lookup_flags & LOOKUP_PARENT) {
		walk_parent(nd, &this);
		return 0;
	}
	return walk_last(nd, &this, lookup_flags);
}

static int link_path_walk(const char *name, struct nameidata *nd)
{
	current->total_link_count = 0;
	return __link_path_walk(name, nd);
}

/*
 * path_init - where a walk starts: the root, the current directory or
 * @dfd's directory. An empty @name (only with LOOKUP_EMPTY) walks no
 * component, so @dfd may then be any open file: the walk ends on it.
 */
static int path_init(int dfd, const char *name, unsigned int flags, struct nameidata *nd)
{
	struct file *file;
	int fput_needed, err = 0;

	nd->last_type = LAST_ROOT;
	nd->flags = flags;
	nd->depth = 0;
	nd->root.mnt = NULL;
	nd->root.dentry = NULL;
	if (*name == '/') {
		set_root(nd);
		nd->path = nd->root;
		path_get(&nd->root);
	} else if (dfd == AT_FDCWD) {
		get_fs_pwd(current->fs, &nd->path);
	} else {
		file = fget_light(dfd, &fput_needed);
		if (!file)
			return -EBADF;
		if (*name && !S_ISDIR(file->f_path.dentry->d_inode->i_mode))
			err = -ENOTDIR;
		else if (*name)
			err = inode_permission(file->f_path.dentry->d_inode, MAY_EXEC);
		if (!err) {
			nd->path = file->f_path;
			path_get(&file->f_path);
		}
		fput_light(file, fput_needed);
	}
	return err;
}

static int do_path_lookup(int dfd, const char *name, unsigned int flags, struct nameidata *nd)
{
	int retval = path_init(dfd, name, flags, nd);

	if (!retval)
		retval = link_path_walk(name, nd);
	if (nd->root.mnt) {
		path_put(&nd->root);
		nd->root.mnt = NULL;
	}
	return retval;
}

/**
 * path_lookup - walk a kernel path name from the current directory or root
 * @name: the path
 * @flags: LOOKUP_*
 * @nd: the walk's state; on success nd->path holds the result (path_put() it)
 *
 * Context: process context; may sleep.
 * Return: 0 or a negative errno.
 */
int path_lookup(const char *name, unsigned int flags, struct nameidata *nd)
{
	return do_path_lookup(AT_FDCWD, name, flags, nd);
}
EXPORT_SYMBOL(path_lookup);

/**
 * kern_path - the path a kernel path name leads to
 * @name: the path
 * @flags: LOOKUP_FOLLOW, LOOKUP_DIRECTORY
 * @path: set on success (path_put() it)
 *
 * Context: process context; may sleep.
 * Return: 0 or a negative errno.
 */
int kern_path(const char *name, unsigned flags, struct path *path)
{
	struct nameidata nd;
	int res = do_path_lookup(AT_FDCWD, name, flags, &nd);

	if (!res)
		*path = nd.path;
	return res;
}
EXPORT_SYMBOL(kern_path);

/**
 * vfs_path_lookup - walk a name from a given directory
 * @dentry: the directory
 * @mnt: its mount
 * @name: the name
 * @flags: LOOKUP_*
 * @nd: the walk's state
 *
 * Context: process context; may sleep.
 * Return: 0 or a negative errno.
 */
int vfs_path_lookup(struct dentry *dentry, struct vfsmount *mnt, const char *name,
		    unsigned int flags, struct nameidata *nd)
{
	int retval;

	nd->last_type = LAST_ROOT;
	nd->flags = flags;
	nd->depth = 0;
	nd->path.dentry = dentry;
	nd->path.mnt = mnt;
	path_get(&nd->path);
	nd->root = nd->path;
	path_get(&nd->root);
	retval = link_path_walk(name, nd);
	path_put(&nd->root);
	return retval;
}
EXPORT_SYMBOL(vfs_path_lookup);

/**
 * user_path_at - the path a caller's path name leads to
 * @dfd: where a relative name starts (AT_FDCWD or a directory's descriptor)
 * @name: the name, in the caller's memory
 * @flags: LOOKUP_FOLLOW, LOOKUP_DIRECTORY; LOOKUP_EMPTY lets "" mean @dfd
 * itself (or the current directory for AT_FDCWD), as the *at calls'
 * AT_EMPTY_PATH asks (2.6.39's flag, an addition to 2.6.32)
 * @path: set on success
 *
 * Context: process context; may sleep.
 * Return: 0 or a negative errno.
 */
int user_path_at(int dfd, const char __user *name, unsigned flags, struct path *path)
{
	struct nameidata nd;
	char *tmp = getname_flags(name, flags);
	int err = PTR_ERR(tmp);

	if (!IS_ERR(tmp)) {
		err = do_path_lookup(dfd, tmp, flags, &nd);
		putname(tmp);
		if (!err)
			*path = nd.path;
	}
	return err;
}
EXPORT_SYMBOL(user_path_at);

/* user_path_parent - walk to the parent of a caller's path; *name to putname() */
static int user_path_parent(int dfd, const char __user *path, struct nameidata *nd, char **name)
{
	char *s = getname(path);
	int error;

	if (IS_ERR(s))
		return PTR_ERR(s);
	error = do_path_lookup(dfd, s, LOOKUP_PARENT, nd);
	if (error)
		putname(s);
	else
		*name = s;
	return error;
}

/* __lookup_hash - the dentry for @name in @base (its i_mutex held) */
static struct dentry *__lookup_hash(struct qstr *name, struct dentry *base, struct nameidata *nd)
{
	struct inode *inode = base->d_inode;
	struct dentry *dentry, *new;
	int err;

	err = inode_permission(inode, MAY_EXEC);
	if (err)
		return ERR_PTR(err);
	dentry = cached_lookup(base, name, nd);
	if (dentry)
		return dentry;
	if (IS_DEADDIR(inode))
		return ERR_PTR(-ENOENT);
	new = d_alloc(base, name);
	if (!new)
		return ERR_PTR(-ENOMEM);
	dentry = inode->i_op->lookup(inode, new, nd);
	if (!dentry)
		return new;
	dput(new);
	return dentry;
}

static struct dentry *lookup_hash(struct nameidata *nd)
{
	return __lookup_hash(&nd->last, nd->path.dentry, nd);
}

/**
 * lookup_one_len - the dentry of one name in a directory
 * @name: the name (no '/')
 * @base: the directory; its i_mutex must be held
 * @len: the name's length
 *
 * Context: process context, @base's i_mutex held; may sleep.
 * Return: the dentry (possibly negative) or an ERR_PTR (-EACCES for a bad name).
 */
struct dentry *lookup_one_len(const char *name, struct dentry *base, int len)
{
	struct qstr this;

	if (!len || memchr(name, '/', len) || (len <= 2 && !strncmp(name, "..", len)))
		return ERR_PTR(-EACCES);
	this.name = (const unsigned char *)name;
	this.len = len;
	this.hash = full_name_hash(this.name, len);
	return __lookup_hash(&this, base, NULL);
}
EXPORT_SYMBOL(lookup_one_len);

/**
 * lookup_create - lock the parent and look up a name that is to be created
 * @nd: a LOOKUP_PARENT walk
 * @is_dir: a trailing slash is allowed (mkdir)
 *
 * Context: process context; may sleep. On success and on error the
 * parent's i_mutex is held: the caller unlocks it.
 * Return: a negative dentry, or ERR_PTR(-EEXIST) if the name exists,
 * -ENOENT for "name/" when not a directory, or a lookup error.
 */
struct dentry *lookup_create(struct nameidata *nd, int is_dir)
{
	struct dentry *dentry = ERR_PTR(-EEXIST);

	mutex_lock(&nd->path.dentry->d_inode->i_mutex);
	if (nd->last_type != LAST_NORM)
		return dentry;
	nd->flags &= ~LOOKUP_PARENT;
	nd->flags |= LOOKUP_CREATE | LOOKUP_EXCL;
	dentry = lookup_hash(nd);
	if (IS_ERR(dentry))
		return dentry;
	if (dentry->d_inode) {
		dput(dentry);
		return ERR_PTR(-EEXIST);
	}
	if (!is_dir && nd->last.name[nd->last.len]) {
		dput(dentry);
		return ERR_PTR(-ENOENT);
	}
	return dentry;
}
EXPORT_SYMBOL(lookup_create);

static int may_create(struct inode *dir, struct dentry *child)
{
	if (child->d_inode)
		return -EEXIST;
	if (IS_DEADDIR(dir))
		return -ENOENT;
	return inode_permission(dir, MAY_WRITE | MAY_EXEC);
}

/*
 * check_sticky - in a sticky directory (/tmp, mode 1777) only the file's
 * owner, the directory's owner or CAP_FOWNER may remove or rename a name.
 * Return: 1 if the caller may not.
 */
static int check_sticky(struct inode *dir, struct inode *inode)
{
	uid_t fsuid = current_fsuid();

	if (!(dir->i_mode & S_ISVTX))
		return 0;
	if (inode->i_uid == fsuid || dir->i_uid == fsuid)
		return 0;
	return !capable(CAP_FOWNER);
}

static int may_delete(struct inode *dir, struct dentry *victim, int isdir)
{
	int error;

	if (!victim->d_inode)
		return -ENOENT;
	BUG_ON(victim->d_parent->d_inode != dir);
	error = inode_permission(dir, MAY_WRITE | MAY_EXEC);
	if (error)
		return error;
	if (check_sticky(dir, victim->d_inode))
		return -EPERM;
	if (isdir) {
		if (!S_ISDIR(victim->d_inode->i_mode))
			return -ENOTDIR;
		if (IS_ROOT(victim))
			return -EBUSY;
	} else if (S_ISDIR(victim->d_inode->i_mode)) {
		return -EISDIR;
	}
	if (IS_DEADDIR(dir))
		return -ENOENT;
	return 0;
}

/**
 * vfs_create - create a regular file
 * @dir: the directory
 * @dentry: the negative dentry of the name
 * @mode: the permissions
 * @nd: the walk (may be NULL)
 *
 * Context: process context, @dir's i_mutex held; may sleep.
 * Return: 0, -EEXIST, -ENOENT (removed directory), -EACCES (no create), -ENOSPC...
 */
int vfs_create(struct inode *dir, struct dentry *dentry, int mode, struct nameidata *nd)
{
	int error = may_create(dir, dentry);

	if (error)
		return error;
	if (!dir->i_op->create)
		return -EACCES;
	mode &= S_IALLUGO;
	mode |= S_IFREG;
	error = dir->i_op->create(dir, dentry, mode, nd);
	if (!error)
		fsnotify_create(dir, dentry);
	return error;
}
EXPORT_SYMBOL(vfs_create);

/**
 * vfs_mknod - create a device node, FIFO or socket
 * @dir: the directory
 * @dentry: the negative dentry of the name
 * @mode: type and permissions
 * @dev: the device number
 *
 * Context: process context, @dir's i_mutex held; may sleep.
 * Return: 0, -EEXIST, -EPERM (a device node without CAP_MKNOD, or the
 * file system cannot), -EACCES, -ENOENT...
 */
int vfs_mknod(struct inode *dir, struct dentry *dentry, int mode, dev_t dev)
{
	int error = may_create(dir, dentry);

	if (error)
		return error;
	if ((S_ISCHR(mode) || S_ISBLK(mode)) && !capable(CAP_MKNOD))
		return -EPERM;
	if (!dir->i_op->mknod)
		return -EPERM;
	error = dir->i_op->mknod(dir, dentry, mode, dev);
	if (!error)
		fsnotify_create(dir, dentry);
	return error;
}
EXPORT_SYMBOL(vfs_mknod);

/**
 * vfs_mkdir - create a directory
 * @dir: the parent
 * @dentry: the negative dentry of the name
 * @mode: the permissions
 *
 * Context: process context, @dir's i_mutex held; may sleep.
 * Return: 0, -EEXIST, -EPERM, -ENOENT...
 */
int vfs_mkdir(struct inode *dir, struct dentry *dentry, int mode)
{
	int error = may_create(dir, dentry);

	if (error)
		return error;
	if (!dir->i_op->mkdir)
		return -EPERM;
	mode &= (S_IRWXUGO | S_ISVTX);
	error = dir->i_op->mkdir(dir, dentry, mode);
	if (!error)
		fsnotify_mkdir(dir, dentry);
	return error;
}
EXPORT_SYMBOL(vfs_mkdir);

/* dentry_unhash - before rmdir: drop the victim's unused children, unhash it if unused */
static void dentry_unhash(struct dentry *dentry)
{
	dget(dentry);
	shrink_dcache_parent(dentry);
	spin_lock(&dcache_lock);
	if (atomic_read(&dentry->d_count) == 2)
		__d_drop(dentry);
	spin_unlock(&dcache_lock);
}

/**
 * vfs_rmdir - remove an empty directory
 * @dir: the parent
 * @dentry: the directory's dentry
 *
 * Context: process context, @dir's i_mutex held; may sleep.
 * Return: 0, -ENOTEMPTY, -EBUSY (a mount point or a root), -ENOTDIR...
 */
int vfs_rmdir(struct inode *dir, struct dentry *dentry)
{
	int error = may_delete(dir, dentry, 1);

	if (error)
		return error;
	if (!dir->i_op->rmdir)
		return -EPERM;
	mutex_lock(&dentry->d_inode->i_mutex);
	dentry_unhash(dentry);
	if (d_mountpoint(dentry)) {
		error = -EBUSY;
	} else {
		error = dir->i_op->rmdir(dir, dentry);
		if (!error)
			dentry->d_inode->i_flags |= S_DEAD;
	}
	mutex_unlock(&dentry->d_inode->i_mutex);
	if (!error)
		d_delete(dentry);
	dput(dentry);
	return error;
}
EXPORT_SYMBOL(vfs_rmdir);

/**
 * vfs_unlink - remove a name that is not a directory
 * @dir: the directory
 * @dentry: the name's dentry
 *
 * An open file stays usable: its inode goes with the last close.
 *
 * Context: process context, @dir's i_mutex held; may sleep.
 * Return: 0, -EISDIR, -EBUSY (a mount point), -ENOENT...
 */
int vfs_unlink(struct inode *dir, struct dentry *dentry)
{
	int error = may_delete(dir, dentry, 0);

	if (error)
		return error;
	if (!dir->i_op->unlink)
		return -EPERM;
	mutex_lock(&dentry->d_inode->i_mutex);
	if (d_mountpoint(dentry))
		error = -EBUSY;
	else
		error = dir->i_op->unlink(dir, dentry);
	mutex_unlock(&dentry->d_inode->i_mutex);
	if (!error) {
		fsnotify_link_count(dentry->d_inode);
		d_delete(dentry);
	}
	return error;
}
EXPORT_SYMBOL(vfs_unlink);

/**
 * vfs_symlink - create a symbolic link
 * @dir: the directory
 * @dentry: the negative dentry of the name
 * @oldname: the target, stored as it is
 *
 * Context: process context, @dir's i_mutex held; may sleep.
 * Return: 0, -EEXIST, -EPERM, -ENOSPC...
 */
int vfs_symlink(struct inode *dir, struct dentry *dentry, const char *oldname)
{
	int error = may_create(dir, dentry);

	if (error)
		return error;
	if (!dir->i_op->symlink)
		return -EPERM;
	error = dir->i_op->symlink(dir, dentry, oldname);
	if (!error)
		fsnotify_create(dir, dentry);
	return error;
}
EXPORT_SYMBOL(vfs_symlink);

/**
 * vfs_link - a new name for an existing file (a hard link)
 * @old_dentry: the file
 * @dir: the directory of the new name
 * @new_dentry: the negative dentry of the new name
 *
 * Context: process context, @dir's i_mutex held; may sleep.
 * Return: 0, -EEXIST, -EXDEV (another file system), -EPERM (a directory),
 * -ENOENT (a file already unlinked, reachable only through AT_EMPTY_PATH)...
 */
int vfs_link(struct dentry *old_dentry, struct inode *dir, struct dentry *new_dentry)
{
	struct inode *inode = old_dentry->d_inode;
	int error;

	if (!inode)
		return -ENOENT;
	error = may_create(dir, new_dentry);
	if (error)
		return error;
	if (dir->i_sb != inode->i_sb)
		return -EXDEV;
	if (!dir->i_op->link || S_ISDIR(inode->i_mode))
		return -EPERM;
	mutex_lock(&inode->i_mutex);
	if (!inode->i_nlink)
		error = -ENOENT; /* unlinked, open only: 2.6.32 would revive it (Linux 3.11 stops that) */
	else
		error = dir->i_op->link(old_dentry, dir, new_dentry);
	mutex_unlock(&inode->i_mutex);
	if (!error)
		fsnotify_link(dir, inode, new_dentry);
	return error;
}
EXPORT_SYMBOL(vfs_link);

/**
 * lock_rename - lock the two directories of a rename, in a safe order
 * @p1: one directory
 * @p2: the other
 *
 * The ancestor is locked first, so two renames cannot deadlock.
 *
 * Context: process context; may sleep.
 * Return: the child of one directory that is an ancestor of the other,
 * or NULL if neither contains the other.
 */
struct dentry *lock_rename(struct dentry *p1, struct dentry *p2)
{
	struct dentry *p;

	if (p1 == p2) {
		mutex_lock(&p1->d_inode->i_mutex);
		return NULL;
	}
	mutex_lock(&p1->d_inode->i_sb->s_vfs_rename_mutex);
	p = d_ancestor(p2, p1);
	if (p) {
		mutex_lock(&p2->d_inode->i_mutex);
		mutex_lock(&p1->d_inode->i_mutex);
		return p;
	}
	p = d_ancestor(p1, p2);
	mutex_lock(&p1->d_inode->i_mutex);
	mutex_lock(&p2->d_inode->i_mutex);
	return p;
}
EXPORT_SYMBOL(lock_rename);

/**
 * unlock_rename - undo lock_rename()
 * @p1: one directory
 * @p2: the other
 *
 * Context: process context.
 */
void unlock_rename(struct dentry *p1, struct dentry *p2)
{
	mutex_unlock(&p1->d_inode->i_mutex);
	if (p1 != p2) {
		mutex_unlock(&p2->d_inode->i_mutex);
		mutex_unlock(&p1->d_inode->i_sb->s_vfs_rename_mutex);
	}
}
EXPORT_SYMBOL(unlock_rename);

static int vfs_rename_dir(struct inode *old_dir, struct dentry *old_dentry, struct inode *new_dir,
			  struct dentry *new_dentry)
{
	struct inode *target = new_dentry->d_inode;
	int error = 0;

	if (new_dir != old_dir)
		error = inode_permission(old_dentry->d_inode, MAY_WRITE);
	if (error)
		return error;
	dget(new_dentry);
	if (target) {
		mutex_lock(&target->i_mutex);
		dentry_unhash(new_dentry);
	}
	if (d_mountpoint(old_dentry) || d_mountpoint(new_dentry))
		error = -EBUSY;
	else
		error = old_dir->i_op->rename(old_dir, old_dentry, new_dir, new_dentry);
	if (target) {
		if (!error)
			target->i_flags |= S_DEAD;
		mutex_unlock(&target->i_mutex);
		if (d_unhashed(new_dentry))
			d_rehash(new_dentry);
		dput(new_dentry);
	}
	if (!error)
		d_move(old_dentry, new_dentry);
	dput(new_dentry);
	return error;
}

static int vfs_rename_other(struct inode *old_dir, struct dentry *old_dentry, struct inode *new_dir,
			    struct dentry *new_dentry)
{
	struct inode *target = new_dentry->d_inode;
	int error;

	dget(new_dentry);
	if (target)
		mutex_lock(&target->i_mutex);
	if (d_mountpoint(old_dentry) || d_mountpoint(new_dentry))
		error = -EBUSY;
	else
		error = old_dir->i_op->rename(old_dir, old_dentry, new_dir, new_dentry);
	if (target)
		mutex_unlock(&target->i_mutex);
	if (!error)
		d_move(old_dentry, new_dentry);
	dput(new_dentry);
	return error;
}

/**
 * vfs_rename - move a name, replacing what the new name named
 * @old_dir: the source directory
 * @old_dentry: the name to move
 * @new_dir: the target directory
 * @new_dentry: the new name (negative, or the file it replaces)
 *
 * Context: process context, lock_rename() held; may sleep.
 * Return: 0 (also when both names are the same file), -ENOTEMPTY, -EISDIR,
 * -ENOTDIR, -EBUSY...
 */
int vfs_rename(struct inode *old_dir, struct dentry *old_dentry, struct inode *new_dir,
	       struct dentry *new_dentry)
{
	int is_dir = S_ISDIR(old_dentry->d_inode->i_mode);
	const char *old_name;
	int error;

	if (old_dentry->d_inode == new_dentry->d_inode)
		return 0;
	error = may_delete(old_dir, old_dentry, is_dir);
	if (error)
		return error;
	if (!new_dentry->d_inode)
		error = may_create(new_dir, new_dentry);
	else
		error = may_delete(new_dir, new_dentry, is_dir);
	if (error)
		return error;
	if (!old_dir->i_op->rename)
		return -EPERM;
	old_name = fsnotify_oldname_init(old_dentry->d_name.name);
	if (is_dir)
		error = vfs_rename_dir(old_dir, old_dentry, new_dir, new_dentry);
	else
		error = vfs_rename_other(old_dir, old_dentry, new_dir, new_dentry);
	if (!error) /* a NULL old_name (no memory) sends the events without it, as 2.6.32 */
		fsnotify_move(old_dir, new_dir, old_name, (const char *)old_dentry->d_name.name,
			      is_dir, new_dentry->d_inode, old_dentry);
	fsnotify_oldname_free(old_name);
	return error;
}
EXPORT_SYMBOL(vfs_rename);

/**
 * vfs_readlink - copy a symlink target to the caller
 * @dentry: the symlink
 * @buffer: where
 * @buflen: its size (the target is cut to it, without a NUL)
 * @link: the target, or an ERR_PTR
 *
 * Context: process context.
 * Return: the bytes copied, or a negative errno.
 */
int vfs_readlink(struct dentry *dentry, char __user *buffer, int buflen, const char *link)
{
	int len = PTR_ERR(link);

	if (IS_ERR(link))
		return len;
	len = strlen(link);
	if (len > buflen)
		len = buflen;
	if (copy_to_user(buffer, link, len))
		return -EFAULT;
	return len;
}
EXPORT_SYMBOL(vfs_readlink);

/* page_getlink - the symlink target kept in the inode's first page (kmapped) */
static char *page_getlink(struct dentry *dentry, struct page **ppage)
{
	struct address_space *mapping = dentry->d_inode->i_mapping;
	struct page *page = read_mapping_page(mapping, 0, NULL);
	char *kaddr;

	*ppage = page;
	if (IS_ERR(page))
		return (char *)page;
	kaddr = kmap(page);
	kaddr[min_t(loff_t, i_size_read(dentry->d_inode), PAGE_SIZE - 1)] = 0;
	return kaddr;
}

/**
 * page_readlink - readlink for a symlink kept in the page cache
 * @dentry: the symlink
 * @buffer: where to copy
 * @buflen: its size
 *
 * Context: process context; may sleep.
 * Return: the bytes copied, or a negative errno.
 */
int page_readlink(struct dentry *dentry, char __user *buffer, int buflen)
{
	struct page *page = NULL;
	char *s = page_getlink(dentry, &page);
	int res = vfs_readlink(dentry, buffer, buflen, s);

	if (!IS_ERR(page)) {
		kunmap(page);
		page_cache_release(page);
	}
	return res;
}
EXPORT_SYMBOL(page_readlink);

/**
 * page_follow_link_light - follow_link for a symlink kept in the page cache
 * @dentry: the symlink
 * @nd: the walk; nd_set_link() gets the target
 *
 * Context: process context; may sleep.
 * Return: the page, the cookie for page_put_link().
 */
void *page_follow_link_light(struct dentry *dentry, struct nameidata *nd)
{
	struct page *page = NULL;

	nd_set_link(nd, page_getlink(dentry, &page));
	return page;
}
EXPORT_SYMBOL(page_follow_link_light);

/**
 * page_put_link - put_link for page_follow_link_light()
 * @dentry: the symlink
 * @nd: the walk
 * @cookie: the page
 *
 * Context: process context.
 */
void page_put_link(struct dentry *dentry, struct nameidata *nd, void *cookie)
{
	struct page *page = cookie;

	if (page && !IS_ERR(page)) {
		kunmap(page);
		page_cache_release(page);
	}
}
EXPORT_SYMBOL(page_put_link);

/**
 * page_symlink - store a symlink target in a new inode's page cache
 * @inode: the symlink's inode
 * @symname: the target
 * @len: its length with the NUL
 *
 * Context: process context; may sleep.
 * Return: 0, -ENAMETOOLONG (longer than a page), -ENOMEM.
 */
int page_symlink(struct inode *inode, const char *symname, int len)
{
	struct address_space *mapping = inode->i_mapping;
	struct page *page;
	void *fsdata = NULL;
	char *kaddr;
	int err;

	if (len > (int)PAGE_SIZE)
		return -ENAMETOOLONG;
	err = mapping->a_ops->write_begin(NULL, mapping, 0, len - 1, AOP_FLAG_UNINTERRUPTIBLE,
					  &page, &fsdata);
	if (err)
		return err;
	kaddr = kmap_atomic(page, KM_USER0);
	memcpy(kaddr, symname, len - 1);
	kunmap_atomic(kaddr, KM_USER0);
	err = mapping->a_ops->write_end(NULL, mapping, 0, len - 1, len - 1, page, fsdata);
	if (err < 0)
		return err;
	mark_inode_dirty(inode);
	return 0;
}
EXPORT_SYMBOL(page_symlink);

/* page_symlink_inode_operations - the symlinks of ramfs and other page-cache file systems */
const struct inode_operations page_symlink_inode_operations = {
	.readlink = page_readlink,
	.follow_link = page_follow_link_light,
	.put_link = page_put_link,
};

/* The FMODE_ bits an open flag asks for: O_RDONLY 0 -> read, 1 -> write, 2 -> both */
#define OPEN_FMODE(flag) ((fmode_t)(((flag) + 1) & O_ACCMODE))
#define ACC_MODE(x) ("\004\002\006\006"[(x)&O_ACCMODE])

/* may_open - the checks on the object an open reached, and O_TRUNC */
static int may_open(struct path *path, int acc_mode, int flag)
{
	struct dentry *dentry = path->dentry;
	struct inode *inode = dentry->d_inode;
	int error;

	if (!inode)
		return -ENOENT;
	if (S_ISLNK(inode->i_mode))
		return -ELOOP;
	if (S_ISDIR(inode->i_mode) && (acc_mode & MAY_WRITE))
		return -EISDIR;
	if ((flag & O_DIRECTORY) && !S_ISDIR(inode->i_mode))
		return -ENOTDIR;
	error = inode_permission(inode, acc_mode);
	if (error)
		return error;
	if ((flag & O_TRUNC) && S_ISREG(inode->i_mode)) {
		error = get_write_access(inode); /* not the text of a running program */
		if (error)
			return error;
		error = do_truncate(dentry, 0, ATTR_MTIME | ATTR_CTIME, NULL);
		put_write_access(inode);
	}
	return error;
}

/**
 * get_write_access - count one more writer of @inode, unless it is running
 * @inode: the inode
 *
 * i_writecount counts the opens for writing when positive and the
 * mappings that deny writing (a program's text, MAP_DENYWRITE) when
 * negative; the two exclude each other, as in 2.6.32.
 *
 * Context: any.
 * Return: 0, or -ETXTBSY while a program maps @inode.
 */
int get_write_access(struct inode *inode)
{
	spin_lock(&inode->i_lock);
	if (atomic_read(&inode->i_writecount) < 0) {
		spin_unlock(&inode->i_lock);
		return -ETXTBSY;
	}
	atomic_inc(&inode->i_writecount);
	spin_unlock(&inode->i_lock);
	return 0;
}
EXPORT_SYMBOL(get_write_access);

/**
 * deny_write_access - keep writers out of @file's inode (exec, MAP_DENYWRITE)
 * @file: the file about to be run or mapped
 *
 * Context: any.
 * Return: 0, or -ETXTBSY if the file is open for writing somewhere.
 */
int deny_write_access(struct file *file)
{
	struct inode *inode = file->f_path.dentry->d_inode;

	spin_lock(&inode->i_lock);
	if (atomic_read(&inode->i_writecount) > 0) {
		spin_unlock(&inode->i_lock);
		return -ETXTBSY;
	}
	atomic_dec(&inode->i_writecount);
	spin_unlock(&inode->i_lock);
	return 0;
}
EXPORT_SYMBOL(deny_write_access);

/* open_create - O_CREAT: the parent is walked; create the last name or find it */
static int open_create(int dfd, const char *pathname, int flag, int mode, struct nameidata *nd,
		       int *created)
{
	struct dentry *dir;
	struct path path;
	int error;

	error = do_path_lookup(dfd, pathname, LOOKUP_PARENT | LOOKUP_OPEN | LOOKUP_CREATE, nd);
	if (error)
		return error;
	error = -EISDIR;
	if (nd->last_type != LAST_NORM || nd->last.name[nd->last.len])
		goto exit;
	dir = nd->path.dentry;
	mutex_lock(&dir->d_inode->i_mutex);
	path.dentry = lookup_hash(nd);
	path.mnt = nd->path.mnt;
	if (IS_ERR(path.dentry)) {
		mutex_unlock(&dir->d_inode->i_mutex);
		error = PTR_ERR(path.dentry);
		goto exit;
	}
	if (!path.dentry->d_inode) {
		error = vfs_create(dir->d_inode, path.dentry, mode & ~current_umask(), nd);
		mutex_unlock(&dir->d_inode->i_mutex);
		dput(nd->path.dentry);
		nd->path.dentry = path.dentry;
		if (error)
			goto exit;
		*created = 1;
		return 0;
	}
	mutex_unlock(&dir->d_inode->i_mutex);
	error = -EEXIST;
	if (flag & O_EXCL)
		goto exit_dput;
	if (__follow_mount(&path)) {
		error = -ELOOP;
		if (flag & O_NOFOLLOW)
			goto exit_dput;
	}
	if (path.dentry->d_inode->i_op->follow_link) {
		error = -ELOOP;
		if (flag & O_NOFOLLOW)
			goto exit_dput;
		/* walk again, following the link to an existing file */
		path_put_conditional(&path, nd);
		path_put(&nd->path);
		error = do_path_lookup(dfd, pathname, LOOKUP_FOLLOW | LOOKUP_OPEN, nd);
		if (!error && S_ISDIR(nd->path.dentry->d_inode->i_mode)) {
			path_put(&nd->path); /* O_CREAT never opens a directory */
			error = -EISDIR;
		}
		return error;
	}
	path_to_nameidata(&path, nd);
	error = -EISDIR;
	if (S_ISDIR(path.dentry->d_inode->i_mode))
		goto exit;
	return 0;
exit_dput:
	path_put_conditional(&path, nd);
exit:
	path_put(&nd->path);
	return error;
}

/**
 * do_filp_open - open a path: walk it (creating the file for O_CREAT), check, open
 * @dfd: where a relative path starts
 * @pathname: the path (kernel memory)
 * @open_flag: O_* flags
 * @mode: the permissions for O_CREAT
 * @acc_mode: MAY_* to check, or 0 to derive it from @open_flag
 *
 * Context: process context; may sleep.
 * Return: the open file or an ERR_PTR: -ENOENT, -ENOTDIR, -EISDIR, -EEXIST
 * (O_CREAT|O_EXCL), -ELOOP (O_NOFOLLOW on a symlink, or a loop),
 * -ENAMETOOLONG, -ENFILE, -ENOMEM, or the file's open error.
 */
struct file *do_filp_open(int dfd, const char *pathname, int open_flag, int mode, int acc_mode)
{
	struct nameidata nd;
	struct file *filp = get_empty_filp(); /* first: a failed open creates nothing */
	int error, created = 0;

	if (!filp)
		return ERR_PTR(-ENFILE);
	if (!acc_mode)
		acc_mode = MAY_OPEN | ACC_MODE(open_flag);
	if (open_flag & O_TRUNC)
		acc_mode |= MAY_WRITE;
	if (open_flag & O_APPEND)
		acc_mode |= MAY_APPEND;
	if (open_flag & O_CREAT) {
		error = open_create(dfd, pathname, open_flag, mode, &nd, &created);
	} else {
		unsigned int flags = (open_flag & O_NOFOLLOW) ? 0 : LOOKUP_FOLLOW;

		if (open_flag & O_DIRECTORY)
			flags |= LOOKUP_DIRECTORY;
		error = do_path_lookup(dfd, pathname, flags | LOOKUP_OPEN, &nd);
	}
	if (error) {
		put_filp(filp);
		return ERR_PTR(error);
	}
	error = created ? 0 : may_open(&nd.path, acc_mode, open_flag);
	if (error) {
		put_filp(filp);
		path_put(&nd.path);
		return ERR_PTR(error);
	}
	filp->f_flags = open_flag;
	return __dentry_open(nd.path.dentry, nd.path.mnt, filp);
}

/**
 * do_rmdir - the body of rmdir(2)
 * @dfd: where a relative path starts
 * @pathname: the directory
 *
 * Context: process context; may sleep.
 * Return: 0, -ENOTEMPTY (also for ".."), -EINVAL ("."), -EBUSY ("/"), ...
 */
long do_rmdir(int dfd, const char __user *pathname)
{
	struct nameidata nd;
	struct dentry *dentry;
	char *name;
	int error;

	error = user_path_parent(dfd, pathname, &nd, &name);
	if (error)
		return error;
	switch (nd.last_type) {
	case LAST_DOTDOT:
		error = -ENOTEMPTY;
		goto exit;
	case LAST_DOT:
		error = -EINVAL;
		goto exit;
	case LAST_ROOT:
		error = -EBUSY;
		goto exit;
	}
	nd.flags &= ~LOOKUP_PARENT;
	mutex_lock(&nd.path.dentry->d_inode->i_mutex);
	dentry = lookup_hash(&nd);
	error = PTR_ERR(dentry);
	if (!IS_ERR(dentry)) {
		error = vfs_rmdir(nd.path.dentry->d_inode, dentry);
		dput(dentry);
	}
	mutex_unlock(&nd.path.dentry->d_inode->i_mutex);
exit:
	path_put(&nd.path);
	putname(name);
	return error;
}

/**
 * do_unlinkat - the body of unlink(2) and unlinkat(2)
 * @dfd: where a relative path starts
 * @pathname: the name to remove
 *
 * Context: process context; may sleep.
 * Return: 0, -EISDIR, -ENOENT, -ENOTDIR ("file/"), ...
 */
long do_unlinkat(int dfd, const char __user *pathname)
{
	struct inode *inode = NULL;
	struct nameidata nd;
	struct dentry *dentry;
	char *name;
	int error;

	error = user_path_parent(dfd, pathname, &nd, &name);
	if (error)
		return error;
	error = -EISDIR;
	if (nd.last_type != LAST_NORM)
		goto exit;
	nd.flags &= ~LOOKUP_PARENT;
	mutex_lock(&nd.path.dentry->d_inode->i_mutex);
	dentry = lookup_hash(&nd);
	error = PTR_ERR(dentry);
	if (!IS_ERR(dentry)) {
		if (nd.last.name[nd.last.len])
			error = !dentry->d_inode		 ? -ENOENT :
				S_ISDIR(dentry->d_inode->i_mode) ? -EISDIR :
								   -ENOTDIR;
		else {
			inode = dentry->d_inode;
			if (inode)
				atomic_inc(&inode->i_count);
			error = vfs_unlink(nd.path.dentry->d_inode, dentry);
		}
		dput(dentry);
	}
	mutex_unlock(&nd.path.dentry->d_inode->i_mutex);
	iput(inode); /* truncate the file outside the directory's lock */
exit:
	path_put(&nd.path);
	putname(name);
	return error;
}

/**
 * sys_unlinkat - the body of unlinkat(2)
 * @dfd: where a relative path starts
 * @pathname: the name
 * @flag: 0, or AT_REMOVEDIR for rmdir
 *
 * Context: process context; may sleep.
 * Return: as do_unlinkat() or do_rmdir(); -EINVAL for other flags.
 */
asmlinkage long sys_unlinkat(int dfd, const char __user *pathname, int flag)
{
	if (flag & ~AT_REMOVEDIR)
		return -EINVAL;
	if (flag & AT_REMOVEDIR)
		return do_rmdir(dfd, pathname);
	return do_unlinkat(dfd, pathname);
}

/**
 * sys_mkdirat - the body of mkdir(2) and mkdirat(2)
 * @dfd: where a relative path starts
 * @pathname: the new directory
 * @mode: its permissions (less the umask)
 *
 * Context: process context; may sleep.
 * Return: 0, -EEXIST, -ENOENT, -ENOTDIR...
 */
asmlinkage long sys_mkdirat(int dfd, const char __user *pathname, int mode)
{
	struct nameidata nd;
	struct dentry *dentry;
	char *tmp;
	int error;

	error = user_path_parent(dfd, pathname, &nd, &tmp);
	if (error)
		return error;
	dentry = lookup_create(&nd, 1);
	error = PTR_ERR(dentry);
	if (!IS_ERR(dentry)) {
		error = vfs_mkdir(nd.path.dentry->d_inode, dentry, mode & ~current_umask());
		dput(dentry);
	}
	mutex_unlock(&nd.path.dentry->d_inode->i_mutex);
	path_put(&nd.path);
	putname(tmp);
	return error;
}

/**
 * sys_mknodat - the body of mknod(2) and mknodat(2)
 * @dfd: where a relative path starts
 * @filename: the new node
 * @mode: its type (S_IFREG, S_IFCHR, S_IFBLK, S_IFIFO, S_IFSOCK) and permissions
 * @dev: the device number, in the user encoding (new_encode_dev)
 *
 * Context: process context; may sleep.
 * Return: 0, -EEXIST, -EPERM (a directory), -EINVAL (a bad type)...
 */
asmlinkage long sys_mknodat(int dfd, const char __user *filename, int mode, unsigned dev)
{
	struct nameidata nd;
	struct dentry *dentry;
	struct inode *dir;
	char *tmp;
	int error;

	if (S_ISDIR(mode))
		return -EPERM;
	error = user_path_parent(dfd, filename, &nd, &tmp);
	if (error)
		return error;
	dentry = lookup_create(&nd, 0);
	dir = nd.path.dentry->d_inode;
	if (IS_ERR(dentry)) {
		error = PTR_ERR(dentry);
		goto out_unlock;
	}
	mode &= ~current_umask();
	switch (mode & S_IFMT) {
	case 0:
	case S_IFREG:
		error = vfs_create(dir, dentry, mode, &nd);
		break;
	case S_IFCHR:
	case S_IFBLK:
		error = vfs_mknod(dir, dentry, mode, new_decode_dev(dev));
		break;
	case S_IFIFO:
	case S_IFSOCK:
		error = vfs_mknod(dir, dentry, mode, 0);
		break;
	default:
		error = -EINVAL;
	}
	dput(dentry);
out_unlock:
	mutex_unlock(&dir->i_mutex);
	path_put(&nd.path);
	putname(tmp);
	return error;
}

/**
 * sys_symlinkat - the body of symlink(2) and symlinkat(2)
 * @oldname: the target, stored as it is
 * @newdfd: where a relative @newname starts
 * @newname: the new link
 *
 * Context: process context; may sleep.
 * Return: 0, -EEXIST, -ENOENT...
 */
asmlinkage long sys_symlinkat(const char __user *oldname, int newdfd, const char __user *newname)
{
	struct nameidata nd;
	struct dentry *dentry;
	char *from, *to;
	int error;

	from = getname(oldname);
	if (IS_ERR(from))
		return PTR_ERR(from);
	error = user_path_parent(newdfd, newname, &nd, &to);
	if (error)
		goto out_putname;
	dentry = lookup_create(&nd, 0);
	error = PTR_ERR(dentry);
	if (!IS_ERR(dentry)) {
		error = vfs_symlink(nd.path.dentry->d_inode, dentry, from);
		dput(dentry);
	}
	mutex_unlock(&nd.path.dentry->d_inode->i_mutex);
	path_put(&nd.path);
	putname(to);
out_putname:
	putname(from);
	return error;
}

/**
 * sys_linkat - the body of link(2) and linkat(2)
 * @olddfd: where a relative @oldname starts
 * @oldname: the existing file
 * @newdfd: where a relative @newname starts
 * @newname: the new name
 * @flags: AT_SYMLINK_FOLLOW to link what a symlink points at; AT_EMPTY_PATH
 * (2.6.39's, an addition) with an empty @oldname to link the open file @olddfd
 *
 * Context: process context; may sleep.
 * Return: 0, -EEXIST, -EXDEV (another mount), -EPERM (a directory), -EINVAL
 * (bad flags), -ENOENT (AT_EMPTY_PATH without CAP_DAC_READ_SEARCH)...
 */
asmlinkage long sys_linkat(int olddfd, const char __user *oldname, int newdfd,
			   const char __user *newname, int flags)
{
	struct dentry *new_dentry;
	struct nameidata nd;
	struct path old_path;
	char *to;
	int error;

	if (flags & ~(AT_SYMLINK_FOLLOW | AT_EMPTY_PATH))
		return -EINVAL;
	/* A name for an open file: only for those who could search for it anyway */
	if ((flags & AT_EMPTY_PATH) && !capable(CAP_DAC_READ_SEARCH))
		return -ENOENT;
	error = user_path_at(olddfd, oldname,
			     (flags & AT_SYMLINK_FOLLOW ? LOOKUP_FOLLOW : 0) |
				     (flags & AT_EMPTY_PATH ? LOOKUP_EMPTY : 0),
			     &old_path);
	if (error)
		return error;
	error = user_path_parent(newdfd, newname, &nd, &to);
	if (error)
		goto out;
	error = -EXDEV;
	if (old_path.mnt != nd.path.mnt)
		goto out_release;
	new_dentry = lookup_create(&nd, 0);
	error = PTR_ERR(new_dentry);
	if (!IS_ERR(new_dentry)) {
		error = vfs_link(old_path.dentry, nd.path.dentry->d_inode, new_dentry);
		dput(new_dentry);
	}
	mutex_unlock(&nd.path.dentry->d_inode->i_mutex);
out_release:
	path_put(&nd.path);
	putname(to);
out:
	path_put(&old_path);
	return error;
}

/* do_rename - both parents walked: lock, look the names up, check and rename */
static int do_rename(struct nameidata *oldnd, struct nameidata *newnd)
{
	struct dentry *old_dir = oldnd->path.dentry, *new_dir = newnd->path.dentry;
	struct dentry *old_dentry, *new_dentry, *trap;
	int error;

	oldnd->flags &= ~LOOKUP_PARENT;
	newnd->flags &= ~LOOKUP_PARENT;
	newnd->flags |= LOOKUP_RENAME_TARGET;
	trap = lock_rename(new_dir, old_dir);
	old_dentry = lookup_hash(oldnd);
	error = PTR_ERR(old_dentry);
	if (IS_ERR(old_dentry))
		goto exit3;
	error = -ENOENT;
	if (!old_dentry->d_inode)
		goto exit4;
	if (!S_ISDIR(old_dentry->d_inode->i_mode)) {
		error = -ENOTDIR;
		if (oldnd->last.name[oldnd->last.len] || newnd->last.name[newnd->last.len])
			goto exit4;
	}
	error = -EINVAL; /* the source is an ancestor of the target */
	if (old_dentry == trap)
		goto exit4;
	new_dentry = lookup_hash(newnd);
	error = PTR_ERR(new_dentry);
	if (IS_ERR(new_dentry))
		goto exit4;
	error = -ENOTEMPTY; /* the target is an ancestor of the source */
	if (new_dentry == trap)
		goto exit5;
	error = vfs_rename(old_dir->d_inode, old_dentry, new_dir->d_inode, new_dentry);
exit5:
	dput(new_dentry);
exit4:
	dput(old_dentry);
exit3:
	unlock_rename(new_dir, old_dir);
	return error;
}

/**
 * sys_renameat - the body of rename(2) and renameat(2)
 * @olddfd: where a relative @oldname starts
 * @oldname: the name to move
 * @newdfd: where a relative @newname starts
 * @newname: the new name; what it named is replaced
 *
 * Context: process context; may sleep.
 * Return: 0, -ENOENT, -EXDEV (another mount), -EBUSY ("." or ".."),
 * -EINVAL (a directory into itself), -ENOTEMPTY, -EISDIR, -ENOTDIR...
 */
asmlinkage long sys_renameat(int olddfd, const char __user *oldname, int newdfd,
			     const char __user *newname)
{
	struct nameidata oldnd, newnd;
	char *from, *to;
	int error;

	error = user_path_parent(olddfd, oldname, &oldnd, &from);
	if (error)
		return error;
	error = user_path_parent(newdfd, newname, &newnd, &to);
	if (error)
		goto exit1;
	error = -EXDEV;
	if (oldnd.path.mnt != newnd.path.mnt)
		goto exit2;
	error = -EBUSY;
	if (oldnd.last_type != LAST_NORM || newnd.last_type != LAST_NORM)
		goto exit2;
	error = do_rename(&oldnd, &newnd);
exit2:
	path_put(&newnd.path);
	putname(to);
exit1:
	path_put(&oldnd.path);
	putname(from);
	return error;
}

/**
 * sys_readlinkat - the body of readlink(2) and readlinkat(2)
 * @dfd: where a relative path starts
 * @pathname: the symlink
 * @buf: where to copy its target (no NUL is added)
 * @bufsiz: the room in @buf
 *
 * Context: process context; may sleep.
 * Return: the bytes copied, -EINVAL (not a symlink, or @bufsiz <= 0), -ENOENT...
 */
asmlinkage long sys_readlinkat(int dfd, const char __user *pathname, char __user *buf, int bufsiz)
{
	struct inode *inode;
	struct path path;
	int error;

	if (bufsiz <= 0)
		return -EINVAL;
	error = user_path_at(dfd, pathname, 0, &path);
	if (error)
		return error;
	inode = path.dentry->d_inode;
	error = -EINVAL;
	if (inode->i_op->readlink) {
		touch_atime(path.mnt, path.dentry);
		error = inode->i_op->readlink(path.dentry, buf, bufsiz);
	}
	path_put(&path);
	return error;
}

/*
 * The old, directory-less forms: each is its *at() form with AT_FDCWD,
 * as in 2.6.32.
 */

/**
 * sys_mkdir - mkdir(2) (system call 39)
 * @pathname: the new directory
 * @mode: its permissions, less the umask
 *
 * Context: process context (system call); may sleep.
 * Return: 0, -EEXIST, -ENOENT, -ENOTDIR, -ENAMETOOLONG, -EFAULT...
 */
asmlinkage long sys_mkdir(const char __user *pathname, int mode)
{
	return sys_mkdirat(AT_FDCWD, pathname, mode);
}

/**
 * sys_rmdir - rmdir(2) (system call 40)
 * @pathname: the empty directory
 *
 * Context: process context (system call); may sleep.
 * Return: 0, -ENOTEMPTY, -ENOTDIR, -ENOENT, -EBUSY, -EINVAL ("."), -EFAULT...
 */
asmlinkage long sys_rmdir(const char __user *pathname)
{
	return do_rmdir(AT_FDCWD, pathname);
}

/**
 * sys_unlink - unlink(2) (system call 10)
 * @pathname: the name to remove (not a directory)
 *
 * Context: process context (system call); may sleep.
 * Return: 0, -EISDIR, -ENOENT, -ENOTDIR, -EFAULT...
 */
asmlinkage long sys_unlink(const char __user *pathname)
{
	return do_unlinkat(AT_FDCWD, pathname);
}

/**
 * sys_mknod - mknod(2) (system call 14)
 * @filename: the new node
 * @mode: its type (S_IFREG, S_IFCHR, S_IFBLK, S_IFIFO, S_IFSOCK) and permissions
 * @dev: the device number, in the user encoding
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_mknodat().
 */
asmlinkage long sys_mknod(const char __user *filename, int mode, unsigned dev)
{
	return sys_mknodat(AT_FDCWD, filename, mode, dev);
}

/**
 * sys_symlink - symlink(2) (system call 83)
 * @oldname: what the link will say
 * @newname: the new link
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_symlinkat().
 */
asmlinkage long sys_symlink(const char __user *oldname, const char __user *newname)
{
	return sys_symlinkat(oldname, AT_FDCWD, newname);
}

/**
 * sys_link - link(2): a second name for a file (system call 9)
 * @oldname: the file (a final symlink is not followed, as 2.6.32)
 * @newname: the new name
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_linkat().
 */
asmlinkage long sys_link(const char __user *oldname, const char __user *newname)
{
	return sys_linkat(AT_FDCWD, oldname, AT_FDCWD, newname, 0);
}

/**
 * sys_rename - rename(2) (system call 38)
 * @oldname: the name now
 * @newname: the name to give it (replaced if it exists)
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_renameat().
 */
asmlinkage long sys_rename(const char __user *oldname, const char __user *newname)
{
	return sys_renameat(AT_FDCWD, oldname, AT_FDCWD, newname);
}

/**
 * sys_readlink - readlink(2) (system call 85)
 * @path: the symlink
 * @buf: where to put what it says (no NUL added)
 * @bufsiz: room in @buf
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_readlinkat().
 */
asmlinkage long sys_readlink(const char __user *path, char __user *buf, int bufsiz)
{
	return sys_readlinkat(AT_FDCWD, path, buf, bufsiz);
}
