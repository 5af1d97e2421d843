/*
 * slab.c - object caches: Bonwick's slab allocator, as Linux 2.6 has it.
 *
 * A cache hands out objects of one size. It gets memory from the page
 * allocator a slab at a time (2^gfporder pages), cuts each slab into
 * @num objects and keeps its slabs on three lists: full, partial and
 * free. An allocation takes an object from a partial slab if there is
 * one, else from a free slab, else grows the cache by a new slab; the
 * constructor runs on each object when its slab is made, so an object
 * comes back from kmem_cache_free() still constructed.
 *
 * In front of the lists sits a per-CPU array cache: a LIFO stack of
 * object pointers. Most allocations pop from it and most frees push to
 * it, with interrupts off for a few instructions and no list touched;
 * the lists are visited only to move @batchcount objects at a time:
 *
 *   kmem_cache_alloc        array_cache         kmem_list3
 *        <-- pop --------- [o][o][o][ ]   <-- refill --  slabs_partial
 *   kmem_cache_free                                      slabs_free
 *        --- push -------> [o][o][o][o]   -- flush --->  (grow: alloc_pages)
 *
 * Every page of a slab is marked PageSlab and records its cache and slab
 * in page->lru, so kfree() finds both from the address alone. A slab's
 * descriptor (struct slab and the free-index chain) sits at the start of
 * the slab for small objects and in a kmalloc cache for objects of 512
 * bytes and more, unless it fits in the slab's leftover space. That
 * leftover also buys "colour": successive slabs start their objects one
 * cache line further in, so equal objects of different slabs do not all
 * compete for the same cache sets.
 *
 * A SLAB_DESTROY_BY_RCU cache frees its slabs' pages only after an RCU
 * grace period: slab_destroy() queues the slab with call_rcu() (the
 * descriptor is reused as the struct rcu_head, as 2.6.32 does), so a
 * lock-free reader that found an object's address keeps finding memory
 * of this cache until it leaves rcu_read_lock(), and
 * kmem_cache_destroy() waits for those callbacks (rcu_barrier()) before
 * the cache itself goes. See docs/slab.md and docs/rcu.md.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/cache.h>
#include <linux/errno.h>
#include <linux/fault-inject.h>
#include <linux/hardirq.h>
#include <linux/init.h>
#include <linux/irqflags.h>
#include <linux/kasan.h>
#include <linux/mm.h>
#include <linux/jiffies.h>
#include <linux/mutex.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/slab_def.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/workqueue.h>
#include "slab.h"

/*
 * Slabs stop growing at this order even if they waste more than an eighth
 * (larger orders are tried only while no object fits): order 1, or order
 * 0 on a machine of 32 MiB or less, where high-order blocks are scarce.
 */
static unsigned int slab_break_gfp_order = 1;
/* A slab page request never asks for more than this (highest buddy order) */
#define SLAB_MAX_ORDER (KMALLOC_SHIFT_HIGH - PAGE_SHIFT)
/* Flags a slab's page allocation must not carry through */
#define GFP_SLAB_BUG_MASK (__GFP_DMA32 | __GFP_HIGHMEM | ~__GFP_BITS_MASK)

/* The cache of struct kmem_cache: every other cache is allocated from it. */
static struct kmem_cache cache_cache;

LIST_HEAD(cache_chain);
/*
 * cache_chain_mutex serialises kmem_cache_create() and
 * kmem_cache_destroy(): the duplicate-name check and the insertion are
 * one step, as in Linux 2.6.32. cache_chain_lock, a spinlock Linux does
 * not have, also guards the list, so that the slabinfo and meminfo
 * views and the validator can walk it where they may not sleep.
 */
DEFINE_MUTEX(cache_chain_mutex);
DEFINE_SPINLOCK(cache_chain_lock);

/* While set, no cache may keep its descriptors off-slab (no kmalloc yet). */
static bool slab_early_init = true;

#define OFF_SLAB(x) ((x)->flags & CFLGS_OFF_SLAB)

/* How often cache_reap() runs, and how often it looks at a cache's free slabs */
#define REAPTIMEOUT_CPUC (2 * HZ)
#define REAPTIMEOUT_LIST3 (4 * HZ)

/* Bytes of an on-slab descriptor for @nr objects, aligned for the first one */
static size_t slab_mgmt_size(size_t nr, size_t align)
{
	return ALIGN(sizeof(struct slab) + nr * sizeof(kmem_bufctl_t), align);
}

/* How many objects fit in a slab of 2^@gfporder pages, and what is left. */
static void cache_estimate(unsigned int gfporder, size_t buffer_size, size_t align,
			   unsigned long flags, size_t *left_over, unsigned int *num)
{
	size_t slab_bytes = PAGE_SIZE << gfporder;
	size_t mgmt = 0, nr;

	if (flags & CFLGS_OFF_SLAB) {
		nr = slab_bytes / buffer_size;
	} else {
		nr = (slab_bytes - sizeof(struct slab)) / (buffer_size + sizeof(kmem_bufctl_t));
		if (nr && slab_mgmt_size(nr, align) + nr * buffer_size > slab_bytes)
			nr--;
		if (nr)
			mgmt = slab_mgmt_size(nr, align);
	}
	if (nr > SLAB_LIMIT)
		nr = SLAB_LIMIT;
	*num = nr;
	*left_over = slab_bytes - nr * buffer_size - mgmt;
}

