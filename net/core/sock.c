/*
 * sock.c - what every family's struct sock shares: allocation and
 * reference counting, the default wake-up callbacks, send-buffer
 * accounting, and the SOL_SOCKET options of setsockopt/getsockopt.
 *
 * Send-buffer accounting: each buffer a socket sends is charged to it
 * (skb_set_owner_w adds truesize to sk_wmem_alloc) until its reader frees
 * it (sock_wfree subtracts it and calls sk_write_space). A sender that
 * finds sk_wmem_alloc at sk_sndbuf sleeps in sock_alloc_send_skb on
 * sk_sleep, or answers -EAGAIN with MSG_DONTWAIT / O_NONBLOCK:
 *
 *   sender: sock_alloc_send_skb -> wmem >= sndbuf? sleep on sk_sleep
 *   reader: kfree_skb -> sock_wfree -> wmem -= truesize -> sk_write_space -> wake
 *
 * The memory of a sock lives while it has references (sk_refcnt) or
 * buffers in flight: sk_wmem_alloc starts at 1 for the references, and
 * whichever of sk_free (the last sock_put) and sock_wfree (the last
 * buffer) brings it to 0 frees the sock, as in Linux 2.6.32.
 *
 * Differences from 2.6.32: no lock_sock (AF_UNIX, the one family, uses
 * its own state lock and reader mutex), no per-protocol memory pressure,
 * and the sock is one kzalloc() of the family's size rather than a slab
 * cache per struct proto. Read next: net/socket.c, docs/sockets.md.
 */
#include <net/sock.h>
#include <linux/slab.h>
#include <linux/module.h>
#include <linux/capability.h>
#include <linux/uaccess.h>
#include <linux/time.h>
#include <linux/jiffies.h>

/* The buffer sizes: the ceiling of SO_SNDBUF/SO_RCVBUF and the defaults */
__u32 sysctl_wmem_max = SK_WMEM_MAX;
__u32 sysctl_rmem_max = SK_RMEM_MAX;
__u32 sysctl_wmem_default = SK_WMEM_MAX;
__u32 sysctl_rmem_default = SK_RMEM_MAX;

/**
 * sk_alloc - a zeroed sock of @size bytes (the family's struct)
 * @family: PF_*
 * @priority: GFP_KERNEL
 * @size: sizeof the family's sock (struct unix_sock), at least struct sock
 *
 * Context: process context; may sleep.
 * Return: the sock, or NULL.
 */
struct sock *sk_alloc(int family, gfp_t priority, size_t size)
{
	struct sock *sk = kzalloc(size, priority);

	if (sk) {
		sk->sk_family = family;
		atomic_set(&sk->sk_wmem_alloc, 1);
	}
	return sk;
}
EXPORT_SYMBOL(sk_alloc);

static void __sk_free(struct sock *sk)
{
	if (sk->sk_destruct)
		sk->sk_destruct(sk);
	kfree(sk);
}

/**
 * sk_free - the last reference is gone; free when no buffer is in flight
 * @sk: the sock
 *
 * Context: process context.
 */
void sk_free(struct sock *sk)
{
	if (atomic_dec_and_test(&sk->sk_wmem_alloc))
		__sk_free(sk);
}
EXPORT_SYMBOL(sk_free);

/**
 * sock_wfree - the destructor of a sent buffer: give the sender its room back
 * @skb: the buffer being freed
 *
 * Context: process context.
 */
void sock_wfree(struct sk_buff *skb)
{
	struct sock *sk = skb->sk;

	/* keep 1 of the charge across the callback, so @sk cannot go under it */
	atomic_sub(skb->truesize - 1, &sk->sk_wmem_alloc);
	sk->sk_write_space(sk);
	if (atomic_sub_return(1, &sk->sk_wmem_alloc) == 0)
		__sk_free(sk);
}
EXPORT_SYMBOL(sock_wfree);

/**
 * sock_wmalloc - a buffer charged to @sk's send room
 * @sk: the sender
 * @size: data room
 * @force: even when the room is used up
 * @priority: GFP_KERNEL
 *
 * Context: process context; may sleep (allocation only).
 * Return: the buffer or NULL.
 */
