/*
 * generic.c - the tree of /proc entries, and the 2.6-era read_proc protocol.
 *
 * /proc is not stored anywhere: it is a tree of struct proc_dir_entry,
 * each directory holding a singly linked list of its entries (subdir,
 * next), built by the code that owns each file. proc_create() and
 * create_proc_entry() add a file, proc_mkdir() a directory, proc_symlink()
 * a link, remove_proc_entry() takes one away. The VFS side (fs/proc/inode.c
 * and root.c) turns entries into inodes and dentries when a path is
 * walked.
 *
 *   proc_root ("/proc")
 *     subdir -> "meminfo" -> "uptime" -> "driver" -> ...   (next)
 *                                          subdir -> "rtc"
 *
 * An entry is freed when its last reference goes (pde_put): the tree holds
 * one, and every open file one. remove_proc_entry() also waits until no
 * caller is inside the entry's functions (pde_users), so a module can
 * free its code and data right after removing its entries.
 *
 * A file made with create_proc_entry() and a read_proc function is read
 * through __proc_file_read(), which implements the page-at-a-time
 * protocol the 2.6 books describe (and which seq_file replaced).
 *
 * Differences from 2.6.32: inode numbers count up from PROC_DYNAMIC_FIRST
 * and are not reused (2.6.32 recycles them with an IDA); registering a name
 * that a directory already has fails with a warning, as later Linux does
 * (2.6.32 warns and adds a duplicate). See docs/procfs.md.
 */
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/bug.h>
#include <linux/printk.h>
#include <linux/uaccess.h>
#include <asm/page.h>
#include <linux/dcache.h>
#include <linux/namei.h>
#include "internal.h"
#include <linux/module.h>

#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#endif

/* protects every directory's subdir/next list */
static DEFINE_SPINLOCK(proc_subdir_lock);
static unsigned int proc_next_inum = PROC_DYNAMIC_FIRST;

/* At most this much of a page is offered to read_proc (the rest is slack) */
#define PROC_BLOCK_SIZE (PAGE_SIZE - 1024)

/*
 * Copy to @buf what one call of read_proc produced, following its @start
 * convention. Returns how many bytes went to the reader (0: end of file)
 * and advances *ppos, or a negative errno.
 */
static ssize_t proc_read_block(struct proc_dir_entry *dp, char *page, char __user *buf,
			       size_t nbytes, loff_t *ppos, int *eof)
{
	int count = min_t(size_t, PROC_BLOCK_SIZE, nbytes);
	char *start = NULL;
	int n = dp->read_proc(page, &start, *ppos, count, eof, dp->data);

	if (n <= 0)
		return n;
	if (!start) {
		/* Mode 1: the whole file from offset 0 is in page; take what is after *ppos. */
		if (n > PAGE_SIZE) {
			printk(KERN_ERR "proc_file_read: Apparent buffer overflow!\n");
			n = PAGE_SIZE;
		}
		n -= *ppos;
		if (n <= 0)
			return 0;
		start = page + *ppos;
		n = min(n, count);
	} else if (start < page) {
		/* Mode 2 (the "hack"): n bytes at page; the position moves by (long)start. */
		if (n > count) {
			printk(KERN_WARNING "proc_file_read: Read count exceeded\n");
			n = count;
		}
	} else {
		/* Mode 3: n bytes at start, inside the page; no more than the reader asked for. */
		if (n > page + PAGE_SIZE - start) {
			printk(KERN_ERR "proc_file_read: Apparent buffer overflow!\n");
			n = page + PAGE_SIZE - start;
		}
		n = min(n, count);
	}
	if (copy_to_user(buf, start < page ? page : start, n))
		return -EFAULT;
	*ppos += start < page ? (unsigned long)start : (unsigned long)n;
	return n;
}

/*
 * Read through read_proc, a block at a time, until the reader has
 * @nbytes or read_proc says it is at the end.
 */
static ssize_t __proc_file_read(struct file *file, char __user *buf, size_t nbytes, loff_t *ppos)
{
	struct proc_dir_entry *dp = PDE(file->f_path.dentry->d_inode);
	char *page = kmalloc(PAGE_SIZE, GFP_KERNEL);
	ssize_t retval = 0, n;
	int eof = 0;

	if (!page)
		return -ENOMEM;
	while (nbytes > 0 && !eof) {
		n = proc_read_block(dp, page, buf, nbytes, ppos, &eof);
		if (n < 0 && !retval)
			retval = n;
		if (n <= 0)
			break;
		nbytes -= n;
		buf += n;
		retval += n;
	}
	kfree(page);
	return retval;
}

