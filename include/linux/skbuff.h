/*
 * skbuff.h - socket buffers: one message (or one piece of a stream) on
 * its way from a sender's sendmsg to a receiver's recvmsg.
 *
 * An sk_buff is a header and a linear data area. The sender fills it
 * with skb_put(), charges it to its own socket (skb_set_owner_w: the
 * send buffer limit), and links it onto the receiver's sk_receive_queue,
 * an sk_buff_head: a doubly linked ring with a count and a spinlock. The
 * receiver copies the data out, skb_pull()s what it read, and frees the
 * buffer; the destructor (sock_wfree) gives the sender its room back.
 *
 *   head/data ---> [ bytes already pulled | bytes to read (len) | room ]
 *
 * cb[] is 48 bytes the family keeps per buffer (AF_UNIX: the sender's
 * credentials and the files in flight, struct unix_skb_parms).
 *
 * Differences from Linux 2.6.32: no paged fragments, no cloning, no
 * headroom or network headers; the data is one kmalloc() block. That is
 * all a local family needs. See net/core/skbuff.c, docs/sockets.md.
 */
#ifndef _LINUX_SKBUFF_H
#define _LINUX_SKBUFF_H

#include <linux/types.h>
#include <linux/spinlock.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/atomic.h>

struct sock;
struct iovec;

/**
 * struct sk_buff - one buffer of data between sockets
 * @next: the next buffer on its queue (the queue's head ends the ring)
 * @prev: the previous one
 * @sk: the socket that owns it (the sender's while in flight for AF_UNIX)
 * @len: bytes left to read, from @data
 * @users: references: 1, plus one per MSG_PEEK reader looking at it
 * @truesize: the memory it costs its owner (header and data)
 * @cb: the family's per-buffer control block
 * @destructor: called by kfree_skb (sock_wfree: return the send room)
 * @head: the start of the data block
 * @data: the first unread byte
 * @tail: where skb_put() adds
 * @end: the end of the data block
 */
struct sk_buff {
	struct sk_buff *next;
	struct sk_buff *prev;
	struct sock *sk;
	unsigned int len;
	atomic_t users;
	unsigned int truesize;
	char cb[48] __aligned(8);
	void (*destructor)(struct sk_buff *skb);
	unsigned char *head;
	unsigned char *data;
	unsigned char *tail;
	unsigned char *end;
};

/**
 * struct sk_buff_head - a queue of buffers
 * @next: the first buffer (or the head itself: empty)
 * @prev: the last one
 * @qlen: how many
 * @lock: guards the links and @qlen
 */
struct sk_buff_head {
	struct sk_buff *next;
	struct sk_buff *prev;
	__u32 qlen;
	spinlock_t lock;
};

/* SKB_MAX_ALLOC - the largest data block of one buffer (2.6.32: an order-2 allocation) */
#define SKB_MAX_ALLOC ((PAGE_SIZE << 2) - 256)

struct sk_buff *alloc_skb(unsigned int size, gfp_t priority);
void kfree_skb(struct sk_buff *skb);
void skb_queue_tail(struct sk_buff_head *list, struct sk_buff *newsk);
void skb_queue_head(struct sk_buff_head *list, struct sk_buff *newsk);
struct sk_buff *skb_dequeue(struct sk_buff_head *list);
void skb_queue_purge(struct sk_buff_head *list);
int skb_copy_datagram_iovec(const struct sk_buff *from, int offset, struct iovec *to, int size);
struct sk_buff *skb_recv_datagram(struct sock *sk, unsigned flags, int noblock, int *err);
void skb_free_datagram(struct sock *sk, struct sk_buff *skb);

/* skb_queue_head_init - an empty queue */
static inline void skb_queue_head_init(struct sk_buff_head *list)
{
	spin_lock_init(&list->lock);
	list->prev = list->next = (struct sk_buff *)list;
	list->qlen = 0;
}

/* skb_queue_empty - no buffer queued (a racy look without the lock, as Linux) */
static inline int skb_queue_empty(const struct sk_buff_head *list)
{
	return list->next == (const struct sk_buff *)list;
}

/* skb_queue_len - buffers queued */
static inline __u32 skb_queue_len(const struct sk_buff_head *list)
{
	return list->qlen;
}

/* skb_peek - the first buffer, left on the queue; NULL if empty. Hold the lock. */
static inline struct sk_buff *skb_peek(struct sk_buff_head *list)
{
	struct sk_buff *skb = list->next;

	return skb == (struct sk_buff *)list ? NULL : skb;
}

/* __skb_insert - link @newsk between @prev and @next on @list (lock held) */
static inline void __skb_insert(struct sk_buff *newsk, struct sk_buff *prev, struct sk_buff *next,
				struct sk_buff_head *list)
{
	newsk->next = next;
	newsk->prev = prev;
	next->prev = prev->next = newsk;
	list->qlen++;
}

/* __skb_queue_tail - append @newsk (lock held) */
static inline void __skb_queue_tail(struct sk_buff_head *list, struct sk_buff *newsk)
{
	__skb_insert(newsk, list->prev, (struct sk_buff *)list, list);
}

/* __skb_unlink - take @skb off @list (lock held) */
static inline void __skb_unlink(struct sk_buff *skb, struct sk_buff_head *list)
{
	list->qlen--;
	skb->next->prev = skb->prev;
	skb->prev->next = skb->next;
	skb->next = skb->prev = NULL;
}

/* __skb_dequeue - the first buffer, unlinked, or NULL (lock held) */
static inline struct sk_buff *__skb_dequeue(struct sk_buff_head *list)
{
	struct sk_buff *skb = skb_peek(list);

	if (skb)
		__skb_unlink(skb, list);
	return skb;
}

#define skb_queue_walk(queue, skb) \
	for (skb = (queue)->next; skb != (struct sk_buff *)(queue); skb = skb->next)

/* skb_put - add @len bytes at the tail; a pointer to them */
static inline unsigned char *skb_put(struct sk_buff *skb, unsigned int len)
{
	unsigned char *tmp = skb->tail;

	BUG_ON(skb->tail + len > skb->end);
	skb->tail += len;
	skb->len += len;
	return tmp;
}

/* skb_pull - consume @len bytes from the front; the new data pointer */
static inline unsigned char *skb_pull(struct sk_buff *skb, unsigned int len)
{
	BUG_ON(len > skb->len);
	skb->len -= len;
	skb->data += len;
	return skb->data;
}

/* skb_tailroom - bytes skb_put() may still add */
static inline int skb_tailroom(const struct sk_buff *skb)
{
	return skb->end - skb->tail;
}

#endif /* _LINUX_SKBUFF_H */