struct sk_buff *sock_wmalloc(struct sock *sk, unsigned long size, int force, gfp_t priority)
{
	struct sk_buff *skb;

	if (!force && atomic_read(&sk->sk_wmem_alloc) >= sk->sk_sndbuf)
		return NULL;
	skb = alloc_skb(size, priority);
	if (skb)
		skb_set_owner_w(skb, sk);
	return skb;
}
EXPORT_SYMBOL(sock_wmalloc);

/* Sleep until the send room frees, an error, a shutdown, a signal or the timeout */
static long sock_wait_for_wmem(struct sock *sk, long timeo)
{
	DEFINE_WAIT(wait);

	clear_bit(SOCK_ASYNC_NOSPACE, &sk->sk_socket->flags);
	for (;;) {
		if (!timeo || signal_pending(current))
			break;
		set_bit(SOCK_NOSPACE, &sk->sk_socket->flags);
		prepare_to_wait(sk->sk_sleep, &wait, TASK_INTERRUPTIBLE);
		if (atomic_read(&sk->sk_wmem_alloc) < sk->sk_sndbuf)
			break;
		if (sk->sk_shutdown & SEND_SHUTDOWN)
			break;
		if (sk->sk_err)
			break;
		timeo = schedule_timeout(timeo);
	}
	finish_wait(sk->sk_sleep, &wait);
	return timeo;
}

/**
 * sock_alloc_send_skb - a buffer to send, waiting for send room
 * @sk: the sender
 * @size: the data room
 * @noblock: fail with -EAGAIN rather than wait (MSG_DONTWAIT)
 * @errcode: set on failure
 *
 * Context: process context; may sleep (SO_SNDTIMEO bounds the wait).
 * Return: the buffer charged to @sk, or NULL with *@errcode: a pending
 * error, -EPIPE (sending shut down), -EAGAIN, -ERESTARTSYS/-EINTR, -ENOBUFS.
 */
struct sk_buff *sock_alloc_send_skb(struct sock *sk, unsigned long size, int noblock, int *errcode)
{
	long timeo = sock_sndtimeo(sk, noblock);
	struct sk_buff *skb;
	int err;

	for (;;) {
		err = sock_error(sk);
		if (err)
			goto failure;
		err = -EPIPE;
		if (sk->sk_shutdown & SEND_SHUTDOWN)
			goto failure;
		if (atomic_read(&sk->sk_wmem_alloc) < sk->sk_sndbuf)
			break;
		set_bit(SOCK_ASYNC_NOSPACE, &sk->sk_socket->flags);
		set_bit(SOCK_NOSPACE, &sk->sk_socket->flags);
		err = -EAGAIN;
		if (!timeo)
			goto failure;
		if (signal_pending(current)) {
			err = sock_intr_errno(timeo);
			goto failure;
		}
		timeo = sock_wait_for_wmem(sk, timeo);
	}
	skb = alloc_skb(size, GFP_KERNEL);
	err = -ENOBUFS;
	if (!skb)
		goto failure;
	skb_set_owner_w(skb, sk);
	return skb;
failure:
	*errcode = err;
	return NULL;
}
EXPORT_SYMBOL(sock_alloc_send_skb);

/**
 * sk_wake_async - SIGIO to the socket's O_ASYNC owners
 * @sk: the sock
 * @how: SOCK_WAKE_IO, SOCK_WAKE_WAITD, SOCK_WAKE_SPACE
 * @band: POLL_IN, POLL_OUT, POLL_HUP...
 *
 * Context: process context, sk->sk_callback_lock held for reading.
 */
void sk_wake_async(struct sock *sk, int how, int band)
{
	if (sk->sk_socket && sk->sk_socket->fasync_list)
		sock_wake_async(sk->sk_socket, how, band);
}
EXPORT_SYMBOL(sk_wake_async);

/*
 * The defaults of sock_init_data: wake whoever sleeps on sk_sleep, with
 * the events as the key, under sk_callback_lock (the sock may be closing)
 */
