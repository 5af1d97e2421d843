/*
 * filemap.c - the page cache: files' pages in memory, and the generic
 * read and write paths through them.
 *
 * Each file's pages sit in its address_space's radix tree, indexed by
 * their offset in the file divided by PAGE_CACHE_SIZE. The cache holds
 * one reference on each page; a caller that finds a page
 * (find_get_page) holds another until page_cache_release(). PG_locked
 * keeps two tasks from filling or changing the same page at once; a task
 * that wants a locked page sleeps on a wait queue hashed from the page's
 * address until unlock_page() wakes it.
 *
 *   read():  do_generic_file_read: for each page of the range
 *              find_get_page -> (missing: allocate, add_to_page_cache_lru, ->readpage)
 *              -> copy to the caller (file_read_actor)
 *   write(): generic_perform_write: for each page of the range
 *              ->write_begin (find or add the page, locked) -> copy from the caller
 *              -> ->write_end (i_size, dirty, unlock)
 *
 * Memory running out is not an error of the file: a write that gets no
 * page stops there and returns the bytes written so far, or -ENOMEM if
 * none were, leaving the file as it is (2.6.32's answer for ramfs).
 *
 * Differences from 2.6.32: no read-ahead, no writeback (nothing Linnet
 * has is backed by a disk), no LRU reclaim (a new page goes on an LRU
 * list, mm/swap.c, but nothing scans the lists), and the tree is not
 * read under RCU. With CONFIG_DEBUG_PAGE_ORDER Linnet's page allocator
 * keeps a block's allocation order in page->index (mm/page_alloc.c), so
 * a page leaving the cache gets index 0 back here, the order it was
 * allocated with; its flags are cleared here too. A read past the end of a file
 * allocates no page (2.6.32 caches a zeroed page there). The pages in
 * the cache are counted in the zone counter NR_FILE_PAGES, as in 2.6.32:
 * meminfo's Cached.
 *
 * A file mapping (mmap, and exec's text and data) reaches the same pages:
 * generic_file_mmap() gives the vma generic_file_vm_ops, and a fault in it
 * asks filemap_fault() for the page at the faulting offset, which
 * mm/memory.c:__do_fault maps (or copies, for a write to MAP_PRIVATE).
 * Read next: mm/truncate.c, fs/libfs.c:simple_write_begin, docs/files.md.
 */
#include <linux/module.h>
#include <linux/pagemap.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/dcache.h>
#include <linux/aio.h>
#include <linux/uio.h>
#include <linux/mm.h>
#include <linux/highmem.h>
#include <linux/sched.h>
#include <linux/wait.h>
#include <linux/radix-tree.h>
#include <linux/swap.h>
#include <linux/vmstat.h>
#include <linux/uaccess.h>
#include <linux/spinlock.h>
#include <linux/kernel.h>
#include <asm/barrier.h>
#include <linux/err.h>

#define PAGE_WAIT_TABLE_BITS 4
#define PAGE_WAIT_TABLE_SIZE (1 << PAGE_WAIT_TABLE_BITS)

static wait_queue_head_t page_wait_table[PAGE_WAIT_TABLE_SIZE];

static wait_queue_head_t *page_waitqueue(struct page *page)
{
	return &page_wait_table[page_to_pfn(page) & (PAGE_WAIT_TABLE_SIZE - 1)];
}

/**
 * __lock_page - sleep until PG_locked is free, then take it
 * @page: the page
 *
 * Context: process context; sleeps uninterruptibly.
 */
void __lock_page(struct page *page)
{
	wait_queue_head_t *wq = page_waitqueue(page);
	DEFINE_WAIT(wait);

	for (;;) {
		prepare_to_wait(wq, &wait, TASK_UNINTERRUPTIBLE);
		if (trylock_page(page))
			break;
		schedule();
	}
	finish_wait(wq, &wait);
}
EXPORT_SYMBOL(__lock_page);

