/*
 * timerfd.c - a timer behind a descriptor: its expiries are read as a count.
 *
 * POSIX timers (kernel/posix-timers.c) report an expiry with a signal;
 * an event loop would rather wait for it with the rest of its files.
 * A timerfd is an hrtimer (kernel/hrtimer.c) on CLOCK_MONOTONIC or
 * CLOCK_REALTIME and a wait queue, behind an anonymous file:
 *   timerfd_settime(fd, flags, new, old) arms it: the first expiry
 *       it_value (relative, or absolute with TFD_TIMER_ABSTIME), then every
 *       it_interval (0: once); an it_value of 0 disarms it;
 *   the hrtimer's callback (timerfd_tmrproc, interrupt context) counts
 *       an expiry in ticks and wakes the queue;
 *   read(fd, &u64, 8) returns the expiries since the last read and zeroes
 *       the count, waiting for one if there is none (-EAGAIN when
 *       O_NONBLOCK); poll sees POLLIN while the count is not zero.
 *
 *   settime ──hrtimer_start──> [hrtimer] ──expires──> timerfd_tmrproc: ticks++, wake
 *   read: ticks += the periods missed (hrtimer_forward_now), restart, ticks -> user
 *
 * A periodic timer is not re-armed in its callback but by the reader
 * (and by timerfd_gettime): the callback returns HRTIMER_NORESTART, and
 * the read counts the periods that passed since with hrtimer_forward_now
 * and starts the timer again. A tiny period therefore costs one interrupt
 * per read, not one per period. As Linux 2.6.32's fs/timerfd.c; later
 * Linux adds CLOCK_BOOTTIME and the alarm clocks, TFD_TIMER_CANCEL_ON_SET
 * and the TFD_IOC_SET_TICKS ioctl, which 2.6.32 answers -EINVAL / -ENOTTY.
 * Read next: kernel/hrtimer.c, docs/events.md.
 */
#include <linux/timerfd.h>
#include <linux/anon_inodes.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/poll.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/hrtimer.h>
#include <linux/ktime.h>
#include <linux/time.h>
#include <linux/wait.h>
#include <linux/err.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

/**
 * struct timerfd_ctx - the timer behind a timerfd
 * @tmr: the hrtimer
 * @tintv: the period; 0 for a one-shot timer
 * @wqh: readers and pollers; its lock guards @ticks and @expired
 * @ticks: expiries not yet read
 * @expired: the timer fired and was not re-armed yet
 * @clockid: CLOCK_MONOTONIC or CLOCK_REALTIME
 */
struct timerfd_ctx {
	struct hrtimer tmr;
	ktime_t tintv;
	wait_queue_head_t wqh;
	u64 ticks;
	int expired;
	int clockid;
};

/* The timer fired (interrupt context): count it and wake the readers */
static enum hrtimer_restart timerfd_tmrproc(struct hrtimer *htmr)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
	struct timerfd_ctx *ctx = container_of(htmr, struct timerfd_ctx, tmr);
	unsigned long flags;

	spin_lock_irqsave(&ctx->wqh.lock, flags);
	ctx->expired = 1;
	ctx->ticks++;
	wake_up_locked(&ctx->wqh);
	spin_unlock_irqrestore(&ctx->wqh.lock, flags);
	return HRTIMER_NORESTART;
}

static ktime_t timerfd_get_remaining(struct timerfd_ctx *ctx)
{
	ktime_t remaining = hrtimer_expires_remaining(&ctx->tmr);

	return remaining.tv64 < 0 ? ktime_set(0, 0) : remaining;
}

/* Arm the timer as @ktmr says (an it_value of 0 leaves it disarmed) */
static void timerfd_setup(struct timerfd_ctx *ctx, int flags, const struct itimerspec *ktmr)
{
	enum hrtimer_mode htmode =
		(flags & TFD_TIMER_ABSTIME) ? HRTIMER_MODE_ABS : HRTIMER_MODE_REL;
	ktime_t texp = timespec_to_ktime(ktmr->it_value);

	ctx->expired = 0;
	ctx->ticks = 0;
	ctx->tintv = timespec_to_ktime(ktmr->it_interval);
	hrtimer_init(&ctx->tmr, ctx->clockid, htmode);
	hrtimer_set_expires(&ctx->tmr, texp);
	ctx->tmr.function = timerfd_tmrproc;
	if (texp.tv64 != 0)
		hrtimer_start(&ctx->tmr, texp, htmode);
}