static void sock_def_wakeup(struct sock *sk)
{
	read_lock(&sk->sk_callback_lock);
	if (sk_has_sleeper(sk))
		wake_up_interruptible_all(sk->sk_sleep);
	read_unlock(&sk->sk_callback_lock);
}

static void sock_def_error_report(struct sock *sk)
{
	read_lock(&sk->sk_callback_lock);
	if (sk_has_sleeper(sk))
		wake_up_interruptible_poll(sk->sk_sleep, POLLERR);
	sk_wake_async(sk, SOCK_WAKE_IO, POLL_ERR);
	read_unlock(&sk->sk_callback_lock);
}

static void sock_def_readable(struct sock *sk, int len)
{
	read_lock(&sk->sk_callback_lock);
	if (sk_has_sleeper(sk))
		__wake_up_sync_key(sk->sk_sleep, TASK_INTERRUPTIBLE, 1,
				   (void *)(POLLIN | POLLRDNORM | POLLRDBAND));
	sk_wake_async(sk, SOCK_WAKE_WAITD, POLL_IN);
	read_unlock(&sk->sk_callback_lock);
}

static void sock_def_write_space(struct sock *sk)
{
	read_lock(&sk->sk_callback_lock);
	if ((atomic_read(&sk->sk_wmem_alloc) << 1) <= sk->sk_sndbuf) {
		if (sk_has_sleeper(sk))
			__wake_up_sync_key(sk->sk_sleep, TASK_INTERRUPTIBLE, 1,
					   (void *)(POLLOUT | POLLWRNORM | POLLWRBAND));
		sk_wake_async(sk, SOCK_WAKE_SPACE, POLL_OUT);
	}
	read_unlock(&sk->sk_callback_lock);
}

/**
 * sock_init_data - the defaults of a new sock, joined to its socket
 * @sock: the socket, or NULL (a sock made for an incoming connection)
 * @sk: the sock
 *
 * Context: any.
 */
void sock_init_data(struct socket *sock, struct sock *sk)
{
	skb_queue_head_init(&sk->sk_receive_queue);
	spin_lock_init(&sk->sk_lock);
	rwlock_init(&sk->sk_callback_lock);
	sk->sk_rcvbuf = sysctl_rmem_default;
	sk->sk_sndbuf = sysctl_wmem_default;
	sk->sk_state = TCP_CLOSE;
	sk->sk_socket = sock;
	if (sock) {
		sk->sk_type = sock->type;
		sk->sk_sleep = &sock->wait;
		sock->sk = sk;
	}
	sk->sk_state_change = sock_def_wakeup;
	sk->sk_data_ready = sock_def_readable;
	sk->sk_write_space = sock_def_write_space;
	sk->sk_error_report = sock_def_error_report;
	sk->sk_peercred.pid = 0;
	sk->sk_peercred.uid = -1;
	sk->sk_peercred.gid = -1;
	sk->sk_rcvlowat = 1;
	sk->sk_rcvtimeo = MAX_SCHEDULE_TIMEOUT;
	sk->sk_sndtimeo = MAX_SCHEDULE_TIMEOUT;
	atomic_set(&sk->sk_refcnt, 1);
}
EXPORT_SYMBOL(sock_init_data);

/**
 * sock_i_ino - the inode number of a sock's socket (/proc/net/unix)
 * @sk: the sock
 *
 * Context: any.
 * Return: the number, or 0 for an orphan.
 */
unsigned long sock_i_ino(struct sock *sk)
{
	return sk->sk_socket ? SOCK_INODE(sk->sk_socket)->i_ino : 0;
}
EXPORT_SYMBOL(sock_i_ino);

/* SO_RCVTIMEO/SO_SNDTIMEO: a struct timeval into jiffies; 0 means forever */
static int sock_set_timeout(long *timeo_p, char __user *optval, int optlen)
{
	struct timeval tv;

	if (optlen < (int)sizeof(tv))
		return -EINVAL;
	if (copy_from_user(&tv, optval, sizeof(tv)))
		return -EFAULT;
	if (tv.tv_usec < 0 || tv.tv_usec >= USEC_PER_SEC)
		return -EDOM;
	if (tv.tv_sec < 0) {
		*timeo_p = 0;
		return 0;
	}
	*timeo_p = MAX_SCHEDULE_TIMEOUT;
	if (tv.tv_sec == 0 && tv.tv_usec == 0)
		return 0;
	if (tv.tv_sec < (MAX_SCHEDULE_TIMEOUT / HZ - 1))
		*timeo_p = tv.tv_sec * HZ + (tv.tv_usec + (1000000 / HZ - 1)) / (1000000 / HZ);
	return 0;
}

