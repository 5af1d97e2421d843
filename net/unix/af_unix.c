/*
 * af_unix.c - Unix-domain sockets (AF_UNIX): sockets between processes of
 * one machine, named by a file, by an abstract name, or by nothing.
 *
 * Three types share one struct unix_sock:
 *   SOCK_STREAM     a byte stream, connected: what a writer sends is cut
 *                   into buffers (sk_buffs) appended to the peer's
 *                   sk_receive_queue; the reader copies bytes from the
 *                   first buffers, which may leave part of one queued.
 *   SOCK_DGRAM      messages, each one buffer, kept whole: a read takes
 *                   one message (the rest of it is lost, MSG_TRUNC).
 *   SOCK_SEQPACKET  messages, like DGRAM, over a connection, like STREAM.
 *
 * Naming. bind() with a path makes an S_IFSOCK inode through vfs_mknod
 * (so it shows in ls, and an existing name is -EADDRINUSE); connect()
 * looks the path up and finds the socket by its inode. A name that starts
 * with a 0 byte is abstract: no file, the bytes themselves are the name.
 * Both kinds are in unix_socket_table, hashed by inode or by name; the
 * unbound ones sit in its last chain. A socket that sends without a name
 * while SO_PASSCRED is on gets one (autobind: "\0" and five hex digits).
 *
 * Connecting (stream and seqpacket). connect() makes the connection's
 * server-side sock at once (an "embryo"), links it and the client as
 * peers, and queues a one-byte buffer owned by the embryo on the
 * listener's receive queue; accept() dequeues it and grafts the embryo
 * onto the new socket. A listener whose queue holds more than its backlog
 * makes connect() wait on its peer_wait (or fail -EAGAIN):
 *
 *   client                         listener (TCP_LISTEN)
 *   connect: newsk <-peer-> sk     sk_receive_queue: [skb(newsk)] ...
 *            skb(newsk) queued --> accept: dequeue, sock_graft(newsk, newsock)
 *
 * Closing. unix_release_sock() marks the sock dead, and a connected
 * peer gets SHUTDOWN_MASK: its reads see end of file after the queued
 * bytes, its writes -EPIPE and SIGPIPE; if the closer left unread data
 * (or was never accepted) the peer also gets ECONNRESET once. A path name
 * stays in the file system until unlink(), as in Linux.
 *
 * Flow control. A sender is charged for its buffers until the reader
 * frees them (net/core/sock.c): a stream writer waits when its sk_sndbuf
 * is used up. A datagram sender to a socket not connected back to it also
 * waits while that socket holds more than sk_max_ack_backlog (10)
 * messages. Passing descriptors (SCM_RIGHTS) keeps the files in the
 * buffer, "in flight", counted in unix_tot_inflight, until received;
 * sockets nested in queued sockets more than MAX_RECURSION_LEVEL deep are
 * refused (-ETOOMANYREFS), as the 2.6.32.y stable kernels do.
 *
 * Differences from Linux 2.6.32: no garbage collector for in-flight
 * cycles (unix_gc, net/unix/garbage.c): a socket sent over itself and
 * closed is never freed here, where 2.6.32 collects it; no per-namespace
 * sysctl (max_dgram_qlen is 10); the hash of an abstract name is
 * full_name_hash rather than csum_partial. /proc/net is a directory here,
 * where 2.6.32 has a link to /proc/self/net. Read next: net/socket.c,
 * docs/sockets.md.
 */
#include <linux/un.h>
#include <linux/net.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/namei.h>
#include <linux/mount.h>
#include <linux/dcache.h>
#include <linux/magic.h>
#include <linux/slab.h>
#include <linux/seq_file.h>
#include <linux/proc_fs.h>
#include <linux/fs_struct.h>
#include <linux/init.h>
#include <linux/module.h>
#include <linux/uaccess.h>
#include <net/af_unix.h>
#include <net/scm.h>

/* The chains by name; [UNIX_HASH_SIZE] holds the sockets without a name */
static struct hlist_head unix_socket_table[UNIX_HASH_SIZE + 1];
static DEFINE_SPINLOCK(unix_table_lock);
static atomic_t unix_nr_socks = ATOMIC_INIT(0);
static int sysctl_unix_max_dgram_qlen = 10;

/* unix_tot_inflight - files of AF_UNIX sockets now in flight in SCM_RIGHTS messages */
unsigned int unix_tot_inflight;
static DEFINE_SPINLOCK(unix_gc_lock);

#define unix_sockets_unbound (&unix_socket_table[UNIX_HASH_SIZE])
#define UNIX_ABSTRACT(sk) (unix_sk(sk)->addr->hash != UNIX_HASH_SIZE)
#define unix_peer(sk) (unix_sk(sk)->peer)

static inline unsigned int unix_hash_fold(unsigned int hash)
{
	hash ^= hash >> 16;
	hash ^= hash >> 8;
	return hash & (UNIX_HASH_SIZE - 1);
}

static inline int unix_our_peer(struct sock *sk, struct sock *osk)
{
	return unix_peer(osk) == sk;
}

/* May @sk send to @osk? Not if @osk is connected to someone else */
static inline int unix_may_send(struct sock *sk, struct sock *osk)
{
	return !unix_peer(osk) || unix_our_peer(sk, osk);
}

static inline int unix_recvq_full(struct sock const *sk)
{
	return skb_queue_len(&sk->sk_receive_queue) > sk->sk_max_ack_backlog;
}

static inline int sk_unhashed(const struct sock *sk)
{
	return hlist_unhashed(&sk->sk_node);
}

static struct sock *unix_peer_get(struct sock *s)
{
	struct sock *peer;

	unix_state_lock(s);
	peer = unix_peer(s);
	if (peer)
		sock_hold(peer);
	unix_state_unlock(s);
	return peer;
}

static inline void unix_release_addr(struct unix_address *addr)
{
	if (atomic_dec_and_test(&addr->refcnt))
		kfree(addr);
}

/*
 * Check an address: a path name is cut at its first 0 (the length
 * becomes that of the string and its 0); an abstract name is all @len
 * bytes, and gets its hash. The new length, or -EINVAL.
 */
static int unix_mkname(struct sockaddr_un *sunaddr, int len, unsigned int *hashp)
{
	if (len <= (int)sizeof(short) || len > (int)sizeof(*sunaddr))
		return -EINVAL;
	if (!sunaddr || sunaddr->sun_family != AF_UNIX)
		return -EINVAL;
	if (sunaddr->sun_path[0]) {
		((char *)sunaddr)[len] = 0; /* inside the sockaddr_storage copy */
		return strlen(sunaddr->sun_path) + 1 + sizeof(short);
	}
	*hashp = unix_hash_fold(full_name_hash((const unsigned char *)sunaddr, len));
	return len;
}

static void __unix_remove_socket(struct sock *sk)
{
	hlist_del_init(&sk->sk_node);
}

static void __unix_insert_socket(struct hlist_head *list, struct sock *sk)
{
	WARN_ON(!sk_unhashed(sk));
	hlist_add_head(&sk->sk_node, list);
}

static void unix_remove_socket(struct sock *sk)
{
	spin_lock(&unix_table_lock);
	__unix_remove_socket(sk);
	spin_unlock(&unix_table_lock);
}

static void unix_insert_socket(struct hlist_head *list, struct sock *sk)
{
	spin_lock(&unix_table_lock);
	__unix_insert_socket(list, sk);
	spin_unlock(&unix_table_lock);
}

static struct sock *__unix_find_socket_byname(struct sockaddr_un *sunname, int len, int type,
					      unsigned int hash)
{
	struct hlist_node *node;

	hlist_for_each(node, &unix_socket_table[hash ^ type]) {
		/* cppcheck-suppress nullPointer ; container_of's offsetof */
		struct sock *s = hlist_entry(node, struct sock, sk_node);
		struct unix_address *addr = unix_sk(s)->addr;

		if (addr->len == len && !memcmp(addr->name, sunname, len))
			return s;
	}
	return NULL;
}

