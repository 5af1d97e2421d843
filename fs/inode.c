/*
 * inode.c - the life of an in-memory inode.
 *
 * new_inode() makes an inode for a file system that keeps its inodes
 * only in memory (ramfs); iget_locked() finds one by number in the
 * inode hash or makes a new one marked I_NEW for the file system to
 * fill (procfs). iput() drops a reference; at the last one the super
 * block's drop_inode decides: an inode with no links left is deleted
 * at once (its pages truncated, generic_delete_inode), one that still
 * has links may stay cached, unused, until its file system is
 * unmounted (invalidate_inodes).
 *
 *   new_inode -> i_count 1 -> d_instantiate (the dentry owns the reference)
 *   unlink: i_nlink 0; last dput -> iput -> generic_delete_inode -> pages freed
 *
 * As 2.6.32, but the unused inodes are not reclaimed under memory
 * pressure (Linnet has no shrinkers yet), and one spinlock (inode_lock)
 * covers the hash and the lists. Read next: fs/dcache.c, docs/files.md.
 */
#include <linux/module.h>
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/pagemap.h>
#include <linux/mount.h>
#include <linux/kernel.h>
#include <linux/cache.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/bug.h>
#include <linux/fsnotify.h>

#define I_HASHBITS 8
#define I_HASHSIZE (1U << I_HASHBITS)

static DEFINE_SPINLOCK(inode_lock);
static struct kmem_cache *inode_cachep;
static struct hlist_head inode_hashtable[I_HASHSIZE];
static LIST_HEAD(inode_unused);
static const struct address_space_operations empty_aops;
static const struct inode_operations empty_iops;
static const struct file_operations empty_fops;

/* nr_inodes - how many inodes exist (/proc/sys/fs/inode-nr) */
atomic_t nr_inodes = ATOMIC_INIT(0);

static struct hlist_head *inode_hash(struct super_block *sb, unsigned long hashval)
{
	unsigned long tmp = hashval + ((unsigned long)sb / L1_CACHE_BYTES);

	tmp = tmp ^ (tmp >> I_HASHBITS);
	return inode_hashtable + (tmp & (I_HASHSIZE - 1));
}

/**
 * get_next_ino - a fresh inode number for a file system without its own
 *
 * Context: any.
 * Return: the next number (2.6.32's new_inode counts last_ino up the same way).
 */
unsigned long get_next_ino(void)
{
	static unsigned long last_ino;
	unsigned long ino;

	spin_lock(&inode_lock);
	ino = ++last_ino;
	spin_unlock(&inode_lock);
	return ino;
}

/**
 * inode_init_once - the parts of an inode set up once per allocation
 * @inode: the inode
 *
 * Context: any.
 */
void inode_init_once(struct inode *inode)
{
	memset(inode, 0, sizeof(*inode));
	INIT_HLIST_NODE(&inode->i_hash);
	INIT_LIST_HEAD(&inode->i_list);
	INIT_LIST_HEAD(&inode->i_sb_list);
	INIT_LIST_HEAD(&inode->i_dentry);
	INIT_RADIX_TREE(&inode->i_data.page_tree, GFP_ATOMIC);
	spin_lock_init(&inode->i_data.tree_lock);
	INIT_LIST_HEAD(&inode->i_data.i_mmap);
	spin_lock_init(&inode->i_data.i_mmap_lock);
	spin_lock_init(&inode->i_lock);
	mutex_init(&inode->i_mutex);
}
EXPORT_SYMBOL(inode_init_once);

/* inode_init_always - a freshly allocated inode of @sb: one reference, one link */
static void inode_init_always(struct super_block *sb, struct inode *inode)
{
	atomic_set(&inode->i_count, 1);
	atomic_set(&inode->i_writecount, 0);
	inode->i_sb = sb;
	inode->i_blkbits = sb->s_blocksize_bits;
	inode->i_nlink = 1;
	inode->i_op = &empty_iops;
	inode->i_fop = &empty_fops;
	inode->i_data.host = inode;
	inode->i_data.a_ops = &empty_aops;
	inode->i_data.flags = 0; /* no AS_* bit of the inode that used this memory before */
	mapping_set_gfp_mask(&inode->i_data, GFP_HIGHUSER_MOVABLE);
	inode->i_mapping = &inode->i_data;
	inode->i_fsnotify_mask = 0;
	INIT_HLIST_HEAD(&inode->i_fsnotify_mark_entries);
}

