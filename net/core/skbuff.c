/*
 * skbuff.c - allocating, freeing and queueing socket buffers.
 *
 * alloc_skb() makes a header from its own slab cache (skbuff_head_cache,
 * as 2.6.32) and a kmalloc()ed data block; kfree_skb() runs the
 * destructor (which gives the owner its send room back) and frees both.
 * The queue functions take the queue's spinlock with interrupts off, as
 * Linux's do, because network drivers queue from interrupt handlers;
 * AF_UNIX only queues from process context.
 *
 * Linux 2.6.32's sk_buff also has paged fragments, clones and a shared
 * info block; Linnet's has one linear block (include/linux/skbuff.h).
 * Read next: net/core/datagram.c, docs/sockets.md.
 */
#include <linux/skbuff.h>
#include <linux/slab.h>
#include <linux/init.h>
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/cache.h>

static struct kmem_cache *skbuff_head_cache;

/**
 * alloc_skb - a buffer with room for @size bytes of data
 * @size: the data room
 * @priority: GFP_KERNEL and friends
 *
 * Context: process context with GFP_KERNEL; any with GFP_ATOMIC.
 * Return: the buffer (len 0, no owner), or NULL.
 */
struct sk_buff *alloc_skb(unsigned int size, gfp_t priority)
{
	struct sk_buff *skb = kmem_cache_alloc(skbuff_head_cache, priority);
	unsigned char *data;

	if (!skb)
		return NULL;
	data = kmalloc(size ?: 1, priority);
	if (!data) {
		kmem_cache_free(skbuff_head_cache, skb);
		return NULL;
	}
	memset(skb, 0, sizeof(*skb));
	atomic_set(&skb->users, 1);
	skb->truesize = ALIGN(size, L1_CACHE_BYTES) + sizeof(struct sk_buff);
	skb->head = skb->data = skb->tail = data;
	skb->end = data + size;
	return skb;
}
EXPORT_SYMBOL(alloc_skb);

/**
 * kfree_skb - drop a reference; the last frees the buffer, after its destructor
 * @skb: the buffer (off every queue when it is the last reference), or NULL
 *
 * Context: process context (the destructor may fput() passed files).
 */
void kfree_skb(struct sk_buff *skb)
{
	if (!skb)
		return;
	if (atomic_read(&skb->users) != 1 && !atomic_dec_and_test(&skb->users))
		return;
	if (skb->destructor)
		skb->destructor(skb);
	kfree(skb->head);
	kmem_cache_free(skbuff_head_cache, skb);
}
EXPORT_SYMBOL(kfree_skb);

/**
 * skb_queue_tail - append a buffer to a queue
 * @list: the queue
 * @newsk: the buffer
 *
 * Context: any.
 */
void skb_queue_tail(struct sk_buff_head *list, struct sk_buff *newsk)
{
	unsigned long flags;

	spin_lock_irqsave(&list->lock, flags);
	__skb_queue_tail(list, newsk);
	spin_unlock_irqrestore(&list->lock, flags);
}
EXPORT_SYMBOL(skb_queue_tail);

/**
 * skb_queue_head - put a buffer back at the front of a queue
 * @list: the queue
 * @newsk: the buffer
 *
 * Context: any.
 */
void skb_queue_head(struct sk_buff_head *list, struct sk_buff *newsk)
{
	unsigned long flags;

	spin_lock_irqsave(&list->lock, flags);
	__skb_insert(newsk, (struct sk_buff *)list, list->next, list);
	spin_unlock_irqrestore(&list->lock, flags);
}
EXPORT_SYMBOL(skb_queue_head);

/**
 * skb_dequeue - take the first buffer off a queue
 * @list: the queue
 *
 * Context: any.
 * Return: the buffer, or NULL if the queue is empty.
 */
struct sk_buff *skb_dequeue(struct sk_buff_head *list)
{
	unsigned long flags;
	struct sk_buff *skb;

	spin_lock_irqsave(&list->lock, flags);
	skb = __skb_dequeue(list);
	spin_unlock_irqrestore(&list->lock, flags);
	return skb;
}
EXPORT_SYMBOL(skb_dequeue);

/**
 * skb_queue_purge - free every buffer of a queue
 * @list: the queue
 *
 * Context: process context.
 */
void skb_queue_purge(struct sk_buff_head *list)
{
	struct sk_buff *skb;

	while ((skb = skb_dequeue(list)) != NULL)
		kfree_skb(skb);
}
EXPORT_SYMBOL(skb_queue_purge);

static int __init skb_init(void)
{
	skbuff_head_cache = kmem_cache_create("skbuff_head_cache", sizeof(struct sk_buff), 0,
					      SLAB_HWCACHE_ALIGN | SLAB_PANIC, NULL);
	return 0;
}
core_initcall(skb_init);
