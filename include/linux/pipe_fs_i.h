/*
 * pipe_fs_i.h - a pipe: a ring of PIPE_BUFFERS page buffers.
 *
 * Writers fill pages at the end of the ring, readers consume from curbuf;
 * nrbufs says how many are in use. A write of at most PIPE_BUF bytes
 * goes in whole or waits (atomicity); larger writes may interleave.
 * Linux 2.6.32's structures. See fs/pipe.c and docs/files.md.
 */
#ifndef _LINUX_PIPE_FS_I_H
#define _LINUX_PIPE_FS_I_H

#include <linux/types.h>
#include <linux/wait.h>

#define PIPE_BUFFERS 16
#define PIPE_BUF 4096 /* writes up to this size are atomic (PAGE_SIZE on i386) */

struct page;
struct pipe_inode_info;
struct inode;
struct fasync_struct;

/**
 * struct pipe_buffer - one page of a pipe
 * @page: the page
 * @offset: where the unread data starts in it
 * @len: how many bytes are unread
 * @ops: what to do with the page (release it...)
 * @flags: PIPE_BUF_FLAG_*
 */
struct pipe_buffer {
	struct page *page;
	unsigned int offset, len;
	const struct pipe_buf_operations *ops;
	unsigned int flags;
};

/**
 * struct pipe_inode_info - a pipe's state, hung off its inode's i_pipe
 * @wait: readers and writers sleep here
 * @nrbufs: buffers holding data
 * @curbuf: the first of them
 * @tmp_page: a spare page kept from a consumed buffer
 * @readers: open read ends
 * @writers: open write ends
 * @waiting_writers: writers sleeping for room
 * @r_counter: read opens so far (FIFO open's rendezvous)
 * @w_counter: write opens so far
 * @inode: the pipe's inode
 * @fasync_readers: read ends with O_ASYNC: SIGIO (POLL_IN) when data comes
 * @fasync_writers: write ends with O_ASYNC: SIGIO (POLL_OUT) when room is made
 * @bufs: the ring
 */
struct pipe_inode_info {
	wait_queue_head_t wait;
	unsigned int nrbufs, curbuf;
	struct page *tmp_page;
	unsigned int readers;
	unsigned int writers;
	unsigned int waiting_writers;
	unsigned int r_counter;
	unsigned int w_counter;
	struct inode *inode;
	struct fasync_struct *fasync_readers;
	struct fasync_struct *fasync_writers;
	struct pipe_buffer bufs[PIPE_BUFFERS];
};

/**
 * struct pipe_buf_operations - what a pipe does with a buffer's page
 * @can_merge: later writes may append to the page (not while another
 *             buffer shares it: fs/pipe.c:pipe_merge)
 * @release: the buffer is consumed: drop the page
 * @get: another buffer will point to the page (tee, a split splice): take a reference
 *
 * 2.6.32's also has map/unmap, confirm (wait for a page being read)
 * and steal (SPLICE_F_MOVE); Linnet's pages are always mapped through
 * kmap and up to date, and a move copies.
 */
struct pipe_buf_operations {
	int can_merge;
	void (*release)(struct pipe_inode_info *pipe, struct pipe_buffer *buf);
	void (*get)(struct pipe_inode_info *pipe, struct pipe_buffer *buf);
};

struct pipe_inode_info *alloc_pipe_info(struct inode *inode);
void free_pipe_info(struct inode *inode);
void pipe_wait(struct pipe_inode_info *pipe);
void pipe_lock(struct pipe_inode_info *pipe);
void pipe_unlock(struct pipe_inode_info *pipe);
void pipe_double_lock(struct pipe_inode_info *pipe1, struct pipe_inode_info *pipe2);
void generic_pipe_buf_get(struct pipe_inode_info *pipe, struct pipe_buffer *buf);
struct file *create_write_pipe(int flags);
void free_write_pipe(struct file *f);
struct file *create_read_pipe(struct file *f, int flags);

#endif /* _LINUX_PIPE_FS_I_H */
