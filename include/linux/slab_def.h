/*
 * slab_def.h - the inside of a slab cache (mm/slab.c).
 *
 * Users of the slab layer see only "struct kmem_cache *"; this header is
 * for mm/ itself, the slabinfo view and the tests that check the
 * allocator's invariants. A cache keeps its slabs on three lists and a
 * per-CPU stack of ready objects in front of them:
 *
 *   kmem_cache_alloc --> array_cache (LIFO, up to @limit objects)
 *                          | empty: refill @batchcount objects
 *                          v
 *                        slabs_partial -> slabs_free -> grow (new pages)
 *
 * A slab is one block of 2^gfporder pages holding @num objects; its
 * descriptor (struct slab, then one kmem_bufctl_t per object chaining
 * the free ones) sits at the start of the block for small objects, or in
 * a kmalloc cache of its own ("off slab") for large ones. The layout is
 * Linux 2.6.32's; see docs/slab.md.
 */
#ifndef _LINUX_SLAB_DEF_H
#define _LINUX_SLAB_DEF_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/spinlock.h>

/* The most objects an array cache holds (Linux's limit for small objects) */
#define SLAB_ARRAY_MAX 120

/**
 * struct array_cache - a per-CPU stack of free objects in front of the slabs
 * @avail: how many objects @entry holds; the top is @entry[@avail - 1]
 * @limit: at most this many; a free to a full array first flushes @batchcount
 * @batchcount: how many objects move between the array and the slabs at once
 * @touched: set by each allocation; cache_reap() drains only an untouched array
 * @entry: the objects, most recently freed last (LIFO: cache-warm first)
 */
struct array_cache {
	unsigned int avail;
	unsigned int limit;
	unsigned int batchcount;
	unsigned int touched;
	void *entry[SLAB_ARRAY_MAX];
};

/**
 * struct kmem_list3 - a cache's slabs, by how full they are
 * @slabs_partial: slabs with some objects in use; allocation looks here first
 * @slabs_full: slabs with every object in use
 * @slabs_free: slabs with no object in use; kmem_cache_shrink() frees them
 * @free_objects: free objects in all slabs (not counting the array cache)
 * @free_limit: above this many free objects, empty slabs go back at once
 * @list_lock: protects the lists (taken with interrupts off)
 * @next_reap: cache_reap() looks at the free slabs again after this time (jiffies)
 * @free_touched: an allocation had to take a free slab since cache_reap() last looked
 */
struct kmem_list3 {
	struct list_head slabs_partial;
	struct list_head slabs_full;
	struct list_head slabs_free;
	unsigned long free_objects;
	unsigned int free_limit;
	spinlock_t list_lock;
	unsigned long next_reap;
	int free_touched;
};

/**
 * struct kmem_cache - a cache of equal-sized objects
 * @array: the per-CPU array cache (Linnet has one CPU)
 * @buffer_size: bytes from one object to the next, debug bytes included
 * @num: objects per slab
 * @gfporder: each slab is 2^@gfporder pages
 * @gfpflags: added to every page allocation (GFP_DMA for DMA caches)
 * @flags: SLAB_* flags, plus CFLGS_OFF_SLAB (mm/slab.c)
 * @lists: the slab lists
 * @colour: how many colours (different starting offsets) slabs cycle through
 * @colour_off: the distance between two colours (the cache line)
 * @colour_next: the colour of the next slab
 * @slabp_cache: the kmalloc cache holding off-slab descriptors, or NULL
 * @slab_size: bytes of one slab descriptor with its bufctl array
 * @ctor: constructor, run on each object when its slab is created
 * @name: the name slabinfo shows
 * @next: link in the chain of all caches
 * @obj_offset: where the caller's object starts in a buffer (after a red zone)
 * @obj_size: the caller's object size (what ksize() returns)
 * @kasan_meta_offset: KASAN (make KASAN=1): where its metadata sits, from the object
 */
struct kmem_cache {
	struct array_cache array;
	unsigned int buffer_size;
	unsigned int num;
	unsigned int gfporder;
	gfp_t gfpflags;
	unsigned long flags;
	struct kmem_list3 lists;
	size_t colour;
	unsigned int colour_off;
	unsigned int colour_next;
	struct kmem_cache *slabp_cache;
	unsigned int slab_size;
	void (*ctor)(void *obj);
	const char *name;
	struct list_head next;
	int obj_offset;
	int obj_size;
#ifdef CONFIG_KASAN
	int kasan_meta_offset;
#endif
};

/**
 * struct cache_sizes - one kmalloc size class and its two caches
 * @cs_size: the largest request the class serves
 * @cs_cachep: "size-N", for ordinary requests
 * @cs_dmacachep: "size-N(DMA)", for GFP_DMA requests
 */
struct cache_sizes {
	size_t cs_size;
	struct kmem_cache *cs_cachep;
	struct kmem_cache *cs_dmacachep;
};

int kmem_cache_validate(struct kmem_cache *cachep);
int kmem_cache_validate_all(void);
int slabinfo_show(char *buf, size_t size);
unsigned long slab_pages(void);

/* The size classes, smallest first, ending with a zero cs_size. */
extern struct cache_sizes malloc_sizes[];

struct mutex;
/* Held across kmem_cache_create() and kmem_cache_destroy() (mm/slab.c) */
extern struct mutex cache_chain_mutex;

#endif /* _LINUX_SLAB_DEF_H */
