/*
 * fs_struct.c - a task's root, current directory and umask.
 *
 * Every path walk starts at current->fs->root ("/...") or ->pwd
 * ("..."); chdir and chroot change them. The structure is shared by
 * the tasks made with CLONE_FS (all of Linnet's kernel threads share
 * init_fs) and copied otherwise (copy_fs_struct, for fork). It holds a
 * reference on each path, so a current directory cannot be unmounted.
 * Linux 2.6.32's fs/fs_struct.c, with the user count under the rwlock.
 * Read next: fs/namei.c:path_init, docs/files.md.
 */
#include <linux/fs_struct.h>
#include <linux/fs.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/dcache.h>
#include <linux/mount.h>

/* init_fs - the fs_struct of the boot task and every kernel thread */
struct fs_struct init_fs = {
	.users = 1,
	.lock = __RW_LOCK_UNLOCKED(init_fs.lock),
	.umask = 0022,
};

/**
 * path_get - take references on a path's mount and dentry
 * @path: the path
 *
 * Context: any.
 */
void path_get(struct path *path)
{
	mntget(path->mnt);
	dget(path->dentry);
}

/**
 * path_put - drop the references path_get() took
 * @path: the path
 *
 * Context: process context; may sleep.
 */
void path_put(struct path *path)
{
	dput(path->dentry);
	mntput(path->mnt);
}

/**
 * set_fs_root - change a task's root (chroot)
 * @fs: its fs_struct
 * @path: the new root; a reference is taken
 *
 * Context: process context; may sleep.
 */
void set_fs_root(struct fs_struct *fs, struct path *path)
{
	struct path old;

	write_lock(&fs->lock);
	old = fs->root;
	fs->root = *path;
	path_get(path);
	write_unlock(&fs->lock);
	if (old.dentry)
		path_put(&old);
}

/**
 * set_fs_pwd - change a task's current directory (chdir)
 * @fs: its fs_struct
 * @path: the new directory; a reference is taken
 *
 * Context: process context; may sleep.
 */
void set_fs_pwd(struct fs_struct *fs, struct path *path)
{
	struct path old;

	write_lock(&fs->lock);
	old = fs->pwd;
	fs->pwd = *path;
	path_get(path);
	write_unlock(&fs->lock);
	if (old.dentry)
		path_put(&old);
}

/**
 * get_fs_root - a counted copy of a task's root
 * @fs: its fs_struct
 * @root: filled in; path_put() it
 *
 * Context: any.
 */
void get_fs_root(struct fs_struct *fs, struct path *root)
{
	read_lock(&fs->lock);
	*root = fs->root;
	path_get(root);
	read_unlock(&fs->lock);
}

/**
 * get_fs_pwd - a counted copy of a task's current directory
 * @fs: its fs_struct
 * @pwd: filled in; path_put() it
 *
 * Context: any.
 */
void get_fs_pwd(struct fs_struct *fs, struct path *pwd)
{
	read_lock(&fs->lock);
	*pwd = fs->pwd;
	path_get(pwd);
	read_unlock(&fs->lock);
}

/**
 * free_fs_struct - free an fs_struct nobody uses
 * @fs: it
 *
 * Context: process context; may sleep.
 */
void free_fs_struct(struct fs_struct *fs)
{
	path_put(&fs->root);
	path_put(&fs->pwd);
	kfree(fs);
}

/**
 * exit_fs - a task lets go of its fs_struct
 * @tsk: the task
 *
 * Context: process context (do_exit); may sleep.
 */
void exit_fs(struct task_struct *tsk)
{
	struct fs_struct *fs = tsk->fs;
	int kill;

	if (!fs)
		return;
	write_lock(&fs->lock);
	tsk->fs = NULL;
	kill = !--fs->users;
	write_unlock(&fs->lock);
	if (kill)
		free_fs_struct(fs);
}

/**
 * copy_fs_struct - a private copy of an fs_struct (fork without CLONE_FS)
 * @old: the one to copy
 *
 * Context: process context; may sleep.
 * Return: the copy (users 1) or NULL.
 */
struct fs_struct *copy_fs_struct(struct fs_struct *old)
{
	struct fs_struct *fs = kmalloc(sizeof(*fs), GFP_KERNEL);

	if (fs) {
		fs->users = 1;
		fs->in_exec = 0;
		rwlock_init(&fs->lock);
		fs->umask = old->umask;
		get_fs_root(old, &fs->root);
		get_fs_pwd(old, &fs->pwd);
	}
	return fs;
}

/**
 * current_umask - the bits the current task takes away from new files' modes
 *
 * Context: process context.
 * Return: the umask.
 */
int current_umask(void)
{
	return current->fs->umask;
}
