/*
 * dmapool.c - a kmalloc-like allocator of small blocks, on whole pages.
 *
 * A dma_pool hands out blocks of one size. It takes a page from the page
 * allocator (alloc_pages, mm/page_alloc.c), cuts it into blocks, and
 * keeps the free blocks of each page on a list threaded through the free
 * blocks themselves: the first word of a free block holds the offset of
 * the next free one, so the bookkeeping costs no memory beyond a small
 * struct dma_page per page. Allocation takes the head of the first page
 * that has a free block (a new page if none does); freeing pushes the
 * block back on its page's list, so the block freed last is the next
 * handed out (hot in the cache):
 *
 *     page:  [blk 0][blk 1][blk 2][blk 3] ...   offsets 0, 64, 128, 192
 *     free:  page->offset = 64 -> *(blk 1) = 192 -> *(blk 3) = 4096 (end)
 *
 * Blocks never straddle the pool's boundary (a device that cannot DMA
 * across a 4 KiB line asks for boundary 4096): a block that would cross
 * it is skipped, and the next one starts at the boundary.
 *
 * This is lab 1's reference solution (docs/labs/lab1-dmapool.md): the
 * LAB 1 regions are what `make lab-1` takes out. The design is 2.6.32's
 * mm/dmapool.c; Linnet differs in this: the pages come from
 * __get_free_pages() rather than dma_alloc_coherent() (i386 with no
 * IOMMU: the device address is the physical one, virt_to_phys), there
 * is no per-device list of pools and no sysfs "pools" file, and a pool's
 * size is rounded up to a multiple of its alignment as 2.6.32 does but
 * never below 4 bytes (the free list's word). Read docs/slab.md next:
 * the slab allocator is the general form of the same idea.
 */
#include <linux/kernel.h>
#include <linux/dmapool.h>
#include <linux/errno.h>
#include <linux/gfp.h>
#include <linux/list.h>
#include <linux/mm.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <asm/io.h>

/**
 * struct dma_pool - a pool of equal blocks
 * @page_list: the pool's pages (struct dma_page), oldest first
 * @lock: serialises the pool (process context only in Linnet)
 * @size: the size of a block, a multiple of its alignment
 * @allocation: the bytes of one pool page (a power of two, >= PAGE_SIZE)
 * @boundary: no block crosses a multiple of this
 * @name: for the warnings
 */
struct dma_pool {
	struct list_head page_list;
	struct mutex lock;
	size_t size;
	size_t allocation;
	size_t boundary;
	char name[32];
};

/**
 * struct dma_page - one page of a pool
 * @page_list: on the pool's page_list
 * @vaddr: the page's kernel address (char *: byte offsets are added to it)
 * @dma: the page's device (here: physical) address
 * @in_use: how many of its blocks are handed out
 * @offset: the first free block's offset; @allocation or more: none free
 */
struct dma_page {
	struct list_head page_list;
	char *vaddr;
	dma_addr_t dma;
	unsigned int in_use;
	unsigned int offset;
};

/* The buddy order of a pool page of @size bytes (2.6.32 uses get_order()) */
static unsigned int pool_order(size_t size)
{
	unsigned int order = 0;

	while ((PAGE_SIZE << order) < size)
		order++;
	return order;
}

/**
 * dma_pool_create - a pool of blocks for DMA
 * @name: the pool's name, for diagnostics
 * @dev: the device that will use the blocks (may be NULL)
 * @size: the size of each block
 * @align: their alignment, a power of two (0: 1)
 * @allocation: 0, or a boundary no block may cross (a power of two)
 *
 * Context: process context; may sleep.
 * Return: the pool, or NULL if an argument is invalid or memory is short.
 */
struct dma_pool *dma_pool_create(const char *name, struct device *dev, size_t size, size_t align,
				 size_t allocation)
{
	struct dma_pool *pool;

	if (align == 0)
		align = 1;
	else if (align & (align - 1))
		return NULL;
	if (size == 0)
		return NULL;
	if (size < sizeof(unsigned int))
		size = sizeof(unsigned int);
	size = ALIGN(size, align);
	if (allocation == 0)
		allocation = size > PAGE_SIZE ? size : PAGE_SIZE;
	else if (allocation < size || (allocation & (allocation - 1)))
		return NULL;
	pool = kmalloc(sizeof(*pool), GFP_KERNEL);
	if (!pool)
		return NULL;
	strlcpy(pool->name, name, sizeof(pool->name));
	INIT_LIST_HEAD(&pool->page_list);
	mutex_init(&pool->lock);
	pool->size = size;
	pool->boundary = allocation;
	pool->allocation = PAGE_SIZE << pool_order(allocation);
	return pool;
}