/* A periodic timer that fired: count the periods since and arm it again. wqh.lock held. */
static void timerfd_rearm(struct timerfd_ctx *ctx)
{
	ctx->ticks += hrtimer_forward_now(&ctx->tmr, ctx->tintv) - 1;
	hrtimer_restart(&ctx->tmr);
}

static int timerfd_release(struct inode *inode, struct file *file)
{
	struct timerfd_ctx *ctx = file->private_data;

	hrtimer_cancel(&ctx->tmr);
	kfree(ctx);
	return 0;
}

static unsigned int timerfd_poll(struct file *file, poll_table *wait)
{
	struct timerfd_ctx *ctx = file->private_data;
	unsigned int events = 0;
	unsigned long flags;

	poll_wait(file, &ctx->wqh, wait);
	spin_lock_irqsave(&ctx->wqh.lock, flags);
	if (ctx->ticks)
		events |= POLLIN;
	spin_unlock_irqrestore(&ctx->wqh.lock, flags);
	return events;
}

static ssize_t timerfd_read(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	struct timerfd_ctx *ctx = file->private_data;
	ssize_t res = -EAGAIN;
	u64 ticks = 0;

	if (count < sizeof(ticks))
		return -EINVAL;
	spin_lock_irq(&ctx->wqh.lock);
	if (!ctx->ticks && !(file->f_flags & O_NONBLOCK))
		res = wait_event_interruptible_locked_irq(ctx->wqh, ctx->ticks);
	if (ctx->ticks) {
		if (ctx->expired && ctx->tintv.tv64)
			timerfd_rearm(ctx);
		ticks = ctx->ticks;
		ctx->expired = 0;
		ctx->ticks = 0;
	}
	spin_unlock_irq(&ctx->wqh.lock);
	if (!ticks)
		return res;
	if (put_user(ticks, (u64 __user *)buf))
		return -EFAULT;
	return sizeof(ticks);
}

static const struct file_operations timerfd_fops = {
	.release = timerfd_release,
	.poll = timerfd_poll,
	.read = timerfd_read,
};

static struct file *timerfd_fget(int fd)
{
	struct file *file = fget(fd);

	if (!file)
		return ERR_PTR(-EBADF);
	if (file->f_op != &timerfd_fops) {
		fput(file);
		return ERR_PTR(-EINVAL);
	}
	return file;
}

/**
 * sys_timerfd_create - timerfd_create(2): a new, disarmed timerfd (system call 322)
 * @clockid: CLOCK_MONOTONIC or CLOCK_REALTIME
 * @flags: TFD_NONBLOCK, TFD_CLOEXEC
 *
 * Context: process context (system call); may sleep.
 * Return: the descriptor, or -EINVAL (another clock or flag), -EMFILE, -ENFILE, -ENOMEM.
 */
asmlinkage long sys_timerfd_create(int clockid, int flags)
{
	struct timerfd_ctx *ctx;
	int ufd;

	BUILD_BUG_ON(TFD_CLOEXEC != O_CLOEXEC);
	BUILD_BUG_ON(TFD_NONBLOCK != O_NONBLOCK);
	if ((flags & ~TFD_CREATE_FLAGS) ||
	    (clockid != CLOCK_MONOTONIC && clockid != CLOCK_REALTIME))
		return -EINVAL;
	ctx = kzalloc(sizeof(*ctx), GFP_KERNEL);
	if (!ctx)
		return -ENOMEM;
	init_waitqueue_head(&ctx->wqh);
	ctx->clockid = clockid;
	hrtimer_init(&ctx->tmr, clockid, HRTIMER_MODE_ABS);
	ufd = anon_inode_getfd("[timerfd]", &timerfd_fops, ctx, flags & TFD_SHARED_FCNTL_FLAGS);
	if (ufd < 0)
		kfree(ctx);
	return ufd;
}

