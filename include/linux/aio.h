/*
 * aio.h - struct kiocb, one I/O request to a file's aio_read/aio_write.
 *
 * 2.6.32's generic file read and write take a kiocb so that one routine
 * serves synchronous and asynchronous I/O; Linnet has only synchronous
 * I/O, made by do_sync_read()/do_sync_write() with a kiocb on the stack.
 * See fs/read_write.c and docs/files.md.
 */
#ifndef _LINUX_AIO_H
#define _LINUX_AIO_H

#include <linux/types.h>

struct file;

/**
 * struct kiocb - one read or write request
 * @ki_filp: the file
 * @ki_pos: where it is at
 * @ki_left: bytes still to move
 */
struct kiocb {
	struct file *ki_filp;
	loff_t ki_pos;
	size_t ki_left;
};

/* init_sync_kiocb - a request that completes before the call returns */
static inline void init_sync_kiocb(struct kiocb *kiocb, struct file *filp)
{
	kiocb->ki_filp = filp;
	kiocb->ki_pos = 0;
	kiocb->ki_left = 0;
}

#endif /* _LINUX_AIO_H */
