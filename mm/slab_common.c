/*
 * slab_common.c - kmalloc(): memory of any size, from caches of fixed sizes.
 *
 * kmalloc() rounds a request up to a size class and allocates from that
 * class's cache. The classes are the powers of two from "size-32" to
 * "size-4194304" (KMALLOC_MAX_SIZE, 4 MiB), and size-192, listed in
 * include/linux/kmalloc_sizes.h; a GFP_DMA request uses the twin cache
 * "size-N(DMA)", whose slabs come from ZONE_DMA:
 *
 *   size:   1..32  ..64  ..128  ..192  ..256  ...  ..4096  ...  ..4194304
 *   cache:  size-32  -64   -128   -192   -256  ...   -4096  ...   -4194304
 *
 * Every kmalloc() is served by a cache, however large: a 100 KiB request
 * is an object of size-131072, whose slab is one order-5 block, and shows
 * in slabinfo and in meminfo's Slab line. The caches are made with
 * SLAB_HWCACHE_ALIGN, which is why there is no size-96 with 64-byte
 * cache lines (kmalloc_sizes.h says more). A size above
 * KMALLOC_MAX_SIZE gets NULL, silently.
 *
 * The class of a size is found by walking malloc_sizes[] from the
 * smallest class, as Linux 2.6.32's __find_general_cachep() does. kfree()
 * needs no size: the page of the address names its cache.
 *
 * Linux 2.6.32 keeps all of this in mm/slab.c (and the inline kmalloc()
 * for constant sizes in include/linux/slab_def.h); mm/slab_common.c is
 * the file later Linux (3.6+) moved it to, where Linnet keeps it apart
 * from the cache machinery. Since 2.6.22 SLUB instead sends requests
 * above two pages straight to the page allocator (kmalloc_large()); that
 * is not SLAB's way and not Linnet's. This file also prints the slabinfo
 * view. See docs/slab.md.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/bitops.h>
#include <linux/cache.h>
#include <linux/hardirq.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/slab_def.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/vmalloc.h>
#include "slab.h"

/**
 * malloc_sizes - the kmalloc size classes, with their caches
 *
 * Filled in by kmalloc_caches_init(); the last entry has cs_size 0.
 */
struct cache_sizes malloc_sizes[] = {
#define CACHE(x) { .cs_size = (x) },
#include <linux/kmalloc_sizes.h>
	CACHE(0)
#undef CACHE
};

/* The size classes' names, as slabinfo shows them, in malloc_sizes' order */
static const struct cache_names {
	const char *name;
	const char *name_dma;
} cache_names[] = {
#define CACHE(x) { .name = "size-" #x, .name_dma = "size-" #x "(DMA)" },
#include <linux/kmalloc_sizes.h>
#undef CACHE
};

/*
 * The class that serves @size (1..KMALLOC_MAX_SIZE): the first that holds
 * it. 2.6.32 walks malloc_sizes[] to find it (__find_general_cachep(); its
 * inline kmalloc() unrolls the same walk for a constant size). Linnet
 * computes the index instead, from the highest bit of @size - 1, which
 * keeps a 4 KiB kmalloc as cheap as a 32-byte one: below 256 the classes
 * are 32, 64, 128 and 192, above it one per power of two.
 * kmalloc_caches_init() checks at boot that this agrees with the walk.
 */
static __always_inline struct cache_sizes *size_class(size_t size)
{
	if (size <= 64)
		return &malloc_sizes[size > 32];
	if (size <= 256)
		return &malloc_sizes[size <= 128 ? 2 : size <= 192 ? 3 : 4];
	return &malloc_sizes[fls(size - 1) - 4];
}

/* The walk size_class() stands for, as 2.6.32's __find_general_cachep() */
static struct cache_sizes *__init find_general_cachep(size_t size)
{
	struct cache_sizes *cs = malloc_sizes;

	while (size > cs->cs_size)
		cs++;
	return cs;
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

	if (!size || size > KMALLOC_MAX_SIZE)
		return NULL;
	cs = size_class(size);
	return (gfpflags & GFP_DMA) ? cs->cs_dmacachep : cs->cs_cachep;
}

/**
 * kmalloc_caches_init - create the size caches, smallest first
 *
 * Smallest first, so that a large class whose slab descriptors live off
 * the slab finds a small class to hold them. The caches are aligned to
 * cache lines, as Linux's ARCH_KMALLOC_FLAGS (SLAB_HWCACHE_ALIGN) makes
 * them.
 *
 * Context: boot, from kmem_cache_init().
 */