static struct sock *unix_find_socket_byname(struct sockaddr_un *sunname, int len, int type,
					    unsigned int hash)
{
	struct sock *s;

	spin_lock(&unix_table_lock);
	s = __unix_find_socket_byname(sunname, len, type, hash);
	if (s)
		sock_hold(s);
	spin_unlock(&unix_table_lock);
	return s;
}

static struct sock *unix_find_socket_byinode(struct inode *i)
{
	struct hlist_node *node;
	struct sock *found = NULL;

	spin_lock(&unix_table_lock);
	hlist_for_each(node, &unix_socket_table[i->i_ino & (UNIX_HASH_SIZE - 1)]) {
		/* cppcheck-suppress nullPointer ; container_of's offsetof */
		struct sock *s = hlist_entry(node, struct sock, sk_node);
		struct dentry *dentry = unix_sk(s)->dentry;

		if (dentry && dentry->d_inode == i) {
			sock_hold(s);
			found = s;
			break;
		}
	}
	spin_unlock(&unix_table_lock);
	return found;
}

/* Room to send: at most a quarter of the send buffer in use */
static inline int unix_writable(struct sock *sk)
{
	return (atomic_read(&sk->sk_wmem_alloc) << 2) <= sk->sk_sndbuf;
}

static void unix_write_space(struct sock *sk)
{
	read_lock(&sk->sk_callback_lock);
	if (unix_writable(sk)) {
		if (sk_has_sleeper(sk))
			wake_up_interruptible_sync(sk->sk_sleep);
		sk_wake_async(sk, SOCK_WAKE_SPACE, POLL_OUT);
	}
	read_unlock(&sk->sk_callback_lock);
}

/*
 * A datagram socket drops its old peer: what that peer sent is purged,
 * and if the peer was connected back, it gets ECONNRESET (its messages
 * were lost).
 */
static void unix_dgram_disconnected(struct sock *sk, struct sock *other)
{
	if (skb_queue_empty(&sk->sk_receive_queue))
		return;
	skb_queue_purge(&sk->sk_receive_queue);
	wake_up_interruptible_all(&unix_sk(sk)->peer_wait);
	if (!sock_flag(other, SOCK_DEAD) && unix_peer(other) == sk) {
		other->sk_err = ECONNRESET;
		other->sk_error_report(other);
	}
}

static void unix_sock_destructor(struct sock *sk)
{
	struct unix_sock *u = unix_sk(sk);

	skb_queue_purge(&sk->sk_receive_queue);
	WARN_ON(atomic_read(&sk->sk_wmem_alloc));
	WARN_ON(!sk_unhashed(sk));
	WARN_ON(sk->sk_socket);
	if (!sock_flag(sk, SOCK_DEAD)) {
		printk(KERN_INFO "Attempt to release alive unix socket: %p\n", sk);
		return;
	}
	if (u->addr)
		unix_release_addr(u->addr);
	atomic_dec(&unix_nr_socks);
}

/* The peer of a closing stream socket: no more writes, and ECONNRESET if data was lost */
static void unix_shutdown_peer(struct sock *sk, struct sock *skpair, int embrion)
{
	unix_state_lock(skpair);
	skpair->sk_shutdown = SHUTDOWN_MASK;
	if (!skb_queue_empty(&sk->sk_receive_queue) || embrion)
		skpair->sk_err = ECONNRESET;
	unix_state_unlock(skpair);
	skpair->sk_state_change(skpair);
	read_lock(&skpair->sk_callback_lock);
	sk_wake_async(skpair, SOCK_WAKE_WAITD, POLL_HUP);
	read_unlock(&skpair->sk_callback_lock);
}

static void unix_release_sock(struct sock *sk, int embrion)
{
	struct unix_sock *u = unix_sk(sk);
	struct dentry *dentry;
	struct vfsmount *mnt;
	struct sock *skpair;
	struct sk_buff *skb;
	int state;

	unix_remove_socket(sk);
	unix_state_lock(sk);
	sock_orphan(sk);
	sk->sk_shutdown = SHUTDOWN_MASK;
	dentry = u->dentry;
	u->dentry = NULL;
	mnt = u->mnt;
	u->mnt = NULL;
	state = sk->sk_state;
	sk->sk_state = TCP_CLOSE;
	unix_state_unlock(sk);
	wake_up_interruptible_all(&u->peer_wait);
	skpair = unix_peer(sk);
	if (skpair) {
		if (sk->sk_type == SOCK_STREAM || sk->sk_type == SOCK_SEQPACKET)
			unix_shutdown_peer(sk, skpair, embrion);
		sock_put(skpair);
		unix_peer(sk) = NULL;
	}
	/* a listener's queue holds connections never accepted: close them too */
	while ((skb = skb_dequeue(&sk->sk_receive_queue)) != NULL) {
		if (state == TCP_LISTEN)
			unix_release_sock(skb->sk, 1);
		kfree_skb(skb); /* passed files go in the destructor */
	}
	if (dentry) {
		dput(dentry);
		mntput(mnt);
	}
	sock_put(sk);
}

/* SO_PEERCRED's answer: who made the socket's connection, as 2.6.32 records it */
static void unix_set_peercred(struct sock *sk)
{
	sk->sk_peercred.pid = current->tgid;
	sk->sk_peercred.uid = current_euid();
	sk->sk_peercred.gid = current_egid();
}

static int unix_listen(struct socket *sock, int backlog)
{
	struct sock *sk = sock->sk;
	struct unix_sock *u = unix_sk(sk);
	int err = -EOPNOTSUPP;

	if (sock->type != SOCK_STREAM && sock->type != SOCK_SEQPACKET)
		return err; /* only connection-based sockets accept */
	if (!u->addr)
		return -EINVAL; /* no listening without a name */
	unix_state_lock(sk);
	err = -EINVAL;
	if (sk->sk_state != TCP_CLOSE && sk->sk_state != TCP_LISTEN)
		goto out_unlock;
	if (backlog > sk->sk_max_ack_backlog)
		wake_up_interruptible_all(&u->peer_wait);
	sk->sk_max_ack_backlog = backlog;
	sk->sk_state = TCP_LISTEN;
	/* the credentials connect() gives its client as SO_PEERCRED */
	unix_set_peercred(sk);
	err = 0;
out_unlock:
	unix_state_unlock(sk);
	return err;
}

static const struct proto_ops unix_stream_ops;
static const struct proto_ops unix_dgram_ops;
static const struct proto_ops unix_seqpacket_ops;

static struct sock *unix_create1(struct socket *sock)
{
	struct sock *sk = NULL;
	struct unix_sock *u;

	atomic_inc(&unix_nr_socks);
	if (atomic_read(&unix_nr_socks) > 2 * files_stat.max_files)
		goto out;
	sk = sk_alloc(PF_UNIX, GFP_KERNEL, sizeof(struct unix_sock));
	if (!sk)
		goto out;
	sock_init_data(sock, sk);
	sk->sk_write_space = unix_write_space;
	sk->sk_max_ack_backlog = sysctl_unix_max_dgram_qlen;
	sk->sk_destruct = unix_sock_destructor;
	u = unix_sk(sk);
	mutex_init(&u->readlock);
	init_waitqueue_head(&u->peer_wait);
	INIT_HLIST_NODE(&sk->sk_node);
	unix_insert_socket(unix_sockets_unbound, sk);
out:
	if (!sk)
		atomic_dec(&unix_nr_socks);
	return sk;
}

static int unix_create(struct socket *sock, int protocol)
{
	if (protocol && protocol != PF_UNIX)
		return -EPROTONOSUPPORT;
	sock->state = SS_UNCONNECTED;
	switch (sock->type) {
	case SOCK_STREAM:
		sock->ops = &unix_stream_ops;
		break;
	case SOCK_RAW: /* BSD has AF_UNIX SOCK_RAW; it is a datagram socket */
		sock->type = SOCK_DGRAM;
		sock->ops = &unix_dgram_ops;
		break;
	case SOCK_DGRAM:
		sock->ops = &unix_dgram_ops;
		break;
	case SOCK_SEQPACKET:
		sock->ops = &unix_seqpacket_ops;
		break;
	default:
		return -ESOCKTNOSUPPORT;
	}
	return unix_create1(sock) ? 0 : -ENOMEM;
}