/**
 * unlock_page - release PG_locked and wake whoever waits for it
 * @page: the page, locked by the caller
 *
 * Context: any.
 */
void unlock_page(struct page *page)
{
	BUG_ON(!PageLocked(page));
	clear_bit(PG_locked, &page->flags);
	smp_mb();
	wake_up_all(page_waitqueue(page));
}
EXPORT_SYMBOL(unlock_page);

/**
 * wait_on_page_locked - sleep until a page is unlocked (without taking the lock)
 * @page: the page
 *
 * Context: process context; sleeps uninterruptibly.
 */
void wait_on_page_locked(struct page *page)
{
	wait_queue_head_t *wq = page_waitqueue(page);
	DEFINE_WAIT(wait);

	for (;;) {
		prepare_to_wait(wq, &wait, TASK_UNINTERRUPTIBLE);
		if (!PageLocked(page))
			break;
		schedule();
	}
	finish_wait(wq, &wait);
}
EXPORT_SYMBOL(wait_on_page_locked);

/**
 * add_to_page_cache_locked - insert a locked page into a file's page cache
 * @page: the page (PG_locked set)
 * @mapping: the file's address_space
 * @offset: its index in the file
 * @gfp_mask: how to allocate tree nodes
 *
 * The cache takes its own reference on the page.
 *
 * Context: process context; may sleep (tree nodes are preloaded).
 * Return: 0, -EEXIST (a page is already there), -ENOMEM.
 */
int add_to_page_cache_locked(struct page *page, struct address_space *mapping, pgoff_t offset,
			     gfp_t gfp_mask)
{
	unsigned long flags;
	int error;

	BUG_ON(!PageLocked(page));
	error = radix_tree_preload(gfp_mask & ~__GFP_HIGHMEM);
	if (error)
		return error;
	page_cache_get(page);
	page->mapping = mapping;
	page->index = offset;
	spin_lock_irqsave(&mapping->tree_lock, flags);
	error = radix_tree_insert(&mapping->page_tree, offset, page);
	if (!error) {
		mapping->nrpages++;
		__inc_zone_page_state(page, NR_FILE_PAGES);
	}
	spin_unlock_irqrestore(&mapping->tree_lock, flags);
	radix_tree_preload_end();
	if (error) {
		page->mapping = NULL;
		page->index = 0;
		page_cache_release(page);
	}
	return error;
}
EXPORT_SYMBOL(add_to_page_cache_locked);

/**
 * add_to_page_cache_lru - add_to_page_cache() and put the page on the LRU list
 * @page: the page (not locked; it is returned locked on success)
 * @mapping: the file's address_space
 * @offset: its index
 * @gfp_mask: how to allocate tree nodes
 *
 * Context: process context; may sleep.
 * Return: 0, -EEXIST, -ENOMEM.
 */
int add_to_page_cache_lru(struct page *page, struct address_space *mapping, pgoff_t offset,
			  gfp_t gfp_mask)
{
	int ret = add_to_page_cache(page, mapping, offset, gfp_mask);

	if (ret == 0)
		lru_cache_add_file(page);
	return ret;
}
EXPORT_SYMBOL(add_to_page_cache_lru);

/**
 * __remove_from_page_cache - take a page out of its file's cache (tree_lock held)
 * @page: the page, locked
 *
 * The cache's reference is not dropped here: the caller does that.
 *
 * Context: tree_lock held, interrupts off.
 */
void __remove_from_page_cache(struct page *page)
{
	struct address_space *mapping = page->mapping;

	radix_tree_delete(&mapping->page_tree, page->index);
	page->mapping = NULL;
	page->index = 0;
	mapping->nrpages--;
	__dec_zone_page_state(page, NR_FILE_PAGES);
	ClearPageDirty(page);
	ClearPageUptodate(page);
	ClearPageReferenced(page);
	ClearPageError(page);
}

/**
 * remove_from_page_cache - take a locked page out of its file's cache
 * @page: the page
 *
 * Context: process context.
 */
