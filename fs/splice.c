/*
 * splice.c - splice, tee and vmsplice: data moved between pipes and files
 * by the kernel, as pages, without a trip through a user buffer.
 *
 * A pipe is a ring of page buffers (fs/pipe.c). splice() fills it from a
 * file or empties it into one; tee() duplicates one pipe's buffers into
 * another; vmsplice() fills a pipe from user memory or empties it there.
 *
 *   file -> pipe   generic_file_splice_read: the file's page-cache pages
 *                  themselves go into the pipe buffers (a reference each,
 *                  no copy), at most PIPE_BUFFERS at a time (splice_to_pipe)
 *   pipe -> file   generic_file_splice_write: each buffer is copied into
 *                  the file's page cache (write_begin, memcpy, write_end)
 *   pipe -> pipe   splice_pipe_to_pipe moves whole buffers (the last one
 *                  split with a page reference); link_pipe (tee) copies the
 *                  buffer descriptors, each page then counted twice
 *
 * A splice needs a pipe at one end at least (-EINVAL otherwise); the pipe
 * end takes no offset (-ESPIPE), the file end an optional one, updated
 * in the caller's variable instead of f_pos. SPLICE_F_NONBLOCK makes the
 * pipe waits -EAGAIN; SPLICE_F_MOVE and SPLICE_F_MORE are hints.
 *
 * As Linux 2.6.32's fs/splice.c, except: SPLICE_F_MOVE copies (2.6.32's
 * steal succeeds only for a page nobody else maps, and ramfs pages are
 * always in the cache, so it copies there too); vmsplice() into a pipe
 * copies the user's bytes into new pages where 2.6.32 puts the user's own
 * pages in the pipe (get_user_pages, which Linnet does not have), so a
 * later change to that memory does not show through the pipe; a file
 * without splice_read/splice_write is read or written through its own
 * read/write with a kernel buffer (2.6.32's default_file_splice_read/
 * _write do the same with kernel_readv/kernel_write). Read next:
 * fs/pipe.c, docs/files.md.
 */
#include <linux/splice.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/pagemap.h>
#include <linux/highmem.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/uio.h>
#include <linux/uaccess.h>
#include <linux/err.h>
#include <linux/module.h>
#include <linux/syscalls.h>

/* the pipe of a pipe or FIFO inode, NULL for anything else */
static struct pipe_inode_info *pipe_info(struct inode *inode)
{
	if (S_ISFIFO(inode->i_mode))
		return inode->i_pipe;
	return NULL;
}

static void wakeup_pipe_readers(struct pipe_inode_info *pipe)
{
	if (waitqueue_active(&pipe->wait))
		wake_up_interruptible(&pipe->wait);
	kill_fasync(&pipe->fasync_readers, SIGIO, POLL_IN);
}

static void wakeup_pipe_writers(struct pipe_inode_info *pipe)
{
	if (waitqueue_active(&pipe->wait))
		wake_up_interruptible(&pipe->wait);
	kill_fasync(&pipe->fasync_writers, SIGIO, POLL_OUT);
}

/* a page-cache page in a pipe: the pipe holds a reference, never appends to it */
static void page_cache_pipe_buf_release(struct pipe_inode_info *pipe, struct pipe_buffer *buf)
{
	page_cache_release(buf->page);
}

static const struct pipe_buf_operations page_cache_pipe_buf_ops = {
	.can_merge = 0,
	.release = page_cache_pipe_buf_release,
	.get = generic_pipe_buf_get,
};

/* a page of copied bytes (default read, vmsplice): the same rules */
static const struct pipe_buf_operations copied_pipe_buf_ops = {
	.can_merge = 0,
	.release = page_cache_pipe_buf_release,
	.get = generic_pipe_buf_get,
};

static void spd_release_page(struct splice_pipe_desc *spd, unsigned int i)
{
	page_cache_release(spd->pages[i]);
}

/* add the next page of @spd as a buffer; the pipe has room; pipe locked */
static unsigned int splice_add_buf(struct pipe_inode_info *pipe, struct splice_pipe_desc *spd,
				   int page_nr)
{
	int newbuf = (pipe->curbuf + pipe->nrbufs) & (PIPE_BUFFERS - 1);
	struct pipe_buffer *buf = pipe->bufs + newbuf;

	buf->page = spd->pages[page_nr];
	buf->offset = spd->partial[page_nr].offset;
	buf->len = spd->partial[page_nr].len;
	buf->ops = spd->ops;
	buf->flags = 0;
	pipe->nrbufs++;
	return buf->len;
}