/*
 * The smallest slab order that holds at least one object and wastes at
 * most an eighth of the slab, stopping at slab_break_gfp_order unless
 * even that holds nothing. A reclaimable cache takes the first order that
 * holds an object (small slabs are easier to free). Returns the bytes
 * left over.
 */
static size_t calculate_slab_order(struct kmem_cache *cachep, size_t size, size_t align,
				   unsigned long flags)
{
	size_t left_over = 0, remainder;
	unsigned int order, num;

	for (order = 0; order <= SLAB_MAX_ORDER; order++) {
		cache_estimate(order, size, align, flags, &remainder, &num);
		if (!num)
			continue;
		/* An off-slab descriptor must be smaller than an object. */
		if ((flags & CFLGS_OFF_SLAB) &&
		    num > (size - sizeof(struct slab)) / sizeof(kmem_bufctl_t))
			break;
		cachep->num = num;
		cachep->gfporder = order;
		left_over = remainder;
		if (flags & SLAB_RECLAIM_ACCOUNT)
			break;
		if (order >= slab_break_gfp_order || remainder * 8 <= (PAGE_SIZE << order))
			break;
	}
	return left_over;
}

/*
 * The alignment objects get, by Linux 2.6.32's rules: a cache line (or
 * the smallest power-of-two part of one that holds the object) for
 * SLAB_HWCACHE_ALIGN; a word for a user word; REDZONE_ALIGN for red
 * zones, which win over the cache line; at least what the caller asks.
 * An alignment above REDZONE_ALIGN would separate the red zones from the
 * object, so it turns them (and the user word) off.
 */
static size_t object_align(size_t size, size_t align, unsigned long *flags)
{
	size_t ralign = sizeof(void *);

	if (*flags & SLAB_HWCACHE_ALIGN) {
		ralign = cache_line_size();
		while (size <= ralign / 2)
			ralign /= 2;
	}
	if (*flags & SLAB_STORE_USER)
		ralign = sizeof(void *);
	if (*flags & SLAB_RED_ZONE)
		ralign = REDZONE_ALIGN;
	if (ralign < align)
		ralign = align;
	if (ralign > REDZONE_ALIGN)
		*flags &= ~(SLAB_RED_ZONE | SLAB_STORE_USER);
	return ralign;
}

/* The array cache's size by object size (Linux's enable_cpucache table). */
static void setup_cpu_cache(struct kmem_cache *cachep)
{
	unsigned int limit;

	if (cachep->buffer_size > 131072)
		limit = 1;
	else if (cachep->buffer_size > PAGE_SIZE)
		limit = 8;
	else if (cachep->buffer_size > 1024)
		limit = 24;
	else if (cachep->buffer_size > 256)
		limit = 54;
	else
		limit = SLAB_ARRAY_MAX;
	cachep->array.avail = 0;
	cachep->array.limit = limit;
	cachep->array.batchcount = (limit + 1) / 2;
	cachep->array.touched = 0;
	cachep->lists.free_limit = 2 * cachep->array.batchcount + cachep->num;
}

static void kmem_list3_init(struct kmem_list3 *l3)
{
	INIT_LIST_HEAD(&l3->slabs_partial);
	INIT_LIST_HEAD(&l3->slabs_full);
	INIT_LIST_HEAD(&l3->slabs_free);
	l3->free_objects = 0;
	spin_lock_init(&l3->list_lock);
	/* spread the caches' first looks over the period, as 2.6.32 does */
	l3->next_reap = jiffies + REAPTIMEOUT_LIST3 + (unsigned long)l3 % REAPTIMEOUT_LIST3;
	l3->free_touched = 0;
}

/*
 * slab_debug and the debug flags: what this cache will check. As
 * 2.6.32's FORCED_DEBUG, red zones and the user word only where they do
 * not push a large object into the next power of two (a 4096-byte object
 * with 24 bytes of guards would need an 8 KiB buffer).
 */
static unsigned long debug_flags(unsigned long flags, size_t size, void (*ctor)(void *))
{
	if (!slab_debug)
		return flags;
	flags |= SLAB_DEBUG_FREE;
	if (size < 4096 ||
	    fls(size - 1) == fls(size - 1 + REDZONE_ALIGN + 2 * sizeof(unsigned long long)))
		flags |= SLAB_RED_ZONE | SLAB_STORE_USER;
	/*
	 * A constructed object must keep its state while free, and a
	 * SLAB_DESTROY_BY_RCU object may be read after its free: no poison.
	 */
	if (!ctor && !(flags & SLAB_DESTROY_BY_RCU))
		flags |= SLAB_POISON;
	return flags;
}

