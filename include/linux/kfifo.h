/*
 * kfifo.h - a byte ring buffer for one producer and one consumer.
 *
 * The interface is today's Linux kfifo for a fifo of bytes: kfifo_alloc()
 * or kfifo_init() set it up, kfifo_in() appends, kfifo_out() removes,
 * kfifo_peek() looks at the next byte. Sizes are powers of two, so
 * "index mod size" is "index & mask", and the in/out counters run free:
 * they are never wrapped, and in - out is the number of bytes held even
 * after the counters overflow. One producer and one consumer may use a
 * fifo at the same time without a lock (an interrupt handler filling it,
 * a task emptying it); lib/kfifo.c explains why.
 *
 * DEFINE_KFIFO(name, size) makes a fifo with a static buffer, ready at
 * boot before any allocator exists.
 *
 * A stated difference: Linux 2.6.32 has the older kfifo, in
 * kernel/kfifo.c: struct kfifo *kfifo_alloc(size, gfp, spinlock_t *) and
 * kfifo_init() return a pointer, kfifo_put(fifo, buf, len) and
 * kfifo_get() copy under that spinlock and __kfifo_put()/__kfifo_get() are
 * the lock-free forms. Linnet has the API that replaced it in 2.6.33
 * (kfifo_in, kfifo_out, int-returning kfifo_alloc(&fifo, size, gfp),
 * single-byte kfifo_put(fifo, val)), because every later book and driver
 * uses it; a 2.6.32 driver calling kfifo_put(f, buf, n) does not compile
 * here. Its DEFINE_KFIFO(name, size) is 2.6.33's form; today's takes a
 * type as well. See docs/drivers.md.
 */
#ifndef _LINUX_KFIFO_H
#define _LINUX_KFIFO_H

#include <linux/types.h>
#include <linux/gfp.h>

/**
 * struct kfifo - a power-of-two ring of bytes
 * @in: free-running count of bytes ever put in (only the producer writes it)
 * @out: free-running count of bytes ever taken out (only the consumer writes it)
 * @mask: size - 1; a count & mask is an index into @data
 * @esize: the element size, always 1 (a fifo of bytes)
 * @data: the buffer of @mask + 1 bytes
 */
struct kfifo {
	unsigned int in;
	unsigned int out;
	unsigned int mask;
	unsigned int esize;
	void *data;
};

/* DEFINE_KFIFO - a fifo named @fifo with a static buffer of @size bytes (a power of two) */
#define DEFINE_KFIFO(fifo, size)                                                  \
	static unsigned char fifo##_buf[(size) + BUILD_BUG_ON_ZERO((size) & ((size) - 1)) + \
					BUILD_BUG_ON_ZERO((size) < 2)];                    \
	struct kfifo fifo = { .mask = (size) - 1, .esize = 1, .data = fifo##_buf }

int kfifo_alloc(struct kfifo *fifo, unsigned int size, gfp_t gfp_mask);
void kfifo_free(struct kfifo *fifo);
int kfifo_init(struct kfifo *fifo, void *buffer, unsigned int size);
unsigned int kfifo_in(struct kfifo *fifo, const void *buf, unsigned int len);
unsigned int kfifo_out(struct kfifo *fifo, void *buf, unsigned int len);
unsigned int kfifo_out_peek(struct kfifo *fifo, void *buf, unsigned int len);
unsigned int kfifo_put(struct kfifo *fifo, unsigned char val);
unsigned int kfifo_get(struct kfifo *fifo, unsigned char *val);
unsigned int kfifo_peek(struct kfifo *fifo, unsigned char *val);

/**
 * kfifo_size - the capacity of the fifo in bytes
 * @fifo: the fifo
 *
 * Context: any.
 * Return: the size, a power of two.
 */
static inline unsigned int kfifo_size(struct kfifo *fifo)
{
	return fifo->mask + 1;
}

/**
 * kfifo_len - the number of bytes in the fifo
 * @fifo: the fifo
 *
 * Context: any. Without a lock the answer may be stale by the time it is
 * used, but only in the safe direction for the caller's side: a consumer
 * may find more than it was told, a producer more room.
 * Return: the count of bytes that kfifo_out() could take now.
 */
static inline unsigned int kfifo_len(struct kfifo *fifo)
{
	return READ_ONCE(fifo->in) - READ_ONCE(fifo->out);
}

/**
 * kfifo_avail - the free room in the fifo in bytes
 * @fifo: the fifo
 *
 * Context: any.
 * Return: the count of bytes that kfifo_in() could store now.
 */
static inline unsigned int kfifo_avail(struct kfifo *fifo)
{
	return kfifo_size(fifo) - kfifo_len(fifo);
}

/**
 * kfifo_is_empty - whether the fifo holds no bytes
 * @fifo: the fifo
 *
 * Context: any.
 * Return: true if empty.
 */
static inline bool kfifo_is_empty(struct kfifo *fifo)
{
	return kfifo_len(fifo) == 0;
}

/**
 * kfifo_is_full - whether the fifo has no room
 * @fifo: the fifo
 *
 * Context: any.
 * Return: true if full.
 */
static inline bool kfifo_is_full(struct kfifo *fifo)
{
	return kfifo_len(fifo) > fifo->mask;
}

/**
 * kfifo_reset - empty the fifo
 * @fifo: the fifo
 *
 * Context: only when neither the producer nor the consumer can run (it
 * writes both counters).
 */
static inline void kfifo_reset(struct kfifo *fifo)
{
	fifo->in = 0;
	fifo->out = 0;
}

/**
 * kfifo_reset_out - drop everything the fifo holds, from the consumer's side
 * @fifo: the fifo
 *
 * Context: the consumer; safe against a concurrent producer.
 */
static inline void kfifo_reset_out(struct kfifo *fifo)
{
	WRITE_ONCE(fifo->out, READ_ONCE(fifo->in));
}

#endif /* _LINUX_KFIFO_H */