/* SO_SNDBUF/SO_RCVBUF: doubled for the buffers' overhead, with a floor */
static void sock_set_buf(int *buf, int val, int min)
{
	*buf = val * 2 < min ? min : val * 2;
}

static int sock_set_int_option(struct socket *sock, int optname, int val)
{
	struct sock *sk = sock->sk;

	switch (optname) {
	case SO_REUSEADDR:
		sk->sk_reuse = !!val;
		return 0;
	case SO_SNDBUFFORCE:
	case SO_RCVBUFFORCE:
		if (!capable(CAP_NET_ADMIN))
			return -EPERM;
		if (optname == SO_SNDBUFFORCE)
			sock_set_buf(&sk->sk_sndbuf, val, SOCK_MIN_SNDBUF);
		else
			sock_set_buf(&sk->sk_rcvbuf, val, SOCK_MIN_RCVBUF);
		sk->sk_write_space(sk);
		return 0;
	case SO_SNDBUF:
		sock_set_buf(&sk->sk_sndbuf, min_t(__u32, val, sysctl_wmem_max), SOCK_MIN_SNDBUF);
		sk->sk_write_space(sk); /* a bigger buffer may let a writer go on */
		return 0;
	case SO_RCVBUF:
		sock_set_buf(&sk->sk_rcvbuf, min_t(__u32, val, sysctl_rmem_max), SOCK_MIN_RCVBUF);
		return 0;
	case SO_PASSCRED:
		if (val)
			set_bit(SOCK_PASSCRED, &sock->flags);
		else
			clear_bit(SOCK_PASSCRED, &sock->flags);
		return 0;
	case SO_RCVLOWAT:
		sk->sk_rcvlowat = val < 0 ? INT_MAX : val ?: 1;
		return 0;
	case SO_KEEPALIVE:
	case SO_OOBINLINE:
	case SO_BROADCAST:
	case SO_DONTROUTE:
	case SO_DEBUG:
	case SO_PRIORITY:
		return 0; /* accepted; they mean nothing to a local socket */
	case SO_TYPE:
	case SO_PROTOCOL:
	case SO_DOMAIN:
	case SO_ERROR:
	default:
		return -ENOPROTOOPT;
	}
}

/**
 * sock_setsockopt - setsockopt() at SOL_SOCKET
 * @sock: the socket
 * @level: SOL_SOCKET
 * @optname: SO_*
 * @optval: the caller's value (an int, or a timeval for the timeouts)
 * @optlen: its length
 *
 * Context: process context.
 * Return: 0, -EINVAL (short value), -EFAULT, -ENOPROTOOPT (unknown or read-only),
 * -EDOM (bad timeval), -EPERM.
 */
int sock_setsockopt(struct socket *sock, int level, int optname, char __user *optval,
		    unsigned int optlen)
{
	int val;

	if (optname == SO_RCVTIMEO)
		return sock_set_timeout(&sock->sk->sk_rcvtimeo, optval, optlen);
	if (optname == SO_SNDTIMEO)
		return sock_set_timeout(&sock->sk->sk_sndtimeo, optval, optlen);
	if (optlen < sizeof(int))
		return -EINVAL;
	if (get_user(val, (int __user *)optval))
		return -EFAULT;
	if (optname == SO_LINGER)
		return optlen < sizeof(struct linger) ? -EINVAL : 0;
	return sock_set_int_option(sock, optname, val);
}
EXPORT_SYMBOL(sock_setsockopt);

