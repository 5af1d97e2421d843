/*
 * kfifo.c - a ring buffer that an interrupt handler and a task share
 *           without a lock.
 *
 * The API is 2.6.33's (kfifo_in/kfifo_out), not 2.6.32's kernel/kfifo.c
 * (kfifo_put/kfifo_get with a spinlock): a stated difference, explained in
 * include/linux/kfifo.h.
 *
 * The buffer has a power-of-two size, and two counters that only grow:
 * @in counts the bytes ever put in, @out the bytes ever taken out. The
 * bytes held are in - out (unsigned arithmetic keeps that right when
 * the counters wrap past 2^32, because the size divides 2^32), and the
 * byte with count n lives at data[n & mask]:
 *
 *            out & mask              in & mask
 *                 v                      v
 *   data: [ . . . a b c d e f g . . . . . ]     len = in - out = 7
 *                 \___ held ___/
 *
 * No slot is wasted to tell full from empty (in - out == size is full,
 * == 0 is empty), and an index is never reduced modulo anything but the
 * mask.
 *
 * Why no lock is needed for one producer and one consumer: each counter
 * has a single writer. The producer writes the bytes, then publishes
 * them by advancing @in; the consumer reads @in, then the bytes, then
 * hands the slots back by advancing @out. The two barriers keep those
 * steps in that order:
 *
 *   producer (IRQ handler)            consumer (task)
 *   copy bytes into free slots        read in
 *   smp_wmb()  -- bytes before in     smp_rmb()  -- in before bytes
 *   in += n                           copy bytes out of held slots
 *                                     smp_mb()   -- bytes before out
 *                                     out += n
 *
 * Without the first, the consumer could see the new @in before the bytes
 * it covers; without the last, the producer could overwrite a slot the
 * consumer has not finished reading. On Linnet's one CPU the hardware
 * already keeps this order as seen by an interrupt, so the barriers only
 * stop the compiler (<asm/barrier.h>); on SMP the same code would need
 * real fences, and the barriers say where. Two producers (or two
 * consumers) do need a lock between themselves. See docs/drivers.md.
 */
#include <linux/module.h>
#include <linux/kfifo.h>
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/log2.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <asm/barrier.h>

/**
 * kfifo_init - set up a fifo over a buffer the caller provides
 * @fifo: the fifo to set up
 * @buffer: the storage
 * @size: the size of @buffer in bytes; only the largest power of two that
 *        fits is used
 *
 * Context: any; the fifo must not be in use.
 * Return: 0, or -EINVAL if @size is below 2.
 */
int kfifo_init(struct kfifo *fifo, void *buffer, unsigned int size)
{
	fifo->in = 0;
	fifo->out = 0;
	fifo->esize = 1;
	fifo->data = buffer;
	if (size < 2) {
		fifo->mask = 0;
		return -EINVAL;
	}
	fifo->mask = rounddown_pow_of_two(size) - 1;
	return 0;
}
EXPORT_SYMBOL(kfifo_init);

/**
 * kfifo_alloc - set up a fifo with a newly allocated buffer
 * @fifo: the fifo to set up
 * @size: the wanted size in bytes, rounded up to a power of two
 * @gfp_mask: how to allocate (GFP_KERNEL, GFP_ATOMIC...)
 *
 * Context: may sleep if @gfp_mask allows it.
 * Return: 0, -EINVAL if @size is below 2, -ENOMEM if the buffer could not
 * be allocated.
 */
int kfifo_alloc(struct kfifo *fifo, unsigned int size, gfp_t gfp_mask)
{
	fifo->in = 0;
	fifo->out = 0;
	fifo->esize = 1;
	fifo->data = NULL;
	fifo->mask = 0;
	if (size < 2 || size > 0x80000000u)
		return -EINVAL;
	size = roundup_pow_of_two(size);
	fifo->data = kmalloc(size, gfp_mask);
	if (!fifo->data)
		return -ENOMEM;
	fifo->mask = size - 1;
	return 0;
}
EXPORT_SYMBOL(kfifo_alloc);

/**
 * kfifo_free - free the buffer of a fifo set up by kfifo_alloc()
 * @fifo: the fifo; it is left empty with no buffer
 *
 * Context: process context; nobody may use the fifo any more.
 */
