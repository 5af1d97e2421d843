/*
 * libfs.c - the pieces a simple in-memory file system is built from.
 *
 * ramfs is almost entirely made of these: a directory is its dentries
 * (simple_lookup answers "no such name" for anything not already in the
 * dcache; dcache_readdir lists the dentries themselves), links and
 * unlinks only count i_nlink and pin or unpin dentries, and file data
 * goes through the page cache with simple_write_begin/simple_write_end,
 * with simple_readpage() supplying zeroes for holes.
 *
 * dcache_readdir keeps its place with a cursor: a dummy dentry in the
 * directory's d_subdirs list, moved past each entry returned, so that
 * entries created or removed between two getdents calls neither repeat
 * nor hide the others. simple_read_from_buffer() and
 * simple_write_to_buffer() are a driver's read() and write() on one
 * kernel buffer. simple_fill_super() and simple_pin_fs() are how a
 * file system that the kernel fills itself (debugfs) makes its root and
 * keeps itself mounted while it has files; simple_attr_*() serve
 * DEFINE_SIMPLE_ATTRIBUTE's one-number files. Linux 2.6.32's functions. Read next:
 * fs/ramfs/inode.c, docs/files.md.
 */
#include <linux/module.h>
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/namei.h>
#include <linux/mount.h>
#include <linux/pagemap.h>
#include <linux/statfs.h>
#include <linux/highmem.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/err.h>
#include <linux/uaccess.h>
#include <linux/mutex.h>
#include <linux/spinlock.h>

/**
 * simple_getattr - getattr counting the page-cache pages as the blocks used
 * @mnt: the mount
 * @dentry: the dentry
 * @stat: filled in
 *
 * Context: any.
 * Return: 0.
 */
int simple_getattr(struct vfsmount *mnt, struct dentry *dentry, struct kstat *stat)
{
	struct inode *inode = dentry->d_inode;

	generic_fillattr(inode, stat);
	stat->blocks = inode->i_mapping->nrpages << (PAGE_CACHE_SHIFT - 9);
	return 0;
}
EXPORT_SYMBOL(simple_getattr);

/**
 * simple_statfs - statfs for a file system without blocks: the magic and the name limit
 * @dentry: any dentry of it
 * @buf: filled in
 *
 * Context: any.
 * Return: 0.
 */
int simple_statfs(struct dentry *dentry, struct kstatfs *buf)
{
	buf->f_type = dentry->d_sb->s_magic;
	buf->f_bsize = PAGE_CACHE_SIZE;
	buf->f_namelen = NAME_MAX;
	return 0;
}
EXPORT_SYMBOL(simple_statfs);

/**
 * simple_delete_dentry - d_delete that keeps no negative dentries
 * @dentry: the dentry
 *
 * Context: dcache_lock held.
 * Return: 1 (free the dentry at its last dput).
 */
int simple_delete_dentry(struct dentry *dentry)
{
	return 1;
}
EXPORT_SYMBOL(simple_delete_dentry);

static const struct dentry_operations simple_dentry_operations = {
	.d_delete = simple_delete_dentry,
};

/**
 * simple_lookup - lookup for a file system whose names all live in the dcache
 * @dir: the directory
 * @dentry: the name looked for, which is not in the dcache, so does not exist
 * @nd: the walk
 *
 * Context: process context, @dir's i_mutex held.
 * Return: NULL (@dentry made negative), or ERR_PTR(-ENAMETOOLONG).
 */
struct dentry *simple_lookup(struct inode *dir, struct dentry *dentry, struct nameidata *nd)
{
	if (dentry->d_name.len > NAME_MAX)
		return ERR_PTR(-ENAMETOOLONG);
	dentry->d_op = &simple_dentry_operations;
	d_add(dentry, NULL);
	return NULL;
}
EXPORT_SYMBOL(simple_lookup);

/**
 * simple_sync_file - fsync for a file system with nothing to write back
 * @file: the file
 * @dentry: its dentry
 * @datasync: only the data
 *
 * Context: any.
 * Return: 0.
 */
int simple_sync_file(struct file *file, struct dentry *dentry, int datasync)
{
	return 0;
}
EXPORT_SYMBOL(simple_sync_file);

