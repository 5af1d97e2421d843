/*
 * pipe.c - pipes: a ring of page buffers between a writer and a reader.
 *
 * A pipe is an inode of the internal pipefs whose i_pipe holds a ring of
 * PIPE_BUFFERS (16) buffers, each a page with an offset and a length.
 * The writer fills pages at the end of the ring (appending to the last
 * one when it can), the reader empties them from curbuf; both sleep on
 * pipe->wait, under the inode's i_mutex, when the ring is full or empty.
 *
 *   bufs: [ . . A B C . . . ]   curbuf = 2, nrbufs = 3
 *                ^ reader        ^ the writer's next page
 *
 * The rules, as POSIX and 2.6.32: a write of at most PIPE_BUF bytes
 * lands in one buffer, whole, never interleaved with another writer's;
 * a read returns what is there (it waits only while the pipe is empty
 * and a writer exists); with no writers left, read returns 0 (end of
 * file); with no readers left, write sends SIGPIPE and returns -EPIPE;
 * with O_NONBLOCK the waits become -EAGAIN; a signal ends a wait with -ERESTARTSYS.
 * An end with O_ASYNC is on the pipe's fasync_readers or fasync_writers
 * list, and its owner gets SIGIO (POLL_IN, POLL_OUT) at each wake-up:
 * when a write adds data, when a read empties a buffer, at a close.
 *
 * Differences from 2.6.32: read and write take a plain buffer rather
 * than an iovec (aio_read/aio_write). A write does not append to a page
 * that tee() made two pipes share (2.6.32 does, and so overwrites the
 * other pipe's unread bytes; later Linux clears PIPE_BUF_FLAG_CAN_MERGE on
 * such buffers). FIFOs (mknod S_IFIFO) use the same buffers through
 * fifo_open (fs/fifo.c). splice(2) fills and drains the same buffers
 * (fs/splice.c). Read next: fs/fifo.c, fs/splice.c, docs/files.md.
 */
#include <linux/pipe_fs_i.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/mount.h>
#include <linux/dcache.h>
#include <linux/magic.h>
#include <linux/highmem.h>
#include <linux/pagemap.h>
#include <linux/poll.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/uaccess.h>
#include <linux/module.h>
#include <linux/init.h>
#include <linux/err.h>
#include <linux/syscalls.h>

#define FIONREAD 0x541B

static struct vfsmount *pipe_mnt;

/**
 * pipe_wait - sleep until the pipe changes, with the inode's i_mutex dropped
 * @pipe: the pipe
 *
 * Context: process context, the pipe's i_mutex held (dropped and retaken).
 */
void pipe_wait(struct pipe_inode_info *pipe)
{
	DEFINE_WAIT(wait);

	prepare_to_wait(&pipe->wait, &wait, TASK_INTERRUPTIBLE);
	if (pipe->inode)
		mutex_unlock(&pipe->inode->i_mutex);
	schedule();
	finish_wait(&pipe->wait, &wait);
	if (pipe->inode)
		mutex_lock(&pipe->inode->i_mutex);
}
EXPORT_SYMBOL(pipe_wait);

/**
 * pipe_lock - lock a pipe (its inode's i_mutex) against readers, writers and splices
 * @pipe: the pipe
 *
 * Context: process context; may sleep.
 */
void pipe_lock(struct pipe_inode_info *pipe)
{
	if (pipe->inode)
		mutex_lock(&pipe->inode->i_mutex);
}
EXPORT_SYMBOL(pipe_lock);

/**
 * pipe_unlock - undo pipe_lock()
 * @pipe: the pipe
 *
 * Context: process context.
 */
void pipe_unlock(struct pipe_inode_info *pipe)
{
	if (pipe->inode)
		mutex_unlock(&pipe->inode->i_mutex);
}
EXPORT_SYMBOL(pipe_unlock);

