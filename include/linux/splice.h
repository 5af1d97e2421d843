/*
 * splice.h - moving data between a pipe and a file without passing it
 * through user space: the descriptors fs/splice.c works with.
 *
 * A splice into a pipe fills pipe buffers with pages (the file's page
 * cache pages themselves for a page-cache file) described by a struct
 * splice_pipe_desc; a splice out of a pipe hands each buffer to an
 * *actor* (write it into a file, copy it to user memory) under a
 * struct splice_desc that counts what is left. As Linux 2.6.32's
 * include/linux/splice.h. See fs/splice.c, docs/files.md.
 */
#ifndef _LINUX_SPLICE_H
#define _LINUX_SPLICE_H

#include <linux/fs.h>
#include <linux/pipe_fs_i.h>

/* splice(), tee() and vmsplice() flags */
#define SPLICE_F_MOVE 0x01 /* move pages rather than copy (a hint; Linnet copies) */
#define SPLICE_F_NONBLOCK 0x02 /* do not wait on the pipe (the file may still block) */
#define SPLICE_F_MORE 0x04 /* more data follows (a hint for sockets) */
#define SPLICE_F_GIFT 0x08 /* vmsplice: the pages are the pipe's now (a hint here) */

/**
 * struct splice_desc - the state of a splice out of a pipe
 * @len: the bytes of the current buffer the actor may take
 * @total_len: the bytes still wanted
 * @flags: SPLICE_F_*
 * @u: the actor's target: a file, or a user address
 * @pos: the position in the file
 * @num_spliced: the bytes taken so far
 * @need_wakeup: a buffer was emptied: writers must hear of the room
 */
struct splice_desc {
	unsigned int len, total_len;
	unsigned int flags;
	union {
		void __user *userptr;
		struct file *file;
		void *data;
	} u;
	loff_t pos;
	size_t num_spliced;
	bool need_wakeup;
};

/**
 * struct partial_page - which bytes of a page a pipe buffer holds
 * @offset: the first
 * @len: how many
 * @private: the filler's own value
 */
struct partial_page {
	unsigned int offset;
	unsigned int len;
	unsigned long private;
};

/**
 * struct splice_pipe_desc - pages to put into a pipe
 * @pages: the pages, each with a reference the pipe takes over
 * @partial: the bytes of each
 * @nr_pages: how many (at most PIPE_BUFFERS)
 * @flags: SPLICE_F_*
 * @ops: the buffers' operations
 * @spd_release: drops a page the pipe did not take
 */
struct splice_pipe_desc {
	struct page **pages;
	struct partial_page *partial;
	int nr_pages;
	unsigned int flags;
	const struct pipe_buf_operations *ops;
	void (*spd_release)(struct splice_pipe_desc *spd, unsigned int i);
};

typedef int(splice_actor)(struct pipe_inode_info *pipe, struct pipe_buffer *buf,
			  struct splice_desc *sd);

ssize_t splice_to_pipe(struct pipe_inode_info *pipe, struct splice_pipe_desc *spd);
ssize_t __splice_from_pipe(struct pipe_inode_info *pipe, struct splice_desc *sd,
			   splice_actor *actor);
ssize_t generic_file_splice_read(struct file *in, loff_t *ppos, struct pipe_inode_info *pipe,
				 size_t len, unsigned int flags);
ssize_t generic_file_splice_write(struct pipe_inode_info *pipe, struct file *out, loff_t *ppos,
				  size_t len, unsigned int flags);

#endif /* _LINUX_SPLICE_H */
