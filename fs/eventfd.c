/*
 * eventfd.c - a 64-bit counter a process can wait on through a descriptor.
 *
 * An eventfd is the smallest object an event loop can sleep on: a u64
 * count and a wait queue, reached through a file (fs/anon_inodes.c).
 *   write(fd, &n, 8)  adds n to the count, waking readers;
 *   read(fd, &v, 8)   returns the count and sets it to 0, or, with
 *                     EFD_SEMAPHORE, returns 1 and subtracts 1;
 *   poll/select/epoll see POLLIN while count > 0 and POLLOUT while one
 *                     more write of 1 would fit.
 * The count never reaches ULLONG_MAX: a write that would get there waits
 * (or fails -EAGAIN with EFD_NONBLOCK), a read of an empty counter waits
 * (or -EAGAIN), and writing ULLONG_MAX itself is -EINVAL, as is a buffer
 * shorter than 8 bytes. The kernel adds to the count with eventfd_signal(),
 * which never waits, so a driver or an interrupt handler can wake a
 * user-space loop; it holds the counter through eventfd_ctx_fdget().
 *
 *        write / eventfd_signal           read
 *   ---> ctx->count += n  ---wake_up_locked_poll(POLLIN)--->  sleeper in eventfd_read
 *                           (epoll's ep_poll_callback hears it too)
 *
 * The waits are open-coded on the counter's own wait-queue lock, so a
 * check of the count and the decision to sleep are one step. As Linux
 * 2.6.32's fs/eventfd.c, without its module reference counting.
 * Read next: fs/eventpoll.c, docs/events.md.
 */
#include <linux/eventfd.h>
#include <linux/anon_inodes.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/poll.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/kref.h>
#include <linux/wait.h>
#include <linux/err.h>
#include <linux/module.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

/**
 * struct eventfd_ctx - the counter behind an eventfd
 * @kref: the file holds one reference, each kernel user (eventfd_ctx_get) one
 * @wqh: readers and writers that wait, and the pollers; its lock guards @count
 * @count: the sum of the writes not yet read; never ULLONG_MAX
 * @flags: EFD_SEMAPHORE (and the creation flags)
 */
struct eventfd_ctx {
	struct kref kref;
	wait_queue_head_t wqh;
	__u64 count;
	unsigned int flags;
};

/**
 * eventfd_signal - add to an eventfd's counter from the kernel
 * @ctx: the counter (from eventfd_ctx_fdget())
 * @n: how much to add; the count stops short of ULLONG_MAX
 *
 * Context: any, including interrupt handlers; never sleeps.
 * Return: what was added (@n, or less near the limit), or -EINVAL for @n < 0.
 */
int eventfd_signal(struct eventfd_ctx *ctx, int n)
{
	unsigned long flags;

	if (n < 0)
		return -EINVAL;
	spin_lock_irqsave(&ctx->wqh.lock, flags);
	if (ULLONG_MAX - ctx->count < (__u64)n)
		n = (int)(ULLONG_MAX - ctx->count);
	ctx->count += n;
	if (waitqueue_active(&ctx->wqh))
		wake_up_locked_poll(&ctx->wqh, POLLIN);
	spin_unlock_irqrestore(&ctx->wqh.lock, flags);
	return n;
}
EXPORT_SYMBOL(eventfd_signal);

static void eventfd_free(struct kref *kref)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
	struct eventfd_ctx *ctx = container_of(kref, struct eventfd_ctx, kref);

	kfree(ctx);
}

/**
 * eventfd_ctx_get - take a reference to a counter
 * @ctx: the counter
 *
 * Context: any.
 * Return: @ctx.
 */
struct eventfd_ctx *eventfd_ctx_get(struct eventfd_ctx *ctx)
{
	kref_get(&ctx->kref);
	return ctx;
}
EXPORT_SYMBOL(eventfd_ctx_get);

/**
 * eventfd_ctx_put - drop a reference; the last one frees the counter
 * @ctx: the counter
 *
 * Context: any.
 */
