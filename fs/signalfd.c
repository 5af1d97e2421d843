/*
 * signalfd.c - signals read from a descriptor instead of caught by a handler.
 *
 * A program that blocks some signals (sigprocmask) and makes a signalfd
 * for them reads each pending one as a 128-byte struct signalfd_siginfo,
 * in the loop that reads its other descriptors, instead of running an
 * asynchronous handler. The signalfd holds only the set of signals it
 * takes; the signals stay where kill() put them, in the reader's own
 * pending sets (current->pending, current->signal->shared_pending), and
 * a read takes them with dequeue_signal(), exactly as a delivery would.
 * So a signalfd reads the signals of whoever reads it, not of whoever
 * made it (a child that inherits it reads its own).
 *
 *   kill -> __send_signal: sigaddset(pending) -> signalfd_notify: wake sighand->signalfd_wqh
 *   read -> signalfd_dequeue -> dequeue_signal(current, ~mask) -> signalfd_copyinfo -> user
 *
 * All signalfds of a process sleep on one queue, sighand->signalfd_wqh,
 * woken at each signal sent; each rechecks its own set. When the
 * sighand goes (the last thread exits) signalfd_cleanup wakes the queue
 * with POLLFREE, so that an epoll set still hooked on it lets go.
 * Linux 2.6.32 embeds the queue in the sighand_struct; Linnet's
 * sighand_struct lives in linux/signal.h, which linux/wait.h includes,
 * so it holds a pointer to a queue made by the process's first signalfd.
 *
 * As Linux 2.6.32's fs/signalfd.c (with the POLLFREE cleanup of the
 * 2.6.32 stable series); Linnet's pending signals carry a struct
 * ksignal_info, whose fields signalfd_copyinfo lays out by si_code's
 * class as 2.6.32 lays out a siginfo_t. Read next: kernel/signal.c,
 * docs/events.md.
 */
#include <linux/signalfd.h>
#include <linux/anon_inodes.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/poll.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/wait.h>
#include <linux/err.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

/**
 * signalfd_cleanup - the handlers are going: let every poller go, free the queue
 * @sighand: the sighand_struct being freed
 *
 * An epoll item hooked on the queue takes itself off when woken with
 * POLLFREE (fs/eventpoll.c:ep_poll_callback).
 *
 * Context: process context (the last sighand_put).
 */
void signalfd_cleanup(struct sighand_struct *sighand)
{
	wait_queue_head_t *wqh = sighand->signalfd_wqh;

	if (!wqh)
		return;
	if (waitqueue_active(wqh))
		wake_up_poll(wqh, POLLHUP | POLLFREE);
	sighand->signalfd_wqh = NULL;
	kfree(wqh);
}

/* The process's signalfd queue, made on first use; NULL if memory ran out */
static wait_queue_head_t *signalfd_wqh(struct sighand_struct *sighand)
{
	wait_queue_head_t *wqh = sighand->signalfd_wqh;

	if (likely(wqh))
		return wqh;
	wqh = kmalloc(sizeof(*wqh), GFP_KERNEL);
	if (!wqh)
		return NULL;
	init_waitqueue_head(wqh);
	local_irq_disable();
	if (!sighand->signalfd_wqh) { /* a thread of the same process may have been first */
		sighand->signalfd_wqh = wqh;
		wqh = NULL;
	}
	local_irq_enable();
	kfree(wqh);
	return sighand->signalfd_wqh;
}

/**
 * struct signalfd_ctx - what a signalfd holds
 * @sigmask: the signals it does NOT take (the complement of the set given)
 */
struct signalfd_ctx {
	sigset_t sigmask;
};

static int signalfd_release(struct inode *inode, struct file *file)
{
	kfree(file->private_data);
	return 0;
}

