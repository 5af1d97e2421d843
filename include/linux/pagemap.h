/*
 * pagemap.h - the page cache: a file's pages, found by their index.
 *
 * Page N of a file (bytes N*4096 .. N*4096+4095) lives in the file's
 * address_space at index N of its radix tree. A page in the cache holds
 * a reference for the cache (taken by add_to_page_cache) and says where
 * it belongs in page->mapping and page->index. PG_locked is held while
 * the page is being filled or written into; PG_uptodate says its bytes
 * are the file's; PG_dirty that they are newer than the backing store
 * (ramfs has none, so its pages are dirty for life and never reclaimed).
 * Linux 2.6.32's API. See mm/filemap.c and docs/files.md.
 */
#ifndef _LINUX_PAGEMAP_H
#define _LINUX_PAGEMAP_H

#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/highmem.h>

#define PAGE_CACHE_SHIFT PAGE_SHIFT
#define PAGE_CACHE_SIZE PAGE_SIZE
#define PAGE_CACHE_MASK PAGE_MASK

/* page_cache_get/page_cache_release - a reference on a page-cache page */
#define page_cache_get(page) get_page(page)
#define page_cache_release(page) put_page(page)

#define PAGECACHE_TAG_DIRTY 0
#define PAGECACHE_TAG_WRITEBACK 1

/*
 * An address_space's flags: its pages' gfp mask in the low
 * __GFP_BITS_SHIFT bits, and above them the AS_* bits, as 2.6.32's.
 * AS_UNEVICTABLE (ramfs sets it) keeps the pages off the evictable LRU
 * lists (mm/vmscan.c:page_evictable).
 */
enum mapping_flags {
	AS_EIO = __GFP_BITS_SHIFT + 0,
	AS_ENOSPC = __GFP_BITS_SHIFT + 1,
	AS_MM_ALL_LOCKS = __GFP_BITS_SHIFT + 2,
	AS_UNEVICTABLE = __GFP_BITS_SHIFT + 3,
};

static inline void mapping_set_unevictable(struct address_space *mapping)
{
	set_bit(AS_UNEVICTABLE, &mapping->flags);
}

static inline void mapping_clear_unevictable(struct address_space *mapping)
{
	clear_bit(AS_UNEVICTABLE, &mapping->flags);
}

/* mapping_unevictable - may @mapping's pages never be evicted? 0 for no mapping */
static inline int mapping_unevictable(struct address_space *mapping)
{
	return mapping ? test_bit(AS_UNEVICTABLE, &mapping->flags) : 0;
}

static inline gfp_t mapping_gfp_mask(struct address_space *mapping)
{
	return (gfp_t)mapping->flags & __GFP_BITS_MASK;
}

/* mapping_set_gfp_mask - set the gfp mask, keeping the AS_* bits (before the mapping is used) */
static inline void mapping_set_gfp_mask(struct address_space *m, gfp_t mask)
{
	m->flags = (m->flags & ~(unsigned long)__GFP_BITS_MASK) | (unsigned long)mask;
}

static inline struct page *__page_cache_alloc(gfp_t gfp)
{
	return alloc_pages(gfp, 0);
}

static inline struct page *page_cache_alloc(struct address_space *x)
{
	return __page_cache_alloc(mapping_gfp_mask(x));
}

static inline struct page *page_cache_alloc_cold(struct address_space *x)
{
	return __page_cache_alloc(mapping_gfp_mask(x));
}

/* trylock_page - take PG_locked if it is free; nonzero on success */
static inline int trylock_page(struct page *page)
{
	return !test_and_set_bit(PG_locked, &page->flags);
}

void __lock_page(struct page *page);
void unlock_page(struct page *page);
void wait_on_page_locked(struct page *page);

/* lock_page - take PG_locked, sleeping until it is free */
static inline void lock_page(struct page *page)
{
	might_sleep();
	if (!trylock_page(page))
		__lock_page(page);
}

struct page *find_get_page(struct address_space *mapping, pgoff_t offset);
struct page *find_lock_page(struct address_space *mapping, pgoff_t offset);
struct page *find_or_create_page(struct address_space *mapping, pgoff_t index, gfp_t gfp_mask);
unsigned find_get_pages(struct address_space *mapping, pgoff_t start, unsigned int nr_pages,
			struct page **pages);
struct page *grab_cache_page_write_begin(struct address_space *mapping, pgoff_t index,
					 unsigned flags);
typedef int filler_t(void *, struct page *);
struct page *read_cache_page(struct address_space *mapping, pgoff_t index, filler_t *filler,
			     void *data);

/* read_mapping_page - page @index, read with the mapping's readpage if not cached */
static inline struct page *read_mapping_page(struct address_space *mapping, pgoff_t index,
					     void *data)
{
	return read_cache_page(mapping, index, (filler_t *)mapping->a_ops->readpage, data);
}
int add_to_page_cache_locked(struct page *page, struct address_space *mapping, pgoff_t offset,
			     gfp_t gfp_mask);
int add_to_page_cache_lru(struct page *page, struct address_space *mapping, pgoff_t offset,
			  gfp_t gfp_mask);
void remove_from_page_cache(struct page *page);
void __remove_from_page_cache(struct page *page);
void truncate_inode_pages(struct address_space *mapping, loff_t lstart);
void truncate_inode_pages_range(struct address_space *mapping, loff_t lstart, loff_t lend);
int __set_page_dirty_no_writeback(struct page *page);
int set_page_dirty(struct page *page);
void page_cache_init(void);

static inline int add_to_page_cache(struct page *page, struct address_space *mapping,
				    pgoff_t offset, gfp_t gfp_mask)
{
	int error;

	__set_bit(PG_locked, &page->flags);
	error = add_to_page_cache_locked(page, mapping, offset, gfp_mask);
	if (unlikely(error))
		__clear_bit(PG_locked, &page->flags);
	return error;
}

/* page_offset - the byte offset in its file of a page-cache page */
static inline loff_t page_offset(struct page *page)
{
	return ((loff_t)page->index) << PAGE_CACHE_SHIFT;
}

#endif /* _LINUX_PAGEMAP_H */