/**
 * splice_to_pipe - put pages into a pipe
 * @pipe: the pipe
 * @spd: the pages; those the pipe does not take are released
 *
 * Waits for room only while nothing was added (and not with
 * SPLICE_F_NONBLOCK); a pipe without readers gets SIGPIPE.
 *
 * Context: process context; may sleep; takes the pipe's lock.
 * Return: the bytes added, or -EPIPE, -EAGAIN, -ERESTARTSYS.
 */
ssize_t splice_to_pipe(struct pipe_inode_info *pipe, struct splice_pipe_desc *spd)
{
	unsigned int spd_pages = spd->nr_pages;
	int ret = 0, do_wakeup = 0, page_nr = 0;

	pipe_lock(pipe);
	for (;;) {
		if (!pipe->readers) {
			send_sig(SIGPIPE, current, 0);
			ret = ret ?: -EPIPE;
			break;
		}
		if (pipe->nrbufs < PIPE_BUFFERS) {
			ret += splice_add_buf(pipe, spd, page_nr++);
			do_wakeup = 1;
			if (!--spd->nr_pages)
				break;
			if (pipe->nrbufs < PIPE_BUFFERS)
				continue;
			break;
		}
		if (spd->flags & SPLICE_F_NONBLOCK) {
			ret = ret ?: -EAGAIN;
			break;
		}
		if (signal_pending(current)) {
			ret = ret ?: -ERESTARTSYS;
			break;
		}
		if (do_wakeup) {
			wakeup_pipe_readers(pipe);
			do_wakeup = 0;
		}
		pipe->waiting_writers++;
		pipe_wait(pipe);
		pipe->waiting_writers--;
	}
	pipe_unlock(pipe);
	if (do_wakeup)
		wakeup_pipe_readers(pipe);
	while ((unsigned int)page_nr < spd_pages)
		spd->spd_release(spd, page_nr++);
	return ret;
}
EXPORT_SYMBOL(splice_to_pipe);

/* the page-cache pages of [*ppos, *ppos + len) of @in into @spd, with references */
static int splice_grab_pages(struct file *in, loff_t pos, size_t len, struct splice_pipe_desc *spd)
{
	struct address_space *mapping = in->f_mapping;
	unsigned int offset = pos & ~PAGE_CACHE_MASK;
	pgoff_t index = pos >> PAGE_CACHE_SHIFT;

	while (len && spd->nr_pages < PIPE_BUFFERS) {
		unsigned int this_len = min_t(size_t, len, PAGE_CACHE_SIZE - offset);
		struct page *page =
			read_cache_page(mapping, index, (filler_t *)mapping->a_ops->readpage, in);

		if (IS_ERR(page))
			return spd->nr_pages ? 0 : PTR_ERR(page);
		spd->pages[spd->nr_pages] = page;
		spd->partial[spd->nr_pages].offset = offset;
		spd->partial[spd->nr_pages].len = this_len;
		spd->nr_pages++;
		len -= this_len;
		offset = 0;
		index++;
	}
	return 0;
}

/**
 * generic_file_splice_read - splice from a page-cache file into a pipe
 * @in: the file
 * @ppos: the position, advanced by what was spliced
 * @pipe: the pipe
 * @len: the bytes wanted (cut at the end of the file and at PIPE_BUFFERS pages)
 * @flags: SPLICE_F_*
 *
 * The pipe buffers point to the page-cache pages: no byte is copied.
 *
 * Context: process context; may sleep.
 * Return: the bytes spliced (0 at the end of the file), or an errno.
 */
ssize_t generic_file_splice_read(struct file *in, loff_t *ppos, struct pipe_inode_info *pipe,
				 size_t len, unsigned int flags)
{
	struct page *pages[PIPE_BUFFERS];
	struct partial_page partial[PIPE_BUFFERS];
	struct splice_pipe_desc spd = {
		.pages = pages,
		.partial = partial,
		.flags = flags,
		.ops = &page_cache_pipe_buf_ops,
		.spd_release = spd_release_page,
	};
	loff_t isize = i_size_read(in->f_mapping->host);
	ssize_t ret;

	if (*ppos >= isize)
		return 0;
	if (isize - *ppos < (loff_t)len)
		len = isize - *ppos;
	ret = splice_grab_pages(in, *ppos, len, &spd);
	if (ret < 0)
		return ret;
	ret = splice_to_pipe(pipe, &spd);
	if (ret > 0) {
		*ppos += ret;
		touch_atime(in->f_path.mnt, in->f_path.dentry);
	}
	return ret;
}
EXPORT_SYMBOL(generic_file_splice_read);