static struct inode *alloc_inode(struct super_block *sb)
{
	struct inode *inode;

	if (sb->s_op->alloc_inode) {
		inode = sb->s_op->alloc_inode(sb);
	} else {
		inode = kmem_cache_alloc(inode_cachep, GFP_KERNEL);
		if (inode)
			inode_init_once(inode);
	}
	if (inode) {
		inode_init_always(sb, inode);
		atomic_inc(&nr_inodes);
	}
	return inode;
}

static void destroy_inode(struct inode *inode)
{
	BUG_ON(!list_empty(&inode->i_dentry));
	fsnotify_inode_delete(inode);
	atomic_dec(&nr_inodes);
	if (inode->i_sb->s_op->destroy_inode)
		inode->i_sb->s_op->destroy_inode(inode);
	else
		kmem_cache_free(inode_cachep, inode);
}

/**
 * new_inode - a new inode for a super block, with a fresh number
 * @sb: the super block
 *
 * Context: process context; may sleep.
 * Return: the inode (count 1, nlink 1) or NULL.
 */
struct inode *new_inode(struct super_block *sb)
{
	struct inode *inode = alloc_inode(sb);

	if (inode) {
		inode->i_ino = get_next_ino();
		spin_lock(&inode_lock);
		list_add(&inode->i_sb_list, &sb->s_inodes);
		spin_unlock(&inode_lock);
	}
	return inode;
}
EXPORT_SYMBOL(new_inode);

static struct inode *find_inode_fast(struct super_block *sb, struct hlist_head *head,
				     unsigned long ino)
{
	struct inode *inode;

	hlist_for_each_entry(inode, head, i_hash)
		if (inode->i_ino == ino && inode->i_sb == sb && !(inode->i_state & I_FREEING))
			return inode;
	return NULL;
}

/* __iget - one more reference (inode_lock held); an unused inode leaves the unused list */
static void __iget(struct inode *inode)
{
	if (atomic_inc_return(&inode->i_count) == 1)
		list_del_init(&inode->i_list);
}

/**
 * iget_locked - the inode numbered @ino of @sb: cached, or new and marked I_NEW
 * @sb: the super block
 * @ino: the inode number
 *
 * A new inode (I_NEW set) must be filled in by the caller, who then
 * calls unlock_new_inode().
 *
 * Context: process context; may sleep.
 * Return: the inode with a reference, or NULL when memory ran out.
 */
struct inode *iget_locked(struct super_block *sb, unsigned long ino)
{
	struct hlist_head *head = inode_hash(sb, ino);
	struct inode *inode, *old;

	spin_lock(&inode_lock);
	inode = find_inode_fast(sb, head, ino);
	if (inode)
		__iget(inode);
	spin_unlock(&inode_lock);
	if (inode)
		return inode;
	inode = alloc_inode(sb);
	if (!inode)
		return NULL;
	spin_lock(&inode_lock);
	old = find_inode_fast(sb, head, ino);
	if (old) {
		__iget(old);
		spin_unlock(&inode_lock);
		destroy_inode(inode);
		return old;
	}
	inode->i_ino = ino;
	inode->i_state = I_NEW;
	hlist_add_head(&inode->i_hash, head);
	list_add(&inode->i_sb_list, &sb->s_inodes);
	spin_unlock(&inode_lock);
	return inode;
}
EXPORT_SYMBOL(iget_locked);

/**
 * unlock_new_inode - a new inode from iget_locked() is ready
 * @inode: the inode
 *
 * Context: any.
 */
void unlock_new_inode(struct inode *inode)
{
	spin_lock(&inode_lock);
	inode->i_state &= ~I_NEW;
	spin_unlock(&inode_lock);
}
EXPORT_SYMBOL(unlock_new_inode);

/**
 * __insert_inode_hash - make an inode findable by iget_locked()
 * @inode: the inode
 * @hashval: its number
 *
 * Context: any.
 */
void __insert_inode_hash(struct inode *inode, unsigned long hashval)
{
	spin_lock(&inode_lock);
	hlist_add_head(&inode->i_hash, inode_hash(inode->i_sb, hashval));
	spin_unlock(&inode_lock);
}
EXPORT_SYMBOL(__insert_inode_hash);

/**
 * remove_inode_hash - take an inode out of the hash
 * @inode: the inode
 *
 * Context: any.
 */
