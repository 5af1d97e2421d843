/*
 * slab_common.c - kmalloc(): memory of any size, from caches of fixed sizes.
 *
 * kmalloc() rounds a request up to a size class and allocates from that
 * class's cache: "size-8" ... "size-8192", with 96 and 192 between the
 * powers of two because many structures land just above 64 and 128. A
 * GFP_DMA request uses the twin cache "size-N(DMA)", whose slabs come
 * from ZONE_DMA. Larger requests go straight to the page allocator as a
 * compound page, up to the largest buddy block (4 MiB):
 *
 *   size:   1..8  ..16  ..32  ..64  ..96  ..128  ..192  ..256  ... ..8192  ..4M
 *   cache:  size-8 -16   -32   -64   -96   -128   -192   -256  ... -8192  pages
 *
 * The class of a small size is a table lookup (size_index, one entry per
 * 8 bytes up to 192), of a larger one the position of its highest bit.
 * kfree() needs no size: the page of the address says whether it is a
 * slab page (and which cache) or the head of a large allocation. This
 * file also prints the slabinfo view. See docs/slab.md.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/hardirq.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/slab_def.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include "slab.h"

/**
 * malloc_sizes - the kmalloc size classes, with their caches
 *
 * Filled in by kmalloc_caches_init(); the last entry has cs_size 0.
 */
struct cache_sizes malloc_sizes[] = {
	{ .cs_size = 8 },    { .cs_size = 16 },	  { .cs_size = 32 },   { .cs_size = 64 },
	{ .cs_size = 96 },   { .cs_size = 128 },  { .cs_size = 192 },  { .cs_size = 256 },
	{ .cs_size = 512 },  { .cs_size = 1024 }, { .cs_size = 2048 }, { .cs_size = 4096 },
	{ .cs_size = 8192 }, { .cs_size = 0 },
};

/* The size classes' names, as slabinfo shows them */
static const struct cache_names {
	const char *name;
	const char *name_dma;
} cache_names[] = {
	{ "size-8", "size-8(DMA)" },	   { "size-16", "size-16(DMA)" },
	{ "size-32", "size-32(DMA)" },	   { "size-64", "size-64(DMA)" },
	{ "size-96", "size-96(DMA)" },	   { "size-128", "size-128(DMA)" },
	{ "size-192", "size-192(DMA)" },   { "size-256", "size-256(DMA)" },
	{ "size-512", "size-512(DMA)" },   { "size-1024", "size-1024(DMA)" },
	{ "size-2048", "size-2048(DMA)" }, { "size-4096", "size-4096(DMA)" },
	{ "size-8192", "size-8192(DMA)" },
};

/* The class of sizes 1..192, by (size - 1) / 8: index into malloc_sizes */
static const u8 size_index[24] = {
	0, 1, 2, 2, 3, 3, 3, 3, /* 8, 16, 32, 32, 64 x4 */
	4, 4, 4, 4, 5, 5, 5, 5, /* 96 x4, 128 x4 */
	6, 6, 6, 6, 6, 6, 6, 6, /* 192 x8 */
};

/* Which malloc_sizes entry serves @size (1..KMALLOC_MAX_CACHE_SIZE) */
static __always_inline unsigned int kmalloc_index(size_t size)
{
	if (size <= 192)
		return size_index[(size - 1) / 8];
	return fls(size - 1) - 1;
}

/**
 * kmem_find_general_cachep - the kmalloc cache for a size
 * @size: bytes
 * @gfpflags: GFP_DMA picks the DMA twin
 *
 * Context: any.
 * Return: the cache, or NULL if @size is 0, too big, or kmalloc is not up yet.
 */
struct kmem_cache *kmem_find_general_cachep(size_t size, gfp_t gfpflags)
{
	struct cache_sizes *cs;

	if (!size || size > KMALLOC_MAX_CACHE_SIZE)
		return NULL;
	cs = &malloc_sizes[kmalloc_index(size)];
	return (gfpflags & GFP_DMA) ? cs->cs_dmacachep : cs->cs_cachep;
}

/**
 * kmalloc_caches_init - create the size caches, smallest first
 *
 * Smallest first, so that a large class whose slab descriptors live off
 * the slab finds a small class to hold them.
 *
 * Context: boot, from kmem_cache_init().
 */
void __init kmalloc_caches_init(void)
{
	unsigned int i;

	for (i = 0; malloc_sizes[i].cs_size; i++) {
		struct cache_sizes *cs = &malloc_sizes[i];

		cs->cs_cachep = __kmem_cache_create(cache_names[i].name, cs->cs_size,
						    ARCH_KMALLOC_MINALIGN, SLAB_PANIC, NULL);
		cs->cs_dmacachep = __kmem_cache_create(cache_names[i].name_dma, cs->cs_size,
						       ARCH_KMALLOC_MINALIGN,
						       SLAB_CACHE_DMA | SLAB_PANIC, NULL);
		if (!cs->cs_cachep || !cs->cs_dmacachep)
			panic("kmem_cache_init: cannot create %s\n", cache_names[i].name);
	}
}