/* Lay out where the objects go; fails with -E2BIG if none fits a slab. */
static int kmem_cache_setup(struct kmem_cache *cachep, const char *name, size_t size, size_t align,
			    unsigned long flags, void (*ctor)(void *))
{
	size_t left_over, slab_size;

	flags = debug_flags(flags, size, ctor);
	size = ALIGN(size, sizeof(void *));
	align = object_align(size, align, &flags);
	if (flags & SLAB_RED_ZONE)
		size = ALIGN(size, REDZONE_ALIGN);
	/* without guards the whole aligned buffer is the caller's (ksize()) */
	cachep->obj_size = (flags & SLAB_DEBUG_FLAGS) ? size : ALIGN(size, align);
	cachep->obj_offset = 0;
	cachep->flags = flags;
	if (flags & SLAB_DEBUG_FLAGS)
		size = slab_debug_layout(cachep, size, align);
	kasan_cache_create(cachep, &size, &align);
	size = ALIGN(size, align);
	if (size >= (PAGE_SIZE >> 3) && !slab_early_init)
		flags |= CFLGS_OFF_SLAB;
	cachep->num = 0;
	left_over = calculate_slab_order(cachep, size, align, flags);
	if (!cachep->num)
		return -E2BIG;
	slab_size = slab_mgmt_size(cachep->num, align);
	if ((flags & CFLGS_OFF_SLAB) && left_over >= slab_size) {
		flags &= ~CFLGS_OFF_SLAB;
		left_over -= slab_size;
	}
	if (flags & CFLGS_OFF_SLAB)
		slab_size = sizeof(struct slab) + cachep->num * sizeof(kmem_bufctl_t);
	cachep->colour_off = max_t(size_t, cache_line_size(), align);
	cachep->colour = left_over / cachep->colour_off;
	cachep->colour_next = 0;
	cachep->slab_size = slab_size;
	cachep->flags = flags;
	cachep->gfpflags = (flags & SLAB_CACHE_DMA) ? GFP_DMA : 0;
	cachep->buffer_size = size;
	cachep->ctor = ctor;
	cachep->name = name;
	cachep->slabp_cache = NULL;
	if (flags & CFLGS_OFF_SLAB) {
		cachep->slabp_cache = kmem_find_general_cachep(slab_size, 0);
		if (!cachep->slabp_cache)
			return -ENOMEM;
	}
	kmem_list3_init(&cachep->lists);
	setup_cpu_cache(cachep);
	return 0;
}

static struct kmem_cache *find_cache(const char *name)
{
	struct kmem_cache *pc;

	list_for_each_entry(pc, &cache_chain, next)
		if (!strcmp(pc->name, name))
			return pc;
	return NULL;
}

/**
 * __kmem_cache_create - make a cache (kmem_cache_create() without the checks)
 * @name: the cache's name; the string must outlive the cache
 * @size: object size in bytes
 * @align: minimum object alignment, or 0
 * @flags: SLAB_* flags
 * @ctor: constructor run on every object of a new slab, or NULL
 *
 * Used directly by mm/slab_common.c for the kmalloc caches.
 *
 * Context: process context or boot.
 * Return: the cache, or NULL (duplicate name, no memory, object too big).
 */
struct kmem_cache *__kmem_cache_create(const char *name, size_t size, size_t align,
				       unsigned long flags, void (*ctor)(void *))
{
	struct kmem_cache *cachep = NULL;

	mutex_lock(&cache_chain_mutex);
	if (find_cache(name)) {
		printk(KERN_ERR "kmem_cache_create: duplicate cache %s\n", name);
		dump_stack();
		goto out;
	}
	cachep = kmem_cache_zalloc(&cache_cache, GFP_KERNEL);
	if (!cachep)
		goto out;
	if (kmem_cache_setup(cachep, name, size, align, flags, ctor)) {
		printk(KERN_ERR "kmem_cache_create: couldn't create cache %s.\n", name);
		kmem_cache_free(&cache_cache, cachep);
		cachep = NULL;
		goto out;
	}
	spin_lock(&cache_chain_lock);
	list_add(&cachep->next, &cache_chain);
	spin_unlock(&cache_chain_lock);
out:
	mutex_unlock(&cache_chain_mutex);
	return cachep;
}

/**
 * kmem_cache_create - create a cache of objects
 * @name: the name slabinfo shows; the string must outlive the cache
 * @size: object size in bytes (at least a pointer, at most KMALLOC_MAX_SIZE)
 * @align: minimum object alignment, or 0
 * @flags: SLAB_HWCACHE_ALIGN, SLAB_CACHE_DMA, SLAB_POISON, SLAB_RED_ZONE,
 *         SLAB_STORE_USER, SLAB_PANIC...
 * @ctor: constructor, run on each object when its slab is created, or NULL
 *
 * A bad name, size or calling context is a bug (BUG()). A name already in
 * use is reported and refused.
 *
 * Context: process context or boot; may sleep.
 * Return: the cache, or NULL on failure (SLAB_PANIC: panics instead).
 */
struct kmem_cache *kmem_cache_create(const char *name, size_t size, size_t align,
				     unsigned long flags, void (*ctor)(void *))
{
	struct kmem_cache *cachep;

	if (!name || in_interrupt() || size < sizeof(void *) || size > KMALLOC_MAX_SIZE) {
		printk(KERN_ERR "kmem_cache_create: Early error in slab %s\n",
		       name ? name : "(null)");
		BUG();
	}
	might_sleep();
	cachep = __kmem_cache_create(name, size, align, flags, ctor);
	if (!cachep && (flags & SLAB_PANIC))
		panic("kmem_cache_create(): failed to create slab `%s'\n", name);
	return cachep;
}
EXPORT_SYMBOL(kmem_cache_create);