void remove_inode_hash(struct inode *inode)
{
	spin_lock(&inode_lock);
	hlist_del_init(&inode->i_hash);
	spin_unlock(&inode_lock);
}
EXPORT_SYMBOL(remove_inode_hash);

/**
 * igrab - a reference to an inode, unless it is being freed
 * @inode: the inode
 *
 * Context: any.
 * Return: @inode, or NULL if it is on its way out.
 */
struct inode *igrab(struct inode *inode)
{
	spin_lock(&inode_lock);
	if (inode->i_state & (I_FREEING | I_CLEAR))
		inode = NULL;
	else
		__iget(inode);
	spin_unlock(&inode_lock);
	return inode;
}
EXPORT_SYMBOL(igrab);

/**
 * clear_inode - the last step before an inode is freed
 * @inode: the inode; its page cache must be empty
 *
 * Context: process context.
 */
void clear_inode(struct inode *inode)
{
	BUG_ON(inode->i_data.nrpages);
	BUG_ON(!(inode->i_state & I_FREEING));
	if (inode->i_sb->s_op->clear_inode)
		inode->i_sb->s_op->clear_inode(inode);
	if (S_ISCHR(inode->i_mode) && inode->i_cdev)
		cd_forget(inode);
	inode->i_state = I_CLEAR;
}
EXPORT_SYMBOL(clear_inode);

/* evict - truncate, clear and free an inode already taken off every list */
static void evict(struct inode *inode)
{
	const struct super_operations *op = inode->i_sb->s_op;

	if (op->delete_inode && !inode->i_nlink) {
		op->delete_inode(inode);
	} else {
		truncate_inode_pages(&inode->i_data, 0);
		clear_inode(inode);
	}
	destroy_inode(inode);
}

/**
 * generic_delete_inode - free an inode at its last reference
 * @inode: the inode (count 0)
 *
 * Its pages go back to the page allocator. ramfs uses this as its
 * drop_inode: a ramfs inode without a dentry has nothing to keep it.
 *
 * Context: process context; may sleep.
 */
void generic_delete_inode(struct inode *inode)
{
	spin_lock(&inode_lock);
	list_del_init(&inode->i_list);
	list_del_init(&inode->i_sb_list);
	hlist_del_init(&inode->i_hash);
	inode->i_state |= I_FREEING;
	spin_unlock(&inode_lock);
	evict(inode);
}
EXPORT_SYMBOL(generic_delete_inode);

/**
 * generic_drop_inode - the default drop_inode
 * @inode: the inode (count 0)
 *
 * An inode with no links, or not in the hash (nobody could find it
 * again), is deleted; a hashed one stays cached on the unused list.
 *
 * Context: process context; may sleep.
 */
void generic_drop_inode(struct inode *inode)
{
	if (!inode->i_nlink || hlist_unhashed(&inode->i_hash) ||
	    !(inode->i_sb->s_flags & MS_ACTIVE)) {
		generic_delete_inode(inode);
		return;
	}
	spin_lock(&inode_lock);
	list_add(&inode->i_list, &inode_unused);
	spin_unlock(&inode_lock);
}
EXPORT_SYMBOL(generic_drop_inode);

/**
 * iput - drop a reference to an inode
 * @inode: the inode (NULL is allowed)
 *
 * Context: process context; may sleep (the last reference may free it).
 */
void iput(struct inode *inode)
{
	if (!inode)
		return;
	BUG_ON(inode->i_state == I_CLEAR);
	if (!atomic_dec_and_test(&inode->i_count))
		return;
	if (inode->i_sb->s_op->drop_inode)
		inode->i_sb->s_op->drop_inode(inode);
	else
		generic_drop_inode(inode);
}
EXPORT_SYMBOL(iput);

/* a watched inode of @sb with a reference taken, or NULL */
static struct inode *next_watched_inode(struct super_block *sb)
{
	struct inode *inode;

	spin_lock(&inode_lock);
	list_for_each_entry(inode, &sb->s_inodes, i_sb_list) {
		if (!(inode->i_state & (I_FREEING | I_CLEAR | I_NEW)) &&
		    !hlist_empty(&inode->i_fsnotify_mark_entries)) {
			__iget(inode);
			spin_unlock(&inode_lock);
			return inode;
		}
	}
	spin_unlock(&inode_lock);
	return NULL;
}

/*
 * fsnotify_unmount_inodes - the file system goes: each watch on it hears
 * IN_UNMOUNT, then goes (IN_IGNORED) and lets go of its inode. 2.6.32 has
 * it in fs/notify/inode_mark.c, walking the list in one pass; Linnet's
 * inode_lock is this file's, so it is here, taking one inode at a time.
 */