void remove_from_page_cache(struct page *page)
{
	struct address_space *mapping = page->mapping;
	unsigned long flags;

	BUG_ON(!PageLocked(page));
	spin_lock_irqsave(&mapping->tree_lock, flags);
	__remove_from_page_cache(page);
	spin_unlock_irqrestore(&mapping->tree_lock, flags);
	lru_cache_del(page);
}
EXPORT_SYMBOL(remove_from_page_cache);

/**
 * find_get_page - the cached page at an index, with a reference
 * @mapping: the file's address_space
 * @offset: the index
 *
 * Context: any.
 * Return: the page (page_cache_release() it), or NULL.
 */
struct page *find_get_page(struct address_space *mapping, pgoff_t offset)
{
	unsigned long flags;
	struct page *page;

	spin_lock_irqsave(&mapping->tree_lock, flags);
	page = radix_tree_lookup(&mapping->page_tree, offset);
	if (page)
		page_cache_get(page);
	spin_unlock_irqrestore(&mapping->tree_lock, flags);
	return page;
}
EXPORT_SYMBOL(find_get_page);

/**
 * find_lock_page - the cached page at an index, locked, with a reference
 * @mapping: the file's address_space
 * @offset: the index
 *
 * Context: process context; may sleep.
 * Return: the page, or NULL.
 */
struct page *find_lock_page(struct address_space *mapping, pgoff_t offset)
{
	struct page *page;

	for (;;) {
		page = find_get_page(mapping, offset);
		if (!page)
			return NULL;
		lock_page(page);
		if (page->mapping == mapping && page->index == offset)
			return page;
		unlock_page(page); /* truncated while we slept */
		page_cache_release(page);
	}
}
EXPORT_SYMBOL(find_lock_page);

/* Allocate a page and add it at @index; -EEXIST means someone was quicker */
static struct page *add_new_page(struct address_space *mapping, pgoff_t index, gfp_t gfp_mask,
				 int *error)
{
	struct page *page = __page_cache_alloc(gfp_mask);

	*error = -ENOMEM;
	if (!page)
		return NULL;
	*error = add_to_page_cache_lru(page, mapping, index, GFP_KERNEL);
	if (*error) {
		page_cache_release(page);
		return NULL;
	}
	return page;
}

/**
 * find_or_create_page - the page at an index, locked; a new one if none is cached
 * @mapping: the file's address_space
 * @index: the index
 * @gfp_mask: how to allocate a new page
 *
 * Context: process context; may sleep.
 * Return: the locked page with a reference, or NULL when memory ran out.
 */
struct page *find_or_create_page(struct address_space *mapping, pgoff_t index, gfp_t gfp_mask)
{
	struct page *page;
	int err;

	do {
		page = find_lock_page(mapping, index);
		if (page)
			return page;
		page = add_new_page(mapping, index, gfp_mask, &err);
	} while (!page && err == -EEXIST);
	return page;
}
EXPORT_SYMBOL(find_or_create_page);

/**
 * grab_cache_page_write_begin - the locked page a write goes into
 * @mapping: the file's address_space
 * @index: the index
 * @flags: AOP_FLAG_*
 *
 * Context: process context; may sleep.
 * Return: the locked page with a reference, or NULL when memory ran out.
 */
struct page *grab_cache_page_write_begin(struct address_space *mapping, pgoff_t index,
					 unsigned flags)
{
	return find_or_create_page(mapping, index, mapping_gfp_mask(mapping));
}
EXPORT_SYMBOL(grab_cache_page_write_begin);

/**
 * find_get_pages - up to @nr_pages cached pages from an index on, with references
 * @mapping: the file's address_space
 * @start: the first index
 * @nr_pages: the most to return
 * @pages: filled in, in index order
 *
 * Context: any.
 * Return: how many pages were found.
 */