static int unix_release(struct socket *sock)
{
	struct sock *sk = sock->sk;

	if (!sk)
		return 0;
	unix_release_sock(sk, 0);
	sock->sk = NULL;
	return 0;
}

/* A free abstract name "\0XXXXX" for @addr; 0, or -ENOSPC when all are taken */
static int unix_autobind_name(struct sock *sk, struct unix_address *addr)
{
	static u32 ordernum = 1;
	unsigned int retries = 0;

	for (;;) {
		addr->len = sprintf(addr->name->sun_path + 1, "%05x", ordernum) + 1 + sizeof(short);
		addr->hash = unix_hash_fold(
			full_name_hash((const unsigned char *)addr->name, addr->len));
		spin_lock(&unix_table_lock);
		ordernum = (ordernum + 1) & 0xFFFFF;
		if (!__unix_find_socket_byname(addr->name, addr->len, sk->sk_type, addr->hash))
			return 0; /* with unix_table_lock held */
		spin_unlock(&unix_table_lock);
		cond_resched();
		if (retries++ == 0xFFFFF)
			return -ENOSPC;
	}
}

static int unix_autobind(struct socket *sock)
{
	struct sock *sk = sock->sk;
	struct unix_sock *u = unix_sk(sk);
	struct unix_address *addr;
	int err = mutex_lock_interruptible(&u->readlock);

	if (err)
		return err;
	if (u->addr)
		goto out;
	err = -ENOMEM;
	addr = kzalloc(sizeof(*addr) + sizeof(short) + 16, GFP_KERNEL);
	if (!addr)
		goto out;
	addr->name->sun_family = AF_UNIX;
	atomic_set(&addr->refcnt, 1);
	err = unix_autobind_name(sk, addr);
	if (err) {
		kfree(addr);
		goto out;
	}
	addr->hash ^= sk->sk_type;
	__unix_remove_socket(sk);
	u->addr = addr;
	__unix_insert_socket(&unix_socket_table[addr->hash], sk);
	spin_unlock(&unix_table_lock);
out:
	mutex_unlock(&u->readlock);
	return err;
}

/* The socket bound to a path name: -ECONNREFUSED if it is none, -EPROTOTYPE if another type */
static struct sock *unix_find_bypath(struct sockaddr_un *sunname, int type, int *error)
{
	struct inode *inode;
	struct path path;
	struct sock *u;
	int err = kern_path(sunname->sun_path, LOOKUP_FOLLOW, &path);

	if (err)
		goto fail;
	inode = path.dentry->d_inode;
	err = inode_permission(inode, MAY_WRITE);
	if (err)
		goto put_fail;
	err = -ECONNREFUSED;
	if (!S_ISSOCK(inode->i_mode))
		goto put_fail;
	u = unix_find_socket_byinode(inode);
	if (!u)
		goto put_fail;
	if (u->sk_type == type)
		touch_atime(path.mnt, path.dentry);
	path_put(&path);
	if (u->sk_type == type)
		return u;
	sock_put(u);
	*error = -EPROTOTYPE;
	return NULL;
put_fail:
	path_put(&path);
fail:
	*error = err;
	return NULL;
}

static struct sock *unix_find_other(struct sockaddr_un *sunname, int len, int type,
				    unsigned int hash, int *error)
{
	struct sock *u;

	if (sunname->sun_path[0])
		return unix_find_bypath(sunname, type, error);
	u = unix_find_socket_byname(sunname, len, type, hash);
	if (!u)
		*error = -ECONNREFUSED;
	else if (unix_sk(u)->dentry)
		touch_atime(unix_sk(u)->mnt, unix_sk(u)->dentry);
	return u;
}

/*
 * Make the S_IFSOCK inode of a path name; on success @path is the new
 * name (to keep in u->dentry and u->mnt). -EADDRINUSE if it exists.
 */
static int unix_mknod(struct socket *sock, const char *sun_path, struct path *path)
{
	struct nameidata nd;
	struct dentry *dentry;
	int mode, err = path_lookup(sun_path, LOOKUP_PARENT, &nd);

	if (err)
		goto out;
	dentry = lookup_create(&nd, 0);
	err = PTR_ERR(dentry);
	if (IS_ERR(dentry))
		goto out_unlock;
	mode = S_IFSOCK | (SOCK_INODE(sock)->i_mode & ~current_umask());
	err = vfs_mknod(nd.path.dentry->d_inode, dentry, mode, 0);
	if (err) {
		dput(dentry);
		goto out_unlock;
	}
	mutex_unlock(&nd.path.dentry->d_inode->i_mutex);
	dput(nd.path.dentry);
	path->dentry = dentry;
	path->mnt = nd.path.mnt;
	return 0;
out_unlock:
	mutex_unlock(&nd.path.dentry->d_inode->i_mutex);
	path_put(&nd.path);
out:
	return err == -EEXIST ? -EADDRINUSE : err;
}

/* Enter a named socket in the table; -EADDRINUSE for a taken abstract name */
static int unix_bind_insert(struct sock *sk, struct unix_address *addr, struct path *path,
			    unsigned int hash)
{
	struct unix_sock *u = unix_sk(sk);
	struct hlist_head *list;

	spin_lock(&unix_table_lock);
	if (!path->dentry) {
		if (__unix_find_socket_byname(addr->name, addr->len, sk->sk_type, hash)) {
			spin_unlock(&unix_table_lock);
			return -EADDRINUSE;
		}
		list = &unix_socket_table[addr->hash];
	} else {
		list = &unix_socket_table[path->dentry->d_inode->i_ino & (UNIX_HASH_SIZE - 1)];
		u->dentry = path->dentry;
		u->mnt = path->mnt;
	}
	__unix_remove_socket(sk);
	u->addr = addr;
	__unix_insert_socket(list, sk);
	spin_unlock(&unix_table_lock);
	return 0;
}

static int unix_bind(struct socket *sock, struct sockaddr *uaddr, int addr_len)
{
	struct sockaddr_un *sunaddr = (struct sockaddr_un *)uaddr;
	struct sock *sk = sock->sk;
	struct unix_sock *u = unix_sk(sk);
	struct path path = { NULL, NULL };
	struct unix_address *addr;
	unsigned int hash = 0;
	int err;

	if (sunaddr->sun_family != AF_UNIX)
		return -EINVAL;
	if (addr_len == sizeof(short))
		return unix_autobind(sock);
	err = unix_mkname(sunaddr, addr_len, &hash);
	if (err < 0)
		return err;
	addr_len = err;
	err = mutex_lock_interruptible(&u->readlock);
	if (err)
		return err;
	err = -EINVAL;
	if (u->addr)
		goto out_up;
	err = -ENOMEM;
	addr = kmalloc(sizeof(*addr) + addr_len, GFP_KERNEL);
	if (!addr)
		goto out_up;
	memcpy(addr->name, sunaddr, addr_len);
	addr->len = addr_len;
	addr->hash = hash ^ sk->sk_type;
	atomic_set(&addr->refcnt, 1);
	if (sunaddr->sun_path[0]) {
		err = unix_mknod(sock, sunaddr->sun_path, &path);
		if (err)
			goto out_addr;
		addr->hash = UNIX_HASH_SIZE;
	}
	err = unix_bind_insert(sk, addr, &path, hash);
	if (!err)
		goto out_up;
out_addr:
	unix_release_addr(addr);
out_up:
	mutex_unlock(&u->readlock);
	return err;
}

/* Lock two socks' states in address order (one if they are the same or @sk2 is NULL) */
static void unix_state_double_lock(struct sock *sk1, struct sock *sk2)
{
	if (sk1 == sk2 || !sk2) {
		unix_state_lock(sk1);
		return;
	}
	if (sk1 < sk2) {
		unix_state_lock(sk1);
		unix_state_lock(sk2);
	} else {
		unix_state_lock(sk2);
		unix_state_lock(sk1);
	}
}