/* The order of the smallest block of pages that holds @size bytes */
static unsigned int size_order(size_t size)
{
	return size <= PAGE_SIZE ? 0 : fls((size - 1) >> PAGE_SHIFT);
}

/* Above 8 KiB: a compound page straight from the page allocator */
static void *kmalloc_large(size_t size, gfp_t flags)
{
	struct page *page;

	if (unlikely(size > KMALLOC_MAX_SIZE)) {
		WARN_ON_ONCE(!(flags & __GFP_NOWARN));
		return NULL;
	}
	might_sleep_if(flags & __GFP_WAIT);
	page = alloc_pages((flags & ~__GFP_HIGHMEM) | __GFP_COMP, size_order(size));
	if (!page)
		return NULL;
	kasan_kmalloc_large(page_address(page), size);
	return page_address(page);
}

static __always_inline void *__do_kmalloc(size_t size, gfp_t flags, unsigned long caller)
{
	struct kmem_cache *cachep;
	struct cache_sizes *cs;
	void *objp;

	if (unlikely(size > KMALLOC_MAX_CACHE_SIZE))
		return kmalloc_large(size, flags);
	if (unlikely(!size))
		return ZERO_SIZE_PTR;
	cs = &malloc_sizes[kmalloc_index(size)];
	cachep = unlikely(flags & GFP_DMA) ? cs->cs_dmacachep : cs->cs_cachep;
	objp = __cache_alloc(cachep, flags, caller);
	if (objp)
		kasan_kmalloc(cachep, objp, size);
	return objp;
}

/**
 * kmalloc - allocate memory
 * @size: how many bytes
 * @flags: GFP_KERNEL (may sleep), GFP_ATOMIC (never sleeps: interrupt
 *         handlers, spinlocks held), GFP_DMA (below 16 MiB), __GFP_ZERO...
 *
 * The memory is physically contiguous, in low memory, aligned to at
 * least ARCH_KMALLOC_MINALIGN, and may be larger than asked (ksize()).
 *
 * Context: any if @flags cannot sleep; process context for GFP_KERNEL.
 * Return: the memory; ZERO_SIZE_PTR if @size is 0; NULL if memory is
 * short or @size is above KMALLOC_MAX_SIZE.
 */
void *kmalloc(size_t size, gfp_t flags)
{
	return __do_kmalloc(size, flags, _RET_IP_);
}
EXPORT_SYMBOL(kmalloc);

/**
 * __kmalloc_track_caller - kmalloc() that records a given caller
 * @size: how many bytes
 * @flags: GFP flags
 * @caller: the return address to record as the allocator (SLAB_STORE_USER)
 *
 * For helpers such as kstrdup(), so that reports name their caller.
 *
 * Context: as kmalloc().
 * Return: as kmalloc().
 */
void *__kmalloc_track_caller(size_t size, gfp_t flags, unsigned long caller)
{
	return __do_kmalloc(size, flags, caller);
}
EXPORT_SYMBOL(__kmalloc_track_caller);

/* kfree() of something kmalloc() did not return: say what it is. */
static void bad_kfree(const void *objp, unsigned long caller)
{
	if (is_vmalloc_addr(objp)) {
		slab_bug("kfree", "Object 0x%p is a vmalloc() address: free it with vfree()", objp);
	} else if (virt_addr_valid(objp)) {
		struct page *page = virt_to_page(objp);

		slab_bug("kfree", "Object 0x%p was not allocated by kmalloc()", objp);
		printk(KERN_ERR "INFO: page 0x%p flags=0x%lx count=%d\n", page, page->flags,
		       page_count(page));
	} else {
		slab_bug("kfree", "Object 0x%p is not a kernel memory address", objp);
	}
	printk(KERN_ERR "INFO: kfree() called from %pS\n", (void *)caller);
	dump_stack();
}

/**
 * kfree - free memory allocated by kmalloc()
 * @objp: the memory; NULL and ZERO_SIZE_PTR are ignored
 *
 * A pointer kmalloc() did not return (a vmalloc address, a global, the
 * middle of an allocation) is reported and ignored.
 *
 * Context: any.
 */
void kfree(const void *objp)
{
	struct page *page;

	if (unlikely(ZERO_OR_NULL_PTR(objp)))
		return;
	if (unlikely(!virt_addr_valid(objp)))
		goto bad;
	page = virt_to_page(objp);
	if (likely(PageSlab(page))) {
		__cache_free(page_get_cache(page), (void *)objp, _RET_IP_);
		return;
	}
	page = compound_head(page);
	if (PageHead(page) && objp == page_address(page)) {
		__free_pages(page, compound_order(page));
		return;
	}
bad:
	bad_kfree(objp, _RET_IP_);
}
EXPORT_SYMBOL(kfree);