unsigned find_get_pages(struct address_space *mapping, pgoff_t start, unsigned int nr_pages,
			struct page **pages)
{
	unsigned long flags;
	unsigned int i, ret;

	spin_lock_irqsave(&mapping->tree_lock, flags);
	ret = radix_tree_gang_lookup(&mapping->page_tree, (void **)pages, start, nr_pages);
	for (i = 0; i < ret; i++)
		page_cache_get(pages[i]);
	spin_unlock_irqrestore(&mapping->tree_lock, flags);
	return ret;
}
EXPORT_SYMBOL(find_get_pages);

/* Wait for a page that was being filled; -EIO if filling failed */
static int wait_uptodate(struct page *page)
{
	wait_on_page_locked(page);
	return PageUptodate(page) ? 0 : -EIO;
}

/**
 * read_cache_page - the page at an index, uptodate, reading it with @filler if needed
 * @mapping: the file's address_space
 * @index: the index
 * @filler: fills a locked page and unlocks it (usually a_ops->readpage)
 * @data: its first argument
 *
 * Context: process context; may sleep.
 * Return: the page with a reference, or an ERR_PTR.
 */
struct page *read_cache_page(struct address_space *mapping, pgoff_t index, filler_t *filler,
			     void *data)
{
	struct page *page;
	int err;

	for (;;) {
		page = find_get_page(mapping, index);
		if (!page) {
			page = add_new_page(mapping, index, mapping_gfp_mask(mapping), &err);
			if (!page && err == -EEXIST)
				continue;
			if (!page)
				return ERR_PTR(err);
			break;
		}
		if (PageUptodate(page))
			return page;
		lock_page(page);
		if (!page->mapping) {
			unlock_page(page);
			page_cache_release(page);
			continue;
		}
		if (PageUptodate(page)) {
			unlock_page(page);
			return page;
		}
		break;
	}
	err = filler(data, page);
	if (!err)
		err = wait_uptodate(page);
	if (err) {
		page_cache_release(page);
		return ERR_PTR(err);
	}
	return page;
}
EXPORT_SYMBOL(read_cache_page);

/**
 * __set_page_dirty_no_writeback - set_page_dirty of a mapping that never writes back
 * @page: the page
 *
 * Context: any.
 * Return: 1 if the page was clean before.
 */
int __set_page_dirty_no_writeback(struct page *page)
{
	return !test_and_set_bit(PG_dirty, &page->flags);
}

/**
 * set_page_dirty - mark a page's data newer than its backing store
 * @page: the page
 *
 * Context: any.
 * Return: 1 if the page was clean before.
 */
int set_page_dirty(struct page *page)
{
	struct address_space *mapping = page->mapping;

	if (mapping && mapping->a_ops->set_page_dirty)
		return mapping->a_ops->set_page_dirty(page);
	return !test_and_set_bit(PG_dirty, &page->flags);
}

/**
 * file_read_actor - copy a piece of a page to the reader's buffer
 * @desc: the read in progress
 * @page: the page
 * @offset: where in the page
 * @size: how many bytes are available there
 *
 * Context: process context; may sleep.
 * Return: the bytes copied (fewer on a fault, with desc->error -EFAULT).
 */
int file_read_actor(read_descriptor_t *desc, struct page *page, unsigned long offset,
		    unsigned long size)
{
	unsigned long left, count = desc->count;
	char *kaddr;

	if (size > count)
		size = count;
	kaddr = kmap(page);
	left = copy_to_user(desc->arg.buf, kaddr + offset, size);
	kunmap(page);
	if (left) {
		size -= left;
		desc->error = -EFAULT;
	}
	desc->count = count - size;
	desc->written += size;
	desc->arg.buf += size;
	return size;
}

