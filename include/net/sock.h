/*
 * sock.h - struct sock, the family's half of a socket, and the helpers
 * every family shares (net/core/sock.c).
 *
 * A struct sock holds what moves data: the receive queue, the count of
 * send-buffer bytes in flight (sk_wmem_alloc against sk_sndbuf), the
 * state, shutdown bits, pending error, timeouts, the peer's credentials,
 * and the callbacks (sk_data_ready, sk_write_space, sk_state_change)
 * that wake whoever sleeps on sk_sleep. It is reference counted
 * (sock_hold/sock_put): a peer, a queued connection or a lookup keeps it
 * alive after its socket's file is closed; the last sock_put() calls
 * sk_destruct and frees it.
 *
 * Linux 2.6.32's struct sock is built for TCP/IP (backlogs, memory
 * accounting per protocol, timers, dst caches, lock_sock's owner
 * semantics). Linnet's keeps the fields AF_UNIX uses, with 2.6.32's
 * names, and allocates a family's bigger structure (struct unix_sock)
 * with the size the family gives sk_alloc(). See docs/sockets.md.
 */
#ifndef _NET_SOCK_H
#define _NET_SOCK_H

#include <linux/net.h>
#include <linux/skbuff.h>
#include <linux/wait.h>
#include <linux/sched.h>
#include <linux/poll.h>
#include <linux/atomic.h>
#include <net/tcp_states.h>

/* sk_shutdown bits */
#define RCV_SHUTDOWN 1
#define SEND_SHUTDOWN 2
#define SHUTDOWN_MASK 3

/* sk_flags bits */
enum sock_flags {
	SOCK_DEAD,
	SOCK_DONE,
	SOCK_DBG,
	SOCK_LOCALROUTE,
	SOCK_BROADCAST,
	SOCK_KEEPOPEN,
	SOCK_URGINLINE,
};

/*
 * The default and largest buffer sizes, as 2.6.32 derives them: room for
 * 256 buffers of 256 bytes plus their headers.
 */
#define _SK_MEM_PACKETS 256
#define _SK_MEM_OVERHEAD (sizeof(struct sk_buff) + 256)
#define SK_WMEM_MAX (_SK_MEM_OVERHEAD * _SK_MEM_PACKETS)
#define SK_RMEM_MAX (_SK_MEM_OVERHEAD * _SK_MEM_PACKETS)
#define SOCK_MIN_SNDBUF 2048
#define SOCK_MIN_RCVBUF 256

/**
 * struct sock - the family's half of a socket
 * @sk_family: PF_UNIX
 * @sk_type: SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET
 * @sk_protocol: the protocol socket() was given
 * @sk_state: TCP_CLOSE, TCP_LISTEN, TCP_ESTABLISHED (include/net/tcp_states.h)
 * @sk_shutdown: RCV_SHUTDOWN, SEND_SHUTDOWN
 * @sk_reuse: SO_REUSEADDR (kept, not used by AF_UNIX)
 * @sk_refcnt: references; the last sock_put() destroys it
 * @sk_node: the family's hash chain (AF_UNIX: by name or inode)
 * @sk_flags: SOCK_DEAD...
 * @sk_receive_queue: buffers waiting for recvmsg (or connections, on a listener)
 * @sk_wmem_alloc: bytes of this socket's buffers not yet freed by their reader,
 *   plus 1 while @sk_refcnt is not 0: the memory goes when both are gone
 * @sk_sndbuf: the limit on @sk_wmem_alloc
 * @sk_rcvbuf: SO_RCVBUF (reported, not enforced by AF_UNIX, as 2.6.32)
 * @sk_err: a pending error (positive errno), reported once
 * @sk_ack_backlog: connections queued on a listener
 * @sk_max_ack_backlog: listen()'s backlog; for a datagram socket the queue limit
 * @sk_rcvtimeo: SO_RCVTIMEO in jiffies (MAX_SCHEDULE_TIMEOUT: none)
 * @sk_sndtimeo: SO_SNDTIMEO in jiffies
 * @sk_rcvlowat: SO_RCVLOWAT
 * @sk_peercred: the peer's credentials (SO_PEERCRED)
 * @sk_sleep: the wait queue (the socket's, or the unix_sock's own once orphaned)
 * @sk_socket: the struct socket, NULL once closed (orphan)
 * @sk_lock: the family's state lock (AF_UNIX's unix_state_lock)
 * @sk_callback_lock: the wake-up callbacks read @sk_sleep and @sk_socket under it,
 *   sock_orphan and sock_graft change them under it (a peer may wake us as we close)
 * @sk_state_change: called when the state or shutdown bits change
 * @sk_data_ready: called when data is queued
 * @sk_write_space: called when send room is freed
 * @sk_error_report: called when @sk_err is set
 * @sk_destruct: called by the last sock_put() before the memory goes
 */
struct sock {
	unsigned short sk_family;
	unsigned short sk_type;
	int sk_protocol;
	unsigned char sk_state;
	unsigned char sk_shutdown;
	unsigned char sk_reuse;
	atomic_t sk_refcnt;
	struct hlist_node sk_node;
	unsigned long sk_flags;
	struct sk_buff_head sk_receive_queue;
	atomic_t sk_wmem_alloc;
	int sk_sndbuf;
	int sk_rcvbuf;
	int sk_err;
	unsigned short sk_ack_backlog;
	unsigned short sk_max_ack_backlog;
	long sk_rcvtimeo;
	long sk_sndtimeo;
	int sk_rcvlowat;
	struct ucred sk_peercred;
	wait_queue_head_t *sk_sleep;
	struct socket *sk_socket;
	spinlock_t sk_lock;
	rwlock_t sk_callback_lock;
	void (*sk_state_change)(struct sock *sk);
	void (*sk_data_ready)(struct sock *sk, int bytes);
	void (*sk_write_space)(struct sock *sk);
	void (*sk_error_report)(struct sock *sk);
	void (*sk_destruct)(struct sock *sk);
};

