/*
 * socket.c - the BSD socket layer: sockets as files, and the socket
 * system calls, all reached on i386 through one: socketcall(2).
 *
 * A socket is an inode of the internal file system sockfs, allocated
 * together with its struct socket (struct socket_alloc), and a file
 * whose f_op is socket_file_ops and whose private_data is the socket.
 * So a socket descriptor works with read, write, poll, select, epoll,
 * fcntl and close like any file, and /proc/PID/fd shows "socket:[ino]".
 * The layer itself knows no protocol: socket() looks the family up in
 * net_families[] (filled by sock_register()), whose create() sets
 * sock->ops and sock->sk; every later call goes through sock->ops.
 *
 *   socketcall(SYS_SENDTO, args) -> copy_from_user(args) -> sys_sendto
 *     -> sockfd_lookup_light(fd) -> sock_sendmsg -> sock->ops->sendmsg
 *        (unix_stream_sendmsg, net/unix/af_unix.c)
 *
 * i386 Linux 2.6.32 has no system call per socket function: system call
 * 102, socketcall(call, args), copies the call's arguments (nargs[] says
 * how many words) from the array @args and dispatches. Linux 4.3 added
 * direct calls (359-373); glibc built for kernel 3.2 still uses
 * socketcall. Addresses travel through move_addr_to_kernel/_user into a
 * struct sockaddr_storage; messages become a struct msghdr with a kernel
 * copy of the iovec and of the control buffer.
 *
 * Differences from 2.6.32: no network namespaces, asynchronous kiocbs or
 * LSM hooks; no
 * socket ioctls for network devices (an ioctl the family does not know
 * answers -EINVAL, what 2.6.32's dev_ioctl says for them). The only
 * family is AF_UNIX: socket(AF_INET...) answers -EAFNOSUPPORT as a
 * 2.6.32 kernel built without CONFIG_INET would. Read next:
 * net/unix/af_unix.c, docs/sockets.md.
 */
#include <linux/net.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/mount.h>
#include <linux/dcache.h>
#include <linux/magic.h>
#include <linux/poll.h>
#include <linux/slab.h>
#include <linux/init.h>
#include <linux/module.h>
#include <linux/err.h>
#include <linux/cred.h>
#include <linux/uaccess.h>
#include <linux/syscalls.h>
#include <linux/aio.h>
#include <net/sock.h>

static struct vfsmount *sock_mnt;
static struct kmem_cache *sock_inode_cachep;
static DEFINE_SPINLOCK(net_family_lock);
static const struct net_proto_family *net_families[NPROTO];

/**
 * move_addr_to_kernel - copy a caller's socket address in
 * @uaddr: the caller's address
 * @ulen: its length
 * @kaddr: room for a struct sockaddr_storage
 *
 * Context: process context; may fault.
 * Return: 0, -EINVAL (negative or longer than sockaddr_storage), -EFAULT.
 */
int move_addr_to_kernel(void __user *uaddr, int ulen, struct sockaddr *kaddr)
{
	if (ulen < 0 || ulen > (int)sizeof(struct sockaddr_storage))
		return -EINVAL;
	if (ulen == 0)
		return 0;
	if (copy_from_user(kaddr, uaddr, ulen))
		return -EFAULT;
	return 0;
}

/**
 * move_addr_to_user - copy an address out, cut to the caller's room
 * @kaddr: the address
 * @klen: its length
 * @uaddr: the caller's buffer
 * @ulen: in: the buffer's size; out: the full length (POSIX: before truncation)
 *
 * Context: process context; may fault.
 * Return: 0, -EINVAL (negative room), -EFAULT.
 */
int move_addr_to_user(struct sockaddr *kaddr, int klen, void __user *uaddr, int __user *ulen)
{
	int len = 0;

	if (get_user(len, ulen))
		return -EFAULT;
	if (len > klen)
		len = klen;
	if (len < 0)
		return -EINVAL;
	if (len && copy_to_user(uaddr, kaddr, len))
		return -EFAULT;
	return put_user(klen, ulen);
}

static struct inode *sock_alloc_inode(struct super_block *sb)
{
	struct socket_alloc *ei = kmem_cache_alloc(sock_inode_cachep, GFP_KERNEL);

	if (!ei)
		return NULL;
	inode_init_once(&ei->vfs_inode); /* Linnet's inodes start from scratch each time */
	init_waitqueue_head(&ei->socket.wait);
	ei->socket.fasync_list = NULL;
	ei->socket.state = SS_UNCONNECTED;
	ei->socket.flags = 0;
	ei->socket.ops = NULL;
	ei->socket.sk = NULL;
	ei->socket.file = NULL;
	return &ei->vfs_inode;
}

static void sock_destroy_inode(struct inode *inode)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
	kmem_cache_free(sock_inode_cachep, container_of(inode, struct socket_alloc, vfs_inode));
}

static const struct super_operations sockfs_ops = {
	.alloc_inode = sock_alloc_inode,
	.destroy_inode = sock_destroy_inode,
	.statfs = simple_statfs,
};

static int sockfs_get_sb(struct file_system_type *fs_type, int flags, const char *dev_name,
			 void *data, struct vfsmount *mnt)
{
	return get_sb_pseudo(fs_type, "socket:", &sockfs_ops, SOCKFS_MAGIC, mnt);
}

static struct file_system_type sock_fs_type = {
	.name = "sockfs",
	.get_sb = sockfs_get_sb,
	.kill_sb = kill_anon_super,
};

static int sockfs_delete_dentry(struct dentry *dentry)
{
	return 1;
}

/* "socket:[ino]": what readlink of /proc/PID/fd/N shows */
static char *sockfs_dname(struct dentry *dentry, char *buffer, int buflen)
{
	char name[32];
	int len = scnprintf(name, sizeof(name), "socket:[%lu]", dentry->d_inode->i_ino);

	if (len + 1 > buflen)
		return ERR_PTR(-ENAMETOOLONG);
	memcpy(buffer + buflen - len - 1, name, len + 1);
	return buffer + buflen - len - 1;
}

static const struct dentry_operations sockfs_dentry_operations = {
	.d_delete = sockfs_delete_dentry,
	.d_dname = sockfs_dname,
};