static ssize_t proc_file_read(struct file *file, char __user *buf, size_t nbytes, loff_t *ppos)
{
	struct proc_dir_entry *dp = PDE(file->f_path.dentry->d_inode);

	if (!dp->read_proc)
		return -EIO;
	return __proc_file_read(file, buf, nbytes, ppos);
}

static ssize_t proc_file_write(struct file *file, const char __user *buffer, size_t count,
			       loff_t *ppos)
{
	struct proc_dir_entry *dp = PDE(file->f_path.dentry->d_inode);

	if (!dp->write_proc)
		return -EIO;
	return dp->write_proc(file, buffer, count, dp->data);
}

static loff_t proc_file_lseek(struct file *file, loff_t offset, int orig)
{
	loff_t pos = offset;

	if (orig == SEEK_CUR)
		pos += file->f_pos;
	else if (orig != SEEK_SET)
		return -EINVAL;
	if (pos < 0 || pos > 0x7fffffffLL)
		return -EINVAL;
	file->f_pos = pos;
	return pos;
}

/*
 * The file operations of an entry made by create_proc_entry(): reads and
 * writes go to read_proc / write_proc, found through the file's inode.
 */
static const struct file_operations proc_file_operations = {
	.llseek = proc_file_lseek,
	.read = proc_file_read,
	.write = proc_file_write,
};

/**
 * pde_lookup - find an entry by name in a directory
 * @dir: the directory
 * @name: the name (not NUL-terminated)
 * @len: its length
 *
 * Return: the entry with a reference taken (pde_put() it), or NULL.
 * Context: any; takes proc_subdir_lock.
 */
struct proc_dir_entry *pde_lookup(struct proc_dir_entry *dir, const char *name, unsigned int len)
{
	struct proc_dir_entry *de;

	spin_lock(&proc_subdir_lock);
	for (de = dir->subdir; de; de = de->next)
		if (de->namelen == len && !memcmp(de->name, name, len))
			break;
	if (de)
		pde_get(de);
	spin_unlock(&proc_subdir_lock);
	return de;
}

/*
 * "driver/rtc" under @*parent: walk to the directory "driver" and leave
 * the last component in *@residual. -ENOENT if a directory is missing.
 */
static int xlate_proc_name(const char *name, struct proc_dir_entry **ret, const char **residual)
{
	struct proc_dir_entry *de = *ret ?: &proc_root;
	const char *cp = name, *next;

	while ((next = strchr(cp, '/'))) {
		struct proc_dir_entry *sub = pde_lookup(de, cp, next - cp);

		if (!sub)
			return -ENOENT;
		pde_put(sub); /* directories stay while they have entries */
		de = sub;
		cp = next + 1;
	}
	*residual = cp;
	*ret = de;
	return 0;
}

static struct proc_dir_entry *__proc_create(struct proc_dir_entry **parent, const char *name,
					    mode_t mode, unsigned int nlink)
{
	struct proc_dir_entry *ent;
	const char *fn = name;
	size_t len;

	if (xlate_proc_name(name, parent, &fn) != 0)
		return NULL;
	len = strlen(fn);
	if (!len || len > 255)
		return NULL;
	ent = kzalloc(sizeof(*ent) + len + 1, GFP_KERNEL);
	if (!ent)
		return NULL;
	memcpy((char *)(ent + 1), fn, len + 1);
	ent->name = (const char *)(ent + 1);
	ent->namelen = len;
	ent->mode = mode;
	ent->nlink = nlink;
	atomic_set(&ent->count, 1);
	spin_lock_init(&ent->pde_unload_lock);
	return ent;
}

/* Link @dp into @dir; 0, or -EEXIST (and a warning) if the name is taken. */
static int proc_register(struct proc_dir_entry *dir, struct proc_dir_entry *dp)
{
	struct proc_dir_entry *tmp;

	if (S_ISREG(dp->mode) && !dp->proc_fops)
		dp->proc_fops = &proc_file_operations;
	spin_lock(&proc_subdir_lock);
	for (tmp = dir->subdir; tmp; tmp = tmp->next) {
		if (!strcmp(tmp->name, dp->name)) {
			spin_unlock(&proc_subdir_lock);
			WARN(1, "proc_dir_entry '%s/%s' already registered\n", dir->name, dp->name);
			return -EEXIST;
		}
	}
	dp->low_ino = proc_next_inum++;
	dp->next = dir->subdir;
	dp->parent = dir;
	dir->subdir = dp;
	if (S_ISDIR(dp->mode))
		dir->nlink++;
	spin_unlock(&proc_subdir_lock);
	return 0;
}

