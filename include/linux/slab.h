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
 * SLAB_DESTROY_BY_RCU: a slab's pages go back to the page allocator only
 * after an RCU grace period. The objects themselves are NOT delayed:
 * kmem_cache_free() makes one reusable at once, and a reader may find a
 * different object of the same type at the address it looked up. What
 * the flag promises is type stability: inside rcu_read_lock(), memory
 * that held an object of this cache still holds one (free, or reused),
 * never something else. So a lock-free lookup must check what it found:
 *
 *   rcu_read_lock();
 *   again:
 *   obj = lookup(key);
 *   if (obj && (!get_ref_unless_zero(obj) || obj->key != key)) {
 *           put_ref_if_taken(obj);
 *           goto again;      (freed, or reused for another key)
 *   }
 *   rcu_read_unlock();
 *
 * Linux 4.12 renamed it SLAB_TYPESAFE_BY_RCU; both names work here.
 */
#define SLAB_DESTROY_BY_RCU 0x00080000UL /* defer freeing slab pages by a grace period */
#define SLAB_TYPESAFE_BY_RCU SLAB_DESTROY_BY_RCU

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
void *__kmalloc(size_t size, gfp_t flags);
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
 * kmalloc_array - allocate memory for an array (Linux 3.4, an addition)
 * @n: number of elements
 * @size: size of one element
 * @flags: GFP flags, as for kmalloc()
 *
 * Context: as kmalloc().
 * Return: the memory, or NULL if @n * @size overflows or memory is short.
 */
static inline void *kmalloc_array(size_t n, size_t size, gfp_t flags)
{
	if (size != 0 && n > ~(size_t)0 / size)
		return NULL;
	return kmalloc(n * size, flags);
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

/*
 * The _node forms name the NUMA node to allocate from. Linnet has one
 * node, as a 2.6.32 kernel built without CONFIG_NUMA, where these are the
 * same inlines: the node is ignored.
 */

/**
 * kmalloc_node - kmalloc() from a given NUMA node
 * @size: how many bytes
 * @flags: GFP flags, as for kmalloc()
 * @node: the node, or NUMA_NO_NODE (ignored: one node)
 *
 * Context: as kmalloc().
 * Return: as kmalloc().
 */
static inline void *kmalloc_node(size_t size, gfp_t flags, int node __maybe_unused)
{
	return kmalloc(size, flags);
}

/**
 * kzalloc_node - kzalloc() from a given NUMA node
 * @size: how many bytes
 * @flags: GFP flags, as for kmalloc()
 * @node: the node, or NUMA_NO_NODE (ignored: one node)
 *
 * Context: as kmalloc().
 * Return: as kzalloc().
 */
static inline void *kzalloc_node(size_t size, gfp_t flags, int node __maybe_unused)
{
	return kmalloc(size, flags | __GFP_ZERO);
}

/**
 * kmem_cache_alloc_node - kmem_cache_alloc() from a given NUMA node
 * @cachep: the cache
 * @flags: GFP flags
 * @node: the node, or NUMA_NO_NODE (ignored: one node)
 *
 * Context: as kmem_cache_alloc().
 * Return: the object, or NULL.
 */
static inline void *kmem_cache_alloc_node(struct kmem_cache *cachep, gfp_t flags, int node __maybe_unused)
{
	return kmem_cache_alloc(cachep, flags);
}

/*
 * kvmalloc() and friends (Linux 4.12, an addition): kmalloc() if that can
 * be had cheaply, else vmalloc(). For a table that is usually small but
 * may be large. kvfree() frees either kind. In mm/util.c.
 */
void *kvmalloc_node(size_t size, gfp_t flags, int node);
void kvfree(const void *addr);

/* kvmalloc - kvmalloc_node() on any node */
static inline void *kvmalloc(size_t size, gfp_t flags)
{
	return kvmalloc_node(size, flags, NUMA_NO_NODE);
}

/* kvzalloc - kvmalloc(), zeroed */
static inline void *kvzalloc(size_t size, gfp_t flags)
{
	return kvmalloc_node(size, flags | __GFP_ZERO, NUMA_NO_NODE);
}

/* kvzalloc_node - kvmalloc_node(), zeroed */
static inline void *kvzalloc_node(size_t size, gfp_t flags, int node __maybe_unused)
{
	return kvmalloc_node(size, flags | __GFP_ZERO, node);
}

/* kvmalloc_array - kvmalloc() of @n * @size, NULL if that overflows */
static inline void *kvmalloc_array(size_t n, size_t size, gfp_t flags)
{
	if (size != 0 && n > ~(size_t)0 / size)
		return NULL;
	return kvmalloc(n * size, flags);
}

/* kvcalloc - kvmalloc_array(), zeroed */
static inline void *kvcalloc(size_t n, size_t size, gfp_t flags)
{
	return kvmalloc_array(n, size, flags | __GFP_ZERO);
}

#endif /* _LINUX_SLAB_H */
