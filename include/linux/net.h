/*
 * net.h - the BSD socket layer: struct socket, the operations a family
 * gives its sockets (struct proto_ops), and how a family registers
 * (struct net_proto_family, sock_register).
 *
 * A descriptor of a socket is a file whose inode lives on sockfs
 * (net/socket.c); the inode and the struct socket are allocated as one
 * (struct socket_alloc), so SOCKET_I(inode) finds the socket. The socket
 * is the generic half, what every family shares (its type, state, file
 * and wait queue); sock->sk, a struct sock (include/net/sock.h), is the
 * family's half, which holds the queues. As Linux 2.6.32's
 * include/linux/net.h, without network namespaces and kiocbs.
 * See net/socket.c and docs/sockets.md.
 */
#ifndef _LINUX_NET_H
#define _LINUX_NET_H

#include <linux/socket.h>
#include <linux/wait.h>
#include <linux/fs.h>
#include <linux/fcntl.h>

/* socketcall(2)'s call numbers (2.6.32: SYS_ACCEPT4 is the last) */
#define SYS_SOCKET 1
#define SYS_BIND 2
#define SYS_CONNECT 3
#define SYS_LISTEN 4
#define SYS_ACCEPT 5
#define SYS_GETSOCKNAME 6
#define SYS_GETPEERNAME 7
#define SYS_SOCKETPAIR 8
#define SYS_SEND 9
#define SYS_RECV 10
#define SYS_SENDTO 11
#define SYS_RECVFROM 12
#define SYS_SHUTDOWN 13
#define SYS_SETSOCKOPT 14
#define SYS_GETSOCKOPT 15
#define SYS_SENDMSG 16
#define SYS_RECVMSG 17
#define SYS_ACCEPT4 18

/* socket_state - a struct socket's view of its connection (2.6.32's enum) */
typedef enum {
	SS_FREE = 0,
	SS_UNCONNECTED,
	SS_CONNECTING,
	SS_CONNECTED,
	SS_DISCONNECTING
} socket_state;

/* __SO_ACCEPTCON - /proc/net/unix's Flags for a listening socket */
#define __SO_ACCEPTCON (1 << 16)

/* Bits of socket->flags */
#define SOCK_ASYNC_NOSPACE 0
#define SOCK_ASYNC_WAITDATA 1
#define SOCK_NOSPACE 2
#define SOCK_PASSCRED 3
#define SOCK_PASSSEC 4

/* Socket types; the type argument of socket() may add SOCK_CLOEXEC/SOCK_NONBLOCK */
enum sock_type {
	SOCK_STREAM = 1,
	SOCK_DGRAM = 2,
	SOCK_RAW = 3,
	SOCK_RDM = 4,
	SOCK_SEQPACKET = 5,
	SOCK_DCCP = 6,
	SOCK_PACKET = 10,
};
#define SOCK_MAX (SOCK_PACKET + 1)
#define SOCK_TYPE_MASK 0xf
#define SOCK_CLOEXEC O_CLOEXEC
#define SOCK_NONBLOCK O_NONBLOCK

/* shutdown()'s how */
enum sock_shutdown_cmd {
	SHUT_RD = 0,
	SHUT_WR = 1,
	SHUT_RDWR = 2,
};

/* NPROTO - the size of the family table: one slot per AF_* */
#define NPROTO AF_MAX

/* sock_wake_async's @how */
enum {
	SOCK_WAKE_IO,
	SOCK_WAKE_WAITD,
	SOCK_WAKE_SPACE,
	SOCK_WAKE_URG,
};

struct sock;
struct poll_table_struct;
struct proto_ops;

/**
 * struct socket - the generic half of a socket
 * @state: SS_UNCONNECTED, SS_CONNECTED...
 * @type: SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET
 * @flags: SOCK_PASSCRED, SOCK_NOSPACE... (bit numbers)
 * @fasync_list: the files that asked for SIGIO (O_ASYNC)
 * @wait: where readers, writers and pollers sleep (sk->sk_sleep points here)
 * @file: the file of the descriptor, or NULL before sock_map_fd()
 * @sk: the family's half
 * @ops: the family's operations for this type
 */
struct socket {
	socket_state state;
	short type;
	unsigned long flags;
	struct fasync_struct *fasync_list;
	wait_queue_head_t wait;
	struct file *file;
	struct sock *sk;
	const struct proto_ops *ops;
};