/* A timeout in jiffies as getsockopt's struct timeval: 0 for none */
static void sock_get_timeout(struct timeval *tv, long timeo)
{
	if (timeo == MAX_SCHEDULE_TIMEOUT) {
		tv->tv_sec = 0;
		tv->tv_usec = 0;
	} else {
		tv->tv_sec = timeo / HZ;
		tv->tv_usec = ((timeo % HZ) * 1000000) / HZ;
	}
}

/* The int-valued options; -ENOPROTOOPT for the others */
static int sock_get_int_option(struct socket *sock, int optname, int *val)
{
	struct sock *sk = sock->sk;

	switch (optname) {
	case SO_TYPE:
		*val = sk->sk_type;
		break;
	case SO_PROTOCOL:
		*val = sk->sk_protocol;
		break;
	case SO_DOMAIN:
		*val = sk->sk_family;
		break;
	case SO_ERROR:
		*val = -sock_error(sk);
		break;
	case SO_SNDBUF:
		*val = sk->sk_sndbuf;
		break;
	case SO_RCVBUF:
		*val = sk->sk_rcvbuf;
		break;
	case SO_REUSEADDR:
		*val = sk->sk_reuse;
		break;
	case SO_PASSCRED:
		*val = test_bit(SOCK_PASSCRED, &sock->flags) ? 1 : 0;
		break;
	case SO_ACCEPTCONN:
		*val = sk->sk_state == TCP_LISTEN;
		break;
	case SO_RCVLOWAT:
		*val = sk->sk_rcvlowat;
		break;
	case SO_SNDLOWAT:
		*val = 1;
		break;
	case SO_KEEPALIVE:
	case SO_OOBINLINE:
	case SO_BROADCAST:
	case SO_DONTROUTE:
	case SO_DEBUG:
	case SO_PRIORITY:
		*val = 0;
		break;
	default:
		return -ENOPROTOOPT;
	}
	return 0;
}

/**
 * sock_getsockopt - getsockopt() at SOL_SOCKET
 * @sock: the socket
 * @level: SOL_SOCKET
 * @optname: SO_*
 * @optval: where the value goes, cut to *@optlen bytes
 * @optlen: in: the room; out: the bytes written
 *
 * Context: process context.
 * Return: 0, -EFAULT, -EINVAL (negative length), -ENOPROTOOPT.
 */
int sock_getsockopt(struct socket *sock, int level, int optname, char __user *optval,
		    int __user *optlen)
{
	union {
		int val;
		struct linger ling;
		struct timeval tm;
		struct ucred cred;
	} v;
	unsigned int lv = sizeof(int);
	int len = 0, err = 0;

	if (get_user(len, optlen))
		return -EFAULT;
	if (len < 0)
		return -EINVAL;
	memset(&v, 0, sizeof(v));
	if (optname == SO_RCVTIMEO || optname == SO_SNDTIMEO) {
		lv = sizeof(v.tm);
		sock_get_timeout(&v.tm, optname == SO_RCVTIMEO ? sock->sk->sk_rcvtimeo :
								 sock->sk->sk_sndtimeo);
	} else if (optname == SO_LINGER) {
		lv = sizeof(v.ling);
	} else if (optname == SO_PEERCRED) {
		lv = sizeof(v.cred);
		v.cred = sock->sk->sk_peercred;
	} else {
		err = sock_get_int_option(sock, optname, &v.val);
	}
	if (err)
		return err;
	if ((unsigned int)len > lv)
		len = lv;
	if (copy_to_user(optval, &v, len))
		return -EFAULT;
	return put_user(len, optlen);
}
EXPORT_SYMBOL(sock_getsockopt);

/*
 * The sock_no_* operations: what a family puts in a proto_ops slot its
 * sockets do not support (AF_UNIX datagrams cannot listen or accept).
 */

/**
 * sock_no_bind - bind() unsupported
 * @sock: the socket
 * @saddr: unused
 * @len: unused
 *
 * Context: process context.
 * Return: -EOPNOTSUPP.
 */
int sock_no_bind(struct socket *sock, struct sockaddr *saddr, int len)
{
	return -EOPNOTSUPP;
}
EXPORT_SYMBOL(sock_no_bind);

