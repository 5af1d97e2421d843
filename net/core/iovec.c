/*
 * iovec.c - moving a message's address and data between user space and
 * the socket layer.
 *
 * sendmsg and recvmsg copy the caller's iovec array into the kernel once
 * (verify_iovec, which also brings in the address for a send); the
 * family then copies data through it with memcpy_fromiovec and
 * memcpy_toiovec, which advance the entries as they go, so a stream
 * socket that fills a message from several buffers resumes where it
 * stopped. As Linux 2.6.32's net/core/iovec.c. See docs/sockets.md.
 */
#include <linux/socket.h>
#include <linux/uio.h>
#include <linux/uaccess.h>
#include <linux/module.h>
#include <linux/kernel.h>

/**
 * verify_iovec - bring a message's iovec (and, to send, its address) in
 * @m: the message; msg_iov still points into user space
 * @iov: room for msg_iovlen entries; becomes m->msg_iov
 * @address: room for the address; becomes m->msg_name
 * @mode: VERIFY_READ (a send: copy the address in) or VERIFY_WRITE (a receive)
 *
 * Context: process context; may fault.
 * Return: the total length, or -EFAULT, -EINVAL (bad address length),
 * -EMSGSIZE (the lengths add up past INT_MAX).
 */
int verify_iovec(struct msghdr *m, struct iovec *iov, struct sockaddr *address, int mode)
{
	size_t size, ct;
	int err;

	if (m->msg_namelen) {
		if (mode == VERIFY_READ) {
			err = move_addr_to_kernel(m->msg_name, m->msg_namelen, address);
			if (err < 0)
				return err;
		}
		m->msg_name = address;
	} else {
		m->msg_name = NULL;
	}
	size = m->msg_iovlen * sizeof(struct iovec);
	if (copy_from_user(iov, (void __user *)m->msg_iov, size))
		return -EFAULT;
	m->msg_iov = iov;
	err = 0;
	for (ct = 0; ct < m->msg_iovlen; ct++) {
		err += iov[ct].iov_len;
		if (err < 0) /* the sum must not look like an errno */
			return -EMSGSIZE;
	}
	return err;
}
EXPORT_SYMBOL(verify_iovec);

/**
 * memcpy_toiovec - copy kernel bytes out through an iovec, advancing it
 * @iov: the iovec
 * @kdata: the bytes
 * @len: how many
 *
 * Context: process context; may fault.
 * Return: 0 or -EFAULT.
 */
int memcpy_toiovec(struct iovec *iov, unsigned char *kdata, int len)
{
	while (len > 0) {
		if (iov->iov_len) {
			int copy = min_t(unsigned int, iov->iov_len, len);

			if (copy_to_user(iov->iov_base, kdata, copy))
				return -EFAULT;
			kdata += copy;
			len -= copy;
			iov->iov_len -= copy;
			iov->iov_base = (char __user *)iov->iov_base + copy;
		}
		iov++;
	}
	return 0;
}
EXPORT_SYMBOL(memcpy_toiovec);

/**
 * memcpy_fromiovec - copy user bytes in through an iovec, advancing it
 * @kdata: where they go
 * @iov: the iovec
 * @len: how many
 *
 * Context: process context; may fault.
 * Return: 0 or -EFAULT.
 */
int memcpy_fromiovec(unsigned char *kdata, struct iovec *iov, int len)
{
	while (len > 0) {
		if (iov->iov_len) {
			int copy = min_t(unsigned int, len, iov->iov_len);

			if (copy_from_user(kdata, iov->iov_base, copy))
				return -EFAULT;
			len -= copy;
			kdata += copy;
			iov->iov_base = (char __user *)iov->iov_base + copy;
			iov->iov_len -= copy;
		}
		iov++;
	}
	return 0;
}
EXPORT_SYMBOL(memcpy_fromiovec);
