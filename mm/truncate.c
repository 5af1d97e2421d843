/*
 * truncate.c - taking pages out of the page cache when a file shrinks
 * or goes away.
 *
 * truncate_inode_pages() walks the cache from the first page wholly past
 * the new end, in batches found by a gang lookup; each page is locked
 * (so nobody is filling it), taken out of the tree and released. The
 * page that straddles the new end stays, with the bytes past the end
 * zeroed, so that growing the file again reads zeroes there.
 *
 *   size 10000 -> 5000:  pages 2.. removed; page 1 zeroed from byte 904 on
 *
 * Linux 2.6.32's functions, without writeback to wait for. A shrinking
 * vmtruncate() first unmaps the pages past the new end from every process
 * that maps the file (mm/memory.c:unmap_mapping_range), so that touching
 * them there is SIGBUS, as on a fresh mapping. vmtruncate()
 * is here rather than in mm/memory.c because it is all page cache in
 * Linnet. Read next: mm/filemap.c, docs/files.md.
 */
#include <linux/module.h>
#include <linux/pagemap.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/highmem.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/kernel.h>

#define TRUNCATE_BATCH 16

/* truncate_partial_page - zero a page from @partial to its end */
static void truncate_partial_page(struct page *page, unsigned int partial)
{
	char *kaddr = kmap_atomic(page, KM_USER0);

	memset(kaddr + partial, 0, PAGE_CACHE_SIZE - partial);
	kunmap_atomic(kaddr, KM_USER0);
}

/* truncate_complete_page - take a locked page out of @mapping and drop the cache's reference */
static void truncate_complete_page(struct address_space *mapping, struct page *page)
{
	if (page->mapping != mapping)
		return;
	remove_from_page_cache(page);
	page_cache_release(page);
}

/**
 * truncate_inode_pages_range - remove the cached pages of a byte range
 * @mapping: the file's address_space
 * @lstart: the first byte to remove (a partial first page is zeroed, not removed)
 * @lend: the last byte, or -1 for the end of the file
 *
 * Context: process context; may sleep.
 */
void truncate_inode_pages_range(struct address_space *mapping, loff_t lstart, loff_t lend)
{
	pgoff_t start = (lstart + PAGE_CACHE_SIZE - 1) >> PAGE_CACHE_SHIFT;
	pgoff_t end = lend < 0 ? ~0UL : (pgoff_t)(lend >> PAGE_CACHE_SHIFT);
	unsigned int partial = lstart & (PAGE_CACHE_SIZE - 1);
	struct page *pages[TRUNCATE_BATCH];
	pgoff_t next = start;
	unsigned int i, n;

	while (mapping->nrpages && next <= end &&
	       (n = find_get_pages(mapping, next, TRUNCATE_BATCH, pages))) {
		for (i = 0; i < n; i++) {
			struct page *page = pages[i];

			if (page->index > end) {
				next = ~0UL;
				page_cache_release(page);
				continue;
			}
			next = page->index + 1;
			lock_page(page);
			truncate_complete_page(mapping, page);
			unlock_page(page);
			page_cache_release(page);
		}
		if (!next)
			break;
		cond_resched();
	}
	if (partial && start > 0) {
		struct page *page = find_lock_page(mapping, start - 1);

		if (page) {
			truncate_partial_page(page, partial);
			unlock_page(page);
			page_cache_release(page);
		}
	}
}
EXPORT_SYMBOL(truncate_inode_pages_range);

/**
 * truncate_inode_pages - remove the cached pages from a byte offset to the end
 * @mapping: the file's address_space
 * @lstart: the offset
 *
 * Context: process context; may sleep.
 */
void truncate_inode_pages(struct address_space *mapping, loff_t lstart)
{
	truncate_inode_pages_range(mapping, lstart, (loff_t)-1);
}
EXPORT_SYMBOL(truncate_inode_pages);

/**
 * vmtruncate - change a file's size and drop the page cache past the new end
 * @inode: the inode
 * @offset: the new size
 *
 * Context: process context, i_mutex held; may sleep.
 * Return: 0 or -EFBIG (past the file system's limit).
 */
int vmtruncate(struct inode *inode, loff_t offset)
{
	loff_t oldsize = i_size_read(inode);

	if (offset > inode->i_sb->s_maxbytes)
		return -EFBIG;
	i_size_write(inode, offset);
	if (offset < oldsize) /* mappings of the pages past the end go first */
		unmap_mapping_range(inode->i_mapping, offset + PAGE_SIZE - 1, 0, 1);
	truncate_inode_pages(inode->i_mapping, offset);
	if (offset < oldsize) /* and again, for a fault that raced with the first */
		unmap_mapping_range(inode->i_mapping, offset + PAGE_SIZE - 1, 0, 1);
	if (inode->i_op->truncate)
		inode->i_op->truncate(inode);
	return 0;
}
EXPORT_SYMBOL(vmtruncate);
