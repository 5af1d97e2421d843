/*
 * af_unix.h - the Unix-domain family's sock (net/unix/af_unix.c).
 *
 * A unix_sock is a struct sock (first, so unix_sk() is a cast) plus its
 * name, its peer, the lock that serialises readers, and peer_wait, where
 * writers to a full datagram queue and connectors to a full backlog
 * sleep. UNIXCB(skb) is what AF_UNIX keeps in each buffer's cb[]: the
 * sender's credentials and the files in flight. As Linux 2.6.32's.
 * See docs/sockets.md.
 */
#ifndef _NET_AF_UNIX_H
#define _NET_AF_UNIX_H

#include <linux/un.h>
#include <linux/mutex.h>
#include <net/sock.h>
#include <net/scm.h>

/* UNIX_HASH_SIZE - chains of the name table; slot UNIX_HASH_SIZE holds the unbound */
#define UNIX_HASH_SIZE 256

/**
 * struct unix_address - a bound name, shared by a listener and its accepted sockets
 * @refcnt: its users
 * @len: the address length (family and path)
 * @hash: its table slot (UNIX_HASH_SIZE for a path name)
 * @name: the address
 */
struct unix_address {
	atomic_t refcnt;
	int len;
	unsigned int hash;
	struct sockaddr_un name[0];
};

/**
 * struct unix_skb_parms - AF_UNIX's part of each buffer (skb->cb)
 * @creds: the sender's credentials (or those it passed)
 * @fp: the files it carries (SCM_RIGHTS), or NULL
 * @level: 1 + the deepest recursion_level of the sockets among @fp; 0 without sockets
 */
struct unix_skb_parms {
	struct ucred creds;
	struct scm_fp_list *fp;
	unsigned char level;
};

#define UNIXCB(skb) (*(struct unix_skb_parms *)&((skb)->cb))
#define UNIXCREDS(skb) (&UNIXCB((skb)).creds)

/**
 * struct unix_sock - an AF_UNIX socket
 * @sk: the generic sock; first
 * @addr: its name, or NULL
 * @dentry: the S_IFSOCK inode's dentry of a path name
 * @mnt: its mount
 * @readlock: one reader at a time (keeps a stream's bytes in order)
 * @peer: the connected peer (a reference), or NULL
 * @inflight: how many times its file is in flight in SCM_RIGHTS messages
 * @recursion_level: how deep sockets nest in sockets queued here (passed
 *   sockets that hold passed sockets...); MAX_RECURSION_LEVEL bounds it
 * @peer_wait: senders waiting for room in its queue, connectors for its backlog
 */
struct unix_sock {
	struct sock sk;
	struct unix_address *addr;
	struct dentry *dentry;
	struct vfsmount *mnt;
	struct mutex readlock;
	struct sock *peer;
	atomic_t inflight;
	unsigned char recursion_level;
	wait_queue_head_t peer_wait;
};
#define unix_sk(__sk) ((struct unix_sock *)__sk)

#define unix_state_lock(s) spin_lock(&unix_sk(s)->sk.sk_lock)
#define unix_state_unlock(s) spin_unlock(&unix_sk(s)->sk.sk_lock)

struct sock *unix_get_socket(struct file *filp);
void unix_inflight(struct file *fp);
void unix_notinflight(struct file *fp);
extern unsigned int unix_tot_inflight;

#endif /* _NET_AF_UNIX_H */