static unsigned int signalfd_poll(struct file *file, poll_table *wait)
{
	struct signalfd_ctx *ctx = file->private_data;
	struct task_struct *t = current;
	unsigned int events = 0;
	unsigned long flags;

	poll_wait(file, signalfd_wqh(t->sighand), wait);
	local_irq_save(flags); /* Linnet's siglock: signals are sent with interrupts off */
	if ((t->pending.signal | t->signal->shared_pending.signal) & ~ctx->sigmask)
		events |= POLLIN;
	local_irq_restore(flags);
	return events;
}

/* The fields of @kinfo's class of si_code into @k, as 2.6.32's copy from a siginfo_t */
static void signalfd_fill(struct signalfd_siginfo *k, const struct ksignal_info *kinfo)
{
	k->ssi_signo = kinfo->signo;
	k->ssi_code = (short)kinfo->code;
	switch (kinfo->code < 0 ? -1 : (int)(kinfo->code & __SI_MASK)) {
	case __SI_KILL:
		k->ssi_pid = kinfo->pid;
		k->ssi_uid = kinfo->uid;
		break;
	case __SI_TIMER:
		k->ssi_tid = kinfo->tid;
		k->ssi_overrun = kinfo->overrun;
		k->ssi_ptr = (long)kinfo->value;
		k->ssi_int = kinfo->value;
		break;
	case __SI_POLL:
		k->ssi_band = kinfo->band;
		k->ssi_fd = kinfo->fd;
		break;
	case __SI_FAULT:
		k->ssi_addr = (long)kinfo->addr;
		break;
	case __SI_CHLD:
		k->ssi_pid = kinfo->pid;
		k->ssi_uid = kinfo->uid;
		k->ssi_status = kinfo->status;
		break;
	default: /* __SI_RT, __SI_MESGQ, and sigqueue()'s negative codes */
		k->ssi_pid = kinfo->pid;
		k->ssi_uid = kinfo->uid;
		k->ssi_ptr = (long)kinfo->value;
		k->ssi_int = kinfo->value;
		break;
	}
}

/* One signal out to user space, the unused fields zero: its size or -EFAULT */
static ssize_t signalfd_copyinfo(struct signalfd_siginfo __user *uinfo,
				 const struct ksignal_info *kinfo)
{
	struct signalfd_siginfo k;

	BUILD_BUG_ON(sizeof(struct signalfd_siginfo) != 128);
	memset(&k, 0, sizeof(k));
	signalfd_fill(&k, kinfo);
	return copy_to_user(uinfo, &k, sizeof(k)) ? -EFAULT : (ssize_t)sizeof(k);
}

/* Take one signal of the set, waiting for one unless @nonblock: its number, -EAGAIN, -ERESTARTSYS */
static ssize_t signalfd_dequeue(struct signalfd_ctx *ctx, struct ksignal_info *info, int nonblock)
{
	DECLARE_WAITQUEUE(wait, current);
	ssize_t ret = dequeue_signal(current, &ctx->sigmask, info);
	wait_queue_head_t *wqh;

	if (ret != 0 || nonblock)
		return ret ? ret : -EAGAIN;
	wqh = signalfd_wqh(current->sighand);
	if (!wqh)
		return -ENOMEM;
	add_wait_queue(wqh, &wait);
	for (;;) {
		set_current_state(TASK_INTERRUPTIBLE);
		ret = dequeue_signal(current, &ctx->sigmask, info);
		if (ret != 0)
			break;
		if (signal_pending(current)) {
			ret = -ERESTARTSYS;
			break;
		}
		schedule();
	}
	remove_wait_queue(wqh, &wait);
	__set_current_state(TASK_RUNNING);
	return ret;
}

/*
 * As many signals as fit in @count (at least one struct), waiting only
 * for the first: the bytes read, or -EINVAL for a buffer smaller than
 * one struct, -EAGAIN, -ERESTARTSYS, -EFAULT.
 */