/* __proc_create + proc_register, or NULL */
static struct proc_dir_entry *proc_add(struct proc_dir_entry *parent, const char *name, mode_t mode,
				       unsigned int nlink, const struct file_operations *fops,
				       void *data)
{
	struct proc_dir_entry *ent = __proc_create(&parent, name, mode, nlink);

	if (!ent)
		return NULL;
	ent->proc_fops = fops;
	ent->data = data;
	if (proc_register(parent, ent)) {
		kfree(ent);
		return NULL;
	}
	return ent;
}

/**
 * proc_create_data - add a /proc file served by file operations
 * @name: its name in @parent ("a/b" walks existing directories)
 * @mode: permission bits; S_IFREG is added, 0 means S_IRUGO
 * @parent: the directory, NULL for /proc
 * @proc_fops: the file operations (seq_file's, usually)
 * @data: kept in the entry's data (PDE(inode)->data in open)
 *
 * Return: the entry, or NULL (no memory, a missing directory, or a name
 * already there).
 * Context: process context; may sleep.
 */
struct proc_dir_entry *proc_create_data(const char *name, mode_t mode,
					struct proc_dir_entry *parent,
					const struct file_operations *proc_fops, void *data)
{
	if (!(mode & S_IFMT))
		mode |= S_IFREG;
	if (!(mode & S_IALLUGO))
		mode |= S_IRUGO;
	if (!S_ISREG(mode))
		return NULL;
	return proc_add(parent, name, mode, 1, proc_fops, data);
}
EXPORT_SYMBOL(proc_create_data);

/**
 * create_proc_entry - add a /proc file, the 2.6-era way
 * @name: its name in @parent
 * @mode: S_IFDIR for a directory; else permission bits for a file (0 means
 *        S_IRUGO)
 * @parent: the directory, NULL for /proc
 *
 * The caller then sets read_proc, write_proc and data on the entry.
 *
 * Return: the entry, or NULL.
 * Context: process context; may sleep.
 */
struct proc_dir_entry *create_proc_entry(const char *name, mode_t mode,
					 struct proc_dir_entry *parent)
{
	if (S_ISDIR(mode))
		return proc_mkdir_mode(name, (mode & S_IALLUGO) ?: S_IRUGO | S_IXUGO, parent);
	if (!(mode & S_IFMT))
		mode |= S_IFREG;
	if (!(mode & S_IALLUGO))
		mode |= S_IRUGO;
	return proc_add(parent, name, mode, 1, NULL, NULL);
}
EXPORT_SYMBOL(create_proc_entry);

/**
 * proc_mkdir_mode - add a /proc directory with the given permissions
 * @name: its name in @parent
 * @mode: permission bits
 * @parent: the directory, NULL for /proc
 *
 * Return: the entry, or NULL.
 * Context: process context; may sleep.
 */
struct proc_dir_entry *proc_mkdir_mode(const char *name, mode_t mode, struct proc_dir_entry *parent)
{
	return proc_add(parent, name, S_IFDIR | (mode & S_IALLUGO), 2, NULL, NULL);
}

/**
 * proc_mkdir - add a /proc directory (mode 0555)
 * @name: its name in @parent
 * @parent: the directory, NULL for /proc
 *
 * Return: the entry, or NULL.
 * Context: process context; may sleep.
 */
struct proc_dir_entry *proc_mkdir(const char *name, struct proc_dir_entry *parent)
{
	return proc_mkdir_mode(name, S_IRUGO | S_IXUGO, parent);
}
EXPORT_SYMBOL(proc_mkdir);

/**
 * proc_symlink - add a symbolic link in /proc
 * @name: its name in @parent
 * @parent: the directory, NULL for /proc
 * @dest: what it points to
 *
 * Return: the entry, or NULL.
 * Context: process context; may sleep.
 */
struct proc_dir_entry *proc_symlink(const char *name, struct proc_dir_entry *parent,
				    const char *dest)
{
	struct proc_dir_entry *ent = __proc_create(&parent, name, S_IFLNK | S_IRWXUGO, 1);

	if (!ent)
		return NULL;
	ent->data = kstrdup(dest, GFP_KERNEL);
	if (!ent->data || proc_register(parent, ent)) {
		kfree(ent->data);
		kfree(ent);
		return NULL;
	}
	ent->size = strlen(dest);
	return ent;
}
EXPORT_SYMBOL(proc_symlink);