/* page_ready - make a found page uptodate; 1: use it, 0: it was truncated, retry */
static int page_ready(struct file *filp, struct page *page, int *error)
{
	struct address_space *mapping = page->mapping;

	if (PageUptodate(page))
		return 1;
	lock_page(page);
	if (!page->mapping) {
		unlock_page(page);
		return 0;
	}
	if (PageUptodate(page)) {
		unlock_page(page);
		return 1;
	}
	*error = mapping->a_ops->readpage(filp, page);
	if (!*error)
		*error = wait_uptodate(page);
	return 1;
}

/* bytes_in_page - how much of page @index lies before the end of the file from @offset */
static unsigned long bytes_in_page(struct inode *inode, pgoff_t index, unsigned long offset)
{
	loff_t isize = i_size_read(inode);
	unsigned long nr = PAGE_CACHE_SIZE;
	pgoff_t end_index;

	if (!isize)
		return 0;
	end_index = (isize - 1) >> PAGE_CACHE_SHIFT;
	if (index > end_index)
		return 0;
	if (index == end_index)
		nr = ((isize - 1) & ~PAGE_CACHE_MASK) + 1;
	return nr > offset ? nr - offset : 0;
}

/*
 * do_generic_file_read - the page-cache read loop: find (or read) each
 * page of the range and hand the part before i_size to @actor.
 */
static void do_generic_file_read(struct file *filp, loff_t *ppos, read_descriptor_t *desc,
				 read_actor_t actor)
{
	struct address_space *mapping = filp->f_mapping;
	struct inode *inode = mapping->host;
	pgoff_t index = *ppos >> PAGE_CACHE_SHIFT;
	unsigned long offset = *ppos & ~PAGE_CACHE_MASK, nr, ret;
	struct page *page;
	int error = 0;

	while (desc->count && bytes_in_page(inode, index, offset)) {
		cond_resched();
		page = find_get_page(mapping, index);
		if (!page) {
			page = add_new_page(mapping, index, mapping_gfp_mask(mapping), &error);
			if (!page && error == -EEXIST)
				continue;
			if (!page)
				break;
			error = mapping->a_ops->readpage(filp, page);
			if (!error)
				error = wait_uptodate(page);
		} else if (!page_ready(filp, page, &error)) {
			page_cache_release(page);
			continue;
		}
		nr = error ? 0 : bytes_in_page(inode, index, offset);
		if (!nr) {
			page_cache_release(page);
			break;
		}
		SetPageReferenced(page);
		ret = actor(desc, page, offset, nr);
		offset += ret;
		index += offset >> PAGE_CACHE_SHIFT;
		offset &= ~PAGE_CACHE_MASK;
		page_cache_release(page);
		if (ret != nr)
			break;
	}
	if (error && !desc->error)
		desc->error = error;
	*ppos = ((loff_t)index << PAGE_CACHE_SHIFT) + offset;
	touch_atime(filp->f_path.mnt, filp->f_path.dentry);
}

/**
 * generic_file_aio_read - read(2) for a file whose data is in the page cache
 * @iocb: the request (its ki_pos is the position, advanced)
 * @iov: the caller's buffers
 * @nr_segs: how many
 * @pos: the position
 *
 * Context: process context; may sleep.
 * Return: the bytes read, or the first error if none were.
 */
ssize_t generic_file_aio_read(struct kiocb *iocb, const struct iovec *iov, unsigned long nr_segs,
			      loff_t pos)
{
	struct file *filp = iocb->ki_filp;
	ssize_t retval = 0;
	unsigned long seg;

	for (seg = 0; seg < nr_segs; seg++) {
		read_descriptor_t desc;

		desc.written = 0;
		desc.arg.buf = iov[seg].iov_base;
		desc.count = iov[seg].iov_len;
		desc.error = 0;
		if (!desc.count)
			continue;
		do_generic_file_read(filp, &iocb->ki_pos, &desc, file_read_actor);
		retval += desc.written;
		if (desc.error) {
			retval = retval ?: desc.error;
			break;
		}
		if (desc.count > 0)
			break;
	}
	return retval;
}
EXPORT_SYMBOL(generic_file_aio_read);