/**
 * struct proto_ops - what a family does for a socket of one type
 * @family: PF_*
 * @release: the last close: let go of sock->sk
 * @bind: name the socket
 * @connect: connect (stream) or set the default peer (datagram)
 * @socketpair: join two new sockets
 * @accept: take a connection off a listening socket into @newsock
 * @getname: the socket's own (@peer 0) or its peer's address
 * @poll: the POLL* events now, with poll_wait() on what may change them
 * @ioctl: SIOCINQ, SIOCOUTQ...
 * @listen: accept connections, at most @backlog waiting
 * @shutdown: close one direction (@how SHUT_RD/WR/RDWR)
 * @setsockopt: a level other than SOL_SOCKET
 * @getsockopt: the same, to read
 * @sendmsg: send @len bytes of @m
 * @recvmsg: receive at most @len bytes into @m
 *
 * Linux 2.6.32's also has mmap, sendpage and splice_read, and its
 * sendmsg/recvmsg take a kiocb first; Linnet has no asynchronous I/O.
 */
struct proto_ops {
	int family;
	int (*release)(struct socket *sock);
	int (*bind)(struct socket *sock, struct sockaddr *myaddr, int sockaddr_len);
	int (*connect)(struct socket *sock, struct sockaddr *vaddr, int sockaddr_len, int flags);
	int (*socketpair)(struct socket *sock1, struct socket *sock2);
	int (*accept)(struct socket *sock, struct socket *newsock, int flags);
	int (*getname)(struct socket *sock, struct sockaddr *addr, int *sockaddr_len, int peer);
	unsigned int (*poll)(struct file *file, struct socket *sock,
			     struct poll_table_struct *wait);
	int (*ioctl)(struct socket *sock, unsigned int cmd, unsigned long arg);
	int (*listen)(struct socket *sock, int len);
	int (*shutdown)(struct socket *sock, int flags);
	int (*setsockopt)(struct socket *sock, int level, int optname, char __user *optval,
			  unsigned int optlen);
	int (*getsockopt)(struct socket *sock, int level, int optname, char __user *optval,
			  int __user *optlen);
	int (*sendmsg)(struct socket *sock, struct msghdr *m, size_t total_len);
	int (*recvmsg)(struct socket *sock, struct msghdr *m, size_t total_len, int flags);
};

/**
 * struct net_proto_family - an address family, as sock_register() takes it
 * @family: PF_*
 * @create: set up sock->ops and sock->sk for a new socket of sock->type
 */
struct net_proto_family {
	int family;
	int (*create)(struct socket *sock, int protocol);
};

int sock_register(const struct net_proto_family *fam);
void sock_unregister(int family);
int sock_create(int family, int type, int proto, struct socket **res);
int sock_create_lite(int family, int type, int proto, struct socket **res);
void sock_release(struct socket *sock);
int sock_map_fd(struct socket *sock, int flags);
struct socket *sockfd_lookup(int fd, int *err);
int sock_sendmsg(struct socket *sock, struct msghdr *msg, size_t len);
int sock_recvmsg(struct socket *sock, struct msghdr *msg, size_t size, int flags);
int sock_wake_async(struct socket *sock, int how, int band);

int sock_no_bind(struct socket *sock, struct sockaddr *saddr, int len);
int sock_no_connect(struct socket *sock, struct sockaddr *saddr, int len, int flags);
int sock_no_socketpair(struct socket *sock1, struct socket *sock2);
int sock_no_accept(struct socket *sock, struct socket *newsock, int flags);
int sock_no_getname(struct socket *sock, struct sockaddr *saddr, int *len, int peer);
unsigned int sock_no_poll(struct file *file, struct socket *sock, struct poll_table_struct *pt);
int sock_no_ioctl(struct socket *sock, unsigned int cmd, unsigned long arg);
int sock_no_listen(struct socket *sock, int backlog);
int sock_no_shutdown(struct socket *sock, int how);
int sock_no_setsockopt(struct socket *sock, int level, int optname, char __user *optval,
		       unsigned int optlen);
int sock_no_getsockopt(struct socket *sock, int level, int optname, char __user *optval,
		       int __user *optlen);

#endif /* _LINUX_NET_H */
