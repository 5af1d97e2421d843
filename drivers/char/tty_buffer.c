/*
 * tty_buffer.c - the flip buffer: received bytes between a driver and
 * the line discipline.
 *
 * A driver receives bytes in its interrupt path, where it must not wait
 * for the line discipline (which echoes, signals, wakes readers). So it
 * only stores them - tty_insert_flip_char(), tty_insert_flip_string() -
 * and calls tty_flip_buffer_push(), which schedules flush_to_ldisc() to
 * hand them to ldisc->receive_buf() later:
 *
 *   8250 bottom half --insert--> buf.fifo --push: schedule--> flush_to_ldisc
 *                                                  --> n_tty receive_buf (room permitting)
 *
 * flush_to_ldisc gives the ldisc at most tty->receive_room bytes; the
 * rest waits here, and a reader that makes room (n_tty_read) schedules
 * the flush again, so typing ahead of a full line discipline loses
 * nothing until this buffer too is full. When it has room again the
 * driver is told (ops->unthrottle) so that it can hand over what its own
 * hardware queue kept back.
 *
 * Linux 2.6.32 keeps a list of 256-byte struct tty_buffer chunks with a
 * flag byte per character (TTY_BREAK, TTY_PARITY...), up to 64 KiB, and
 * runs flush_to_ldisc from keventd (schedule_delayed_work). Linnet's
 * buffer is one kfifo of TTY_FLIPBUF_SIZE bytes without flags (the 8250
 * handles a break itself: SysRq), single producer and single consumer
 * so it needs no lock, and flush_to_ldisc runs as a tasklet, so input
 * keeps flowing while keventd runs long work (the monitor's KUnit
 * suites) and the ldisc runs in softirq context as before. See docs/tty.md.
 */
#include <linux/module.h>
#include <linux/tty.h>
#include <linux/tty_flip.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/errno.h>

/* flush_to_ldisc - hand what the flip buffer holds to the ldisc, as much as it takes */
static void flush_to_ldisc(unsigned long data)
{
	struct tty_struct *tty = (struct tty_struct *)data;
	unsigned char chunk[256];
	unsigned int n, room;
	struct tty_ldisc *ld;
	bool was_full;

	ld = tty_ldisc_ref(tty);
	if (!ld)
		return;
	was_full = kfifo_avail(&tty->buf.fifo) < TTY_FLIPBUF_SIZE / 4;
	while (!kfifo_is_empty(&tty->buf.fifo)) {
		room = tty->receive_room;
		if (!room)
			break;
		n = kfifo_out(&tty->buf.fifo, chunk, min_t(unsigned int, room, sizeof(chunk)));
		ld->ops->receive_buf(tty, chunk, NULL, n);
	}
	tty_ldisc_deref(ld);
	if (was_full && kfifo_avail(&tty->buf.fifo) >= TTY_FLIPBUF_SIZE / 4 && tty->ops->unthrottle)
		tty->ops->unthrottle(tty);
}

/**
 * tty_buffer_init - set up a tty's flip buffer
 * @tty: the tty
 *
 * Context: process context.
 * Return: 0 or -ENOMEM.
 */
int tty_buffer_init(struct tty_struct *tty)
{
	tty->buf.data = kmalloc(TTY_FLIPBUF_SIZE, GFP_KERNEL);
	if (!tty->buf.data)
		return -ENOMEM;
	kfifo_init(&tty->buf.fifo, tty->buf.data, TTY_FLIPBUF_SIZE);
	tasklet_init(&tty->buf.work, flush_to_ldisc, (unsigned long)tty);
	return 0;
}

/**
 * tty_buffer_free_all - free a tty's flip buffer (last close)
 * @tty: the tty; its driver no longer inserts
 *
 * Context: process context.
 */
void tty_buffer_free_all(struct tty_struct *tty)
{
	tasklet_kill(&tty->buf.work);
	kfree(tty->buf.data);
	tty->buf.data = NULL;
}

/**
 * tty_buffer_flush - drop what the flip buffer holds (TCFLSH, hangup)
 * @tty: the tty
 *
 * Context: process context.
 */
void tty_buffer_flush(struct tty_struct *tty)
{
	local_bh_disable();
	kfifo_reset(&tty->buf.fifo);
	local_bh_enable();
}

/**
 * tty_buffer_request_room - how many bytes the flip buffer can take now
 * @tty: the tty
 * @size: how many the driver has
 *
 * Context: the driver's receive path.
 * Return: at most @size.
 */
int tty_buffer_request_room(struct tty_struct *tty, size_t size)
{
	return min_t(size_t, size, kfifo_avail(&tty->buf.fifo));
}
EXPORT_SYMBOL_GPL(tty_buffer_request_room);

/**
 * tty_insert_flip_string - add received bytes to the flip buffer
 * @tty: the tty
 * @chars: the bytes
 * @size: how many
 *
 * Context: the driver's receive path (one producer per tty).
 * Return: how many were taken; the rest the driver keeps or drops.
 */
int tty_insert_flip_string(struct tty_struct *tty, const unsigned char *chars, size_t size)
{
	unsigned int done = kfifo_in(&tty->buf.fifo, chars, size);

	tty->buf.dropped += size - done;
	return done;
}
EXPORT_SYMBOL(tty_insert_flip_string);

/**
 * tty_insert_flip_char - add one received byte to the flip buffer
 * @tty: the tty
 * @ch: the byte
 * @flag: TTY_NORMAL, or an error flag, which Linnet does not keep
 *
 * Context: the driver's receive path.
 * Return: 1 if taken, 0 if the buffer was full.
 */
int tty_insert_flip_char(struct tty_struct *tty, unsigned char ch, char flag)
{
	return tty_insert_flip_string(tty, &ch, 1);
}

/**
 * tty_flip_buffer_push - have the line discipline take the received bytes
 * @tty: the tty
 *
 * Context: any; the ldisc runs later, in softirq context.
 */
void tty_flip_buffer_push(struct tty_struct *tty)
{
	tasklet_schedule(&tty->buf.work);
}
EXPORT_SYMBOL(tty_flip_buffer_push);

/**
 * tty_schedule_flip - run flush_to_ldisc again (the ldisc has room now)
 * @tty: the tty
 *
 * Context: any.
 */
void tty_schedule_flip(struct tty_struct *tty)
{
	if (tty->buf.data && !kfifo_is_empty(&tty->buf.fifo))
		tasklet_schedule(&tty->buf.work);
}
