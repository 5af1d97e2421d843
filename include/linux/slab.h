/*
 * slab.h - object caches and kmalloc(): memory in pieces smaller than a page.
 *
 * The page allocator hands out whole pages. Most of what the kernel
 * allocates is much smaller and comes in many objects of the same size
 * (a task, an inode, a list node). The slab layer keeps a cache per kind
 * of object: each cache carves pages ("slabs") into equal objects and
 * hands them out one at a time, so an allocation is usually a pop from a
 * per-CPU stack of ready objects. kmalloc() is a set of such caches, one
 * per size class, for memory of any size. The design is Bonwick's slab
 * allocator as Linux 2.6's mm/slab.c has it; see docs/slab.md.
 */
#ifndef _LINUX_SLAB_H
#define _LINUX_SLAB_H

#include <linux/types.h>
#include <linux/gfp.h>
#include <linux/string.h>

/* Flags to kmem_cache_create(); Linux 2.6.32's values. */
#define SLAB_DEBUG_FREE 0x00000100UL     /* check every free (Linnet: part of the debug set) */
#define SLAB_RED_ZONE 0x00000400UL       /* guard bytes around objects, checked on free */
#define SLAB_POISON 0x00000800UL         /* fill free objects with 0x6b, checked on allocation */
#define SLAB_HWCACHE_ALIGN 0x00002000UL  /* align objects on a cache line (L1_CACHE_BYTES) */
#define SLAB_CACHE_DMA 0x00004000UL      /* take the slabs from ZONE_DMA */
#define SLAB_STORE_USER 0x00010000UL     /* remember who allocated and freed each object */
#define SLAB_RECLAIM_ACCOUNT 0x00020000UL /* counted as SReclaimable (no reclaim yet) */
#define SLAB_PANIC 0x00040000UL          /* panic if kmem_cache_create() fails */

/*
 * kmalloc(0) returns this: not NULL (so the caller does not think the
 * allocation failed), but an address that faults when used. kfree() and
 * ksize() accept it.
 */
#define ZERO_SIZE_PTR ((void *)16)
#define ZERO_OR_NULL_PTR(x) ((unsigned long)(x) <= (unsigned long)ZERO_SIZE_PTR)

/* The largest kmalloc(): the largest buddy block, order MAX_ORDER - 1 (4 MiB). */
#define KMALLOC_SHIFT_HIGH 22
#define KMALLOC_MAX_SIZE (1UL << KMALLOC_SHIFT_HIGH)
/* Above this size kmalloc() goes straight to the page allocator. */
#define KMALLOC_MAX_CACHE_SIZE 8192
/* kmalloc() memory is aligned to at least this (a long long, or a double) */
#define ARCH_KMALLOC_MINALIGN 8

struct kmem_cache;

struct kmem_cache *kmem_cache_create(const char *name, size_t size, size_t align,
				     unsigned long flags, void (*ctor)(void *));
void kmem_cache_destroy(struct kmem_cache *cachep);
int kmem_cache_shrink(struct kmem_cache *cachep);
void *kmem_cache_alloc(struct kmem_cache *cachep, gfp_t flags);
void kmem_cache_free(struct kmem_cache *cachep, void *objp);
unsigned int kmem_cache_size(struct kmem_cache *cachep);
const char *kmem_cache_name(struct kmem_cache *cachep);
void kmem_cache_init(void);

void *kmalloc(size_t size, gfp_t flags);
void *__kmalloc_track_caller(size_t size, gfp_t flags, unsigned long caller);
/* kmalloc_track_caller - kmalloc() that records our caller as the allocator */
#define kmalloc_track_caller(size, flags) __kmalloc_track_caller(size, flags, _RET_IP_)
void kfree(const void *objp);
size_t ksize(const void *objp);
void *krealloc(const void *p, size_t new_size, gfp_t flags);

/**
 * kmem_cache_zalloc - allocate an object from a cache, zeroed
 * @k: the cache
 * @flags: GFP flags, as for kmem_cache_alloc()
 *
 * Context: as kmem_cache_alloc().
 * Return: the zeroed object, or NULL.
 */
static inline void *kmem_cache_zalloc(struct kmem_cache *k, gfp_t flags)
{
	return kmem_cache_alloc(k, flags | __GFP_ZERO);
}

/**
 * kzalloc - allocate zeroed memory
 * @size: how many bytes
 * @flags: GFP flags, as for kmalloc()
 *
 * Context: as kmalloc().
 * Return: the memory, or ZERO_SIZE_PTR for @size 0, or NULL.
 */
static inline void *kzalloc(size_t size, gfp_t flags)
{
	return kmalloc(size, flags | __GFP_ZERO);
}

/**
 * kcalloc - allocate zeroed memory for an array
 * @n: number of elements
 * @size: size of one element
 * @flags: GFP flags, as for kmalloc()
 *
 * Context: as kmalloc().
 * Return: the memory, or NULL if @n * @size overflows or memory is short.
 */
static inline void *kcalloc(size_t n, size_t size, gfp_t flags)
{
	if (size != 0 && n > ~(size_t)0 / size)
		return NULL;
	return kzalloc(n * size, flags);
}

#endif /* _LINUX_SLAB_H */