/* Opening a socket's inode by a name (/proc/PID/fd/N) is refused, as 2.6.32's */
static int sock_no_open(struct inode *irrelevant, struct file *dontcare)
{
	return -ENXIO;
}

static const struct file_operations bad_sock_fops = {
	.open = sock_no_open,
};

/* sock_alloc - a new socket and its sockfs inode; NULL when none is left */
static struct socket *sock_alloc(void)
{
	struct inode *inode = new_inode(sock_mnt->mnt_sb);

	if (!inode)
		return NULL;
	inode->i_mode = S_IFSOCK | S_IRWXUGO;
	inode->i_uid = current_fsuid();
	inode->i_gid = current_fsgid();
	inode->i_fop = &bad_sock_fops;
	inode->i_atime = inode->i_mtime = inode->i_ctime = current_fs_time(inode->i_sb);
	return SOCKET_I(inode);
}

/**
 * sock_release - close a socket: the family lets go, then the inode goes
 * @sock: the socket
 *
 * Context: process context; may sleep.
 */
void sock_release(struct socket *sock)
{
	if (sock->ops) {
		sock->ops->release(sock);
		sock->ops = NULL;
	}
	if (sock->fasync_list)
		printk(KERN_ERR "sock_release: fasync list not empty!\n");
	if (!sock->file) {
		iput(SOCK_INODE(sock));
		return;
	}
	sock->file = NULL;
}
EXPORT_SYMBOL(sock_release);

/**
 * sock_sendmsg - hand a message to the family
 * @sock: the socket
 * @msg: the message (kernel iovec, kernel address and control data)
 * @size: its length
 *
 * Context: process context; may sleep.
 * Return: bytes sent or a negative errno.
 */
int sock_sendmsg(struct socket *sock, struct msghdr *msg, size_t size)
{
	return sock->ops->sendmsg(sock, msg, size);
}
EXPORT_SYMBOL(sock_sendmsg);

/**
 * sock_recvmsg - take a message from the family
 * @sock: the socket
 * @msg: where it goes
 * @size: at most this many bytes
 * @flags: MSG_PEEK, MSG_DONTWAIT, MSG_WAITALL...
 *
 * Context: process context; may sleep.
 * Return: bytes received (0 at end of file) or a negative errno.
 */
int sock_recvmsg(struct socket *sock, struct msghdr *msg, size_t size, int flags)
{
	return sock->ops->recvmsg(sock, msg, size, flags);
}
EXPORT_SYMBOL(sock_recvmsg);

/* A one-buffer message with no address and no control data */
static void sock_plain_msg(struct msghdr *msg, struct iovec *iov, void __user *buf, size_t len)
{
	iov->iov_base = buf;
	iov->iov_len = len;
	msg->msg_name = NULL;
	msg->msg_namelen = 0;
	msg->msg_iov = iov;
	msg->msg_iovlen = 1;
	msg->msg_control = NULL;
	msg->msg_controllen = 0;
	msg->msg_flags = 0;
}

/*
 * read() and readv(): the whole vector is one recvmsg (a datagram fills
 * the buffers in turn), and write()/writev() one sendmsg (one message)
 */
static void sock_iov_msg(struct msghdr *msg, const struct iovec *iov, unsigned long nr_segs,
			 struct file *file)
{
	msg->msg_name = NULL;
	msg->msg_namelen = 0;
	msg->msg_iov = (struct iovec *)iov;
	msg->msg_iovlen = nr_segs;
	msg->msg_control = NULL;
	msg->msg_controllen = 0;
	msg->msg_flags = (file->f_flags & O_NONBLOCK) ? MSG_DONTWAIT : 0;
}

static ssize_t sock_aio_read(struct kiocb *iocb, const struct iovec *iov, unsigned long nr_segs,
			     loff_t pos)
{
	struct socket *sock = iocb->ki_filp->private_data;
	struct msghdr msg;

	if (pos != 0)
		return -ESPIPE;
	if (!iocb->ki_left) /* as SYS5 */
		return 0;
	sock_iov_msg(&msg, iov, nr_segs, iocb->ki_filp);
	return sock_recvmsg(sock, &msg, iov_length(iov, nr_segs), msg.msg_flags);
}

static ssize_t sock_aio_write(struct kiocb *iocb, const struct iovec *iov, unsigned long nr_segs,
			      loff_t pos)
{
	struct socket *sock = iocb->ki_filp->private_data;
	struct msghdr msg;

	if (pos != 0)
		return -ESPIPE;
	sock_iov_msg(&msg, iov, nr_segs, iocb->ki_filp);
	if (sock->type == SOCK_SEQPACKET)
		msg.msg_flags |= MSG_EOR;
	return sock_sendmsg(sock, &msg, iov_length(iov, nr_segs));
}

static long sock_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	struct socket *sock = file->private_data;
	int pid, err;

	switch (cmd) {
	case FIOSETOWN:
	case SIOCSPGRP:
		if (get_user(pid, (int __user *)arg))
			return -EFAULT;
		return f_setown(sock->file, pid, 1);
	case FIOGETOWN:
	case SIOCGPGRP:
		return put_user(f_getown(sock->file), (int __user *)arg);
	default:
		err = sock->ops->ioctl(sock, cmd, arg);
		return err == -ENOIOCTLCMD ? -EINVAL : err;
	}
}

static unsigned int sock_poll(struct file *file, poll_table *wait)
{
	struct socket *sock = file->private_data;

	return sock->ops->poll(file, sock, wait);
}

static int sock_close(struct inode *inode, struct file *filp)
{
	sock_release(SOCKET_I(inode));
	return 0;
}

/* O_ASYNC: the socket's fasync_list; SOCK_ASYNC_* wake-ups send SIGIO */
static int sock_fasync(int fd, struct file *filp, int on)
{
	struct socket *sock = filp->private_data;

	return fasync_helper(fd, filp, on, &sock->fasync_list);
}

static const struct file_operations socket_file_ops = {
	.llseek = no_llseek,
	.aio_read = sock_aio_read,
	.aio_write = sock_aio_write,
	.poll = sock_poll,
	.unlocked_ioctl = sock_ioctl,
	.release = sock_close,
	.fasync = sock_fasync,
};