/* splice from a file without a page cache: read it into new pages through its read() */
static ssize_t default_file_splice_read(struct file *in, loff_t *ppos, struct pipe_inode_info *pipe,
					size_t len, unsigned int flags)
{
	struct page *pages[PIPE_BUFFERS];
	struct partial_page partial[PIPE_BUFFERS];
	struct splice_pipe_desc spd = {
		.pages = pages,
		.partial = partial,
		.flags = flags,
		.ops = &copied_pipe_buf_ops,
		.spd_release = spd_release_page,
	};
	mm_segment_t old_fs = get_fs();
	loff_t pos = *ppos;
	ssize_t res = 0, ret;

	if (!in->f_op->read)
		return -EINVAL;
	set_fs(KERNEL_DS);
	while (len && spd.nr_pages < PIPE_BUFFERS) {
		struct page *page = alloc_page(GFP_USER);

		if (!page) {
			res = -ENOMEM;
			break;
		}
		res = in->f_op->read(in, (char __user *)page_address(page),
				     min_t(size_t, len, PAGE_SIZE), &pos);
		if (res <= 0) {
			__free_page(page);
			break;
		}
		pages[spd.nr_pages] = page;
		partial[spd.nr_pages].offset = 0;
		partial[spd.nr_pages++].len = res;
		len -= res;
		if (res < PAGE_SIZE)
			break; /* a short read: no more for now */
	}
	set_fs(old_fs);
	if (!spd.nr_pages)
		return res;
	ret = splice_to_pipe(pipe, &spd);
	if (ret > 0)
		*ppos += ret;
	return ret;
}

/* wait for data in @pipe (locked): 1 when there is some, 0 at its end, or an errno */
static int splice_from_pipe_next(struct pipe_inode_info *pipe, struct splice_desc *sd)
{
	while (!pipe->nrbufs) {
		if (!pipe->writers)
			return 0;
		if (!pipe->waiting_writers && sd->num_spliced)
			return 0;
		if (sd->flags & SPLICE_F_NONBLOCK)
			return -EAGAIN;
		if (signal_pending(current))
			return -ERESTARTSYS;
		if (sd->need_wakeup) {
			wakeup_pipe_writers(pipe);
			sd->need_wakeup = false;
		}
		pipe_wait(pipe);
	}
	return 1;
}

/* hand @pipe's buffers to @actor until it or they run out: 1 for more, 0 done, or an errno */
static int splice_from_pipe_feed(struct pipe_inode_info *pipe, struct splice_desc *sd,
				 splice_actor *actor)
{
	int ret;

	while (pipe->nrbufs) {
		struct pipe_buffer *buf = pipe->bufs + pipe->curbuf;
		const struct pipe_buf_operations *ops = buf->ops;

		sd->len = min(buf->len, sd->total_len);
		ret = actor(pipe, buf, sd);
		if (ret <= 0)
			return ret;
		buf->offset += ret;
		buf->len -= ret;
		sd->num_spliced += ret;
		sd->len -= ret;
		sd->pos += ret;
		sd->total_len -= ret;
		if (!buf->len) {
			buf->ops = NULL;
			ops->release(pipe, buf);
			pipe->curbuf = (pipe->curbuf + 1) & (PIPE_BUFFERS - 1);
			pipe->nrbufs--;
			sd->need_wakeup = true;
		}
		if (!sd->total_len)
			return 0;
	}
	return 1;
}

/**
 * __splice_from_pipe - feed a pipe's buffers to an actor until @sd->total_len is taken
 * @pipe: the pipe (locked by the caller)
 * @sd: what is wanted and where
 * @actor: what to do with each buffer
 *
 * Waits for data while nothing was taken, as a read of the pipe does.
 *
 * Context: process context; may sleep; @pipe locked.
 * Return: the bytes taken, or an errno if none were.
 */
ssize_t __splice_from_pipe(struct pipe_inode_info *pipe, struct splice_desc *sd,
			   splice_actor *actor)
{
	int ret;

	sd->num_spliced = 0;
	sd->need_wakeup = false;
	do {
		ret = splice_from_pipe_next(pipe, sd);
		if (ret > 0)
			ret = splice_from_pipe_feed(pipe, sd, actor);
	} while (ret > 0);
	if (sd->need_wakeup)
		wakeup_pipe_writers(pipe);
	return sd->num_spliced ? (ssize_t)sd->num_spliced : ret;
}
EXPORT_SYMBOL(__splice_from_pipe);

