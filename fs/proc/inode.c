/*
 * inode.c - /proc entries as VFS inodes, and the guard around their calls.
 *
 * When a path under /proc is walked, proc_lookup() (root.c) finds the
 * proc_dir_entry and proc_get_inode() makes an inode for it: a struct
 * proc_inode, which is the VFS inode plus a pointer to the entry (PDE).
 * The inode holds a reference on the entry, dropped when the inode goes.
 *
 * A regular file's operations are not the owner's directly: they are
 * proc_reg_file_ops, which call the owner's inside pde_users_enter() and
 * pde_users_exit(). remove_proc_entry() waits for those calls to finish
 * and makes later ones fail with -EIO, so a module can remove its entry
 * and free its code while a file is still open, as in 2.6.32.
 *
 *   read(fd) -> vfs_read -> proc_reg_read -> [users++] pde->proc_fops->read
 *            -> seq_read -> show()                        [users--]
 *
 * See docs/procfs.md.
 */
#include <linux/proc_fs.h>
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/namei.h>
#include <linux/magic.h>
#include <linux/slab.h>
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/time.h>
#include <linux/poll.h>
#include <linux/sched.h>
#include "internal.h"

static struct kmem_cache *proc_inode_cachep;

static struct inode *proc_alloc_inode(struct super_block *sb)
{
	struct proc_inode *ei = kmem_cache_alloc(proc_inode_cachep, GFP_KERNEL);

	if (!ei)
		return NULL;
	inode_init_once(&ei->vfs_inode);
	ei->pde = NULL;
	ei->task = NULL;
	ei->fd = 0;
	ei->op.proc_get_link = NULL;
	return &ei->vfs_inode;
}

static void proc_destroy_inode(struct inode *inode)
{
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	kmem_cache_free(proc_inode_cachep, PROC_I(inode));
}

/* The inode goes: so does its reference on the entry, or on the task */
static void proc_clear_inode(struct inode *inode)
{
	struct proc_dir_entry *de = PDE(inode);
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	struct proc_inode *ei = PROC_I(inode);

	if (ei->task) {
		put_task_struct(ei->task);
		ei->task = NULL;
	}
	if (de) {
		/* cppcheck-suppress nullPointer ; container_of, not a dereference */
		PROC_I(inode)->pde = NULL;
		pde_put(de);
	}
}

static const struct super_operations proc_sops = {
	.alloc_inode = proc_alloc_inode,
	.destroy_inode = proc_destroy_inode,
	.drop_inode = generic_delete_inode,
	.clear_inode = proc_clear_inode,
	.statfs = simple_statfs,
};

static ssize_t proc_reg_read(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	struct proc_dir_entry *pde = PDE(file->f_path.dentry->d_inode);
	ssize_t (*read)(struct file *, char __user *, size_t, loff_t *) = NULL;
	ssize_t rv = -EIO;

	if (!pde_users_enter(pde))
		return -EIO;
	if (pde->proc_fops)
		read = pde->proc_fops->read;
	if (read)
		rv = read(file, buf, count, ppos);
	pde_users_exit(pde);
	return rv;
}

static ssize_t proc_reg_write(struct file *file, const char __user *buf, size_t count, loff_t *ppos)
{
	struct proc_dir_entry *pde = PDE(file->f_path.dentry->d_inode);
	ssize_t (*write)(struct file *, const char __user *, size_t, loff_t *) = NULL;
	ssize_t rv = -EIO;

	if (!pde_users_enter(pde))
		return -EIO;
	if (pde->proc_fops)
		write = pde->proc_fops->write;
	if (write)
		rv = write(file, buf, count, ppos);
	pde_users_exit(pde);
	return rv;
}

static loff_t proc_reg_llseek(struct file *file, loff_t offset, int whence)
{
	struct proc_dir_entry *pde = PDE(file->f_path.dentry->d_inode);
	loff_t (*llseek)(struct file *, loff_t, int) = NULL;
	loff_t rv = -EINVAL;

	if (!pde_users_enter(pde))
		return -EIO;
	if (pde->proc_fops)
		llseek = pde->proc_fops->llseek ?: default_llseek;
	if (llseek)
		rv = llseek(file, offset, whence);
	pde_users_exit(pde);
	return rv;
}

static unsigned int proc_reg_poll(struct file *file, struct poll_table_struct *pts)
{
	struct proc_dir_entry *pde = PDE(file->f_path.dentry->d_inode);
	unsigned int rv = POLLIN | POLLOUT | POLLRDNORM | POLLWRNORM; /* DEFAULT_POLLMASK */

	if (!pde_users_enter(pde))
		return rv;
	if (pde->proc_fops && pde->proc_fops->poll)
		rv = pde->proc_fops->poll(file, pts);
	pde_users_exit(pde);
	return rv;
}