static void unix_state_double_unlock(struct sock *sk1, struct sock *sk2)
{
	if (sk1 == sk2 || !sk2) {
		unix_state_unlock(sk1);
		return;
	}
	unix_state_unlock(sk1);
	unix_state_unlock(sk2);
}

/* The datagram peer a connect() names, locked with @sk; NULL and *err on failure */
static struct sock *unix_dgram_find_locked(struct socket *sock, struct sockaddr *addr, int alen,
					   int *err)
{
	struct sockaddr_un *sunaddr = (struct sockaddr_un *)addr;
	struct sock *sk = sock->sk, *other;
	unsigned int hash = 0;

	*err = unix_mkname(sunaddr, alen, &hash);
	if (*err < 0)
		return NULL;
	alen = *err;
	if (test_bit(SOCK_PASSCRED, &sock->flags) && !unix_sk(sk)->addr) {
		*err = unix_autobind(sock);
		if (*err)
			return NULL;
	}
	for (;;) {
		other = unix_find_other(sunaddr, alen, sock->type, hash, err);
		if (!other)
			return NULL;
		unix_state_double_lock(sk, other);
		if (!sock_flag(other, SOCK_DEAD))
			break;
		unix_state_double_unlock(sk, other); /* closed as we found it: again */
		sock_put(other);
	}
	if (unix_may_send(sk, other))
		return other;
	unix_state_double_unlock(sk, other);
	sock_put(other);
	*err = -EPERM;
	return NULL;
}

static int unix_dgram_connect(struct socket *sock, struct sockaddr *addr, int alen, int flags)
{
	struct sock *sk = sock->sk, *other = NULL, *old_peer;
	int err;

	if (addr->sa_family != AF_UNSPEC) {
		other = unix_dgram_find_locked(sock, addr, alen, &err);
		if (!other)
			return err;
	} else {
		unix_state_double_lock(sk, NULL); /* AF_UNSPEC: disconnect (1003.1g) */
	}
	old_peer = unix_peer(sk);
	unix_peer(sk) = other;
	unix_state_double_unlock(sk, other);
	if (old_peer) {
		if (other != old_peer)
			unix_dgram_disconnected(sk, old_peer);
		sock_put(old_peer);
	}
	return 0;
}

/* Wait on a full listener or datagram receiver; the time left */
static long unix_wait_for_peer(struct sock *other, long timeo)
{
	struct unix_sock *u = unix_sk(other);
	int sched;
	DEFINE_WAIT(wait);

	prepare_to_wait_exclusive(&u->peer_wait, &wait, TASK_INTERRUPTIBLE);
	sched = !sock_flag(other, SOCK_DEAD) && !(other->sk_shutdown & RCV_SHUTDOWN) &&
		unix_recvq_full(other);
	unix_state_unlock(other);
	if (sched)
		timeo = schedule_timeout(timeo);
	finish_wait(&u->peer_wait, &wait);
	return timeo;
}

/* Link the client @sk and the embryo @newsk, which the listener @other will hand out */
static void unix_connect_link(struct socket *sock, struct sock *newsk, struct sock *other)
{
	struct sock *sk = sock->sk;
	struct unix_sock *newu = unix_sk(newsk), *otheru = unix_sk(other);

	sock_hold(sk);
	unix_peer(newsk) = sk;
	newsk->sk_state = TCP_ESTABLISHED;
	newsk->sk_type = sk->sk_type;
	unix_set_peercred(newsk);
	newsk->sk_sleep = &newu->peer_wait;
	if (otheru->addr) { /* the accepted socket has the listener's name */
		atomic_inc(&otheru->addr->refcnt);
		newu->addr = otheru->addr;
	}
	if (otheru->dentry) {
		newu->dentry = dget(otheru->dentry);
		newu->mnt = mntget(otheru->mnt);
	}
	sk->sk_peercred = other->sk_peercred;
	sock->state = SS_CONNECTED;
	sk->sk_state = TCP_ESTABLISHED;
	sock_hold(newsk);
	unix_peer(sk) = newsk;
}

/*
 * Find and lock the listener for connect(), waiting while its backlog is
 * full; NULL with *err on failure (*err may be a signal's)
 */
static struct sock *unix_find_listener(struct socket *sock, struct sockaddr_un *sunaddr,
				       int addr_len, unsigned int hash, long *timeo, int *err)
{
	struct sock *other;

	for (;;) {
		other = unix_find_other(sunaddr, addr_len, sock->sk->sk_type, hash, err);
		if (!other)
			return NULL;
		unix_state_lock(other);
		if (sock_flag(other, SOCK_DEAD)) {
			unix_state_unlock(other);
			sock_put(other);
			continue;
		}
		*err = -ECONNREFUSED;
		if (other->sk_state != TCP_LISTEN || (other->sk_shutdown & RCV_SHUTDOWN))
			break;
		if (!unix_recvq_full(other))
			return other;
		*err = -EAGAIN;
		if (!*timeo)
			break;
		*timeo = unix_wait_for_peer(other, *timeo);
		sock_put(other);
		if (signal_pending(current)) {
			*err = sock_intr_errno(*timeo);
			return NULL;
		}
	}
	unix_state_unlock(other);
	sock_put(other);
	return NULL;
}

static int unix_stream_connect(struct socket *sock, struct sockaddr *uaddr, int addr_len, int flags)
{
	struct sockaddr_un *sunaddr = (struct sockaddr_un *)uaddr;
	struct sock *sk = sock->sk, *newsk = NULL, *other = NULL;
	struct sk_buff *skb = NULL;
	unsigned int hash = 0;
	long timeo;
	int err;

	err = unix_mkname(sunaddr, addr_len, &hash);
	if (err < 0)
		goto out;
	addr_len = err;
	if (test_bit(SOCK_PASSCRED, &sock->flags) && !unix_sk(sk)->addr) {
		err = unix_autobind(sock);
		if (err)
			goto out;
	}
	timeo = sock_sndtimeo(sk, flags & O_NONBLOCK);
	/* allocate first: after the states are locked we may not sleep */
	err = -ENOMEM;
	newsk = unix_create1(NULL);
	if (!newsk)
		goto out;
	skb = sock_wmalloc(newsk, 1, 0, GFP_KERNEL);
	if (!skb)
		goto out;
	other = unix_find_listener(sock, sunaddr, addr_len, hash, &timeo, &err);
	if (!other)
		goto out;
	/*
	 * Only a new (TCP_CLOSE) socket connects. Looked at before taking our
	 * lock, so that two listeners connecting to each other fail here
	 * instead of each holding one lock and waiting for the other's; and
	 * again under it, against another thread connecting us meanwhile.
	 */
	err = sk->sk_state == TCP_ESTABLISHED ? -EISCONN : -EINVAL;
	if (sk->sk_state != TCP_CLOSE)
		goto out_unlock;
	unix_state_lock(sk);
	if (sk->sk_state != TCP_CLOSE) {
		err = sk->sk_state == TCP_ESTABLISHED ? -EISCONN : -EINVAL;
		unix_state_unlock(sk);
		goto out_unlock;
	}
	unix_connect_link(sock, newsk, other);
	unix_state_unlock(sk);
	skb_queue_tail(&other->sk_receive_queue, skb);
	unix_state_unlock(other);
	other->sk_data_ready(other, 0);
	sock_put(other);
	return 0;
out_unlock:
	unix_state_unlock(other);
	sock_put(other);
out:
	kfree_skb(skb);
	if (newsk)
		unix_release_sock(newsk, 0);
	return err;
}

static int unix_socketpair(struct socket *socka, struct socket *sockb)
{
	struct sock *ska = socka->sk, *skb = sockb->sk;

	sock_hold(ska);
	sock_hold(skb);
	unix_peer(ska) = skb;
	unix_peer(skb) = ska;
	unix_set_peercred(ska);
	unix_set_peercred(skb);
	if (ska->sk_type != SOCK_DGRAM) {
		ska->sk_state = TCP_ESTABLISHED;
		skb->sk_state = TCP_ESTABLISHED;
		socka->state = SS_CONNECTED;
		sockb->state = SS_CONNECTED;
	}
	return 0;
}