/**
 * pipe_double_lock - lock two pipes, the one at the lower address first
 * @pipe1: one pipe
 * @pipe2: another (not the same)
 *
 * A fixed order, so that two tees in opposite directions cannot deadlock.
 *
 * Context: process context; may sleep.
 */
void pipe_double_lock(struct pipe_inode_info *pipe1, struct pipe_inode_info *pipe2)
{
	BUG_ON(pipe1 == pipe2);
	if (pipe1 < pipe2) {
		pipe_lock(pipe1);
		pipe_lock(pipe2);
	} else {
		pipe_lock(pipe2);
		pipe_lock(pipe1);
	}
}

/**
 * generic_pipe_buf_get - one more buffer points to this buffer's page
 * @pipe: the pipe
 * @buf: the buffer
 *
 * Context: any.
 */
void generic_pipe_buf_get(struct pipe_inode_info *pipe, struct pipe_buffer *buf)
{
	get_page(buf->page);
}
EXPORT_SYMBOL(generic_pipe_buf_get);

/* A consumed buffer: keep one free page for the next write, free the rest */
static void anon_pipe_buf_release(struct pipe_inode_info *pipe, struct pipe_buffer *buf)
{
	struct page *page = buf->page;

	if (page_count(page) == 1 && !pipe->tmp_page)
		pipe->tmp_page = page;
	else
		page_cache_release(page);
}

static const struct pipe_buf_operations anon_pipe_buf_ops = {
	.can_merge = 1,
	.release = anon_pipe_buf_release,
	.get = generic_pipe_buf_get,
};

/* copy_page_to - move @chars bytes between a pipe page and the caller; the bytes not moved */
static unsigned long copy_page(struct page *page, unsigned int offset, char __user *ubuf,
			       size_t chars, bool to_user)
{
	char *addr = kmap(page);
	unsigned long left;

	if (to_user)
		left = copy_to_user(ubuf, addr + offset, chars);
	else
		left = copy_from_user(addr + offset, ubuf, chars);
	kunmap(page);
	return left;
}

/* pipe_read_buf - take up to @total bytes from the first buffer; <0 on a fault */
static ssize_t pipe_read_buf(struct pipe_inode_info *pipe, char __user *buf, size_t total)
{
	struct pipe_buffer *pbuf = pipe->bufs + pipe->curbuf;
	size_t chars = min_t(size_t, pbuf->len, total);

	if (copy_page(pbuf->page, pbuf->offset, buf, chars, true))
		return -EFAULT;
	pbuf->offset += chars;
	pbuf->len -= chars;
	if (!pbuf->len) {
		const struct pipe_buf_operations *ops = pbuf->ops;

		pbuf->ops = NULL;
		ops->release(pipe, pbuf);
		pipe->curbuf = (pipe->curbuf + 1) & (PIPE_BUFFERS - 1);
		pipe->nrbufs--;
	}
	return chars;
}

static ssize_t pipe_read(struct file *filp, char __user *buf, size_t count, loff_t *ppos)
{
	struct inode *inode = filp->f_path.dentry->d_inode;
	struct pipe_inode_info *pipe;
	ssize_t ret = 0, chars;
	int do_wakeup = 0;

	if (!count)
		return 0;
	mutex_lock(&inode->i_mutex);
	pipe = inode->i_pipe;
	for (;;) {
		if (pipe->nrbufs) {
			unsigned int bufs = pipe->nrbufs;

			chars = pipe_read_buf(pipe, buf + ret, count - ret);
			if (chars < 0) {
				ret = ret ?: chars;
				break;
			}
			if (pipe->nrbufs != bufs)
				do_wakeup = 1; /* a buffer emptied: room for a writer */
			ret += chars;
			if ((size_t)ret == count)
				break;
			continue;
		}
		if (!pipe->writers)
			break;
		if (!pipe->waiting_writers) {
			if (ret)
				break;
			if (filp->f_flags & O_NONBLOCK) {
				ret = -EAGAIN;
				break;
			}
		}
		if (signal_pending(current)) {
			ret = ret ?: -ERESTARTSYS;
			break;
		}
		if (do_wakeup) {
			wake_up_interruptible(&pipe->wait);
			kill_fasync(&pipe->fasync_writers, SIGIO, POLL_OUT);
			do_wakeup = 0;
		}
		pipe_wait(pipe);
	}
	mutex_unlock(&inode->i_mutex);
	if (do_wakeup) {
		wake_up_interruptible(&pipe->wait);
		kill_fasync(&pipe->fasync_writers, SIGIO, POLL_OUT);
	}
	if (ret > 0)
		touch_atime(filp->f_path.mnt, filp->f_path.dentry);
	return ret;
}