/**
 * generic_write_checks - fix up the position and count of a write
 * @file: the file
 * @pos: the position (the end of the file for O_APPEND)
 * @count: the bytes (cut at the file system's size limit)
 * @isblk: a block device (none in Linnet)
 *
 * Context: process context, i_mutex held.
 * Return: 0, -EINVAL (negative position), -EFBIG (at the limit).
 */
int generic_write_checks(struct file *file, loff_t *pos, size_t *count, int isblk)
{
	struct inode *inode = file->f_mapping->host;
	loff_t maxbytes = inode->i_sb->s_maxbytes;

	if (file->f_flags & O_APPEND)
		*pos = i_size_read(inode);
	if (*pos < 0)
		return -EINVAL;
	if (!(file->f_flags & O_LARGEFILE) && maxbytes > MAX_NON_LFS)
		maxbytes = MAX_NON_LFS;
	if (*pos >= maxbytes) {
		if (*count || *pos > maxbytes)
			return -EFBIG;
		return 0;
	}
	if (*pos + *count > maxbytes)
		*count = maxbytes - *pos;
	return 0;
}
EXPORT_SYMBOL(generic_write_checks);

/**
 * file_remove_suid - drop set-user-ID (and group-executable set-group-ID) on write
 * @file: the file being written
 *
 * A write by someone without CAP_FSETID to a set-id program turns the
 * set-id bits off, so that nobody can plant code that will run with the
 * owner's rights. As 2.6.32's should_remove_suid + __remove_suid.
 *
 * Context: process context, the inode's i_mutex held.
 * Return: 0 or notify_change()'s error.
 */
int file_remove_suid(struct file *file)
{
	struct dentry *dentry = file->f_path.dentry;
	umode_t mode = dentry->d_inode->i_mode;
	umode_t kill = mode & S_ISUID;
	struct iattr newattrs;

	if ((mode & S_ISGID) && (mode & S_IXGRP))
		kill |= S_ISGID;
	if (!kill || !S_ISREG(mode) || capable(CAP_FSETID))
		return 0;
	newattrs.ia_valid = ATTR_FORCE | ATTR_MODE;
	newattrs.ia_mode = mode & ~kill;
	return notify_change(dentry, &newattrs);
}
EXPORT_SYMBOL(file_remove_suid);

/* Write one segment, page by page; the bytes written, or an error if none were */
static ssize_t perform_write_seg(struct file *file, const char __user *buf, size_t len, loff_t pos)
{
	struct address_space *mapping = file->f_mapping;
	const struct address_space_operations *a_ops = mapping->a_ops;
	ssize_t written = 0;
	long status = 0;

	while (len) {
		unsigned long offset = pos & (PAGE_CACHE_SIZE - 1);
		unsigned long bytes = min_t(unsigned long, PAGE_CACHE_SIZE - offset, len);
		unsigned long copied;
		void *fsdata = NULL;
		struct page *page;
		char *kaddr;

		status = a_ops->write_begin(file, mapping, pos, bytes, 0, &page, &fsdata);
		if (status)
			break;
		kaddr = kmap(page);
		copied = bytes - copy_from_user(kaddr + offset, buf, bytes);
		kunmap(page);
		status = a_ops->write_end(file, mapping, pos, bytes, copied, page, fsdata);
		if (status < 0)
			break;
		if (!status) {
			status = -EFAULT;
			break;
		}
		pos += status;
		buf += status;
		len -= status;
		written += status;
		cond_resched();
	}
	return written ? written : status;
}

/**
 * generic_file_aio_write - write(2) for a file whose data is in the page cache
 * @iocb: the request (ki_pos advanced)
 * @iov: the caller's buffers
 * @nr_segs: how many
 * @pos: the position
 *
 * When memory runs out part-way, the bytes already written stay and
 * their count is returned; with none written the answer is -ENOMEM.
 *
 * Context: process context; may sleep; takes the inode's i_mutex.
 * Return: the bytes written, or -EFBIG, -EINVAL, -ENOMEM, -EFAULT.
 */
