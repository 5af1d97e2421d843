/*
 * shmem.c - tmpfs, as a Linux 2.6.32 kernel built without CONFIG_SHMEM
 * provides it: the name "tmpfs" mounts a ramfs (no size limit, no swap).
 * The full tmpfs (size= limits, swap-backed pages) needs swap, which
 * Linnet does not have. See fs/ramfs/inode.c and docs/files.md.
 *
 * The kernel keeps one tmpfs mount of its own, shm_mnt, mounted nowhere:
 * shmem_file_setup() makes a file there with no name in any directory,
 * whose page cache is the memory of a System V shared memory segment
 * (ipc/shm.c). Its dentry is named "SYSV<key>" but never hashed, so
 * /proc/PID/maps shows "/SYSV0000abcd (deleted)", as Linux does.
 * This is 2.6.32's shmem_file_setup for !CONFIG_SHMEM. Read next:
 * ipc/shm.c, docs/ipc.md.
 */
#include <linux/fs.h>
#include <linux/ramfs.h>
#include <linux/shmem_fs.h>
#include <linux/module.h>
#include <linux/init.h>
#include <linux/mount.h>
#include <linux/dcache.h>
#include <linux/file.h>
#include <linux/err.h>
#include <linux/fcntl.h>
#include <linux/string.h>

static struct vfsmount *shm_mnt;

static struct file_system_type tmpfs_fs_type = {
	.name = "tmpfs",
	.get_sb = ramfs_get_sb,
	.kill_sb = kill_litter_super,
};

/**
 * shmem_file_setup - an unlinked file of @size bytes on the internal tmpfs
 * @name: the dentry's name ("SYSV0000abcd")
 * @size: the file's size
 * @flags: accounting flags (2.6.32's VM_NORESERVE; unused: ramfs reserves nothing)
 *
 * The file is open for reading and writing; its pages start as zeroes.
 * It is freed with its last reference.
 *
 * Context: process context; may sleep.
 * Return: the file, or ERR_PTR(-ENOSYS before boot's mount, -ENOMEM, -ENOSPC, -ENFILE).
 */
struct file *shmem_file_setup(const char *name, loff_t size, unsigned long flags)
{
	struct qstr this = { .name = (const unsigned char *)name, .len = strlen(name) };
	struct dentry *dentry;
	struct inode *inode;
	struct file *file;

	if (IS_ERR_OR_NULL(shm_mnt))
		return ERR_PTR(-ENOSYS);
	dentry = d_alloc(shm_mnt->mnt_root, &this);
	if (!dentry)
		return ERR_PTR(-ENOMEM);
	inode = ramfs_get_inode(shm_mnt->mnt_sb, S_IFREG | S_IRWXUGO, 0);
	if (!inode) {
		dput(dentry);
		return ERR_PTR(-ENOSPC);
	}
	d_instantiate(dentry, inode);
	i_size_write(inode, size);
	inode->i_nlink = 0; /* in no directory: it goes with the last reference */
	file = get_empty_filp();
	if (!file) {
		dput(dentry);
		return ERR_PTR(-ENFILE);
	}
	file->f_path.dentry = dentry;
	file->f_path.mnt = mntget(shm_mnt);
	file->f_inode = inode;
	file->f_mapping = inode->i_mapping;
	file->f_mode = FMODE_READ | FMODE_WRITE;
	file->f_flags = O_RDWR;
	file->f_op = &ramfs_file_operations;
	get_write_access(inode); /* __fput drops it for FMODE_WRITE */
	return file;
}
EXPORT_SYMBOL(shmem_file_setup);

static int __init init_tmpfs(void)
{
	int error = register_filesystem(&tmpfs_fs_type);

	if (error)
		return error;
	shm_mnt = kern_mount(&tmpfs_fs_type);
	return IS_ERR(shm_mnt) ? PTR_ERR(shm_mnt) : 0;
}
module_init(init_tmpfs);