/**
 * sock_wake_async - SIGIO (or SIGURG) to a socket's O_ASYNC owners
 * @sock: the socket
 * @how: SOCK_WAKE_WAITD (data, unless a reader waits), SOCK_WAKE_SPACE
 *       (room, once after a writer found none), SOCK_WAKE_IO, SOCK_WAKE_URG
 * @band: POLL_IN, POLL_OUT, POLL_HUP...
 *
 * Context: process context.
 * Return: 0, or -1 without owners.
 */
int sock_wake_async(struct socket *sock, int how, int band)
{
	if (!sock || !sock->fasync_list)
		return -1;
	switch (how) {
	case SOCK_WAKE_WAITD:
		if (test_bit(SOCK_ASYNC_WAITDATA, &sock->flags))
			break;
		kill_fasync(&sock->fasync_list, SIGIO, band);
		break;
	case SOCK_WAKE_SPACE:
		if (!test_and_clear_bit(SOCK_ASYNC_NOSPACE, &sock->flags))
			break;
		kill_fasync(&sock->fasync_list, SIGIO, band);
		break;
	case SOCK_WAKE_IO:
		kill_fasync(&sock->fasync_list, SIGIO, band);
		break;
	case SOCK_WAKE_URG:
		kill_fasync(&sock->fasync_list, SIGURG, band);
		break;
	}
	return 0;
}
EXPORT_SYMBOL(sock_wake_async);

/*
 * sock_alloc_file - the file of a socket, not yet in a descriptor. The
 * socket's inode reference passes to the file's dentry: closing the file
 * releases the socket (sock_close) and then frees the inode (dput).
 */
static struct file *sock_alloc_file(struct socket *sock, int flags)
{
	static const struct qstr name = { .name = (const unsigned char *)"" };
	struct file *file = get_empty_filp();
	struct dentry *dentry;

	if (!file)
		return ERR_PTR(-ENFILE);
	dentry = d_alloc(sock_mnt->mnt_sb->s_root, &name);
	if (!dentry) {
		put_filp(file);
		return ERR_PTR(-ENOMEM);
	}
	dentry->d_op = &sockfs_dentry_operations;
	d_instantiate(dentry, SOCK_INODE(sock));
	file->f_path.dentry = dentry;
	file->f_path.mnt = mntget(sock_mnt);
	file->f_inode = SOCK_INODE(sock);
	file->f_mapping = SOCK_INODE(sock)->i_mapping;
	file->f_mode = FMODE_READ | FMODE_WRITE;
	file->f_op = &socket_file_ops;
	file->f_flags = O_RDWR | (flags & O_NONBLOCK);
	file->private_data = sock;
	sock->file = file;
	return file;
}

/**
 * sock_map_fd - give a socket a file and a descriptor
 * @sock: the socket
 * @flags: O_CLOEXEC for the descriptor, O_NONBLOCK for the file
 *
 * Context: process context; may sleep.
 * Return: the descriptor, or -EMFILE, -ENFILE, -ENOMEM.
 */
int sock_map_fd(struct socket *sock, int flags)
{
	int fd = get_unused_fd_flags(flags);
	struct file *file;

	if (fd < 0)
		return fd;
	file = sock_alloc_file(sock, flags);
	if (IS_ERR(file)) {
		put_unused_fd(fd);
		return PTR_ERR(file);
	}
	fd_install(fd, file);
	return fd;
}
EXPORT_SYMBOL(sock_map_fd);

static struct socket *sock_from_file(struct file *file, int *err)
{
	if (file->f_op == &socket_file_ops)
		return file->private_data;
	*err = -ENOTSOCK;
	return NULL;
}

/**
 * sockfd_lookup - the socket behind a descriptor, with a file reference
 * @fd: the descriptor
 * @err: set on failure
 *
 * Context: process context.
 * Return: the socket (fput(sock->file) when done), or NULL with *@err
 * -EBADF or -ENOTSOCK.
 */
struct socket *sockfd_lookup(int fd, int *err)
{
	struct file *file = fget(fd);
	struct socket *sock;

	if (!file) {
		*err = -EBADF;
		return NULL;
	}
	sock = sock_from_file(file, err);
	if (!sock)
		fput(file);
	return sock;
}
EXPORT_SYMBOL(sockfd_lookup);

static struct socket *sockfd_lookup_light(int fd, int *err, int *fput_needed)
{
	struct file *file = fget_light(fd, fput_needed);
	struct socket *sock;

	*err = -EBADF;
	if (!file)
		return NULL;
	sock = sock_from_file(file, err);
	if (!sock)
		fput_light(file, *fput_needed);
	return sock;
}

/**
 * sock_create - a new socket of a family
 * @family: AF_*
 * @type: SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET (without the flags)
 * @protocol: 0 or the family's protocol number
 * @res: set to the socket
 *
 * Context: process context; may sleep.
 * Return: 0, -EAFNOSUPPORT (no such family), -EINVAL (bad type),
 * -ENFILE, or the family's error (-ESOCKTNOSUPPORT, -EPROTONOSUPPORT).
 */
int sock_create(int family, int type, int protocol, struct socket **res)
{
	const struct net_proto_family *pf;
	struct socket *sock;
	int err;

	if (family < 0 || family >= NPROTO)
		return -EAFNOSUPPORT;
	if (type < 0 || type >= SOCK_MAX)
		return -EINVAL;
	sock = sock_alloc();
	if (!sock)
		return -ENFILE;
	sock->type = type;
	spin_lock(&net_family_lock);
	pf = net_families[family];
	spin_unlock(&net_family_lock);
	err = -EAFNOSUPPORT;
	if (pf)
		err = pf->create(sock, protocol);
	if (err < 0) {
		sock->ops = NULL;
		sock_release(sock);
		return err;
	}
	*res = sock;
	return 0;
}
EXPORT_SYMBOL(sock_create);

/**
 * sock_create_lite - a bare socket of @type, for the family to fill (accept)
 * @family: unused (as 2.6.32)
 * @type: its type
 * @protocol: unused
 * @res: set to the socket
 *
 * Context: process context; may sleep.
 * Return: 0 or -ENFILE.
 */
int sock_create_lite(int family, int type, int protocol, struct socket **res)
{
	struct socket *sock = sock_alloc();

	if (!sock)
		return -ENFILE;
	sock->type = type;
	*res = sock;
	return 0;
}
EXPORT_SYMBOL(sock_create_lite);

