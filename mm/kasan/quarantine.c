/*
 * quarantine.c - holding freed objects back, so a use after free is caught.
 *
 * If kfree() gave an object straight back to its cache, the next
 * kmalloc() of that size would hand it out again at once (the array
 * cache is last in, first out), its shadow would be valid again, and a
 * stale pointer's access would go unnoticed. So KASAN keeps freed
 * objects poisoned in a FIFO for a while before really freeing them:
 *
 *   kfree(c) --> tail [c][b][a] head --> oldest out when over the limit
 *                                         --> the slab layer's free
 *
 * The limit is 1/64 of RAM (Linux keeps 1/32). The list runs through
 * each object's KASAN metadata (struct kasan_alloc_meta's qlink), so it
 * costs no memory of its own. Destroying or shrinking a cache first
 * gives back that cache's quarantined objects. See docs/debugging.md.
 */
#include <linux/kernel.h>
#include <linux/irqflags.h>
#include <linux/mm.h>
#include "kasan.h"
#include "../slab.h"

static void *q_head, *q_tail;
static unsigned long q_bytes;
static bool q_releasing; /* release_head() is running: a nested put only queues */

static unsigned long quarantine_limit(void)
{
	return (totalram_pages << PAGE_SHIFT) / 64;
}

/* The object's cache: it is a slab object, so its page says */
static struct kmem_cache *qlink_cache(void *object)
{
	return virt_to_cache(object);
}

/* Take the oldest object out of the quarantine and free it for real. */
static void release_head(void)
{
	void *object = q_head;
	struct kmem_cache *cache = qlink_cache(object);

	q_head = get_alloc_meta(cache, object)->qlink;
	if (!q_head)
		q_tail = NULL;
	q_bytes -= cache->buffer_size;
	___cache_free(cache, object);
}

/**
 * quarantine_put - queue a freed (poisoned) object, freeing the oldest if full
 * @cache: its cache
 * @object: the object
 *
 * Context: any; interrupts are turned off inside.
 */
void quarantine_put(struct kmem_cache *cache, void *object)
{
	unsigned long flags;

	local_irq_save(flags);
	get_alloc_meta(cache, object)->qlink = NULL;
	if (q_tail)
		get_alloc_meta(qlink_cache(q_tail), q_tail)->qlink = object;
	else
		q_head = object;
	q_tail = object;
	q_bytes += cache->buffer_size;
	/*
	 * Freeing for real can free again: free_block() destroying a slab
	 * whose management structure is off-slab frees that through
	 * kmem_cache_free(), back into here, with the first cache's list
	 * lock held. That nested put only queues; the loop below, one
	 * level up, sees the bytes it added and releases them.
	 */
	if (q_releasing)
		goto out;
	q_releasing = true;
	while (q_bytes > quarantine_limit())
		release_head();
	q_releasing = false;
out:
	local_irq_restore(flags);
}

/**
 * quarantine_remove_cache - free every quarantined object of one cache
 * @cache: the cache (NULL: every cache)
 *
 * Context: any; interrupts are turned off inside.
 */
void quarantine_remove_cache(struct kmem_cache *cache)
{
	void **link = &q_head, *object, *prev = NULL;
	unsigned long flags;
	bool was_releasing;

	local_irq_save(flags);
	was_releasing = q_releasing;
	q_releasing = true;
	while ((object = *link) != NULL) {
		struct kmem_cache *c = qlink_cache(object);
		struct kasan_alloc_meta *meta = get_alloc_meta(c, object);

		if (cache && c != cache) {
			prev = object;
			link = &meta->qlink;
			continue;
		}
		*link = meta->qlink;
		if (q_tail == object)
			q_tail = prev;
		q_bytes -= c->buffer_size;
		___cache_free(c, object); /* may put more at the tail: the walk reaches them */
	}
	q_releasing = was_releasing;
	local_irq_restore(flags);
}

/**
 * kasan_quarantine_drain - free every quarantined object
 *
 * For checks that want the allocators' counts as if KASAN were not there
 * (a leak check after a test).
 *
 * Context: any.
 */
void kasan_quarantine_drain(void)
{
	quarantine_remove_cache(NULL);
}