/**
 * dcache_dir_open - open of a dcache-listed directory: make the readdir cursor
 * @inode: the directory
 * @file: the file
 *
 * Context: process context; may sleep.
 * Return: 0 or -ENOMEM.
 */
int dcache_dir_open(struct inode *inode, struct file *file)
{
	static const struct qstr cursor_name = { .len = 1, .name = (const unsigned char *)"." };

	file->private_data = d_alloc(file->f_path.dentry, &cursor_name);
	return file->private_data ? 0 : -ENOMEM;
}
EXPORT_SYMBOL(dcache_dir_open);

/**
 * dcache_dir_close - release of a dcache-listed directory: free the cursor
 * @inode: the directory
 * @file: the file
 *
 * Context: process context; may sleep.
 * Return: 0.
 */
int dcache_dir_close(struct inode *inode, struct file *file)
{
	dput(file->private_data);
	return 0;
}
EXPORT_SYMBOL(dcache_dir_close);

/* The positive, hashed dentries of a directory are its entries */
static int simple_positive(struct dentry *dentry)
{
	return dentry->d_inode && !d_unhashed(dentry);
}

/**
 * dcache_dir_lseek - lseek of a dcache-listed directory: move the cursor
 * @file: the directory
 * @offset: the entry number (0 and 1 are "." and "..")
 * @origin: SEEK_SET or SEEK_CUR
 *
 * Context: process context; takes i_mutex.
 * Return: the new position or -EINVAL.
 */
loff_t dcache_dir_lseek(struct file *file, loff_t offset, int origin)
{
	struct dentry *dentry = file->f_path.dentry, *cursor = file->private_data;
	struct list_head *p;
	loff_t n;

	mutex_lock(&dentry->d_inode->i_mutex);
	if (origin == SEEK_CUR)
		offset += file->f_pos;
	if ((origin != SEEK_SET && origin != SEEK_CUR) || offset < 0) {
		mutex_unlock(&dentry->d_inode->i_mutex);
		return -EINVAL;
	}
	if (offset != file->f_pos) {
		file->f_pos = offset;
		if (file->f_pos >= 2) {
			n = file->f_pos - 2;
			spin_lock(&dcache_lock);
			list_del(&cursor->d_u.d_child);
			p = dentry->d_subdirs.next;
			while (n && p != &dentry->d_subdirs) {
				/* cppcheck-suppress nullPointer ; container_of's offsetof */
				if (simple_positive(list_entry(p, struct dentry, d_u.d_child)))
					n--;
				p = p->next;
			}
			list_add_tail(&cursor->d_u.d_child, p);
			spin_unlock(&dcache_lock);
		}
	}
	mutex_unlock(&dentry->d_inode->i_mutex);
	return offset;
}
EXPORT_SYMBOL(dcache_dir_lseek);

/* dt_type - the DT_* type of an inode: its S_IFMT bits, shifted */
static unsigned char dt_type(struct inode *inode)
{
	return (inode->i_mode >> 12) & 15;
}

/**
 * dcache_readdir - readdir of a directory whose entries are its dentries
 * @filp: the directory (its cursor in private_data)
 * @dirent: the filler's argument
 * @filldir: the filler
 *
 * Lists ".", "..", then the dentries after the cursor, moving the cursor
 * past each one the filler accepts.
 *
 * Context: process context, the directory's i_mutex held (vfs_readdir).
 * Return: 0.
 */