static void fsnotify_unmount_inodes(struct super_block *sb)
{
	struct inode *inode;

	while ((inode = next_watched_inode(sb))) {
		fsnotify(inode, FS_UNMOUNT, inode, FSNOTIFY_EVENT_INODE, NULL, 0);
		fsnotify_inode_delete(inode);
		iput(inode);
	}
}

/**
 * invalidate_inodes - free a super block's unused inodes (unmount)
 * @sb: the super block
 *
 * Context: unmount; may sleep.
 * Return: how many inodes are still in use.
 */
int invalidate_inodes(struct super_block *sb)
{
	struct inode *inode;
	int busy;

	fsnotify_unmount_inodes(sb);
	for (;;) {
		struct inode *victim = NULL;

		busy = 0;
		spin_lock(&inode_lock);
		list_for_each_entry(inode, &sb->s_inodes, i_sb_list) {
			if (atomic_read(&inode->i_count)) {
				busy++;
				continue;
			}
			victim = inode;
			list_del_init(&inode->i_list);
			list_del_init(&inode->i_sb_list);
			hlist_del_init(&inode->i_hash);
			inode->i_state |= I_FREEING;
			break;
		}
		spin_unlock(&inode_lock);
		if (!victim)
			return busy;
		evict(victim);
	}
}
EXPORT_SYMBOL(invalidate_inodes);

/* An open of a block device or socket node: Linnet has neither (2.6.32: -ENXIO too) */
static int no_device_open(struct inode *inode, struct file *file)
{
	return -ENXIO;
}

static const struct file_operations no_device_fops = {
	.open = no_device_open,
};

/**
 * init_special_inode - set up a device node, FIFO or socket inode
 * @inode: the inode
 * @mode: its type and permissions
 * @rdev: the device number for a device node
 *
 * Context: any.
 */
void init_special_inode(struct inode *inode, umode_t mode, dev_t rdev)
{
	inode->i_mode = mode;
	if (S_ISCHR(mode)) {
		inode->i_fop = &def_chr_fops;
		inode->i_rdev = rdev;
	} else if (S_ISFIFO(mode)) {
		inode->i_fop = &def_fifo_fops;
	} else if (S_ISBLK(mode)) {
		inode->i_fop = &no_device_fops;
		inode->i_rdev = rdev;
	} else if (S_ISSOCK(mode)) {
		inode->i_fop = &no_device_fops;
	} else {
		printk(KERN_DEBUG "init_special_inode: bogus i_mode (%o) for inode %s:%lu\n", mode,
		       inode->i_sb->s_id, inode->i_ino);
	}
}
EXPORT_SYMBOL(init_special_inode);

/**
 * current_fs_time - the time to stamp on an inode
 * @sb: its super block
 *
 * Context: any.
 * Return: the time at the last tick.
 */
struct timespec current_fs_time(struct super_block *sb)
{
	return current_kernel_time();
}
EXPORT_SYMBOL(current_fs_time);

/**
 * touch_atime - note an access
 * @mnt: the mount it was reached through
 * @dentry: the dentry
 *
 * Context: process context.
 */
void touch_atime(struct vfsmount *mnt, struct dentry *dentry)
{
	struct inode *inode = dentry->d_inode;

	if (mnt && (mnt->mnt_flags & MNT_NOATIME))
		return;
	inode->i_atime = current_fs_time(inode->i_sb);
}
EXPORT_SYMBOL(touch_atime);

/**
 * file_update_time - note a write: the modification and change times
 * @file: the file written
 *
 * Context: process context.
 */
void file_update_time(struct file *file)
{
	struct inode *inode = file->f_path.dentry->d_inode;

	inode->i_mtime = inode->i_ctime = current_fs_time(inode->i_sb);
	mark_inode_dirty(inode);
}
EXPORT_SYMBOL(file_update_time);

/**
 * inode_init - create the inode cache and hash
 *
 * Context: boot (vfs_caches_init).
 */
void inode_init(void)
{
	unsigned int i;

	inode_cachep = kmem_cache_create("inode_cache", sizeof(struct inode), 0, SLAB_PANIC, NULL);
	for (i = 0; i < I_HASHSIZE; i++)
		INIT_HLIST_HEAD(&inode_hashtable[i]);
}