/* pipe_merge - append a short write to the last buffer if it fits whole; the bytes taken */
static ssize_t pipe_merge(struct pipe_inode_info *pipe, const char __user *buf, size_t total)
{
	size_t chars = total & (PAGE_SIZE - 1);
	struct pipe_buffer *pbuf;
	unsigned int offset;

	if (!pipe->nrbufs || !chars)
		return 0;
	pbuf = pipe->bufs + ((pipe->curbuf + pipe->nrbufs - 1) & (PIPE_BUFFERS - 1));
	offset = pbuf->offset + pbuf->len;
	/* a page tee() shares with another pipe: its tail may be the other's data */
	if (!pbuf->ops->can_merge || page_count(pbuf->page) > 1 || offset + chars > PAGE_SIZE)
		return 0;
	if (copy_page(pbuf->page, offset, (char __user *)buf, chars, false))
		return -EFAULT;
	pbuf->len += chars;
	return chars;
}

/* pipe_write_buf - fill a new buffer with up to a page; the bytes taken or <0 */
static ssize_t pipe_write_buf(struct pipe_inode_info *pipe, const char __user *buf, size_t total)
{
	unsigned int bufs = pipe->nrbufs;
	struct pipe_buffer *pbuf = pipe->bufs + ((pipe->curbuf + bufs) & (PIPE_BUFFERS - 1));
	size_t chars = min_t(size_t, PAGE_SIZE, total);
	struct page *page = pipe->tmp_page;

	if (!page) {
		page = alloc_page(GFP_HIGHUSER);
		if (!page)
			return -ENOMEM;
		pipe->tmp_page = page;
	}
	if (copy_page(page, 0, (char __user *)buf, chars, false))
		return -EFAULT;
	pbuf->page = page;
	pbuf->ops = &anon_pipe_buf_ops;
	pbuf->offset = 0;
	pbuf->len = chars;
	pipe->nrbufs = bufs + 1;
	pipe->tmp_page = NULL;
	return chars;
}

static ssize_t pipe_write(struct file *filp, const char __user *buf, size_t count, loff_t *ppos)
{
	struct inode *inode = filp->f_path.dentry->d_inode;
	struct pipe_inode_info *pipe;
	ssize_t ret = 0, chars;
	int do_wakeup = 0;

	if (!count)
		return 0;
	mutex_lock(&inode->i_mutex);
	pipe = inode->i_pipe;
	if (!pipe->readers) {
		send_sig(SIGPIPE, current, 0);
		ret = -EPIPE;
		goto out;
	}
	ret = pipe_merge(pipe, buf, count);
	if (ret)
		do_wakeup = ret > 0;
	if (ret < 0 || (size_t)ret == count)
		goto out;
	for (;;) {
		if (!pipe->readers) {
			send_sig(SIGPIPE, current, 0);
			ret = ret ?: -EPIPE;
			break;
		}
		if (pipe->nrbufs < PIPE_BUFFERS) {
			chars = pipe_write_buf(pipe, buf + ret, count - ret);
			if (chars < 0) {
				ret = ret ?: chars;
				break;
			}
			do_wakeup = 1;
			ret += chars;
			if ((size_t)ret == count)
				break;
			continue;
		}
		if (filp->f_flags & O_NONBLOCK) {
			ret = ret ?: -EAGAIN;
			break;
		}
		if (signal_pending(current)) {
			ret = ret ?: -ERESTARTSYS;
			break;
		}
		if (do_wakeup) {
			wake_up_interruptible(&pipe->wait);
			kill_fasync(&pipe->fasync_readers, SIGIO, POLL_IN);
			do_wakeup = 0;
		}
		pipe->waiting_writers++;
		pipe_wait(pipe);
		pipe->waiting_writers--;
	}
out:
	mutex_unlock(&inode->i_mutex);
	if (do_wakeup) {
		wake_up_interruptible(&pipe->wait);
		kill_fasync(&pipe->fasync_readers, SIGIO, POLL_IN);
	}
	if (ret > 0)
		file_update_time(filp);
	return ret;
}