/*
 * Thread the free list through a new page: each block's first word is
 * the offset of the next block, skipping any that would cross a boundary.
 */
static void pool_initialise_page(struct dma_pool *pool, struct dma_page *page)
{
	/* LAB 1: BEGIN SOLUTION */
	unsigned int offset = 0;
	unsigned int next_boundary = pool->boundary;

	do {
		unsigned int next = offset + pool->size;

		if (unlikely(next + pool->size > next_boundary)) {
			next = next_boundary;
			next_boundary += pool->boundary;
		}
		*(unsigned int *)(page->vaddr + offset) = next;
		offset = next;
	} while (offset < pool->allocation);
	/* LAB 1: END SOLUTION */
}

static struct dma_page *pool_alloc_page(struct dma_pool *pool, gfp_t mem_flags)
{
	struct dma_page *page = kmalloc(sizeof(*page), mem_flags);

	if (!page)
		return NULL;
	page->vaddr = (char *)__get_free_pages(mem_flags, pool_order(pool->allocation));
	if (!page->vaddr) {
		kfree(page);
		return NULL;
	}
	page->dma = virt_to_phys(page->vaddr);
	page->in_use = 0;
	page->offset = 0;
	pool_initialise_page(pool, page);
	list_add_tail(&page->page_list, &pool->page_list);
	return page;
}

/**
 * dma_pool_alloc - a block from a pool
 * @pool: the pool
 * @mem_flags: GFP_KERNEL or GFP_ATOMIC, for a new page
 * @handle: set to the block's device address
 *
 * Context: process context; may sleep (the pool's mutex).
 * Return: the block's kernel address, or NULL when memory is short.
 */
void *dma_pool_alloc(struct dma_pool *pool, gfp_t mem_flags, dma_addr_t *handle)
{
	struct dma_page *page;
	void *retval = NULL;

	mutex_lock(&pool->lock);
	list_for_each_entry(page, &pool->page_list, page_list)
		if (page->offset < pool->allocation)
			goto ready;
	page = pool_alloc_page(pool, mem_flags);
	if (!page)
		goto done;
ready:
	/* LAB 1: BEGIN SOLUTION */
	page->in_use++;
	retval = page->vaddr + page->offset;
	page->offset = *(unsigned int *)retval;
	*handle = page->dma + ((char *)retval - page->vaddr);
	/* LAB 1: END SOLUTION */
done:
	mutex_unlock(&pool->lock);
	return retval;
}

static struct dma_page *pool_find_page(struct dma_pool *pool, dma_addr_t dma)
{
	struct dma_page *page;

	list_for_each_entry(page, &pool->page_list, page_list)
		if (dma >= page->dma && dma < page->dma + pool->allocation)
			return page;
	return NULL;
}

/**
 * dma_pool_free - give a block back to its pool
 * @pool: the pool it came from
 * @vaddr: its kernel address
 * @addr: its device address
 *
 * A block that is not the pool's, or whose two addresses disagree, is
 * reported and left alone, as 2.6.32 does.
 *
 * Context: process context; may sleep.
 */
void dma_pool_free(struct dma_pool *pool, void *vaddr, dma_addr_t addr)
{
	struct dma_page *page;

	mutex_lock(&pool->lock);
	page = pool_find_page(pool, addr);
	if (!page || (char *)vaddr != page->vaddr + (addr - page->dma)) {
		mutex_unlock(&pool->lock);
		printk(KERN_ERR "dma_pool_free %s, %p/%lx (bad %s)\n", pool->name, vaddr,
		       (unsigned long)addr, page ? "vaddr" : "dma");
		return;
	}
	/* LAB 1: BEGIN SOLUTION */
	page->in_use--;
	*(unsigned int *)vaddr = page->offset;
	page->offset = (char *)vaddr - page->vaddr;
	/* LAB 1: END SOLUTION */
	mutex_unlock(&pool->lock);
}

/**
 * dma_pool_destroy - free a pool and its pages
 * @pool: the pool; every block should have been freed
 *
 * A page with blocks still in use is reported and leaked, as in 2.6.32
 * (the device may still be writing to it).
 *
 * Context: process context; may sleep.
 */
void dma_pool_destroy(struct dma_pool *pool)
{
	struct dma_page *page, *tmp;

	list_for_each_entry_safe(page, tmp, &pool->page_list, page_list) {
		list_del(&page->page_list);
		if (page->in_use) {
			printk(KERN_ERR "dma_pool_destroy %s, %p busy\n", pool->name, page->vaddr);
		} else {
			free_pages((unsigned long)page->vaddr, pool_order(pool->allocation));
		}
		kfree(page);
	}
	kfree(pool);
}