static ssize_t signalfd_read(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	struct signalfd_ctx *ctx = file->private_data;
	struct signalfd_siginfo __user *siginfo = (struct signalfd_siginfo __user *)buf;
	int nonblock = file->f_flags & O_NONBLOCK;
	ssize_t ret, total = 0;
	struct ksignal_info info;

	count /= sizeof(struct signalfd_siginfo);
	if (!count)
		return -EINVAL;
	do {
		ret = signalfd_dequeue(ctx, &info, nonblock);
		if (unlikely(ret <= 0))
			break;
		ret = signalfd_copyinfo(siginfo, &info);
		if (ret < 0)
			break;
		siginfo++;
		total += ret;
		nonblock = 1;
	} while (--count);
	return total ? total : ret;
}

static const struct file_operations signalfd_fops = {
	.release = signalfd_release,
	.poll = signalfd_poll,
	.read = signalfd_read,
};

/* A new signalfd for @sigmask (the complement): its descriptor, or an errno */
static long signalfd_create(sigset_t sigmask, int flags)
{
	struct signalfd_ctx *ctx = kmalloc(sizeof(*ctx), GFP_KERNEL);
	int ufd;

	if (!ctx)
		return -ENOMEM;
	ctx->sigmask = sigmask;
	ufd = anon_inode_getfd("[signalfd]", &signalfd_fops, ctx, flags & (O_CLOEXEC | O_NONBLOCK));
	if (ufd < 0)
		kfree(ctx);
	return ufd;
}

/* A new set for the signalfd @ufd: @ufd, or -EBADF, -EINVAL (no signalfd) */
static long signalfd_update(int ufd, sigset_t sigmask)
{
	struct file *file = fget(ufd);
	struct signalfd_ctx *ctx;

	if (!file)
		return -EBADF;
	if (file->f_op != &signalfd_fops) {
		fput(file);
		return -EINVAL;
	}
	ctx = file->private_data;
	local_irq_disable();
	ctx->sigmask = sigmask;
	local_irq_enable();
	signalfd_notify(current, 0);
	fput(file);
	return ufd;
}

/**
 * sys_signalfd4 - signalfd4(2): read a set of signals from a descriptor (system call 327)
 * @ufd: -1 for a new signalfd, or a signalfd whose set to replace
 * @user_mask: the signals (SIGKILL and SIGSTOP are left out silently)
 * @sizemask: must be 8, the size of the kernel's sigset_t
 * @flags: SFD_NONBLOCK, SFD_CLOEXEC (for a new signalfd)
 *
 * Context: process context (system call); may sleep.
 * Return: the descriptor, or -EINVAL (flags, @sizemask, an unreadable
 * @user_mask - 2.6.32 says -EINVAL there, not -EFAULT - or @ufd no
 * signalfd), -EBADF, -EMFILE, -ENFILE, -ENOMEM.
 */
asmlinkage long sys_signalfd4(int ufd, sigset_t __user *user_mask, size_t sizemask, int flags)
{
	sigset_t sigmask;

	BUILD_BUG_ON(SFD_CLOEXEC != O_CLOEXEC);
	BUILD_BUG_ON(SFD_NONBLOCK != O_NONBLOCK);
	if (flags & ~(SFD_CLOEXEC | SFD_NONBLOCK))
		return -EINVAL;
	if (sizemask != sizeof(sigset_t) || copy_from_user(&sigmask, user_mask, sizeof(sigmask)))
		return -EINVAL;
	sigmask &= ~SIG_KERNEL_ONLY_MASK;
	sigmask = ~sigmask;
	if (ufd == -1)
		return signalfd_create(sigmask, flags);
	return signalfd_update(ufd, sigmask);
}

/**
 * sys_signalfd - signalfd(2): signalfd4() without flags (system call 321)
 * @ufd: -1 or a signalfd
 * @user_mask: the signals
 * @sizemask: must be 8
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_signalfd4().
 */
asmlinkage long sys_signalfd(int ufd, sigset_t __user *user_mask, size_t sizemask)
{
	return sys_signalfd4(ufd, user_mask, sizemask, 0);
}