/* The zoned counter a cache's pages count in: meminfo's SReclaimable or SUnreclaim */
static enum zone_stat_item slab_stat(struct kmem_cache *cachep)
{
	return (cachep->flags & SLAB_RECLAIM_ACCOUNT) ? NR_SLAB_RECLAIMABLE : NR_SLAB_UNRECLAIMABLE;
}

/* Get the pages of a new slab, marked as the slab layer's and counted. */
static void *kmem_getpages(struct kmem_cache *cachep, gfp_t flags)
{
	unsigned int i, nr_pages = 1U << cachep->gfporder;
	struct page *page;

	page = alloc_pages(flags | cachep->gfpflags, cachep->gfporder);
	if (!page)
		return NULL;
	mod_zone_page_state(page_zone(page), slab_stat(cachep), nr_pages);
	for (i = 0; i < nr_pages; i++)
		__SetPageSlab(page + i);
	return page_address(page);
}

static void kmem_freepages(struct kmem_cache *cachep, void *addr)
{
	unsigned int i, nr_pages = 1U << cachep->gfporder;
	struct page *page = virt_to_page(addr);

	for (i = 0; i < nr_pages; i++)
		__ClearPageSlab(page + i);
	mod_zone_page_state(page_zone(page), slab_stat(cachep), -(int)nr_pages);
	__free_pages(page, cachep->gfporder);
}

/* Point every page of the slab at @addr back to its cache and slab. */
static void slab_map_pages(struct kmem_cache *cachep, struct slab *slabp, void *addr)
{
	unsigned int i, nr_pages = 1U << cachep->gfporder;
	struct page *page = virt_to_page(addr);

	for (i = 0; i < nr_pages; i++, page++) {
		page->lru.next = (struct list_head *)cachep;
		page->lru.prev = (struct list_head *)slabp;
	}
}

static struct slab *alloc_slabmgmt(struct kmem_cache *cachep, void *addr, unsigned long colour_off,
				   gfp_t flags)
{
	struct slab *slabp;

	if (OFF_SLAB(cachep)) {
		slabp = kmem_cache_alloc(cachep->slabp_cache, flags);
		if (!slabp)
			return NULL;
	} else {
		slabp = (struct slab *)((char *)addr + colour_off);
		colour_off += cachep->slab_size;
	}
	slabp->inuse = 0;
	slabp->colouroff = colour_off;
	slabp->s_mem = (char *)addr + colour_off;
	return slabp;
}

/* Chain every object of a new slab as free and construct it. */
static void cache_init_objs(struct kmem_cache *cachep, struct slab *slabp)
{
	unsigned int i;

	for (i = 0; i < cachep->num; i++) {
		void *objp = index_to_obj(cachep, slabp, i);

		if (cachep->flags & SLAB_DEBUG_FLAGS)
			slab_debug_init_obj(cachep, objp);
		if (cachep->ctor && !(cachep->flags & SLAB_POISON))
			cachep->ctor(objp);
		kasan_poison_object_data(cachep, objp);
		slab_bufctl(slabp)[i] = i + 1;
	}
	slab_bufctl(slabp)[cachep->num - 1] = BUFCTL_END;
	slabp->free = 0;
}

/*
 * struct slab_rcu - a SLAB_DESTROY_BY_RCU slab waiting for its grace period
 * @head: queued with call_rcu()
 * @cachep: the cache
 * @addr: the slab's first page
 *
 * It overlays the slab's own descriptor, which nothing reads any more
 * once the slab is off the cache's lists.
 */
struct slab_rcu {
	struct rcu_head head;
	struct kmem_cache *cachep;
	void *addr;
};

/* Give a slab's pages (and an off-slab descriptor) back. */
static void kmem_free_slab(struct kmem_cache *cachep, void *addr, void *slabp)
{
	kmem_freepages(cachep, addr);
	if (OFF_SLAB(cachep))
		kmem_cache_free(cachep->slabp_cache, slabp);
}

/* RCU_SOFTIRQ: the grace period is over, no reader can be on the slab */
static void kmem_rcu_free(struct rcu_head *head)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof */
	struct slab_rcu *slab_rcu = container_of(head, struct slab_rcu, head);

	kmem_free_slab(slab_rcu->cachep, slab_rcu->addr, slab_rcu);
}

/*
 * A slab off the cache's lists goes back to the page allocator: now, or,
 * for SLAB_DESTROY_BY_RCU, after a grace period, so its memory stays this
 * cache's for every reader that may still hold one of its objects.
 */
static void slab_destroy(struct kmem_cache *cachep, struct slab *slabp)
{
	void *addr = (char *)slabp->s_mem - slabp->colouroff;

	BUILD_BUG_ON(sizeof(struct slab_rcu) > sizeof(struct slab));
	if (unlikely(cachep->flags & SLAB_DESTROY_BY_RCU)) {
		struct slab_rcu *slab_rcu = (struct slab_rcu *)slabp;

		slab_rcu->cachep = cachep;
		slab_rcu->addr = addr;
		call_rcu(&slab_rcu->head, kmem_rcu_free);
	} else {
		kmem_free_slab(cachep, addr, slabp);
	}
}

