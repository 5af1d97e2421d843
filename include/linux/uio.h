/*
 * uio.h - a buffer in pieces: struct iovec, as readv() and writev() pass it.
 *
 * 2.6.32's generic read and write paths (mm/filemap.c) take an array of
 * iovecs so that one routine serves read() and readv(); a plain read()
 * is a single iovec (fs/read_write.c:do_sync_read). See docs/files.md.
 */
#ifndef _LINUX_UIO_H
#define _LINUX_UIO_H

#include <linux/types.h>

/**
 * struct iovec - one piece of a caller's buffer
 * @iov_base: where it starts
 * @iov_len: how many bytes
 */
struct iovec {
	void __user *iov_base;
	size_t iov_len;
};

#define UIO_MAXIOV 1024
/* UIO_FASTIOV - vectors this short are copied onto the stack, not kmalloc()ed */
#define UIO_FASTIOV 8

/* iov_length - the total bytes of @nr_segs iovecs */
static inline size_t iov_length(const struct iovec *iov, unsigned long nr_segs)
{
	size_t ret = 0;
	unsigned long seg;

	for (seg = 0; seg < nr_segs; seg++)
		ret += iov[seg].iov_len;
	return ret;
}

#endif /* _LINUX_UIO_H */