/* Stop the timer for good, with ctx->wqh.lock held: wait out a callback running now */
static void timerfd_stop(struct timerfd_ctx *ctx)
{
	for (;;) {
		spin_lock_irq(&ctx->wqh.lock);
		if (hrtimer_try_to_cancel(&ctx->tmr) >= 0)
			return;
		spin_unlock_irq(&ctx->wqh.lock);
		cpu_relax();
	}
}

/**
 * sys_timerfd_settime - timerfd_settime(2): arm or disarm a timerfd (system call 325)
 * @ufd: the timerfd
 * @flags: 0 or TFD_TIMER_ABSTIME (it_value is a time on the timer's clock)
 * @utmr: the new setting; an it_value of 0 disarms
 * @otmr: where the old setting goes (the time left and the period), or NULL
 *
 * The count of unread expiries starts again from 0.
 *
 * Context: process context (system call); may sleep.
 * Return: 0, or -EFAULT, -EINVAL (flags, a time with tv_sec < 0 or
 * tv_nsec outside 0..999999999, or @ufd no timerfd), -EBADF.
 */
asmlinkage long sys_timerfd_settime(int ufd, int flags, const struct itimerspec __user *utmr,
				    struct itimerspec __user *otmr)
{
	struct itimerspec ktmr, kotmr;
	struct timerfd_ctx *ctx;
	struct file *file;

	if (copy_from_user(&ktmr, utmr, sizeof(ktmr)))
		return -EFAULT;
	if ((flags & ~TFD_SETTIME_FLAGS) || !timespec_valid(&ktmr.it_value) ||
	    !timespec_valid(&ktmr.it_interval))
		return -EINVAL;
	file = timerfd_fget(ufd);
	if (IS_ERR(file))
		return PTR_ERR(file);
	ctx = file->private_data;
	timerfd_stop(ctx);
	/* a periodic timer that fired: its old setting is the next period's */
	if (ctx->expired && ctx->tintv.tv64)
		hrtimer_forward_now(&ctx->tmr, ctx->tintv);
	kotmr.it_value = ktime_to_timespec(timerfd_get_remaining(ctx));
	kotmr.it_interval = ktime_to_timespec(ctx->tintv);
	timerfd_setup(ctx, flags, &ktmr);
	spin_unlock_irq(&ctx->wqh.lock);
	fput(file);
	if (otmr && copy_to_user(otmr, &kotmr, sizeof(kotmr)))
		return -EFAULT;
	return 0;
}

/**
 * sys_timerfd_gettime - timerfd_gettime(2): the time left and the period (system call 326)
 * @ufd: the timerfd
 * @otmr: where they go; 0 and 0 for a disarmed timer
 *
 * A periodic timer that fired is re-armed here, as by a read, its
 * missed periods added to the unread count.
 *
 * Context: process context (system call).
 * Return: 0, or -EBADF, -EINVAL (@ufd no timerfd), -EFAULT.
 */
asmlinkage long sys_timerfd_gettime(int ufd, struct itimerspec __user *otmr)
{
	struct timerfd_ctx *ctx;
	struct itimerspec kotmr;
	struct file *file = timerfd_fget(ufd);

	if (IS_ERR(file))
		return PTR_ERR(file);
	ctx = file->private_data;
	spin_lock_irq(&ctx->wqh.lock);
	if (ctx->expired && ctx->tintv.tv64) {
		ctx->expired = 0;
		timerfd_rearm(ctx);
	}
	kotmr.it_value = ktime_to_timespec(timerfd_get_remaining(ctx));
	kotmr.it_interval = ktime_to_timespec(ctx->tintv);
	spin_unlock_irq(&ctx->wqh.lock);
	fput(file);
	return copy_to_user(otmr, &kotmr, sizeof(kotmr)) ? -EFAULT : 0;
}