/* copy @sd->len bytes of @buf into @sd->u.file's page cache at @sd->pos: the bytes, or an errno */
static int pipe_to_file(struct pipe_inode_info *pipe, struct pipe_buffer *buf,
			struct splice_desc *sd)
{
	struct file *file = sd->u.file;
	struct address_space *mapping = file->f_mapping;
	unsigned int offset = sd->pos & ~PAGE_CACHE_MASK;
	unsigned int this_len = min_t(unsigned int, sd->len, PAGE_CACHE_SIZE - offset);
	void *fsdata = NULL;
	struct page *page;
	char *src, *dst;
	int ret;

	ret = mapping->a_ops->write_begin(file, mapping, sd->pos, this_len, 0, &page, &fsdata);
	if (ret)
		return ret;
	src = kmap(buf->page);
	dst = kmap(page);
	memcpy(dst + offset, src + buf->offset, this_len);
	kunmap(page);
	kunmap(buf->page);
	return mapping->a_ops->write_end(file, mapping, sd->pos, this_len, this_len, page, fsdata);
}

/**
 * generic_file_splice_write - splice from a pipe into a page-cache file
 * @pipe: the pipe
 * @out: the file
 * @ppos: the position, advanced by what was written
 * @len: the bytes wanted
 * @flags: SPLICE_F_*
 *
 * Context: process context; may sleep; takes the pipe's lock, then the file's i_mutex.
 * Return: the bytes written, or an errno (-EFBIG past the file system's limit).
 */
ssize_t generic_file_splice_write(struct pipe_inode_info *pipe, struct file *out, loff_t *ppos,
				  size_t len, unsigned int flags)
{
	struct inode *inode = out->f_mapping->host;
	struct splice_desc sd = { .flags = flags, .u.file = out, .pos = *ppos };
	size_t count = len;
	ssize_t ret;

	pipe_lock(pipe);
	mutex_lock(&inode->i_mutex);
	ret = generic_write_checks(out, &sd.pos, &count, 0);
	if (!ret && count) {
		sd.total_len = count;
		ret = file_remove_suid(out);
		if (!ret) {
			file_update_time(out);
			ret = __splice_from_pipe(pipe, &sd, pipe_to_file);
		}
	}
	mutex_unlock(&inode->i_mutex);
	pipe_unlock(pipe);
	if (ret > 0)
		*ppos += ret;
	return ret;
}
EXPORT_SYMBOL(generic_file_splice_write);

/* copy a buffer out through the file's own write(), with a kernel address */
static int write_pipe_buf(struct pipe_inode_info *pipe, struct pipe_buffer *buf,
			  struct splice_desc *sd)
{
	struct file *file = sd->u.file;
	mm_segment_t old_fs = get_fs();
	loff_t pos = sd->pos;
	char *data = kmap(buf->page);
	int ret;

	set_fs(KERNEL_DS);
	ret = file->f_op->write(file, (const char __user *)data + buf->offset, sd->len, &pos);
	set_fs(old_fs);
	kunmap(buf->page);
	return ret;
}

/* splice into a file without splice_write: through its write() */
static ssize_t default_file_splice_write(struct pipe_inode_info *pipe, struct file *out,
					 loff_t *ppos, size_t len, unsigned int flags)
{
	struct splice_desc sd = { .total_len = len, .flags = flags, .u.file = out, .pos = *ppos };
	ssize_t ret;

	if (!out->f_op->write)
		return -EINVAL;
	pipe_lock(pipe);
	ret = __splice_from_pipe(pipe, &sd, write_pipe_buf);
	pipe_unlock(pipe);
	if (ret > 0)
		*ppos += ret;
	return ret;
}

/* from a pipe into the file @out */
static long do_splice_from(struct pipe_inode_info *pipe, struct file *out, loff_t *ppos, size_t len,
			   unsigned int flags)
{
	int ret;

	if (unlikely(!(out->f_mode & FMODE_WRITE)))
		return -EBADF;
	if (unlikely(out->f_flags & O_APPEND))
		return -EINVAL;
	ret = rw_verify_area(WRITE, out, ppos, len);
	if (unlikely(ret < 0))
		return ret;
	if (out->f_op->splice_write)
		return out->f_op->splice_write(pipe, out, ppos, len, flags);
	return default_file_splice_write(pipe, out, ppos, len, flags);
}

/* from the file @in into a pipe */
static long do_splice_to(struct file *in, loff_t *ppos, struct pipe_inode_info *pipe, size_t len,
			 unsigned int flags)
{
	int ret;

	if (unlikely(!(in->f_mode & FMODE_READ)))
		return -EBADF;
	ret = rw_verify_area(READ, in, ppos, len);
	if (unlikely(ret < 0))
		return ret;
	if (in->f_op->splice_read)
		return in->f_op->splice_read(in, ppos, pipe, len, flags);
	return default_file_splice_read(in, ppos, pipe, len, flags);
}