int dcache_readdir(struct file *filp, void *dirent, filldir_t filldir)
{
	struct dentry *dentry = filp->f_path.dentry, *cursor = filp->private_data;
	struct list_head *p, *q = &cursor->d_u.d_child;

	if (filp->f_pos == 0) {
		if (filldir(dirent, ".", 1, filp->f_pos, dentry->d_inode->i_ino, DT_DIR) < 0)
			return 0;
		filp->f_pos++;
	}
	if (filp->f_pos == 1) {
		if (filldir(dirent, "..", 2, filp->f_pos, dentry->d_parent->d_inode->i_ino,
			    DT_DIR) < 0)
			return 0;
		filp->f_pos++;
	}
	spin_lock(&dcache_lock);
	if (filp->f_pos == 2)
		list_move(q, &dentry->d_subdirs);
	for (p = q->next; p != &dentry->d_subdirs; p = p->next) {
		/* cppcheck-suppress nullPointer ; container_of's offsetof */
		struct dentry *next = list_entry(p, struct dentry, d_u.d_child);

		if (!simple_positive(next))
			continue;
		spin_unlock(&dcache_lock);
		if (filldir(dirent, (const char *)next->d_name.name, next->d_name.len, filp->f_pos,
			    next->d_inode->i_ino, dt_type(next->d_inode)) < 0)
			return 0;
		spin_lock(&dcache_lock);
		list_move(q, p);
		p = q;
		filp->f_pos++;
	}
	spin_unlock(&dcache_lock);
	return 0;
}
EXPORT_SYMBOL(dcache_readdir);

/**
 * generic_read_dir - read(2) of a directory
 * @filp: the directory
 * @buf: unused
 * @siz: unused
 * @ppos: unused
 *
 * Context: any.
 * Return: -EISDIR.
 */
ssize_t generic_read_dir(struct file *filp, char __user *buf, size_t siz, loff_t *ppos)
{
	return -EISDIR;
}
EXPORT_SYMBOL(generic_read_dir);

/* simple_dir_operations - the file operations of a dcache-listed directory */
const struct file_operations simple_dir_operations = {
	.open = dcache_dir_open,
	.release = dcache_dir_close,
	.llseek = dcache_dir_lseek,
	.read = generic_read_dir,
	.readdir = dcache_readdir,
	.fsync = simple_sync_file,
};

/* simple_dir_inode_operations - a directory that only looks up */
const struct inode_operations simple_dir_inode_operations = {
	.lookup = simple_lookup,
};

/**
 * simple_empty - does a directory have no entries?
 * @dentry: the directory
 *
 * Context: any.
 * Return: 1 if empty, else 0.
 */
int simple_empty(struct dentry *dentry)
{
	struct dentry *child;
	int ret = 1;

	spin_lock(&dcache_lock);
	list_for_each_entry(child, &dentry->d_subdirs, d_u.d_child)
		if (simple_positive(child)) {
			ret = 0;
			break;
		}
	spin_unlock(&dcache_lock);
	return ret;
}
EXPORT_SYMBOL(simple_empty);

/**
 * simple_link - link for a dcache file system: count the link, pin the new dentry
 * @old_dentry: the file
 * @dir: the directory of the new name
 * @dentry: the new name
 *
 * Context: process context, i_mutexes held.
 * Return: 0.
 */
int simple_link(struct dentry *old_dentry, struct inode *dir, struct dentry *dentry)
{
	struct inode *inode = old_dentry->d_inode;

	inode->i_ctime = dir->i_ctime = dir->i_mtime = current_fs_time(dir->i_sb);
	inc_nlink(inode);
	atomic_inc(&inode->i_count);
	dget(dentry);
	d_instantiate(dentry, inode);
	return 0;
}
EXPORT_SYMBOL(simple_link);

/**
 * simple_unlink - unlink for a dcache file system: drop the link and the pin
 * @dir: the directory
 * @dentry: the name
 *
 * Context: process context, i_mutexes held.
 * Return: 0.
 */
int simple_unlink(struct inode *dir, struct dentry *dentry)
{
	struct inode *inode = dentry->d_inode;

	inode->i_ctime = dir->i_ctime = dir->i_mtime = current_fs_time(dir->i_sb);
	drop_nlink(inode);
	dput(dentry);
	return 0;
}
EXPORT_SYMBOL(simple_unlink);

/**
 * simple_rmdir - rmdir for a dcache file system
 * @dir: the parent
 * @dentry: the directory
 *
 * Context: process context, i_mutexes held.
 * Return: 0 or -ENOTEMPTY.
 */
int simple_rmdir(struct inode *dir, struct dentry *dentry)
{
	if (!simple_empty(dentry))
		return -ENOTEMPTY;
	drop_nlink(dentry->d_inode);
	simple_unlink(dir, dentry);
	drop_nlink(dir);
	return 0;
}
EXPORT_SYMBOL(simple_rmdir);