static long pipe_ioctl(struct file *filp, unsigned int cmd, unsigned long arg)
{
	struct inode *inode = filp->f_path.dentry->d_inode;
	struct pipe_inode_info *pipe;
	int count = 0, buf, nrbufs;

	if (cmd != FIONREAD)
		return -EINVAL;
	mutex_lock(&inode->i_mutex);
	pipe = inode->i_pipe;
	buf = pipe->curbuf;
	for (nrbufs = pipe->nrbufs; nrbufs > 0; nrbufs--) {
		count += pipe->bufs[buf].len;
		buf = (buf + 1) & (PIPE_BUFFERS - 1);
	}
	mutex_unlock(&inode->i_mutex);
	return put_user(count, (int __user *)arg);
}

static unsigned int pipe_poll(struct file *filp, poll_table *wait)
{
	struct inode *inode = filp->f_path.dentry->d_inode;
	struct pipe_inode_info *pipe = inode->i_pipe;
	unsigned int mask = 0;

	poll_wait(filp, &pipe->wait, wait);
	if (filp->f_mode & FMODE_READ) {
		mask = pipe->nrbufs ? POLLIN | POLLRDNORM : 0;
		if (!pipe->writers && filp->f_version != pipe->w_counter)
			mask |= POLLHUP;
	}
	if (filp->f_mode & FMODE_WRITE) {
		mask |= pipe->nrbufs < PIPE_BUFFERS ? POLLOUT | POLLWRNORM : 0;
		if (!pipe->readers)
			mask |= POLLERR;
	}
	return mask;
}

/* pipe_release - one end closed: drop its count; the last end frees the pipe */
static int pipe_release(struct inode *inode, int decr, int decw)
{
	struct pipe_inode_info *pipe;

	mutex_lock(&inode->i_mutex);
	pipe = inode->i_pipe;
	pipe->readers -= decr;
	pipe->writers -= decw;
	if (!pipe->readers && !pipe->writers) {
		free_pipe_info(inode);
	} else {
		wake_up_interruptible(&pipe->wait);
		kill_fasync(&pipe->fasync_readers, SIGIO, POLL_IN);
		kill_fasync(&pipe->fasync_writers, SIGIO, POLL_OUT);
	}
	mutex_unlock(&inode->i_mutex);
	return 0;
}

/* O_ASYNC on a read end: SIGIO when data comes (fasync_readers) */
static int pipe_read_fasync(int fd, struct file *filp, int on)
{
	struct inode *inode = filp->f_path.dentry->d_inode;
	int retval;

	mutex_lock(&inode->i_mutex);
	retval = fasync_helper(fd, filp, on, &inode->i_pipe->fasync_readers);
	mutex_unlock(&inode->i_mutex);
	return retval;
}

/* O_ASYNC on a write end: SIGIO when a reader makes room (fasync_writers) */
static int pipe_write_fasync(int fd, struct file *filp, int on)
{
	struct inode *inode = filp->f_path.dentry->d_inode;
	int retval;

	mutex_lock(&inode->i_mutex);
	retval = fasync_helper(fd, filp, on, &inode->i_pipe->fasync_writers);
	mutex_unlock(&inode->i_mutex);
	return retval;
}

