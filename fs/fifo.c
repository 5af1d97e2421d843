/*
 * fifo.c - named pipes: a pipe reached through a name (mknod S_IFIFO).
 *
 * Opening a FIFO attaches a pipe to its inode (the first opener makes
 * it) and then waits for the other side: a reader blocks until a writer
 * opens, a writer until a reader does - unless O_NONBLOCK, when a
 * reader returns at once and a writer with no reader gets -ENXIO. The
 * counters r_counter/w_counter tell a sleeper that a partner came even
 * if it left again. Opened for both reading and writing, a FIFO never
 * waits. Linux 2.6.32's fifo_open. Read next: fs/pipe.c, docs/files.md.
 */
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/pipe_fs_i.h>
#include <linux/sched.h>

static int wait_for_partner(struct inode *inode, unsigned int *cnt)
{
	unsigned int cur = *cnt;

	while (cur == *cnt) {
		pipe_wait(inode->i_pipe);
		if (signal_pending(current))
			break;
	}
	return cur == *cnt ? -ERESTARTSYS : 0;
}

static void wake_up_partner(struct inode *inode)
{
	wake_up_interruptible(&inode->i_pipe->wait);
}

static int fifo_open_read(struct inode *inode, struct file *filp, struct pipe_inode_info *pipe)
{
	filp->f_op = &read_pipefifo_fops;
	pipe->r_counter++;
	if (pipe->readers++ == 0)
		wake_up_partner(inode);
	if (pipe->writers)
		return 0;
	if (filp->f_flags & O_NONBLOCK) {
		filp->f_version = pipe->w_counter; /* no POLLHUP until a writer has come and gone */
		return 0;
	}
	if (!wait_for_partner(inode, &pipe->w_counter))
		return 0;
	if (!--pipe->readers)
		wake_up_interruptible(&pipe->wait);
	return -ERESTARTSYS;
}

static int fifo_open_write(struct inode *inode, struct file *filp, struct pipe_inode_info *pipe)
{
	if ((filp->f_flags & O_NONBLOCK) && !pipe->readers)
		return -ENXIO;
	filp->f_op = &write_pipefifo_fops;
	pipe->w_counter++;
	if (!pipe->writers++)
		wake_up_partner(inode);
	if (pipe->readers || !wait_for_partner(inode, &pipe->r_counter))
		return 0;
	if (!--pipe->writers)
		wake_up_interruptible(&pipe->wait);
	return -ERESTARTSYS;
}

static int fifo_open(struct inode *inode, struct file *filp)
{
	struct pipe_inode_info *pipe;
	int ret = 0;

	mutex_lock(&inode->i_mutex);
	pipe = inode->i_pipe;
	if (!pipe) {
		pipe = alloc_pipe_info(inode);
		if (!pipe) {
			mutex_unlock(&inode->i_mutex);
			return -ENOMEM;
		}
		inode->i_pipe = pipe;
	}
	filp->f_version = 0;
	switch (filp->f_mode & (FMODE_READ | FMODE_WRITE)) {
	case FMODE_READ:
		ret = fifo_open_read(inode, filp, pipe);
		break;
	case FMODE_WRITE:
		ret = fifo_open_write(inode, filp, pipe);
		break;
	case FMODE_READ | FMODE_WRITE:
		filp->f_op = &rdwr_pipefifo_fops;
		pipe->readers++;
		pipe->writers++;
		pipe->r_counter++;
		pipe->w_counter++;
		if (pipe->readers == 1 || pipe->writers == 1)
			wake_up_partner(inode);
		break;
	default:
		ret = -EINVAL;
	}
	if (ret && !pipe->readers && !pipe->writers)
		free_pipe_info(inode);
	mutex_unlock(&inode->i_mutex);
	return ret;
}

/* def_fifo_fops - a FIFO's operations until it is opened */
const struct file_operations def_fifo_fops = {
	.open = fifo_open,
};