static int unix_accept(struct socket *sock, struct socket *newsock, int flags)
{
	struct sock *sk = sock->sk, *tsk;
	struct sk_buff *skb;
	int err;

	if (sock->type != SOCK_STREAM && sock->type != SOCK_SEQPACKET)
		return -EOPNOTSUPP;
	if (sk->sk_state != TCP_LISTEN)
		return -EINVAL;
	skb = skb_recv_datagram(sk, 0, flags & O_NONBLOCK, &err);
	if (!skb)
		return err ?: -EINVAL; /* 0: the listener was shut down */
	tsk = skb->sk;
	skb_free_datagram(sk, skb);
	wake_up_interruptible(&unix_sk(sk)->peer_wait);
	unix_state_lock(tsk);
	newsock->state = SS_CONNECTED;
	sock_graft(tsk, newsock);
	unix_state_unlock(tsk);
	return 0;
}

static int unix_getname(struct socket *sock, struct sockaddr *uaddr, int *uaddr_len, int peer)
{
	struct sockaddr_un *sunaddr = (struct sockaddr_un *)uaddr;
	struct sock *sk = sock->sk;
	struct unix_sock *u;

	if (peer) {
		sk = unix_peer_get(sk);
		if (!sk)
			return -ENOTCONN;
	} else {
		sock_hold(sk);
	}
	u = unix_sk(sk);
	unix_state_lock(sk);
	if (!u->addr) {
		sunaddr->sun_family = AF_UNIX;
		sunaddr->sun_path[0] = 0;
		*uaddr_len = sizeof(short);
	} else {
		*uaddr_len = u->addr->len;
		memcpy(sunaddr, u->addr->name, *uaddr_len);
	}
	unix_state_unlock(sk);
	sock_put(sk);
	return 0;
}

/**
 * unix_get_socket - the AF_UNIX sock behind a file, if it is one
 * @filp: the file
 *
 * Context: any.
 * Return: the sock, or NULL.
 */
struct sock *unix_get_socket(struct file *filp)
{
	struct inode *inode = filp->f_path.dentry->d_inode;

	if (S_ISSOCK(inode->i_mode) && inode->i_sb->s_magic == SOCKFS_MAGIC) {
		struct socket *sock = SOCKET_I(inode);

		if (sock->sk && sock->ops && sock->ops->family == PF_UNIX)
			return sock->sk;
	}
	return NULL;
}

/**
 * unix_inflight - a file goes into flight in an SCM_RIGHTS message
 * @fp: the file
 *
 * Counts the AF_UNIX sockets among the passed files, which is what
 * 2.6.32's garbage collector starts from.
 *
 * Context: process context.
 */
void unix_inflight(struct file *fp)
{
	struct sock *s = unix_get_socket(fp);

	if (!s)
		return;
	spin_lock(&unix_gc_lock);
	atomic_inc(&unix_sk(s)->inflight);
	unix_tot_inflight++;
	spin_unlock(&unix_gc_lock);
}

/**
 * unix_notinflight - a passed file arrived (or its message was dropped)
 * @fp: the file
 *
 * Context: process context.
 */
void unix_notinflight(struct file *fp)
{
	struct sock *s = unix_get_socket(fp);

	if (!s)
		return;
	spin_lock(&unix_gc_lock);
	atomic_dec(&unix_sk(s)->inflight);
	unix_tot_inflight--;
	spin_unlock(&unix_gc_lock);
}

/* The files of a buffer go to the receiver's cookie; the buffer is an ordinary one again */
static void unix_detach_fds(struct scm_cookie *scm, struct sk_buff *skb)
{
	int i;

	scm->fp = UNIXCB(skb).fp;
	skb->destructor = sock_wfree;
	UNIXCB(skb).fp = NULL;
	for (i = scm->fp->count - 1; i >= 0; i--)
		unix_notinflight(scm->fp->fp[i]);
}

/* A buffer with files is freed unread: the files are closed */
static void unix_destruct_fds(struct sk_buff *skb)
{
	struct scm_cookie scm;

	memset(&scm, 0, sizeof(scm));
	unix_detach_fds(&scm, skb);
	scm_destroy(&scm);
	sock_wfree(skb);
}

/*
 * MAX_RECURSION_LEVEL - how deep sockets may nest in queued sockets: closing
 * the outermost closes each inner one from the last one's release, so
 * the depth is kernel stack (2.6.32.y's af_unix: limit recursion level)
 */
#define MAX_RECURSION_LEVEL 4

/*
 * The sender's files ride in @skb (their own references), in flight until
 * received; -ETOOMANYREFS if a passed socket already nests too deep
 */
static int unix_attach_fds(struct scm_cookie *scm, struct sk_buff *skb)
{
	unsigned char max_level = 0;
	struct sock *s;
	int i;

	for (i = scm->fp->count - 1; i >= 0; i--) {
		s = unix_get_socket(scm->fp->fp[i]);
		if (s)
			max_level = max(max_level, unix_sk(s)->recursion_level);
	}
	if (max_level > MAX_RECURSION_LEVEL)
		return -ETOOMANYREFS;
	UNIXCB(skb).fp = scm_fp_dup(scm->fp);
	if (!UNIXCB(skb).fp)
		return -ENOMEM;
	for (i = scm->fp->count - 1; i >= 0; i--)
		unix_inflight(scm->fp->fp[i]);
	UNIXCB(skb).level = max_level + 1;
	skb->destructor = unix_destruct_fds;
	return 0;
}

/* Queue @skb on @other (its state locked), which now nests as deep as @skb's files do */
static void unix_queue_skb(struct sock *other, struct sk_buff *skb)
{
	skb_queue_tail(&other->sk_receive_queue, skb);
	if (UNIXCB(skb).level > unix_sk(other)->recursion_level)
		unix_sk(other)->recursion_level = UNIXCB(skb).level;
}

/* A datagram's buffer: room for @len, the credentials and files, the data copied in */
static struct sk_buff *unix_dgram_skb(struct sock *sk, struct msghdr *msg, size_t len,
				      struct scm_cookie *scm, int *err)
{
	struct sk_buff *skb;

	*err = -EMSGSIZE;
	if (len > (size_t)sk->sk_sndbuf - 32)
		return NULL;
	skb = sock_alloc_send_skb(sk, len, msg->msg_flags & MSG_DONTWAIT, err);
	if (!skb)
		return NULL;
	*UNIXCREDS(skb) = scm->creds;
	if (scm->fp) {
		*err = unix_attach_fds(scm, skb);
		if (*err < 0)
			goto out_free;
	}
	*err = memcpy_fromiovec(skb_put(skb, len), msg->msg_iov, len);
	if (*err)
		goto out_free;
	return skb;
out_free:
	kfree_skb(skb);
	return NULL;
}

/*
 * The destination was closed: forget it if it was our peer
 * (-ECONNREFUSED), else 0 to look the name up again
 */
static int unix_dgram_peer_dead(struct sock *sk, struct sock *other)
{
	int err = 0;

	unix_state_lock(sk);
	if (unix_peer(sk) == other) {
		unix_peer(sk) = NULL;
		unix_state_unlock(sk);
		unix_dgram_disconnected(sk, other);
		sock_put(other);
		err = -ECONNREFUSED;
	} else {
		unix_state_unlock(sk);
	}
	return err;
}

/*
 * Queue @skb on the destination (@other, or the socket @sunaddr names):
 * 0 (the reference to @other is given up), or an error
 */