static long proc_reg_unlocked_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	struct proc_dir_entry *pde = PDE(file->f_path.dentry->d_inode);
	long rv = -ENOTTY;

	if (!pde_users_enter(pde))
		return -EIO;
	if (pde->proc_fops && pde->proc_fops->unlocked_ioctl)
		rv = pde->proc_fops->unlocked_ioctl(file, cmd, arg);
	pde_users_exit(pde);
	return rv;
}

static int proc_reg_open(struct inode *inode, struct file *file)
{
	struct proc_dir_entry *pde = PDE(inode);
	int (*open)(struct inode *, struct file *) = NULL;
	int rv = 0;

	if (!pde_users_enter(pde))
		return -ENOENT;
	if (pde->proc_fops)
		open = pde->proc_fops->open;
	if (open)
		rv = open(inode, file);
	pde_users_exit(pde);
	return rv;
}

/*
 * release runs even after remove_proc_entry(), so that seq_file's buffers
 * are freed: the owner must keep its release code until its files close
 * (2.6.32 instead tracks the openers and calls their release at removal).
 */
static int proc_reg_release(struct inode *inode, struct file *file)
{
	struct proc_dir_entry *pde = PDE(inode);

	if (pde->proc_fops && pde->proc_fops->release)
		return pde->proc_fops->release(inode, file);
	return 0;
}

static const struct file_operations proc_reg_file_ops = {
	.llseek = proc_reg_llseek,
	.read = proc_reg_read,
	.write = proc_reg_write,
	.poll = proc_reg_poll,
	.unlocked_ioctl = proc_reg_unlocked_ioctl,
	.open = proc_reg_open,
	.release = proc_reg_release,
};

static const struct inode_operations proc_file_inode_operations;

/**
 * proc_get_inode - the inode of a /proc entry
 * @sb: /proc's super block
 * @ino: the entry's inode number
 * @de: the entry, with a reference the inode takes over (or drops)
 *
 * Return: the inode (with a reference), or NULL (no memory).
 * Context: process context; may sleep.
 */
struct inode *proc_get_inode(struct super_block *sb, unsigned int ino, struct proc_dir_entry *de)
{
	struct inode *inode = iget_locked(sb, ino);

	if (!inode || !(inode->i_state & I_NEW)) {
		pde_put(de);
		return inode;
	}
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	PROC_I(inode)->pde = de;
	inode->i_mtime = inode->i_atime = inode->i_ctime = current_fs_time(sb);
	inode->i_mode = de->mode;
	inode->i_uid = de->uid;
	inode->i_gid = de->gid;
	inode->i_size = de->size;
	inode->i_nlink = de->nlink;
	if (S_ISDIR(de->mode)) {
		inode->i_op = de->proc_iops ?: &proc_dir_inode_operations;
		inode->i_fop = &proc_dir_operations;
	} else if (S_ISLNK(de->mode)) {
		inode->i_op = &proc_link_inode_operations;
	} else {
		inode->i_op = de->proc_iops ?: &proc_file_inode_operations;
		inode->i_fop = &proc_reg_file_ops;
	}
	unlock_new_inode(inode);
	return inode;
}

/**
 * proc_fill_super - set up /proc's super block: its root is proc_root
 * @s: the new super block
 * @data: mount options (none)
 * @silent: whether to stay quiet on errors
 *
 * Return: 0, or -ENOMEM.
 * Context: process context (mount); may sleep.
 */
int proc_fill_super(struct super_block *s, void *data, int silent)
{
	struct inode *root_inode;

	if (!proc_inode_cachep) {
		proc_inode_cachep = kmem_cache_create("proc_inode_cache", sizeof(struct proc_inode),
						      0, 0, NULL);
		if (!proc_inode_cachep)
			return -ENOMEM;
	}
	s->s_blocksize = 1024;
	s->s_blocksize_bits = 10;
	s->s_magic = PROC_SUPER_MAGIC;
	s->s_op = &proc_sops;
	root_inode = proc_get_inode(s, PROC_ROOT_INO, pde_get(&proc_root));
	if (!root_inode)
		return -ENOMEM;
	root_inode->i_op = &proc_root_inode_operations;
	root_inode->i_fop = &proc_root_operations;
	s->s_root = d_alloc_root(root_inode);
	if (!s->s_root) {
		iput(root_inode);
		return -ENOMEM;
	}
	return 0;
}