/* Slab pages are low memory: asking for highmem is a bug, as in 2.6.32. */
static gfp_t fix_slab_gfp(gfp_t flags)
{
	BUG_ON(flags & GFP_SLAB_BUG_MASK);
	return flags & ~(__GFP_ZERO | __GFP_COMP);
}

/*
 * Add one slab to the free list. Called with interrupts off; the page
 * allocator runs with the caller's interrupt state (@irqflags) restored,
 * as Linux re-enables interrupts there for a sleeping allocation.
 */
static int cache_grow(struct kmem_cache *cachep, gfp_t flags, unsigned long irqflags)
{
	struct kmem_list3 *l3 = &cachep->lists;
	struct slab *slabp;
	size_t offset;
	void *addr;

	spin_lock(&l3->list_lock);
	offset = cachep->colour_next * cachep->colour_off;
	if (++cachep->colour_next >= cachep->colour)
		cachep->colour_next = 0;
	spin_unlock(&l3->list_lock);

	local_irq_restore(irqflags);
	flags = fix_slab_gfp(flags);
	addr = kmem_getpages(cachep, flags);
	slabp = addr ? alloc_slabmgmt(cachep, addr, offset, flags) : NULL;
	if (addr && !slabp)
		kmem_freepages(cachep, addr);
	if (slabp) {
		slab_map_pages(cachep, slabp, addr);
		cache_init_objs(cachep, slabp);
	}
	local_irq_disable();
	if (!slabp)
		return 0;
	spin_lock(&l3->list_lock);
	list_add_tail(&slabp->list, &l3->slabs_free);
	l3->free_objects += cachep->num;
	spin_unlock(&l3->list_lock);
	return 1;
}

static void *slab_get_obj(struct kmem_cache *cachep, struct slab *slabp)
{
	void *objp;

	/* a slab on the partial or free list must have a free object */
	BUG_ON(slabp->free == BUFCTL_END || slabp->free >= cachep->num);
	objp = index_to_obj(cachep, slabp, slabp->free);

	slabp->inuse++;
	slabp->free = slab_bufctl(slabp)[slabp->free];
	return objp;
}

static void slab_put_obj(struct kmem_cache *cachep, struct slab *slabp, void *objp)
{
	unsigned int objnr = obj_to_index(cachep, slabp, objp);

	slab_bufctl(slabp)[objnr] = slabp->free;
	slabp->free = objnr;
	slabp->inuse--;
}

/*
 * The slab to allocate from: a partial one, else a free one (telling
 * cache_reap() that the free slabs are in use), else NULL.
 */
static struct slab *next_slab(struct kmem_list3 *l3)
{
	if (!list_empty(&l3->slabs_partial))
		/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
		return list_first_entry(&l3->slabs_partial, struct slab, list);
	l3->free_touched = 1;
	if (!list_empty(&l3->slabs_free))
		/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
		return list_first_entry(&l3->slabs_free, struct slab, list);
	return NULL;
}

/* Move up to a batch of objects from the slabs into the empty array. */
static void refill_array(struct kmem_cache *cachep)
{
	struct array_cache *ac = &cachep->array;
	struct kmem_list3 *l3 = &cachep->lists;
	unsigned int batch = ac->batchcount;
	struct slab *slabp;

	spin_lock(&l3->list_lock);
	while (batch && (slabp = next_slab(l3)) != NULL) {
		while (slabp->inuse < cachep->num && batch) {
			ac->entry[ac->avail++] = slab_get_obj(cachep, slabp);
			batch--;
		}
		list_del(&slabp->list);
		if (slabp->free == BUFCTL_END)
			list_add(&slabp->list, &l3->slabs_full);
		else
			list_add(&slabp->list, &l3->slabs_partial);
	}
	l3->free_objects -= ac->avail;
	spin_unlock(&l3->list_lock);
}

/**
 * cache_alloc_refill - the slow path of an allocation: the array cache is empty
 * @cachep: the cache
 * @flags: GFP flags of the allocation
 * @irqflags: the caller's interrupt state, restored while pages are allocated
 *
 * Refills the array from the slabs, growing the cache if they are empty.
 *
 * Context: interrupts off.
 * Return: an object, or NULL if no memory could be had.
 */
void *cache_alloc_refill(struct kmem_cache *cachep, gfp_t flags, unsigned long irqflags)
{
	struct array_cache *ac = &cachep->array;

	while (!ac->avail) {
		refill_array(cachep);
		/* cache_grow() lets interrupts in: one may have refilled it. */
		if (!ac->avail && !cache_grow(cachep, flags, irqflags) && !ac->avail)
			return NULL;
	}
	ac->touched = 1;
	return ac->entry[--ac->avail];
}