void eventfd_ctx_put(struct eventfd_ctx *ctx)
{
	kref_put(&ctx->kref, eventfd_free);
}
EXPORT_SYMBOL(eventfd_ctx_put);

static int eventfd_release(struct inode *inode, struct file *file)
{
	struct eventfd_ctx *ctx = file->private_data;

	wake_up_poll(&ctx->wqh, POLLHUP);
	eventfd_ctx_put(ctx);
	return 0;
}

static unsigned int eventfd_poll(struct file *file, poll_table *wait)
{
	struct eventfd_ctx *ctx = file->private_data;
	unsigned int events = 0;
	unsigned long flags;

	poll_wait(file, &ctx->wqh, wait);
	spin_lock_irqsave(&ctx->wqh.lock, flags);
	if (ctx->count > 0)
		events |= POLLIN;
	if (ctx->count == ULLONG_MAX)
		events |= POLLERR;
	if (ULLONG_MAX - 1 > ctx->count)
		events |= POLLOUT;
	spin_unlock_irqrestore(&ctx->wqh.lock, flags);
	return events;
}

/* the conditions a reader and a writer of @ucnt sleep on, ctx->wqh.lock held */
static int eventfd_readable(struct eventfd_ctx *ctx)
{
	return ctx->count > 0;
}

static int eventfd_writable(struct eventfd_ctx *ctx, __u64 ucnt)
{
	return ULLONG_MAX - ctx->count > ucnt;
}

static ssize_t eventfd_read(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	struct eventfd_ctx *ctx = file->private_data;
	ssize_t res = -EAGAIN;
	__u64 ucnt = 0;

	if (count < sizeof(ucnt))
		return -EINVAL;
	spin_lock_irq(&ctx->wqh.lock);
	if (eventfd_readable(ctx))
		res = sizeof(ucnt);
	else if (!(file->f_flags & O_NONBLOCK)) {
		res = wait_event_interruptible_locked_irq(ctx->wqh, eventfd_readable(ctx));
		if (!res)
			res = sizeof(ucnt);
	}
	if (res > 0) {
		ucnt = (ctx->flags & EFD_SEMAPHORE) ? 1 : ctx->count;
		ctx->count -= ucnt;
		if (waitqueue_active(&ctx->wqh))
			wake_up_locked_poll(&ctx->wqh, POLLOUT);
	}
	spin_unlock_irq(&ctx->wqh.lock);
	if (res > 0 && put_user(ucnt, (__u64 __user *)buf))
		return -EFAULT;
	return res;
}

static ssize_t eventfd_write(struct file *file, const char __user *buf, size_t count, loff_t *ppos)
{
	struct eventfd_ctx *ctx = file->private_data;
	ssize_t res = -EAGAIN;
	__u64 ucnt;

	if (count < sizeof(ucnt))
		return -EINVAL;
	if (copy_from_user(&ucnt, buf, sizeof(ucnt)))
		return -EFAULT;
	if (ucnt == ULLONG_MAX)
		return -EINVAL;
	spin_lock_irq(&ctx->wqh.lock);
	if (eventfd_writable(ctx, ucnt))
		res = sizeof(ucnt);
	else if (!(file->f_flags & O_NONBLOCK)) {
		res = wait_event_interruptible_locked_irq(ctx->wqh, eventfd_writable(ctx, ucnt));
		if (!res)
			res = sizeof(ucnt);
	}
	if (res > 0) {
		ctx->count += ucnt;
		if (waitqueue_active(&ctx->wqh))
			wake_up_locked_poll(&ctx->wqh, POLLIN);
	}
	spin_unlock_irq(&ctx->wqh.lock);
	return res;
}

static const struct file_operations eventfd_fops = {
	.release = eventfd_release,
	.poll = eventfd_poll,
	.read = eventfd_read,
	.write = eventfd_write,
};

/**
 * eventfd_fget - the eventfd file behind a descriptor
 * @fd: the descriptor
 *
 * Context: process context.
 * Return: the file with a reference (fput() it), ERR_PTR(-EBADF) for a
 * descriptor that is not open, ERR_PTR(-EINVAL) for one that is no eventfd.
 */