/**
 * pde_get - take a reference on an entry
 * @pde: the entry
 *
 * Return: @pde.
 * Context: any.
 */
struct proc_dir_entry *pde_get(struct proc_dir_entry *pde)
{
	atomic_inc(&pde->count);
	return pde;
}

/**
 * pde_put - drop a reference; the last one frees the entry
 * @pde: the entry
 *
 * Context: any.
 */
void pde_put(struct proc_dir_entry *pde)
{
	if (!atomic_dec_and_test(&pde->count))
		return;
	if (S_ISLNK(pde->mode))
		kfree(pde->data);
	kfree(pde);
}

/**
 * pde_users_enter - note a caller entering the entry's functions
 * @pde: the entry
 *
 * Return: 1 if it may go on, 0 if the entry is being removed (the
 * caller then fails with -EIO, as 2.6.32's proc_reg_* wrappers do).
 * Context: any.
 */
int pde_users_enter(struct proc_dir_entry *pde)
{
	int ok;

	spin_lock(&pde->pde_unload_lock);
	ok = !pde->pde_removed;
	if (ok)
		pde->pde_users++;
	spin_unlock(&pde->pde_unload_lock);
	return ok;
}

/**
 * pde_users_exit - note the caller left; wakes remove_proc_entry() if last
 * @pde: the entry
 *
 * Context: any.
 */
void pde_users_exit(struct proc_dir_entry *pde)
{
	spin_lock(&pde->pde_unload_lock);
	if (--pde->pde_users == 0 && pde->pde_unload_completion)
		complete(pde->pde_unload_completion);
	spin_unlock(&pde->pde_unload_lock);
}

/* Unlink @name from @parent; the entry, or NULL if there is none. */
static struct proc_dir_entry *proc_unlink(struct proc_dir_entry *parent, const char *fn)
{
	struct proc_dir_entry **p, *de = NULL;

	spin_lock(&proc_subdir_lock);
	for (p = &parent->subdir; *p; p = &(*p)->next) {
		if (!strcmp((*p)->name, fn)) {
			de = *p;
			*p = de->next;
			de->next = NULL;
			break;
		}
	}
	if (de && S_ISDIR(de->mode))
		parent->nlink--;
	spin_unlock(&proc_subdir_lock);
	return de;
}

/* Stop new callers and wait for those inside the entry's functions. */
static void pde_wait_users(struct proc_dir_entry *de)
{
	DECLARE_COMPLETION_ONSTACK(c);
	int wait;

	spin_lock(&de->pde_unload_lock);
	de->pde_removed = 1;
	wait = de->pde_users > 0;
	if (wait)
		/* cppcheck-suppress autoVariables ; cleared below before we return */
		de->pde_unload_completion = &c;
	spin_unlock(&de->pde_unload_lock);
	if (!wait)
		return;
	wait_for_completion(&c);
	spin_lock(&de->pde_unload_lock);
	de->pde_unload_completion = NULL;
	spin_unlock(&de->pde_unload_lock);
}

/**
 * remove_proc_entry - take an entry out of /proc
 * @name: its name in @parent ("a/b" walks directories)
 * @parent: the directory, NULL for /proc
 *
 * Waits until no caller is inside the entry's functions; files still open
 * then fail with -EIO, and the entry is freed when the last one closes.
 * Removing a directory that still has entries is a bug of the caller,
 * reported as 2.6.32 reports it.
 *
 * Context: process context; may sleep.
 */
void remove_proc_entry(const char *name, struct proc_dir_entry *parent)
{
	const char *fn = name;
	struct proc_dir_entry *de;

	if (xlate_proc_name(name, &parent, &fn) != 0)
		return;
	de = proc_unlink(parent, fn);
	if (!de) {
		WARN(1, "name '%s'\n", name);
		return;
	}
	pde_wait_users(de);
	if (S_ISDIR(de->mode) && de->subdir)
		WARN(1, "%s: removing non-empty directory '%s/%s', leaking at least '%s'\n",
		     __func__, de->parent->name, de->name, de->subdir->name);
	pde_put(de);
}
EXPORT_SYMBOL(remove_proc_entry);

/* ---- the VFS side: looking up and listing a /proc directory ---- */

/*
 * /proc's names are not kept in the dentry cache once unused: the entry
 * may be removed at any time (remove_proc_entry), and the next lookup
 * must then fail, as 2.6.32's proc_delete_dentry ensures.
 */