static int unix_dgram_deliver(struct sock *sk, struct sk_buff *skb, struct sock *other,
			      struct sockaddr_un *sunaddr, int namelen, unsigned int hash,
			      long timeo)
{
	int err;

restart:
	if (!other) {
		err = -ECONNRESET;
		if (!sunaddr)
			return err;
		other = unix_find_other(sunaddr, namelen, sk->sk_type, hash, &err);
		if (!other)
			return err;
	}
	unix_state_lock(other);
	err = -EPERM;
	if (!unix_may_send(sk, other))
		goto out_unlock;
	if (sock_flag(other, SOCK_DEAD)) {
		unix_state_unlock(other);
		sock_put(other);
		err = unix_dgram_peer_dead(sk, other);
		if (err)
			return err;
		other = NULL;
		goto restart;
	}
	err = -EPIPE;
	if (other->sk_shutdown & RCV_SHUTDOWN)
		goto out_unlock;
	if (unix_peer(other) != sk && unix_recvq_full(other)) {
		err = -EAGAIN;
		if (!timeo)
			goto out_unlock;
		timeo = unix_wait_for_peer(other, timeo);
		if (signal_pending(current)) {
			sock_put(other);
			return sock_intr_errno(timeo);
		}
		goto restart;
	}
	unix_queue_skb(other, skb);
	unix_state_unlock(other);
	other->sk_data_ready(other, skb->len);
	sock_put(other);
	return 0;
out_unlock:
	unix_state_unlock(other);
	sock_put(other);
	return err;
}

static int unix_dgram_sendmsg(struct socket *sock, struct msghdr *msg, size_t len)
{
	struct sock *sk = sock->sk, *other = NULL;
	struct sockaddr_un *sunaddr = msg->msg_name;
	struct scm_cookie scm;
	unsigned int hash = 0;
	struct sk_buff *skb;
	int namelen = 0, err;

	err = scm_send(sock, msg, &scm);
	if (err < 0)
		return err;
	err = -EOPNOTSUPP;
	if (msg->msg_flags & MSG_OOB)
		goto out;
	if (msg->msg_namelen) {
		err = unix_mkname(sunaddr, msg->msg_namelen, &hash);
		if (err < 0)
			goto out;
		namelen = err;
	} else {
		sunaddr = NULL;
		err = -ENOTCONN;
		other = unix_peer_get(sk);
		if (!other)
			goto out;
	}
	if (test_bit(SOCK_PASSCRED, &sock->flags) && !unix_sk(sk)->addr) {
		err = unix_autobind(sock);
		if (err)
			goto out;
	}
	skb = unix_dgram_skb(sk, msg, len, &scm, &err);
	if (!skb)
		goto out;
	err = unix_dgram_deliver(sk, skb, other, sunaddr, namelen, hash,
				 sock_sndtimeo(sk, msg->msg_flags & MSG_DONTWAIT));
	other = NULL; /* deliver gave up the reference */
	if (err)
		kfree_skb(skb);
	else
		err = len;
out:
	if (other)
		sock_put(other);
	scm_destroy(&scm);
	return err;
}

/* Send one buffer of at most @size bytes to @other; its length or an error (-EPIPE) */
static int unix_stream_send_one(struct sock *sk, struct sock *other, struct msghdr *msg, int size,
				struct scm_cookie *scm, bool *fds_sent)
{
	struct sk_buff *skb;
	int err;

	skb = sock_alloc_send_skb(sk, size, msg->msg_flags & MSG_DONTWAIT, &err);
	if (!skb)
		return err;
	size = min_t(int, size, skb_tailroom(skb));
	*UNIXCREDS(skb) = scm->creds;
	if (scm->fp && !*fds_sent) { /* the files ride in the first buffer only */
		err = unix_attach_fds(scm, skb);
		if (err < 0)
			goto out_free;
		*fds_sent = true;
	}
	err = memcpy_fromiovec(skb_put(skb, size), msg->msg_iov, size);
	if (err)
		goto out_free;
	unix_state_lock(other);
	if (sock_flag(other, SOCK_DEAD) || (other->sk_shutdown & RCV_SHUTDOWN)) {
		unix_state_unlock(other);
		err = -EPIPE;
		goto out_free;
	}
	unix_queue_skb(other, skb);
	unix_state_unlock(other);
	other->sk_data_ready(other, size);
	return size;
out_free:
	kfree_skb(skb);
	return err;
}

static int unix_stream_sendmsg(struct socket *sock, struct msghdr *msg, size_t len)
{
	struct sock *sk = sock->sk, *other;
	struct scm_cookie scm;
	bool fds_sent = false;
	int err, size, sent = 0;

	err = scm_send(sock, msg, &scm);
	if (err < 0)
		return err;
	err = -EOPNOTSUPP;
	if (msg->msg_flags & MSG_OOB)
		goto out_err;
	if (msg->msg_namelen) {
		err = sk->sk_state == TCP_ESTABLISHED ? -EISCONN : -EOPNOTSUPP;
		goto out_err;
	}
	err = -ENOTCONN;
	other = unix_peer(sk);
	if (!other)
		goto out_err;
	err = -EPIPE;
	if (sk->sk_shutdown & SEND_SHUTDOWN)
		goto pipe_err;
	while ((size_t)sent < len) {
		/* at most half the send buffer a buffer: two can be in flight */
		size = min_t(size_t, len - sent, (sk->sk_sndbuf >> 1) - 64);
		size = min_t(int, size, SKB_MAX_ALLOC);
		err = unix_stream_send_one(sk, other, msg, size, &scm, &fds_sent);
		if (err == -EPIPE)
			goto pipe_err;
		if (err < 0)
			goto out_err;
		sent += err;
	}
	scm_destroy(&scm);
	return sent;
pipe_err:
	if (sent == 0 && !(msg->msg_flags & MSG_NOSIGNAL))
		send_sig(SIGPIPE, current, 0);
	err = -EPIPE;
out_err:
	scm_destroy(&scm);
	return sent ?: err;
}

static int unix_seqpacket_sendmsg(struct socket *sock, struct msghdr *msg, size_t len)
{
	struct sock *sk = sock->sk;
	int err = sock_error(sk);

	if (err)
		return err;
	if (sk->sk_state != TCP_ESTABLISHED)
		return -ENOTCONN;
	if (msg->msg_namelen)
		msg->msg_namelen = 0;
	return unix_dgram_sendmsg(sock, msg, len);
}

static void unix_copy_addr(struct msghdr *msg, struct sock *sk)
{
	struct unix_sock *u = unix_sk(sk);

	if (u->addr) {
		msg->msg_namelen = u->addr->len;
		memcpy(msg->msg_name, u->addr->name, u->addr->len);
	}
}

static int unix_dgram_recvmsg(struct socket *sock, struct msghdr *msg, size_t size, int flags)
{
	struct sock *sk = sock->sk;
	struct unix_sock *u = unix_sk(sk);
	struct scm_cookie scm;
	struct sk_buff *skb;
	int err;

	if (flags & MSG_OOB)
		return -EOPNOTSUPP;
	mutex_lock(&u->readlock);
	skb = skb_recv_datagram(sk, flags, flags & MSG_DONTWAIT, &err);
	if (!skb) {
		/* EOF on a disconnected non-blocking SEQPACKET socket */
		if (sk->sk_type == SOCK_SEQPACKET && err == -EAGAIN &&
		    (sk->sk_shutdown & RCV_SHUTDOWN))
			err = 0;
		goto out_unlock;
	}
	wake_up_interruptible_sync(&u->peer_wait);
	if (msg->msg_name)
		unix_copy_addr(msg, skb->sk);
	if (size > skb->len)
		size = skb->len;
	else if (size < skb->len)
		msg->msg_flags |= MSG_TRUNC;
	err = skb_copy_datagram_iovec(skb, 0, msg->msg_iov, size);
	if (err)
		goto out_free;
	memset(&scm, 0, sizeof(scm));
	scm.creds = *UNIXCREDS(skb);
	if (!(flags & MSG_PEEK)) {
		if (UNIXCB(skb).fp)
			unix_detach_fds(&scm, skb);
	} else if (UNIXCB(skb).fp) {
		scm.fp = scm_fp_dup(UNIXCB(skb).fp); /* a peek gets copies of the files */
	}
	err = size;
	scm_recv(sock, msg, &scm, flags);
out_free:
	skb_free_datagram(sk, skb);
out_unlock:
	mutex_unlock(&u->readlock);
	return err;
}

