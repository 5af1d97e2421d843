/*
 * mm/slab.h - what the parts of the slab layer share (mm/ only).
 *
 * mm/slab.c keeps the caches and their slabs, mm/slab_debug.c checks
 * objects when debugging is on, mm/slab_common.c builds kmalloc() on
 * the caches. This header is the contract between them: the slab
 * descriptor, the way from an address back to its page, slab and cache,
 * and the debug hooks. Linux 2.6.32 has all three in mm/slab.c and no
 * mm/slab.h (later Linux, 3.6+, has both files); Linnet splits the code
 * so that each part can be read, and tested on the host, alone. See
 * docs/slab.md.
 */
#ifndef _MM_SLAB_H
#define _MM_SLAB_H

#include <linux/kernel.h>
#include <linux/fault-inject.h>
#include <linux/irqflags.h>
#include <linux/kasan.h>
#include <linux/mm.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/slab_def.h>
#include <linux/string.h>

/* Internal cache flag: the slab descriptor lives off the slab. */
#define CFLGS_OFF_SLAB 0x80000000UL

/* The flags that make a cache check its objects (mm/slab_debug.c). */
#define SLAB_DEBUG_FLAGS (SLAB_RED_ZONE | SLAB_POISON | SLAB_STORE_USER | SLAB_DEBUG_FREE)

/* A slab's free-object chain: bufctl[i] is the index of the next free one. */
typedef unsigned int kmem_bufctl_t;
#define BUFCTL_END (((kmem_bufctl_t)(~0U)) - 0)
#define SLAB_LIMIT (((kmem_bufctl_t)(~0U)) - 3)

/**
 * struct slab - the descriptor of one slab
 * @list: link in slabs_full, slabs_partial or slabs_free
 * @colouroff: bytes from the start of the pages to the descriptor or first object
 * @s_mem: the first object
 * @inuse: objects handed out (to callers or to the array cache)
 * @free: index of the first free object, or BUFCTL_END
 *
 * An array of kmem_bufctl_t, one per object, follows the descriptor.
 */
struct slab {
	struct list_head list;
	unsigned long colouroff;
	void *s_mem;
	unsigned int inuse;
	kmem_bufctl_t free;
};

static inline kmem_bufctl_t *slab_bufctl(struct slab *slabp)
{
	return (kmem_bufctl_t *)(slabp + 1);
}

/*
 * Objects are named by the address the caller sees: @obj_offset bytes
 * into their buffer (0 unless a red zone comes first). As @obj_offset is
 * less than @buffer_size, dividing finds the index either way.
 */
static inline void *index_to_obj(struct kmem_cache *cache, struct slab *slab, unsigned int idx)
{
	return (char *)slab->s_mem + cache->buffer_size * idx + cache->obj_offset;
}

static inline unsigned int obj_to_index(struct kmem_cache *cache, struct slab *slab,
					const void *obj)
{
	return (unsigned int)((const char *)obj - (const char *)slab->s_mem) / cache->buffer_size;
}

/* A slab page's lru.next is its cache, lru.prev its slab (Linux 2.6). */
static inline struct kmem_cache *page_get_cache(struct page *page)
{
	return (struct kmem_cache *)page->lru.next;
}

static inline struct slab *page_get_slab(struct page *page)
{
	return (struct slab *)page->lru.prev;
}

static inline struct kmem_cache *virt_to_cache(const void *obj)
{
	return page_get_cache(virt_to_page(obj));
}

static inline struct slab *virt_to_slab(const void *obj)
{
	return page_get_slab(virt_to_page(obj));
}

/* mm/slab.c: the chain of every cache, and its lock */
extern struct list_head cache_chain;
extern spinlock_t cache_chain_lock;
void *cache_alloc_refill(struct kmem_cache *cachep, gfp_t flags, unsigned long irqflags);
void cache_flusharray(struct kmem_cache *cachep, struct array_cache *ac);
struct kmem_cache *__kmem_cache_create(const char *name, size_t size, size_t align,
				       unsigned long flags, void (*ctor)(void *));