/**
 * simple_rename - rename for a dcache file system: fix the link counts
 * @old_dir: the source directory
 * @old_dentry: the name moved
 * @new_dir: the target directory
 * @new_dentry: the new name; a file it names is unlinked
 *
 * Context: process context, lock_rename() held.
 * Return: 0 or -ENOTEMPTY (a non-empty directory in the way).
 */
int simple_rename(struct inode *old_dir, struct dentry *old_dentry, struct inode *new_dir,
		  struct dentry *new_dentry)
{
	struct inode *inode = old_dentry->d_inode;
	int they_are_dirs = S_ISDIR(inode->i_mode);

	if (!simple_empty(new_dentry))
		return -ENOTEMPTY;
	if (new_dentry->d_inode) {
		simple_unlink(new_dir, new_dentry);
		if (they_are_dirs)
			drop_nlink(old_dir);
	} else if (they_are_dirs) {
		drop_nlink(old_dir);
		inc_nlink(new_dir);
	}
	old_dir->i_ctime = old_dir->i_mtime = new_dir->i_ctime = new_dir->i_mtime = inode->i_ctime =
		current_fs_time(old_dir->i_sb);
	return 0;
}
EXPORT_SYMBOL(simple_rename);

/* zero_user_segments - zero two byte ranges of a (possibly high) page */
static void zero_user_segments(struct page *page, unsigned int start1, unsigned int end1,
			       unsigned int start2, unsigned int end2)
{
	char *kaddr = kmap_atomic(page, KM_USER0);

	if (end1 > start1)
		memset(kaddr + start1, 0, end1 - start1);
	if (end2 > start2)
		memset(kaddr + start2, 0, end2 - start2);
	kunmap_atomic(kaddr, KM_USER0);
}

/**
 * simple_readpage - readpage for a file system with no backing store: a hole reads as zeroes
 * @file: the file
 * @page: the locked page
 *
 * Context: process context.
 * Return: 0 (the page is unlocked, uptodate).
 */
int simple_readpage(struct file *file, struct page *page)
{
	clear_highpage(page);
	SetPageUptodate(page);
	unlock_page(page);
	return 0;
}
EXPORT_SYMBOL(simple_readpage);

/**
 * simple_write_begin - get the page a write goes into, zeroing what it will not cover
 * @file: the file
 * @mapping: its page cache
 * @pos: where the write starts
 * @len: its length within this page
 * @flags: AOP_FLAG_*
 * @pagep: set to the locked page
 * @fsdata: unused
 *
 * Context: process context; may sleep.
 * Return: 0 or -ENOMEM.
 */
int simple_write_begin(struct file *file, struct address_space *mapping, loff_t pos, unsigned len,
		       unsigned flags, struct page **pagep, void **fsdata)
{
	pgoff_t index = pos >> PAGE_CACHE_SHIFT;
	unsigned int from = pos & (PAGE_CACHE_SIZE - 1);
	struct page *page = grab_cache_page_write_begin(mapping, index, flags);

	if (!page)
		return -ENOMEM;
	*pagep = page;
	if (!PageUptodate(page) && len != PAGE_CACHE_SIZE)
		zero_user_segments(page, 0, from, from + len, PAGE_CACHE_SIZE);
	return 0;
}
EXPORT_SYMBOL(simple_write_begin);

/**
 * simple_write_end - finish a write into a page: size, dirty, unlock, release
 * @file: the file
 * @mapping: its page cache
 * @pos: where the write started
 * @len: how much was asked
 * @copied: how much arrived
 * @page: the page from simple_write_begin()
 * @fsdata: unused
 *
 * Context: process context; may sleep.
 * Return: @copied.
 */
int simple_write_end(struct file *file, struct address_space *mapping, loff_t pos, unsigned len,
		     unsigned copied, struct page *page, void *fsdata)
{
	struct inode *inode = page->mapping ? ((struct address_space *)page->mapping)->host : NULL;
	unsigned int from = pos & (PAGE_CACHE_SIZE - 1);
	loff_t last_pos = pos + copied;

	if (!PageUptodate(page)) {
		if (copied < len)
			zero_user_segments(page, from + copied, from + len, 0, 0);
		SetPageUptodate(page);
	}
	if (inode && last_pos > inode->i_size)
		i_size_write(inode, last_pos);
	set_page_dirty(page);
	unlock_page(page);
	page_cache_release(page);
	return copied;
}
EXPORT_SYMBOL(simple_write_end);