void __init kmalloc_caches_init(void)
{
	unsigned int i;

	for (i = 0; malloc_sizes[i].cs_size; i++) {
		struct cache_sizes *cs = &malloc_sizes[i];

		BUG_ON(size_class(cs->cs_size) != cs || find_general_cachep(cs->cs_size) != cs);
		BUG_ON(cs[1].cs_size && size_class(cs->cs_size + 1) != cs + 1);
		/*
		 * KASAN's red zone does not fit beside a 4 MiB object (there is
		 * no larger block): a KASAN kernel has no size-4194304, and such
		 * a kmalloc() gets NULL.
		 */
		if (IS_ENABLED(CONFIG_KASAN) && cs->cs_size == KMALLOC_MAX_SIZE)
			continue;

		cs->cs_cachep =
			__kmem_cache_create(cache_names[i].name, cs->cs_size, ARCH_KMALLOC_MINALIGN,
					    SLAB_HWCACHE_ALIGN | SLAB_PANIC, NULL);
		cs->cs_dmacachep = __kmem_cache_create(
			cache_names[i].name_dma, cs->cs_size, ARCH_KMALLOC_MINALIGN,
			SLAB_HWCACHE_ALIGN | SLAB_CACHE_DMA | SLAB_PANIC, NULL);
		if (!cs->cs_cachep || !cs->cs_dmacachep)
			panic("kmem_cache_init: cannot create %s\n", cache_names[i].name);
	}
}

static __always_inline void *__do_kmalloc(size_t size, gfp_t flags, unsigned long caller)
{
	struct kmem_cache *cachep;
	struct cache_sizes *cs;
	void *objp;

	if (unlikely(!size))
		return ZERO_SIZE_PTR;
	if (unlikely(size > KMALLOC_MAX_SIZE))
		return NULL;
	cs = size_class(size);
	cachep = unlikely(flags & GFP_DMA) ? cs->cs_dmacachep : cs->cs_cachep;
	if (unlikely(!cachep)) /* a class a KASAN kernel cannot have */
		return NULL;
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
 * __kmalloc - kmalloc(), out of line
 * @size: how many bytes
 * @flags: GFP flags
 *
 * In 2.6.32 kmalloc() is an inline that picks the size class at compile
 * time for a constant @size and calls __kmalloc() otherwise; Linnet's
 * kmalloc() is always out of line, and __kmalloc() is the same call.
 *
 * Context: as kmalloc().
 * Return: as kmalloc().
 */
void *__kmalloc(size_t size, gfp_t flags)
{
	return __do_kmalloc(size, flags, _RET_IP_);
}
EXPORT_SYMBOL(__kmalloc);

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

/*
 * kfree() of something no slab handed out. Linux 2.6.32 (with
 * CONFIG_DEBUG_SLAB) prints the first line for an address outside the
 * direct map and BUG()s; for a direct-map address that is no slab object
 * it follows page->lru into garbage. Linnet prints the line, says what
 * the pointer is, and ignores the free, so that the mistake is a report
 * and not a corrupted allocator.
 */
static void bad_kfree(const void *objp, unsigned long caller)
{
	if (!virt_addr_valid(objp)) {
		printk(KERN_ERR "kfree_debugcheck: out of range ptr %lxh.\n", (unsigned long)objp);
		if (is_vmalloc_addr(objp))
			printk(KERN_ERR "kfree_debugcheck: %p is a vmalloc() address: "
					"free it with vfree()\n",
			       objp);
	} else {
		printk(KERN_ERR "kfree_debugcheck: %p was not allocated by kmalloc() "
				"(page flags %#lx)\n",
		       objp, virt_to_page(objp)->flags);
	}
	printk(KERN_ERR "kfree() called from [<%p>] %pS\n", (void *)caller, (void *)caller);
	dump_stack();
}

/**
 * kfree - free memory allocated by kmalloc()
 * @objp: the memory; NULL and ZERO_SIZE_PTR are ignored
 *
 * A pointer that is not a slab object (a vmalloc address, a global, a
 * page from alloc_pages()) is reported and ignored.
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
bad:
	bad_kfree(objp, _RET_IP_);
}
EXPORT_SYMBOL(kfree);

/**
 * ksize - how much memory an allocation really has
 * @objp: memory from kmalloc() (or a slab cache); not NULL
 *
 * The caller may use all of it: kmalloc(100) gives a 128-byte object.
 * As in Linux 2.6.32, NULL is a bug; ZERO_SIZE_PTR has size 0.
 *
 * Context: any.
 * Return: the usable size, or 0 for ZERO_SIZE_PTR.
 */
size_t ksize(const void *objp)
{
	struct kmem_cache *cachep;

	BUG_ON(!objp);
	if (unlikely(objp == ZERO_SIZE_PTR))
		return 0;
	cachep = virt_to_cache(objp);
	/* the caller may now use it all: KASAN must agree */
	kasan_unpoison_shadow(objp, cachep->obj_size);
	return cachep->obj_size;
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
		spin_lock(&cachep->lists.list_lock);
		count_slabs(cachep, &active_objs, &active_slabs, &num_slabs);
		spin_unlock(&cachep->lists.list_lock);
		local_irq_restore(irqflags);
		pages += num_slabs << cachep->gfporder;
	}
	spin_unlock(&cache_chain_lock);
	return pages;
}