/**
 * kmem_cache_alloc - allocate an object from a cache
 * @cachep: the cache
 * @flags: GFP flags: GFP_KERNEL may sleep to wait for memory, GFP_ATOMIC
 *         never sleeps; __GFP_ZERO zeroes the object
 *
 * Takes the most recently freed object (cache-warm), else refills from a
 * partial slab, a free slab, or a new slab.
 *
 * Context: any if @flags cannot sleep; process context for GFP_KERNEL.
 * Return: the object, or NULL if memory is short.
 */
void *kmem_cache_alloc(struct kmem_cache *cachep, gfp_t flags)
{
	return __cache_alloc(cachep, flags, _RET_IP_);
}
EXPORT_SYMBOL(kmem_cache_alloc);

/*
 * Return @nr objects to their slabs. Called with the list lock held and
 * interrupts off. An emptied slab goes to slabs_free, or back to the page
 * allocator at once if the cache already has plenty of free objects.
 */
static void free_block(struct kmem_cache *cachep, void **objpp, unsigned int nr)
{
	struct kmem_list3 *l3 = &cachep->lists;
	unsigned int i;

	for (i = 0; i < nr; i++) {
		struct slab *slabp = virt_to_slab(objpp[i]);

		/* an object coming back to a slab with none out: the lists are corrupt */
		BUG_ON(slabp->inuse == 0);
		list_del(&slabp->list);
		slab_put_obj(cachep, slabp, objpp[i]);
		l3->free_objects++;
		if (slabp->inuse == 0 && l3->free_objects > l3->free_limit) {
			l3->free_objects -= cachep->num;
			slab_destroy(cachep, slabp);
		} else if (slabp->inuse == 0) {
			list_add(&slabp->list, &l3->slabs_free);
		} else {
			list_add_tail(&slabp->list, &l3->slabs_partial);
		}
	}
}

/**
 * cache_flusharray - the slow path of a free: the array cache is full
 * @cachep: the cache
 * @ac: its array cache
 *
 * Gives the oldest @batchcount objects of the array back to their slabs.
 *
 * Context: interrupts off.
 */
void cache_flusharray(struct kmem_cache *cachep, struct array_cache *ac)
{
	unsigned int batch = ac->batchcount;

	spin_lock(&cachep->lists.list_lock);
	free_block(cachep, ac->entry, batch);
	spin_unlock(&cachep->lists.list_lock);
	ac->avail -= batch;
	memmove(ac->entry, &ac->entry[batch], sizeof(void *) * ac->avail);
}

/**
 * kmem_cache_free - give an object back to its cache
 * @cachep: the cache it was allocated from
 * @objp: the object
 *
 * An object of another cache, or memory the slab layer did not hand out,
 * is reported and left alone (Linux 2.6.32 with CONFIG_DEBUG_SLAB stops
 * at a BUG_ON there; without it, it corrupts the other cache).
 *
 * Context: any.
 */
void kmem_cache_free(struct kmem_cache *cachep, void *objp)
{
	struct page *page;

	if (unlikely(!virt_addr_valid(objp)))
		goto wrong;
	page = virt_to_page(objp);
	if (unlikely(!PageSlab(page) || page_get_cache(page) != cachep))
		goto wrong;
	__cache_free(cachep, objp, _RET_IP_);
	return;
wrong:
	slab_error(cachep, "object %p is not from this cache (%s)", objp,
		   virt_addr_valid(objp) && PageSlab(virt_to_page(objp)) ?
			   virt_to_cache(objp)->name :
			   "not a slab object");
}
EXPORT_SYMBOL(kmem_cache_free);

/*
 * Give objects of the array cache back to their slabs. @force: all of
 * them (kmem_cache_shrink). Otherwise (cache_reap) an array used since
 * the last look only loses its touched mark; an idle one gives back a
 * fifth of its limit, the oldest objects first. Interrupts off.
 */
static void drain_array(struct kmem_cache *cachep, bool force)
{
	struct array_cache *ac = &cachep->array;
	unsigned int tofree;

	if (!ac->avail)
		return;
	if (ac->touched && !force) {
		ac->touched = 0;
		return;
	}
	tofree = force ? ac->avail : (ac->limit + 4) / 5;
	if (tofree > ac->avail)
		tofree = (ac->avail + 1) / 2;
	spin_lock(&cachep->lists.list_lock);
	free_block(cachep, ac->entry, tofree);
	spin_unlock(&cachep->lists.list_lock);
	ac->avail -= tofree;
	memmove(ac->entry, &ac->entry[tofree], sizeof(void *) * ac->avail);
}

/* Give up to @tofree free slabs back to the page allocator. Interrupts off. */
static unsigned int drain_freelist(struct kmem_cache *cachep, unsigned long tofree)
{
	struct kmem_list3 *l3 = &cachep->lists;
	unsigned int nr_freed = 0;
	struct slab *slabp;

	spin_lock(&l3->list_lock);
	while (nr_freed < tofree && !list_empty(&l3->slabs_free)) {
		/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
		slabp = list_first_entry(&l3->slabs_free, struct slab, list);
		list_del(&slabp->list);
		l3->free_objects -= cachep->num;
		slab_destroy(cachep, slabp);
		nr_freed++;
	}
	spin_unlock(&l3->list_lock);
	return nr_freed;
}