/**
 * sock_no_connect - connect() unsupported
 * @sock: the socket
 * @saddr: unused
 * @len: unused
 * @flags: unused
 *
 * Context: process context.
 * Return: -EOPNOTSUPP.
 */
int sock_no_connect(struct socket *sock, struct sockaddr *saddr, int len, int flags)
{
	return -EOPNOTSUPP;
}
EXPORT_SYMBOL(sock_no_connect);

/**
 * sock_no_socketpair - socketpair() unsupported
 * @sock1: the first socket
 * @sock2: the second
 *
 * Context: process context.
 * Return: -EOPNOTSUPP.
 */
int sock_no_socketpair(struct socket *sock1, struct socket *sock2)
{
	return -EOPNOTSUPP;
}
EXPORT_SYMBOL(sock_no_socketpair);

/**
 * sock_no_accept - accept() unsupported
 * @sock: the socket
 * @newsock: unused
 * @flags: unused
 *
 * Context: process context.
 * Return: -EOPNOTSUPP.
 */
int sock_no_accept(struct socket *sock, struct socket *newsock, int flags)
{
	return -EOPNOTSUPP;
}
EXPORT_SYMBOL(sock_no_accept);

/**
 * sock_no_getname - getsockname()/getpeername() unsupported
 * @sock: the socket
 * @saddr: unused
 * @len: unused
 * @peer: unused
 *
 * Context: process context.
 * Return: -EOPNOTSUPP.
 */
int sock_no_getname(struct socket *sock, struct sockaddr *saddr, int *len, int peer)
{
	return -EOPNOTSUPP;
}
EXPORT_SYMBOL(sock_no_getname);

/**
 * sock_no_poll - poll() of a socket without events
 * @file: the file
 * @sock: the socket
 * @pt: unused
 *
 * Context: process context.
 * Return: 0.
 */
unsigned int sock_no_poll(struct file *file, struct socket *sock, poll_table *pt)
{
	return 0;
}
EXPORT_SYMBOL(sock_no_poll);

/**
 * sock_no_ioctl - no socket ioctls
 * @sock: the socket
 * @cmd: unused
 * @arg: unused
 *
 * Context: process context.
 * Return: -EOPNOTSUPP.
 */
int sock_no_ioctl(struct socket *sock, unsigned int cmd, unsigned long arg)
{
	return -EOPNOTSUPP;
}
EXPORT_SYMBOL(sock_no_ioctl);

/**
 * sock_no_listen - listen() unsupported
 * @sock: the socket
 * @backlog: unused
 *
 * Context: process context.
 * Return: -EOPNOTSUPP.
 */
int sock_no_listen(struct socket *sock, int backlog)
{
	return -EOPNOTSUPP;
}
EXPORT_SYMBOL(sock_no_listen);

/**
 * sock_no_shutdown - shutdown() unsupported
 * @sock: the socket
 * @how: unused
 *
 * Context: process context.
 * Return: -EOPNOTSUPP.
 */
int sock_no_shutdown(struct socket *sock, int how)
{
	return -EOPNOTSUPP;
}
EXPORT_SYMBOL(sock_no_shutdown);

/**
 * sock_no_setsockopt - no options beyond SOL_SOCKET's
 * @sock: the socket
 * @level: unused
 * @optname: unused
 * @optval: unused
 * @optlen: unused
 *
 * Context: process context.
 * Return: -EOPNOTSUPP.
 */
int sock_no_setsockopt(struct socket *sock, int level, int optname, char __user *optval,
		       unsigned int optlen)
{
	return -EOPNOTSUPP;
}
EXPORT_SYMBOL(sock_no_setsockopt);

/**
 * sock_no_getsockopt - no options beyond SOL_SOCKET's
 * @sock: the socket
 * @level: unused
 * @optname: unused
 * @optval: unused
 * @optlen: unused
 *
 * Context: process context.
 * Return: -EOPNOTSUPP.
 */
int sock_no_getsockopt(struct socket *sock, int level, int optname, char __user *optval,
		       int __user *optlen)
{
	return -EOPNOTSUPP;
}
EXPORT_SYMBOL(sock_no_getsockopt);