/* The SOCK_CLOEXEC/SOCK_NONBLOCK bits of a type argument, as O_ flags, or -EINVAL */
static int sock_type_flags(int type)
{
	int flags = type & ~SOCK_TYPE_MASK;

	if (flags & ~(SOCK_CLOEXEC | SOCK_NONBLOCK))
		return -EINVAL;
	return flags;
}

/**
 * sys_socket - socket(2): a new, unnamed socket (socketcall SYS_SOCKET)
 * @family: AF_UNIX
 * @type: SOCK_STREAM, SOCK_DGRAM or SOCK_SEQPACKET, | SOCK_CLOEXEC, SOCK_NONBLOCK
 * @protocol: 0
 *
 * Context: process context (system call).
 * Return: the descriptor, or -EAFNOSUPPORT, -EINVAL, -ESOCKTNOSUPPORT,
 * -EPROTONOSUPPORT, -EMFILE, -ENFILE.
 */
asmlinkage long sys_socket(int family, int type, int protocol)
{
	int flags = sock_type_flags(type), retval;
	struct socket *sock;

	if (flags < 0)
		return flags;
	retval = sock_create(family, type & SOCK_TYPE_MASK, protocol, &sock);
	if (retval < 0)
		return retval;
	retval = sock_map_fd(sock, flags & (O_CLOEXEC | O_NONBLOCK));
	if (retval < 0)
		sock_release(sock);
	return retval;
}

/* Give two connected sockets their descriptors; both files or neither */
static int sock_map_pair(struct socket *sock1, struct socket *sock2, int flags, int fd[2])
{
	struct file *file1, *file2;

	fd[0] = get_unused_fd_flags(flags & O_CLOEXEC);
	if (fd[0] < 0)
		return fd[0];
	fd[1] = get_unused_fd_flags(flags & O_CLOEXEC);
	if (fd[1] < 0) {
		put_unused_fd(fd[0]);
		return fd[1];
	}
	file1 = sock_alloc_file(sock1, flags);
	file2 = IS_ERR(file1) ? file1 : sock_alloc_file(sock2, flags);
	if (IS_ERR(file2)) {
		if (!IS_ERR(file1))
			fput(file1); /* releases sock1 through sock_close */
		else
			sock_release(sock1);
		sock_release(sock2);
		put_unused_fd(fd[0]);
		put_unused_fd(fd[1]);
		return PTR_ERR(file2);
	}
	fd_install(fd[0], file1);
	fd_install(fd[1], file2);
	return 0;
}

/**
 * sys_socketpair - socketpair(2): two connected, unnamed sockets (SYS_SOCKETPAIR)
 * @family: AF_UNIX
 * @type: as socket()
 * @protocol: 0
 * @usockvec: where the two descriptors go
 *
 * Context: process context (system call).
 * Return: 0, or the errors of socket(), -EOPNOTSUPP (a family without
 * pairs), -EFAULT (the descriptors are closed again).
 */
asmlinkage long sys_socketpair(int family, int type, int protocol, int __user *usockvec)
{
	int flags = sock_type_flags(type), fd[2], err;
	struct socket *sock1, *sock2;

	if (flags < 0)
		return flags;
	type &= SOCK_TYPE_MASK;
	err = sock_create(family, type, protocol, &sock1);
	if (err < 0)
		return err;
	err = sock_create(family, type, protocol, &sock2);
	if (err < 0)
		goto out_release_1;
	err = sock1->ops->socketpair(sock1, sock2);
	if (err < 0)
		goto out_release_both;
	err = sock_map_pair(sock1, sock2, flags, fd);
	if (err < 0)
		return err;
	if (!put_user(fd[0], &usockvec[0]) && !put_user(fd[1], &usockvec[1]))
		return 0;
	sys_close(fd[1]);
	sys_close(fd[0]);
	return -EFAULT;
out_release_both:
	sock_release(sock2);
out_release_1:
	sock_release(sock1);
	return err;
}

/**
 * sys_bind - bind(2): name a socket (SYS_BIND)
 * @fd: the socket
 * @umyaddr: the address
 * @addrlen: its length
 *
 * Context: process context (system call).
 * Return: 0, -EBADF, -ENOTSOCK, -EINVAL, -EFAULT, or the family's error
 * (AF_UNIX: -EADDRINUSE, -ENOENT, -EACCES...).
 */
asmlinkage long sys_bind(int fd, struct sockaddr __user *umyaddr, int addrlen)
{
	struct sockaddr_storage address;
	int err, fput_needed;
	struct socket *sock = sockfd_lookup_light(fd, &err, &fput_needed);

	if (!sock)
		return err;
	err = move_addr_to_kernel(umyaddr, addrlen, (struct sockaddr *)&address);
	if (err >= 0)
		err = sock->ops->bind(sock, (struct sockaddr *)&address, addrlen);
	fput_light(sock->file, fput_needed);
	return err;
}

/**
 * sys_listen - listen(2): accept connections (SYS_LISTEN)
 * @fd: the socket
 * @backlog: connections that may wait, at most SOMAXCONN
 *
 * Context: process context (system call).
 * Return: 0, -EBADF, -ENOTSOCK, or the family's -EINVAL/-EOPNOTSUPP.
 */
asmlinkage long sys_listen(int fd, int backlog)
{
	int err, fput_needed;
	struct socket *sock = sockfd_lookup_light(fd, &err, &fput_needed);

	if (!sock)
		return err;
	if ((unsigned int)backlog > SOMAXCONN)
		backlog = SOMAXCONN;
	err = sock->ops->listen(sock, backlog);
	fput_light(sock->file, fput_needed);
	return err;
}

/* accept's second half: the new socket's peer address to the caller, then its descriptor */
static int accept_finish(struct socket *newsock, struct file *newfile, int newfd,
			 struct sockaddr __user *upeer_sockaddr, int __user *upeer_addrlen)
{
	struct sockaddr_storage address;
	int err, len;