struct file *eventfd_fget(int fd)
{
	struct file *file = fget(fd);

	if (!file)
		return ERR_PTR(-EBADF);
	if (file->f_op != &eventfd_fops) {
		fput(file);
		return ERR_PTR(-EINVAL);
	}
	return file;
}
EXPORT_SYMBOL(eventfd_fget);

/**
 * eventfd_ctx_fdget - the counter behind a descriptor, for a kernel user
 * @fd: the descriptor user space handed over
 *
 * The counter outlives the descriptor's close; drop it with eventfd_ctx_put().
 *
 * Context: process context.
 * Return: the counter, or ERR_PTR(-EBADF) / ERR_PTR(-EINVAL) as eventfd_fget().
 */
struct eventfd_ctx *eventfd_ctx_fdget(int fd)
{
	struct file *file = eventfd_fget(fd);
	struct eventfd_ctx *ctx;

	if (IS_ERR(file))
		return (struct eventfd_ctx *)file;
	ctx = eventfd_ctx_get(file->private_data);
	fput(file);
	return ctx;
}
EXPORT_SYMBOL(eventfd_ctx_fdget);

/**
 * eventfd_ctx_fileget - the counter behind an eventfd file
 * @file: the file
 *
 * Context: any.
 * Return: the counter with a reference, or ERR_PTR(-EINVAL) if @file is no eventfd.
 */
struct eventfd_ctx *eventfd_ctx_fileget(struct file *file)
{
	if (file->f_op != &eventfd_fops)
		return ERR_PTR(-EINVAL);
	return eventfd_ctx_get(file->private_data);
}
EXPORT_SYMBOL(eventfd_ctx_fileget);

/**
 * eventfd_file_create - a new counter and its file, not yet in a descriptor
 * @count: the initial count
 * @flags: EFD_SEMAPHORE, EFD_NONBLOCK, EFD_CLOEXEC
 *
 * Context: process context; may sleep.
 * Return: the file, ERR_PTR(-EINVAL) for other flags, ERR_PTR(-ENOMEM), ERR_PTR(-ENFILE).
 */
struct file *eventfd_file_create(unsigned int count, int flags)
{
	struct eventfd_ctx *ctx;
	struct file *file;

	BUILD_BUG_ON(EFD_CLOEXEC != O_CLOEXEC);
	BUILD_BUG_ON(EFD_NONBLOCK != O_NONBLOCK);
	if (flags & ~EFD_FLAGS_SET)
		return ERR_PTR(-EINVAL);
	ctx = kmalloc(sizeof(*ctx), GFP_KERNEL);
	if (!ctx)
		return ERR_PTR(-ENOMEM);
	kref_init(&ctx->kref);
	init_waitqueue_head(&ctx->wqh);
	ctx->count = count;
	ctx->flags = flags;
	file = anon_inode_getfile("[eventfd]", &eventfd_fops, ctx, flags & EFD_SHARED_FCNTL_FLAGS);
	if (IS_ERR(file))
		kfree(ctx);
	return file;
}

/**
 * sys_eventfd2 - eventfd2(2): a new eventfd (system call 328)
 * @count: the initial count
 * @flags: EFD_SEMAPHORE, EFD_NONBLOCK, EFD_CLOEXEC
 *
 * Context: process context (system call); may sleep.
 * Return: the descriptor, or -EINVAL (other flags), -EMFILE, -ENFILE, -ENOMEM.
 */
asmlinkage long sys_eventfd2(unsigned int count, int flags)
{
	struct file *file;
	int fd = get_unused_fd_flags(flags & EFD_SHARED_FCNTL_FLAGS);

	if (fd < 0)
		return fd;
	file = eventfd_file_create(count, flags);
	if (IS_ERR(file)) {
		put_unused_fd(fd);
		return PTR_ERR(file);
	}
	fd_install(fd, file);
	return fd;
}

/**
 * sys_eventfd - eventfd(2): a new eventfd without flags (system call 323)
 * @count: the initial count
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_eventfd2().
 */
asmlinkage long sys_eventfd(unsigned int count)
{
	return sys_eventfd2(count, 0);
}