/* wait for data in an input pipe: 0 (data, or no writers left) or an errno */
static int ipipe_prep(struct pipe_inode_info *pipe, unsigned int flags)
{
	int ret = 0;

	if (pipe->nrbufs) /* a look without the lock: a miss only costs the wait below */
		return 0;
	pipe_lock(pipe);
	while (!pipe->nrbufs) {
		if (signal_pending(current)) {
			ret = -ERESTARTSYS;
			break;
		}
		if (!pipe->writers)
			break;
		if (!pipe->waiting_writers && (flags & SPLICE_F_NONBLOCK)) {
			ret = -EAGAIN;
			break;
		}
		pipe_wait(pipe);
	}
	pipe_unlock(pipe);
	return ret;
}

/* wait for room in an output pipe: 0 or an errno (-EPIPE with SIGPIPE: no readers) */
static int opipe_prep(struct pipe_inode_info *pipe, unsigned int flags)
{
	int ret = 0;

	if (pipe->nrbufs < PIPE_BUFFERS)
		return 0;
	pipe_lock(pipe);
	while (pipe->nrbufs >= PIPE_BUFFERS) {
		if (!pipe->readers) {
			send_sig(SIGPIPE, current, 0);
			ret = -EPIPE;
			break;
		}
		if (flags & SPLICE_F_NONBLOCK) {
			ret = -EAGAIN;
			break;
		}
		if (signal_pending(current)) {
			ret = -ERESTARTSYS;
			break;
		}
		pipe->waiting_writers++;
		pipe_wait(pipe);
		pipe->waiting_writers--;
	}
	pipe_unlock(pipe);
	return ret;
}

/* move (or, for the last, split) one buffer; both pipes locked, input not empty, output not full */
static unsigned int move_one_buf(struct pipe_inode_info *ipipe, struct pipe_inode_info *opipe,
				 size_t len, bool *input_wakeup)
{
	struct pipe_buffer *ibuf = ipipe->bufs + ipipe->curbuf;
	int nbuf = (opipe->curbuf + opipe->nrbufs) & (PIPE_BUFFERS - 1);
	struct pipe_buffer *obuf = opipe->bufs + nbuf;

	if (len >= ibuf->len) {
		*obuf = *ibuf; /* the whole buffer, page reference and all */
		ibuf->ops = NULL;
		ipipe->curbuf = (ipipe->curbuf + 1) & (PIPE_BUFFERS - 1);
		ipipe->nrbufs--;
		*input_wakeup = true;
	} else {
		ibuf->ops->get(ipipe, ibuf); /* the page is in both pipes now */
		*obuf = *ibuf;
		obuf->len = len;
		ibuf->offset += len;
		ibuf->len -= len;
	}
	opipe->nrbufs++;
	return obuf->len;
}

/* splice between two pipes: the bytes moved, or an errno */
static long splice_pipe_to_pipe(struct pipe_inode_info *ipipe, struct pipe_inode_info *opipe,
				size_t len, unsigned int flags)
{
	bool input_wakeup = false;
	unsigned int moved;
	long ret;

retry:
	ret = ipipe_prep(ipipe, flags);
	if (ret)
		return ret;
	ret = opipe_prep(opipe, flags);
	if (ret)
		return ret;
	pipe_double_lock(ipipe, opipe);
	do {
		if (!opipe->readers) {
			send_sig(SIGPIPE, current, 0);
			ret = ret ?: -EPIPE;
			break;
		}
		if (!ipipe->nrbufs && !ipipe->writers)
			break;
		if (!ipipe->nrbufs || opipe->nrbufs >= PIPE_BUFFERS) {
			if (ret)
				break;
			if (flags & SPLICE_F_NONBLOCK) {
				ret = -EAGAIN;
				break;
			}
			pipe_unlock(ipipe); /* raced with another reader or writer: wait again */
			pipe_unlock(opipe);
			goto retry;
		}
		moved = move_one_buf(ipipe, opipe, len, &input_wakeup);
		ret += moved;
		len -= moved;
	} while (len);
	pipe_unlock(ipipe);
	pipe_unlock(opipe);
	if (ret > 0)
		wakeup_pipe_readers(opipe);
	if (input_wakeup)
		wakeup_pipe_writers(ipipe);
	return ret;
}

/* read a user's loff_t offset for the file end; -EINVAL if the file has no positions */
static int splice_user_offset(struct file *file, fmode_t need, loff_t __user *uoff, loff_t *off)
{
	if (!(file->f_mode & need))
		return -EINVAL;
	if (copy_from_user(off, uoff, sizeof(loff_t)))
		return -EFAULT;
	return 0;
}