	if (upeer_sockaddr) {
		if (newsock->ops->getname(newsock, (struct sockaddr *)&address, &len, 2) < 0) {
			err = -ECONNABORTED;
			goto out_fd;
		}
		err = move_addr_to_user((struct sockaddr *)&address, len, upeer_sockaddr,
					upeer_addrlen);
		if (err < 0)
			goto out_fd;
	}
	fd_install(newfd, newfile);
	return newfd;
out_fd:
	fput(newfile);
	put_unused_fd(newfd);
	return err;
}

/**
 * sys_accept4 - accept4(2): the next connection, as a new socket (SYS_ACCEPT4)
 * @fd: the listening socket
 * @upeer_sockaddr: where the peer's address goes, or NULL
 * @upeer_addrlen: its room in, its length out
 * @flags: SOCK_CLOEXEC, SOCK_NONBLOCK (the listener's O_NONBLOCK is not inherited)
 *
 * Context: process context (system call); may sleep.
 * Return: the new descriptor, or -EINVAL (flags, not listening), -EAGAIN,
 * -EBADF, -ENOTSOCK, -EOPNOTSUPP, -ERESTARTSYS, -EFAULT, -EMFILE.
 */
asmlinkage long sys_accept4(int fd, struct sockaddr __user *upeer_sockaddr,
			    int __user *upeer_addrlen, int flags)
{
	struct socket *sock, *newsock;
	struct file *newfile;
	int err, newfd, fput_needed;

	if (flags & ~(SOCK_CLOEXEC | SOCK_NONBLOCK))
		return -EINVAL;
	sock = sockfd_lookup_light(fd, &err, &fput_needed);
	if (!sock)
		return err;
	err = sock_create_lite(0, sock->type, 0, &newsock);
	if (err)
		goto out_put;
	newsock->ops = sock->ops;
	newfd = get_unused_fd_flags(flags & O_CLOEXEC);
	if (newfd < 0) {
		sock_release(newsock);
		err = newfd;
		goto out_put;
	}
	newfile = sock_alloc_file(newsock, flags & O_NONBLOCK);
	if (IS_ERR(newfile)) {
		put_unused_fd(newfd);
		sock_release(newsock);
		err = PTR_ERR(newfile);
		goto out_put;
	}
	err = sock->ops->accept(sock, newsock, sock->file->f_flags);
	if (err < 0) {
		fput(newfile);
		put_unused_fd(newfd);
		goto out_put;
	}
	err = accept_finish(newsock, newfile, newfd, upeer_sockaddr, upeer_addrlen);
out_put:
	fput_light(sock->file, fput_needed);
	return err;
}

/**
 * sys_accept - accept(2) (SYS_ACCEPT): accept4() without flags
 * @fd: the listening socket
 * @upeer_sockaddr: where the peer's address goes, or NULL
 * @upeer_addrlen: its room in, its length out
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_accept4().
 */
asmlinkage long sys_accept(int fd, struct sockaddr __user *upeer_sockaddr,
			   int __user *upeer_addrlen)
{
	return sys_accept4(fd, upeer_sockaddr, upeer_addrlen, 0);
}

/**
 * sys_connect - connect(2): to a listening socket, or a datagram default peer (SYS_CONNECT)
 * @fd: the socket
 * @uservaddr: the address
 * @addrlen: its length
 *
 * Context: process context (system call); may sleep.
 * Return: 0, or -EBADF, -ENOTSOCK, -EINVAL, -EFAULT, or the family's
 * (AF_UNIX: -ECONNREFUSED, -ENOENT, -EAGAIN, -EISCONN, -EPROTOTYPE...).
 */
asmlinkage long sys_connect(int fd, struct sockaddr __user *uservaddr, int addrlen)
{
	struct sockaddr_storage address;
	int err, fput_needed;
	struct socket *sock = sockfd_lookup_light(fd, &err, &fput_needed);

	if (!sock)
		return err;
	err = move_addr_to_kernel(uservaddr, addrlen, (struct sockaddr *)&address);
	if (err >= 0)
		err = sock->ops->connect(sock, (struct sockaddr *)&address, addrlen,
					 sock->file->f_flags);
	fput_light(sock->file, fput_needed);
	return err;
}

/* getsockname and getpeername: @peer 0 or 1 */
static long sock_getname(int fd, struct sockaddr __user *usockaddr, int __user *usockaddr_len,
			 int peer)
{
	struct sockaddr_storage address;
	int len, err, fput_needed;
	struct socket *sock = sockfd_lookup_light(fd, &err, &fput_needed);

	if (!sock)
		return err;
	err = sock->ops->getname(sock, (struct sockaddr *)&address, &len, peer);
	if (!err)
		err = move_addr_to_user((struct sockaddr *)&address, len, usockaddr, usockaddr_len);
	fput_light(sock->file, fput_needed);
	return err;
}

/**
 * sys_getsockname - getsockname(2): the socket's own address (SYS_GETSOCKNAME)
 * @fd: the socket
 * @usockaddr: where it goes
 * @usockaddr_len: its room in, the full length out
 *
 * Context: process context (system call).
 * Return: 0, -EBADF, -ENOTSOCK, -EFAULT, -EINVAL.
 */
asmlinkage long sys_getsockname(int fd, struct sockaddr __user *usockaddr,
				int __user *usockaddr_len)
{
	return sock_getname(fd, usockaddr, usockaddr_len, 0);
}

/**
 * sys_getpeername - getpeername(2): the connected peer's address (SYS_GETPEERNAME)
 * @fd: the socket
 * @usockaddr: where it goes
 * @usockaddr_len: its room in, the full length out
 *
 * Context: process context (system call).
 * Return: 0, -ENOTCONN, -EBADF, -ENOTSOCK, -EFAULT, -EINVAL.
 */
asmlinkage long sys_getpeername(int fd, struct sockaddr __user *usockaddr,
				int __user *usockaddr_len)
{
	return sock_getname(fd, usockaddr, usockaddr_len, 1);
}

/**
 * sys_sendto - sendto(2): send, to an address or the peer (SYS_SENDTO)
 * @fd: the socket
 * @buff: the data
 * @len: its length (at most INT_MAX is sent)
 * @flags: MSG_DONTWAIT, MSG_NOSIGNAL, MSG_OOB (-EOPNOTSUPP)...
 * @addr: the destination, or NULL
 * @addr_len: its length
 *
 * Context: process context (system call); may sleep.
 * Return: bytes sent, or a negative errno (-EPIPE with SIGPIPE unless MSG_NOSIGNAL).
 */