static int unix_seqpacket_recvmsg(struct socket *sock, struct msghdr *msg, size_t size, int flags)
{
	if (sock->sk->sk_state != TCP_ESTABLISHED)
		return -ENOTCONN;
	return unix_dgram_recvmsg(sock, msg, size, flags);
}

/* Sleep until data, an error, a shutdown, a signal or the timeout; the time left */
static long unix_stream_data_wait(struct sock *sk, long timeo)
{
	DEFINE_WAIT(wait);

	unix_state_lock(sk);
	for (;;) {
		prepare_to_wait(sk->sk_sleep, &wait, TASK_INTERRUPTIBLE);
		if (!skb_queue_empty(&sk->sk_receive_queue) || sk->sk_err ||
		    (sk->sk_shutdown & RCV_SHUTDOWN) || signal_pending(current) || !timeo)
			break;
		set_bit(SOCK_ASYNC_WAITDATA, &sk->sk_socket->flags);
		unix_state_unlock(sk);
		timeo = schedule_timeout(timeo);
		unix_state_lock(sk);
		clear_bit(SOCK_ASYNC_WAITDATA, &sk->sk_socket->flags);
	}
	finish_wait(sk->sk_sleep, &wait);
	unix_state_unlock(sk);
	return timeo;
}

/*
 * The next buffer of a stream, or NULL with *err: 0 when @copied reached
 * @target or at end of file, a pending error, -EAGAIN, or a signal's
 * errno. Called and returns with u->readlock held.
 */
static struct sk_buff *unix_stream_next(struct sock *sk, int copied, int target, long *timeo,
					int *err)
{
	struct unix_sock *u = unix_sk(sk);
	struct sk_buff *skb;

	for (;;) {
		unix_state_lock(sk);
		skb = skb_dequeue(&sk->sk_receive_queue);
		if (skb) {
			unix_state_unlock(sk);
			return skb;
		}
		u->recursion_level = 0; /* nothing queued nests any more */
		*err = 0;
		if (copied >= target)
			break;
		*err = sock_error(sk); /* POSIX 1003.1g mandates this order */
		if (*err || (sk->sk_shutdown & RCV_SHUTDOWN))
			break;
		unix_state_unlock(sk);
		*err = -EAGAIN;
		if (!*timeo)
			return NULL;
		mutex_unlock(&u->readlock);
		*timeo = unix_stream_data_wait(sk, *timeo);
		mutex_lock(&u->readlock);
		if (signal_pending(current)) {
			*err = sock_intr_errno(*timeo);
			return NULL;
		}
	}
	unix_state_unlock(sk);
	return NULL;
}

/*
 * Use one stream buffer: copy @chunk bytes out; then either consume them
 * (1: the buffer is used up, go on) or put the buffer back (0: stop)
 */
static int unix_stream_consume(struct sock *sk, struct sk_buff *skb, int chunk,
			       struct scm_cookie *scm, int flags)
{
	if (flags & MSG_PEEK) {
		if (UNIXCB(skb).fp)
			scm->fp = scm_fp_dup(UNIXCB(skb).fp);
		skb_queue_head(&sk->sk_receive_queue, skb);
		return 0;
	}
	skb_pull(skb, chunk);
	if (UNIXCB(skb).fp)
		unix_detach_fds(scm, skb);
	if (skb->len) {
		skb_queue_head(&sk->sk_receive_queue, skb);
		return 0;
	}
	kfree_skb(skb);
	return !scm->fp; /* a message with files ends the read */
}

static int unix_stream_recvmsg(struct socket *sock, struct msghdr *msg, size_t size, int flags)
{
	struct sock *sk = sock->sk;
	struct unix_sock *u = unix_sk(sk);
	int copied = 0, check_creds = 0, target, err;
	struct scm_cookie scm;
	struct sk_buff *skb;
	bool want_addr = msg->msg_name != NULL;
	long timeo;

	if (sk->sk_state != TCP_ESTABLISHED)
		return -EINVAL;
	if (flags & MSG_OOB)
		return -EOPNOTSUPP;
	target = sock_rcvlowat(sk, flags & MSG_WAITALL, size);
	timeo = sock_rcvtimeo(sk, flags & MSG_DONTWAIT);
	memset(&scm, 0, sizeof(scm));
	mutex_lock(&u->readlock);
	do {
		int chunk;

		skb = unix_stream_next(sk, copied, target, &timeo, &err);
		if (!skb)
			break;
		if (check_creds && memcmp(UNIXCREDS(skb), &scm.creds, sizeof(scm.creds))) {
			skb_queue_head(&sk->sk_receive_queue, skb); /* never glue two writers */
			break;
		}
		scm.creds = *UNIXCREDS(skb);
		check_creds = 1;
		if (want_addr) {
			unix_copy_addr(msg, skb->sk);
			want_addr = false;
		}
		chunk = min_t(unsigned int, skb->len, size);
		if (memcpy_toiovec(msg->msg_iov, skb->data, chunk)) {
			skb_queue_head(&sk->sk_receive_queue, skb);
			copied = copied ?: -EFAULT;
			break;
		}
		copied += chunk;
		size -= chunk;
		if (!unix_stream_consume(sk, skb, chunk, &scm, flags))
			break;
	} while (size);
	mutex_unlock(&u->readlock);
	scm_recv(sock, msg, &scm, flags);
	return copied ?: err;
}

static int unix_shutdown(struct socket *sock, int mode)
{
	struct sock *sk = sock->sk, *other;
	int peer_mode = 0;

	mode = (mode + 1) & (RCV_SHUTDOWN | SEND_SHUTDOWN);
	if (!mode)
		return 0;
	unix_state_lock(sk);
	sk->sk_shutdown |= mode;
	other = unix_peer(sk);
	if (other)
		sock_hold(other);
	unix_state_unlock(sk);
	sk->sk_state_change(sk);
	if (other && (sk->sk_type == SOCK_STREAM || sk->sk_type == SOCK_SEQPACKET)) {
		if (mode & RCV_SHUTDOWN)
			peer_mode |= SEND_SHUTDOWN;
		if (mode & SEND_SHUTDOWN)
			peer_mode |= RCV_SHUTDOWN;
		unix_state_lock(other);
		other->sk_shutdown |= peer_mode;
		unix_state_unlock(other);
		other->sk_state_change(other);
		read_lock(&other->sk_callback_lock);
		if (peer_mode == SHUTDOWN_MASK)
			sk_wake_async(other, SOCK_WAKE_WAITD, POLL_HUP);
		else if (peer_mode & RCV_SHUTDOWN)
			sk_wake_async(other, SOCK_WAKE_WAITD, POLL_IN);
		read_unlock(&other->sk_callback_lock);
	}
	if (other)
		sock_put(other);
	return 0;
}

/* SIOCINQ: a stream's queued bytes, or the size of the next datagram */
static long unix_inq_len(struct sock *sk)
{
	struct sk_buff *skb;
	long amount = 0;

	spin_lock(&sk->sk_receive_queue.lock);
	if (sk->sk_type == SOCK_STREAM || sk->sk_type == SOCK_SEQPACKET) {
		skb_queue_walk(&sk->sk_receive_queue, skb) amount += skb->len;
	} else {
		skb = skb_peek(&sk->sk_receive_queue);
		if (skb)
			amount = skb->len;
	}
	spin_unlock(&sk->sk_receive_queue.lock);
	return amount;
}

static int unix_ioctl(struct socket *sock, unsigned int cmd, unsigned long arg)
{
	struct sock *sk = sock->sk;

	switch (cmd) {
	case SIOCOUTQ:
		return put_user(atomic_read(&sk->sk_wmem_alloc) - 1, (int __user *)arg);
	case SIOCINQ:
		if (sk->sk_state == TCP_LISTEN)
			return -EINVAL;
		return put_user(unix_inq_len(sk), (int __user *)arg);
	default:
		return -ENOIOCTLCMD;
	}
}