ssize_t generic_file_aio_write(struct kiocb *iocb, const struct iovec *iov, unsigned long nr_segs,
			       loff_t pos)
{
	struct file *file = iocb->ki_filp;
	struct inode *inode = file->f_mapping->host;
	size_t count = iov_length(iov, nr_segs);
	ssize_t written = 0, status = 0;
	unsigned long seg;

	mutex_lock(&inode->i_mutex);
	status = generic_write_checks(file, &pos, &count, 0);
	if (status || !count)
		goto out;
	file_remove_suid(file);
	file_update_time(file);
	for (seg = 0; seg < nr_segs && count; seg++) {
		size_t len = min(iov[seg].iov_len, count);

		status = perform_write_seg(file, iov[seg].iov_base, len, pos);
		if (status <= 0)
			break;
		written += status;
		pos += status;
		count -= status;
		if ((size_t)status < len)
			break;
	}
	if (written) /* a write that wrote nothing leaves the position, even O_APPEND's */
		iocb->ki_pos = pos;
out:
	mutex_unlock(&inode->i_mutex);
	return written ? written : status;
}
EXPORT_SYMBOL(generic_file_aio_write);

/* Read page @offset of @file into the cache (2.6.32's page_cache_read) */
static int page_cache_read(struct file *file, pgoff_t offset)
{
	struct address_space *mapping = file->f_mapping;
	struct page *page;
	int error;

	page = add_new_page(mapping, offset, mapping_gfp_mask(mapping), &error);
	if (!page)
		return error == -EEXIST ? 0 : error;
	error = mapping->a_ops->readpage(file, page);
	page_cache_release(page);
	return error;
}

/* Is page @pgoff wholly past the end of @inode's data? */
static bool fault_past_eof(struct inode *inode, pgoff_t pgoff)
{
	return pgoff >= (i_size_read(inode) + PAGE_CACHE_SIZE - 1) >> PAGE_CACHE_SHIFT;
}

/* Bring a cached page that is not uptodate up to date; 0 or a -errno */
static int fault_readpage(struct file *file, struct page *page)
{
	int error;

	ClearPageError(page);
	error = file->f_mapping->a_ops->readpage(file, page); /* unlocks the page */
	if (!error)
		error = wait_uptodate(page);
	page_cache_release(page);
	return error;
}

/**
 * filemap_fault - find the page a fault in a file mapping needs
 * @vma: the vma (vm_file is the file)
 * @vmf: the fault: @vmf->pgoff is the page's offset in the file
 *
 * The page comes from the page cache, read in with ->readpage if it is
 * not there (a major fault). A page wholly past the end of the file is
 * SIGBUS, checked again under the page lock because truncate may have
 * moved the end meanwhile. The rest of the last page past i_size is
 * zeroes, so a mapping sees nothing of what lies beyond the file.
 * Linux 2.6.32 also reads ahead around the fault; Linnet's only
 * file system keeps every page in memory, so there is nothing to read.
 *
 * Context: process context, mmap_sem held for reading; may sleep.
 * Return: VM_FAULT_LOCKED (with VM_FAULT_MAJOR if the page was read)
 * and @vmf->page locked with a reference, or VM_FAULT_SIGBUS,
 * VM_FAULT_OOM.
 */