asmlinkage long sys_sendto(int fd, void __user *buff, size_t len, unsigned int flags,
			   struct sockaddr __user *addr, int addr_len)
{
	struct sockaddr_storage address;
	int err, fput_needed;
	struct socket *sock;
	struct msghdr msg;
	struct iovec iov;

	if (len > INT_MAX)
		len = INT_MAX;
	sock = sockfd_lookup_light(fd, &err, &fput_needed);
	if (!sock)
		return err;
	sock_plain_msg(&msg, &iov, buff, len);
	if (addr) {
		err = move_addr_to_kernel(addr, addr_len, (struct sockaddr *)&address);
		if (err < 0)
			goto out_put;
		msg.msg_name = &address;
		msg.msg_namelen = addr_len;
	}
	if (sock->file->f_flags & O_NONBLOCK)
		flags |= MSG_DONTWAIT;
	msg.msg_flags = flags;
	err = sock_sendmsg(sock, &msg, len);
out_put:
	fput_light(sock->file, fput_needed);
	return err;
}

/**
 * sys_send - send(2): sendto() without an address (SYS_SEND)
 * @fd: the socket
 * @buff: the data
 * @len: its length
 * @flags: MSG_*
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_sendto().
 */
asmlinkage long sys_send(int fd, void __user *buff, size_t len, unsigned int flags)
{
	return sys_sendto(fd, buff, len, flags, NULL, 0);
}

/**
 * sys_recvfrom - recvfrom(2): receive, and the sender's address (SYS_RECVFROM)
 * @fd: the socket
 * @ubuf: where the data goes
 * @size: its room
 * @flags: MSG_PEEK, MSG_DONTWAIT, MSG_WAITALL, MSG_TRUNC...
 * @addr: where the sender's address goes, or NULL
 * @addr_len: its room in, the length out
 *
 * Context: process context (system call); may sleep.
 * Return: bytes received (0 at end of file) or a negative errno.
 */
asmlinkage long sys_recvfrom(int fd, void __user *ubuf, size_t size, unsigned int flags,
			     struct sockaddr __user *addr, int __user *addr_len)
{
	struct sockaddr_storage address;
	int err, err2, fput_needed;
	struct socket *sock;
	struct msghdr msg;
	struct iovec iov;

	if (size > INT_MAX)
		size = INT_MAX;
	sock = sockfd_lookup_light(fd, &err, &fput_needed);
	if (!sock)
		return err;
	sock_plain_msg(&msg, &iov, ubuf, size);
	msg.msg_name = addr ? (struct sockaddr *)&address : NULL;
	if (sock->file->f_flags & O_NONBLOCK)
		flags |= MSG_DONTWAIT;
	err = sock_recvmsg(sock, &msg, size, flags);
	if (err >= 0 && addr) {
		err2 = move_addr_to_user((struct sockaddr *)&address, msg.msg_namelen, addr,
					 addr_len);
		if (err2 < 0)
			err = err2;
	}
	fput_light(sock->file, fput_needed);
	return err;
}

/**
 * sys_recv - recv(2): recvfrom() without the address (SYS_RECV)
 * @fd: the socket
 * @ubuf: where the data goes
 * @size: its room
 * @flags: MSG_*
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_recvfrom().
 */
asmlinkage long sys_recv(int fd, void __user *ubuf, size_t size, unsigned int flags)
{
	return sys_recvfrom(fd, ubuf, size, flags, NULL, NULL);
}

/**
 * sys_setsockopt - setsockopt(2) (SYS_SETSOCKOPT)
 * @fd: the socket
 * @level: SOL_SOCKET, or the family's level
 * @optname: SO_*
 * @optval: the value
 * @optlen: its length
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL, -EBADF, -ENOTSOCK, -ENOPROTOOPT, -EFAULT...
 */
asmlinkage long sys_setsockopt(int fd, int level, int optname, char __user *optval, int optlen)
{
	int err, fput_needed;
	struct socket *sock;

	if (optlen < 0)
		return -EINVAL;
	sock = sockfd_lookup_light(fd, &err, &fput_needed);
	if (!sock)
		return err;
	if (level == SOL_SOCKET)
		err = sock_setsockopt(sock, level, optname, optval, optlen);
	else
		err = sock->ops->setsockopt(sock, level, optname, optval, optlen);
	fput_light(sock->file, fput_needed);
	return err;
}

/**
 * sys_getsockopt - getsockopt(2) (SYS_GETSOCKOPT)
 * @fd: the socket
 * @level: SOL_SOCKET, or the family's level
 * @optname: SO_*
 * @optval: where the value goes
 * @optlen: its room in, its length out
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL, -EBADF, -ENOTSOCK, -ENOPROTOOPT, -EFAULT...
 */
asmlinkage long sys_getsockopt(int fd, int level, int optname, char __user *optval,
			       int __user *optlen)
{
	int err, fput_needed;
	struct socket *sock = sockfd_lookup_light(fd, &err, &fput_needed);

	if (!sock)
		return err;
	if (level == SOL_SOCKET)
		err = sock_getsockopt(sock, level, optname, optval, optlen);
	else
		err = sock->ops->getsockopt(sock, level, optname, optval, optlen);
	fput_light(sock->file, fput_needed);
	return err;
}

/**
 * sys_shutdown - shutdown(2): no more receiving, sending, or both (SYS_SHUTDOWN)
 * @fd: the socket
 * @how: SHUT_RD, SHUT_WR, SHUT_RDWR
 *
 * Context: process context (system call).
 * Return: 0, -EBADF, -ENOTSOCK, or the family's -EINVAL/-ENOTCONN.
 */
asmlinkage long sys_shutdown(int fd, int how)
{
	int err, fput_needed;
	struct socket *sock = sockfd_lookup_light(fd, &err, &fput_needed);

	if (!sock)
		return err;
	err = sock->ops->shutdown(sock, how);
	fput_light(sock->file, fput_needed);
	return err;
}

