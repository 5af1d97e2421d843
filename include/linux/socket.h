/*
 * socket.h - what user space and the socket layer say to each other:
 * addresses, message headers, control messages, and the numbers of the
 * address families, MSG_* flags and SOL_SOCKET options.
 *
 * Every value is the i386 ABI of Linux 2.6.32 (include/linux/socket.h and
 * arch/x86/include/asm/socket.h there). A message is a struct msghdr: an
 * optional address, an iovec of data, and a buffer of control messages
 * (struct cmsghdr, walked with CMSG_FIRSTHDR/CMSG_NXTHDR) that carry
 * SCM_RIGHTS (descriptors) and SCM_CREDENTIALS (struct ucred).
 * See net/socket.c and docs/sockets.md.
 */
#ifndef _LINUX_SOCKET_H
#define _LINUX_SOCKET_H

#include <linux/types.h>
#include <linux/uio.h>

typedef unsigned short sa_family_t;

/**
 * struct sockaddr - the generic address every family's address starts like
 * @sa_family: AF_*
 * @sa_data: the family's bytes
 */
struct sockaddr {
	sa_family_t sa_family;
	char sa_data[14];
};

/* _K_SS_MAXSIZE - the largest address any family has (sockaddr_storage) */
#define _K_SS_MAXSIZE 128

/**
 * struct sockaddr_storage - room for any family's address
 * @ss_family: AF_*
 * @__data: the rest
 */
struct sockaddr_storage {
	unsigned short ss_family;
	char __data[_K_SS_MAXSIZE - sizeof(unsigned short)];
} __attribute__((aligned(sizeof(long))));

/**
 * struct msghdr - one sendmsg or recvmsg, in the kernel's copy
 * @msg_name: the address (a kernel copy once verify_iovec() has run)
 * @msg_namelen: its length
 * @msg_iov: the data vector (kernel copy, user pointers in it)
 * @msg_iovlen: entries in @msg_iov
 * @msg_control: control messages (kernel copy on send, user pointer on receive)
 * @msg_controllen: their length (on receive: the room left)
 * @msg_flags: MSG_* in; MSG_TRUNC, MSG_CTRUNC out
 */
struct msghdr {
	void *msg_name;
	int msg_namelen;
	struct iovec *msg_iov;
	size_t msg_iovlen;
	void *msg_control;
	size_t msg_controllen;
	unsigned int msg_flags;
};

/**
 * struct cmsghdr - the header of one control message
 * @cmsg_len: header and data, without the padding after the data
 * @cmsg_level: SOL_SOCKET for SCM_*
 * @cmsg_type: SCM_RIGHTS, SCM_CREDENTIALS
 */
struct cmsghdr {
	size_t cmsg_len;
	int cmsg_level;
	int cmsg_type;
};

#define CMSG_ALIGN(len) (((len) + sizeof(long) - 1) & ~(sizeof(long) - 1))
#define CMSG_DATA(cmsg) ((void *)((char *)(cmsg) + CMSG_ALIGN(sizeof(struct cmsghdr))))
#define CMSG_SPACE(len) (CMSG_ALIGN(sizeof(struct cmsghdr)) + CMSG_ALIGN(len))
#define CMSG_LEN(len) (CMSG_ALIGN(sizeof(struct cmsghdr)) + (len))
#define __CMSG_FIRSTHDR(ctl, len) \
	((len) >= sizeof(struct cmsghdr) ? (struct cmsghdr *)(ctl) : (struct cmsghdr *)NULL)
#define CMSG_FIRSTHDR(msg) __CMSG_FIRSTHDR((msg)->msg_control, (msg)->msg_controllen)
#define CMSG_OK(mhdr, cmsg)                                           \
	((cmsg)->cmsg_len >= sizeof(struct cmsghdr) &&                \
	 (cmsg)->cmsg_len <= (unsigned long)((mhdr)->msg_controllen - \
					     ((char *)(cmsg) - (char *)(mhdr)->msg_control)))

/* cmsg_nxthdr - the control message after @cmsg in @msg, or NULL */
static inline struct cmsghdr *cmsg_nxthdr(struct msghdr *msg, struct cmsghdr *cmsg)
{
	struct cmsghdr *next = (struct cmsghdr *)((char *)cmsg + CMSG_ALIGN(cmsg->cmsg_len));
	size_t used = (char *)(next + 1) - (char *)msg->msg_control;

	return used > msg->msg_controllen ? NULL : next;
}
#define CMSG_NXTHDR(msg, cmsg) cmsg_nxthdr((msg), (cmsg))

