/*
 * anon_inodes.c - one inode for every file that has no name.
 *
 * eventfd, epoll, timerfd and signalfd each hand user space a descriptor
 * for a kernel object that lives in no directory. Such a file needs a
 * dentry and an inode (the VFS reaches f_op through them, fstat reads the
 * inode) but nothing per-object in them: all of them share the single
 * inode of the internal file system anon_inodefs, made at boot, and each
 * file gets a fresh, unhashed dentry named after its class ("[eventfd]"),
 * so /proc/PID/fd shows "anon_inode:[eventfd]". The object itself is the
 * file's private_data, and the class's file_operations do the work.
 *
 *   anon_inode_getfd(name, fops, priv, flags)
 *     -> get_unused_fd_flags -> anon_inode_getfile -> d_alloc + d_instantiate(anon_inode_inode)
 *     -> get_empty_filp (f_op = fops, private_data = priv) -> fd_install
 *
 * As Linux 2.6.32's fs/anon_inodes.c, except that the name comes from a
 * d_dname operation ("anon_inode:" + the class; 2.6.32 gets the same
 * text from __d_path walking up to the pseudo file system's root), and
 * Linnet has no alloc_file(): the file is filled in here as fs/pipe.c
 * does for pipes. Read next: fs/eventfd.c, docs/events.md.
 */
#include <linux/anon_inodes.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/mount.h>
#include <linux/dcache.h>
#include <linux/magic.h>
#include <linux/fcntl.h>
#include <linux/cred.h>
#include <linux/sched.h>
#include <linux/module.h>
#include <linux/init.h>
#include <linux/err.h>
#include <linux/kernel.h>
#include <linux/string.h>

static struct vfsmount *anon_inode_mnt;
static struct inode *anon_inode_inode;
static const struct file_operations anon_inode_fops;

/* "anon_inode:[eventfd]": what readlink of /proc/PID/fd/N shows */
static char *anon_inodefs_dname(struct dentry *dentry, char *buffer, int buflen)
{
	char name[64];
	int len = scnprintf(name, sizeof(name), "anon_inode:%s", dentry->d_name.name);

	if (len + 1 > buflen)
		return ERR_PTR(-ENAMETOOLONG);
	memcpy(buffer + buflen - len - 1, name, len + 1);
	return buffer + buflen - len - 1;
}

/* The dentry was never hashed: the last dput() frees it */
static int anon_inodefs_delete_dentry(struct dentry *dentry)
{
	return 1;
}

static const struct dentry_operations anon_inodefs_dentry_operations = {
	.d_delete = anon_inodefs_delete_dentry,
	.d_dname = anon_inodefs_dname,
};

/**
 * anon_inode_getfile - a new file on the shared anonymous inode
 * @name: the class of the file, "[eventfd]"; the dentry's name
 * @fops: the class's file operations
 * @priv: the object, stored as the file's private_data
 * @flags: O_NONBLOCK is kept in f_flags (O_CLOEXEC belongs to the descriptor)
 *
 * The file is open for reading and writing (f_flags O_RDWR).
 *
 * Context: process context; may sleep.
 * Return: the file, or ERR_PTR(-ENODEV) before anon_inode_init(),
 * ERR_PTR(-ENOMEM), ERR_PTR(-ENFILE).
 */
struct file *anon_inode_getfile(const char *name, const struct file_operations *fops, void *priv,
				int flags)
{
	struct qstr this = { .name = (const unsigned char *)name, .len = strlen(name) };
	struct dentry *dentry;
	struct file *file;

	if (!anon_inode_inode)
		return ERR_PTR(-ENODEV);
	dentry = d_alloc(anon_inode_mnt->mnt_sb->s_root, &this);
	if (!dentry)
		return ERR_PTR(-ENOMEM);
	atomic_inc(&anon_inode_inode->i_count); /* never 0: the file system holds one */
	dentry->d_op = &anon_inodefs_dentry_operations;
	d_instantiate(dentry, anon_inode_inode);
	file = get_empty_filp();
	if (!file) {
		dput(dentry);
		return ERR_PTR(-ENFILE);
	}
	file->f_path.dentry = dentry;
	file->f_path.mnt = mntget(anon_inode_mnt);
	file->f_inode = anon_inode_inode;
	file->f_mapping = anon_inode_inode->i_mapping;
	file->f_mode = FMODE_READ | FMODE_WRITE;
	file->f_op = fops;
	file->f_flags = O_RDWR | (flags & O_NONBLOCK);
	file->private_data = priv;
	return file;
}
EXPORT_SYMBOL(anon_inode_getfile);

/**
 * anon_inode_getfd - anon_inode_getfile() installed in a new descriptor
 * @name: the class of the file, "[eventfd]"
 * @fops: the class's file operations
 * @priv: the object (private_data)
 * @flags: O_CLOEXEC for the descriptor, O_NONBLOCK for the file
 *
 * Context: process context; may sleep.
 * Return: the descriptor, or -EMFILE, -ENFILE, -ENOMEM, -ENODEV.
 */
int anon_inode_getfd(const char *name, const struct file_operations *fops, void *priv, int flags)
{
	struct file *file;
	int fd = get_unused_fd_flags(flags);

	if (fd < 0)
		return fd;
	file = anon_inode_getfile(name, fops, priv, flags);
	if (IS_ERR(file)) {
		put_unused_fd(fd);
		return PTR_ERR(file);
	}
	fd_install(fd, file);
	return fd;
}
EXPORT_SYMBOL(anon_inode_getfd);

static int anon_inodefs_get_sb(struct file_system_type *fs_type, int flags, const char *dev_name,
			       void *data, struct vfsmount *mnt)
{
	return get_sb_pseudo(fs_type, "anon_inode:", NULL, ANON_INODE_FS_MAGIC, mnt);
}

static struct file_system_type anon_inode_fs_type = {
	.name = "anon_inodefs",
	.get_sb = anon_inodefs_get_sb,
	.kill_sb = kill_anon_super,
};

/* The one inode: mode 0600 and no file type, owned by whoever booted (root) */
static struct inode *anon_inode_mkinode(void)
{
	struct inode *inode = new_inode(anon_inode_mnt->mnt_sb);

	if (!inode)
		return NULL;
	inode->i_fop = &anon_inode_fops;
	inode->i_mode = S_IRUSR | S_IWUSR;
	inode->i_uid = current_fsuid();
	inode->i_gid = current_fsgid();
	inode->i_atime = inode->i_mtime = inode->i_ctime = current_fs_time(inode->i_sb);
	return inode;
}

static int __init anon_inode_init(void)
{
	int error = register_filesystem(&anon_inode_fs_type);

	if (error)
		goto fail;
	anon_inode_mnt = kern_mount(&anon_inode_fs_type);
	if (IS_ERR(anon_inode_mnt)) {
		error = PTR_ERR(anon_inode_mnt);
		goto fail;
	}
	anon_inode_inode = anon_inode_mkinode();
	if (anon_inode_inode)
		return 0;
	error = -ENOMEM;
fail:
	panic("anon_inode_init() failed (%d)\n", error);
}
fs_initcall(anon_inode_init);