static int copy_msghdr_from_user(struct msghdr *kmsg, struct msghdr __user *umsg)
{
	if (copy_from_user(kmsg, umsg, sizeof(struct msghdr)))
		return -EFAULT;
	if (!kmsg->msg_name)
		kmsg->msg_namelen = 0;
	if (kmsg->msg_namelen < 0)
		return -EINVAL;
	if (kmsg->msg_namelen > (int)sizeof(struct sockaddr_storage))
		kmsg->msg_namelen = sizeof(struct sockaddr_storage);
	return 0;
}

/* sendmsg's control buffer into the kernel: into @ctl if it fits, else kmalloc()ed */
static int sendmsg_copy_ctl(struct msghdr *msg_sys, unsigned char *ctl, size_t ctl_size)
{
	unsigned char *ctl_buf = ctl;
	size_t ctl_len = msg_sys->msg_controllen;

	if (ctl_len > INT_MAX)
		return -ENOBUFS;
	if (!ctl_len)
		return 0;
	if (ctl_len > ctl_size) {
		ctl_buf = kmalloc(ctl_len, GFP_KERNEL);
		if (!ctl_buf)
			return -ENOBUFS;
	}
	if (copy_from_user(ctl_buf, (void __user *)msg_sys->msg_control, ctl_len)) {
		if (ctl_buf != ctl)
			kfree(ctl_buf);
		return -EFAULT;
	}
	msg_sys->msg_control = ctl_buf;
	return 0;
}

/* The kernel copies of a message's iovec: on the stack when short */
static struct iovec *msg_iov_alloc(struct msghdr *msg_sys, struct iovec *iovstack)
{
	if (msg_sys->msg_iovlen > UIO_MAXIOV)
		return ERR_PTR(-EMSGSIZE);
	if (msg_sys->msg_iovlen <= UIO_FASTIOV)
		return iovstack;
	return kmalloc(msg_sys->msg_iovlen * sizeof(struct iovec), GFP_KERNEL) ?: ERR_PTR(-ENOMEM);
}

/**
 * sys_sendmsg - sendmsg(2): a message with an iovec, address and control data (SYS_SENDMSG)
 * @fd: the socket
 * @msg: the caller's struct msghdr
 * @flags: MSG_*
 *
 * Context: process context (system call); may sleep.
 * Return: bytes sent, or -EFAULT, -EINVAL, -EMSGSIZE (more than UIO_MAXIOV
 * entries), -ENOBUFS, -ENOMEM, -EBADF (SCM_RIGHTS of a closed descriptor)...
 */
asmlinkage long sys_sendmsg(int fd, struct msghdr __user *msg, unsigned int flags)
{
	struct iovec iovstack[UIO_FASTIOV], *iov;
	unsigned char ctl[sizeof(struct cmsghdr) + 20] __aligned(sizeof(size_t));
	struct sockaddr_storage address;
	struct msghdr msg_sys;
	int err, total_len, fput_needed;
	struct socket *sock;

	err = copy_msghdr_from_user(&msg_sys, msg);
	if (err)
		return err;
	sock = sockfd_lookup_light(fd, &err, &fput_needed);
	if (!sock)
		return err;
	iov = msg_iov_alloc(&msg_sys, iovstack);
	err = PTR_ERR(iov);
	if (IS_ERR(iov))
		goto out_put;
	err = verify_iovec(&msg_sys, iov, (struct sockaddr *)&address, VERIFY_READ);
	if (err < 0)
		goto out_freeiov;
	total_len = err;
	err = sendmsg_copy_ctl(&msg_sys, ctl, sizeof(ctl));
	if (err)
		goto out_freeiov;
	msg_sys.msg_flags = flags;
	if (sock->file->f_flags & O_NONBLOCK)
		msg_sys.msg_flags |= MSG_DONTWAIT;
	err = sock_sendmsg(sock, &msg_sys, total_len);
	if (msg_sys.msg_controllen && msg_sys.msg_control != ctl)
		kfree(msg_sys.msg_control);
out_freeiov:
	if (iov != iovstack)
		kfree(iov);
out_put:
	fput_light(sock->file, fput_needed);
	return err;
}

/* recvmsg's results to the caller: the address, msg_flags, the control length used */
static int recvmsg_finish(struct msghdr *msg_sys, struct msghdr __user *msg,
			  struct sockaddr_storage *addr, void __user *uaddr, unsigned long cmsg_ptr)
{
	int err;

	if (uaddr) {
		err = move_addr_to_user((struct sockaddr *)addr, msg_sys->msg_namelen, uaddr,
					&msg->msg_namelen);
		if (err < 0)
			return err;
	}
	if (put_user(msg_sys->msg_flags, &msg->msg_flags) ||
	    put_user((unsigned long)msg_sys->msg_control - cmsg_ptr, &msg->msg_controllen))
		return -EFAULT;
	return 0;
}

/**
 * sys_recvmsg - recvmsg(2): a message, its sender and its control data (SYS_RECVMSG)
 * @fd: the socket
 * @msg: the caller's struct msghdr (msg_namelen, msg_flags, msg_controllen written back)
 * @flags: MSG_PEEK, MSG_DONTWAIT, MSG_WAITALL, MSG_CMSG_CLOEXEC...
 *
 * Context: process context (system call); may sleep.
 * Return: bytes received (0 at end of file) or a negative errno.
 */
asmlinkage long sys_recvmsg(int fd, struct msghdr __user *msg, unsigned int flags)
{
	struct iovec iovstack[UIO_FASTIOV], *iov;
	struct sockaddr_storage addr;
	struct msghdr msg_sys;
	unsigned long cmsg_ptr;
	void __user *uaddr;
	int err, total_len, len, fput_needed;
	struct socket *sock;

	err = copy_msghdr_from_user(&msg_sys, msg);
	if (err)
		return err;
	sock = sockfd_lookup_light(fd, &err, &fput_needed);
	if (!sock)
		return err;
	iov = msg_iov_alloc(&msg_sys, iovstack);
	err = PTR_ERR(iov);
	if (IS_ERR(iov))
		goto out_put;
	uaddr = (void __user *)msg_sys.msg_name;
	err = verify_iovec(&msg_sys, iov, (struct sockaddr *)&addr, VERIFY_WRITE);
	if (err < 0)
		goto out_freeiov;
	total_len = err;
	cmsg_ptr = (unsigned long)msg_sys.msg_control;
	msg_sys.msg_flags = flags & MSG_CMSG_CLOEXEC;
	msg_sys.msg_namelen = 0;
	if (sock->file->f_flags & O_NONBLOCK)
		flags |= MSG_DONTWAIT;
	err = sock_recvmsg(sock, &msg_sys, total_len, flags);
	if (err < 0)
		goto out_freeiov;
	len = err;
	err = recvmsg_finish(&msg_sys, msg, &addr, uaddr, cmsg_ptr);
	if (!err)
		err = len;
out_freeiov:
	if (iov != iovstack)
		kfree(iov);
out_put:
	fput_light(sock->file, fput_needed);
	return err;
}

