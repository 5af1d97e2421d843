/*
 * file_table.c - struct file: allocation, references, the last close.
 *
 * A struct file is one open of an inode: the path it was opened by,
 * the position, the mode. Descriptors (and dup()s and fork()s of them)
 * share one struct file, counted by f_count; fput() of the last
 * reference releases it (__fput): a file with O_ASYNC leaves its
 * driver's fasync list (f_op->fasync(-1, file, 0)), the file's release
 * operation runs, then the dentry and the mount are let go - which is
 * when an unlinked file's inode and pages are finally freed.
 *
 *   fd_install(fd, f) ... fget(fd) -> f_count++ ... fput(f) -> f_count-- -> __fput
 *
 * As 2.6.32, but fget() takes the table's spinlock (2.6.32: RCU), and
 * the limit on open files (files_stat.max_files, -ENFILE) is counted but
 * not enforced: 2.6.32 lets only CAP_SYS_ADMIN past it; Linnet lets
 * everyone, as no test yet opens that many files as a user.
 * Read next: fs/open.c, docs/files.md.
 */
#include <linux/module.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/fdtable.h>
#include <linux/mount.h>
#include <linux/dcache.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/kernel.h>
#include <linux/eventpoll.h>
#include <linux/fsnotify.h>

/* files_stat - /proc/sys/fs/file-nr and file-max */
struct files_stat_struct files_stat = {
	.max_files = 8192,
};

static struct kmem_cache *filp_cachep;
static DEFINE_SPINLOCK(files_lock);

/**
 * get_empty_filp - a new struct file, with one reference and nothing opened yet
 *
 * Context: process context; may sleep.
 * Return: the file, or NULL when memory ran out.
 */
struct file *get_empty_filp(void)
{
	struct file *f = kmem_cache_zalloc(filp_cachep, GFP_KERNEL);

	if (!f)
		return NULL;
	atomic_set(&f->f_count, 1);
	INIT_LIST_HEAD(&f->f_u.fu_list);
	spin_lock_init(&f->f_lock);
	rwlock_init(&f->f_owner.lock);
	eventpoll_init_file(f);
	spin_lock(&files_lock);
	files_stat.nr_files++;
	spin_unlock(&files_lock);
	return f;
}
EXPORT_SYMBOL(get_empty_filp);

static void file_free(struct file *f)
{
	spin_lock(&files_lock);
	files_stat.nr_files--;
	list_del_init(&f->f_u.fu_list);
	spin_unlock(&files_lock);
	kmem_cache_free(filp_cachep, f);
}

/**
 * file_move - put a file on its super block's list of open files
 * @file: the file
 * @list: the list (sb->s_files)
 *
 * Context: any.
 */
void file_move(struct file *file, struct list_head *list)
{
	spin_lock(&files_lock);
	list_move(&file->f_u.fu_list, list);
	spin_unlock(&files_lock);
}

/* __fput - the last reference: release, then let go of the dentry and mount */
static void __fput(struct file *file)
{
	struct dentry *dentry = file->f_path.dentry;
	struct vfsmount *mnt = file->f_path.mnt;
	struct inode *inode = dentry->d_inode;

	might_sleep();
	if (inode) /* as for put_write_access below */
		fsnotify_close(file);
	eventpoll_release(file); /* out of every epoll set watching it */
	locks_remove_flock(file);
	if ((file->f_flags & FASYNC) && file->f_op && file->f_op->fasync)
		file->f_op->fasync(-1, file, 0); /* off the driver's SIGIO list */
	if (file->f_op && file->f_op->release)
		file->f_op->release(inode, file);
	if ((file->f_mode & FMODE_WRITE) && inode)
		put_write_access(inode);
	fops_put(file->f_op);
	file_free(file);
	dput(dentry);
	mntput(mnt);
}

/**
 * fput - drop a reference to a file; the last one closes it
 * @file: the file
 *
 * Context: process context; may sleep.
 */
void fput(struct file *file)
{
	if (atomic_dec_and_test(&file->f_count))
		__fput(file);
}
EXPORT_SYMBOL(fput);

/**
 * put_filp - free a file whose open never completed
 * @file: the file (its path is not held)
 *
 * Context: any.
 */
void put_filp(struct file *file)
{
	if (atomic_dec_and_test(&file->f_count))
		file_free(file);
}

/**
 * fget - the file behind a descriptor, with a reference
 * @fd: the descriptor
 *
 * Context: process context.
 * Return: the file (fput() it), or NULL for a descriptor that is not open.
 */
struct file *fget(unsigned int fd)
{
	struct files_struct *files = current->files;
	struct file *file;

	spin_lock(&files->file_lock);
	file = fcheck_files(files, fd);
	if (file)
		get_file(file);
	spin_unlock(&files->file_lock);
	return file;
}
EXPORT_SYMBOL(fget);

/**
 * fget_light - fget() that takes no reference when the table is not shared
 * @fd: the descriptor
 * @fput_needed: set to whether fput_light() must drop a reference
 *
 * Context: process context.
 * Return: the file or NULL.
 */
struct file *fget_light(unsigned int fd, int *fput_needed)
{
	struct files_struct *files = current->files;
	struct file *file;

	*fput_needed = 0;
	if (atomic_read(&files->count) == 1) {
		file = fcheck_files(files, fd);
	} else {
		file = fget(fd);
		*fput_needed = file != NULL;
	}
	return file;
}

/**
 * files_init - the file cache and the system-wide limit
 * @mempages: the pages of memory
 *
 * The limit is 10% of memory at 1 KiB per file, at least 8192, as 2.6.32's.
 *
 * Context: boot (vfs_caches_init).
 */
void files_init(unsigned long mempages)
{
	unsigned long n = (mempages * (PAGE_SIZE / 1024)) / 10;

	filp_cachep = kmem_cache_create("filp", sizeof(struct file), 0, SLAB_PANIC, NULL);
	files_cache_init();
	if (n > (unsigned long)files_stat.max_files)
		files_stat.max_files = n;
}