/**
 * struct socket_alloc - a socket and its sockfs inode, allocated as one
 * @socket: the socket
 * @vfs_inode: its inode (the file's f_path.dentry->d_inode)
 */
struct socket_alloc {
	struct socket socket;
	struct inode vfs_inode;
};

/* SOCKET_I - the socket of a sockfs inode */
static inline struct socket *SOCKET_I(struct inode *inode)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
	return &container_of(inode, struct socket_alloc, vfs_inode)->socket;
}

/* SOCK_INODE - the sockfs inode of a socket */
static inline struct inode *SOCK_INODE(struct socket *socket)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
	return &container_of(socket, struct socket_alloc, socket)->vfs_inode;
}

extern __u32 sysctl_wmem_max;
extern __u32 sysctl_rmem_max;
extern __u32 sysctl_wmem_default;
extern __u32 sysctl_rmem_default;

struct sock *sk_alloc(int family, gfp_t priority, size_t size);
void sk_free(struct sock *sk);
void sock_init_data(struct socket *sock, struct sock *sk);
void sock_wfree(struct sk_buff *skb);
struct sk_buff *sock_alloc_send_skb(struct sock *sk, unsigned long size, int noblock, int *errcode);
struct sk_buff *sock_wmalloc(struct sock *sk, unsigned long size, int force, gfp_t priority);
int sock_setsockopt(struct socket *sock, int level, int op, char __user *optval,
		    unsigned int optlen);
int sock_getsockopt(struct socket *sock, int level, int op, char __user *optval,
		    int __user *optlen);
void sk_wake_async(struct sock *sk, int how, int band);
unsigned long sock_i_ino(struct sock *sk);

/* sock_hold - take a reference */
static inline void sock_hold(struct sock *sk)
{
	atomic_inc(&sk->sk_refcnt);
}

/* sock_put - drop a reference; the last frees the sock (sk_free) */
static inline void sock_put(struct sock *sk)
{
	if (atomic_dec_and_test(&sk->sk_refcnt))
		sk_free(sk);
}

static inline int sock_flag(struct sock *sk, enum sock_flags flag)
{
	return test_bit(flag, &sk->sk_flags);
}

static inline void sock_set_flag(struct sock *sk, enum sock_flags flag)
{
	set_bit(flag, &sk->sk_flags);
}

/* sock_error - take the pending error: -errno once, then 0 */
static inline int sock_error(struct sock *sk)
{
	if (!sk->sk_err)
		return 0;
	return -__atomic_exchange_n(&sk->sk_err, 0, __ATOMIC_SEQ_CST); /* x86's xchg */
}

/* sock_sndtimeo - how long a send may wait: 0 with @noblock */
static inline long sock_sndtimeo(const struct sock *sk, int noblock)
{
	return noblock ? 0 : sk->sk_sndtimeo;
}

/* sock_rcvtimeo - how long a receive may wait: 0 with @noblock */
static inline long sock_rcvtimeo(const struct sock *sk, int noblock)
{
	return noblock ? 0 : sk->sk_rcvtimeo;
}

/* sock_rcvlowat - bytes a stream read waits for: all with MSG_WAITALL, else SO_RCVLOWAT */
static inline int sock_rcvlowat(const struct sock *sk, int waitall, int len)
{
	return (waitall ? len : min_t(int, sk->sk_rcvlowat, len)) ?: 1;
}

/* sock_intr_errno - a wait ended by a signal: restart unless a timeout was set */
static inline int sock_intr_errno(long timeo)
{
	return timeo == MAX_SCHEDULE_TIMEOUT ? -ERESTARTSYS : -EINTR;
}

/* sock_orphan - the file is gone: the sock lives on for its peers, marked dead */
static inline void sock_orphan(struct sock *sk)
{
	write_lock(&sk->sk_callback_lock);
	sock_set_flag(sk, SOCK_DEAD);
	sk->sk_socket = NULL;
	sk->sk_sleep = NULL;
	write_unlock(&sk->sk_callback_lock);
}

/* sock_graft - attach @sk (an accepted connection) to the new socket @parent */
static inline void sock_graft(struct sock *sk, struct socket *parent)
{
	write_lock(&sk->sk_callback_lock);
	sk->sk_sleep = &parent->wait;
	parent->sk = sk;
	sk->sk_socket = parent;
	write_unlock(&sk->sk_callback_lock);
}

/*
 * skb_set_owner_w - charge @skb to @sk's send buffer until it is freed;
 * the charge also keeps the memory of @sk (see sk_free)
 */
static inline void skb_set_owner_w(struct sk_buff *skb, struct sock *sk)
{
	skb->sk = sk;
	skb->destructor = sock_wfree;
	atomic_add(skb->truesize, &sk->sk_wmem_alloc);
}

/* sk_has_sleeper - anyone on the sock's wait queue? */
static inline int sk_has_sleeper(struct sock *sk)
{
	return sk->sk_sleep && waitqueue_active(sk->sk_sleep);
}

/* sock_poll_wait - poll_wait() on a socket's queue */
static inline void sock_poll_wait(struct file *filp, wait_queue_head_t *wait_address, poll_table *p)
{
	poll_wait(filp, wait_address, p);
}

#endif /* _NET_SOCK_H */