void kfifo_free(struct kfifo *fifo)
{
	kfree(fifo->data);
	fifo->in = 0;
	fifo->out = 0;
	fifo->mask = 0;
	fifo->data = NULL;
}
EXPORT_SYMBOL(kfifo_free);

/* copy_in - copy @len bytes to the slots starting at count @off (may wrap) */
static void copy_in(struct kfifo *fifo, const void *src, unsigned int len, unsigned int off)
{
	unsigned int size = fifo->mask + 1;
	unsigned int first;

	off &= fifo->mask;
	first = min(len, size - off);
	memcpy((unsigned char *)fifo->data + off, src, first);
	memcpy(fifo->data, (const unsigned char *)src + first, len - first);
}

/* copy_out - copy @len bytes from the slots starting at count @off (may wrap) */
static void copy_out(struct kfifo *fifo, void *dst, unsigned int len, unsigned int off)
{
	unsigned int size = fifo->mask + 1;
	unsigned int first;

	off &= fifo->mask;
	first = min(len, size - off);
	memcpy(dst, (const unsigned char *)fifo->data + off, first);
	memcpy((unsigned char *)dst + first, fifo->data, len - first);
}

/**
 * kfifo_in - append bytes to the fifo, as many as fit
 * @fifo: the fifo
 * @buf: the bytes
 * @len: how many
 *
 * Context: the (single) producer; any context, including hard interrupts.
 * Return: the number of bytes stored, less than @len if the fifo filled.
 */
unsigned int kfifo_in(struct kfifo *fifo, const void *buf, unsigned int len)
{
	unsigned int in = fifo->in;

	len = min(len, kfifo_avail(fifo));
	copy_in(fifo, buf, len, in);
	smp_wmb(); /* the bytes are in place before @in says so */
	WRITE_ONCE(fifo->in, in + len);
	return len;
}
EXPORT_SYMBOL(kfifo_in);

/**
 * kfifo_out_peek - copy bytes from the head of the fifo without removing them
 * @fifo: the fifo
 * @buf: where to copy
 * @len: at most this many
 *
 * Context: the (single) consumer.
 * Return: the number of bytes copied.
 */
unsigned int kfifo_out_peek(struct kfifo *fifo, void *buf, unsigned int len)
{
	unsigned int out = fifo->out;

	len = min(len, kfifo_len(fifo));
	smp_rmb(); /* read @in (in kfifo_len) before the bytes it covers */
	copy_out(fifo, buf, len, out);
	return len;
}
EXPORT_SYMBOL(kfifo_out_peek);

/**
 * kfifo_out - remove bytes from the head of the fifo
 * @fifo: the fifo
 * @buf: where to copy them
 * @len: at most this many
 *
 * Context: the (single) consumer; any context.
 * Return: the number of bytes removed, less than @len if the fifo emptied.
 */
unsigned int kfifo_out(struct kfifo *fifo, void *buf, unsigned int len)
{
	len = kfifo_out_peek(fifo, buf, len);
	smp_mb(); /* finish reading the slots before handing them back */
	WRITE_ONCE(fifo->out, fifo->out + len);
	return len;
}
EXPORT_SYMBOL(kfifo_out);

/**
 * kfifo_put - append one byte
 * @fifo: the fifo
 * @val: the byte
 *
 * Context: the (single) producer; any context.
 * Return: 1 if stored, 0 if the fifo was full.
 */
unsigned int kfifo_put(struct kfifo *fifo, unsigned char val)
{
	return kfifo_in(fifo, &val, 1);
}
EXPORT_SYMBOL(kfifo_put);

/**
 * kfifo_get - remove one byte
 * @fifo: the fifo
 * @val: where to store it
 *
 * Context: the (single) consumer; any context.
 * Return: 1 if a byte was taken, 0 if the fifo was empty.
 */
unsigned int kfifo_get(struct kfifo *fifo, unsigned char *val)
{
	return kfifo_out(fifo, val, 1);
}
EXPORT_SYMBOL(kfifo_get);

/**
 * kfifo_peek - look at the next byte without removing it
 * @fifo: the fifo
 * @val: where to store it
 *
 * Context: the (single) consumer; any context.
 * Return: 1 if there was a byte, 0 if the fifo was empty.
 */
unsigned int kfifo_peek(struct kfifo *fifo, unsigned char *val)
{
	return kfifo_out_peek(fifo, val, 1);
}