/* pipe -> file, at *@off_out or at f_pos */
static long splice_out_of_pipe(struct pipe_inode_info *ipipe, struct file *out,
			       loff_t __user *off_out, size_t len, unsigned int flags)
{
	loff_t offset, *off = &out->f_pos;
	long ret;

	if (off_out) {
		ret = splice_user_offset(out, FMODE_PWRITE, off_out, &offset);
		if (ret)
			return ret;
		off = &offset;
	}
	ret = do_splice_from(ipipe, out, off, len, flags);
	if (off_out && copy_to_user(off_out, off, sizeof(loff_t)))
		ret = -EFAULT;
	return ret;
}

/* file -> pipe, from *@off_in or from f_pos */
static long splice_into_pipe(struct file *in, loff_t __user *off_in, struct pipe_inode_info *opipe,
			     size_t len, unsigned int flags)
{
	loff_t offset, *off = &in->f_pos;
	long ret;

	if (off_in) {
		ret = splice_user_offset(in, FMODE_PREAD, off_in, &offset);
		if (ret)
			return ret;
		off = &offset;
	}
	ret = do_splice_to(in, off, opipe, len, flags);
	if (off_in && copy_to_user(off_in, off, sizeof(loff_t)))
		ret = -EFAULT;
	return ret;
}

/* which way: -EINVAL unless one end is a pipe; -ESPIPE for an offset on a pipe */
static long do_splice(struct file *in, loff_t __user *off_in, struct file *out,
		      loff_t __user *off_out, size_t len, unsigned int flags)
{
	struct pipe_inode_info *ipipe = pipe_info(in->f_path.dentry->d_inode);
	struct pipe_inode_info *opipe = pipe_info(out->f_path.dentry->d_inode);

	if (ipipe && opipe) {
		if (off_in || off_out)
			return -ESPIPE;
		if (ipipe == opipe) /* splicing a pipe into itself */
			return -EINVAL;
		return splice_pipe_to_pipe(ipipe, opipe, len, flags);
	}
	if (ipipe) {
		if (off_in)
			return -ESPIPE;
		return splice_out_of_pipe(ipipe, out, off_out, len, flags);
	}
	if (opipe) {
		if (off_out)
			return -ESPIPE;
		return splice_into_pipe(in, off_in, opipe, len, flags);
	}
	return -EINVAL;
}

/**
 * sys_splice - splice(2): move up to @len bytes between a pipe and a file, or two pipes
 * (system call 313)
 * @fd_in: the source, open for reading
 * @off_in: the source's position (a file's; NULL: its f_pos)
 * @fd_out: the destination, open for writing
 * @off_out: the destination's position (a file's; NULL: its f_pos)
 * @len: the most bytes to move
 * @flags: SPLICE_F_MOVE, SPLICE_F_NONBLOCK, SPLICE_F_MORE, SPLICE_F_GIFT
 *
 * Context: process context (system call); may sleep.
 * Return: the bytes moved (0: @len 0, the end of the file, or a pipe with
 * no writers), or -EBADF (a descriptor, or not open that way), -EINVAL
 * (no pipe at either end, the same pipe twice, O_APPEND output, an
 * offset on a file without positions), -ESPIPE (an offset on a pipe),
 * -EAGAIN, -EPIPE, -EFAULT, -EFBIG...
 */
asmlinkage long sys_splice(int fd_in, loff_t __user *off_in, int fd_out, loff_t __user *off_out,
			   size_t len, unsigned int flags)
{
	struct file *in, *out;
	int fput_in, fput_out;
	long error;

	if (unlikely(!len))
		return 0;
	error = -EBADF;
	in = fget_light(fd_in, &fput_in);
	if (in) {
		if (in->f_mode & FMODE_READ) {
			out = fget_light(fd_out, &fput_out);
			if (out) {
				if (out->f_mode & FMODE_WRITE)
					error = do_splice(in, off_in, out, off_out, len, flags);
				fput_light(out, fput_out);
			}
		}
		fput_light(in, fput_in);
	}
	return error;
}