/* O_ASYNC on a FIFO opened for both: on both lists, or on neither */
static int pipe_rdwr_fasync(int fd, struct file *filp, int on)
{
	struct inode *inode = filp->f_path.dentry->d_inode;
	struct pipe_inode_info *pipe = inode->i_pipe;
	int retval;

	mutex_lock(&inode->i_mutex);
	retval = fasync_helper(fd, filp, on, &pipe->fasync_readers);
	if (retval >= 0) {
		retval = fasync_helper(fd, filp, on, &pipe->fasync_writers);
		if (retval < 0) /* only when adding */
			fasync_helper(-1, filp, 0, &pipe->fasync_readers);
	}
	mutex_unlock(&inode->i_mutex);
	return retval;
}

/*
 * pipe_open - one more end: a pipe opened again through its name in
 * /proc/PID/fd (pipe() itself counts its two ends in get_pipe_inode).
 * Without the count, closing that file would drop the pipe's last reader
 * or writer while the original ends still use it. 2.6.32's
 * pipe_read_open, pipe_write_open and pipe_rdwr_open.
 */
static int pipe_open(struct inode *inode, struct file *filp)
{
	int ret = -ENOENT;

	mutex_lock(&inode->i_mutex);
	if (inode->i_pipe) {
		ret = 0;
		if (filp->f_mode & FMODE_READ)
			inode->i_pipe->readers++;
		if (filp->f_mode & FMODE_WRITE)
			inode->i_pipe->writers++;
	}
	mutex_unlock(&inode->i_mutex);
	return ret;
}

static int pipe_read_release(struct inode *inode, struct file *filp)
{
	return pipe_release(inode, 1, 0);
}

static int pipe_write_release(struct inode *inode, struct file *filp)
{
	return pipe_release(inode, 0, 1);
}

static int pipe_rdwr_release(struct inode *inode, struct file *filp)
{
	return pipe_release(inode, !!(filp->f_mode & FMODE_READ), !!(filp->f_mode & FMODE_WRITE));
}

/* read_pipefifo_fops - the read end of a pipe or FIFO */
const struct file_operations read_pipefifo_fops = {
	.llseek = no_llseek,
	.read = pipe_read,
	.poll = pipe_poll,
	.unlocked_ioctl = pipe_ioctl,
	.open = pipe_open,
	.release = pipe_read_release,
	.fasync = pipe_read_fasync,
};

/* write_pipefifo_fops - the write end of a pipe or FIFO */
const struct file_operations write_pipefifo_fops = {
	.llseek = no_llseek,
	.write = pipe_write,
	.poll = pipe_poll,
	.unlocked_ioctl = pipe_ioctl,
	.open = pipe_open,
	.release = pipe_write_release,
	.fasync = pipe_write_fasync,
};

/* rdwr_pipefifo_fops - a FIFO opened for both reading and writing */
const struct file_operations rdwr_pipefifo_fops = {
	.llseek = no_llseek,
	.read = pipe_read,
	.write = pipe_write,
	.poll = pipe_poll,
	.unlocked_ioctl = pipe_ioctl,
	.open = pipe_open,
	.release = pipe_rdwr_release,
	.fasync = pipe_rdwr_fasync,
};

/**
 * alloc_pipe_info - a new, empty pipe for an inode
 * @inode: the inode it belongs to
 *
 * Context: process context; may sleep.
 * Return: the pipe or NULL.
 */
struct pipe_inode_info *alloc_pipe_info(struct inode *inode)
{
	struct pipe_inode_info *pipe = kzalloc(sizeof(*pipe), GFP_KERNEL);

	if (pipe) {
		init_waitqueue_head(&pipe->wait);
		pipe->r_counter = pipe->w_counter = 1;
		pipe->inode = inode;
	}
	return pipe;
}