/* One cache's reaping: part of an idle array, then part of the free slabs */
static void reap_cache(struct kmem_cache *cachep)
{
	struct kmem_list3 *l3 = &cachep->lists;

	local_irq_disable();
	drain_array(cachep, false);
	local_irq_enable();
	if (time_after(l3->next_reap, jiffies))
		return;
	l3->next_reap = jiffies + REAPTIMEOUT_LIST3;
	if (l3->free_touched) {
		l3->free_touched = 0;
		return;
	}
	/* about a fifth of free_limit's worth of slabs */
	local_irq_disable();
	drain_freelist(cachep, (l3->free_limit + 5 * cachep->num - 1) / (5 * cachep->num));
	local_irq_enable();
}

static void cache_reap(struct work_struct *w);
static DECLARE_DELAYED_WORK(reap_work, cache_reap);

/*
 * cache_reap - give idle caches' memory back, every two seconds
 *
 * Memory in an array cache or a free slab is memory no one else can use.
 * Every REAPTIMEOUT_CPUC each cache's array gives back a fifth of its
 * limit unless it was used since the last look (@touched), and every
 * REAPTIMEOUT_LIST3 a cache whose free slabs were not needed since the
 * last look frees some of them. Skipped when kmem_cache_create() or
 * _destroy() holds the chain. As Linux 2.6.32 (one CPU, one node: no
 * shared or alien arrays to drain).
 */
static void cache_reap(struct work_struct *w)
{
	struct kmem_cache *cachep;

	if (mutex_trylock(&cache_chain_mutex)) {
		list_for_each_entry(cachep, &cache_chain, next) {
			reap_cache(cachep);
			cond_resched();
		}
		mutex_unlock(&cache_chain_mutex);
	}
	schedule_delayed_work(&reap_work, REAPTIMEOUT_CPUC);
}

/* Start the reaper once the workqueue runs (2.6.32's cpucache_init) */
static int __init cpucache_init(void)
{
	schedule_delayed_work(&reap_work, HZ);
	return 0;
}
device_initcall(cpucache_init);

/**
 * kmem_cache_shrink - give a cache's unused memory back
 * @cachep: the cache
 *
 * Flushes the array cache and frees every slab with no object in use.
 *
 * Context: process context (not in an interrupt handler).
 * Return: 0 if the cache now holds no slab at all, 1 if objects remain in use.
 */
int kmem_cache_shrink(struct kmem_cache *cachep)
{
	struct kmem_list3 *l3 = &cachep->lists;
	unsigned long irqflags;
	int ret;

	BUG_ON(!cachep || in_interrupt());
	kasan_cache_shrink(cachep);
	local_irq_save(irqflags);
	drain_array(cachep, true);
	drain_freelist(cachep, l3->free_objects);
	ret = !list_empty(&l3->slabs_full) || !list_empty(&l3->slabs_partial);
	local_irq_restore(irqflags);
	return ret;
}
EXPORT_SYMBOL(kmem_cache_shrink);

/**
 * kmem_cache_destroy - remove a cache whose objects have all been freed
 * @cachep: the cache
 *
 * If objects are still in use the cache is kept, and the error is
 * reported: "slab error in kmem_cache_destroy(): cache `name': Can't free
 * all objects", with a backtrace. A SLAB_DESTROY_BY_RCU cache first waits
 * for its slabs' grace periods (rcu_barrier()): their callbacks name it.
 *
 * Context: process context; sleeps.
 */
void kmem_cache_destroy(struct kmem_cache *cachep)
{
	BUG_ON(!cachep || in_interrupt());
	mutex_lock(&cache_chain_mutex);
	spin_lock(&cache_chain_lock);
	list_del(&cachep->next);
	spin_unlock(&cache_chain_lock);
	if (kmem_cache_shrink(cachep)) {
		slab_error(cachep, "Can't free all objects");
		spin_lock(&cache_chain_lock);
		list_add(&cachep->next, &cache_chain);
		spin_unlock(&cache_chain_lock);
		mutex_unlock(&cache_chain_mutex);
		return;
	}
	if (unlikely(cachep->flags & SLAB_DESTROY_BY_RCU))
		rcu_barrier();
	mutex_unlock(&cache_chain_mutex);
	kmem_cache_free(&cache_cache, cachep);
}
EXPORT_SYMBOL(kmem_cache_destroy);

/**
 * kmem_cache_size - the size of a cache's objects
 * @cachep: the cache
 *
 * Context: any.
 * Return: the bytes of each object a caller may use: the size rounded
 * up to the cache's alignment (a 20-byte SLAB_HWCACHE_ALIGN cache says
 * 32); with debugging on, the size the cache was created with, rounded
 * to a word (8 bytes with red zones), as 2.6.32's obj_size().
 */
unsigned int kmem_cache_size(struct kmem_cache *cachep)
{
	return cachep->obj_size;
}
EXPORT_SYMBOL(kmem_cache_size);

/**
 * kmem_cache_name - the name of a cache
 * @cachep: the cache
 *
 * Context: any.
 * Return: the name given to kmem_cache_create().
 */
const char *kmem_cache_name(struct kmem_cache *cachep)
{
	return cachep->name;
}
EXPORT_SYMBOL_GPL(kmem_cache_name);