#define SCM_RIGHTS 0x01 /* rw: an array of descriptors */
#define SCM_CREDENTIALS 0x02 /* rw: struct ucred */
#define SCM_SECURITY 0x03

/**
 * struct ucred - a process's credentials as a socket passes them
 * @pid: its thread-group id
 * @uid: its user id
 * @gid: its group id
 */
struct ucred {
	__u32 pid;
	__u32 uid;
	__u32 gid;
};

/* Address families: 2.6.32's numbers (AF_MAX 37); Linnet registers AF_UNIX only */
#define AF_UNSPEC 0
#define AF_UNIX 1
#define AF_LOCAL 1
#define AF_INET 2
#define AF_AX25 3
#define AF_IPX 4
#define AF_APPLETALK 5
#define AF_INET6 10
#define AF_NETLINK 16
#define AF_PACKET 17
#define AF_MAX 37
#define PF_UNSPEC AF_UNSPEC
#define PF_UNIX AF_UNIX
#define PF_LOCAL AF_LOCAL
#define PF_INET AF_INET
#define PF_INET6 AF_INET6
#define PF_NETLINK AF_NETLINK
#define PF_PACKET AF_PACKET
#define PF_MAX AF_MAX

/* SOMAXCONN - the largest listen() backlog (2.6.32's sysctl_somaxconn default) */
#define SOMAXCONN 128

/* Flags of send/recv and msg_flags */
#define MSG_OOB 1
#define MSG_PEEK 2
#define MSG_DONTROUTE 4
#define MSG_CTRUNC 8
#define MSG_PROBE 0x10
#define MSG_TRUNC 0x20
#define MSG_DONTWAIT 0x40
#define MSG_EOR 0x80
#define MSG_WAITALL 0x100
#define MSG_FIN 0x200
#define MSG_SYN 0x400
#define MSG_CONFIRM 0x800
#define MSG_RST 0x1000
#define MSG_ERRQUEUE 0x2000
#define MSG_NOSIGNAL 0x4000
#define MSG_MORE 0x8000
#define MSG_CMSG_CLOEXEC 0x40000000

/* Levels of setsockopt; SOL_SOCKET is i386's asm/socket.h value */
#define SOL_IP 0
#define SOL_SOCKET 1

/* SOL_SOCKET options (arch/x86/include/asm/socket.h) */
#define SO_DEBUG 1
#define SO_REUSEADDR 2
#define SO_TYPE 3
#define SO_ERROR 4
#define SO_DONTROUTE 5
#define SO_BROADCAST 6
#define SO_SNDBUF 7
#define SO_RCVBUF 8
#define SO_KEEPALIVE 9
#define SO_OOBINLINE 10
#define SO_NO_CHECK 11
#define SO_PRIORITY 12
#define SO_LINGER 13
#define SO_BSDCOMPAT 14
#define SO_PASSCRED 16
#define SO_PEERCRED 17
#define SO_RCVLOWAT 18
#define SO_SNDLOWAT 19
#define SO_RCVTIMEO 20
#define SO_SNDTIMEO 21
#define SO_PEERNAME 28
#define SO_TIMESTAMP 29
#define SO_ACCEPTCONN 30
#define SO_PEERSEC 31
#define SO_SNDBUFFORCE 32
#define SO_RCVBUFFORCE 33
#define SO_PASSSEC 34
#define SO_MARK 36
#define SO_PROTOCOL 38
#define SO_DOMAIN 39

/**
 * struct linger - SO_LINGER's value
 * @l_onoff: linger on close
 * @l_linger: for this many seconds
 */
struct linger {
	int l_onoff;
	int l_linger;
};

/* ioctls of sockets (asm/sockios.h) */
#define SIOCINQ 0x541B /* FIONREAD: bytes waiting to be read */
#define SIOCOUTQ 0x5411 /* TIOCOUTQ: bytes sent and not yet read */
#define FIOSETOWN 0x8901
#define SIOCSPGRP 0x8902
#define FIOGETOWN 0x8903
#define SIOCGPGRP 0x8904

struct sock;
int move_addr_to_kernel(void __user *uaddr, int ulen, struct sockaddr *kaddr);
int move_addr_to_user(struct sockaddr *kaddr, int klen, void __user *uaddr, int __user *ulen);
int verify_iovec(struct msghdr *m, struct iovec *iov, struct sockaddr *address, int mode);
int memcpy_toiovec(struct iovec *iov, unsigned char *kdata, int len);
int memcpy_fromiovec(unsigned char *kdata, struct iovec *iov, int len);
int put_cmsg(struct msghdr *msg, int level, int type, int len, void *data);

#endif /* _LINUX_SOCKET_H */