/* tee's copy of up to @len bytes of buffers from @ipipe into @opipe: the bytes, or an errno */
static int link_pipe(struct pipe_inode_info *ipipe, struct pipe_inode_info *opipe, size_t len,
		     unsigned int flags)
{
	int ret = 0, i = 0;

	pipe_double_lock(ipipe, opipe);
	do {
		struct pipe_buffer *ibuf, *obuf;

		if (!opipe->readers) {
			send_sig(SIGPIPE, current, 0);
			ret = ret ?: -EPIPE;
			break;
		}
		if ((unsigned int)i >= ipipe->nrbufs || opipe->nrbufs >= PIPE_BUFFERS)
			break;
		ibuf = ipipe->bufs + ((ipipe->curbuf + i) & (PIPE_BUFFERS - 1));
		obuf = opipe->bufs + ((opipe->curbuf + opipe->nrbufs) & (PIPE_BUFFERS - 1));
		ibuf->ops->get(ipipe, ibuf);
		*obuf = *ibuf;
		if (obuf->len > len)
			obuf->len = len;
		opipe->nrbufs++;
		ret += obuf->len;
		len -= obuf->len;
		i++;
	} while (len);
	/* nothing now, but a waiting writer may bring some: -EAGAIN rather than 0 */
	if (!ret && ipipe->waiting_writers && (flags & SPLICE_F_NONBLOCK))
		ret = -EAGAIN;
	pipe_unlock(ipipe);
	pipe_unlock(opipe);
	if (ret > 0)
		wakeup_pipe_readers(opipe);
	return ret;
}

static long do_tee(struct file *in, struct file *out, size_t len, unsigned int flags)
{
	struct pipe_inode_info *ipipe = pipe_info(in->f_path.dentry->d_inode);
	struct pipe_inode_info *opipe = pipe_info(out->f_path.dentry->d_inode);
	int ret = -EINVAL;

	if (ipipe && opipe && ipipe != opipe) {
		ret = ipipe_prep(ipipe, flags);
		if (!ret) {
			ret = opipe_prep(opipe, flags);
			if (!ret)
				ret = link_pipe(ipipe, opipe, len, flags);
		}
	}
	return ret;
}

/**
 * sys_tee - tee(2): duplicate up to @len bytes of one pipe into another (system call 315)
 * @fdin: the source pipe, open for reading; its bytes stay there
 * @fdout: the destination pipe, open for writing
 * @len: the most bytes
 * @flags: SPLICE_F_NONBLOCK (the others are ignored)
 *
 * No byte is copied: both pipes' buffers point to the same pages.
 *
 * Context: process context (system call); may sleep.
 * Return: the bytes duplicated (0 when the source is empty and has no
 * writers), or -EBADF, -EINVAL (not two different pipes), -EAGAIN, -EPIPE.
 */
asmlinkage long sys_tee(int fdin, int fdout, size_t len, unsigned int flags)
{
	struct file *in, *out;
	int fput_in, fput_out;
	long error;

	if (unlikely(!len))
		return 0;
	error = -EBADF;
	in = fget_light(fdin, &fput_in);
	if (in) {
		if (in->f_mode & FMODE_READ) {
			out = fget_light(fdout, &fput_out);
			if (out) {
				if (out->f_mode & FMODE_WRITE)
					error = do_tee(in, out, len, flags);
				fput_light(out, fput_out);
			}
		}
		fput_light(in, fput_in);
	}
	return error;
}

/* copy a buffer's bytes to the user address in @sd */
static int pipe_to_user(struct pipe_inode_info *pipe, struct pipe_buffer *buf,
			struct splice_desc *sd)
{
	char *src = kmap(buf->page);
	unsigned long left = copy_to_user(sd->u.userptr, src + buf->offset, sd->len);

	kunmap(buf->page);
	if (left)
		return -EFAULT;
	sd->u.userptr = (char __user *)sd->u.userptr + sd->len;
	return sd->len;
}

/* vmsplice from a pipe: read it into the user's iovec; the bytes, or an errno */
static long vmsplice_to_user(struct file *file, const struct iovec __user *iov,
			     unsigned long nr_segs, unsigned int flags)
{
	struct pipe_inode_info *pipe = pipe_info(file->f_path.dentry->d_inode);
	struct splice_desc sd;
	long ret = 0, error = 0;
	ssize_t size;

	if (!pipe)
		return -EBADF;
	pipe_lock(pipe);
	for (; nr_segs; nr_segs--, iov++) {
		struct iovec seg;

		if (copy_from_user(&seg, iov, sizeof(seg))) {
			error = -EFAULT;
			break;
		}
		if (!seg.iov_len) /* a zero-length segment ends the call, as in 2.6.32 */
			break;
		if (!seg.iov_base || !access_ok(VERIFY_WRITE, seg.iov_base, seg.iov_len)) {
			error = -EFAULT;
			break;
		}
		memset(&sd, 0, sizeof(sd));
		sd.total_len = seg.iov_len;
		sd.flags = flags;
		sd.u.userptr = seg.iov_base;
		size = __splice_from_pipe(pipe, &sd, pipe_to_user);
		if (size < 0) {
			ret = ret ?: size;
			break;
		}
		ret += size;
		if ((size_t)size < seg.iov_len)
			break;
	}
	pipe_unlock(pipe);
	return ret ?: error;
}