static int proc_delete_dentry(struct dentry *dentry)
{
	return 1;
}

static const struct dentry_operations proc_dentry_operations = {
	.d_delete = proc_delete_dentry,
};

/**
 * proc_lookup - find a name in a /proc directory and give it an inode
 * @dir: the directory's inode
 * @dentry: the dentry for the name
 * @nd: the walk (unused)
 *
 * Return: NULL with @dentry instantiated, ERR_PTR(-ENOENT) if there is no
 * such entry, or ERR_PTR(-ENOMEM).
 * Context: process context; may sleep.
 */
struct dentry *proc_lookup(struct inode *dir, struct dentry *dentry, struct nameidata *nd)
{
	struct proc_dir_entry *de =
		pde_lookup(PDE(dir), (const char *)dentry->d_name.name, dentry->d_name.len);
	struct inode *inode;

	if (!de)
		return ERR_PTR(-ENOENT);
	inode = proc_get_inode(dir->i_sb, de->low_ino, de);
	if (!inode)
		return ERR_PTR(-ENOMEM);
	dentry->d_op = &proc_dentry_operations;
	d_add(dentry, inode);
	return NULL;
}

static unsigned char pde_dtype(const struct proc_dir_entry *de)
{
	if (S_ISDIR(de->mode))
		return DT_DIR;
	return S_ISLNK(de->mode) ? DT_LNK : DT_REG;
}

/* The @n-th entry of @dir with a reference, or NULL */
static struct proc_dir_entry *pde_nth(struct proc_dir_entry *dir, loff_t n)
{
	struct proc_dir_entry *de;

	spin_lock(&proc_subdir_lock);
	for (de = dir->subdir; de && n; de = de->next)
		n--;
	if (de)
		pde_get(de);
	spin_unlock(&proc_subdir_lock);
	return de;
}

/**
 * proc_readdir_de - list the entries of @de: ".", "..", then its entries
 * @de: the directory
 * @filp: the open directory; f_pos counts the names given so far
 * @dirent: the caller's buffer
 * @filldir: puts one name in it; non-zero when it is full
 *
 * Return: 1 when every name was given, 0 when the buffer filled first.
 * Context: process context; may sleep.
 */
int proc_readdir_de(struct proc_dir_entry *de, struct file *filp, void *dirent, filldir_t filldir)
{
	struct inode *inode = filp->f_path.dentry->d_inode;
	struct proc_dir_entry *dir = de;

	if (filp->f_pos == 0) {
		if (filldir(dirent, ".", 1, 0, inode->i_ino, DT_DIR) < 0)
			return 0;
		filp->f_pos++;
	}
	if (filp->f_pos == 1) {
		unsigned long pino = dir->parent ? dir->parent->low_ino : PROC_ROOT_INO;

		if (filldir(dirent, "..", 2, 1, pino, DT_DIR) < 0)
			return 0;
		filp->f_pos++;
	}
	while ((de = pde_nth(dir, filp->f_pos - 2))) {
		int full = filldir(dirent, de->name, de->namelen, filp->f_pos, de->low_ino,
				   pde_dtype(de)) < 0;

		pde_put(de);
		if (full)
			return 0;
		filp->f_pos++;
	}
	return 1;
}

/**
 * proc_readdir - list a /proc directory: ".", "..", then its entries
 * @filp: the open directory; f_pos counts the names given so far
 * @dirent: the caller's buffer
 * @filldir: puts one name in it; non-zero when it is full
 *
 * Return: 0.
 * Context: process context; may sleep.
 */
int proc_readdir(struct file *filp, void *dirent, filldir_t filldir)
{
	proc_readdir_de(PDE(filp->f_path.dentry->d_inode), filp, dirent, filldir);
	return 0;
}

/* A directory's operations: read() is -EISDIR, readdir lists it */
const struct file_operations proc_dir_operations = {
	.read = generic_read_dir,
	.readdir = proc_readdir,
};

const struct inode_operations proc_dir_inode_operations = {
	.lookup = proc_lookup,
};

static void *proc_follow_link(struct dentry *dentry, struct nameidata *nd)
{
	nd_set_link(nd, PDE(dentry->d_inode)->data);
	return NULL;
}

static int proc_readlink(struct dentry *dentry, char __user *buffer, int buflen)
{
	return vfs_readlink(dentry, buffer, buflen, PDE(dentry->d_inode)->data);
}

const struct inode_operations proc_link_inode_operations = {
	.readlink = proc_readlink,
	.follow_link = proc_follow_link,
};