/**
 * free_pipe_info - free an inode's pipe and the pages still in it
 * @inode: the inode
 *
 * Context: process context.
 */
void free_pipe_info(struct inode *inode)
{
	struct pipe_inode_info *pipe = inode->i_pipe;
	int i;

	for (i = 0; i < PIPE_BUFFERS; i++) {
		struct pipe_buffer *buf = pipe->bufs + i;

		if (buf->ops)
			buf->ops->release(pipe, buf);
	}
	if (pipe->tmp_page)
		__free_page(pipe->tmp_page);
	kfree(pipe);
	inode->i_pipe = NULL;
}

/* pipefs names its dentries "pipe:[ino]", as /proc/PID/fd shows them */
static char *pipefs_dname(struct dentry *dentry, char *buffer, int buflen)
{
	char name[32];
	int len = scnprintf(name, sizeof(name), "pipe:[%lu]", dentry->d_inode->i_ino);

	if (len + 1 > buflen)
		return ERR_PTR(-ENAMETOOLONG);
	memcpy(buffer + buflen - len - 1, name, len + 1);
	return buffer + buflen - len - 1;
}

static int pipefs_delete_dentry(struct dentry *dentry)
{
	return 1;
}

static const struct dentry_operations pipefs_dentry_operations = {
	.d_delete = pipefs_delete_dentry,
	.d_dname = pipefs_dname,
};

static struct inode *get_pipe_inode(void)
{
	struct inode *inode = new_inode(pipe_mnt->mnt_sb);
	struct pipe_inode_info *pipe;

	if (!inode)
		return NULL;
	pipe = alloc_pipe_info(inode);
	if (!pipe) {
		iput(inode);
		return NULL;
	}
	inode->i_pipe = pipe;
	pipe->readers = pipe->writers = 1;
	inode->i_fop = &rdwr_pipefifo_fops;
	inode->i_mode = S_IFIFO | S_IRUSR | S_IWUSR;
	inode->i_atime = inode->i_mtime = inode->i_ctime = current_fs_time(inode->i_sb);
	return inode;
}

/**
 * create_write_pipe - a new pipe, and the file of its write end
 * @flags: O_NONBLOCK or 0
 *
 * Context: process context; may sleep.
 * Return: the file, or ERR_PTR(-ENFILE/-ENOMEM).
 */
struct file *create_write_pipe(int flags)
{
	static const struct qstr name = { .name = (const unsigned char *)"" };
	struct inode *inode = get_pipe_inode();
	struct dentry *dentry;
	struct file *f;

	if (!inode)
		return ERR_PTR(-ENFILE);
	dentry = d_alloc(pipe_mnt->mnt_sb->s_root, &name);
	if (!dentry) {
		free_pipe_info(inode);
		iput(inode);
		return ERR_PTR(-ENOMEM);
	}
	dentry->d_op = &pipefs_dentry_operations;
	d_instantiate(dentry, inode);
	f = get_empty_filp();
	if (!f) {
		free_pipe_info(inode);
		dput(dentry);
		return ERR_PTR(-ENFILE);
	}
	f->f_path.dentry = dentry;
	f->f_path.mnt = mntget(pipe_mnt);
	f->f_inode = inode;
	f->f_mapping = inode->i_mapping;
	f->f_mode = FMODE_WRITE;
	f->f_op = &write_pipefifo_fops;
	f->f_flags = O_WRONLY | (flags & O_NONBLOCK);
	return f;
}

/**
 * free_write_pipe - undo create_write_pipe() when the read end could not be made
 * @f: the write end
 *
 * Context: process context; may sleep.
 */
void free_write_pipe(struct file *f)
{
	free_pipe_info(f->f_path.dentry->d_inode);
	path_put(&f->f_path);
	put_filp(f);
}

/**
 * create_read_pipe - the read end's file for a pipe made by create_write_pipe()
 * @wrf: the write end
 * @flags: O_NONBLOCK or 0
 *
 * Context: process context; may sleep.
 * Return: the file, or ERR_PTR(-ENFILE).
 */