void kmalloc_caches_init(void);
struct kmem_cache *kmem_find_general_cachep(size_t size, gfp_t gfpflags);

/* mm/slab_debug.c: the checks slab_debug and the SLAB_* debug flags turn on */
extern bool slab_debug;
/* Red zone words are 64 bits, aligned to 8 bytes (Linux's REDZONE_ALIGN) */
#define REDZONE_ALIGN 8
size_t slab_debug_layout(struct kmem_cache *cachep, size_t size, size_t align);
void slab_debug_init_obj(struct kmem_cache *cachep, void *obj);
void cache_alloc_debugcheck_after(struct kmem_cache *cachep, void *obj, unsigned long caller);
bool cache_free_debugcheck(struct kmem_cache *cachep, const void *obj, unsigned long caller);
__printf(3, 4) void __slab_error(const char *function, struct kmem_cache *cachep,
				 const char *fmt, ...);
/* slab_error - report a slab error, naming the function that found it */
#define slab_error(cachep, ...) __slab_error(__func__, cachep, __VA_ARGS__)

/*
 * The fast paths, inline in kmem_cache_alloc(), kmalloc(), kmem_cache_free()
 * and kfree(): a pop or a push on the array cache with interrupts off.
 */

/**
 * __cache_alloc - allocate an object, recording who asked
 * @cachep: the cache
 * @flags: GFP flags
 * @caller: the return address to record (SLAB_STORE_USER)
 *
 * Context: any if @flags cannot sleep; process context for GFP_KERNEL.
 * Return: the object, or NULL.
 */
static __always_inline void *__cache_alloc(struct kmem_cache *cachep, gfp_t flags,
					   unsigned long caller)
{
	struct array_cache *ac = &cachep->array;
	unsigned long irqflags;
	void *objp;

	might_sleep_if(flags & __GFP_WAIT);
	if (should_failslab(cachep, flags))
		return NULL;
	local_irq_save(irqflags);
	if (likely(ac->avail)) {
		ac->touched = 1;
		objp = ac->entry[--ac->avail];
	} else {
		objp = cache_alloc_refill(cachep, flags, irqflags);
	}
	local_irq_restore(irqflags);
	if (objp)
		kasan_slab_alloc(cachep, objp, caller);
	if (unlikely(cachep->flags & SLAB_DEBUG_FLAGS) && objp)
		cache_alloc_debugcheck_after(cachep, objp, caller);
	if (unlikely(flags & __GFP_ZERO) && objp)
		memset(objp, 0, cachep->obj_size);
	return objp;
}

/**
 * ___cache_free - put a checked object on the array cache
 * @cachep: the cache the object came from
 * @objp: the object
 *
 * The last step of a free, also taken by KASAN's quarantine when it lets
 * an object go.
 *
 * Context: any.
 */
static __always_inline void ___cache_free(struct kmem_cache *cachep, void *objp)
{
	struct array_cache *ac = &cachep->array;
	unsigned long irqflags;

	local_irq_save(irqflags);
	if (unlikely(ac->avail >= ac->limit))
		cache_flusharray(cachep, ac);
	ac->entry[ac->avail++] = objp;
	local_irq_restore(irqflags);
}

/**
 * __cache_free - free an object of a known cache, recording who freed it
 * @cachep: the cache the object came from
 * @objp: the object
 * @caller: the return address to record (SLAB_STORE_USER)
 *
 * With debugging on, a bad free is reported and ignored.
 *
 * Context: any.
 */
static __always_inline void __cache_free(struct kmem_cache *cachep, void *objp,
					 unsigned long caller)
{
	if (unlikely(cachep->flags & SLAB_DEBUG_FLAGS) && !cache_free_debugcheck(cachep, objp, caller))
		return;
	if (kasan_slab_free(cachep, objp, caller))
		return;
	___cache_free(cachep, objp);
}

#endif /* _MM_SLAB_H */