/* The exceptional and readable events every type shares */
static unsigned int unix_poll_common(struct sock *sk)
{
	unsigned int mask = 0;

	if (sk->sk_err)
		mask |= POLLERR;
	if (sk->sk_shutdown == SHUTDOWN_MASK)
		mask |= POLLHUP;
	if (sk->sk_shutdown & RCV_SHUTDOWN)
		mask |= POLLRDHUP;
	if (!skb_queue_empty(&sk->sk_receive_queue) || (sk->sk_shutdown & RCV_SHUTDOWN))
		mask |= POLLIN | POLLRDNORM;
	return mask;
}

static unsigned int unix_poll(struct file *file, struct socket *sock, poll_table *wait)
{
	struct sock *sk = sock->sk;
	unsigned int mask;

	sock_poll_wait(file, sk->sk_sleep, wait);
	mask = unix_poll_common(sk);
	if ((sk->sk_type == SOCK_STREAM || sk->sk_type == SOCK_SEQPACKET) &&
	    sk->sk_state == TCP_CLOSE)
		mask |= POLLHUP;
	/* writable also when the peer has shut down: a writer learns -EPIPE */
	if (unix_writable(sk))
		mask |= POLLOUT | POLLWRNORM | POLLWRBAND;
	return mask;
}

static unsigned int unix_dgram_poll(struct file *file, struct socket *sock, poll_table *wait)
{
	struct sock *sk = sock->sk, *other;
	unsigned int mask, writable;

	sock_poll_wait(file, sk->sk_sleep, wait);
	mask = unix_poll_common(sk);
	if (sk->sk_type == SOCK_SEQPACKET) {
		if (sk->sk_state == TCP_CLOSE)
			mask |= POLLHUP;
		if (sk->sk_state == TCP_SYN_SENT)
			return mask;
	}
	writable = unix_writable(sk);
	other = writable ? unix_peer_get(sk) : NULL;
	if (other) {
		if (unix_peer(other) != sk) { /* its queue limit applies to us */
			sock_poll_wait(file, &unix_sk(other)->peer_wait, wait);
			if (unix_recvq_full(other))
				writable = 0;
		}
		sock_put(other);
	}
	if (writable)
		mask |= POLLOUT | POLLWRNORM | POLLWRBAND;
	else
		set_bit(SOCK_ASYNC_NOSPACE, &sk->sk_socket->flags);
	return mask;
}

static const struct proto_ops unix_stream_ops = {
	.family = PF_UNIX,
	.release = unix_release,
	.bind = unix_bind,
	.connect = unix_stream_connect,
	.socketpair = unix_socketpair,
	.accept = unix_accept,
	.getname = unix_getname,
	.poll = unix_poll,
	.ioctl = unix_ioctl,
	.listen = unix_listen,
	.shutdown = unix_shutdown,
	.setsockopt = sock_no_setsockopt,
	.getsockopt = sock_no_getsockopt,
	.sendmsg = unix_stream_sendmsg,
	.recvmsg = unix_stream_recvmsg,
};

static const struct proto_ops unix_dgram_ops = {
	.family = PF_UNIX,
	.release = unix_release,
	.bind = unix_bind,
	.connect = unix_dgram_connect,
	.socketpair = unix_socketpair,
	.accept = sock_no_accept,
	.getname = unix_getname,
	.poll = unix_dgram_poll,
	.ioctl = unix_ioctl,
	.listen = sock_no_listen,
	.shutdown = unix_shutdown,
	.setsockopt = sock_no_setsockopt,
	.getsockopt = sock_no_getsockopt,
	.sendmsg = unix_dgram_sendmsg,
	.recvmsg = unix_dgram_recvmsg,
};

static const struct proto_ops unix_seqpacket_ops = {
	.family = PF_UNIX,
	.release = unix_release,
	.bind = unix_bind,
	.connect = unix_stream_connect,
	.socketpair = unix_socketpair,
	.accept = unix_accept,
	.getname = unix_getname,
	.poll = unix_dgram_poll,
	.ioctl = unix_ioctl,
	.listen = unix_listen,
	.shutdown = unix_shutdown,
	.setsockopt = sock_no_setsockopt,
	.getsockopt = sock_no_getsockopt,
	.sendmsg = unix_seqpacket_sendmsg,
	.recvmsg = unix_seqpacket_recvmsg,
};

/* /proc/net/unix: every socket, chain by chain, the unbound ones last */
static struct sock *unix_seq_idx(loff_t pos)
{
	struct hlist_node *node;
	int i;

	for (i = 0; i <= UNIX_HASH_SIZE; i++) {
		hlist_for_each(node, &unix_socket_table[i]) {
			if (pos-- == 0)
				break;
		}
		if (node)
			/* cppcheck-suppress nullPointer ; container_of's offsetof */
			return hlist_entry(node, struct sock, sk_node);
	}
	return NULL;
}

static void *unix_seq_start(struct seq_file *seq, loff_t *pos)
{
	spin_lock(&unix_table_lock);
	return *pos ? unix_seq_idx(*pos - 1) : SEQ_START_TOKEN;
}

static void *unix_seq_next(struct seq_file *seq, void *v, loff_t *pos)
{
	++*pos;
	return unix_seq_idx(*pos - 1);
}

static void unix_seq_stop(struct seq_file *seq, void *v)
{
	spin_unlock(&unix_table_lock);
}

/* The name column: a path without its 0, or '@' and the abstract bytes */
static void unix_seq_name(struct seq_file *seq, struct sock *s)
{
	struct unix_address *addr = unix_sk(s)->addr;
	int i = 0, len = addr->len - sizeof(short);

	seq_putc(seq, ' ');
	if (!UNIX_ABSTRACT(s)) {
		len--;
	} else {
		seq_putc(seq, '@');
		i++;
	}
	for (; i < len; i++)
		seq_putc(seq, addr->name->sun_path[i]);
}

static int unix_seq_show(struct seq_file *seq, void *v)
{
	struct sock *s = v;

	if (v == SEQ_START_TOKEN) {
		seq_puts(seq, "Num       RefCount Protocol Flags    Type St Inode Path\n");
		return 0;
	}
	unix_state_lock(s);
	seq_printf(seq, "%p: %08X %08X %08X %04X %02X %5lu", s, atomic_read(&s->sk_refcnt), 0,
		   s->sk_state == TCP_LISTEN ? __SO_ACCEPTCON : 0, s->sk_type,
		   s->sk_socket ?
			   (s->sk_state == TCP_ESTABLISHED ? SS_CONNECTED : SS_UNCONNECTED) :
			   (s->sk_state == TCP_ESTABLISHED ? SS_CONNECTING : SS_DISCONNECTING),
		   sock_i_ino(s));
	if (unix_sk(s)->addr)
		unix_seq_name(seq, s);
	unix_state_unlock(s);
	seq_putc(seq, '\n');
	return 0;
}

static const struct seq_operations unix_seq_ops = {
	.start = unix_seq_start,
	.next = unix_seq_next,
	.stop = unix_seq_stop,
	.show = unix_seq_show,
};

static int unix_seq_open(struct inode *inode, struct file *file)
{
	return seq_open(file, &unix_seq_ops);
}

static const struct file_operations unix_seq_fops = {
	.open = unix_seq_open,
	.read = seq_read,
	.llseek = seq_lseek,
	.release = seq_release,
};

static const struct net_proto_family unix_family_ops = {
	.family = PF_UNIX,
	.create = unix_create,
};

static int __init af_unix_init(void)
{
	struct proc_dir_entry *net = proc_mkdir("net", NULL);

	BUILD_BUG_ON(sizeof(struct unix_skb_parms) > sizeof(((struct sk_buff *)0)->cb));
	sock_register(&unix_family_ops);
	if (!net || !proc_create("unix", 0, net, &unix_seq_fops))
		printk(KERN_ERR "af_unix: cannot create /proc/net/unix\n");
	return 0;
}
fs_initcall(af_unix_init);