/**
 * ksize - how much memory an allocation really has
 * @objp: memory from kmalloc() (or a slab cache)
 *
 * The caller may use all of it: kmalloc(100) gives a 128-byte object.
 *
 * Context: any.
 * Return: the usable size, or 0 for NULL or ZERO_SIZE_PTR.
 */
size_t ksize(const void *objp)
{
	struct page *page;

	if (unlikely(ZERO_OR_NULL_PTR(objp)))
		return 0;
	page = virt_to_page(objp);
	if (PageSlab(page)) {
		/* the caller may now use it all: KASAN must agree */
		kasan_unpoison_shadow(objp, page_get_cache(page)->obj_size);
		return page_get_cache(page)->obj_size;
	}
	page = compound_head(page);
	if (WARN_ON(!PageHead(page)))
		return 0;
	kasan_unpoison_shadow(objp, PAGE_SIZE << compound_order(page));
	return PAGE_SIZE << compound_order(page);
}
EXPORT_SYMBOL(ksize);

/* Add one cache's counts to the totals; the list lock is held. */
static void count_slabs(struct kmem_cache *cachep, unsigned long *active_objs,
			unsigned long *active_slabs, unsigned long *num_slabs)
{
	struct kmem_list3 *l3 = &cachep->lists;
	struct slab *slabp;

	list_for_each_entry(slabp, &l3->slabs_full, list) {
		*active_objs += cachep->num;
		(*active_slabs)++;
	}
	list_for_each_entry(slabp, &l3->slabs_partial, list) {
		*active_objs += slabp->inuse;
		(*active_slabs)++;
	}
	list_for_each_entry(slabp, &l3->slabs_free, list)
		(*num_slabs)++;
	*num_slabs += *active_slabs;
}

static int slabinfo_line(struct kmem_cache *cachep, char *buf, size_t size)
{
	unsigned long active_objs = 0, active_slabs = 0, num_slabs = 0, irqflags;

	local_irq_save(irqflags);
	spin_lock(&cachep->lists.list_lock);
	count_slabs(cachep, &active_objs, &active_slabs, &num_slabs);
	spin_unlock(&cachep->lists.list_lock);
	local_irq_restore(irqflags);
	return scnprintf(
		buf, size,
		"%-17s %6lu %6lu %6u %4u %4d : tunables %4u %4u %4u : slabdata %6lu %6lu %6u\n",
		cachep->name, active_objs, num_slabs * cachep->num, cachep->buffer_size,
		cachep->num, 1 << cachep->gfporder, cachep->array.limit, cachep->array.batchcount,
		0U, active_slabs, num_slabs, 0U);
}

/**
 * slabinfo_show - the slabinfo view, as Linux's /proc/slabinfo
 * @buf: where to write it
 * @size: the size of @buf; output that does not fit is cut
 *
 * One line per cache: objects in use (including those waiting in the
 * array cache) and in total, the buffer size, objects per slab, pages per
 * slab, the array cache's limit and batch count, slabs in use and in total.
 *
 * Context: any.
 * Return: the number of characters written to @buf.
 */
int slabinfo_show(char *buf, size_t size)
{
	struct kmem_cache *cachep;
	int n;

	n = scnprintf(buf, size,
		      "slabinfo - version: 2.1\n"
		      "# name            <active_objs> <num_objs> <objsize> <objperslab> "
		      "<pagesperslab> : tunables <limit> <batchcount> <sharedfactor> : "
		      "slabdata <active_slabs> <num_slabs> <sharedavail>\n");
	spin_lock(&cache_chain_lock);
	list_for_each_entry(cachep, &cache_chain, next)
		n += slabinfo_line(cachep, buf + n, size - n);
	spin_unlock(&cache_chain_lock);
	return n;
}

/**
 * slab_pages - pages the slab layer holds, for meminfo's Slab line
 *
 * Context: any.
 * Return: the number of pages in all slabs of all caches.
 */
unsigned long slab_pages(void)
{
	struct kmem_cache *cachep;
	unsigned long pages = 0, active_objs, active_slabs, num_slabs, irqflags;

	spin_lock(&cache_chain_lock);
	list_for_each_entry(cachep, &cache_chain, next) {
		active_objs = active_slabs = num_slabs = 0;
		local_irq_save(irqflags);
		count_slabs(cachep, &active_objs, &active_slabs, &num_slabs);
		local_irq_restore(irqflags);
		pages += num_slabs << cachep->gfporder;
	}
	spin_unlock(&cache_chain_lock);
	return pages;
}