/* one user segment into @spd: a new page for each page of user memory it touches */
static int vmsplice_copy_seg(struct splice_pipe_desc *spd, const struct iovec *seg)
{
	char __user *base = seg->iov_base;
	size_t len = seg->iov_len;

	while (len && spd->nr_pages < PIPE_BUFFERS) {
		unsigned int off = (unsigned long)base & ~PAGE_MASK;
		unsigned int plen = min_t(size_t, len, PAGE_SIZE - off);
		struct page *page = alloc_page(GFP_HIGHUSER);
		unsigned long left;

		if (!page)
			return -ENOMEM;
		left = copy_from_user((char *)kmap(page) + off, base, plen);
		kunmap(page);
		if (left) {
			__free_page(page);
			return -EFAULT;
		}
		spd->pages[spd->nr_pages] = page;
		spd->partial[spd->nr_pages].offset = off;
		spd->partial[spd->nr_pages++].len = plen;
		base += plen;
		len -= plen;
	}
	return 0;
}

/* the user's iovec into @spd, at most PIPE_BUFFERS pages: 0 or an errno if nothing came */
static int vmsplice_gather(const struct iovec __user *iov, unsigned long nr_segs,
			   struct splice_pipe_desc *spd)
{
	int error = 0;

	for (; nr_segs && spd->nr_pages < PIPE_BUFFERS; nr_segs--, iov++) {
		struct iovec seg;

		if (copy_from_user(&seg, iov, sizeof(seg))) {
			error = -EFAULT;
			break;
		}
		if (!seg.iov_len)
			break;
		if (!access_ok(VERIFY_READ, seg.iov_base, seg.iov_len)) {
			error = -EFAULT;
			break;
		}
		error = vmsplice_copy_seg(spd, &seg);
		if (error)
			break;
	}
	return spd->nr_pages ? 0 : error;
}

/* vmsplice into a pipe: the bytes added, or an errno */
static long vmsplice_to_pipe(struct file *file, const struct iovec __user *iov,
			     unsigned long nr_segs, unsigned int flags)
{
	struct pipe_inode_info *pipe = pipe_info(file->f_path.dentry->d_inode);
	struct page *pages[PIPE_BUFFERS];
	struct partial_page partial[PIPE_BUFFERS];
	struct splice_pipe_desc spd = {
		.pages = pages,
		.partial = partial,
		.flags = flags,
		.ops = &copied_pipe_buf_ops,
		.spd_release = spd_release_page,
	};
	int error;

	if (!pipe)
		return -EBADF;
	error = vmsplice_gather(iov, nr_segs, &spd);
	if (error) {
		while (spd.nr_pages)
			spd_release_page(&spd, --spd.nr_pages);
		return error;
	}
	if (!spd.nr_pages)
		return 0;
	return splice_to_pipe(pipe, &spd);
}

/**
 * sys_vmsplice - vmsplice(2): user memory into a pipe, or a pipe into user memory
 * (system call 316)
 * @fd: a pipe: its write end fills it from @iov, its read end empties it into @iov
 * @iov: the user's segments
 * @nr_segs: how many (at most UIO_MAXIOV)
 * @flags: SPLICE_F_NONBLOCK, SPLICE_F_GIFT (a hint)
 *
 * At most PIPE_BUFFERS pages go into the pipe per call.
 *
 * Context: process context (system call); may sleep.
 * Return: the bytes moved, or -EINVAL (too many segments), -EBADF (no
 * pipe, or not open), -EFAULT, -EAGAIN, -EPIPE, -ENOMEM.
 */
asmlinkage long sys_vmsplice(int fd, const struct iovec __user *iov, unsigned long nr_segs,
			     unsigned int flags)
{
	struct file *file;
	long error;
	int fput;

	if (unlikely(nr_segs > UIO_MAXIOV))
		return -EINVAL;
	if (unlikely(!nr_segs))
		return 0;
	error = -EBADF;
	file = fget_light(fd, &fput);
	if (file) {
		if (file->f_mode & FMODE_WRITE)
			error = vmsplice_to_pipe(file, iov, nr_segs, flags);
		else if (file->f_mode & FMODE_READ)
			error = vmsplice_to_user(file, iov, nr_segs, flags);
		fput_light(file, fput);
	}
	return error;
}