/* Report one broken invariant of @cachep; always returns 1 (one error). */
__printf(2, 3) static int slab_invalid(struct kmem_cache *cachep, const char *fmt, ...)
{
	char buf[128];
	va_list args;

	va_start(args, fmt);
	vscnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	printk(KERN_ERR "slab: cache %s: %s\n", cachep->name, buf);
	return 1;
}

/* Check one slab: its free chain, its count and its pages. */
static int validate_slab(struct kmem_cache *cachep, struct slab *slabp, unsigned int lo,
			 unsigned int hi)
{
	unsigned int idx = slabp->free, nfree = 0;
	struct page *page = virt_to_page(slabp->s_mem);

	if (slabp->inuse < lo || slabp->inuse > hi)
		return slab_invalid(cachep, "slab %p on the wrong list (inuse %u)", slabp,
				    slabp->inuse);
	while (idx != BUFCTL_END && nfree <= cachep->num) {
		if (idx >= cachep->num)
			return slab_invalid(cachep, "slab %p: bad free index %u", slabp, idx);
		idx = slab_bufctl(slabp)[idx];
		nfree++;
	}
	if (nfree != cachep->num - slabp->inuse)
		return slab_invalid(cachep, "slab %p: %u free, inuse %u", slabp, nfree,
				    slabp->inuse);
	if (!PageSlab(page) || page_get_cache(page) != cachep || page_get_slab(page) != slabp)
		return slab_invalid(cachep, "slab %p: page does not lead back to it", slabp);
	return 0;
}

static int validate_list(struct kmem_cache *cachep, struct list_head *list, unsigned int lo,
			 unsigned int hi, unsigned long *nfree)
{
	struct slab *slabp;
	int errors = 0;

	list_for_each_entry(slabp, list, list) {
		errors += validate_slab(cachep, slabp, lo, hi);
		*nfree += cachep->num - slabp->inuse;
	}
	return errors;
}

static int validate_array(struct kmem_cache *cachep)
{
	struct array_cache *ac = &cachep->array;
	unsigned int i;

	if (ac->avail > ac->limit || ac->limit > SLAB_ARRAY_MAX)
		return slab_invalid(cachep, "array cache holds %u of %u", ac->avail, ac->limit);
	for (i = 0; i < ac->avail; i++)
		if (!virt_addr_valid(ac->entry[i]) || !PageSlab(virt_to_page(ac->entry[i])) ||
		    virt_to_cache(ac->entry[i]) != cachep)
			return slab_invalid(cachep, "array entry %u (%p) is not ours", i,
					    ac->entry[i]);
	return 0;
}

/**
 * kmem_cache_validate - check a cache's lists and counts
 * @cachep: the cache
 *
 * Every slab must be on the list its use count says, with a free chain
 * as long as its free objects and pages that lead back to it; the free
 * object count must match; the array cache must hold only objects of
 * this cache. Each broken invariant is printed.
 *
 * Context: any; interrupts are turned off while checking.
 * Return: the number of broken invariants found (0: all well).
 */
int kmem_cache_validate(struct kmem_cache *cachep)
{
	struct kmem_list3 *l3 = &cachep->lists;
	unsigned long irqflags, nfree = 0;
	int errors;

	local_irq_save(irqflags);
	spin_lock(&l3->list_lock);
	errors = validate_list(cachep, &l3->slabs_full, cachep->num, cachep->num, &nfree);
	errors += validate_list(cachep, &l3->slabs_partial, 1, cachep->num - 1, &nfree);
	errors += validate_list(cachep, &l3->slabs_free, 0, 0, &nfree);
	if (nfree != l3->free_objects)
		errors += slab_invalid(cachep, "free_objects %lu, slabs hold %lu", l3->free_objects,
				       nfree);
	errors += validate_array(cachep);
	spin_unlock(&l3->list_lock);
	local_irq_restore(irqflags);
	return errors;
}

/**
 * kmem_cache_validate_all - check every cache's lists and counts
 *
 * Context: process context.
 * Return: the number of broken invariants over all caches (0: all well).
 */
int kmem_cache_validate_all(void)
{
	struct kmem_cache *cachep;
	int errors = 0;

	spin_lock(&cache_chain_lock);
	list_for_each_entry(cachep, &cache_chain, next)
		errors += kmem_cache_validate(cachep);
	spin_unlock(&cache_chain_lock);
	return errors;
}

/**
 * kmem_cache_init - set up the cache of caches, then the kmalloc caches
 *
 * The cache that holds struct kmem_cache cannot be allocated from
 * itself, so it is a static structure, set up by hand first. Boot
 * options (slab_debug) must have been parsed.
 *
 * Context: boot, once, after the page allocator is up.
 */
void __init kmem_cache_init(void)
{
	/* on a small machine, use order-0 slabs where order 1 would waste less */
	if (totalram_pages <= (32UL << 20) >> PAGE_SHIFT)
		slab_break_gfp_order = 0;
	kmem_cache_setup(&cache_cache, "kmem_cache", sizeof(struct kmem_cache), 0,
			 SLAB_HWCACHE_ALIGN, NULL);
	list_add(&cache_cache.next, &cache_chain);
	slab_early_init = false;
	kmalloc_caches_init();
}