int filemap_fault(struct vm_area_struct *vma, struct vm_fault *vmf)
{
	struct file *file = vma->vm_file;
	struct address_space *mapping = file->f_mapping;
	struct inode *inode = mapping->host;
	struct page *page;
	int error, ret = 0;

	for (;;) {
		if (fault_past_eof(inode, vmf->pgoff))
			return VM_FAULT_SIGBUS;
		page = find_get_page(mapping, vmf->pgoff);
		if (!page) {
			ret = VM_FAULT_MAJOR;
			error = page_cache_read(file, vmf->pgoff);
			if (error)
				return error == -ENOMEM ? VM_FAULT_OOM : VM_FAULT_SIGBUS;
			continue;
		}
		lock_page(page);
		if (page->mapping != mapping) { /* truncated while we slept */
			unlock_page(page);
			page_cache_release(page);
			continue;
		}
		if (!PageUptodate(page)) {
			if (fault_readpage(file, page))
				return VM_FAULT_SIGBUS;
			continue;
		}
		break;
	}
	if (fault_past_eof(inode, vmf->pgoff)) {
		unlock_page(page);
		page_cache_release(page);
		return VM_FAULT_SIGBUS;
	}
	vmf->page = page;
	return ret | VM_FAULT_LOCKED;
}
EXPORT_SYMBOL(filemap_fault);

static const struct vm_operations_struct generic_file_vm_ops = {
	.fault = filemap_fault,
};

/**
 * generic_file_mmap - the ->mmap of a file whose data is in the page cache
 * @file: the open file
 * @vma: the new vma mapping it
 *
 * Nothing is mapped yet: the vma only learns that its faults go to
 * filemap_fault(). Reading the file through a mapping is an access
 * (atime), as for read().
 *
 * Context: mmap_sem held for writing.
 * Return: 0, or -ENOEXEC if the file's pages cannot be read in.
 */
int generic_file_mmap(struct file *file, struct vm_area_struct *vma)
{
	if (!file->f_mapping->a_ops->readpage)
		return -ENOEXEC;
	touch_atime(file->f_path.mnt, file->f_path.dentry);
	vma->vm_ops = &generic_file_vm_ops;
	return 0;
}
EXPORT_SYMBOL(generic_file_mmap);

/**
 * generic_file_readonly_mmap - generic_file_mmap for a file that cannot be written back
 * @file: the open file
 * @vma: the new vma
 *
 * Context: mmap_sem held for writing.
 * Return: 0, -EINVAL for a shared mapping that could become writable,
 * or as generic_file_mmap().
 */
int generic_file_readonly_mmap(struct file *file, struct vm_area_struct *vma)
{
	if ((vma->vm_flags & VM_SHARED) && (vma->vm_flags & VM_MAYWRITE))
		return -EINVAL;
	return generic_file_mmap(file, vma);
}
EXPORT_SYMBOL(generic_file_readonly_mmap);

/**
 * page_cache_init - the page lock wait queues
 *
 * Context: boot (vfs_caches_init).
 */
void page_cache_init(void)
{
	int i;

	for (i = 0; i < PAGE_WAIT_TABLE_SIZE; i++)
		init_waitqueue_head(&page_wait_table[i]);
}

/**
 * sys_readahead - read part of a file into the page cache ahead of use (system call 225)
 * @fd: the descriptor, open for reading
 * @offset: where to start (two registers on i386, low half first)
 * @count: how many bytes
 *
 * 2.6.32 reads the pages in (force_page_cache_readahead). Linnet's files
 * with pages are ramfs, all in memory already, so it checks as 2.6.32
 * does and reads nothing: the one difference is that 2.6.32 fills a
 * ramfs file's holes with zero pages.
 *
 * Context: process context (system call).
 * Return: 0, -EBADF (bad descriptor, or not open for reading), -EINVAL
 * (a file whose pages cannot be read into the page cache: a pipe).
 */
asmlinkage long sys_readahead(int fd, loff_t offset, size_t count)
{
	int fput_needed;
	struct file *file = fget_light(fd, &fput_needed);
	struct address_space *mapping;
	long ret = -EBADF;

	(void)offset;
	(void)count;
	if (!file)
		return ret;
	if (file->f_mode & FMODE_READ) {
		mapping = file->f_mapping;
		ret = mapping && mapping->a_ops && mapping->a_ops->readpage ? 0 : -EINVAL;
	}
	fput_light(file, fput_needed);
	return ret;
}