static const struct super_operations simple_super_operations = {
	.statfs = simple_statfs,
};

/**
 * get_sb_pseudo - get_sb of an internal file system that is never mounted (pipefs)
 * @fs_type: its type
 * @name: the root's name
 * @ops: its super operations (NULL: statfs only)
 * @magic: its magic number
 * @mnt: the mount to point at it
 *
 * Context: process context; may sleep.
 * Return: 0 or -ENOMEM.
 */
int get_sb_pseudo(struct file_system_type *fs_type, char *name, const struct super_operations *ops,
		  unsigned long magic, struct vfsmount *mnt)
{
	struct super_block *s = sget(fs_type, NULL, set_anon_super, NULL);
	struct dentry *dentry;
	struct inode *root;

	if (IS_ERR(s))
		return PTR_ERR(s);
	s->s_flags = MS_NOUSER;
	s->s_maxbytes = MAX_LFS_FILESIZE;
	s->s_blocksize = PAGE_SIZE;
	s->s_blocksize_bits = PAGE_SHIFT;
	s->s_magic = magic;
	s->s_op = ops ? ops : &simple_super_operations;
	root = new_inode(s);
	if (!root)
		goto enomem;
	root->i_ino = 1;
	root->i_mode = S_IFDIR | S_IRUSR | S_IWUSR;
	root->i_atime = root->i_mtime = root->i_ctime = current_fs_time(s);
	dentry = d_alloc_name(NULL, name);
	if (!dentry) {
		iput(root);
		goto enomem;
	}
	dentry->d_sb = s;
	d_instantiate(dentry, root);
	s->s_root = dentry;
	s->s_flags |= MS_ACTIVE;
	simple_set_mnt(mnt, s);
	return 0;
enomem:
	up_write(&s->s_umount);
	deactivate_super(s);
	return -ENOMEM;
}
EXPORT_SYMBOL(get_sb_pseudo);

/* simple_buffer_span - how many of @count bytes at @pos lie inside @available (0: none) */
static ssize_t simple_buffer_span(loff_t pos, size_t available, size_t count)
{
	if (pos < 0)
		return -EINVAL;
	if (pos >= available || !count)
		return 0;
	return min_t(size_t, count, available - pos);
}

/* simple_buffer_done - @left of the @n bytes were not copied: step *@ppos past the others */
static ssize_t simple_buffer_done(loff_t *ppos, size_t n, size_t left)
{
	if (left == n)
		return -EFAULT;
	*ppos += n - left;
	return n - left;
}

/**
 * simple_read_from_buffer - read() from a kernel buffer
 * @to: the caller's buffer
 * @count: how many bytes it asks for
 * @ppos: the file position, advanced by what was copied
 * @from: the kernel buffer
 * @available: the bytes it holds
 *
 * Copies what lies between *@ppos and @available, at most @count bytes:
 * the whole read() of a driver whose data is one buffer.
 *
 * Context: process context; may sleep (a page fault on @to).
 * Return: the bytes copied (0 at or past the end), -EINVAL for a
 * negative position, -EFAULT if nothing could be copied.
 */
ssize_t simple_read_from_buffer(void __user *to, size_t count, loff_t *ppos, const void *from,
				size_t available)
{
	ssize_t n = simple_buffer_span(*ppos, available, count);

	if (n <= 0)
		return n;
	return simple_buffer_done(ppos, n, copy_to_user(to, (const char *)from + *ppos, n));
}
EXPORT_SYMBOL(simple_read_from_buffer);

/**
 * simple_write_to_buffer - write() into a kernel buffer
 * @to: the kernel buffer
 * @available: its size
 * @ppos: the file position, advanced by what was copied
 * @from: the caller's bytes
 * @count: how many
 *
 * Context: process context; may sleep (a page fault on @from).
 * Return: the bytes copied (0 at or past the end of @to), -EINVAL for
 * a negative position, -EFAULT if nothing could be copied.
 */