struct file *create_read_pipe(struct file *wrf, int flags)
{
	struct file *f = get_empty_filp();

	if (!f)
		return ERR_PTR(-ENFILE);
	path_get(&wrf->f_path);
	f->f_path = wrf->f_path;
	f->f_inode = wrf->f_inode;
	f->f_mapping = wrf->f_mapping;
	f->f_mode = FMODE_READ;
	f->f_op = &read_pipefifo_fops;
	f->f_flags = O_RDONLY | (flags & O_NONBLOCK);
	return f;
}

/**
 * do_pipe_flags - the body of pipe(2) and pipe2(2)
 * @fd: set to the read and the write descriptor
 * @flags: O_CLOEXEC, O_NONBLOCK
 *
 * Context: process context; may sleep.
 * Return: 0, -EINVAL (other flags), -EMFILE, -ENFILE, -ENOMEM.
 */
int do_pipe_flags(int *fd, int flags)
{
	struct file *fw, *fr;
	int error, fdw, fdr;

	if (flags & ~(O_CLOEXEC | O_NONBLOCK))
		return -EINVAL;
	fw = create_write_pipe(flags);
	if (IS_ERR(fw))
		return PTR_ERR(fw);
	fr = create_read_pipe(fw, flags);
	error = PTR_ERR(fr);
	if (IS_ERR(fr))
		goto err_write_pipe;
	error = get_unused_fd_flags(flags);
	if (error < 0)
		goto err_read_pipe;
	fdr = error;
	error = get_unused_fd_flags(flags);
	if (error < 0)
		goto err_fdr;
	fdw = error;
	fd_install(fdr, fr);
	fd_install(fdw, fw);
	fd[0] = fdr;
	fd[1] = fdw;
	return 0;
err_fdr:
	put_unused_fd(fdr);
err_read_pipe:
	path_put(&fr->f_path);
	put_filp(fr);
err_write_pipe:
	free_write_pipe(fw);
	return error;
}

static int pipefs_get_sb(struct file_system_type *fs_type, int flags, const char *dev_name,
			 void *data, struct vfsmount *mnt)
{
	return get_sb_pseudo(fs_type, "pipe:", NULL, PIPEFS_MAGIC, mnt);
}

static struct file_system_type pipe_fs_type = {
	.name = "pipefs",
	.get_sb = pipefs_get_sb,
	.kill_sb = kill_anon_super,
};

static int __init init_pipe_fs(void)
{
	int err = register_filesystem(&pipe_fs_type);

	if (err)
		return err;
	pipe_mnt = kern_mount(&pipe_fs_type);
	if (IS_ERR(pipe_mnt)) {
		err = PTR_ERR(pipe_mnt);
		unregister_filesystem(&pipe_fs_type);
	}
	return err;
}
module_init(init_pipe_fs);

/**
 * sys_pipe2 - pipe2(2): a pipe's two ends, with flags (system call 331)
 * @fildes: where to store the read end's and the write end's descriptors
 * @flags: 0, O_CLOEXEC, O_NONBLOCK
 *
 * Context: process context (system call); may sleep.
 * Return: 0, -EINVAL (other flags), -EFAULT (both descriptors are closed
 * again), -EMFILE, -ENFILE.
 */
asmlinkage long sys_pipe2(int __user *fildes, int flags)
{
	int fd[2];
	int error = do_pipe_flags(fd, flags);

	if (!error && copy_to_user(fildes, fd, sizeof(fd))) {
		sys_close(fd[0]);
		sys_close(fd[1]);
		error = -EFAULT;
	}
	return error;
}

/**
 * sys_pipe - pipe(2) (system call 42)
 * @fildes: where to store the two descriptors
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_pipe2().
 */
asmlinkage long sys_pipe(int __user *fildes)
{
	return sys_pipe2(fildes, 0);
}