/* The argument words of each socketcall, SYS_SOCKET (1) to SYS_ACCEPT4 (18), as 2.6.32's */
#define AL(x) ((x) * sizeof(unsigned long))
static const unsigned char nargs[19] = {
	AL(0), AL(3), AL(3), AL(3), AL(2), AL(3), AL(3), AL(3), AL(4), AL(4),
	AL(4), AL(6), AL(6), AL(2), AL(5), AL(5), AL(3), AL(3), AL(4),
};
#undef AL

/* The socket calls of one argument array (a[]) */
static long socketcall_dispatch(int call, unsigned long *a)
{
	unsigned long a0 = a[0], a1 = a[1];

	switch (call) {
	case SYS_SOCKET:
		return sys_socket(a0, a1, a[2]);
	case SYS_BIND:
		return sys_bind(a0, (struct sockaddr __user *)a1, a[2]);
	case SYS_CONNECT:
		return sys_connect(a0, (struct sockaddr __user *)a1, a[2]);
	case SYS_LISTEN:
		return sys_listen(a0, a1);
	case SYS_ACCEPT:
		return sys_accept4(a0, (struct sockaddr __user *)a1, (int __user *)a[2], 0);
	case SYS_GETSOCKNAME:
		return sys_getsockname(a0, (struct sockaddr __user *)a1, (int __user *)a[2]);
	case SYS_GETPEERNAME:
		return sys_getpeername(a0, (struct sockaddr __user *)a1, (int __user *)a[2]);
	case SYS_SOCKETPAIR:
		return sys_socketpair(a0, a1, a[2], (int __user *)a[3]);
	case SYS_SEND:
		return sys_send(a0, (void __user *)a1, a[2], a[3]);
	case SYS_SENDTO:
		return sys_sendto(a0, (void __user *)a1, a[2], a[3], (struct sockaddr __user *)a[4],
				  a[5]);
	case SYS_RECV:
		return sys_recv(a0, (void __user *)a1, a[2], a[3]);
	case SYS_RECVFROM:
		return sys_recvfrom(a0, (void __user *)a1, a[2], a[3],
				    (struct sockaddr __user *)a[4], (int __user *)a[5]);
	case SYS_SHUTDOWN:
		return sys_shutdown(a0, a1);
	case SYS_SETSOCKOPT:
		return sys_setsockopt(a0, a1, a[2], (char __user *)a[3], a[4]);
	case SYS_GETSOCKOPT:
		return sys_getsockopt(a0, a1, a[2], (char __user *)a[3], (int __user *)a[4]);
	case SYS_SENDMSG:
		return sys_sendmsg(a0, (struct msghdr __user *)a1, a[2]);
	case SYS_RECVMSG:
		return sys_recvmsg(a0, (struct msghdr __user *)a1, a[2]);
	case SYS_ACCEPT4:
		return sys_accept4(a0, (struct sockaddr __user *)a1, (int __user *)a[2], a[3]);
	default:
		return -EINVAL;
	}
}

/**
 * sys_socketcall - socketcall(2): every socket call on i386 (system call 102)
 * @call: SYS_SOCKET (1) ... SYS_ACCEPT4 (18)
 * @args: the caller's array of the call's arguments, nargs[call] bytes
 *
 * Context: process context (system call); may sleep.
 * Return: the call's result, -EINVAL for a call number out of range,
 * -EFAULT when the arguments cannot be read.
 */
asmlinkage long sys_socketcall(int call, unsigned long __user *args)
{
	unsigned long a[6];

	if (call < 1 || call > SYS_ACCEPT4)
		return -EINVAL;
	if (copy_from_user(a, args, nargs[call]))
		return -EFAULT;
	return socketcall_dispatch(call, a);
}

/**
 * sock_register - add an address family
 * @ops: the family (its number and create())
 *
 * Context: process context (boot).
 * Return: 0, -ENOBUFS (number out of range), -EEXIST (taken).
 */
int sock_register(const struct net_proto_family *ops)
{
	int err = 0;

	if (ops->family < 0 || ops->family >= NPROTO) {
		printk(KERN_CRIT "protocol %d >= NPROTO(%d)\n", ops->family, NPROTO);
		return -ENOBUFS;
	}
	spin_lock(&net_family_lock);
	if (net_families[ops->family])
		err = -EEXIST;
	else
		net_families[ops->family] = ops;
	spin_unlock(&net_family_lock);
	printk(KERN_INFO "NET: Registered protocol family %d\n", ops->family);
	return err;
}
EXPORT_SYMBOL(sock_register);

/**
 * sock_unregister - remove an address family
 * @family: its number
 *
 * Context: process context.
 */
void sock_unregister(int family)
{
	BUG_ON(family < 0 || family >= NPROTO);
	spin_lock(&net_family_lock);
	net_families[family] = NULL;
	spin_unlock(&net_family_lock);
	printk(KERN_INFO "NET: Unregistered protocol family %d\n", family);
}
EXPORT_SYMBOL(sock_unregister);

static int __init sock_init(void)
{
	int err;

	sock_inode_cachep = kmem_cache_create("sock_inode_cache", sizeof(struct socket_alloc), 0,
					      SLAB_HWCACHE_ALIGN | SLAB_PANIC, NULL);
	err = register_filesystem(&sock_fs_type);
	if (err)
		return err;
	sock_mnt = kern_mount(&sock_fs_type);
	if (IS_ERR(sock_mnt))
		panic("sock_init: cannot mount sockfs (%ld)\n", PTR_ERR(sock_mnt));
	return 0;
}
core_initcall(sock_init);