ssize_t simple_write_to_buffer(void *to, size_t available, loff_t *ppos, const void __user *from,
			       size_t count)
{
	ssize_t n = simple_buffer_span(*ppos, available, count);

	if (n <= 0)
		return n;
	return simple_buffer_done(ppos, n, copy_from_user((char *)to + *ppos, from, n));
}
EXPORT_SYMBOL(simple_write_to_buffer);

/**
 * simple_fill_super - a super block whose root holds the files of a table
 * @s: the new super block
 * @magic: its magic number
 * @files: the files, indexed by inode number from 2 (an empty name ends
 *         the table; a NULL name skips an inode number)
 *
 * Context: process context (mount); may sleep.
 * Return: 0 or -ENOMEM.
 */
int simple_fill_super(struct super_block *s, int magic, struct tree_descr *files)
{
	struct inode *inode;
	struct dentry *root, *dentry;
	int i;

	s->s_blocksize = PAGE_CACHE_SIZE;
	s->s_blocksize_bits = PAGE_CACHE_SHIFT;
	s->s_magic = magic;
	s->s_op = &simple_super_operations;
	inode = new_inode(s);
	if (!inode)
		return -ENOMEM;
	inode->i_ino = 1;
	inode->i_mode = S_IFDIR | 0755;
	inode->i_atime = inode->i_mtime = inode->i_ctime = current_fs_time(s);
	inode->i_op = &simple_dir_inode_operations;
	inode->i_fop = &simple_dir_operations;
	inode->i_nlink = 2;
	root = d_alloc_root(inode);
	if (!root) {
		iput(inode);
		return -ENOMEM;
	}
	for (i = 0; !files->name || files->name[0]; i++, files++) {
		if (!files->name)
			continue;
		dentry = d_alloc_name(root, files->name);
		if (!dentry)
			goto out;
		inode = new_inode(s);
		if (!inode) {
			dput(dentry);
			goto out;
		}
		inode->i_mode = S_IFREG | files->mode;
		inode->i_atime = inode->i_mtime = inode->i_ctime = current_fs_time(s);
		inode->i_fop = files->ops;
		inode->i_ino = i;
		d_add(dentry, inode);
	}
	s->s_root = root;
	return 0;
out:
	d_genocide(root);
	dput(root);
	return -ENOMEM;
}
EXPORT_SYMBOL(simple_fill_super);

static DEFINE_SPINLOCK(pin_fs_lock);

/**
 * simple_pin_fs - mount a kernel-filled file system once, and count its users
 * @type: the file system type
 * @mount: where its internal mount is kept (NULL before the first user)
 * @count: its users
 *
 * debugfs pins itself for every file it has, so the tree stays while
 * files exist even if user space never mounts it.
 *
 * Context: process context; may sleep.
 * Return: 0, or the error of mounting it.
 */
int simple_pin_fs(struct file_system_type *type, struct vfsmount **mount, int *count)
{
	struct vfsmount *mnt = NULL;

	spin_lock(&pin_fs_lock);
	if (unlikely(!*mount)) {
		spin_unlock(&pin_fs_lock);
		mnt = vfs_kern_mount(type, 0, type->name, NULL);
		if (IS_ERR(mnt))
			return PTR_ERR(mnt);
		spin_lock(&pin_fs_lock);
		if (!*mount)
			*mount = mnt;
	}
	mntget(*mount);
	++*count;
	spin_unlock(&pin_fs_lock);
	mntput(mnt);
	return 0;
}
EXPORT_SYMBOL(simple_pin_fs);

/**
 * simple_release_fs - drop a user taken with simple_pin_fs()
 * @mount: the internal mount
 * @count: its users; the last one unmounts it
 *
 * Context: process context; may sleep.
 */
void simple_release_fs(struct vfsmount **mount, int *count)
{
	struct vfsmount *mnt;

	spin_lock(&pin_fs_lock);
	mnt = *mount;
	if (!--*count)
		*mount = NULL;
	spin_unlock(&pin_fs_lock);
	mntput(mnt);
}
EXPORT_SYMBOL(simple_release_fs);

