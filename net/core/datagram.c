/*
 * datagram.c - taking whole buffers off a receive queue, waiting if there
 * are none: what datagram sockets (and a listener's accept) read with.
 *
 * skb_recv_datagram() returns the first buffer of sk_receive_queue,
 * unlinked (or left in place with a reference, for MSG_PEEK). With the
 * queue empty it reports, in POSIX's order: a pending error, end of file
 * (the receiving side shut down: NULL with *err 0), -ENOTCONN for a
 * connection-based socket not connected, -EAGAIN when it may not wait,
 * and a signal; otherwise it sleeps on sk_sleep until sk_data_ready
 * wakes it. As Linux 2.6.32's net/core/datagram.c, without
 * MSG_PEEK offsets. Read next: net/unix/af_unix.c, docs/sockets.md.
 */
#include <linux/skbuff.h>
#include <linux/module.h>
#include <net/sock.h>

/* A connection-based socket: a stream or sequenced-packet one */
static inline int connection_based(struct sock *sk)
{
	return sk->sk_type == SOCK_SEQPACKET || sk->sk_type == SOCK_STREAM;
}

/* Sleep for a buffer: 0 to look again, or 1 with *err set (0 at end of file) */
static int wait_for_packet(struct sock *sk, int *err, long *timeo_p)
{
	int error;
	DEFINE_WAIT(wait);

	prepare_to_wait_exclusive(sk->sk_sleep, &wait, TASK_INTERRUPTIBLE);
	error = sock_error(sk);
	if (error)
		goto out_err;
	if (!skb_queue_empty(&sk->sk_receive_queue))
		goto out;
	if (sk->sk_shutdown & RCV_SHUTDOWN)
		goto out_noerr;
	error = -ENOTCONN;
	if (connection_based(sk) &&
	    !(sk->sk_state == TCP_ESTABLISHED || sk->sk_state == TCP_LISTEN))
		goto out_err;
	if (signal_pending(current)) {
		error = sock_intr_errno(*timeo_p);
		goto out_err;
	}
	*timeo_p = schedule_timeout(*timeo_p);
out:
	finish_wait(sk->sk_sleep, &wait);
	return 0;
out_noerr:
	error = 0;
out_err:
	*err = error;
	finish_wait(sk->sk_sleep, &wait);
	return 1;
}

/**
 * skb_recv_datagram - the next buffer of a socket's receive queue
 * @sk: the sock
 * @flags: MSG_PEEK (leave it queued, with a reference), MSG_DONTWAIT
 * @noblock: do not wait
 * @err: set when NULL is returned: an error, or 0 at end of file
 *
 * Context: process context; may sleep (SO_RCVTIMEO bounds it).
 * Return: the buffer (skb_free_datagram() it), or NULL.
 */
struct sk_buff *skb_recv_datagram(struct sock *sk, unsigned flags, int noblock, int *err)
{
	long timeo = sock_rcvtimeo(sk, noblock || (flags & MSG_DONTWAIT));
	unsigned long cpu_flags;
	struct sk_buff *skb;
	int error;

	do {
		error = sock_error(sk);
		if (error)
			goto no_packet;
		spin_lock_irqsave(&sk->sk_receive_queue.lock, cpu_flags);
		skb = skb_peek(&sk->sk_receive_queue);
		if (skb) {
			if (flags & MSG_PEEK)
				atomic_inc(&skb->users);
			else
				__skb_unlink(skb, &sk->sk_receive_queue);
		}
		spin_unlock_irqrestore(&sk->sk_receive_queue.lock, cpu_flags);
		if (skb)
			return skb;
		error = -EAGAIN;
		if (!timeo)
			goto no_packet;
	} while (!wait_for_packet(sk, err, &timeo));
	return NULL;
no_packet:
	*err = error;
	return NULL;
}
EXPORT_SYMBOL(skb_recv_datagram);

/**
 * skb_free_datagram - done with a buffer from skb_recv_datagram()
 * @sk: the sock
 * @skb: the buffer
 *
 * Context: process context.
 */
void skb_free_datagram(struct sock *sk, struct sk_buff *skb)
{
	kfree_skb(skb);
}
EXPORT_SYMBOL(skb_free_datagram);

/**
 * skb_copy_datagram_iovec - copy a buffer's bytes to the caller's iovec
 * @skb: the buffer
 * @offset: from this byte of its data
 * @to: the iovec (advanced past what was copied)
 * @len: how many bytes
 *
 * Context: process context; may fault.
 * Return: 0 or -EFAULT.
 */
int skb_copy_datagram_iovec(const struct sk_buff *skb, int offset, struct iovec *to, int len)
{
	return memcpy_toiovec(to, skb->data + offset, len);
}
EXPORT_SYMBOL(skb_copy_datagram_iovec);