/* The state of an open DEFINE_SIMPLE_ATTRIBUTE file */
struct simple_attr {
	int (*get)(void *, u64 *);
	int (*set)(void *, u64);
	char get_buf[24];
	char set_buf[24];
	void *data;
	const char *fmt;
	struct mutex mutex;
};

/**
 * simple_attr_open - open of a one-number file (DEFINE_SIMPLE_ATTRIBUTE)
 * @inode: its inode; i_private is the data passed to @get and @set
 * @file: the file
 * @get: reads the number, or NULL (reads are -EACCES)
 * @set: writes it, or NULL (writes are -EACCES)
 * @fmt: printf format of the number (a u64)
 *
 * Context: process context; may sleep.
 * Return: 0 or -ENOMEM.
 */
int simple_attr_open(struct inode *inode, struct file *file, int (*get)(void *, u64 *),
		     int (*set)(void *, u64), const char *fmt)
{
	struct simple_attr *attr = kmalloc(sizeof(*attr), GFP_KERNEL);

	if (!attr)
		return -ENOMEM;
	attr->get = get;
	attr->set = set;
	attr->data = inode->i_private;
	attr->fmt = fmt;
	attr->get_buf[0] = '\0';
	mutex_init(&attr->mutex);
	file->private_data = attr;
	return nonseekable_open(inode, file);
}
EXPORT_SYMBOL_GPL(simple_attr_open);

/**
 * simple_attr_release - release of a one-number file
 * @inode: its inode
 * @file: the file
 *
 * Context: process context.
 * Return: 0.
 */
int simple_attr_release(struct inode *inode, struct file *file)
{
	kfree(file->private_data);
	return 0;
}
EXPORT_SYMBOL_GPL(simple_attr_release);

/**
 * simple_attr_read - read the number: get() at offset 0, the same text after
 * @file: the file
 * @buf: the reader's buffer
 * @len: its size
 * @ppos: the offset
 *
 * Context: process context; may sleep.
 * Return: the bytes read, -EACCES (no get), -EINTR or get()'s error.
 */
ssize_t simple_attr_read(struct file *file, char __user *buf, size_t len, loff_t *ppos)
{
	struct simple_attr *attr = file->private_data;
	size_t size;
	ssize_t ret;

	if (!attr->get)
		return -EACCES;
	ret = mutex_lock_interruptible(&attr->mutex);
	if (ret)
		return ret;
	if (*ppos) {
		size = strlen(attr->get_buf);
	} else {
		u64 val;

		ret = attr->get(attr->data, &val);
		if (ret)
			goto out;
		size = scnprintf(attr->get_buf, sizeof(attr->get_buf), attr->fmt,
				 (unsigned long long)val);
	}
	ret = simple_read_from_buffer(buf, len, ppos, attr->get_buf, size);
out:
	mutex_unlock(&attr->mutex);
	return ret;
}
EXPORT_SYMBOL_GPL(simple_attr_read);

/**
 * simple_attr_write - write the number: parsed as C does (0x, 0), then set()
 * @file: the file
 * @buf: the writer's bytes (at most 23 are looked at)
 * @len: how many
 * @ppos: the offset (unused)
 *
 * Context: process context; may sleep.
 * Return: @len (all of it is taken), -EACCES (no set), -EFAULT, -EINTR or set()'s error.
 */
ssize_t simple_attr_write(struct file *file, const char __user *buf, size_t len, loff_t *ppos)
{
	struct simple_attr *attr = file->private_data;
	size_t size;
	ssize_t ret;
	u64 val;

	if (!attr->set)
		return -EACCES;
	ret = mutex_lock_interruptible(&attr->mutex);
	if (ret)
		return ret;
	ret = -EFAULT;
	size = min(sizeof(attr->set_buf) - 1, len);
	if (copy_from_user(attr->set_buf, buf, size))
		goto out;
	attr->set_buf[size] = '\0';
	val = simple_strtoll(attr->set_buf, NULL, 0);
	ret = attr->set(attr->data, val);
	if (ret == 0)
		ret = len;
out:
	mutex_unlock(&attr->mutex);
	return ret;
}
EXPORT_SYMBOL_GPL(simple_attr_write);
